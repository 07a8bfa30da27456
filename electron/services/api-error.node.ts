import type { ApiErrorBody } from '../common/contract.js';
import { stationText as t } from '../common/messages/index.js';

/** An error the host answers with, in French for people and with a code for programs. */
export class ApiError extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(body.message);
  }
}

export const notFound = (reference: string) => new ApiError({ code: 'not-found', message: t('error.notFound', { reference }) });
