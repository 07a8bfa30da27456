import type { IncomingMessage } from 'node:http';

export type Body = { ok: true; bytes: Buffer } | { ok: false; reason: 'too-large' | 'aborted'; close?: boolean };

/**
 * Past this many bytes an oversized body is no longer read to its end: the
 * connection is closed instead (the client then may not see the 413).
 */
export const DRAIN_LIMIT = 64 * 1024 * 1024;

/**
 * Reads a request body of at most `max` bytes. An oversized body is read to
 * its end and dropped (so the client, still sending, gets its 413 instead of
 * a reset), up to DRAIN_LIMIT. Never rejects: an aborted request is a value.
 */
export function readBody(req: IncomingMessage, max: number): Promise<Body> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > DRAIN_LIMIT) return Promise.resolve({ ok: false, reason: 'too-large', close: true });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (body: Body) => {
      if (settled) return;
      settled = true;
      resolve(body);
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) chunks.push(chunk);
      else if (size > DRAIN_LIMIT) {
        req.pause();
        settle({ ok: false, reason: 'too-large', close: true });
      }
    });
    req.on('end', () => settle(size > max ? { ok: false, reason: 'too-large' } : { ok: true, bytes: Buffer.concat(chunks) }));
    req.on('error', () => settle({ ok: false, reason: 'aborted' }));
    req.on('close', () => settle({ ok: false, reason: 'aborted' }));
  });
}
