// A proof of address's age verdict, per the rules in force on the deposit
// date (figuresAt: the maximum age, and whether a tax notice is accepted).
// The dates come from the code's header: never more than it says, so a code
// without an emission date leaves the age to be read on the paper.
import { addMonths, figuresAt, frenchDate, type IsoDate } from '../../../rules/index.js';
import { stationText as t } from '../messages/index.js';
import type { AgeVerdict } from './reading.js';
import { daysBetween } from './reading.js';
import type { DocumentType } from './document-types.js';

export function ageVerdict(
  type: DocumentType,
  emittedOn: IsoDate | null,
  signedOn: IsoDate | null,
  depositDate: IsoDate,
): { verdict: AgeVerdict; text: string } {
  const figures = figuresAt(depositDate);
  const deposit = frenchDate(depositDate);
  if (type.kind === 'not-a-proof') return { verdict: 'refused', text: t('twoDDoc.age.notProof', { type: type.label }) };
  if (type.kind === 'tax-notice' && !figures.taxNoticeAccepted) {
    return { verdict: 'refused', text: t('twoDDoc.age.taxNotice', { since: frenchDate(figures.taxNoticeSince) }) };
  }
  // ISO dates compare as text.
  if (signedOn !== null && signedOn > depositDate) {
    return { verdict: 'refused', text: t('twoDDoc.age.signedFuture', { signed: frenchDate(signedOn), deposit }) };
  }
  if (emittedOn === null) return { verdict: 'unknown', text: t('twoDDoc.age.none') };
  const emitted = frenchDate(emittedOn);
  if (emittedOn > depositDate) return { verdict: 'refused', text: t('twoDDoc.age.future', { emitted, deposit }) };
  const months = figures.addressProofMaxAgeMonths;
  // "Less than one year": on the anniversary it is a year old, so refused.
  if (depositDate < addMonths(emittedOn, months)) {
    return {
      verdict: 'accepted',
      text: t('twoDDoc.age.accepted', { months, emitted, deposit, days: daysBetween(emittedOn, depositDate) }),
    };
  }
  return { verdict: 'refused', text: t('twoDDoc.age.refused', { months, emitted, deposit }) };
}
