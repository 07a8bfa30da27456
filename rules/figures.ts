import type { IsoDate } from './dates.js';
import { valueAt } from './parameters/parameter.js';
import {
  adultPassportGraceYears, ages, documentMaxAge, recentTitleYears, renewalWindowMonths, retrievalMonths,
  taxNoticeAcceptedAsAddressProof,
} from './parameters/policies.js';

/**
 * Every figure a person reads (a delay, an age, a duration), as in force on
 * the deposit date. Labels, catalog messages, the receipt and the ticket take
 * these as arguments instead of writing the number again, so a decree that
 * changes a parameter changes every sentence that states it.
 */
export interface Figures {
  photoMaxAgeMonths: number;
  addressProofMaxAgeMonths: number;
  birthCertificateMaxAgeMonths: number;
  hostingMinMonths: number;
  retrievalMonths: number;
  cniRenewalWindowMonths: number;
  recentTitleYears: number;
  adultPassportGraceYears: number;
  majorityAge: number;
  fingerprintsAge: number;
  childMaySignAge: number;
  passportTeenFeeAge: number;
  taxNoticeAccepted: boolean;
}

export function figuresAt(today: IsoDate): Figures {
  const maxAge = valueAt(documentMaxAge, today).value;
  const age = valueAt(ages, today).value;
  return {
    photoMaxAgeMonths: maxAge.photoMonths,
    addressProofMaxAgeMonths: maxAge.addressProofMonths,
    birthCertificateMaxAgeMonths: maxAge.birthCertificateMonths,
    hostingMinMonths: maxAge.hostingMonths,
    retrievalMonths: valueAt(retrievalMonths, today).value,
    cniRenewalWindowMonths: valueAt(renewalWindowMonths, today).value,
    recentTitleYears: valueAt(recentTitleYears, today).value,
    adultPassportGraceYears: valueAt(adultPassportGraceYears, today).value,
    majorityAge: age.majority,
    fingerprintsAge: age.fingerprints,
    childMaySignAge: age.childMaySign,
    passportTeenFeeAge: age.passportTeenFee,
    taxNoticeAccepted: valueAt(taxNoticeAcceptedAsAddressProof, today).value,
  };
}
