// One source for every figure: no amount, duration, age or date
// is written into a label, a reason or a warning except from the dated
// parameter in force; a decree that changes a parameter changes every
// sentence that states it.
import { afterEach, describe, expect, it } from 'vitest';
import {
  evaluate,
  figuresAt,
  frenchDate,
  parseFacts,
  photoCriteria,
  type Evaluation,
  type Facts,
  type ReasonValues,
} from '../../rules/index.js';
import type { DatedValue, Parameter } from '../../rules/parameters/parameter.js';
import { forgetFigures } from '../../rules/figures.js';
import { passportAdultFee, temporaryPassport } from '../../rules/parameters/fees.js';
import {
  ages,
  cniCardFormat,
  documentMaxAge,
  passportValidityYears,
  photoFormat,
  productionDelayDays,
  recentTitleYears,
  retrievalMonths,
  securePassportIssuedFrom,
} from '../../rules/parameters/policies.js';
import { explain, formatReason } from '../../electron/common/messages/reasons.js';
import type { Answers, Visit } from '../../electron/common/contract.js';
import { withFigures } from '../../electron/common/figure-values.js';
import { kioskSummary } from '../../electron/common/kiosk-summary.js';
import { stationText, translator, type Locale } from '../../electron/common/messages/index.js';
import { renderReceiptHtml } from '../../electron/services/receipt/receipt-template.node.js';
import { renderTicketHtml } from '../../electron/services/receipt/ticket-template.node.js';
import { STATION_SETTINGS } from '../support/fixtures.js';
import { observedEvaluations } from './observed.js';

/** Reviewed: form numbers are names, not figures. */
const ALLOWED = [/cerfa \d+\*\d+/g];
const tokens = (text: string) => ALLOWED.reduce((t, re) => t.replace(re, ''), text).match(/\d+(?:,\d+)?/g) ?? [];

/** The digit groups a value may show: a number (and its French euro form), an ISO date's day, month and year. */
function shown(values: ReasonValues | Record<string, unknown>): Set<string> {
  const out = new Set<string>();
  for (const v of Object.values(values)) {
    if (typeof v === 'number') {
      out.add(String(v));
      out.add(v.toFixed(2).replace('.', ','));
    }
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) for (const part of frenchDate(v).split('/')) out.add(part);
  }
  return out;
}

function strayFigures(today: string, ev: Evaluation): string[] {
  const figures = shown(figuresAt(today) as unknown as Record<string, unknown>);
  const fees = shown(Object.fromEntries(ev.fees.map((f) => [f.title, f.amount])));
  const stray: string[] = [];
  for (const p of ev.pieces) {
    const fromValues = new Set(p.explanations.flatMap((e) => [...shown(e.values)]));
    for (const n of tokens(p.reason)) if (!fromValues.has(n)) stray.push(`${p.id} reason: ${n} in "${p.reason}"`);
    for (const n of tokens(p.label)) if (!figures.has(n) && !fees.has(n)) stray.push(`${p.id} label: ${n} in "${p.label}"`);
    for (const n of tokens(p.condition ?? '')) stray.push(`${p.id} condition: ${n}`);
  }
  for (const w of ev.warnings) {
    const fromValues = shown(w.values);
    for (const n of tokens(w.message)) if (!fromValues.has(n)) stray.push(`${w.id}: ${n} in "${w.message}"`);
  }
  return stray;
}

describe('figures in what rules/ writes', () => {
  it('every figure in a label, a reason or a warning is a value or a parameter in force', () => {
    const stray = new Set<string>();
    for (const { today, evaluation } of observedEvaluations(5)) for (const s of strayFigures(today, evaluation)) stray.add(s);
    expect([...stray].slice(0, 10)).toEqual([]);
    // CPU only: 9 s idle, 150 s on a 2-core machine at load 40 (issue 20); the bound is for a hung run.
  }, 600_000);

  it('the photo criteria state the photo parameters', () => {
    const f = figuresAt('2026-06-15');
    const allowed = shown(f as unknown as Record<string, unknown>);
    for (const line of photoCriteria(f)) for (const n of tokens(line)) expect(allowed.has(n), line).toBe(true);
  });
});

// A decree, as the tests write one: a new dated value from 2027-01-01.
const DECREE = '2027-01-01';
const added: Parameter<unknown>[] = [];
function decree<T>(parameter: Parameter<T>, value: (old: T) => T): void {
  const values = parameter.values as DatedValue<T>[];
  values.push({ ...values.at(-1)!, from: DECREE, value: value(values.at(-1)!.value) });
  added.push(parameter as Parameter<unknown>);
  forgetFigures();
}
afterEach(() => {
  for (const p of added.splice(0)) (p.values as DatedValue<unknown>[]).pop();
  forgetFigures();
});

function run(facts: Record<string, unknown>): Evaluation {
  const parsed = parseFacts(
    { today: DECREE, territory: 'general', residence: 'own', usageName: 'none', preApplication: false, ...facts },
    DECREE,
  );
  if (!parsed.ok) throw new Error(parsed.error.message);
  return evaluate(parsed.facts as Facts);
}
const piece = (ev: Evaluation, id: string) => ev.pieces.find((p) => p.id === id)!;

describe('a parameter changed by decree changes every text that states it', () => {
  const firstCni = {
    titles: ['cni'],
    birthDate: '1980-01-01',
    currentCni: { status: 'none' },
    currentPassport: { status: 'none' },
    birthRecordDematerialized: false,
    nationalityProvenByBirthRecord: true,
  };

  it('the maximum ages of the pieces and the hosting duration', () => {
    decree(documentMaxAge, (v) => ({ ...v, addressProofMonths: 6, birthCertificateMonths: 2, photoMonths: 4, hostingMonths: 5 }));
    const own = run(firstCni);
    expect(piece(own, 'proof-of-address').label).toBe('Justificatif de domicile de moins de 6 mois');
    expect(piece(own, 'proof-of-address').reason).toContain('moins de 6 mois');
    expect(formatReason('fr', piece(own, 'proof-of-address').reasonId, piece(own, 'proof-of-address').values)).toContain(
      'moins de 6\u00a0mois'.replace('\u00a0', ' '),
    );
    expect(piece(own, 'birth-certificate').label).toContain('moins de 2 mois');
    expect(piece(own, 'birth-certificate').reason).toContain('moins de 2 mois');
    expect(piece(own, 'photo').reason).toContain('moins de 4 mois');
    expect(photoCriteria(figuresAt(DECREE))[0]).toContain('4 mois');
    const hosted = run({ ...firstCni, residence: 'hosted' });
    expect(piece(hosted, 'host-attestation').reason).toContain('plus de 5 mois');
    expect(piece(hosted, 'host-proof-of-address').label).toContain('moins de 6 mois');
    expect(figuresAt(DECREE)).toMatchObject({
      addressProofMaxAgeMonths: 6,
      birthCertificateMaxAgeMonths: 2,
      photoMonths: 4,
      hostingMinMonths: 5,
    });
    expect(figuresAt('2026-12-31').addressProofMaxAgeMonths).toBe(12);
  });

  it('the photo format', () => {
    decree(photoFormat, () => ({ widthMm: 40, heightMm: 50, faceMinMm: 30, faceMaxMm: 34 }));
    expect(piece(run(firstCni), 'photo').reason).toContain('40 × 50 mm');
    expect(photoCriteria(figuresAt(DECREE))[1]).toBe('Format 40 × 50 mm, visage de 30 à 34 mm du menton au haut du crâne');
  });

  it('the stamp amount, in the label and the reason', () => {
    decree(passportAdultFee, (v) => ({ ...v, general: 99 }));
    const ev = run({
      titles: ['passport'],
      birthDate: '1980-01-01',
      currentPassport: { status: 'none' },
      currentCni: { status: 'held', expiry: '2030-01-01' },
    });
    expect(ev.totalFee).toBe(99);
    expect(piece(ev, 'tax-stamp').label).toBe('Timbre fiscal de 99 € (passeport)');
    // The reason is the catalog's ICU currency, written as the label writes it: whole euros, no-break space.
    expect(piece(ev, 'tax-stamp').reason).toMatch(/^Passeport\s?: 99[\u00a0\u202f]€\./);
  });

  it('the years a title stays good as proof', () => {
    decree(recentTitleYears, () => 4);
    const ev = run({ ...firstCni, currentPassport: { status: 'held', expiry: '2022-06-01' } });
    expect(piece(ev, 'birth-certificate').reason).toContain('moins de 4 ans');
  });

  it('the retrieval period and the production delay move the last retrieval day', () => {
    decree(retrievalMonths, () => 2);
    decree(productionDelayDays, () => 45);
    // 2027-01-01 + 45 days = 2027-02-15; + 2 months = 2027-04-15.
    const ev = run({
      titles: ['passport'],
      birthDate: '2015-04-15',
      parentalAuthority: 'joint',
      currentPassport: { status: 'none' },
      currentCni: { status: 'none' },
      birthRecordDematerialized: true,
      nationalityProvenByBirthRecord: true,
    });
    const warning = ev.warnings.find((w) => w.id === 'age-band-changes-before-retrieval')!;
    expect(warning.message).toContain('le 15/04/2027, 2 mois après la mise à disposition estimée au 15/02/2027');
    expect(warning.values).toMatchObject({ lastDay: '2027-04-15', available: '2027-02-15', months: 2, delayDays: 45 });
    expect(figuresAt(DECREE)).toMatchObject({ retrievalMonths: 2, productionDelayDays: 45 });
    const later = run({
      titles: ['passport'],
      birthDate: '2015-04-16',
      parentalAuthority: 'joint',
      currentPassport: { status: 'none' },
      currentCni: { status: 'none' },
      birthRecordDematerialized: true,
      nationalityProvenByBirthRecord: true,
    });
    expect(later.warnings.map((w) => w.id)).not.toContain('age-band-changes-before-retrieval');
  });

  it('the validity a paid renewal would give', () => {
    decree(passportValidityYears, () => ({ adult: 12, minor: 6 }));
    const ev = run({
      titles: ['passport'],
      birthDate: '1980-01-01',
      currentPassport: { status: 'held', expiry: '2030-01-01' },
      passportPagesFull: true,
      nameChanged: false,
    });
    const warning = ev.warnings.find((w) => w.id === 'keeps-previous-expiry')!;
    expect(warning.message).toContain('valable 12 ans');
    expect(formatReason('en', warning.reasonId, warning.values)).toContain('12 years');
  });
});

/** What a person reads on a receipt or a ticket: tags, styles and QR codes removed, entities read back. */
const printedText = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/\s+/g, ' ');
const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('a decree changes the kiosk, the station and the receipt as well', () => {
  const child = {
    titles: ['passport'],
    birthDate: '2015-04-15',
    parentalAuthority: 'joint',
    currentPassport: { status: 'none' },
    currentCni: { status: 'none' },
    birthRecordDematerialized: false,
    nationalityProvenByBirthRecord: true,
    residence: 'own',
    usageName: 'none',
    preApplication: false,
  } as const;
  const visit = (depositDate: string): Visit => ({
    reference: 'K7Q-4MZ',
    createdAt: `${depositDate}T08:30:00.000Z`,
    depositDate,
    mode: 'station',
    applicants: [{ id: 1, answers: child as unknown as Answers, checks: {} }],
  });
  const kiosk = (locale: Locale, today: string) => withFigures(translator(locale), today);

  it('the retrieval period: the kiosk line, the ticket and the receipt', async () => {
    const before = {
      kiosk: kiosk('fr', DECREE)('result.retrieval'),
      receipt: printedText(await renderReceiptHtml(visit(DECREE), STATION_SETTINGS)),
    };
    expect(before.kiosk).toBe('Le titre est à retirer à la mairie dans les 3 mois.');
    decree(retrievalMonths, () => 2);
    expect(kiosk('fr', DECREE)('result.retrieval')).toBe('Le titre est à retirer à la mairie dans les 2 mois.');
    expect(kiosk('en', DECREE)('result.retrieval')).toContain('2 months');
    expect(kiosk('fr', '2026-12-31')('result.retrieval')).toContain('3 mois');
    const receipt = nbsp(printedText(await renderReceiptHtml(visit(DECREE), STATION_SETTINGS)));
    expect(receipt).not.toEqual(nbsp(before.receipt));
    expect(receipt).toMatch(/dans les 2 mois/);
    const ticket = nbsp(printedText(await renderTicketHtml(visit(DECREE), { ...STATION_SETTINGS, mode: 'kiosk' }, 'en', ['child'])));
    expect(ticket).toContain('dans les 2 mois');
    expect(ticket).toContain('2 months');
  });

  it("a piece's maximum age: the kiosk label and why, the station's why and the receipt", async () => {
    decree(documentMaxAge, (v) => ({ ...v, photoMonths: 4, birthCertificateMonths: 2 }));
    expect(kiosk('fr', DECREE)('piece.photo')).toBe('Une photo d’identité de moins de 4 mois, aux normes');
    expect(kiosk('ar', DECREE)('piece.birth-certificate')).not.toBe(kiosk('ar', '2026-12-31')('piece.birth-certificate'));
    const ev = run(child);
    // The station's checklist and the kiosk read the same catalog sentence.
    expect(nbsp(explain('fr', piece(ev, 'photo'), piece(ev, 'photo').reason))).toContain('moins de 4 mois');
    const why = kioskSummary(ev, 'child', 0, kiosk('en', DECREE), 'en').bring.find((p) => p.id === 'birth-certificate')!.why;
    expect(why).toContain('less than 2 months');
    const receipt = nbsp(printedText(await renderReceiptHtml(visit(DECREE), STATION_SETTINGS)));
    expect(receipt).toContain('moins de 4 mois');
    expect(receipt).toContain('moins de 2 mois');
  });

  it('the age of fingerprints: the station band and the receipt', async () => {
    decree(ages, (v) => ({ ...v, fingerprints: 11 }));
    const band = (today: string) => stationText('summary.band.under-12', { fingerprintsAge: figuresAt(today).fingerprintsAge });
    expect(band(DECREE)).toBe('moins de 11 ans');
    expect(band('2026-12-31')).toBe('moins de 12 ans');
    const young = {
      ...visit(DECREE),
      applicants: [{ id: 1, answers: { ...child, birthDate: '2019-01-01' } as unknown as Answers, checks: {} }],
    };
    expect(nbsp(printedText(await renderReceiptHtml(young, STATION_SETTINGS)))).toContain('non (moins de 11 ans)');
  });

  it("the temporary passport's stamp and validity, on the kiosk's welcome", () => {
    expect(nbsp(kiosk('fr', DECREE)('welcome.scope'))).toContain('(30 €, valable 1 an)');
    decree(temporaryPassport, () => ({ fee: 35, validityYears: 2 }));
    expect(nbsp(kiosk('fr', DECREE)('welcome.scope'))).toContain('(35 €, valable 2 ans)');
    expect(kiosk('en', DECREE)('welcome.scope')).toContain('€35, valid 2 years');
    expect(kiosk('ar', DECREE)('welcome.scope')).toContain('35');
  });

  it("the electronic passport's first year, in the kiosk's example", () => {
    decree(securePassportIssuedFrom, () => '2007-01-01');
    expect(kiosk('fr', DECREE)('q.currentPassport.secure.example')).toContain('depuis 2007');
    expect(withFigures(stationText, DECREE)('q.currentPassport.secure.help')).toContain('depuis 2007');
  });

  it("the card-format CNI's first year, in the station's choice", () => {
    const choice = (today: string) => withFigures(stationText, today)('q.currentCni.format.card');
    expect(choice(DECREE)).toContain('depuis 2021');
    decree(cniCardFormat, (v) => ({ ...v, issuedFrom: '2022-03-01' }));
    expect(choice(DECREE)).toContain('depuis 2022');
  });
});
