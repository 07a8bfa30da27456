import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/**
 * Every QR code printed on a PDF, as a phone or a scanner would read it:
 * each page rendered by poppler's pdftoppm, decoded with jsQR, the found
 * code blanked out and the page read again until no code is left.
 */
export function pdfQrCodes(pdf: Buffer, dpi = 200): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-qr-'));
  try {
    const file = join(dir, 'ticket.pdf');
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), file, join(dir, 'page')]);
    const found: string[] = [];
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.png')).sort()) {
      const png = PNG.sync.read(readFileSync(join(dir, name)));
      const pixels = new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length);
      for (let code = jsQR(pixels, png.width, png.height); code; code = jsQR(pixels, png.width, png.height)) {
        found.push(code.data);
        blank(pixels, png.width, code.location);
      }
    }
    return found;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Corners = NonNullable<ReturnType<typeof jsQR>>['location'];

function blank(pixels: Uint8ClampedArray, width: number, at: Corners): void {
  const xs = [at.topLeftCorner.x, at.topRightCorner.x, at.bottomLeftCorner.x, at.bottomRightCorner.x];
  const ys = [at.topLeftCorner.y, at.topRightCorner.y, at.bottomLeftCorner.y, at.bottomRightCorner.y];
  const height = pixels.length / 4 / width;
  for (let y = Math.max(0, Math.floor(Math.min(...ys)) - 4); y < Math.min(height, Math.ceil(Math.max(...ys)) + 4); y += 1) {
    for (let x = Math.max(0, Math.floor(Math.min(...xs)) - 4); x < Math.min(width, Math.ceil(Math.max(...xs)) + 4); x += 1) {
      pixels.fill(255, (y * width + x) * 4, (y * width + x) * 4 + 4);
    }
  }
}
