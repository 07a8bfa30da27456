import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Where the `electron` package lies, or null where it is not installed. */
function electronPackageDir(): string | null {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/**
 * The Electron binary's path, or null where it was not downloaded
 * (ELECTRON_SKIP_BINARY_DOWNLOAD=1, as on machines without internet).
 *
 * It reads the package's own `path.txt` and `dist/` instead of requiring
 * `electron`: that module downloads the binary when it is missing, which
 * without internet prints « Downloading Electron binary… TypeError: fetch
 * failed » and a stack before anything the user should read.
 */
export function electronBinary(packageDir: string | null = electronPackageDir()): string | null {
  if (packageDir === null) return null;
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = readFileSync(pathFile, 'utf8').trim();
  if (executable === '') return null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? join(override, executable) : join(packageDir, 'dist', executable);
  return existsSync(binary) ? binary : null;
}
