// Worker thread of the evaluation pool. Plain .mjs because Node 20 cannot load TypeScript workers; the task runner
// is this package's BUILT src/evaluation-task.ts (which imports the built cost model), so the pool needs `tsc -b`
// first. Mappings and outcomes travel on SharedArrayBuffers: nothing but the small task object is cloned.
export { runEvaluationTask as default } from '../dist/evaluation-task.js';
