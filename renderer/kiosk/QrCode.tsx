import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code to scan with a phone, drawn locally (nothing is fetched). */
export function QrCode(props: { url: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void QRCode.toDataURL(props.url, { margin: 1, width: 160 }).then((data) => live && setSrc(data));
    return () => {
      live = false;
    };
  }, [props.url]);
  return src ? <img className="qr" src={src} alt={props.label} width={160} height={160} /> : null;
}
