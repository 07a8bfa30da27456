// What the store reads back is checked against the contract's own schemas:
// a row edited by hand, damaged on disk or written by an older version is
// reported as `corrupted`, naming what is wrong, never cast into a shape
// it does not have and never left to crash the host further on.
import type { z } from 'zod';
import { ApiError } from '../api-error.node.js';
import { describeRequestIssue } from '../request-issue.node.js';

const N = '\u00a0';

/** `text` parsed as JSON, or undefined when it is not JSON at all. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * `value` as `schema` says, or an ApiError `corrupted` whose French message
 * names `what` (a visit by its reference, the settings) and the field at fault.
 */
export function checkedRow<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const { field, messageFr } = describeRequestIssue(parsed.error.issues[0]!);
  throw new ApiError({
    code: 'corrupted',
    field,
    message: `${what} enregistrée sur ce poste est endommagée (${field || 'enregistrement'}${N}: ${messageFr})${N}: elle ne peut pas être lue telle quelle.`,
  });
}
