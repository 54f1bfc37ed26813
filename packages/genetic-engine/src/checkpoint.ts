import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Mapping } from '@gamma-ts/search-space';
import type { LayerResult } from './search-result.js';
import type { LayerSearchState } from './layer-search.js';
import type { ResolvedSearchRequest } from './search-request.js';
import { writeFileAtomic } from './atomic-write.js';

export const CHECKPOINT_FILE = 'checkpoint.json';
const FORMAT = 'gamma-ts-checkpoint';
/** 2: the running round's layers (`round`) instead of one running layer. */
const VERSION = 2;

/**
 * A whole run between two generations: the request, the layers of finished rounds, and the exact state of each layer
 * of the running round (several unique shapes are searched at once, see `model-search.ts`).
 */
export interface Checkpoint {
  readonly format: typeof FORMAT;
  readonly version: typeof VERSION;
  readonly request: ResolvedSearchRequest;
  readonly startedAt: string;
  readonly completed: readonly { readonly result: LayerResult; readonly warmStart: readonly Mapping[] }[];
  /**
   * The running round's layers (searched shapes completed.length, completed.length + 1, …), each at its last finished
   * generation (null: not started; a finished layer keeps its final state), or null between rounds.
   */
  readonly round: readonly (LayerSearchState | null)[] | null;
}

/** Searched shapes finished in the checkpointed run: the finished rounds' and those of the running round. */
export function checkpointLayersDone(checkpoint: Checkpoint): number {
  const finishedInRound = (checkpoint.round ?? []).filter((s) => s !== null && s.stopReason !== null && s.stopReason !== 'interrupted').length;
  return checkpoint.completed.length + finishedInRound;
}

export function makeCheckpoint(fields: Omit<Checkpoint, 'format' | 'version'>): Checkpoint {
  return { format: FORMAT, version: VERSION, ...fields };
}

export function checkpointPath(dir: string): string {
  return join(dir, CHECKPOINT_FILE);
}

export async function writeCheckpoint(dir: string, checkpoint: Checkpoint): Promise<string> {
  const path = checkpointPath(dir);
  await writeFileAtomic(path, JSON.stringify(checkpoint));
  return path;
}

export async function removeCheckpoint(dir: string): Promise<void> {
  await rm(checkpointPath(dir), { force: true });
}

/** Reads `DIR/checkpoint.json`; errors name the file and what is wrong with it. */
export async function readCheckpoint(dir: string): Promise<Checkpoint> {
  const path = checkpointPath(dir);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new Error(`${path}: no checkpoint to resume (a search writes one into its --out directory when interrupted)`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const c = value as Partial<Checkpoint> | null;
  if (!c || typeof c !== 'object' || c.format !== FORMAT) throw new Error(`${path}: format: expected '${FORMAT}'`);
  if (c.version !== VERSION) throw new Error(`${path}: version: expected ${VERSION}, got ${JSON.stringify(c.version)}`);
  if (!c.request || typeof c.request !== 'object') throw new Error(`${path}: request: missing`);
  if (!Array.isArray(c.completed)) throw new Error(`${path}: completed: expected an array`);
  if (c.round !== null && !Array.isArray(c.round)) throw new Error(`${path}: round: expected an array of layer states or null`);
  if (typeof c.startedAt !== 'string') throw new Error(`${path}: startedAt: expected an ISO-8601 string`);
  return c as Checkpoint;
}
