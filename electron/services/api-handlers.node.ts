// Every API method, implemented on the services. Plain Node: the Electron
// glue and the browser host both call `dispatch`, which validates the
// request against the contract's schema before anything runs.
import {
  API,
  type Answers,
  type ApiErrorBody,
  type Envelope,
  type Method,
  type ParsedRequest,
  type Result,
  type Settings,
  type Visit,
} from '../common/contract.js';
import { evaluateAnswers, visitEvaluations } from '../common/applicant-evaluation.js';
import { relevantAnswers } from '../common/answers.js';
import { stateOfApplicant, visitState, type CheckState } from '../common/visit-state.js';
import { stationText as t } from '../common/messages/index.js';
import { hiddenVisit, refusal } from './access-policy.node.js';
import { ApiError, notFound } from './api-error.node.js';
import type { Clock } from './clock.node.js';
import { isDiskFull } from './disk-full.node.js';
import type { HostNotices } from './host-notices.node.js';
import { unusedReference } from './reference.node.js';
import type { PdfRenderer, Printer, RenderedPdf } from './receipt/pdf.node.js';
import { listCupsPrinters } from './receipt/cups-printer.node.js';
import { renderReceiptHtml, renderTestPageHtml } from './receipt/receipt-template.node.js';
import { renderTicketHtml } from './receipt/ticket-template.node.js';
import { describeRequestIssue } from './request-issue.node.js';
import { importTicket } from './ticket-import.node.js';
import type { SessionStore } from './store/session-store.node.js';
import { trustBundleHandlers, twoDDocHandlers } from './two-d-doc/handlers.node.js';
import { TrustStore } from './two-d-doc/trust-bundle.node.js';

export interface ServiceDeps {
  store: SessionStore;
  clock: Clock;
  pdf: PdfRenderer;
  printer: Printer;
  /** Serve a kiosk's settings as a station's, for this launch only. */
  forceStation?: boolean;
  /** The system's printer names (default: CUPS's `lpstat`). */
  listPrinters?: () => Promise<string[]>;
  /** The mode `npm run -s mode` asked for before any settings existed, taken by the first settings saved. */
  pendingMode?: { read(): Settings['mode'] | null; clear(): void };
  /** What the host has to tell the agent about the machine (getNotices). */
  notices?: HostNotices;
  /** Told of every dispatched call before its access check (the host learns its window is up). */
  onCall?: (method: Method) => void;
  /** The 2D-Doc trust bundle (default: in memory only, none imported). */
  trust?: TrustStore;
}

/** The access check `dispatch` runs before anything else (access-policy.node.ts); absent, every call is refused. */
export const ACCESS = Symbol('access');
export type Handlers = { [M in Method]: (request: ParsedRequest<M>) => Promise<Result<M>> | Result<M> } & {
  [ACCESS]?: (method: Method, request: unknown) => ApiErrorBody | null;
};

export function createApiHandlers(deps: ServiceDeps): Handlers {
  const { store, clock } = deps;

  /** The stored settings, seen as a station's when this launch forces it. */
  const currentSettings = (): Settings | null => {
    const stored = store.readSettings();
    return stored && deps.forceStation ? { ...stored, mode: 'station' } : stored;
  };
  /** A request reads the settings once (a snapshot) and hands it on: each read is a query and a schema check. */
  const configured = (current: Settings | null): Settings => {
    if (!current) throw new ApiError({ code: 'not-configured', message: t('error.notConfigured') });
    return current;
  };
  const settings = (): Settings => configured(currentSettings());
  /** A visit as this launch may see it: to a kiosk, a station visit is one that does not exist. */
  const visible = (reference: string, snapshot = currentSettings()): boolean =>
    !hiddenVisit(snapshot?.mode ?? 'station', store.visitMode(reference));
  const lookUp = (reference: string, snapshot = currentSettings()): Visit | null =>
    visible(reference, snapshot) ? store.getVisit(reference) : null;
  const visit = (reference: string, snapshot = currentSettings()): Visit => {
    const found = lookUp(reference, snapshot);
    if (!found) throw notFound(reference);
    return found;
  };
  /** Only kiosk sessions are printed as tickets and erased on request; station visits wait for retention. */
  const kioskOnly = (found: Visit): Visit => {
    if (found.mode !== 'kiosk') throw new ApiError({ code: 'forbidden', message: t('error.stationVisitKept') });
    return found;
  };
  /** A whole visit's state, judged as the visit screen and the receipt judge it. */
  const stateOf = (found: Visit, departement: string, productionDelayDays: number | null): CheckState =>
    visitState(visitEvaluations(found, departement, productionDelayDays).map((e) => stateOfApplicant(e.evaluation, e.applicant)));
  const asPdf = ({ pdf }: RenderedPdf) => ({ base64: pdf.toString('base64'), bytes: pdf.length });
  /** Refuses answers the rules reject, then keeps only those they still need: the host stores nothing more. */
  const checkedAnswers = (answers: Answers, depositDate: string, current: Settings): Answers => {
    const { departement, productionDelayDays } = current;
    const result = evaluateAnswers(answers, depositDate, departement, productionDelayDays);
    if (!result.ok)
      throw new ApiError({
        code: 'invalid-request',
        field: result.error.field,
        message: t('error.answerRefused', { field: result.error.field, reason: result.error.messageFr }),
      });
    // The evaluation that validated them names the answers it read: one evaluation per request.
    return relevantAnswers(answers, result.readFacts);
  };

  return {
    getSettings: currentSettings,
    saveSettings: ({ settings: next }) => {
      // Only a station's page gets here (the access policy refuses it on a kiosk), and the agent confirmed
      // « Borne » on the form: the form's mode is the deliberate act. A kiosk opened as a station for one
      // launch (DOSSIER_COMPLET_MODE=station) stays a kiosk: its form shows the launch's mode, not the stored one.
      const stored = store.readSettings();
      const mode = deps.forceStation ? (stored?.mode ?? next.mode) : stored ? next.mode : (deps.pendingMode?.read() ?? next.mode);
      store.writeSettings({ ...next, mode });
      deps.pendingMode?.clear();
      return currentSettings()!;
    },
    getToday: () => clock.today(),
    startVisit: () => {
      const { mode } = settings();
      const reference = unusedReference(store);
      store.createVisit({ reference, createdAt: clock.now().toISOString(), depositDate: clock.today(), mode });
      return visit(reference);
    },
    getVisit: ({ reference }) => lookUp(reference),
    listVisitStates: ({ depositDate }) => {
      const { departement, productionDelayDays } = settings();
      // The day read whole in three queries; a damaged visit is listed without a state rather than hiding the day.
      return store.visitsOn(depositDate ?? clock.today()).map(({ visit: found, ...summary }) => ({
        ...summary,
        state: found ? stateOf(found, departement, productionDelayDays) : null,
      }));
    },
    addApplicant: ({ reference, answers }) => {
      const snapshot = currentSettings();
      const { depositDate } = visit(reference, snapshot);
      const applicantId = store.addApplicant(reference, checkedAnswers(answers, depositDate, configured(snapshot)));
      if (applicantId === null) throw notFound(reference);
      return { visit: visit(reference, snapshot), applicantId };
    },
    removeApplicant: ({ reference, applicantId }) => {
      const snapshot = currentSettings();
      if (!visible(reference, snapshot) || !store.removeApplicant(reference, applicantId)) throw notFound(reference);
      return visit(reference, snapshot);
    },
    saveAnswers: ({ reference, applicantId, answers }) => {
      const snapshot = currentSettings();
      const { depositDate } = visit(reference, snapshot);
      if (!store.saveAnswers(reference, applicantId, checkedAnswers(answers, depositDate, configured(snapshot)))) throw notFound(reference);
      return visit(reference, snapshot);
    },
    setPieceStatus: ({ reference, applicantId, pieceId, status }) => {
      if (!store.setPieceStatus(reference, applicantId, pieceId, status)) throw notFound(reference);
      return visit(reference);
    },
    receiptHtml: ({ reference }) => {
      const snapshot = currentSettings();
      return renderReceiptHtml(visit(reference, snapshot), configured(snapshot));
    },
    receiptPdf: async ({ reference, paper }) => {
      const current = settings();
      return asPdf(await deps.pdf.render(await renderReceiptHtml(visit(reference, current), current, paper), paper ?? current.paper));
    },
    printReceipt: async ({ reference }) => {
      const current = settings();
      return deps.printer.print(await renderReceiptHtml(visit(reference, current), current), current.paper, current.printer);
    },
    ticketPdf: async ({ reference, locale, who }) => {
      const current = settings();
      return asPdf(
        await deps.pdf.render(await renderTicketHtml(kioskOnly(visit(reference, current)), current, locale, who), current.paper),
      );
    },
    printTicket: async ({ reference, locale, who }) => {
      const current = settings();
      const result = await deps.printer.print(
        await renderTicketHtml(kioskOnly(visit(reference, current)), current, locale, who),
        current.paper,
        current.printer,
      );
      // Once printed, the ticket ends the session; a failed print leaves it, so the person can try again.
      if (result.printed) store.deleteKioskVisit(reference);
      return result;
    },
    endVisit: ({ reference }) => {
      const found = lookUp(reference);
      // Already gone (printed, or purged) is fine: the session is over either way.
      if (found) store.deleteKioskVisit(kioskOnly(found).reference);
      return null;
    },
    listPrinters: () => (deps.listPrinters ?? listCupsPrinters)(),
    // Before the settings are saved: the test uses the printer and paper being chosen, not the stored ones.
    printTestPage: ({ printer, paper }) => deps.printer.print(renderTestPageHtml(currentSettings(), paper), paper, printer),
    [ACCESS]: (method, request) => {
      deps.onCall?.(method);
      return refusal(method, request, { mode: currentSettings()?.mode ?? 'station' });
    },
    importTicket: ({ code }) => importTicket(code, { store, clock, settings: settings() }),
    ...trustBundleHandlers(deps.trust ?? new TrustStore(null), clock),
    ...twoDDocHandlers({ store, clock, trust: deps.trust ?? new TrustStore(null), visit }),
    getNotices: () => deps.notices?.list() ?? [],
  };
}

/** Validates a request, runs the method, and wraps the outcome; never throws. */
export async function dispatch(handlers: Handlers, method: string, request: unknown): Promise<Envelope<unknown>> {
  if (!Object.hasOwn(API, method)) return { ok: false, error: { code: 'unknown-method', message: t('error.unknownMethod', { method }) } };
  let refused: ApiErrorBody | null;
  try {
    // The access check reads the stored settings, which may be corrupted: reported like any handler's error.
    refused = handlers[ACCESS] ? handlers[ACCESS](method as Method, request) : { code: 'forbidden', message: t('error.forbidden') };
  } catch (error) {
    return failure(method, error);
  }
  if (refused) return { ok: false, error: refused };
  const schema = API[method as Method].request;
  const parsed = schema.safeParse(request ?? {});
  if (!parsed.success) {
    const { field, messageFr } = describeRequestIssue(parsed.error.issues[0]!);
    return {
      ok: false,
      error: { code: 'invalid-request', field, message: t('error.requestRefused', { field: field || 'requête', reason: messageFr }) },
    };
  }
  try {
    const handler = handlers[method as Method] as (r: unknown) => Promise<unknown> | unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return failure(method, error);
  }
}

/** An ApiError as its own answer; anything else logged and answered as `internal`. */
function failure(method: string, error: unknown): Envelope<unknown> {
  if (error instanceof ApiError) return { ok: false, error: error.body };
  // Nothing was written (SQLite rolled the statement back, the file was not made): the same call succeeds once space is back.
  if (isDiskFull(error)) {
    console.error(`[api] ${method}: disk full`);
    const output = /^(print|receipt|ticket)/.test(method);
    return { ok: false, error: { code: 'disk-full', message: t(output ? 'fault.diskFull.receipt' : 'fault.diskFull') } };
  }
  console.error(`[api] ${method} failed:`, error);
  return { ok: false, error: { code: 'internal', message: t('error.internal') } };
}
