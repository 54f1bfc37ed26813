import type { SearchEvent } from '@gamma-ts/genetic-engine';

/** Registers a listener for search events and returns the function that unregisters it. */
export type SearchEventSubscribe = (listener: (event: SearchEvent) => void) => () => void;

/** Where progress comes from: an async iterable that ends with the search, or a subscribe function. */
export type SearchEventSource = AsyncIterable<SearchEvent> | SearchEventSubscribe;

/**
 * Feeds every event to `onEvent`. Resolves when an iterable ends, or (subscribe form, which has no end of its own)
 * right after the `run-end` event; rejects if the iterable throws.
 */
export async function consumeSearchEvents(source: SearchEventSource, onEvent: (event: SearchEvent) => void): Promise<void> {
  if (typeof source === 'function') {
    await new Promise<void>((resolve, reject) => {
      let unsubscribe: (() => void) | null = null;
      let ended = false;
      const listener = (event: SearchEvent): void => {
        if (ended) return;
        try {
          onEvent(event);
        } catch (error) {
          ended = true;
          unsubscribe?.();
          reject(error);
          return;
        }
        if (event.type === 'run-end') {
          ended = true;
          unsubscribe?.();
          resolve();
        }
      };
      unsubscribe = source(listener);
      // A source may emit everything, run-end included, inside `subscribe`.
      if (ended) unsubscribe();
    });
    return;
  }
  for await (const event of source) onEvent(event);
}
