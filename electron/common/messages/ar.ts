import type { Catalog } from './fr.js';

export const ar: Catalog = {
  'language.name': 'العربية',
  'language.choose': 'اللغة',

  'welcome.title': 'حضّر طلبك لبطاقة الهوية أو جواز السفر',
  'welcome.body': 'أجب عن بعض الأسئلة. يخبرك الجهاز بما يجب إحضاره إلى موعدك في البلدية، ويمكنك طباعته.',
  'welcome.privacy': 'تُمحى إجاباتك بمجرد أن تنتهي. لا تكتب اسمًا ولا رقم وثيقة: لا يُطلب ذلك.',
  'welcome.scope':
    'تسكن في الخارج؟ توجّه إلى القنصلية الفرنسية. سفر عاجل (لأسباب طبية أو إنسانية أو مهنية)؟ تُصدر المحافظة جواز سفر مؤقتًا ({temporaryPassportFee, number, ::currency/EUR .00/w}، صالح {temporaryPassportYears, plural, one {لسنة واحدة} two {لسنتين} few {# سنوات} many {# سنة} other {# سنة}}).',
  'welcome.start': 'ابدأ',
  'welcome.goodbye': 'تمت طباعة التذكرة. مُحيت إجاباتك. إلى اللقاء!',
  'welcome.erased': 'مُحيت إجاباتك.',
  'goodbye.done': 'إنهاء',
  'booking.qr': 'رمز QR لموقع حجز المواعيد',

  'who.title': 'لمن هذا الطلب؟',
  'who.me': 'لي',
  'who.child': 'لطفلي',
  'who.several': 'لعدة أشخاص',
  'who.next': 'لمن الطلب التالي؟',
  'who.other': 'لشخص آخر',

  'titles.title': '{who, select, me {ماذا تريد أن تطلب؟} child {ماذا تريد أن تطلب لطفلك؟} other {ماذا يطلب هذا الشخص؟}}',
  'titles.cni': 'بطاقة هوية',
  'titles.passport': 'جواز سفر',
  'titles.both': 'الاثنين معًا',

  'nav.back': 'رجوع',
  'nav.step': 'الخطوة {current} من {total}',
  'nav.progress': 'التقدم',
  'nav.label': 'التنقل',
  'answer.yes': 'نعم',
  'answer.no': 'لا',
  'answer.unknown': 'لا أعرف',

  'q.birthDate': '{who, select, me {ما تاريخ ميلادك؟} child {ما تاريخ ميلاد طفلك؟} other {ما تاريخ ميلاد هذا الشخص؟}}',
  'q.birthDate.example': 'مثال: 05/03/2012 ليوم 5 مارس 2012 (اليوم/الشهر/السنة).',
  'q.currentCni.status':
    '{who, select, me {هل سبق أن كانت لديك بطاقة هوية فرنسية؟} child {هل سبق أن كانت لطفلك بطاقة هوية فرنسية؟} other {هل سبق أن كانت لهذا الشخص بطاقة هوية فرنسية؟}}',
  'q.currentCni.status.example':
    '{who, select, me {حتى لو انتهت صلاحيتها، أجب «نعم، هي معي».} child {حتى لو انتهت صلاحيتها، أجب «نعم، هي مع طفلي».} other {حتى لو انتهت صلاحيتها، أجب «نعم، هي مع هذا الشخص».}}',
  'q.currentCni.status.held': '{who, select, me {نعم، هي معي} child {نعم، هي مع طفلي} other {نعم، هي مع هذا الشخص}}',
  'q.currentCni.status.none': 'لا، أبدًا',
  'q.currentCni.status.lost': 'ضاعت',
  'q.currentCni.status.stolen': 'سُرقت',
  'q.currentCni.expiry': 'ما تاريخ انتهاء الصلاحية المكتوب على بطاقة الهوية؟',
  'q.currentCni.expiry.example': 'ابحث عن «Valable jusqu’au» أو «Date d’expiration».',
  'q.currentCni.format': 'كيف تبدو بطاقة الهوية؟',
  'q.currentCni.format.example': 'البطاقة الجديدة بحجم البطاقة البنكية؛ القديمة مغلفة بالبلاستيك وأكبر.',
  'q.currentCni.format.laminated': 'بطاقة قديمة مغلفة',
  'q.currentCni.format.card': 'بحجم البطاقة البنكية',
  'q.currentPassport.status':
    '{who, select, me {هل سبق أن كان لديك جواز سفر فرنسي؟} child {هل سبق أن كان لطفلك جواز سفر فرنسي؟} other {هل سبق أن كان لهذا الشخص جواز سفر فرنسي؟}}',
  'q.currentPassport.status.example':
    '{who, select, me {حتى لو انتهت صلاحيته، أجب «نعم، هو معي».} child {حتى لو انتهت صلاحيته، أجب «نعم، هو مع طفلي».} other {حتى لو انتهت صلاحيته، أجب «نعم، هو مع هذا الشخص».}}',
  'q.currentPassport.status.held': '{who, select, me {نعم، هو معي} child {نعم، هو مع طفلي} other {نعم، هو مع هذا الشخص}}',
  'q.currentPassport.status.none': 'لا، أبدًا',
  'q.currentPassport.status.lost': 'ضاع',
  'q.currentPassport.status.stolen': 'سُرق',
  'q.currentPassport.expiry': 'ما تاريخ انتهاء الصلاحية المكتوب في جواز السفر؟',
  'q.currentPassport.expiry.example': 'تجده في الصفحة التي فيها الصورة.',
  'q.currentPassport.secure': 'هل على غلاف جواز السفر هذا الشعار: مستطيل في وسطه دائرة؟',
  'q.currentPassport.secure.example': 'هذا شعار جوازات السفر الإلكترونية. كل الجوازات الصادرة منذ {securePassportYear} تحمله.',
  'q.parentalAuthority':
    '{who, select, me {من يمارس السلطة الأبوية عليك؟} child {من يمارس السلطة الأبوية على طفلك؟} other {من يمارس السلطة الأبوية على هذا الشخص؟}}',
  'q.parentalAuthority.example': 'مثلًا «والدان منفصلان» إذا قرر قاضٍ الحضانة.',
  'q.parentalAuthority.joint': 'الوالدان معًا',
  'q.parentalAuthority.separated': 'الوالدان منفصلان أو مطلقان',
  'q.parentalAuthority.guardian': 'وصي',
  'q.preApplication':
    '{who, select, me {هل قدّمت الطلب المسبق عبر الإنترنت (ants.gouv.fr)؟} child {هل قدّمت الطلب المسبق لطفلك عبر الإنترنت (ants.gouv.fr)؟} other {هل قُدّم الطلب المسبق لهذا الشخص عبر الإنترنت (ants.gouv.fr)؟}}',
  'q.preApplication.example': 'يكون لديك حينها رقم طلب مسبق أو رمز QR.',
  'q.addressVerifiedOnline':
    '{who, select, me {أثناء الطلب المسبق، هل تم التحقق من عنوانك عبر الإنترنت؟} child {أثناء الطلب المسبق لطفلك، هل تم التحقق من عنوانك عبر الإنترنت؟} other {أثناء الطلب المسبق، هل تم التحقق من عنوان هذا الشخص عبر الإنترنت؟}}',
  'q.addressVerifiedOnline.example': 'يكتب الموقع حينها «تم التحقق من العنوان». إذا كنت لا تعرف، أجب «لا».',
  'q.residence': '{who, select, me {هل تسكن في بيتك؟} child {هل تسكن مع طفلك في بيتك؟} other {هل يسكن هذا الشخص في بيته؟}}',
  'q.residence.example':
    '{who, select, me {أجب «مستضاف أو مستضافة» إذا كنت تسكن عند شخص آخر، مثلًا عند والديك.} child {أجب «مستضاف أو مستضافة» إذا كنت تسكن عند شخص آخر، مثلًا عند والديك.} other {أجب «مستضاف» إذا كان هذا الشخص يسكن عند شخص آخر، مثلًا عند والديه.}}',
  'q.residence.own': '{who, select, me {نعم، في بيتي} child {نعم، في بيتي} other {نعم، في بيته}}',
  'q.residence.hosted': '{who, select, me {لا، أنا مستضاف أو مستضافة} child {لا، أنا مستضاف أو مستضافة} other {لا، هذا الشخص مستضاف}}',
  'q.usageName':
    '{who, select, me {هل تريد اسم استعمال غير مكتوب بعد في وثائقك؟} child {هل تريد إضافة اسم الوالد الآخر على وثيقة طفلك؟} other {هل يريد هذا الشخص اسم استعمال غير مكتوب بعد في وثائقه؟}}',
  'q.usageName.example':
    '{who, select, me {مثلًا اسم زوجك أو زوجتك، أو اسم والدك الآخر.} child {اسم الاستعمال للطفل لا يكون إلا اسم الوالد الآخر مضافًا إلى اسمه.} other {مثلًا اسم زوجه أو زوجته، أو اسم والده الآخر.}}',
  'q.usageName.none': 'لا',
  'q.usageName.spouse': 'اسم الزوج أو الزوجة',
  'q.usageName.other-parent': 'اسم الوالد الآخر',
  'q.birthRecordDematerialized': 'هل ترسل بلدية الميلاد شهادات الميلاد عبر الإنترنت (COMEDEC)؟',
  'q.birthRecordDematerialized.example': 'أغلب المدن الكبيرة تفعل ذلك. إذا كنت لا تعرف، سيتحقق الشباك.',
  'q.nationalityProvenByBirthRecord':
    '{who, select, me {هل تُثبت شهادة الميلاد أنك فرنسي أو فرنسية؟} child {هل تُثبت شهادة ميلاد طفلك أن طفلك فرنسي الجنسية؟} other {هل تُثبت شهادة ميلاد هذا الشخص أنه فرنسي الجنسية؟}}',
  'q.nationalityProvenByBirthRecord.example':
    '{who, select, me {مثلًا لا، إذا وُلدت في الخارج لوالدين وُلدا في الخارج.} child {مثلًا لا، إذا وُلد طفلك في الخارج لوالدين وُلدا في الخارج.} other {مثلًا لا، إذا وُلد هذا الشخص في الخارج لوالدين وُلدا في الخارج.}}',
  'q.photoAtCounter': 'هل ستُلتقط الصورة في البلدية؟',
  'q.photoAtCounter.example': 'فقط حيث لا يوجد مصوّر.',
  // The facts of 2026-11-24.
  'q.nameChanged':
    '{who, select, me {هل تغيّر اسمك العائلي أو اسمك الشخصي منذ صدور وثائقك الحالية؟} child {هل تغيّر اسم طفلك العائلي أو الشخصي منذ صدور وثائقه الحالية؟} other {هل تغيّر اسم هذا الشخص العائلي أو الشخصي منذ صدور وثائقه الحالية؟}}',
  'q.nameChanged.example': 'مثلًا بعد زواج أو طلاق أو قرار بتغيير الاسم.',
  'q.passportPagesFull': 'هل جواز السفر الحالي ممتلئ (لا توجد صفحة فارغة للتأشيرات)؟',
  'q.passportPagesFull.example': 'جواز السفر الساري لكنه ممتلئ يُستبدل دون طابع جبائي.',
  'q.alternatingResidence': 'هل يعيش الطفل بالتناوب عند كل من والديه (إقامة متناوبة)؟',
  'q.alternatingResidence.example': 'أجب بـ «لا» إذا كان يعيش عادةً عند أحد الوالدين.',
  // Issue 21 (rules of 2026-12-04): both addresses on a child's title, a choice of the family.
  'q.bothAddresses':
    '{who, select, me {هل تريد أن يُكتب عنوانا والديك معًا على بطاقة هويتك أو جواز سفرك؟} child {هل تريد أن يُكتب عنوانا الوالدين معًا على بطاقة هوية طفلك أو جواز سفره؟} other {هل يُكتب عنوانا الوالدين معًا على بطاقة هوية هذا الشخص أو جواز سفره؟}}',
  'q.bothAddresses.example':
    'هذا اختيار. «لا»: يُكتب عنوان الوالد الذي يحضر الموعد وحده، ولا ينقص الملف شيء. «نعم»: أحضر أيضًا اتفاق الوالدين أو قرار القاضي بشأن الإقامة المتناوبة، وإثبات سكن الوالد الآخر.',

  'date.keypad': 'لوحة الأرقام',
  'date.erase': 'امسح الرقم الأخير',
  'date.clear': 'امسح الكل',
  'date.confirm': 'تأكيد',
  'date.invalid': 'هذا التاريخ غير موجود. تحقق من اليوم والشهر.',
  'date.incomplete': 'اكتب اليوم والشهر والسنة: يوم/شهر/سنة.',
  'date.future': 'هذا التاريخ في المستقبل.',

  'result.title': 'ما يجب إحضاره إلى موعدك',
  'result.person': '{who, select, me {لك} child {لطفلك} other {الشخص {number}}}',
  'result.requests': '{titles}',
  'result.title.cni': 'بطاقة الهوية',
  'result.title.passport': 'جواز السفر',
  'result.bring': 'يجب إحضاره',
  'result.why': 'لماذا؟',
  'result.notes': 'معلومات مهمة',
  'result.fee': 'الطابع الجبائي: {amount, number, ::currency/EUR .00/w}',
  'result.free': 'مجاني: لا حاجة إلى طابع جبائي.',
  'result.fee.pending': 'الطابع الجبائي: يُحدَّد عند الشباك.',
  'result.stamp': 'اشترِ الطابع الجبائي عبر الإنترنت (timbres.impots.gouv.fr) أو عند بائع التبغ.',
  'result.stamp.qr': 'رمز QR إلى timbres.impots.gouv.fr',
  'result.preApplication': 'قدّم الطلب المسبق عبر الإنترنت (ants.gouv.fr): ستوفّر الوقت عند الشباك.',
  'result.preApplication.qr': 'رمز QR إلى ants.gouv.fr',
  'result.minor.deposit': 'في الموعد: الطفل وأحد الوالدين (أو الوصي) مع وثيقة هويته.',
  'result.minor.signer.parent': 'يوقّع الوالد عن الطفل.',
  'result.minor.signer.child-or-parent': 'يمكن للطفل أن يوقّع إذا وافق الوالد.',
  'result.minor.retrieval.both': 'لاستلام جواز السفر: الطفل والوالد.',
  'result.minor.retrieval.parent': 'لاستلام الوثيقة: الوالد.',
  'result.retrieval': 'يجب استلام الوثيقة من البلدية خلال {retrievalMonths, plural, one {شهر} two {شهرين} few {# أشهر} other {# شهرًا}}.',
  'result.addPerson': 'أضف شخصًا آخر',
  'result.print': 'اطبع التذكرة',
  'result.finish': 'إنهاء دون طباعة',
  'result.printing': 'جارٍ الطبع…',
  'result.printFailed': 'تعذّرت طباعة التذكرة. اطلب المساعدة من الاستقبال، أو حاول مرة أخرى.',

  'inactivity.title': 'هل ما زلت هنا؟',
  'inactivity.body':
    'إذا لم تُجب، ستُمحى إجاباتك بعد {seconds, plural, one {ثانية واحدة} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}}.',
  'inactivity.continue': 'نعم، أكمل',
  'inactivity.leave': 'امحُ وغادر',

  'ticket.title': 'ما يجب إحضاره إلى موعدك',
  'ticket.date': 'أُعدّ في الجهاز بتاريخ {date}',
  'ticket.code': 'عند الشباك، يمسح الموظف هذا الرمز (أو يكتبه): ستكون إجاباتك جاهزة.',
  'ticket.booking': 'لحجز موعد: {booking}',

  'piece.photo': 'صورة هوية عمرها أقل من {photoMonths, plural, one {شهر} two {شهرين} few {# أشهر} other {# شهرًا}}، مطابقة للمعايير',
  'piece.proof-of-address':
    'إثبات سكن عمره أقل من {addressMonths, plural, =12 {سنة} one {شهر} two {شهرين} few {# أشهر} other {# شهرًا}} (فاتورة، تأمين السكن{taxNotice, select, yes {، إشعار الضريبة} other {؛ ليس إشعار الضريبة}})',
  'piece.proof-of-address.alternating':
    'إثبات سكن لكل واحد من الوالدين، عمره أقل من {addressMonths, plural, =12 {سنة} one {شهر} two {شهرين} few {# أشهر} other {# شهرًا}} (فاتورة، تأمين السكن{taxNotice, select, yes {، إشعار الضريبة} other {؛ ليس إشعار الضريبة}})',
  'piece.proof-of-address.other-parent':
    'إثبات سكن الوالد الآخر، عمره أقل من {addressMonths, plural, =12 {سنة} one {شهر} two {شهرين} few {# أشهر} other {# شهرًا}} (فاتورة، تأمين السكن{taxNotice, select, yes {، إشعار الضريبة} other {؛ ليس إشعار الضريبة}})',
  'piece.host-proof-of-address':
    'إثبات سكن الشخص الذي يستضيفك، عمره أقل من {addressMonths, plural, =12 {سنة} one {شهر} two {شهرين} few {# أشهر} other {# شهرًا}}',
  'piece.host-id': 'نسخة مصورة من وثيقة هوية الشخص الذي يستضيفك',
  'piece.host-attestation': 'شهادة استضافة موقّعة من الشخص الذي يستضيفك',
  'piece.pre-application-number': 'رقم الطلب المسبق (أو رمز QR الخاص به)',
  'piece.application-form': 'الاستمارة، تُملأ عند الشباك',
  'piece.tax-stamp': 'الطابع الجبائي',
  'piece.current-cni': 'بطاقة الهوية الحالية',
  'piece.current-passport': 'جواز السفر الحالي',
  'piece.birth-certificate':
    'شهادة ميلاد عمرها أقل من {birthCertificateMonths, plural, one {شهر} two {شهرين} few {# أشهر} other {# شهرًا}} (نسخة كاملة أو مستخرج مع النسب)',
  'piece.nationality-proof': 'إثبات الجنسية الفرنسية',
  'piece.loss-declaration': 'تصريح الضياع، يُملأ عند الشباك',
  'piece.theft-declaration': 'تصريح السرقة لدى الشرطة أو الدرك',
  'piece.parent-id': 'وثيقة هوية الوالد مقدّم الطلب',
  'piece.custody-judgment': 'اتفاق الوالدين أو قرار القاضي بشأن الإقامة المتناوبة',
  'piece.guardianship-decision': 'قرار القاضي بتعيين الوصي',
  'piece.usage-name-proof': 'إثبات اسم الاستعمال (مثلًا عقد الزواج)',
  'piece.name-change-proof': 'إثبات تغيير الاسم العائلي أو الشخصي (عقد ميلاد يحمل الإشارة إليه، أو القرار)',
  'condition.birth-certificate': 'لا حاجة إليها إذا كانت بلدية الميلاد ترسل الشهادات عبر الإنترنت (COMEDEC): سيخبرك الشباك.',
  'condition.nationality-proof': 'فقط إذا لم تُثبت شهادة الميلاد الجنسية الفرنسية.',
};
