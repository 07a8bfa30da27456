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
async function dataMatrixPng(code: string): Promise<Buffer> {
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

/** A camera frame (RGBA, as a canvas's ImageData holds it) of the code centred on a white page. */
export async function stillCodeFrame(
  code: string,
  width = 640,
  height = 480,
): Promise<{ data: Uint8ClampedArray; width: number; height: number }> {
  const png = PNG.sync.read(await dataMatrixPng(code));
  if (png.width > width || png.height > height) throw new Error(`DataMatrix ${png.width}×${png.height} larger than the frame`);
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  const left = Math.floor((width - png.width) / 2);
  const top = Math.floor((height - png.height) / 2);
  for (let row = 0; row < png.height; row++) {
    data.set(png.data.subarray(row * png.width * 4, (row + 1) * png.width * 4), ((top + row) * width + left) * 4);
  }
  return { data, width, height };
}

/** One frame's Y, U and V planes (BT.601, full range, as C420jpeg says): grey, so U and V are flat. */
function yuvOf(frame: { data: Uint8ClampedArray; width: number; height: number }): Buffer {
  const { data, width, height } = frame;
  const y = Buffer.alloc(width * height);
  for (let i = 0; i < width * height; i++) y[i] = Math.round(0.299 * data[i * 4]! + 0.587 * data[i * 4 + 1]! + 0.114 * data[i * 4 + 2]!);
  return Buffer.concat([y, Buffer.alloc((width / 2) * (height / 2) * 2, 128)]);
}

/** Writes `file` as a short Y4M video of the code held still; returns the file. */
export async function stillCodeVideo(code: string, file: string, width = 640, height = 480): Promise<string> {
  const frame = yuvOf(await stillCodeFrame(code, width, height));
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  const frames = Array.from({ length: 10 }, () => [Buffer.from('FRAME\n'), frame]).flat();
  writeFileSync(file, Buffer.concat([header, ...frames]));
  return file;
}
