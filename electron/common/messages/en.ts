import type { Catalog } from './fr.js';

export const en: Catalog = {
  'language.name': 'English',
  'language.choose': 'Language',

  'welcome.title': 'Prepare your application for an identity card or a passport',
  'welcome.body': 'Answer a few questions. The kiosk tells you what to bring to your appointment at the town hall, and you can print it.',
  'welcome.privacy': 'Your answers are erased as soon as you finish. Do not give any name or document number: none is asked.',
  'welcome.scope':
    'You live abroad? Go to the French consulate. Urgent travel (medical, humanitarian or professional reasons)? The préfecture issues a temporary passport ({temporaryPassportFee, number, ::currency/EUR .00/w}, valid {temporaryPassportYears, plural, one {# year} other {# years}}).',
  'welcome.start': 'Start',
  'welcome.goodbye': 'Your ticket is printed. Your answers are erased. Goodbye!',
  'welcome.erased': 'Your answers have been erased.',
  'goodbye.done': 'Finish',
  'booking.qr': 'QR code to the booking website',

  'who.title': 'Who is the application for?',
  'who.me': 'For me',
  'who.child': 'For my child',
  'who.several': 'For several people',
  'who.next': 'Who is the next application for?',
  'who.other': 'For another person',

  'titles.title':
    '{who, select, me {What do you want to apply for?} child {What do you want to apply for, for your child?} other {What does this person apply for?}}',
  'titles.cni': 'An identity card',
  'titles.passport': 'A passport',
  'titles.both': 'Both',

  'nav.back': 'Back',
  'nav.step': 'Step {current} of {total}',
  'nav.progress': 'Progress',
  'nav.label': 'Navigation',
  'answer.yes': 'Yes',
  'answer.no': 'No',
  'answer.unknown': 'I don’t know',

  'q.birthDate':
    '{who, select, me {What is your date of birth?} child {What is your child’s date of birth?} other {What is this person’s date of birth?}}',
  'q.birthDate.example': 'For example: 05/03/2012 for 5 March 2012 (day/month/year).',
  'q.currentCni.status':
    '{who, select, me {Have you ever had a French identity card?} child {Has your child ever had a French identity card?} other {Has this person ever had a French identity card?}}',
  'q.currentCni.status.example':
    '{who, select, me {Even if it has expired, answer "Yes, I have it".} child {Even if it has expired, answer "Yes, my child has it".} other {Even if it has expired, answer "Yes, this person has it".}}',
  'q.currentCni.status.held': '{who, select, me {Yes, I have it} child {Yes, my child has it} other {Yes, this person has it}}',
  'q.currentCni.status.none': 'No, never',
  'q.currentCni.status.lost': 'It is lost',
  'q.currentCni.status.stolen': 'It was stolen',
  'q.currentCni.expiry': 'Which expiry date is written on the identity card?',
  'q.currentCni.expiry.example': 'Look for "Valable jusqu’au" or "Date d’expiration".',
  'q.currentCni.format': 'What does the identity card look like?',
  'q.currentCni.format.example': 'The new card has the size of a bank card; the old one is laminated and larger.',
  'q.currentCni.format.laminated': 'Old laminated card',
  'q.currentCni.format.card': 'Bank card size',
  'q.currentPassport.status':
    '{who, select, me {Have you ever had a French passport?} child {Has your child ever had a French passport?} other {Has this person ever had a French passport?}}',
  'q.currentPassport.status.example':
    '{who, select, me {Even if it has expired, answer "Yes, I have it".} child {Even if it has expired, answer "Yes, my child has it".} other {Even if it has expired, answer "Yes, this person has it".}}',
  'q.currentPassport.status.held': '{who, select, me {Yes, I have it} child {Yes, my child has it} other {Yes, this person has it}}',
  'q.currentPassport.status.none': 'No, never',
  'q.currentPassport.status.lost': 'It is lost',
  'q.currentPassport.status.stolen': 'It was stolen',
  'q.currentPassport.expiry': 'Which expiry date is written in the passport?',
  'q.currentPassport.expiry.example': 'It is on the page with the photo.',
  'q.currentPassport.secure': 'Does the passport have this logo on its cover: a rectangle with a circle in the middle?',
  'q.currentPassport.secure.example': 'It is the logo of electronic passports. All passports made since {securePassportYear} have it.',
  'q.parentalAuthority':
    '{who, select, me {Who has parental authority over you?} child {Who has parental authority over your child?} other {Who has parental authority over this person?}}',
  'q.parentalAuthority.example': 'For example, "separated parents" if a judge decided on custody.',
  'q.parentalAuthority.joint': 'Both parents, together',
  'q.parentalAuthority.separated': 'The parents are separated or divorced',
  'q.parentalAuthority.guardian': 'A guardian',
  'q.preApplication':
    '{who, select, me {Did you make the pre-application online (ants.gouv.fr)?} child {Did you make your child’s pre-application online (ants.gouv.fr)?} other {Was this person’s pre-application made online (ants.gouv.fr)?}}',
  'q.preApplication.example': 'You then have a pre-application number or a QR code.',
  'q.addressVerifiedOnline':
    '{who, select, me {During the pre-application, was your address verified online?} child {During your child’s pre-application, was your address verified online?} other {During the pre-application, was this person’s address verified online?}}',
  'q.addressVerifiedOnline.example': 'The website then says "address verified". If you do not know, answer No.',
  'q.residence':
    '{who, select, me {Do you live in your own home?} child {Do you and your child live in your own home?} other {Does this person live in their own home?}}',
  'q.residence.example':
    '{who, select, me {Answer "hosted" if you live at someone else’s home, for example at your parents’.} child {Answer "hosted" if you live at someone else’s home, for example at your parents’.} other {Answer "hosted" if this person lives at someone else’s home, for example at their parents’.}}',
  'q.residence.own': '{who, select, me {Yes, in my own home} child {Yes, in my own home} other {Yes, in their own home}}',
  'q.residence.hosted': '{who, select, me {No, I am hosted} child {No, I am hosted} other {No, they are hosted}}',
  'q.usageName':
    '{who, select, me {Do you want a usage name that is not yet on your documents?} child {Do you want to add the other parent’s name on your child’s document?} other {Does this person want a usage name that is not yet on their documents?}}',
  'q.usageName.example':
    '{who, select, me {For example, your spouse’s name, or your other parent’s name.} child {A child’s usage name can only be the other parent’s name, added to their own.} other {For example, their spouse’s name, or their other parent’s name.}}',
  'q.usageName.none': 'No',
  'q.usageName.spouse': 'The spouse’s name',
  'q.usageName.other-parent': 'The other parent’s name',
  'q.birthRecordDematerialized': 'Does the town hall of birth send birth records online (COMEDEC)?',
  'q.birthRecordDematerialized.example': 'Most large towns do. If you do not know, the counter will check.',
  'q.nationalityProvenByBirthRecord':
    '{who, select, me {Does the birth certificate show that you are French?} child {Does your child’s birth certificate show that your child is French?} other {Does this person’s birth certificate show that they are French?}}',
  'q.nationalityProvenByBirthRecord.example':
    '{who, select, me {For example, no if you were born abroad to parents born abroad.} child {For example, no if your child was born abroad to parents born abroad.} other {For example, no if this person was born abroad to parents born abroad.}}',
  'q.photoAtCounter': 'Will the photo be taken at the town hall?',
  'q.photoAtCounter.example': 'Only where there is no photographer.',
  // The facts of 2026-11-24.
  'q.nameChanged':
    '{who, select, me {Has your name or first name changed since your current documents were issued?} child {Has your child’s name or first name changed since their current documents?} other {Has this person’s name or first name changed since their current documents?}}',
  'q.nameChanged.example': 'For example after a marriage, a divorce or a decision to change one’s name.',
  'q.passportPagesFull': 'Is the current passport full (no free page left for visas)?',
  'q.passportPagesFull.example': 'A passport still valid but full is replaced without a tax stamp.',
  'q.alternatingResidence': 'Does the child live alternately with each parent (shared residence)?',
  'q.alternatingResidence.example': 'Answer No if the child usually lives with one parent.',
  // Issue 21 (rules of 2026-12-04): both addresses on a child's title, a choice of the family.
  'q.bothAddresses':
    '{who, select, me {Do you want both your parents’ addresses written on your identity card or passport?} child {Do you want both parents’ addresses written on your child’s identity card or passport?} other {Should both parents’ addresses be written on this person’s identity card or passport?}}',
  'q.bothAddresses.example':
    'It is a choice. No: only the address of the parent who comes to the appointment will be written, and nothing is missing from the application. Yes: also bring the parents’ agreement or the judge’s decision on the shared residence, and a proof of address of the other parent.',

  'date.keypad': 'Keypad',
  'date.erase': 'Erase the last digit',
  'date.clear': 'Clear all',
  'date.confirm': 'Confirm',
  'date.invalid': 'This date does not exist. Check the day and the month.',
  'date.incomplete': 'Write the day, the month and the year: DD/MM/YYYY.',
  'date.future': 'This date is in the future.',

  'result.title': 'What to bring to your appointment',
  'result.person': '{who, select, me {For you} child {For your child} other {Person {number}}}',
  'result.requests': '{titles}',
  'result.title.cni': 'Identity card',
  'result.title.passport': 'Passport',
  'result.bring': 'To bring',
  'result.why': 'Why?',
  'result.notes': 'Good to know',
  'result.fee': 'Tax stamp: {amount, number, ::currency/EUR .00/w}',
  'result.free': 'Free: no tax stamp.',
  'result.fee.pending': 'Tax stamp: to be set at the counter.',
  'result.stamp': 'Buy the tax stamp online (timbres.impots.gouv.fr) or at a tobacconist.',
  'result.stamp.qr': 'QR code to timbres.impots.gouv.fr',
  'result.preApplication': 'Make the pre-application online (ants.gouv.fr): you will save time at the counter.',
  'result.preApplication.qr': 'QR code to ants.gouv.fr',
  'result.minor.deposit': 'At the appointment: the child and a parent (or the guardian), with their identity document.',
  'result.minor.signer.parent': 'The parent signs for the child.',
  'result.minor.signer.child-or-parent': 'The child may sign if the parent agrees.',
  'result.minor.retrieval.both': 'To collect the passport: the child and the parent.',
  'result.minor.retrieval.parent': 'To collect the document: the parent.',
  'result.retrieval': 'The document must be collected at the town hall within {retrievalMonths, plural, one {# month} other {# months}}.',
  'result.addPerson': 'Add another person',
  'result.print': 'Print the ticket',
  'result.finish': 'Finish without printing',
  'result.printing': 'Printing…',
  'result.printFailed': 'The ticket could not be printed. Ask for help at the front desk, or try again.',

  'inactivity.title': 'Are you still there?',
  'inactivity.body': 'Without an answer, your answers will be erased in {seconds, plural, one {# second} other {# seconds}}.',
  'inactivity.continue': 'Yes, continue',
  'inactivity.leave': 'Erase and leave',

  'ticket.title': 'What to bring to your appointment',
  'ticket.date': 'Prepared at the kiosk on {date}',
  'ticket.code': 'At the counter, the agent scans this code (or types it): your answers will already be there.',
  'ticket.booking': 'Book your appointment: {booking}',

  'piece.photo': 'An identity photo less than {photoMonths, plural, one {# month} other {# months}} old, meeting the standards',
  'piece.proof-of-address':
    'A proof of address {addressMonths, plural, =12 {less than a year old} one {less than # month old} other {less than # months old}} (bill, home insurance{taxNotice, select, yes {, tax notice} other {; not the tax notice}})',
  'piece.proof-of-address.alternating':
    'A proof of address for each of the two parents, {addressMonths, plural, =12 {less than a year old} one {less than # month old} other {less than # months old}} (bill, home insurance{taxNotice, select, yes {, tax notice} other {; not the tax notice}})',
  'piece.proof-of-address.other-parent':
    'A proof of address of the other parent, {addressMonths, plural, =12 {less than a year old} one {less than # month old} other {less than # months old}} (bill, home insurance{taxNotice, select, yes {, tax notice} other {; not the tax notice}})',
  'piece.host-proof-of-address':
    'The proof of address of the person who hosts you, {addressMonths, plural, =12 {less than a year old} one {less than # month old} other {less than # months old}}',
  'piece.host-id': 'A photocopy of your host’s identity document',
  'piece.host-attestation': 'A statement signed by the person who hosts you',
  'piece.pre-application-number': 'The pre-application number (or its QR code)',
  'piece.application-form': 'The form, filled in at the counter',
  'piece.tax-stamp': 'The tax stamp',
  'piece.current-cni': 'The current identity card',
  'piece.current-passport': 'The current passport',
  'piece.birth-certificate':
    'A birth certificate less than {birthCertificateMonths, plural, one {# month} other {# months}} old (full copy or extract with parents’ names)',
  'piece.nationality-proof': 'A proof of French nationality',
  'piece.loss-declaration': 'The declaration of loss, filled in at the counter',
  'piece.theft-declaration': 'The declaration of theft made to the police or gendarmerie',
  'piece.parent-id': 'The identity document of the parent who applies',
  'piece.custody-judgment': 'The parents’ agreement or the judge’s decision on the shared residence',
  'piece.guardianship-decision': 'The judge’s decision appointing the guardian',
  'piece.usage-name-proof': 'A proof of the usage name (for example, the marriage certificate)',
  'piece.name-change-proof': 'A proof of the change of name or first name (birth certificate bearing it, or the decision)',
  'condition.birth-certificate': 'Not needed if the town hall of birth sends records online (COMEDEC): the counter will tell you.',
  'condition.nationality-proof': 'Only if the birth certificate does not prove French nationality.',
};
