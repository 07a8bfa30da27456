import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer.config.js';

const at = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
/** Where the app is built: out/ (package.json's main), or elsewhere for tests. */
const out = process.env['ELECTRON_VITE_OUT'] ?? at('out');

/** The Electron app: main and preload bundled to out/, the renderer as the browser host serves it. */
export default defineConfig({
  main: {
    build: {
      outDir: `${out}/main`,
      lib: { entry: at('electron/electron-main/main.main.ts') },
      rollupOptions: { external: ['better-sqlite3', 'playwright-core'] },
    },
  },
  preload: {
    build: {
      outDir: `${out}/preload`,
      lib: { entry: at('electron/preload/preload.preload.ts'), formats: ['cjs'] },
      rollupOptions: { output: { entryFileNames: 'preload.preload.js' } },
    },
  },
  renderer: {
    ...rendererConfig,
    build: { ...rendererConfig.build, outDir: `${out}/renderer`, rollupOptions: { input: at('renderer/index.html') } },
  },
});
