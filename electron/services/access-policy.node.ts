// Authorisation by mode, on the host: which station modes answer each API
// method. A lobby kiosk answers only what its own screens use, on its own
// sessions; whatever its page sends, the station's methods are refused.
import type { ApiErrorBody, Method, Visit } from '../common/contract.js';
import { stationText as t } from '../common/messages/index.js';

export type HostMode = Visit['mode'];
export type MethodModes = Partial<Record<Method, readonly HostMode[]>>;

const BOTH = ['station', 'kiosk'] as const;
const STATION = ['station'] as const;
const KIOSK = ['kiosk'] as const;

/**
 * The one table. It names every method, so a new method does not compile
 * until someone decides where it may run; a table without a method (as a
 * test may pass) refuses it in every mode (default deny).
 */
export const METHOD_MODES: Record<Method, readonly HostMode[]> = {
  getSettings: BOTH,
  saveSettings: STATION,
  getToday: BOTH,
  startVisit: BOTH,
  getVisit: BOTH,
  listVisitStates: STATION,
  addApplicant: BOTH,
  removeApplicant: BOTH,
  saveAnswers: BOTH,
  setPieceStatus: STATION,
  receiptHtml: STATION,
  receiptPdf: STATION,
  printReceipt: STATION,
  ticketPdf: KIOSK,
  printTicket: KIOSK,
  endVisit: KIOSK,
  listPrinters: STATION,
  printTestPage: STATION,
  importTicket: STATION,
  // 2D-Doc (issue 17): the counter's verification and its trust bundle; never on a kiosk.
  getTrustBundle: STATION,
  importTrustBundle: STATION,
  readTwoDDoc: STATION,
  tickTwoDDoc: STATION,
  getNotices: STATION,
};

export interface AccessContext {
  /** The mode this launch runs in (the stored one, or station when the launch forces it). */
  mode: HostMode;
}

/**
 * Whether a visit is, to this launch, a visit that does not exist. A kiosk touches only kiosk
 * sessions, and a station visit's reference must answer exactly as an unknown one (the handlers
 * read visits through this): refusing it instead would tell the lobby which references are in use.
 */
export function hiddenVisit(launchMode: HostMode, visitMode: HostMode | null): boolean {
  return launchMode === 'kiosk' && visitMode === 'station';
}

/** Why the host refuses this call in this mode, or null when it may run. Read before the request's schema. */
export function refusal(method: Method, _request: unknown, context: AccessContext, table: MethodModes = METHOD_MODES): ApiErrorBody | null {
  const modes = Object.hasOwn(table, method) ? table[method]! : [];
  if (!modes.includes(context.mode)) {
    return { code: 'forbidden', message: t(context.mode === 'kiosk' ? 'error.kioskRefused' : 'error.stationRefused', { method }) };
  }
  return null;
}
