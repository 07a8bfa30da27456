// « Lire le 2D-Doc » on a proof-of-address piece. The counter's scanner, in
// keyboard-wedge mode, types the code and Enter into the field; the host
// reads and verifies it and this dialog shows what it proved. The name and
// address lines live in this component's state only: closing the dialog
// drops them, nothing stores or prints them. When the host says the piece
// may be ticked, the focus is on « Cocher », so one more Enter ticks it.
// « Utiliser la caméra » swaps the field for a live preview (CameraPreview):
// a code it decodes goes to the same host verification.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { frenchDate } from '../../rules/index.js';
import type { TwoDDocPiece, Visit } from '../../electron/common/contract.js';
import type { TwoDDocReading } from '../../electron/common/two-d-doc/reading.js';
import { controlForKey, GS_TYPED } from './two-d-doc-keys.js';
import { CameraPreview } from './CameraPreview.js';
import { api } from '../api/host-api.js';
import { useStationText } from '../station-text.js';

export function TwoDDocDialog(props: {
  reference: string;
  applicantId: number;
  pieceId: TwoDDocPiece;
  pieceLabel: string;
  onTicked: (visit: Visit) => void;
  onClose: () => void;
}) {
  const t = useStationText();
  const dialog = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const tick = useRef<HTMLButtonElement>(null);
  const [code, setCode] = useState('');
  const [reading, setReading] = useState<TwoDDocReading | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [camera, setCamera] = useState(false);
  const cameraToggle = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    dialog.current?.showModal();
    field.current?.focus();
  }, []);
  useEffect(() => {
    if (reading?.readable && reading.tickable) tick.current?.focus();
    else if (camera) cameraToggle.current?.focus();
    else if (reading || error) {
      // Nothing to tick: the code stays selected, so the next scan replaces it instead of landing after it.
      field.current?.focus();
      field.current?.select();
    }
  }, [reading, error, camera]);

  const request = (text = code) => ({ reference: props.reference, applicantId: props.applicantId, pieceId: props.pieceId, code: text });
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
  const onTick = async () => {
    setBusy(true);
    try {
      props.onTicked(await api.tickTwoDDoc(request()));
      dialog.current?.close();
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };
  /** A scanner sending GS, RS or US as a Ctrl chord types no character: the field writes the control's name instead. */
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const control = controlForKey(event);
    if (!control) return;
    event.preventDefault();
    const input = event.currentTarget;
    const at = input.selectionStart ?? code.length;
    setCode(code.slice(0, at) + GS_TYPED[control] + code.slice(input.selectionEnd ?? at));
  };

  return (
    <dialog
      ref={dialog}
      className={`two-d-doc-dialog${camera ? ' with-camera' : ''}`}
      aria-labelledby={`${id}-title`}
      onClose={props.onClose}
    >
      <h2 id={`${id}-title`}>{t('twoDDoc.title', { piece: props.pieceLabel })}</h2>
      <button
        type="button"
        ref={cameraToggle}
        aria-pressed={camera}
        onClick={() => {
          setCamera(!camera);
          setReading(null);
          setError(null);
        }}
      >
        {camera ? t('twoDDoc.camera.back') : t('twoDDoc.camera.use')}
      </button>
      {/* Title and actions stay in view; only this body scrolls when the window is short (1280×800 with the camera). */}
      <div className="two-d-doc-body" data-two-d-doc-body>
        {camera ? (
          <CameraPreview
            onCode={(text) => {
              setCode(text);
              setReading(null);
              void read(text);
            }}
          />
        ) : (
          <>
            <p>{t('twoDDoc.intro')}</p>
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void read();
              }}
            >
              <div className="field">
                <label htmlFor={`${id}-code`}>{t('twoDDoc.label')}</label>
                <input
                  id={`${id}-code`}
                  ref={field}
                  value={code}
                  onChange={(e) => {
                    setCode(e.target.value);
                    setReading(null);
                  }}
                  onKeyDown={onKeyDown}
                  autoComplete="off"
                  spellCheck={false}
                  maxLength={4000}
                  className="two-d-doc-input"
                />
              </div>
              <button type="submit" disabled={busy}>
                {t('twoDDoc.read')}
              </button>
            </form>
          </>
        )}
        <div className="two-d-doc-outcome">
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          {reading && !reading.readable && (
            <p role="alert" className="error" data-two-d-doc="unreadable">
              {reading.why}
            </p>
          )}
          {reading?.readable && <ReadingView reading={reading} />}
        </div>
      </div>
      <div className="actions">
        {reading?.readable && reading.tickable && (
          <button type="button" ref={tick} className="primary" disabled={busy} onClick={() => void onTick()}>
            {t('twoDDoc.tick')}
          </button>
        )}
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('twoDDoc.close')}
        </button>
      </div>
    </dialog>
  );
}

function ReadingView({ reading }: { reading: Extract<TwoDDocReading, { readable: true }> }) {
  const t = useStationText();
  return (
    <div className="two-d-doc-reading" data-signature={reading.signature.verdict} data-age={reading.age.verdict} role="status">
      <p className={`verdict verdict-${reading.signature.verdict}`}>
        <strong>{t('twoDDoc.signature')}&nbsp;: </strong>
        <span data-verdict>{reading.signature.text}</span>
        <br />
        <span className="why">{reading.signature.why}</span>
      </p>
      <dl>
        <dt>{t('twoDDoc.type')}</dt>
        <dd>{reading.documentType}</dd>
        <dt>{t('twoDDoc.issuer')}</dt>
        <dd>
          {reading.issuer
            ? t('twoDDoc.issuer.known', { subject: reading.issuer, certificate: reading.certificate, authority: reading.authority })
            : t('twoDDoc.issuer.unknown', { certificate: reading.certificate, authority: reading.authority })}
        </dd>
        <dt>{t('twoDDoc.emitted')}</dt>
        <dd>{reading.emittedOn ? frenchDate(reading.emittedOn) : t('twoDDoc.emitted.none')}</dd>
        <dt>{t('twoDDoc.age')}</dt>
        <dd className={`verdict-${reading.age.verdict}`} data-age-text>
          {reading.age.text}
        </dd>
      </dl>
      {reading.lines.length > 0 && (
        <>
          <h3>{t('twoDDoc.lines')}</h3>
          <ul className="two-d-doc-lines">
            {reading.lines.map((line, index) => (
              <li key={index}>
                <span className="label">{line.label}&nbsp;: </span>
                {line.truncated ? t('twoDDoc.truncated', { value: line.value }) : line.value}
              </li>
            ))}
          </ul>
        </>
      )}
      {!reading.tickable && <p className="hint">{t('twoDDoc.notTickable')}</p>}
    </div>
  );
}
