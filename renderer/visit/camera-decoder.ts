// The camera path's decoder: ZXing-C++ in WebAssembly (zxing-wasm), reading
// DataMatrix and QR codes from a video frame in the page. Its .wasm file is
// bundled by Vite into out/renderer and loaded from there: zxing-wasm would
// otherwise fetch it from a CDN, and the app never touches the network.
import { prepareZXingModule, readBarcodes, type ReaderOptions } from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

let prepared = false;

function prepare(): void {
  if (prepared) return;
  prepared = true;
  prepareZXingModule({ overrides: { locateFile: (file: string, prefix: string) => (file.endsWith('.wasm') ? wasmUrl : prefix + file) } });
}

const OPTIONS: ReaderOptions = {
  formats: ['DataMatrix', 'QRCode'],
  // A 2D-Doc's GS (0x1D) and US (0x1F) must reach the host as themselves, not rendered for reading.
  textMode: 'Plain',
  tryHarder: true,
  tryRotate: true,
  maxNumberOfSymbols: 1,
};

/** The text of the first DataMatrix or QR code in the frame, or null when none is read. */
export async function decodeFrame(frame: ImageData): Promise<string | null> {
  prepare();
  const [result] = await readBarcodes(frame, OPTIONS);
  return result?.isValid ? result.text : null;
}
