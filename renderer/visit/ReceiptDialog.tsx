import { useEffect, useRef, useState } from 'react';
import { kiosk } from '../api/kiosk-client.js';
import { useStationText } from '../station-text.js';

/** The receipt as it will print, in a sandboxed frame, with the print button. */
export function ReceiptDialog(props: { reference: string; onClose: () => void }) {
  const t = useStationText();
  const dialog = useRef<HTMLDialogElement>(null);
  const [html, setHtml] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
    kiosk.receiptHtml({ reference: props.reference }).then(setHtml, (e: Error) => setMessage(e.message));
  }, [props.reference]);

  const print = async () => {
    try {
      setMessage((await kiosk.printReceipt({ reference: props.reference })).message);
    } catch (error) {
      setMessage((error as Error).message);
    }
  };

  return (
    <dialog ref={dialog} className="receipt-dialog" aria-labelledby="receipt-title" onClose={props.onClose}>
      <h2 id="receipt-title">{t('receipt.preview', { reference: props.reference })}</h2>
      {html ? <iframe title={t('receipt.frame')} sandbox="" srcDoc={html} className="receipt-frame" /> : <p>{t('receipt.preparing')}</p>}
      {message && <p role="status" className="status">{message}</p>}
      <div className="actions">
        <button type="button" className="primary" onClick={print}>{t('receipt.print')}</button>
        <button type="button" onClick={() => dialog.current?.close()}>{t('receipt.close')}</button>
      </div>
    </dialog>
  );
}
