// The 2D-Doc camera path's live preview. The camera is asked for when this
// component mounts (only on the « Utiliser la caméra » screen) and every
// track is stopped when it unmounts: the dialog closing or the agent going
// back to the scanner both unmount it. Frames are decoded in the page
// (camera-decoder.ts); each new text is handed to the dialog, which sends it
// to the same host verification as the scanner's.
import { useEffect, useRef, useState } from 'react';
import { decodeFrame } from './camera-decoder.js';
import { useStationText } from '../station-text.js';

/** Time between two decoded frames: a held-still code is read within a few of them, and the CPU stays free. */
const FRAME_INTERVAL_MS = 150;

export function CameraPreview(props: { onCode: (text: string) => void }) {
  const t = useStationText();
  const video = useRef<HTMLVideoElement>(null);
  const onCode = useRef(props.onCode);
  onCode.current = props.onCode;
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState(t('twoDDoc.camera.waiting'));

  useEffect(() => {
    let stream: MediaStream | null = null;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = '';
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });

    const scan = async () => {
      const element = video.current;
      if (stopped || !element || !context) return;
      if (element.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && element.videoWidth > 0) {
        canvas.width = element.videoWidth;
        canvas.height = element.videoHeight;
        context.drawImage(element, 0, 0);
        let text: string | null;
        try {
          text = await decodeFrame(context.getImageData(0, 0, canvas.width, canvas.height));
        } catch (e) {
          // The decoder itself failed (its .wasm refused or missing): said once, not retried every frame.
          for (const track of stream?.getTracks() ?? []) track.stop();
          if (!stopped) setProblem(t('twoDDoc.camera.failed', { why: (e as Error).name || 'décodeur' }));
          return;
        }
        // The same code held in front of the camera is read once, not once a frame.
        if (!stopped && text !== null && text !== last) {
          last = text;
          setStatus(t('twoDDoc.camera.read'));
          onCode.current(text);
        }
      }
      if (!stopped) timer = setTimeout(() => void scan(), FRAME_INTERVAL_MS);
    };

    const start = async () => {
      try {
        const opened = await navigator.mediaDevices.getUserMedia({
          video: { width: { ideal: 1280 }, height: { ideal: 720 } },
          audio: false,
        });
        if (stopped) {
          for (const track of opened.getTracks()) track.stop();
          return;
        }
        stream = opened;
        if (video.current) {
          video.current.srcObject = opened;
          await video.current.play();
        }
        void scan();
      } catch (e) {
        if (stopped) return;
        const name = (e as DOMException).name;
        if (name === 'NotAllowedError' || name === 'SecurityError') setProblem(t('twoDDoc.camera.denied'));
        else if (name === 'NotFoundError' || name === 'OverconstrainedError') setProblem(t('twoDDoc.camera.none'));
        else setProblem(t('twoDDoc.camera.failed', { why: name }));
      }
    };
    void start();

    return () => {
      stopped = true;
      clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
      if (video.current) video.current.srcObject = null;
    };
    // The camera opens once per mount; t is stable for the screen's life.
  }, []);

  return (
    <div className="two-d-doc-camera">
      <p>{t('twoDDoc.camera.intro')}</p>
      {problem ? (
        <p role="alert" className="error">
          {problem}
        </p>
      ) : (
        <>
          <video ref={video} muted playsInline aria-label={t('twoDDoc.camera.preview')} data-camera-preview />
          <p role="status" data-camera-status>
            {status}
          </p>
        </>
      )}
    </div>
  );
}
