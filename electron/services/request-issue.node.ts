// What people read when the host refuses a request: the real problem, by
// the kind of value (an empty name is not "choisissez au moins un titre").
// The facts' own wording (rules/facts/parse.ts) serves everything else.
import type { z } from 'zod';
import { describeFactsIssue } from '../../rules/index.js';

const N = '\u00a0';

export function describeRequestIssue(issue: z.core.$ZodIssue): { field: string; messageFr: string } {
  const field = issue.path.join('.');
  const last = issue.path.at(-1);
  switch (issue.code) {
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') return { field, messageFr: minimum <= 1 ? 'ce champ est vide' : `${minimum}${N}caractères au moins` };
      if (issue.origin === 'array')
        return { field, messageFr: last === 'titles' ? 'choisissez au moins un titre' : `${minimum}${N}éléments au moins` };
      return { field, messageFr: `la valeur doit être au moins ${minimum}` };
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return { field, messageFr: `texte trop long${N}: ${maximum}${N}caractères au plus` };
      if (issue.origin === 'array') return { field, messageFr: `${maximum}${N}éléments au plus` };
      return { field, messageFr: `la valeur doit être au plus ${maximum}` };
    }
    case 'invalid_format':
      return { field, messageFr: last === 'reference' ? `référence mal écrite${N}: elle s’écrit comme K7Q-4MZ` : 'format incorrect' };
    case 'custom':
      if (issue.params?.['kind'] === 'plain-text')
        return { field, messageFr: 'le texte contient un caractère invisible de contrôle ou d’inversion du sens de lecture' };
      return describeFactsIssue(issue);
    default:
      return describeFactsIssue(issue);
  }
}
