import type { Individual } from './individual.js';
import { crowdingDistance, dominates } from './nsga2.js';

/** Default cap on the archived front; beyond it the most crowded points go (NSGA-II's crowding distance). */
export const DEFAULT_ARCHIVE_SIZE = 100;

function sameCosts(a: readonly number[], b: readonly number[]): boolean {
  return a.every((v, i) => v === b[i]);
}

/**
 * Adds valid candidates to a non-dominated archive (every valid sample ever seen competes, not just the survivors).
 * Returns the new archive and whether it changed. Points with identical objective values are kept once (the first).
 */
export function updateArchive(
  archive: readonly Individual[],
  candidates: readonly Individual[],
  capacity = DEFAULT_ARCHIVE_SIZE,
): { archive: Individual[]; changed: boolean } {
  let current = [...archive];
  let changed = false;
  for (const c of candidates) {
    if (!c.valid) continue;
    if (current.some((a) => dominates(a.costs, c.costs) || sameCosts(a.costs, c.costs))) continue;
    current = current.filter((a) => !dominates(c.costs, a.costs));
    current.push(c);
    changed = true;
  }
  while (current.length > capacity) {
    const indices = current.map((_, i) => i);
    const distance = crowdingDistance(current.map((a) => a.costs), indices);
    let worst = 0;
    for (let i = 1; i < distance.length; i++) if (distance[i] < distance[worst]) worst = i;
    current.splice(worst, 1);
  }
  // A stable order (first objective ascending) keeps results and events readable and deterministic.
  current.sort((a, b) => a.costs[0] - b.costs[0] || (a.costs[1] ?? 0) - (b.costs[1] ?? 0));
  return { archive: current, changed };
}
