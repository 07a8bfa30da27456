import { fullYearsBetween, type IsoDate } from '../dates.js';
import type { DocumentStatus, FactKey, Facts, Title } from '../facts/facts.js';
import { valueAt, type Parameter } from '../parameters/parameter.js';
import { ages } from '../parameters/policies.js';
import { figuresAt, type Figures } from '../figures.js';
import type { AgeBand } from '../evaluation.js';

/** Thrown (not an Error: no stack to capture) when a rule reads a fact not given yet. */
export class MissingFact {
  constructor(readonly key: FactKey) {}
}

/**
 * The answered facts the running evaluation has read, or null outside one.
 * Module state rather than a parameter so that every rule keeps calling
 * `need(ctx.facts.x, 'x')` as it does; `tracingReads` sets it for one
 * synchronous evaluation and puts the outer one back, so nothing leaks
 * from one evaluation to the next.
 */
let reads: Set<FactKey> | null = null;

export function need<T>(value: T | undefined, key: FactKey): T {
  if (value === undefined) throw new MissingFact(key);
  reads?.add(key);
  return value;
}

/**
 * A fact read where its absence is no question (a value given wins over
 * one derived): recorded like `need`'s, so the answer that decided is kept.
 */
export function given<T>(value: T | undefined, key: FactKey): T | undefined {
  if (value !== undefined) reads?.add(key);
  return value;
}

/**
 * Runs `evaluation` and gives, beside its result, the answered facts it read
 * through `need`: exactly those whose removal would make it stop on them,
 * i.e. bring their question back.
 */
export function tracingReads<T>(evaluation: () => T): { result: T; read: ReadonlySet<FactKey> } {
  const outer = reads;
  const read = new Set<FactKey>();
  reads = read;
  try {
    return { result: evaluation(), read };
  } finally {
    reads = outer;
  }
}

/**
 * The facts as the rules read them. Every read goes through `need`, so a
 * rule that stops on an unanswered fact names exactly the question that
 * blocks it, and facts a rule never reaches are never asked.
 */
export class Context {
  private figuresInForce: Figures | undefined;

  constructor(readonly facts: Facts) {}

  get today(): IsoDate {
    return this.facts.today;
  }

  /** Every figure a sentence states, as in force on the deposit date. */
  get figures(): Figures {
    this.figuresInForce ??= figuresAt(this.today);
    return this.figuresInForce;
  }

  /** The station's production delay, else the engine's dated estimate: a setting, never a question. */
  productionDelayDays(): number {
    return this.facts.productionDelayDays ?? this.figures.productionDelayDays;
  }

  param<T>(parameter: Parameter<T>): T {
    return valueAt(parameter, this.today).value;
  }

  titles(): Title[] {
    return need(this.facts.titles, 'titles');
  }

  birthDate(): IsoDate {
    return need(this.facts.birthDate, 'birthDate');
  }

  ageOn(date: IsoDate): number {
    return fullYearsBetween(this.birthDate(), date);
  }

  private ageToday: number | undefined;

  /** Read by most parts of the dossier: worked out once. */
  age(): number {
    this.ageToday ??= this.ageOn(this.today);
    return this.ageToday;
  }

  isAdult(): boolean {
    return this.age() >= this.param(ages).majority;
  }

  /** The contract's band for a minor on `date`, or null once an adult. */
  ageBandOn(date: IsoDate): AgeBand | null {
    const age = this.ageOn(date);
    const { majority, fingerprints, childMaySign } = this.param(ages);
    if (age >= majority) return null;
    if (age >= childMaySign) return '13-plus';
    return age >= fingerprints ? '12-13' : 'under-12';
  }

  status(title: Title): DocumentStatus {
    return title === 'cni'
      ? need(this.facts.currentCni?.status, 'currentCni.status')
      : need(this.facts.currentPassport?.status, 'currentPassport.status');
  }
}
