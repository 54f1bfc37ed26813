import type { Problem } from './problem.js';
import type { SpaceOptions } from './space-options.js';
import { spaceRules } from './space-rules.js';

/**
 * The level counts a mapping of `problem` may have under `options`: the requested range (`DEFAULT_LEVELS` when none
 * is given) narrowed by the flexibility constraints' own, which alone decide when no range is requested. Operators
 * that add or remove levels must use this, not `options.levels`. Throws ConstraintConflictError when the two ranges
 * do not meet. Cached with the space's other rules (the same object for the same options and problem).
 */
export function allowedLevelRange(problem: Problem, options: SpaceOptions): { readonly min: number; readonly max: number } {
  return spaceRules(problem, options).levelRange;
}
