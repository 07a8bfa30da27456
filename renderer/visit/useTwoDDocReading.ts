// The 2D-Doc dialog's exchange with the host: one code read and verified
// there (never in the page), then the piece ticked from it. The reading, with
// its name and address lines, lives in this state only.
import { useState } from 'react';
import type { TwoDDocPiece, Visit } from '../../electron/common/contract.js';
import type { TwoDDocReading } from '../../electron/common/two-d-doc/reading.js';
import { api } from '../api/host-api.js';

export interface TwoDDocTarget {
  reference: string;
  applicantId: number;
  pieceId: TwoDDocPiece;
}

export function useTwoDDocReading(target: TwoDDocTarget) {
  const [code, setCode] = useState('');
  const [reading, setReading] = useState<TwoDDocReading | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const request = (text: string) => ({ ...target, code: text });
  const read = async (text = code) => {
    if (busy || text.trim() === '') return;
    setBusy(true);
    setError(null);
    try {
      setReading(await api.readTwoDDoc(request(text)));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  /** The visit with the piece ticked, or null when the host refused (the error then says why). */
  const tick = async (): Promise<Visit | null> => {
    setBusy(true);
    try {
      return await api.tickTwoDDoc(request(code));
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
      return null;
    }
  };
  /** A new code typed or decoded: what was read of the old one no longer holds. */
  const changeCode = (text: string) => {
    setCode(text);
    setReading(null);
  };
  const reset = () => {
    setReading(null);
    setError(null);
  };
  return { code, changeCode, reading, error, busy, read, tick, reset };
}
