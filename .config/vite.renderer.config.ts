import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The renderer alone: served by the browser host, and reused by electron-vite for the app. */
export const rendererConfig = defineConfig({
  root: fileURLToPath(new URL('../renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../out/renderer', import.meta.url)),
    emptyOutDir: true,
    // No inline scripts or styles: the CSP allows only the app's own files.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // Served from the machine itself: one bundle is fine.
    chunkSizeWarningLimit: 2000,
  },
});

export default rendererConfig;
