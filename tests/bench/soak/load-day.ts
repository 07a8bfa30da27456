// One simulated day at a busy mairie, over HTTP as the pages send it: four
// counter stations and the lobby kiosk at once. The day is cut in slots; in
// each, every station takes one visit (one to four applicants, each answer
// typed as its own call, every piece ticked, the receipt's PDF, the home
// list), reopens one visit in five from an earlier slot by its reference,
// and imports the tickets the kiosk printed in the slot before; the kiosk
// runs its sessions, one in three ended by inactivity (erased, no ticket).
import { performance } from 'node:perf_hooks';
import type { Answers, Envelope, Visit } from '../../../electron/common/contract.js';
import { evaluateAnswers } from '../../../electron/common/applicant-evaluation.js';
import { encodeTicket } from '../../../electron/common/ticket-code.js';

export interface DayLoad {
  stations: number;
  visitsPerStation: number;
  kioskSessions: number;
}
export interface DayResult {
  latencies: number[];
  pdfLatencies: number[];
  errors: string[];
  visits: number;
  imports: number;
}
export type Call = <T>(method: string, request: unknown) => Promise<Envelope<T>>;

/** An API over HTTP, as the browser host's page calls it; every call timed. */
export function httpApi(url: string, token: string, latencies: number[]): Call {
  return async <T>(method: string, request: unknown): Promise<Envelope<T>> => {
    const t0 = performance.now();
    try {
      const response = await fetch(`${url}api/${method}`, {
        method: 'POST',
        body: JSON.stringify(request),
        headers: { 'X-Api-Token': token },
      });
      if (response.status !== 200) return { ok: false, error: { code: 'internal', message: `HTTP ${response.status}` } };
      return (await response.json()) as Envelope<T>;
    } catch (error) {
      return { ok: false, error: { code: 'internal', message: String(error) } };
    } finally {
      latencies.push(performance.now() - t0);
    }
  };
}

/** A small deterministic generator (mulberry32): the same week each run. */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs one day. `moveClock(slot)` sets both hosts' clocks to that slot's
 * time before it runs; `profiles` are whole answer sets, typed field by field.
 */
export async function runDay(options: {
  load: DayLoad;
  station: Call;
  kiosk: Call;
  stationPdf: Call;
  profiles: readonly Answers[];
  random: () => number;
  moveClock: (slot: number, slots: number) => Promise<void>;
  departement: string;
}): Promise<DayResult> {
  const { load, station, kiosk, stationPdf, profiles, random } = options;
  const result: DayResult = { latencies: [], pdfLatencies: [], errors: [], visits: 0, imports: 0 };
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const must = async <T>(call: Call, method: string, request: unknown): Promise<T | null> => {
    const envelope = await call<T>(method, request);
    if (envelope.ok) return envelope.value;
    result.errors.push(`${method}: ${envelope.error.code} ${envelope.error.message}`);
    return null;
  };

  /** Adds an applicant with their titles, then types each other answer as its own call, as the counter saves them. */
  const typeApplicant = async (call: Call, reference: string, answers: Answers): Promise<number | null> => {
    const added = await must<{ applicantId: number }>(call, 'addApplicant', { reference, answers: { titles: answers.titles } });
    if (!added) return null;
    let typed: Answers = { titles: answers.titles };
    for (const [key, value] of Object.entries(answers)) {
      if (key === 'titles') continue;
      typed = { ...typed, [key]: value };
      await must(call, 'saveAnswers', { reference, applicantId: added.applicantId, answers: typed });
    }
    return added.applicantId;
  };

  /** Ticks each applicant's pieces as the agent does: most presented, some missing. */
  const tickPieces = async (visit: Visit, depositDate: string) => {
    for (const applicant of visit.applicants) {
      const evaluated = evaluateAnswers(applicant.answers, depositDate, options.departement);
      if (!evaluated.ok) continue;
      for (const { id: pieceId } of evaluated.evaluation.pieces) {
        const status = random() < 0.85 ? 'presented' : 'missing';
        await must(station, 'setPieceStatus', { reference: visit.reference, applicantId: applicant.id, pieceId, status });
      }
    }
  };

  const counterVisit = async (done: string[]) => {
    const started = await must<Visit>(station, 'startVisit', {});
    if (!started) return;
    const count = 1 + Math.floor(random() * 4);
    for (let i = 0; i < count; i += 1) await typeApplicant(station, started.reference, pick(profiles));
    const visit = await must<Visit>(station, 'getVisit', { reference: started.reference });
    if (visit) await tickPieces(visit, visit.depositDate);
    const t0 = performance.now();
    await must(stationPdf, 'receiptPdf', { reference: started.reference });
    result.pdfLatencies.push(performance.now() - t0);
    await must(station, 'listVisitStates', {});
    done.push(started.reference);
    result.visits += 1;
  };

  /** A visit of an earlier slot, found again by its reference: the person is back with a missing piece. */
  const reopen = async (reference: string) => {
    const visit = await must<Visit>(station, 'getVisit', { reference });
    const applicant = visit?.applicants.find((a) => Object.values(a.checks).includes('missing'));
    const missing = applicant && Object.entries(applicant.checks).find(([, status]) => status === 'missing')?.[0];
    if (applicant && missing)
      await must(station, 'setPieceStatus', { reference, applicantId: applicant.id, pieceId: missing, status: 'presented' });
    await must(station, 'listVisitStates', {});
  };

  /** One lobby session: the person's answers, then a ticket, or nothing when they walk away. */
  const kioskSession = async (tickets: string[]) => {
    const started = await must<Visit>(kiosk, 'startVisit', {});
    if (!started) return;
    const people = 1 + Math.floor(random() * 3);
    for (let i = 0; i < people; i += 1) await typeApplicant(kiosk, started.reference, pick(profiles));
    if (random() < 1 / 3) {
      // Inactivity: the page asks, nobody answers, the session is erased.
      await must(kiosk, 'endVisit', { reference: started.reference });
      return;
    }
    const visit = await must<Visit>(kiosk, 'getVisit', { reference: started.reference });
    const ticket = await must(kiosk, 'ticketPdf', {
      reference: started.reference,
      locale: 'fr',
      who: visit?.applicants.map(() => 'me') ?? [],
    });
    await must(kiosk, 'endVisit', { reference: started.reference });
    // The code the ticket's QR carries (renderTicketHtml encodes the same answers).
    if (ticket && visit && visit.applicants.length > 0) tickets.push(encodeTicket(visit.applicants.map((a) => a.answers)));
  };

  const importTicket = async (code: string) => {
    const visit = await must<Visit>(station, 'importTicket', { code });
    if (!visit) return;
    result.imports += 1;
    await tickPieces(visit, visit.depositDate);
  };

  const slots = load.visitsPerStation;
  const done: string[][] = Array.from({ length: load.stations }, () => []);
  let printed: string[] = [];
  let kioskLeft = load.kioskSessions;
  for (let slot = 0; slot < slots; slot += 1) {
    await options.moveClock(slot, slots);
    const sessions = Math.round(kioskLeft / (slots - slot));
    kioskLeft -= sessions;
    const toImport = printed;
    printed = [];
    await Promise.all([
      ...done.map(async (ownDone, s) => {
        await counterVisit(ownDone);
        // One visit in five comes back later the same day.
        if (ownDone.length > 1 && random() < 0.2) await reopen(ownDone[Math.floor(random() * (ownDone.length - 1))]!);
        for (const code of toImport.filter((_, i) => i % load.stations === s)) await importTicket(code);
      }),
      (async () => {
        for (let i = 0; i < sessions; i += 1) await kioskSession(printed);
      })(),
    ]);
  }
  for (const code of printed) await importTicket(code);
  return result;
}
