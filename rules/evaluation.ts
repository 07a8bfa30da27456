import type { FactKey, Title } from './facts/facts.js';

/** The contract's output (CONTRACT.md, "Evaluation"). */
export const PIECE_IDS = [
  'photo',
  'proof-of-address',
  'host-proof-of-address',
  'host-id',
  'host-attestation',
  'pre-application-number',
  'application-form',
  'tax-stamp',
  'current-cni',
  'current-passport',
  'birth-certificate',
  'nationality-proof',
  'loss-declaration',
  'theft-declaration',
  'parent-id',
  'custody-judgment',
  'guardianship-decision',
  'usage-name-proof',
  'name-change-proof',
] as const;
export type PieceId = (typeof PIECE_IDS)[number];

export type Motif = 'first' | 'renewal' | 'loss' | 'theft';
export type AgeBand = 'under-12' | '12-13' | '13-plus';
/** Originals only (2026-11-24); the host's ID alone is a photocopy. */
export type Copies = 'original' | 'photocopy';

/**
 * What a sentence says, as data (as Publicodes and OpenFisca explain a
 * result): a stable id that the catalogs phrase in each language (French in
 * rules/words/reasons.fr.ts, which writes `reason` and `message`; English and
 * Arabic in electron/common/messages/reasons.*), and its arguments. Dates are ISO "YYYY-MM-DD",
 * amounts in euros, durations and ages whole numbers.
 */
export type ReasonValues = Record<string, string | number>;
export interface Explanation {
  reasonId: string;
  values: ReasonValues;
}

export interface Piece {
  id: PieceId;
  titles: Title[];
  label: string;
  where: 'bring' | 'counter';
  copies: Copies;
  condition: string | null;
  reason: string;
  sources: string[];
  /** The first explanation's id and values (the one `reason` starts with). */
  reasonId: string;
  values: ReasonValues;
  /** Every explanation joined into `reason`, in order: two when both titles need the piece for different reasons. */
  explanations: Explanation[];
}

export interface Fee {
  title: Title;
  amount: number;
  currency: 'EUR';
}

export type Presence = 'child' | 'parent';

export interface MinorBlock {
  fingerprints: boolean;
  signer: 'parent' | 'child-or-parent';
  presentAtDeposit: Presence[];
  presentAtRetrieval: Presence[];
}

export const WARNING_IDS = [
  'renewal-too-early',
  'early-renewal-card-format',
  'age-band-changes-before-retrieval',
  'minor-travel-authorisation',
  'old-passport-returned',
  'minor-usage-name',
  'keeps-previous-expiry',
  // 2026-12-04: alternating residence, only the depositing parent's address on the title.
  'one-address-on-title',
] as const;
export type WarningId = (typeof WARNING_IDS)[number];

export interface Warning {
  id: WarningId;
  message: string;
  /** The message as data: catalog id and arguments. */
  reasonId: string;
  values: ReasonValues;
}

/**
 * The project's extension (additive to CONTRACT.md): for each output, the
 * questions it still waits on, in the order to ask them, as Publicodes'
 * `missingVariables` per rule. An output is settled, and a later answer
 * cannot change it, exactly when its list is empty: a screen shows it then,
 * and only then.
 */
export interface OpenQuestions {
  /** The titles and each one's motif (`requests`). */
  requests: FactKey[];
  /** Per requested title (once the titles are known): what its entry in `fees` waits on; [] once it is there. */
  fees: Partial<Record<Title, FactKey[]>>;
  /** `totalFee`: the titles and every title's stamp. */
  totalFee: FactKey[];
  /** `minor` and `applicant` (null for an adult is settled too): who comes, who signs, fingerprints. */
  minor: FactKey[];
  /** The list of `pieces`, the `tax-stamp` piece included: "rien ne manque" can be said once it is settled. */
  pieces: FactKey[];
  /** `warnings`. */
  warnings: FactKey[];
}

export interface Evaluation {
  complete: boolean;
  questions: FactKey[];
  applicant: { age: number | null; adult: boolean | null; ageBand: AgeBand | null };
  requests: { title: Title; motif: Motif }[];
  pieces: Piece[];
  fees: Fee[];
  totalFee: number;
  minor: MinorBlock | null;
  warnings: Warning[];
  /** Extension: what each output waits on (`OpenQuestions`). */
  open: OpenQuestions;
}
