// A host in the middle of printing, for the test to kill: it renders a
// receipt holding MARKER with the real headless Chromium, then hands it to an
// `lp` that never finishes. TMPDIR is the test's own folder.
import { ChromiumPdfRenderer } from '../../../electron/services/receipt/chromium-pdf.node.js';
import { CupsPrinter } from '../../../electron/services/receipt/cups-printer.node.js';

const [marker, lp] = process.argv.slice(2) as [string, string];
const pdf = new ChromiumPdfRenderer();
void new CupsPrinter(pdf, lp).print(`<html><body><p>${marker}</p></body></html>`, 'a4', 'Guichet-1');
