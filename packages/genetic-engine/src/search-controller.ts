/**
 * Lets a caller (CLI signal handler, dashboard keys) stop or pause a running search. Both take effect between
 * generations: a stopped search returns the results so far with stop reason `interrupted` and writes a checkpoint.
 */
export class SearchController {
  private readonly aborter = new AbortController();
  private pausedFlag = false;
  private waiters: (() => void)[] = [];

  get signal(): AbortSignal {
    return this.aborter.signal;
  }

  get stopped(): boolean {
    return this.aborter.signal.aborted;
  }

  get paused(): boolean {
    return this.pausedFlag;
  }

  stop(): void {
    this.aborter.abort();
    this.release();
  }

  pause(): void {
    this.pausedFlag = true;
  }

  resume(): void {
    this.pausedFlag = false;
    this.release();
  }

  /** Resolves at once unless paused; otherwise when resumed or stopped. */
  waitWhilePaused(): Promise<void> {
    if (!this.pausedFlag || this.stopped) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private release(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}
