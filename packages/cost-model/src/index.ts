export * from './hardware.js';
export * from './evaluation.js';
