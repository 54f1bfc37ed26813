import type { SearchResult } from '@gamma-ts/genetic-engine';
import type { DashboardRunInfo } from './dashboard-state.js';
import { createJsonEventPrinter } from './json-progress.js';
import { createPlainProgressPrinter } from './plain-progress.js';
import { consumeSearchEvents, type SearchEventSource } from './search-event-source.js';

export interface PlainProgressOptions {
  readonly events: SearchEventSource;
  readonly run: DashboardRunInfo;
  readonly write: (text: string) => void;
  /** One JSON event per line instead of readable lines. */
  readonly json: boolean;
  readonly now?: () => number;
}

/** Non-TTY progress: readable lines and the final table, or JSON lines. Resolves with the `run-end` result. */
export async function runPlainProgress(options: PlainProgressOptions): Promise<{ readonly result: SearchResult | null }> {
  const print = options.json ? createJsonEventPrinter(options.write) : createPlainProgressPrinter(options.run, options.write, options.now);
  let result: SearchResult | null = null;
  await consumeSearchEvents(options.events, (event) => {
    if (event.type === 'run-end') result = event.result;
    print(event);
  });
  return { result };
}
