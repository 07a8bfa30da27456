// A 2D-Doc held still in front of a webcam, for Chromium's fake camera:
// the code drawn as a DataMatrix by bwip-js (a maintained generator, not the
// decoder under test), centred on a white page, written as a Y4M video
// (YUV 4:2:0) that `--use-file-for-fake-video-capture` loops.
import { writeFileSync } from 'node:fs';
import bwipjs from 'bwip-js/node';
import { PNG } from 'pngjs';

/** bwip-js's `parse` form: GS and US as ^029 and ^031, a literal caret as ^094. */
function caretEscaped(code: string): string {
  return code.replace(/[\^\u001d\u001f]/g, (c) => `^${String(c.charCodeAt(0)).padStart(3, '0')}`);
}

/** The code as a DataMatrix PNG, a few pixels a module, with its quiet zone. */
export async function dataMatrixPng(code: string): Promise<Buffer> {
  return bwipjs.toBuffer({
    bcid: 'datamatrix',
    text: caretEscaped(code),
    parse: true,
    scale: 4,
    paddingwidth: 8,
    paddingheight: 8,
    backgroundcolor: 'FFFFFF',
  });
}

/** One frame's Y, U and V planes (BT.601, full range, as C420jpeg says) of an RGBA image centred on white. */
function frameOf(png: PNG, width: number, height: number): Buffer {
  const y = Buffer.alloc(width * height, 255);
  const u = Buffer.alloc((width / 2) * (height / 2), 128);
  const v = Buffer.alloc((width / 2) * (height / 2), 128);
  const left = Math.floor((width - png.width) / 2);
  const top = Math.floor((height - png.height) / 2);
  for (let row = 0; row < png.height; row++) {
    for (let col = 0; col < png.width; col++) {
      const at = (row * png.width + col) * 4;
      const alpha = png.data[at + 3]! / 255;
      const [r, g, b] = [0, 1, 2].map((k) => png.data[at + k]! * alpha + 255 * (1 - alpha)) as [number, number, number];
      y[(top + row) * width + left + col] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
    }
  }
  return Buffer.concat([y, u, v]);
}

/** Writes `file` as a short Y4M video of the code held still; returns the file. */
export async function stillCodeVideo(code: string, file: string, width = 640, height = 480): Promise<string> {
  const png = PNG.sync.read(await dataMatrixPng(code));
  if (png.width > width || png.height > height) throw new Error(`DataMatrix ${png.width}×${png.height} larger than the frame`);
  const frame = frameOf(png, width, height);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  const frames = Array.from({ length: 10 }, () => [Buffer.from('FRAME\n'), frame]).flat();
  writeFileSync(file, Buffer.concat([header, ...frames]));
  return file;
}
