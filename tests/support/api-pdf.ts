import { dispatch, type createApiHandlers } from '../../electron/services/api-handlers.node.js';
import { pdfText } from './pdf-text.js';

/** Calls an API method that answers a PDF (receiptPdf, ticketPdf) and reads its text. */
export async function apiPdfText(handlers: ReturnType<typeof createApiHandlers>, method: 'receiptPdf' | 'ticketPdf', request: unknown) {
  const envelope = await dispatch(handlers, method, request);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return pdfText(Buffer.from((envelope.value as { base64: string }).base64, 'base64'));
}
