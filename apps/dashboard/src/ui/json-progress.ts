import type { SearchEvent } from '@gamma-ts/genetic-engine';

/**
 * `--json`: each event as one line of JSON, in order, nothing else. Non-finite numbers (a best of Infinity before
 * any valid mapping) become null, as JSON has no Infinity.
 */
export function createJsonEventPrinter(write: (text: string) => void): (event: SearchEvent) => void {
  return (event) => write(JSON.stringify(event) + '\n');
}
