import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/**
 * Every QR code printed on a PDF, as a phone or a scanner would read it:
 * each page rendered by poppler's pdftoppm and looked at in overlapping
 * views about as tall as they are wide (a scanner sees a patch, and jsQR
 * misses codes on a 70 cm receipt roll seen whole), each decoded with jsQR,
 * the found code blanked out and the view read again until none is left.
 * jsQR misses some codes at one scale that it reads at another, as a
 * scanner held nearer does: the codes found at any of `resolutions` count.
 */
export function pdfQrCodes(pdf: Buffer, resolutions = [150, 200, 300]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-qr-'));
  try {
    const file = join(dir, 'ticket.pdf');
    writeFileSync(file, pdf);
    for (const dpi of resolutions) execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-aaVector', 'no', file, join(dir, `at${dpi}`)]);
    const found = new Set<string>();
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.png'))
      .sort()) {
      const png = PNG.sync.read(readFileSync(join(dir, name)));
      const step = png.width;
      for (let top = 0; top < png.height; top += step) {
        const height = Math.min(2 * step, png.height - top);
        const view = Uint8ClampedArray.from(png.data.subarray(top * png.width * 4, (top + height) * png.width * 4));
        for (let code = jsQR(view, png.width, height); code; code = jsQR(view, png.width, height)) {
          // jsQR can read a finder-like pattern with no data in it (a blank strip's edge): that is no code.
          if (code.data !== '') found.add(code.data);
          blank(view, png.width, code.location);
        }
        if (top + height >= png.height) break;
      }
    }
    return [...found];
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
