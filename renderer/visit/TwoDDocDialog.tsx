// « Lire le 2D-Doc » on a proof-of-address piece. The counter's scanner, in
// keyboard-wedge mode, types the code and Enter into the field; the host
// reads and verifies it and this dialog shows what it proved. The name and
// address lines live in this component's state only: closing the dialog
// drops them, nothing stores or prints them. When the host says the piece
// may be ticked, the focus is on « Cocher », so one more Enter ticks it.
// « Utiliser la caméra » swaps the field for a live preview (CameraPreview):
// a code it decodes goes to the same host verification.
import { useEffect, useId, useRef, useState } from 'react';
import type { Visit } from '../../electron/common/contract.js';
import { CameraPreview } from './CameraPreview.js';
import { TwoDDocReadingView } from './TwoDDocReadingView.js';
import { useTwoDDocReading, type TwoDDocTarget } from './useTwoDDocReading.js';
import { WedgeCodeForm } from './WedgeCodeForm.js';
import { useStationText } from '../station-text.js';

export function TwoDDocDialog(
  props: TwoDDocTarget & {
    pieceLabel: string;
    onTicked: (visit: Visit) => void;
    onClose: () => void;
  },
) {
  const t = useStationText();
  const dialog = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const tickButton = useRef<HTMLButtonElement>(null);
  const cameraToggle = useRef<HTMLButtonElement>(null);
  const [camera, setCamera] = useState(false);
  const { code, changeCode, reading, error, busy, read, tick, reset } = useTwoDDocReading({
    reference: props.reference,
    applicantId: props.applicantId,
    pieceId: props.pieceId,
  });
  const id = useId();

  useEffect(() => {
    dialog.current?.showModal();
    field.current?.focus();
  }, []);
  useEffect(() => {
    if (reading?.readable && reading.tickable) tickButton.current?.focus();
    else if (camera) cameraToggle.current?.focus();
    else if (reading || error) {
      // Nothing to tick: the code stays selected, so the next scan replaces it instead of landing after it.
      field.current?.focus();
      field.current?.select();
    }
  }, [reading, error, camera]);

  const onTick = async () => {
    const visit = await tick();
    if (!visit) return;
    props.onTicked(visit);
    dialog.current?.close();
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
          reset();
        }}
      >
        {camera ? t('twoDDoc.camera.back') : t('twoDDoc.camera.use')}
      </button>
      {/* Title and actions stay in view; only this body scrolls when the window is short (1280×800 with the camera). */}
      <div className="two-d-doc-body" data-two-d-doc-body>
        {camera ? (
          <CameraPreview
            onCode={(text) => {
              changeCode(text);
              void read(text);
            }}
          />
        ) : (
          <WedgeCodeForm id={`${id}-code`} field={field} code={code} busy={busy} onChange={changeCode} onRead={() => void read()} />
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
          {reading?.readable && <TwoDDocReadingView reading={reading} />}
        </div>
      </div>
      <div className="actions">
        {reading?.readable && reading.tickable && (
          <button type="button" ref={tickButton} className="primary" disabled={busy} onClick={() => void onTick()}>
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
