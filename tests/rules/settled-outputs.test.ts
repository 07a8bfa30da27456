import { describe, expect, it } from 'vitest';
import { evaluate, type Evaluation, type FactKey, type Facts } from '../../rules/index.js';
import { completeDossiers, SPACE_SIZE, SPACE_TODAY } from './space.js';

/**
 * Issue 18.1: each output of the evaluation carries its own open questions
 * and is shown as soon as they are answered. Walking every dossier of the
 * threshold space in question order (as the counter and the kiosk ask),
 * any output settled before the end must equal the one at the end: a figure
 * shown early is never taken back.
 */
type Output = 'requests' | 'fee.cni' | 'fee.passport' | 'totalFee' | 'minor' | 'pieces' | 'warnings';

/** The settled outputs of one evaluation, each as text to compare. */
function settled(ev: Evaluation): Map<Output, string> {
  const out = new Map<Output, string>();
  if (ev.open.requests.length === 0) out.set('requests', JSON.stringify(ev.requests));
  for (const title of ['cni', 'passport'] as const) {
    const waits = ev.open.fees[title];
    if (waits && waits.length === 0) out.set(`fee.${title}`, JSON.stringify(ev.fees.find((f) => f.title === title)));
  }
  if (ev.open.totalFee.length === 0) out.set('totalFee', JSON.stringify([ev.totalFee, ev.fees]));
  if (ev.open.minor.length === 0) out.set('minor', JSON.stringify([ev.minor, ev.applicant]));
  if (ev.open.pieces.length === 0) out.set('pieces', JSON.stringify(ev.pieces));
  if (ev.open.warnings.length === 0) out.set('warnings', JSON.stringify(ev.warnings));
  return out;
}

/** What must hold of the open lists of any evaluation, complete or not. */
function brokenOpenLists(ev: Evaluation): string[] {
  const broken: string[] = [];
  const lists: [string, FactKey[]][] = [
    ['requests', ev.open.requests],
    ...Object.entries(ev.open.fees).map(([title, keys]): [string, FactKey[]] => [`fees.${title}`, keys ?? []]),
    ['totalFee', ev.open.totalFee],
    ['minor', ev.open.minor],
    ['pieces', ev.open.pieces],
    ['warnings', ev.open.warnings],
  ];
  for (const [name, keys] of lists) {
    const stray = keys.filter((key) => !ev.questions.includes(key));
    if (stray.length > 0) broken.push(`${name} waits on ${stray.join(', ')}, not among the questions`);
  }
  for (const [title, keys] of Object.entries(ev.open.fees))
    if ((keys!.length === 0) !== ev.fees.some((f) => f.title === title)) broken.push(`fee ${title} listed ⇔ settled`);
  if (ev.complete && lists.some(([, keys]) => keys.length > 0)) broken.push('complete, yet an output waits');
  return broken;
}

function read(facts: Facts, key: string): unknown {
  return key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], facts);
}

function write(facts: Record<string, unknown>, key: string, value: unknown): void {
  const [head, tail] = key.split('.') as [string, string | undefined];
  if (tail === undefined) facts[head] = value;
  else facts[head] = { ...(facts[head] as object | undefined), [tail]: value };
}

/** What a walk keeps of each partial dossier it meets: its settled outputs as text, once. */
interface Step {
  complete: boolean;
  next: FactKey | undefined;
  questions: string;
  outputs: Map<Output, string>;
  broken: string[];
}

/** The steps of a walk, in order, the last one complete. */
function walk(full: Facts, stepOf: (facts: Facts, path: string) => Step): Step[] {
  // The deposit date and the station's production delay are settings, known before any question.
  const facts: Record<string, unknown> = { today: full.today, productionDelayDays: full.productionDelayDays };
  // The answers given so far, in order: the same path is the same partial dossier.
  let path = `${full.today}|${full.productionDelayDays}`;
  const steps: Step[] = [];
  for (let count = 0; count < 40; count += 1) {
    const step = stepOf(facts as unknown as Facts, path);
    steps.push(step);
    if (step.complete) return steps;
    const key = step.next!;
    // A stolen passport's printed expiry is not asked, but a person who gave it knows the answer it settles.
    const value = read(full, key) ?? (key === 'currentPassport.secure' ? full.currentPassport?.expiry !== undefined : undefined);
    if (value === undefined) throw new Error(`${JSON.stringify(full)} has no answer for ${key}`);
    write(facts, key, value);
    path += `|${key}=${JSON.stringify(value)}`;
  }
  throw new Error(`the questions never ended for ${JSON.stringify(full)}`);
}

describe('each output settles once, and for good', () => {
  it(`walking every dossier of the threshold space (${SPACE_SIZE}), an output shown early equals the final one`, () => {
    // Walks share their first steps: each partial dossier is evaluated once.
    const memo = new Map<string, Step>();
    const stepOf = (facts: Facts, path: string): Step => {
      let step = memo.get(path);
      if (!step) {
        const ev = evaluate(facts);
        step = {
          complete: ev.complete,
          next: ev.questions[0],
          questions: ev.questions.join(','),
          outputs: settled(ev),
          broken: brokenOpenLists(ev),
        };
        memo.set(path, step);
      }
      return step;
    };
    const failures: string[] = [];
    const early = new Map<Output, number>();
    let walks = 0;
    for (const full of completeDossiers()) {
      walks += 1;
      const steps = walk(full, stepOf);
      const final = steps[steps.length - 1]!.outputs;
      for (const step of steps) {
        for (const broken of step.broken) if (failures.length < 8) failures.push(`${JSON.stringify(full)} at ${step.questions}: ${broken}`);
        if (step.complete) continue;
        for (const [output, text] of step.outputs) {
          early.set(output, (early.get(output) ?? 0) + 1);
          if (text !== final.get(output) && failures.length < 8)
            failures.push(
              `${output} shown as ${text} before ${step.questions}, ${final.get(output)} at the end, for ${JSON.stringify(full)}`,
            );
        }
      }
    }
    expect(failures).toEqual([]);
    expect(walks).toBe(SPACE_SIZE);
    // Not vacuous: these settle before the end on some walks (the pieces wait on the last questions).
    for (const output of ['requests', 'fee.cni', 'fee.passport', 'totalFee', 'minor'] as const)
      expect(early.get(output) ?? 0, output).toBeGreaterThan(0);
  }, 900_000);

  it('a minor’s first passport: the stamp is known before the household questions (issue 18)', () => {
    const ev = evaluate({
      today: SPACE_TODAY,
      territory: 'general',
      titles: ['passport'],
      birthDate: '2010-03-01',
      currentPassport: { status: 'none' },
    });
    expect(ev.complete).toBe(false);
    expect(ev.questions).toContain('preApplication');
    expect(ev.open.fees.passport).toEqual([]);
    expect(ev.open.totalFee).toEqual([]);
    expect(ev.fees).toEqual([{ title: 'passport', amount: 42, currency: 'EUR' }]);
    expect(ev.open.minor).toEqual([]);
    expect(ev.minor?.signer).toBe('child-or-parent');
    expect(ev.open.pieces.length).toBeGreaterThan(0);
  });

  it('an output waits on the facts it reads, named in question order', () => {
    const ev = evaluate({ today: SPACE_TODAY, territory: 'guyane', titles: ['cni', 'passport'], birthDate: '1980-01-01' });
    expect(ev.open.fees).toEqual({ cni: ['currentCni.status'], passport: ['currentPassport.status'] });
    expect(ev.open.totalFee).toEqual(['currentCni.status', 'currentPassport.status']);
    expect(ev.open.minor).toEqual([]);
    const none = evaluate({ today: SPACE_TODAY });
    expect(none.open.fees).toEqual({});
    expect(none.open.totalFee).toEqual(['titles']);
  });
});
