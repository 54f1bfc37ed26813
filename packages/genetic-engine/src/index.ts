export * from './search-result.js';
export * from './search-event.js';
