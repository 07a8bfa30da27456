// The one API between the renderer and the host, as a channel map (GitHub
// Desktop's ipc-shared.ts): each method has a schema for its request and
// its result. The host validates every request; the renderer validates
// every result. Both Electron IPC and the browser host carry it.
import { z } from 'zod';
import { DEPARTEMENTS, PIECE_IDS, factsSchema, personFactsSchema } from '../../rules/index.js';
import { LOCALES } from './messages/index.js';
import { PAPER_IDS } from './papers.js';
import { trustBundleStatusSchema, twoDDocReadingSchema } from './two-d-doc/reading.js';

const isoDate = factsSchema.shape.birthDate.unwrap();

/** A visit's short reference, printed on the receipt: unambiguous letters and digits. */
export const REFERENCE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const referenceSchema = z.string().regex(/^[A-HJKMNP-Z2-9]{3}-[A-HJKMNP-Z2-9]{3}$/);

/**
 * Controls (C0, C1, line separators) and bidirectional overrides and
 * isolates (U+202A-U+202E, U+2066-U+2069): invisible, they break a printed
 * line or reorder what the receipt shows. Refused in what people type.
 */
export const UNSAFE_TEXT = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const plainText = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((text) => !UNSAFE_TEXT.test(text), { params: { kind: 'plain-text' } });

export const settingsSchema = z.strictObject({
  mairieName: plainText(1, 120),
  address: plainText(1, 300),
  departement: z.enum(DEPARTEMENTS as [string, ...string[]]),
  printer: plainText(0, 200).nullable(),
  paper: z.enum(PAPER_IDS),
  /** Days a station visit is kept so a person can come back with the missing pieces. */
  retentionDays: z.int().min(1).max(14),
  mode: z.enum(['station', 'kiosk']),
  /** Kiosk: seconds without a touch before asking whether the person is still there. */
  inactivitySeconds: z.int().min(30).max(600),
  /** Where citizens book the appointment (a web address or a phone number), printed on the kiosk's ticket. */
  booking: plainText(0, 300).nullable().default(null),
  /** The delay the mairie currently sees between deposit and availability; null: the engine's dated estimate. */
  productionDelayDays: z.int().min(0).max(180).nullable().default(null),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS = {
  printer: null,
  paper: '80mm',
  retentionDays: 14,
  mode: 'station',
  inactivitySeconds: 90,
  booking: null,
  productionDelayDays: null,
} as const;

/** What the person answers: the facts the fact table gives to the person (not the deposit date, not the station's territory and production delay). */
export const answersSchema = personFactsSchema;
export type Answers = z.infer<typeof answersSchema>;

export const pieceStatusSchema = z.enum(['presented', 'missing']);
export type PieceStatus = z.infer<typeof pieceStatusSchema>;
const pieceIdSchema = z.enum(PIECE_IDS);

/** A piece ticked from its verified 2D-Doc (issue 17): only the emission date is kept, never a name, address or number. */
export const pieceProofSchema = z.strictObject({ by: z.literal('2d-doc'), emittedOn: isoDate });
/** The pieces a 2D-Doc is read on: the proofs of address. */
export const TWO_D_DOC_PIECES = ['proof-of-address', 'host-proof-of-address'] as const;
export type TwoDDocPiece = (typeof TWO_D_DOC_PIECES)[number];

export const applicantSchema = z.strictObject({
  id: z.int().positive(),
  answers: answersSchema,
  checks: z.partialRecord(pieceIdSchema, pieceStatusSchema),
  /** How a presented piece was verified, when it was (absent: by eye). */
  proofs: z.partialRecord(pieceIdSchema, pieceProofSchema).optional(),
});
export type Applicant = z.infer<typeof applicantSchema>;

export const visitSchema = z.strictObject({
  reference: referenceSchema,
  createdAt: z.iso.datetime(),
  depositDate: isoDate,
  mode: z.enum(['station', 'kiosk']),
  applicants: z.array(applicantSchema),
});
export type Visit = z.infer<typeof visitSchema>;

export const visitSummarySchema = z.strictObject({
  reference: referenceSchema,
  createdAt: z.iso.datetime(),
  applicants: z.int().nonnegative(),
});
export type VisitSummary = z.infer<typeof visitSummarySchema>;

/** Where a check stands (visit-state.ts says how it is decided). */
export const checkStateSchema = z.enum(['unfinished', 'missing', 'to-check', 'complete']);

/**
 * A listed visit with where it stands, for the home list in one call.
 * `state` is null when the stored visit can no longer be read (damaged
 * row): the list still shows it, without claiming a state.
 */
export const visitStateSummarySchema = visitSummarySchema.extend({ state: checkStateSchema.nullable() });
export type VisitStateSummary = z.infer<typeof visitStateSummarySchema>;

const ref = z.strictObject({ reference: referenceSchema });
/** How the kiosk speaks of a person: "vous", "votre enfant", "cette personne". */
export const WHO = ['me', 'child', 'other'] as const;
export type Who = (typeof WHO)[number];
/** The kiosk's ticket: the chosen language, and how each applicant was spoken of. */
const ticket = ref.extend({ locale: z.enum(LOCALES), who: z.array(z.enum(WHO)).max(20) });
const applicantRef = z.strictObject({ reference: referenceSchema, applicantId: z.int().positive() });
/** A scanned 2D-Doc's text (a DataMatrix holds at most 1,556 bytes; a wedge may spell its controls out). */
const twoDDocRequest = applicantRef.extend({ pieceId: z.enum(TWO_D_DOC_PIECES), code: z.string().max(4000) });

export const API = {
  getSettings: { request: z.strictObject({}), result: settingsSchema.nullable() },
  saveSettings: { request: z.strictObject({ settings: settingsSchema }), result: settingsSchema },
  getToday: { request: z.strictObject({}), result: isoDate },
  startVisit: { request: z.strictObject({}), result: visitSchema },
  getVisit: { request: ref, result: visitSchema.nullable() },
  /** The station visits of a day (the host's today when none is given), each with its state: the home list in one call. */
  listVisitStates: { request: z.strictObject({ depositDate: isoDate.optional() }), result: z.array(visitStateSummarySchema) },
  /** The visit with its new applicant, and that applicant's id (never guessed from the list's order). */
  addApplicant: {
    request: z.strictObject({ reference: referenceSchema, answers: answersSchema }),
    result: z.strictObject({ visit: visitSchema, applicantId: z.int().positive() }),
  },
  removeApplicant: { request: applicantRef, result: visitSchema },
  saveAnswers: { request: applicantRef.extend({ answers: answersSchema }), result: visitSchema },
  setPieceStatus: { request: applicantRef.extend({ pieceId: pieceIdSchema, status: pieceStatusSchema.nullable() }), result: visitSchema },
  receiptHtml: { request: ref, result: z.string() },
  receiptPdf: {
    request: ref.extend({ paper: z.enum(PAPER_IDS).optional() }),
    result: z.strictObject({ base64: z.base64(), bytes: z.int() }),
  },
  printReceipt: { request: ref, result: z.strictObject({ printed: z.boolean(), message: z.string() }) },
  ticketPdf: { request: ticket, result: z.strictObject({ base64: z.base64(), bytes: z.int() }) },
  /** Prints the kiosk ticket; once it is printed, the session is erased. */
  printTicket: { request: ticket, result: z.strictObject({ printed: z.boolean(), message: z.string() }) },
  /** Erases a kiosk session (a station visit is refused: retention decides). */
  endVisit: { request: ref, result: z.null() },
  // Counter: the system's printers to choose from, and a test page on the one chosen.
  listPrinters: { request: z.strictObject({}), result: z.array(z.string()) },
  printTestPage: {
    request: z.strictObject({ printer: z.string().trim().min(1).max(200), paper: z.enum(PAPER_IDS) }),
    result: z.strictObject({ printed: z.boolean(), message: z.string() }),
  },
  // ---- Kiosk ticket → station ----
  /** Opens a new station visit from a kiosk ticket's code (scanned or typed), every person's answers in place. */
  importTicket: { request: z.strictObject({ code: z.string().max(400) }), result: visitSchema },
  // ---- end kiosk ticket ----
  // ---- 2D-Doc (issue 17) ----
  /** The imported 2D-Doc trust bundle's date and size, or null when none is. */
  getTrustBundle: { request: z.strictObject({}), result: trustBundleStatusSchema.nullable() },
  /** Checks and keeps a trust bundle file's text (the old one stays when it is refused). */
  importTrustBundle: { request: z.strictObject({ text: z.string().max(4_000_000) }), result: trustBundleStatusSchema },
  /** Reads a scanned 2D-Doc on a proof-of-address piece: screen only, nothing stored. */
  readTwoDDoc: { request: twoDDocRequest, result: twoDDocReadingSchema },
  /** Reads it again and, when its signature is valid and its age accepted, ticks the piece as verified by 2D-Doc. */
  tickTwoDDoc: { request: twoDDocRequest, result: visitSchema },
  // ---- end 2D-Doc ----
  // ---- Faults (issue 16) ----
  /** What the host has to tell the agent about the machine (a damaged database set aside, a clock that jumped), in French. */
  getNotices: { request: z.strictObject({}), result: z.array(z.string()) },
  // ---- end faults ----
} as const;

export type Method = keyof typeof API;
export type Request<M extends Method> = z.input<(typeof API)[M]['request']>;
/** A request as the host reads it, once its schema has filled the defaults. */
export type ParsedRequest<M extends Method> = z.output<(typeof API)[M]['request']>;
export type Result<M extends Method> = z.output<(typeof API)[M]['result']>;
export const METHODS = Object.keys(API) as Method[];

/** How the host answers: a result, or an error with a French message for people and a code for programs. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };
export interface ApiErrorBody {
  /** `corrupted`: a stored row no longer matches its schema (edited by hand, damaged on disk); `field` names what. */
  code:
    | 'invalid-request'
    | 'not-found'
    | 'not-configured'
    | 'unknown-method'
    | 'forbidden'
    | 'corrupted'
    | 'internal'
    /** The machine's disk is full: nothing was written; the same call succeeds once space is freed. */
    | 'disk-full'
    /** The receipt renderer failed even once restarted: the PDF may still be saved from the preview. */
    | 'renderer-failed';
  message: string;
  field?: string;
}

/** The typed object the renderer uses (`window.kiosk` in spirit). */
export type HostApi = { [M in Method]: (request: Request<M>) => Promise<Result<M>> };
