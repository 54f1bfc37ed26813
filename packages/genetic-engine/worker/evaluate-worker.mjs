// Worker thread of the evaluation pool. Plain .mjs because Node 20 cannot load TypeScript workers; the loop is this
// package's BUILT src/evaluation-task.ts (which imports the built cost model), so the pool needs `tsc -b` first. Each
// worker runs one task for its whole life: a loop that sleeps on a shared control word between batches.
export { runEvaluationLoop as default } from '../dist/evaluation-task.js';
