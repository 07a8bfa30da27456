/** Named figures a benchmark prints, e.g. `rules.p99_ms`. */
export type Figures = Record<string, number>;
