export * from './layer.js';
export * from './layer-error.js';
export * from './model.js';
