// Braille cells hold a 2×4 dot matrix; bit for (column, row) within a cell.
const DOT_BITS: readonly (readonly number[])[] = [
  [0x01, 0x02, 0x04, 0x40],
  [0x08, 0x10, 0x20, 0x80],
];

/** A dot canvas drawn with Unicode braille: `columns × rows` characters give 2·columns × 4·rows dots. */
export class BrailleCanvas {
  private readonly cells: number[];

  constructor(
    readonly columns: number,
    readonly rows: number,
  ) {
    this.cells = new Array<number>(Math.max(0, columns * rows)).fill(0);
  }

  get dotWidth(): number {
    return this.columns * 2;
  }

  get dotHeight(): number {
    return this.rows * 4;
  }

  /** Sets the dot at (x, y), y = 0 at the top; dots outside the canvas are ignored. */
  set(x: number, y: number): void {
    const xi = Math.round(x);
    const yi = Math.round(y);
    if (xi < 0 || yi < 0 || xi >= this.dotWidth || yi >= this.dotHeight) return;
    const cell = Math.floor(yi / 4) * this.columns + Math.floor(xi / 2);
    this.cells[cell] = (this.cells[cell] ?? 0) | (DOT_BITS[xi % 2]?.[yi % 4] ?? 0);
  }

  /** Vertical run of dots from y0 to y1 inclusive at column x. */
  vertical(x: number, y0: number, y1: number): void {
    const [from, to] = y0 <= y1 ? [y0, y1] : [y1, y0];
    for (let y = Math.round(from); y <= Math.round(to); y++) this.set(x, y);
  }

  lines(): string[] {
    const lines: string[] = [];
    for (let r = 0; r < this.rows; r++) {
      let line = '';
      for (let c = 0; c < this.columns; c++) line += String.fromCharCode(0x2800 + (this.cells[r * this.columns + c] ?? 0));
      lines.push(line);
    }
    return lines;
  }
}
