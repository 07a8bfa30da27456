// `npm start`: the Electron app when its runtime is installed, otherwise the
// browser host with the same renderer, services and database.
import { spawnSync } from 'node:child_process';
import { electronBinary } from './services/electron-binary.node.js';

const run = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const binary = electronBinary();
if (binary) {
  console.log('Dossier complet — hôte Electron.');
  run('npx', ['electron-vite', 'build', '--config', '.config/electron.vite.config.ts']);
  run(binary, ['.']);
} else {
  run('npx', ['vite', 'build', '--config', '.config/vite.renderer.config.ts', '--logLevel', 'warn']);
  // Built once with esbuild (well under a second), then plain Node: no TypeScript compiled while the host starts.
  run('npm', ['run', '-s', 'build:host']);
  run(process.execPath, ['out/browser-host/main.mjs']);
}
