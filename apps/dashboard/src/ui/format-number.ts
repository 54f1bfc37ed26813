const SI_SUFFIXES = ['', 'k', 'M', 'G', 'T', 'P', 'E'];

/** A magnitude in three significant digits with an SI suffix (12.3k, 4.56M); small integers stay exact. */
export function formatQuantity(value: number): string {
  if (Number.isNaN(value)) return '—';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '-∞';
  const magnitude = Math.abs(value);
  if (magnitude < 1000) {
    if (Number.isInteger(value)) return String(value);
    if (magnitude === 0) return '0';
    return trimZeros(value.toPrecision(3));
  }
  let tier = Math.min(Math.floor(Math.log10(magnitude) / 3), SI_SUFFIXES.length - 1);
  let scaled = value / 1000 ** tier;
  // 999.95k rounds to "1000k"; move it to the next tier instead.
  if (Math.abs(Number(scaled.toPrecision(3))) >= 1000 && tier < SI_SUFFIXES.length - 1) {
    tier += 1;
    scaled = value / 1000 ** tier;
  }
  return trimZeros(scaled.toPrecision(3)) + SI_SUFFIXES[tier];
}

function trimZeros(text: string): string {
  if (text.includes('e')) return text;
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** An exact count with thousands separators: 12,345. */
export function formatCount(value: number): string {
  return Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : formatQuantity(value);
}

/** A fraction (0..1) as a percentage. */
export function formatPercent(fraction: number, digits = 0): string {
  if (!Number.isFinite(fraction)) return '—';
  return `${(fraction * 100).toFixed(digits)}%`;
}

/** A relative difference as a signed percentage: +12.3%. */
export function formatSignedPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return '—';
  const sign = fraction > 0 ? '+' : fraction < 0 ? '-' : '';
  return `${sign}${(Math.abs(fraction) * 100).toFixed(1)}%`;
}

/** Milliseconds as m:ss or h:mm:ss. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  const totalSeconds = Math.floor(ms / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}
