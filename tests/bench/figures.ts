/** Named figures a benchmark prints, e.g. `rules.p99_ms`. */
export type Figures = Record<string, number>;

/** The nearest-rank percentile `p` (0 to 100) of `values`, in any order; NaN when there is none, so an empty series never prints as a figure. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
