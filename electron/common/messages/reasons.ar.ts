// Why each piece and warning is there, in Arabic (typed against the French
// catalog: a missing reason does not compile).

import type { ReasonCatalog } from '../../../rules/index.js';

export const reasonsAr: ReasonCatalog = {
  'age-band-changes-before-retrieval.12-13':
    'سيبلغ الطفل {age, plural, one {سنة واحدة} two {سنتين} few {# سنوات} many {# سنة} other {# سنة}} في {birthday}، قبل آخر يوم ممكن للاستلام ({lastDay}، بعد {months, plural, one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}} من التوفر المقدّر في {available}): يُوقَّع جواز السفر عند الاستلام؛ إذا استُلم ابتداءً من هذا التاريخ، يأتي الطفل مع الوالد لاستلامه.',
  'age-band-changes-before-retrieval.13-plus':
    'سيبلغ الطفل {age, plural, one {سنة واحدة} two {سنتين} few {# سنوات} many {# سنة} other {# سنة}} في {birthday}، قبل آخر يوم ممكن للاستلام ({lastDay}، بعد {months, plural, one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}} من التوفر المقدّر في {available}): إذا استُلم ابتداءً من هذا التاريخ، يمكن للطفل توقيع جوازه إذا وافق الوالد.',
  'age-band-changes-before-retrieval.adult':
    'سيبلغ الطفل {age, plural, one {سنة واحدة} two {سنتين} few {# سنوات} many {# سنة} other {# سنة}} في {birthday}، قبل آخر يوم ممكن للاستلام ({lastDay}، بعد {months, plural, one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}} من التوفر المقدّر في {available}): إذا استُلم ابتداءً من هذا التاريخ، يستلمه ويوقّعه بمفرده بصفته راشدًا.',
  'application-form.no-pre-application': 'بدون طلب مسبق عبر الإنترنت، تُملأ الاستمارة الورقية وتُوقَّع عند الشباك.',
  'birth-certificate.first-passport':
    '{both, select, yes {{title, select, cni {لبطاقة الهوية} other {لجواز السفر}}: } other {}}طلب أول لجواز السفر، ولا توجد بطاقة هوية صالحة أو منتهية منذ أقل من {years, plural, one {سنة واحدة} two {سنتين} few {# سنوات} many {# سنة} other {# سنة}}. يجب أن يكون عمر العقد أقل من {months, plural, =12 {سنة} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}}.',
  'birth-certificate.lost-cni':
    '{both, select, yes {{title, select, cni {لبطاقة الهوية} other {لجواز السفر}}: } other {}}البطاقة مفقودة أو مسروقة، ولا يوجد جواز سفر صالح أو منتهٍ منذ أقل من {years, plural, one {سنة واحدة} two {سنتين} few {# سنوات} many {# سنة} other {# سنة}}. يجب أن يكون عمر العقد أقل من {months, plural, =12 {سنة} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}}.',
  'birth-certificate.lost-old-passport':
    '{both, select, yes {{title, select, cni {لبطاقة الهوية} other {لجواز السفر}}: } other {}}جواز سفر من الطراز القديم (غير مؤمَّن) مفقود أو مسروق، ولا توجد بطاقة هوية صالحة أو منتهية منذ أقل من {years, plural, one {سنة واحدة} two {سنتين} few {# سنوات} many {# سنة} other {# سنة}}. يجب أن يكون عمر العقد أقل من {months, plural, =12 {سنة} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}}.',
  'birth-certificate.no-recent-title':
    '{both, select, yes {{title, select, cni {لبطاقة الهوية} other {لجواز السفر}}: } other {}}لا توجد بطاقة هوية في اليد ولا جواز سفر صالح أو منتهٍ منذ أقل من {years, plural, one {سنة واحدة} two {سنتين} few {# سنوات} many {# سنة} other {# سنة}}. يجب أن يكون عمر العقد أقل من {months, plural, =12 {سنة} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}}.',
  'birth-certificate.old-cni':
    '{both, select, yes {{title, select, cni {لبطاقة الهوية} other {لجواز السفر}}: } other {}}بطاقة الهوية {state, select, valid {صالحة حتى {expiry}} other {منتهية الصلاحية منذ {expiry}}}{extended, select, yes { (التاريخ المطبوع {printed}، ممدّدة تلقائيًا بـ {extraYears, plural, one {سنة واحدة} two {سنتين} few {# سنوات} many {# سنة} other {# سنة}})} other {}}، أي منذ {years, plural, one {سنة واحدة} two {سنتين} few {# سنوات} many {# سنة} other {# سنة}} أو أكثر، ولا يحلّ محلها جواز سفر مؤمَّن حديث. يجب أن يكون عمر العقد أقل من {months, plural, =12 {سنة} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}}.',
  'birth-certificate.old-passport':
    '{both, select, yes {{title, select, cni {لبطاقة الهوية} other {لجواز السفر}}: } other {}}جواز السفر {state, select, valid {صالح حتى {expiry}} other {منتهي الصلاحية منذ {expiry}}} لا يكفي، ولا توجد بطاقة هوية صالحة أو منتهية منذ أقل من {years, plural, one {سنة واحدة} two {سنتين} few {# سنوات} many {# سنة} other {# سنة}}. يجب أن يكون عمر العقد أقل من {months, plural, =12 {سنة} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}}.',
  'birth-certificate.unsecure-passport':
    '{both, select, yes {{title, select, cni {لبطاقة الهوية} other {لجواز السفر}}: } other {}}جواز السفر {state, select, valid {صالح حتى {expiry}} other {منتهي الصلاحية منذ {expiry}}} (منتهٍ منذ {years, plural, one {سنة واحدة} two {سنتين} few {# سنوات} many {# سنة} other {# سنة}} أو أكثر) غير مؤمَّن. يجب أن يكون عمر العقد أقل من {months, plural, =12 {سنة} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}}.',
  'current-cni.first-passport':
    'طلب أول لجواز السفر: بطاقة الهوية {cniState, select, valid {صالحة حتى {cniExpiry}} other {منتهية الصلاحية منذ {cniExpiry}}}{cniExtended, select, yes { (التاريخ المطبوع {cniPrinted}، ممدّدة تلقائيًا بـ {cniExtraYears, plural, one {سنة واحدة} two {سنتين} few {# سنوات} many {# سنة} other {# سنة}})} other {}} تثبت الهوية.',
  'current-cni.lost-old-passport':
    'جواز سفر قديم مفقود أو مسروق: بطاقة الهوية {cniState, select, valid {صالحة حتى {cniExpiry}} other {منتهية الصلاحية منذ {cniExpiry}}}{cniExtended, select, yes { (التاريخ المطبوع {cniPrinted}، ممدّدة تلقائيًا بـ {cniExtraYears, plural, one {سنة واحدة} two {سنتين} few {# سنوات} many {# سنة} other {# سنة}})} other {}} تثبت الهوية.',
  'current-cni.old-passport':
    'جواز السفر {state, select, valid {صالح حتى {expiry}} other {منتهي الصلاحية منذ {expiry}}} لا يكفي: بطاقة الهوية {cniState, select, valid {صالحة حتى {cniExpiry}} other {منتهية الصلاحية منذ {cniExpiry}}}{cniExtended, select, yes { (التاريخ المطبوع {cniPrinted}، ممدّدة تلقائيًا بـ {cniExtraYears, plural, one {سنة واحدة} two {سنتين} few {# سنوات} many {# سنة} other {# سنة}})} other {}} تثبت الهوية.',
  'current-cni.renewal':
    'تجديد: بطاقة الهوية {state, select, valid {صالحة حتى {expiry}} other {منتهية الصلاحية منذ {expiry}}}{extended, select, yes { (التاريخ المطبوع {printed}، ممدّدة تلقائيًا بـ {extraYears, plural, one {سنة واحدة} two {سنتين} few {# سنوات} many {# سنة} other {# سنة}})} other {}}. تُعاد عند الشباك.',
  'current-passport.for-old-cni':
    'انتهت صلاحية البطاقة منذ {years, plural, one {سنة واحدة} two {سنتين} few {# سنوات} many {# سنة} other {# سنة}} أو أكثر؛ جواز السفر {state, select, valid {صالح حتى {expiry}} other {منتهي الصلاحية منذ {expiry}}} (المؤمَّن) يثبت الهوية.',
  'current-passport.lost-cni':
    'البطاقة مفقودة أو مسروقة: جواز السفر {state, select, valid {صالح حتى {expiry}} other {منتهي الصلاحية منذ {expiry}}} يثبت الهوية.',
  'current-passport.recent':
    'جواز السفر {state, select, valid {صالح حتى {expiry}} other {منتهي الصلاحية منذ {expiry}}} (أقل من {years, plural, one {سنة واحدة} two {سنتين} few {# سنوات} many {# سنة} other {# سنة}} بعد انتهاء الصلاحية) يثبت الهوية.',
  'current-passport.renewal':
    'تجديد: جواز السفر {state, select, valid {صالح حتى {expiry}} other {منتهي الصلاحية منذ {expiry}}}؛ يكفي لإثبات الهوية ويُعاد عند الشباك.',
  'current-passport.renewal-not-enough':
    'تجديد: جواز السفر {state, select, valid {صالح حتى {expiry}} other {منتهي الصلاحية منذ {expiry}}}، وهو أقدم من أن يثبت الهوية؛ يُعاد عند الشباك، وتُثبت الهوية كما في الطلب الأول.',
  'early-renewal-card-format.pre-application-done':
    'بطاقة مغلّفة لا تزال صالحة ({state, select, valid {صالحة حتى {expiry}} other {منتهية الصلاحية منذ {expiry}}}{extended, select, yes { (التاريخ المطبوع {printed}، ممدّدة تلقائيًا بـ {extraYears, plural, one {سنة واحدة} two {سنتين} few {# سنوات} many {# سنة} other {# سنة}})} other {}}): يمكن استبدالها الآن ببطاقة بحجم البطاقة البنكية؛ وقد أُنجز الطلب المسبق الإلزامي عبر الإنترنت.',
  'early-renewal-card-format.pre-application-missing':
    'بطاقة مغلّفة لا تزال صالحة ({state, select, valid {صالحة حتى {expiry}} other {منتهية الصلاحية منذ {expiry}}}{extended, select, yes { (التاريخ المطبوع {printed}، ممدّدة تلقائيًا بـ {extraYears, plural, one {سنة واحدة} two {سنتين} few {# سنوات} many {# سنة} other {# سنة}})} other {}}): يمكن استبدالها الآن ببطاقة بحجم البطاقة البنكية، لكن الطلب المسبق عبر الإنترنت يصبح إلزاميًا ولم يُنجز بعد: يجب إنجازه قبل الموعد.',
  'guardianship-decision.guardian': 'يمارس السلطة الأبوية وصيّ: قرار المحكمة يعيّنه.',
  'host-attestation.hosted':
    'مقيم لدى شخص آخر: تحلّ هذه الوثائق الثلاث محل إثبات السكن، ولا يجوز طلب غيرها. يشهد المضيف بإقامة مستقرة منذ أكثر من {months, plural, one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}}.',
  'host-attestation.hosted.minor':
    'الوالد الذي يعيش معه الطفل مقيم لدى شخص آخر: تحلّ هذه الوثائق الثلاث محل إثبات سكنه، ولا يجوز طلب غيرها. يشهد المضيف بإقامة مستقرة منذ أكثر من {months, plural, one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}}.',
  'host-id.hosted': 'مقيم لدى شخص آخر: تحلّ هذه الوثائق الثلاث محل إثبات السكن، ولا يجوز طلب غيرها. هذه الوثيقة وحدها نسخة مصوّرة.',
  'host-id.hosted.minor':
    'الوالد الذي يعيش معه الطفل مقيم لدى شخص آخر: تحلّ هذه الوثائق الثلاث محل إثبات سكنه، ولا يجوز طلب غيرها. هذه الوثيقة وحدها نسخة مصوّرة.',
  'host-proof-of-address.hosted.minor.tax-notice-accepted':
    'الوالد الذي يعيش معه الطفل مقيم لدى شخص آخر: تحلّ هذه الوثائق الثلاث محل إثبات سكنه، ولا يجوز طلب غيرها. عمره أقل من {months, plural, =12 {سنة} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}}. فاتورة كهرباء أو غاز أو ماء أو هاتف أو إنترنت، شهادة تأمين السكن، وصل إيجار من هيئة سكنية، إشعار الضريبة.',
  'host-proof-of-address.hosted.minor.tax-notice-refused':
    'الوالد الذي يعيش معه الطفل مقيم لدى شخص آخر: تحلّ هذه الوثائق الثلاث محل إثبات سكنه، ولا يجوز طلب غيرها. عمره أقل من {months, plural, =12 {سنة} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}}. فاتورة كهرباء أو غاز أو ماء أو هاتف أو إنترنت، شهادة تأمين السكن، وصل إيجار من هيئة سكنية؛ لا يُقبل إشعار الضريبة (منذ {since}).',
  'host-proof-of-address.hosted.tax-notice-accepted':
    'مقيم لدى شخص آخر: تحلّ هذه الوثائق الثلاث محل إثبات السكن، ولا يجوز طلب غيرها. عمره أقل من {months, plural, =12 {سنة} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}}. فاتورة كهرباء أو غاز أو ماء أو هاتف أو إنترنت، شهادة تأمين السكن، وصل إيجار من هيئة سكنية، إشعار الضريبة.',
  'host-proof-of-address.hosted.tax-notice-refused':
    'مقيم لدى شخص آخر: تحلّ هذه الوثائق الثلاث محل إثبات السكن، ولا يجوز طلب غيرها. عمره أقل من {months, plural, =12 {سنة} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}}. فاتورة كهرباء أو غاز أو ماء أو هاتف أو إنترنت، شهادة تأمين السكن، وصل إيجار من هيئة سكنية؛ لا يُقبل إشعار الضريبة (منذ {since}).',
  'keeps-previous-expiry.name-changed':
    'استُبدل جواز السفر دون طابع بعد تغيير الاسم: يحتفظ الجواز الجديد بتاريخ انتهاء القديم، {expiry}. أما التجديد المدفوع فيعطي جوازًا صالحًا لمدة {years, plural, one {سنة واحدة} two {سنتين} few {# سنوات} many {# سنة} other {# سنة}}.',
  'keeps-previous-expiry.pages-full':
    'استُبدل جواز السفر دون طابع لعدم وجود صفحة فارغة للتأشيرات: يحتفظ الجواز الجديد بتاريخ انتهاء القديم، {expiry}. أما التجديد المدفوع فيعطي جوازًا صالحًا لمدة {years, plural, one {سنة واحدة} two {سنتين} few {# سنوات} many {# سنة} other {# سنة}}.',
  'loss-declaration.cni': 'فُقدت بطاقة الهوية الحالية: يُملأ التصريح عند الشباك.',
  'loss-declaration.passport': 'فُقد جواز السفر الحالي: يُملأ التصريح عند الشباك.',
  'minor-travel-authorisation':
    'للسفر إلى الخارج دون والديه، سيحتاج الطفل إلى إذن بمغادرة التراب (⁦cerfa 15646*01⁩) تملؤه العائلة: لا إجراء في البلدية.',
  'minor-usage-name':
    'عمر الطفل {age, plural, one {سنة واحدة} two {سنتين} few {# سنوات} many {# سنة} other {# سنة}} أو أكثر: يجب أن يوافق على اسم الاستعمال.',
  'name-change-proof.changed':
    'تغيّر الاسم العائلي أو الشخصي منذ صدور الوثيقة الحالية: عقد الميلاد الذي يحمل الإشارة إلى التغيير، أو القرار الذي منحه.',
  'nationality-proof.not-proven': 'عقد الميلاد لا يكفي لإثبات الجنسية الفرنسية (مثلًا، مولود في الخارج لوالدين مولودين في الخارج).',
  'old-passport-returned': 'يُسلَّم الجواز الجديد مقابل القديم؛ ويمكن الاحتفاظ بتأشيرة لا تزال صالحة فيه.',
  'parent-id.minor': 'الطفل قاصر: يأتي معه الوالد (أو الوصي) الذي يقدّم الطلب ويُظهر وثيقة هويته.',
  'photo.at-counter': 'لا يوجد مصوّر محترف: تُلتقط الصورة عند الشباك، لا شيء يُحضَر.',
  'photo.bring':
    'صورة عمرها أقل من {months, plural, =12 {سنة} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}}، {width} × {height} مم، خلفية فاتحة غير بيضاء، رأس مكشوف، بلا نظارات؛ تُرفض صورة وثيقة سابقة.',
  'pre-application-number.compulsory':
    'تُستبدل البطاقة المغلّفة قبل فترة تجديدها ببطاقة بحجم البطاقة البنكية: يصبح الطلب المسبق عبر الإنترنت إلزاميًا، ولا يمكن استعمال الاستمارة الورقية.',
  'pre-application-number.done': 'أُنجز طلب مسبق عبر الإنترنت: رقمه أو رمز QR الخاص به يغني عن ملء الاستمارة.',
  'proof-of-address.adult.tax-notice-accepted':
    'العنوان، إثبات عمره أقل من {months, plural, =12 {سنة} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}}. فاتورة كهرباء أو غاز أو ماء أو هاتف أو إنترنت، شهادة تأمين السكن، وصل إيجار من هيئة سكنية، إشعار الضريبة.',
  'proof-of-address.adult.tax-notice-refused':
    'العنوان، إثبات عمره أقل من {months, plural, =12 {سنة} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}}. فاتورة كهرباء أو غاز أو ماء أو هاتف أو إنترنت، شهادة تأمين السكن، وصل إيجار من هيئة سكنية؛ لا يُقبل إشعار الضريبة (منذ {since}).',
  'proof-of-address.alternating.tax-notice-accepted':
    'إقامة متناوبة: عنوان كل واحد من الوالدين، إثبات عمره أقل من {months, plural, =12 {سنة} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}} لكل منهما. فاتورة كهرباء أو غاز أو ماء أو هاتف أو إنترنت، شهادة تأمين السكن، وصل إيجار من هيئة سكنية، إشعار الضريبة.',
  'proof-of-address.alternating.tax-notice-refused':
    'إقامة متناوبة: عنوان كل واحد من الوالدين، إثبات عمره أقل من {months, plural, =12 {سنة} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}} لكل منهما. فاتورة كهرباء أو غاز أو ماء أو هاتف أو إنترنت، شهادة تأمين السكن، وصل إيجار من هيئة سكنية؛ لا يُقبل إشعار الضريبة (منذ {since}).',
  'proof-of-address.minor.tax-notice-accepted':
    'عنوان الوالد الذي يعيش معه الطفل عادةً، إثبات عمره أقل من {months, plural, =12 {سنة} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}}. فاتورة كهرباء أو غاز أو ماء أو هاتف أو إنترنت، شهادة تأمين السكن، وصل إيجار من هيئة سكنية، إشعار الضريبة.',
  'proof-of-address.minor.tax-notice-refused':
    'عنوان الوالد الذي يعيش معه الطفل عادةً، إثبات عمره أقل من {months, plural, =12 {سنة} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}}. فاتورة كهرباء أو غاز أو ماء أو هاتف أو إنترنت، شهادة تأمين السكن، وصل إيجار من هيئة سكنية؛ لا يُقبل إشعار الضريبة (منذ {since}).',
  'renewal-too-early':
    'التجديد مبكر جدًا: بطاقة الهوية {state, select, valid {صالحة حتى {expiry}} other {منتهية الصلاحية منذ {expiry}}}{extended, select, yes { (التاريخ المطبوع {printed}، ممدّدة تلقائيًا بـ {extraYears, plural, one {سنة واحدة} two {سنتين} few {# سنوات} many {# سنة} other {# سنة}})} other {}}؛ لا يمكن التجديد إلا ابتداءً من {opens}، إلا في حالة الفقدان أو السرقة أو تغيير الاسم.',
  'tax-stamp.both':
    'بطاقة الهوية: {cniAmount, number, ::currency/EUR .00/w}؛ جواز السفر: {passportAmount, number, ::currency/EUR .00/w}. طابع لكل وثيقة، يُشتريان منفصلين: طوابع إلكترونية عبر timbres.impots.gouv.fr (أو لدى بائع التبغ).',
  'tax-stamp.cni': 'بطاقة الهوية: {cniAmount, number, ::currency/EUR .00/w}. طابع إلكتروني عبر timbres.impots.gouv.fr (أو لدى بائع التبغ).',
  'tax-stamp.passport':
    'جواز السفر: {passportAmount, number, ::currency/EUR .00/w}. طابع إلكتروني عبر timbres.impots.gouv.fr (أو لدى بائع التبغ).',
  'theft-declaration.cni': 'سُرقت بطاقة الهوية الحالية: يُقدَّم التصريح قبل الموعد.',
  'theft-declaration.passport': 'سُرق جواز السفر الحالي: يُقدَّم التصريح قبل الموعد.',
  'usage-name-proof.other-parent': 'اسم استعمال يضيف اسم الوالد الآخر، غير مدوَّن بعد في أي وثيقة: عقد الميلاد.',
  'usage-name-proof.other-parent.minor':
    'اسم استعمال الطفل: لإضافة اسم الوالد الآخر، يصرّح الوالد مقدّم الطلب بأنه أبلغ الوالد الآخر (لا تُطلب موافقته ولا وثيقة هويته).',
  'usage-name-proof.spouse':
    'اسم الزوج أو الزوجة غير مدوَّن بعد في أي وثيقة، حسب الحالة. متزوج أو متزوجة: عقد الميلاد مع إشارة الزواج. مطلّق أو مطلّقة: حكم الطلاق الذي يسمح بهذا الاسم. أرمل أو أرملة: شهادة وفاة الزوج.',
  // 2026-12-04 (RULES.md, "Changes 2026-12-04", items 13 and 14): a minor's lost passport, alternating residence.
  'birth-certificate.minor-lost-passport':
    '{both, select, yes {{title, select, cni {لبطاقة الهوية} other {لجواز السفر}}: } other {}}جواز سفر قاصر مفقود، ولا توجد بطاقة هوية صالحة أو منتهية منذ أقل من {years, plural, one {سنة واحدة} two {سنتين} few {# سنوات} many {# سنة} other {# سنة}}. يجب أن يكون عمر العقد أقل من {months, plural, =12 {سنة} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}}.',
  'current-cni.minor-lost-passport':
    'جواز سفر قاصر مفقود: بطاقة الهوية {cniState, select, valid {صالحة حتى {cniExpiry}} other {منتهية الصلاحية منذ {cniExpiry}}}{cniExtended, select, yes { (التاريخ المطبوع {cniPrinted}، ممدّدة تلقائيًا بـ {cniExtraYears, plural, one {سنة واحدة} two {سنتين} few {# سنوات} many {# سنة} other {# سنة}})} other {}} تثبت الهوية.',
  'custody-judgment.both-addresses':
    'والدان منفصلان، إقامة متناوبة، مع طلب العنوانين على الوثيقة: اتفاق الوالدين أو قرار القاضي الذي يحدد الإقامة المتناوبة.',
  'one-address-on-title':
    'إقامة متناوبة: لن تحمل الوثيقة إلا عنوان الوالد الذي يقدّم الطلب. لكي يظهر العنوانان عليها، أحضروا إثبات الإقامة المتناوبة (اتفاق الوالدين أو قرار القاضي) وإثبات سكن الوالد الآخر.',
  'proof-of-address.depositing-parent.tax-notice-accepted':
    'إقامة متناوبة: يكفي إثبات سكن الوالد الذي يقدّم الطلب، عمره أقل من {months, plural, =12 {سنة} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}}. فاتورة كهرباء أو غاز أو ماء أو هاتف أو إنترنت، شهادة تأمين السكن، وصل إيجار من هيئة سكنية، إشعار الضريبة.',
  'proof-of-address.depositing-parent.tax-notice-refused':
    'إقامة متناوبة: يكفي إثبات سكن الوالد الذي يقدّم الطلب، عمره أقل من {months, plural, =12 {سنة} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}}. فاتورة كهرباء أو غاز أو ماء أو هاتف أو إنترنت، شهادة تأمين السكن، وصل إيجار من هيئة سكنية؛ لا يُقبل إشعار الضريبة (منذ {since}).',
  'proof-of-address.other-parent.tax-notice-accepted':
    'إقامة متناوبة، مع العنوانين على الوثيقة: إثبات سكن الوالد الآخر، عمره أقل من {months, plural, =12 {سنة} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}}. فاتورة كهرباء أو غاز أو ماء أو هاتف أو إنترنت، شهادة تأمين السكن، وصل إيجار من هيئة سكنية، إشعار الضريبة.',
  'proof-of-address.other-parent.tax-notice-refused':
    'إقامة متناوبة، مع العنوانين على الوثيقة: إثبات سكن الوالد الآخر، عمره أقل من {months, plural, =12 {سنة} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}}. فاتورة كهرباء أو غاز أو ماء أو هاتف أو إنترنت، شهادة تأمين السكن، وصل إيجار من هيئة سكنية؛ لا يُقبل إشعار الضريبة (منذ {since}).',
};
