const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A horizontal bar `width` cells wide filled to `fraction` (clamped to 0..1), with eighth-cell resolution. */
export function barText(fraction: number, width: number, track = ' '): string {
  if (width <= 0) return '';
  const clamped = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  const eighths = Math.round(clamped * width * 8);
  const full = Math.floor(eighths / 8);
  const partial = EIGHTHS[eighths % 8] ?? '';
  const used = full + (partial ? 1 : 0);
  return '█'.repeat(full) + partial + track.repeat(Math.max(0, width - used));
}
