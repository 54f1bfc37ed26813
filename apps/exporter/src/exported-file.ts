import { join } from 'node:path';
import { writeFileAtomic } from '@gamma-ts/genetic-engine';

/** One file of an export, relative to the output directory. */
export interface ExportedFile {
  readonly path: string;
  readonly content: string;
  /** Executable (shell scripts). */
  readonly executable?: boolean;
}

/** Writes every file under `dir`, each atomically; returns the absolute paths written. */
export async function writeExportedFiles(dir: string, files: readonly ExportedFile[]): Promise<string[]> {
  const written: string[] = [];
  for (const file of files) {
    const path = join(dir, file.path);
    await writeFileAtomic(path, file.content, file.executable ? 0o755 : undefined);
    written.push(path);
  }
  return written;
}
