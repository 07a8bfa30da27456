import type { ApiErrorBody } from '../api/contract.js';

/** An error the host answers with, in French for people and with a code for programs. */
export class ApiError extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(body.message);
  }
}

export const notFound = (reference: string) =>
  new ApiError({ code: 'not-found', message: `Aucune visite ne porte la référence ${reference} (elle a pu être effacée après le délai de conservation).` });
