// The figures the kiosk's and the station's sentences state (a photo's age,
// the retrieval delay...), read from the rules as in force on the given day: the catalogs
// take them as ICU arguments and never write the number again: one source
// for every figure.
import { figuresAt } from '../../rules/index.js';

type Values = Record<string, string | number>;

export function figureValues(today: string): Values {
  const f = figuresAt(today);
  return {
    photoMonths: f.photoMonths,
    addressMonths: f.addressProofMaxAgeMonths,
    birthCertificateMonths: f.birthCertificateMaxAgeMonths,
    retrievalMonths: f.retrievalMonths,
    taxNotice: f.taxNoticeAccepted ? 'yes' : 'no',
    temporaryPassportFee: f.temporaryPassportFee,
    temporaryPassportYears: f.temporaryPassportValidityYears,
    // A year is a name, not a quantity: a string, so no locale groups its digits ("2 006").
    securePassportYear: f.securePassportIssuedFrom.slice(0, 4),
    cniCardFormatYear: f.cniCardFormatFrom.slice(0, 4),
  };
}

/** A translator whose messages get the day's figures, under the caller's own values. */
export function withFigures<Id extends string>(t: (id: Id, values?: Values) => string, today: string): (id: Id, values?: Values) => string {
  const figures = figureValues(today);
  return (id, values) => t(id, { ...figures, ...values });
}
