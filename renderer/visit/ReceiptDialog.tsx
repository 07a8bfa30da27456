import { useEffect, useRef, useState } from 'react';
import { api } from '../api/host-api.js';
import { useStationText } from '../station-text.js';

/** A PDF from the host as a file the browser saves: a blob link, clicked once, then let go. */
function download(base64: string, fileName: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The receipt as it will print, in a sandboxed frame, printed or saved as a
 * PDF from the same place. A print that fails says so and offers the PDF.
 * A saved PDF closes the dialog (the visit's own status line says where the
 * file went), so the agent goes on without a « Fermer » first.
 */
export function ReceiptDialog(props: {
  reference: string;
  /** The configured printer; without one, « Enregistrer en PDF » is the primary action and has the focus. */
  printer: string | null;
  /** Resolves once the visit's pending saves are stored: the receipt is read from the host after them. */
  saved: () => Promise<void>;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const t = useStationText();
  const dialog = useRef<HTMLDialogElement>(null);
  const saveButton = useRef<HTMLButtonElement>(null);
  const [html, setHtml] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  /** The PDF is the primary action without a printer, or once a print failed. */
  const pdfFirst = !props.printer || message?.failed === true;

  useEffect(() => {
    dialog.current?.showModal();
    // No printer to send to: the PDF is the one way out, one Enter away.
    if (!props.printer) saveButton.current?.focus();
    props
      .saved()
      .then(() => api.receiptHtml({ reference: props.reference }))
      .then(setHtml, (e: Error) => setMessage({ text: e.message, failed: true }));
  }, [props.reference]);

  // A failure puts the focus on the PDF, once the buttons are enabled again (a disabled button takes no focus).
  useEffect(() => {
    if (message?.failed && !busy) saveButton.current?.focus();
  }, [message, busy]);

  const run = async (action: () => Promise<{ text: string; failed: boolean }>) => {
    setBusy(true);
    try {
      setMessage(await action());
    } catch (error) {
      setMessage({ text: (error as Error).message, failed: true });
    } finally {
      setBusy(false);
    }
  };
  const print = () =>
    run(async () => {
      await props.saved();
      const result = await api.printReceipt({ reference: props.reference });
      return { text: result.message, failed: !result.printed };
    });
  const save = async () => {
    setBusy(true);
    try {
      await props.saved();
      const pdf = await api.receiptPdf({ reference: props.reference });
      const fileName = `recu-${props.reference}.pdf`;
      download(pdf.base64, fileName);
      props.onSaved(t('receipt.saved', { file: fileName }));
      dialog.current?.close();
    } catch (error) {
      setMessage({ text: (error as Error).message, failed: true });
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} className="receipt-dialog" aria-labelledby="receipt-title" onClose={props.onClose}>
      <h2 id="receipt-title">{t('receipt.preview', { reference: props.reference })}</h2>
      {html ? <iframe title={t('receipt.frame')} sandbox="" srcDoc={html} className="receipt-frame" /> : <p>{t('receipt.preparing')}</p>}
      {message && (
        <p
          role={message.failed ? 'alert' : 'status'}
          className={message.failed ? 'error' : 'status'}
          data-outcome={message.failed ? 'failed' : 'done'}
        >
          {message.text}
        </p>
      )}
      <div className="actions">
        <button type="button" className={pdfFirst ? undefined : 'primary'} disabled={busy} onClick={print}>
          {t('receipt.print')}
        </button>
        <button type="button" ref={saveButton} className={pdfFirst ? 'primary' : undefined} disabled={busy} onClick={() => void save()}>
          {t('receipt.save')}
        </button>
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('receipt.close')}
        </button>
      </div>
    </dialog>
  );
}
