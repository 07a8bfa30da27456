// Why each piece and warning is there, in English (typed against the French
// catalog: a missing reason does not compile).

import type { ReasonCatalog } from '../../../rules/index.js';

export const reasonsEn: ReasonCatalog = {
  'age-band-changes-before-retrieval.12-13':
    'The child turns {age} on {birthday}, before the last possible collection day ({lastDay}, {months, plural, one {# month} other {# months}} after the estimated availability on {available}): the passport is signed at collection; if it is collected from that date, the child comes with the parent to collect it.',
  'age-band-changes-before-retrieval.13-plus':
    'The child turns {age} on {birthday}, before the last possible collection day ({lastDay}, {months, plural, one {# month} other {# months}} after the estimated availability on {available}): if it is collected from that date, the child may sign the passport if the parent agrees.',
  'age-band-changes-before-retrieval.adult':
    'The child turns {age} on {birthday}, before the last possible collection day ({lastDay}, {months, plural, one {# month} other {# months}} after the estimated availability on {available}): if it is collected from that date, they collect and sign it alone, as an adult.',
  'application-form.no-pre-application': 'Without an online pre-application, the paper form is filled in and signed at the counter.',
  'birth-certificate.first-passport':
    '{both, select, yes {{title, select, cni {For the identity card} other {For the passport}}: } other {}}First passport application, and no identity card valid or expired for less than {years, plural, one {# year} other {# years}}. The certificate must be less than {months, plural, =12 {a year} one {# month} other {# months}} old.',
  'birth-certificate.lost-cni':
    '{both, select, yes {{title, select, cni {For the identity card} other {For the passport}}: } other {}}Card lost or stolen, and no passport valid or expired for less than {years, plural, one {# year} other {# years}}. The certificate must be less than {months, plural, =12 {a year} one {# month} other {# months}} old.',
  'birth-certificate.lost-old-passport':
    '{both, select, yes {{title, select, cni {For the identity card} other {For the passport}}: } other {}}Old-model (non-secure) passport lost or stolen, and no identity card valid or expired for less than {years, plural, one {# year} other {# years}}. The certificate must be less than {months, plural, =12 {a year} one {# month} other {# months}} old.',
  'birth-certificate.no-recent-title':
    '{both, select, yes {{title, select, cni {For the identity card} other {For the passport}}: } other {}}No identity card at hand and no passport valid or expired for less than {years, plural, one {# year} other {# years}}. The certificate must be less than {months, plural, =12 {a year} one {# month} other {# months}} old.',
  'birth-certificate.old-cni':
    '{both, select, yes {{title, select, cni {For the identity card} other {For the passport}}: } other {}}The identity card is {state, select, valid {valid until {expiry}} other {expired since {expiry}}}{extended, select, yes { (printed date {printed}, automatically extended by {extraYears, plural, one {# year} other {# years}})} other {}}, that is {years, plural, one {# year} other {# years}} or more, and no recent secure passport replaces it. The certificate must be less than {months, plural, =12 {a year} one {# month} other {# months}} old.',
  'birth-certificate.old-passport':
    '{both, select, yes {{title, select, cni {For the identity card} other {For the passport}}: } other {}}The passport {state, select, valid {valid until {expiry}} other {expired since {expiry}}} is not enough, and no identity card valid or expired for less than {years, plural, one {# year} other {# years}}. The certificate must be less than {months, plural, =12 {a year} one {# month} other {# months}} old.',
  'birth-certificate.unsecure-passport':
    '{both, select, yes {{title, select, cni {For the identity card} other {For the passport}}: } other {}}The passport {state, select, valid {valid until {expiry}} other {expired since {expiry}}} (expired {years, plural, one {# year} other {# years}} or more) is not secure. The certificate must be less than {months, plural, =12 {a year} one {# month} other {# months}} old.',
  'current-cni.first-passport':
    'First passport application: the identity card {cniState, select, valid {valid until {cniExpiry}} other {expired since {cniExpiry}}}{cniExtended, select, yes { (printed date {cniPrinted}, automatically extended by {cniExtraYears, plural, one {# year} other {# years}})} other {}} proves identity.',
  'current-cni.lost-old-passport':
    'Old-model passport lost or stolen: the identity card {cniState, select, valid {valid until {cniExpiry}} other {expired since {cniExpiry}}}{cniExtended, select, yes { (printed date {cniPrinted}, automatically extended by {cniExtraYears, plural, one {# year} other {# years}})} other {}} proves identity.',
  'current-cni.old-passport':
    'The passport {state, select, valid {valid until {expiry}} other {expired since {expiry}}} is not enough: the identity card {cniState, select, valid {valid until {cniExpiry}} other {expired since {cniExpiry}}}{cniExtended, select, yes { (printed date {cniPrinted}, automatically extended by {cniExtraYears, plural, one {# year} other {# years}})} other {}} proves identity.',
  'current-cni.renewal':
    'Renewal: identity card {state, select, valid {valid until {expiry}} other {expired since {expiry}}}{extended, select, yes { (printed date {printed}, automatically extended by {extraYears, plural, one {# year} other {# years}})} other {}}. It is handed back at the counter.',
  'current-passport.for-old-cni':
    'The card expired {years, plural, one {# year} other {# years}} ago or more; the passport {state, select, valid {valid until {expiry}} other {expired since {expiry}}} (secure) proves identity.',
  'current-passport.lost-cni':
    'Card lost or stolen: the passport {state, select, valid {valid until {expiry}} other {expired since {expiry}}} proves identity.',
  'current-passport.recent':
    'The passport {state, select, valid {valid until {expiry}} other {expired since {expiry}}} (less than {years, plural, one {# year} other {# years}} after expiry) proves identity.',
  'current-passport.renewal':
    'Renewal: passport {state, select, valid {valid until {expiry}} other {expired since {expiry}}}; it is enough to prove identity and is handed back at the counter.',
  'current-passport.renewal-not-enough':
    'Renewal: passport {state, select, valid {valid until {expiry}} other {expired since {expiry}}}, too old to prove identity; it is handed back at the counter, and identity is proved as for a first application.',
  'early-renewal-card-format.pre-application-done':
    'Laminated card still valid ({state, select, valid {valid until {expiry}} other {expired since {expiry}}}{extended, select, yes { (printed date {printed}, automatically extended by {extraYears, plural, one {# year} other {# years}})} other {}}): it can be replaced now by a card in the bank-card format; the compulsory online pre-application has been made.',
  'early-renewal-card-format.pre-application-missing':
    'Laminated card still valid ({state, select, valid {valid until {expiry}} other {expired since {expiry}}}{extended, select, yes { (printed date {printed}, automatically extended by {extraYears, plural, one {# year} other {# years}})} other {}}): it can be replaced now by a card in the bank-card format, but the online pre-application is then compulsory and has not been made yet: do it before the appointment.',
  'guardianship-decision.guardian': 'Parental authority is held by a guardian: the court decision appoints them.',
  'host-attestation.hosted':
    'Living at someone else’s home: these three documents replace the proof of address, and no other may be required. The host certifies a stable residence for more than {months, plural, one {# month} other {# months}}.',
  'host-attestation.hosted.minor':
    'The parent the child lives with is hosted by someone else: these three documents replace their proof of address, and no other may be required. The host certifies a stable residence for more than {months, plural, one {# month} other {# months}}.',
  'host-id.hosted':
    'Living at someone else’s home: these three documents replace the proof of address, and no other may be required. Only this document is a photocopy.',
  'host-id.hosted.minor':
    'The parent the child lives with is hosted by someone else: these three documents replace their proof of address, and no other may be required. Only this document is a photocopy.',
  'host-proof-of-address.hosted.minor.tax-notice-accepted':
    'The parent the child lives with is hosted by someone else: these three documents replace their proof of address, and no other may be required. Less than {months, plural, =12 {a year} one {# month} other {# months}} old. Electricity, gas, water, phone or internet bill, home insurance certificate, rent receipt from a housing body, tax notice.',
  'host-proof-of-address.hosted.minor.tax-notice-refused':
    'The parent the child lives with is hosted by someone else: these three documents replace their proof of address, and no other may be required. Less than {months, plural, =12 {a year} one {# month} other {# months}} old. Electricity, gas, water, phone or internet bill, home insurance certificate, rent receipt from a housing body; the tax notice is not accepted (since {since}).',
  'host-proof-of-address.hosted.tax-notice-accepted':
    'Living at someone else’s home: these three documents replace the proof of address, and no other may be required. Less than {months, plural, =12 {a year} one {# month} other {# months}} old. Electricity, gas, water, phone or internet bill, home insurance certificate, rent receipt from a housing body, tax notice.',
  'host-proof-of-address.hosted.tax-notice-refused':
    'Living at someone else’s home: these three documents replace the proof of address, and no other may be required. Less than {months, plural, =12 {a year} one {# month} other {# months}} old. Electricity, gas, water, phone or internet bill, home insurance certificate, rent receipt from a housing body; the tax notice is not accepted (since {since}).',
  'keeps-previous-expiry.name-changed':
    'Passport replaced without a stamp after a change of name: the new one keeps the old one’s expiry date, {expiry}. A paid renewal gives instead a passport valid {years, plural, one {# year} other {# years}}.',
  'keeps-previous-expiry.pages-full':
    'Passport replaced without a stamp because no visa page is free: the new one keeps the old one’s expiry date, {expiry}. A paid renewal gives instead a passport valid {years, plural, one {# year} other {# years}}.',
  'loss-declaration.cni': 'The current identity card was lost: the declaration is filled in at the counter.',
  'loss-declaration.passport': 'The current passport was lost: the declaration is filled in at the counter.',
  'minor-travel-authorisation':
    'To travel abroad without their parents, the child will need a travel authorisation (cerfa 15646*01), filled in by the family: nothing to do at the town hall.',
  'minor-usage-name': 'The child is {age, plural, one {# year} other {# years}} or older: they must consent to their usage name.',
  'name-change-proof.changed':
    'Family name or first name changed since the current title was issued: the birth certificate bearing the change, or the decision granting it.',
  'nationality-proof.not-proven':
    'The birth certificate is not enough to prove French nationality (for example, born abroad to parents born abroad).',
  'old-passport-returned': 'The new passport is handed over against the old one; a visa still valid in it can be kept.',
  'parent-id.minor': 'The child is a minor: the parent (or guardian) making the application comes with them and shows their own ID.',
  'photo.at-counter': 'No professional photographer: the photo is taken at the counter, nothing to bring.',
  'photo.bring':
    'A photo less than {months, plural, =12 {a year} one {# month} other {# months}} old, {width} × {height} mm, light background that is not white, bare head, no glasses; the photo of a previous title is refused.',
  'pre-application-number.compulsory':
    'The laminated card is replaced before its renewal window by a card in the bank-card format: the online pre-application is then compulsory, the paper form cannot be used.',
  'pre-application-number.done': 'An online pre-application was made: its number or QR code saves filling in the form.',
  'proof-of-address.adult.tax-notice-accepted':
    'Address, proof less than {months, plural, =12 {a year} one {# month} other {# months}} old. Electricity, gas, water, phone or internet bill, home insurance certificate, rent receipt from a housing body, tax notice.',
  'proof-of-address.adult.tax-notice-refused':
    'Address, proof less than {months, plural, =12 {a year} one {# month} other {# months}} old. Electricity, gas, water, phone or internet bill, home insurance certificate, rent receipt from a housing body; the tax notice is not accepted (since {since}).',
  'proof-of-address.alternating.tax-notice-accepted':
    'Shared residence: the address of each of the two parents, a proof less than {months, plural, =12 {a year} one {# month} other {# months}} old for each. Electricity, gas, water, phone or internet bill, home insurance certificate, rent receipt from a housing body, tax notice.',
  'proof-of-address.alternating.tax-notice-refused':
    'Shared residence: the address of each of the two parents, a proof less than {months, plural, =12 {a year} one {# month} other {# months}} old for each. Electricity, gas, water, phone or internet bill, home insurance certificate, rent receipt from a housing body; the tax notice is not accepted (since {since}).',
  'proof-of-address.minor.tax-notice-accepted':
    'Address of the parent the child usually lives with, proof less than {months, plural, =12 {a year} one {# month} other {# months}} old. Electricity, gas, water, phone or internet bill, home insurance certificate, rent receipt from a housing body, tax notice.',
  'proof-of-address.minor.tax-notice-refused':
    'Address of the parent the child usually lives with, proof less than {months, plural, =12 {a year} one {# month} other {# months}} old. Electricity, gas, water, phone or internet bill, home insurance certificate, rent receipt from a housing body; the tax notice is not accepted (since {since}).',
  'renewal-too-early':
    'Renewal too early: the identity card is {state, select, valid {valid until {expiry}} other {expired since {expiry}}}{extended, select, yes { (printed date {printed}, automatically extended by {extraYears, plural, one {# year} other {# years}})} other {}}; renewal is possible only from {opens}, except for loss, theft or a change of name.',
  'tax-stamp.both':
    'Identity card: {cniAmount, number, ::currency/EUR .00/w}; passport: {passportAmount, number, ::currency/EUR .00/w}. One stamp per title, bought separately: electronic stamps online at timbres.impots.gouv.fr (or at a tobacconist).',
  'tax-stamp.cni':
    'Identity card: {cniAmount, number, ::currency/EUR .00/w}. Electronic stamp online at timbres.impots.gouv.fr (or at a tobacconist).',
  'tax-stamp.passport':
    'Passport: {passportAmount, number, ::currency/EUR .00/w}. Electronic stamp online at timbres.impots.gouv.fr (or at a tobacconist).',
  'theft-declaration.cni': 'The current identity card was stolen: the declaration is made before the appointment.',
  'theft-declaration.passport': 'The current passport was stolen: the declaration is made before the appointment.',
  'usage-name-proof.other-parent': 'Usage name adding the other parent’s name, not yet on a title: birth certificate.',
  'usage-name-proof.other-parent.minor':
    'The child’s usage name: to add the other parent’s name, the applying parent declares that they informed the other parent (neither their consent nor their ID is required).',
  'usage-name-proof.spouse':
    'Spouse’s name not yet on a title, by situation. Married: birth certificate with the marriage mention. Divorced: divorce judgment allowing this name. Widowed: the spouse’s death certificate.',
  // 2026-12-04 (RULES.md, "Changes 2026-12-04", items 13 and 14): a minor's lost passport, alternating residence.
  'birth-certificate.minor-lost-passport':
    '{both, select, yes {{title, select, cni {For the identity card} other {For the passport}}: } other {}}A minor’s lost passport, and no identity card valid or expired for less than {years, plural, one {# year} other {# years}}. The certificate must be less than {months, plural, =12 {a year} one {# month} other {# months}} old.',
  'current-cni.minor-lost-passport':
    'A minor’s lost passport: the identity card {cniState, select, valid {valid until {cniExpiry}} other {expired since {cniExpiry}}}{cniExtended, select, yes { (printed date {cniPrinted}, automatically extended by {cniExtraYears, plural, one {# year} other {# years}})} other {}} proves identity.',
  'custody-judgment.both-addresses':
    'Separated parents, shared residence, both addresses asked for on the document: the parents’ agreement or the judge’s decision that sets the shared residence.',
  'one-address-on-title':
    'Shared residence: the document will show only the address of the parent who applies. To have both addresses on it, bring the proof of the shared residence (the parents’ agreement or the judge’s decision) and the other parent’s proof of address.',
  'proof-of-address.depositing-parent.tax-notice-accepted':
    'Shared residence: the proof of address of the parent who applies is enough, less than {months, plural, =12 {a year} one {# month} other {# months}} old. Electricity, gas, water, phone or internet bill, home insurance certificate, rent receipt from a housing body, tax notice.',
  'proof-of-address.depositing-parent.tax-notice-refused':
    'Shared residence: the proof of address of the parent who applies is enough, less than {months, plural, =12 {a year} one {# month} other {# months}} old. Electricity, gas, water, phone or internet bill, home insurance certificate, rent receipt from a housing body; the tax notice is not accepted (since {since}).',
  'proof-of-address.other-parent.tax-notice-accepted':
    'Shared residence, both addresses on the document: the other parent’s proof of address, less than {months, plural, =12 {a year} one {# month} other {# months}} old. Electricity, gas, water, phone or internet bill, home insurance certificate, rent receipt from a housing body, tax notice.',
  'proof-of-address.other-parent.tax-notice-refused':
    'Shared residence, both addresses on the document: the other parent’s proof of address, less than {months, plural, =12 {a year} one {# month} other {# months}} old. Electricity, gas, water, phone or internet bill, home insurance certificate, rent receipt from a housing body; the tax notice is not accepted (since {since}).',
};
