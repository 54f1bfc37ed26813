export * from './dim.js';
export * from './problem.js';
export * from './mapping.js';
export * from './rng.js';
