import type { SearchEvent } from '@gamma-ts/genetic-engine';

/**
 * Turns the engine's `onEvent` callback into the async iterable the dashboard reads: `push` is the callback, `end`
 * says the search returned, `fail` that it threw. Events wait here only until the next turn of the event loop.
 */
export class SearchEventQueue implements AsyncIterable<SearchEvent> {
  private readonly buffered: SearchEvent[] = [];
  private wake: (() => void) | null = null;
  private ended = false;
  private failure: { readonly error: unknown } | null = null;

  /** The engine's `onEvent`; bound, so it can be passed as is. */
  readonly push = (event: SearchEvent): void => {
    if (this.ended) return;
    this.buffered.push(event);
    this.notify();
  };

  end(): void {
    this.ended = true;
    this.notify();
  }

  fail(error: unknown): void {
    this.failure = { error };
    this.ended = true;
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<SearchEvent> {
    for (;;) {
      const next = this.buffered.shift();
      if (next !== undefined) {
        yield next;
        continue;
      }
      if (this.failure !== null) throw this.failure.error;
      if (this.ended) return;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    }
  }
}
