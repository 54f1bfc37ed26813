import { chmod, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let sequence = 0;

/**
 * Writes `data` to `path` through a temporary file in the same directory and a rename, so that a
 * reader never sees a half-written file (rename within one file system is atomic). `mode` sets the permission bits
 * (e.g. an executable script).
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string, mode?: number): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${sequence++}.tmp`);
  try {
    await writeFile(temp, data);
    if (mode !== undefined) await chmod(temp, mode);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
