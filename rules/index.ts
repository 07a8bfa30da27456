// The rules engine's public surface: everything a screen, the receipt or
// the command line may use. Nothing here reads a clock or a file.
export { evaluate, evaluateTraced, type TracedEvaluation } from './engine/evaluate.js';
export { personFactsSchema } from './facts/schema.js';
export { parseFacts, factsSchema, describe as describeFactsIssue, type FactsError } from './facts/parse.js';
export * from './facts/facts.js';
export { FACT_DOMAINS, type FactDomains, type ChoiceFact, type ChoiceValue } from './facts/domains.js';
export { answerAllowed } from './facts/minor-answers.js';
export * from './evaluation.js';
export { photoCriteria } from './pieces/catalog.js';
export { describeSource, sourceRecord, SOURCE_RECORDS } from './sources.js';
export { frenchDate, isRealDate, addMonths, addYears, addDays, type IsoDate } from './dates.js';
export { dayNumber, dateOfDayNumber } from './dates.js';
export { formatEuros } from './format.js';
export { certFor, territoryOf, timeZoneOf, DEPARTEMENTS, FURTHER_REMEDIES } from './remedies.js';
export { figuresAt } from './figures.js';
export { reasonsFr, type ReasonCatalog, type ReasonId } from './words/reasons.fr.js';
export { formatWords, isReasonId } from './words/format.js';
