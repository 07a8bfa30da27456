// The printed pages escape what the mairie typed: react-dom/server escapes
// every text and attribute, so a name, an address or a booking contact that
// holds markup prints as the characters typed, never as an element. The page
// carries no script and exactly the style sheet the CSP allows by its hash.
import { describe, expect, it } from 'vitest';
import type { Settings, Visit } from '../../electron/common/contract.js';
import { RECEIPT_STYLE, renderReceiptHtml, renderTestPageHtml } from '../../electron/services/receipt/receipt-template.node.js';
import { renderTicketHtml } from '../../electron/services/receipt/ticket-template.node.js';
import { PASSPORT_RENEWAL, STATION_SETTINGS } from '../support/fixtures.js';
import { receiptLines } from '../support/receipt-lines.js';

const NAME = 'Mairie <script>alert(1)</script> & "Cie"';
const ADDRESS = `1 rue de l’Église <img src=x onerror=alert(2)>`;
const BOOKING = 'Au 04 50 02 00 00 <b onclick="x()">ou</b> en ligne';
const SETTINGS: Settings = { ...STATION_SETTINGS, mairieName: NAME, address: ADDRESS, booking: BOOKING };
const VISIT: Visit = {
  reference: 'K7Q-4MZ',
  createdAt: '2026-06-15T08:30:00.000Z',
  depositDate: '2026-06-15',
  mode: 'station',
  applicants: [{ id: 1, answers: PASSPORT_RENEWAL, checks: {} }],
};

/** The opening tags a page holds, less the QR codes' SVG (the one markup inserted as is): escaped text holds no "<". */
const openingTags = (html: string) => [...html.replace(/<svg[\s\S]*?<\/svg>/g, '').matchAll(/<[a-z][^>]*>/gi)].map((m) => m[0]);
const tags = (html: string) => [...new Set(openingTags(html).map((tag) => /^<([a-z0-9]+)/i.exec(tag)![1]!.toLowerCase()))];
const styles = (html: string) => [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);

describe('the printed pages', () => {
  it.each([
    ['the receipt', () => renderReceiptHtml(VISIT, SETTINGS), [NAME, ADDRESS]],
    ['the ticket', () => renderTicketHtml({ ...VISIT, mode: 'kiosk' }, SETTINGS, 'ar', ['me']), [NAME, ADDRESS]],
    ['the test page', async () => renderTestPageHtml(SETTINGS, 'a4'), [NAME]],
  ])('print what the mairie typed as text, never as markup, in %s', async (_, render, typed) => {
    const html = await render();
    expect(html.startsWith('<!doctype html>\n<html lang="fr">')).toBe(true);
    expect(tags(html).filter((tag) => ['script', 'img', 'b', 'iframe', 'object'].includes(tag))).toEqual([]);
    expect(openingTags(html).filter((tag) => /\son[a-z]+=/i.test(tag))).toEqual([]);
    expect(receiptLines(html)).toEqual(expect.arrayContaining(typed));
  });

  it('say the booking contact as typed on the ticket, in each language', async () => {
    const lines = receiptLines(await renderTicketHtml({ ...VISIT, mode: 'kiosk' }, SETTINGS, 'en', ['me']));
    expect(lines.filter((line) => line.includes(BOOKING))).toHaveLength(2);
  });

  it('carry exactly the style sheet the CSP allows by its hash, and no other', async () => {
    expect(styles(await renderReceiptHtml(VISIT, SETTINGS))).toEqual([RECEIPT_STYLE]);
    expect(styles(renderTestPageHtml(SETTINGS, '80mm'))).toEqual([RECEIPT_STYLE]);
  });
});
