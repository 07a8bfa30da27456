import { QUESTION_ORDER, type FactKey, type Title } from '../facts/facts.js';
import type { OpenQuestions } from '../evaluation.js';

/**
 * The parts of the engine whose missing facts are recorded apart, as
 * Publicodes' `missingVariables` is per rule. A part not named is counted
 * against the pieces: that can only make them settle later, never show a
 * list that a later answer changes.
 */
export type Part = 'requests' | `fee.${Title}` | 'minor' | 'pieces' | 'warnings';

/** Collects, per part, the facts it stopped on, and derives what each output of the evaluation waits on. */
export class OpenQuestionsTracker {
  private readonly byPart = new Map<Part, Set<FactKey>>();

  add(part: Part, key: FactKey): void {
    const keys = this.byPart.get(part) ?? new Set<FactKey>();
    keys.add(key);
    this.byPart.set(part, keys);
  }

  private keys(...parts: Part[]): FactKey[] {
    const union = new Set(parts.flatMap((part) => [...(this.byPart.get(part) ?? [])]));
    return QUESTION_ORDER.filter((key) => union.has(key));
  }

  /**
   * A title's stamp waits on its own motif and its own rule (its motif is
   * recorded against it too); the total on the titles and every stamp; the
   * pieces on their own rules and on the stamps (the `tax-stamp` piece names
   * each one).
   */
  result(titles: Title[]): OpenQuestions {
    const feeParts = titles.map((title) => `fee.${title}` as const);
    return {
      requests: this.keys('requests'),
      fees: Object.fromEntries(titles.map((title) => [title, this.keys(`fee.${title}`)])),
      totalFee: this.keys('requests', ...feeParts),
      minor: this.keys('minor'),
      pieces: this.keys('requests', 'pieces', ...feeParts),
      warnings: this.keys('warnings'),
    };
  }
}
