export { analyzeMaestro, diagnoseMaestro } from './analyze.js';
export type { MaestroCrash, MaestroDiagnosis, MaestroHardware } from './analyze.js';
