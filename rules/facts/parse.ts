import type { z } from 'zod';
import type { IsoDate } from '../dates.js';
import { RULES_IN_FORCE_FROM } from '../parameters/parameter.js';
import type { Facts } from './facts.js';
import { answerRefusedForMinor } from './minor-answers.js';
import { implausibleDate } from './plausible-dates.js';
import { factsSchema } from './schema.js';

export { factsSchema } from './schema.js';

/** Why input was refused: the field, a precise message for programs, and one for people. */
export interface FactsError {
  field: string;
  message: string;
  messageFr: string;
}

export type ParseResult = { ok: true; facts: Facts } | { ok: false; error: FactsError };

export function describe(issue: z.core.$ZodIssue): { field: string; message: string; messageFr: string } {
  const path = issue.path.join('.');
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = [...issue.path, issue.keys[0]].join('.');
      return { field: key, message: 'unknown key', messageFr: `la donnée « ${key} » n’est pas prévue` };
    }
    case 'invalid_value':
      return {
        field: path,
        message: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
        messageFr: `valeur non prévue ; valeurs possibles : ${issue.values.join(', ')}`,
      };
    case 'invalid_type':
      if (issue.expected === 'int')
        return { field: path, message: 'expected a whole number', messageFr: 'un nombre entier de jours est attendu' };
      return { field: path, message: `expected ${issue.expected}`, messageFr: 'type de valeur incorrect' };
    case 'too_small':
      if (issue.origin === 'number') {
        return { field: path, message: `must be at least ${issue.minimum}`, messageFr: `la valeur doit être au moins ${issue.minimum}` };
      }
      return { field: path, message: 'must not be empty', messageFr: 'choisissez au moins un titre' };
    case 'too_big':
      return { field: path, message: `must be at most ${issue.maximum}`, messageFr: `la valeur doit être au plus ${issue.maximum}` };
    case 'custom':
      if (issue.params?.['kind'] === 'duplicate') {
        return { field: path, message: 'lists a title twice', messageFr: 'un même titre est demandé deux fois' };
      }
      return {
        field: path,
        message: 'not a real date in YYYY-MM-DD form',
        messageFr: 'cette date n’existe pas ou n’est pas écrite AAAA-MM-JJ',
      };
    default:
      return { field: path, message: issue.message, messageFr: 'valeur incorrecte' };
  }
}

/**
 * Validates untrusted input against the contract. `defaultToday` is the
 * caller's clock (the rules have none) and is used when `today` is absent.
 */
export function parseFacts(input: unknown, defaultToday: IsoDate): ParseResult {
  const parsed = factsSchema.safeParse(input);
  if (!parsed.success) {
    const { field, message, messageFr } = describe(parsed.error.issues[0]!);
    return { ok: false, error: { field: field || '(racine)', message, messageFr } };
  }
  const facts: Facts = { ...parsed.data, today: parsed.data.today ?? defaultToday };
  if (facts.today < RULES_IN_FORCE_FROM) {
    return fail(
      'today',
      `is before ${RULES_IN_FORCE_FROM}, the earliest date the rules are written for`,
      `la date de dépôt doit être postérieure au ${RULES_IN_FORCE_FROM}`,
    );
  }
  if (facts.birthDate !== undefined && facts.birthDate > facts.today) {
    return fail('birthDate', `is after today (${facts.today})`, 'la date de naissance est dans le futur');
  }
  const implausible = implausibleDate(facts);
  if (implausible) return { ok: false, error: implausible };
  const refused = answerRefusedForMinor(facts);
  if (refused) return { ok: false, error: refused };
  return { ok: true, facts };
}

function fail(field: string, message: string, messageFr: string): ParseResult {
  return { ok: false, error: { field, message, messageFr } };
}
