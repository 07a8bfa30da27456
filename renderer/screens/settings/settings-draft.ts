// The settings form's draft: the numbers and optional texts as typed, turned
// into Settings (or the fields in error) only when saved.
import type { Settings } from '../../../electron/common/contract.js';

export type Field = keyof Settings;
export type Draft = Omit<Settings, 'retentionDays' | 'inactivitySeconds' | 'printer' | 'booking' | 'productionDelayDays'> & {
  retentionDays: string;
  inactivitySeconds: string;
  printer: string;
  booking: string;
  productionDelayDays: string;
};
export type Errors = Partial<Record<Field, string>>;
type SetDraft = <K extends keyof Draft>(key: K, value: Draft[K]) => void;
/** What each section of the form is given. */
export interface SectionProps {
  draft: Draft;
  set: SetDraft;
  errors: Errors;
}

/** The fields in the order of the page: the first in error takes the focus. */
export const ORDER: Field[] = [
  'mairieName',
  'address',
  'departement',
  'mode',
  'paper',
  'printer',
  'retentionDays',
  'inactivitySeconds',
  'booking',
  'productionDelayDays',
];
export const fieldId = (field: Field) => `setting-${field}`;
const optional = (text: string) => (text.trim() === '' ? null : text.trim());
/** A number typed by a person: "14", " 14 "; anything else is NaN, which the schema refuses. */
const integer = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

export function draftOf(base: Settings): Draft {
  return {
    ...base,
    retentionDays: String(base.retentionDays),
    inactivitySeconds: String(base.inactivitySeconds),
    printer: base.printer ?? '',
    booking: base.booking ?? '',
    productionDelayDays: base.productionDelayDays === null ? '' : String(base.productionDelayDays),
  };
}

/** The draft as the schema reads it: blanks are null, numbers are numbers (or NaN). */
export function typedDraft(draft: Draft) {
  return {
    ...draft,
    printer: optional(draft.printer),
    booking: optional(draft.booking),
    retentionDays: integer(draft.retentionDays),
    inactivitySeconds: integer(draft.inactivitySeconds),
    productionDelayDays: draft.productionDelayDays.trim() === '' ? null : integer(draft.productionDelayDays),
  };
}
