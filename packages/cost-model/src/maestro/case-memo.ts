import type { ClusterLevel } from './cluster-level.js';

/**
 * Within one analysis call, the delay of a sub-cluster case depends only on the *kinds* of its directives' states
 * (position, unrolled, init-edge, edge-edge), never on the dims that produced them: every volume comes from the
 * level's static tables. Sub-cluster analyses of the same level for different dims (full tiles, edge remainders)
 * therefore share most of their cases; this open-addressing table keeps each case's delay (or that it was
 * skipped) by its kind key. Entries are stamped with a generation, so starting a new call clears nothing.
 */

/** Slots per level (a power of two); inserts stop at three quarters full. */
export const CASE_MEMO_SLOTS = 512;
const SLOT_BITS = 9;
const MAX_ENTRIES = (CASE_MEMO_SLOTS * 3) / 4;

let generation = 0;

/** Forgets every entry of the level (the next call has other static tables). */
export function resetCaseMemo(lv: ClusterLevel): void {
  lv.caseMemoGeneration = ++generation;
  lv.caseMemoCount = 0;
}

/**
 * Slot holding `key`, or -1; on a miss `lv.caseMemoInsertSlot` is where to store it (-1 when the table is full).
 */
export function findCase(lv: ClusterLevel, key: number): number {
  const gens = lv.caseMemoGen;
  const keys = lv.caseMemoKey;
  const gen = lv.caseMemoGeneration;
  let slot = Math.imul(key, 0x9e3779b1) >>> (32 - SLOT_BITS);
  for (;;) {
    if (gens[slot] !== gen) {
      lv.caseMemoInsertSlot = lv.caseMemoCount < MAX_ENTRIES ? slot : -1;
      return -1;
    }
    if (keys[slot] === key) return slot;
    slot = (slot + 1) & (CASE_MEMO_SLOTS - 1);
  }
}

/** Stores the current case's outcome at the slot `findCase` chose. */
export function storeCase(lv: ClusterLevel, key: number, skipped: boolean, delay: number): void {
  const slot = lv.caseMemoInsertSlot;
  if (slot < 0) return;
  lv.caseMemoGen[slot] = lv.caseMemoGeneration;
  lv.caseMemoKey[slot] = key;
  lv.caseMemoSkipped[slot] = skipped ? 1 : 0;
  lv.caseMemoDelay[slot] = delay;
  lv.caseMemoCount++;
}
