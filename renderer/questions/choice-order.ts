import { answerAllowed, FACT_DOMAINS, type ChoiceFact, type ChoiceValue, type FactKey } from '../../rules/index.js';

/** Values a screen shows first, the most common answer at the top; typed, so a value the rules dropped does not compile. */
export type FirstChoices = { readonly [K in FactKey]?: K extends ChoiceFact ? readonly ChoiceValue<K>[] : never };

/**
 * The answers the engine's table gives for a fact, the screen's `first`
 * ones at the top and the rest in the contract's order; none for a date or
 * the titles, and none the rules refuse for this person (`adult`: null while
 * the birth date is unknown). The engine decides what may be answered, the
 * screen only the order.
 */
export function orderedChoices(key: FactKey, first: FirstChoices, adult: boolean | null): (string | boolean)[] {
  const domain = FACT_DOMAINS[key];
  if (domain.kind !== 'choice' && domain.kind !== 'yes-no') return [];
  const top: readonly (string | boolean)[] = first[key] ?? [];
  return [...top, ...domain.values.filter((value) => !top.includes(value))].filter((value) => answerAllowed(key, value, adult));
}
