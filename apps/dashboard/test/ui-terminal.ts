// In-memory terminal streams for driving Ink directly (runLiveDashboard, raw-mode-less stdin, resize).
import { EventEmitter } from 'node:events';

export class FakeStdout extends EventEmitter {
  readonly isTTY = true;
  readonly frames: string[] = [];
  constructor(
    public columns: number,
    public rows: number,
  ) {
    super();
  }
  write = (frame: string): boolean => {
    this.frames.push(frame);
    return true;
  };
  resize(columns: number, rows: number): void {
    this.columns = columns;
    this.rows = rows;
    this.emit('resize');
  }
  /** Everything written, ANSI control sequences removed. */
  text(): string {
    return this.frames.join('').replace(/\u001B\[[0-9;?]*[A-Za-z]/g, '');
  }
}

export class FakeStdin extends EventEmitter {
  rawModeCalls = 0;
  private data: string | null = null;
  constructor(readonly isTTY: boolean) {
    super();
  }
  send(data: string): void {
    this.data = data;
    this.emit('readable');
    this.emit('data', data);
  }
  read = (): string | null => {
    const { data } = this;
    this.data = null;
    return data;
  };
  setRawMode(): void {
    if (!this.isTTY) throw new Error('Raw mode is not supported');
    this.rawModeCalls += 1;
  }
  setEncoding(): void {}
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
}

/** Lets React commit and Ink write. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
