// The renderer's only way to the host: one typed object. Requests go over
// the Electron preload bridge or, in the browser host, over HTTP with the
// session cookie; every result is checked against the contract's schema.
import { z } from 'zod';
import { API, METHODS, type ApiErrorBody, type Envelope, type HostApi, type Method } from '../../electron/common/contract.js';
import { stationText } from '../../electron/common/messages/index.js';

export type Transport = (method: Method, request: unknown) => Promise<unknown>;

/** An error from the host, with its French message for people. */
export class HostApiError extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(body.message);
  }
}

const envelopeSchema = z.union([
  z.strictObject({ ok: z.literal(true), value: z.unknown() }),
  z.strictObject({ ok: z.literal(false), error: z.strictObject({ code: z.string(), message: z.string(), field: z.string().optional() }) }),
]);

export function createHostApi(transport: Transport): HostApi {
  const call = async (method: Method, request: unknown) => {
    const envelope = envelopeSchema.safeParse(await transport(method, request));
    if (!envelope.success) throw new HostApiError({ code: 'internal', message: stationText('app.unexpectedAnswer') });
    const answer = envelope.data as Envelope<unknown>;
    if (!answer.ok) throw new HostApiError(answer.error);
    const result = API[method].result.safeParse(answer.value);
    if (!result.success) throw new HostApiError({ code: 'internal', message: stationText('app.nonConformingAnswer', { method }) });
    return result.data;
  };
  return Object.fromEntries(METHODS.map((method) => [method, (request: unknown) => call(method, request)])) as HostApi;
}

declare global {
  interface Window {
    /** Set by the Electron preload. */
    hostApi?: { invoke(method: string, request: unknown): Promise<unknown>; host: 'electron' };
  }
}

/**
 * The browser host's transport. The session rides in the HttpOnly cookie the
 * host set when it opened this window (`/launch/…`): the page never holds the
 * secret, so no script on it can hand the secret on.
 */
function httpTransport(): Transport {
  return async (method, request) => {
    const response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
    });
    return response.json();
  };
}

export function hostName(): 'electron' | 'navigateur' {
  return window.hostApi ? 'electron' : 'navigateur';
}

export const api: HostApi = createHostApi(window.hostApi ? (m, r) => window.hostApi!.invoke(m, r) : httpTransport());
