import { chromiumAvailable, CHROMIUM_PATH } from '../../electron/services/receipt/chromium-pdf.node.js';

/** Tests that need Debian's Chromium say so when it is absent, instead of failing obscurely. */
export const NO_CHROMIUM = chromiumAvailable()
  ? false
  : `Chromium is not installed at ${CHROMIUM_PATH} (bash .ci/install-system-packages installs it)`;
