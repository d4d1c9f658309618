/** Repeated measurements: median and minimum are what the benchmark reports. */
export interface Stat {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

export function stat(values: readonly number[]): Stat {
  if (values.length === 0) throw new Error('no measurements');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: [...values] };
}

/** stat() over the defined values only; undefined when none is defined. */
export function statOf<T>(items: readonly T[], pick: (t: T) => number | undefined): Stat | undefined {
  const values = items.map(pick).filter((v): v is number => v !== undefined && Number.isFinite(v));
  return values.length ? stat(values) : undefined;
}

export function seconds(ms: number | undefined): string {
  return ms === undefined ? '—' : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

export function bytes(n: number | undefined): string {
  if (n === undefined) return '—';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}
