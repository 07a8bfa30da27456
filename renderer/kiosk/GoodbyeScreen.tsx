// The last screen, in the citizen's own language: the ticket is printed (or
// the answers erased), where to book, then, after long enough to read it,
// back to the French welcome with nothing of it left for the next person.
import { useEffect, useRef } from 'react';
import { QrCode } from './QrCode.js';
import { isWebAddress } from '../../electron/common/booking.js';
import { useT } from './use-t.js';

/** Long enough to read three short lines and to scan a QR code (WCAG 2.2.1 asks for 20 s at least). */
export const GOODBYE_SECONDS = 30;

export function GoodbyeScreen(props: { notice: 'goodbye' | 'erased'; booking: string | null; onDone: () => void }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const done = useRef(props.onDone);
  done.current = props.onDone;
  useEffect(() => {
    heading.current?.focus();
    const timer = setTimeout(() => done.current(), GOODBYE_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, []);
  return (
    <section className="goodbye">
      <div role="status">
        <h1 ref={heading} tabIndex={-1}>
          {t(props.notice === 'goodbye' ? 'welcome.goodbye' : 'welcome.erased')}
        </h1>
      </div>
      {props.notice === 'goodbye' && props.booking && <BookingLine booking={props.booking} />}
      <div className="actions">
        <button type="button" className="primary big" data-action="done" onClick={props.onDone}>
          {t('goodbye.done')}
        </button>
      </div>
    </section>
  );
}

/** Where to book the appointment: the settings' web address (with a QR code) or phone number. */
export function BookingLine({ booking }: { booking: string }) {
  const t = useT();
  return (
    <figure className="booking">
      {isWebAddress(booking) && <QrCode url={booking} label={t('booking.qr')} />}
      <figcaption>{t('ticket.booking', { booking })}</figcaption>
    </figure>
  );
}
