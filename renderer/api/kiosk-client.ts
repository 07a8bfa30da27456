// The renderer's only way to the host: one typed object. Requests go over
// the Electron preload bridge or, in the browser host, over HTTP with the
// per-launch token; every result is checked against the contract's schema.
import { z } from 'zod';
import { API, METHODS, type ApiErrorBody, type Envelope, type KioskApi, type Method } from '../../electron/api/contract.js';
import { stationText } from '../../electron/api/messages/index.js';

export type Transport = (method: Method, request: unknown) => Promise<unknown>;

/** An error from the host, with its French message for people. */
export class KioskError extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(body.message);
  }
}

const envelopeSchema = z.union([
  z.strictObject({ ok: z.literal(true), value: z.unknown() }),
  z.strictObject({ ok: z.literal(false), error: z.strictObject({ code: z.string(), message: z.string(), field: z.string().optional() }) }),
]);

export function createKioskApi(transport: Transport): KioskApi {
  const call = async (method: Method, request: unknown) => {
    const envelope = envelopeSchema.safeParse(await transport(method, request));
    if (!envelope.success) throw new KioskError({ code: 'internal', message: stationText('app.unexpectedAnswer') });
    const answer = envelope.data as Envelope<unknown>;
    if (!answer.ok) throw new KioskError(answer.error);
    const result = API[method].result.safeParse(answer.value);
    if (!result.success) throw new KioskError({ code: 'internal', message: stationText('app.nonConformingAnswer', { method }) });
    return result.data;
  };
  return Object.fromEntries(METHODS.map((method) => [method, (request: unknown) => call(method, request)])) as KioskApi;
}

declare global {
  interface Window {
    /** Set by the Electron preload. */
    kioskBridge?: { invoke(method: string, request: unknown): Promise<unknown>; host: 'electron' };
  }
}

function httpTransport(): Transport {
  const token = document.querySelector<HTMLMetaElement>('meta[name="kiosk-token"]')?.content ?? '';
  return async (method, request) => {
    const response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Kiosk-Token': token },
      body: JSON.stringify(request),
    });
    return response.json();
  };
}

export function hostName(): 'electron' | 'navigateur' {
  return window.kioskBridge ? 'electron' : 'navigateur';
}

export const kiosk: KioskApi = createKioskApi(window.kioskBridge ? (m, r) => window.kioskBridge!.invoke(m, r) : httpTransport());
