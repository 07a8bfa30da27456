import type { IsoDate } from './dates.js';
import { temporaryPassport } from './parameters/fees.js';
import { valueAt } from './parameters/parameter.js';
import {
  adultPassportGraceYears,
  ages,
  cniAdultExtension,
  cniCardFormat,
  documentMaxAge,
  freeReplacementPassport,
  passportValidityYears,
  photoFormat,
  productionDelayDays,
  recentTitleYears,
  renewalWindowMonths,
  retrievalMonths,
  securePassportExpiryFrom,
  securePassportIssuedFrom,
  taxNoticeAcceptedAsAddressProof,
} from './parameters/policies.js';

/**
 * Every figure a person reads (a delay, an age, a duration), as in force on
 * the deposit date. Labels, catalog messages, the receipt and the ticket take
 * these as arguments instead of writing the number again, so a decree that
 * changes a parameter changes every sentence that states it.
 */
export interface Figures {
  photoMonths: number;
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
  /** The day the tax notice stopped (or started) being accepted: the `from` of the value in force. */
  taxNoticeSince: IsoDate;
  /** The engine's estimate; a station's `productionDelayDays` fact overrides it. */
  productionDelayDays: number;
  photoWidthMm: number;
  photoHeightMm: number;
  photoFaceMinMm: number;
  photoFaceMaxMm: number;
  /** A printed passport expiry on or after this date settles that it is secure. */
  securePassportExpiryFrom: IsoDate;
  passportValidityYearsAdult: number;
  passportValidityYearsMinor: number;
  freeReplacementPassport: boolean;
  cniExtensionYears: number;
  /** Every passport issued from this date is electronic (the kiosk and the station cite its year). */
  securePassportIssuedFrom: IsoDate;
  /** The bank-card-format CNI is issued from this date. */
  cniCardFormatFrom: IsoDate;
  /** The préfecture's temporary passport, which the screens point to: its stamp in euros and its validity. */
  temporaryPassportFee: number;
  temporaryPassportValidityYears: number;
}

// Parameters change a few times a decade: one computation per deposit date.
const byDate = new Map<IsoDate, Figures>();

/** The figures in force on `today` (frozen: shared by every evaluation of that day). */
export function figuresAt(today: IsoDate): Figures {
  let figures = byDate.get(today);
  if (!figures) {
    figures = Object.freeze(computeFiguresAt(today));
    if (byDate.size > 1000) byDate.clear();
    byDate.set(today, figures);
  }
  return figures;
}

/** For a test that adds a dated value to a parameter, as a decree would: the figures are read again. */
export function forgetFigures(): void {
  byDate.clear();
}

function computeFiguresAt(today: IsoDate): Figures {
  const maxAge = valueAt(documentMaxAge, today).value;
  const age = valueAt(ages, today).value;
  const photo = valueAt(photoFormat, today).value;
  const validity = valueAt(passportValidityYears, today).value;
  const temporary = valueAt(temporaryPassport, today).value;
  return {
    photoMonths: maxAge.photoMonths,
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
    taxNoticeSince: valueAt(taxNoticeAcceptedAsAddressProof, today).from,
    productionDelayDays: valueAt(productionDelayDays, today).value,
    photoWidthMm: photo.widthMm,
    photoHeightMm: photo.heightMm,
    photoFaceMinMm: photo.faceMinMm,
    photoFaceMaxMm: photo.faceMaxMm,
    securePassportExpiryFrom: valueAt(securePassportExpiryFrom, today).value,
    passportValidityYearsAdult: validity.adult,
    passportValidityYearsMinor: validity.minor,
    freeReplacementPassport: valueAt(freeReplacementPassport, today).value,
    cniExtensionYears: valueAt(cniAdultExtension, today).value.extraYears,
    securePassportIssuedFrom: valueAt(securePassportIssuedFrom, today).value,
    cniCardFormatFrom: valueAt(cniCardFormat, today).value.issuedFrom,
    temporaryPassportFee: temporary.fee,
    temporaryPassportValidityYears: temporary.validityYears,
  };
}
