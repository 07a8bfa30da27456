// How rules/ writes figures in French sentences: one place, so a sentence
// never spells a number differently from its neighbour.

/** 44.5 → "44,50 €", 86 → "86 €". */
export function formatEuros(amount: number): string {
  return `${amount.toFixed(2).replace('.', ',').replace(',00', '')} €`;
}

/** A duration in months as people say it: 12 → "un an", 24 → "2 ans", 6 → "6 mois". */
export function months(n: number): string {
  if (n % 12 !== 0) return `${n} mois`;
  return n === 12 ? 'un an' : `${n / 12} ans`;
}

/** "moins d'un an", "moins de 3 mois": the elision before "un". */
export function lessThanMonths(n: number): string {
  const duration = months(n);
  return duration.startsWith('un') ? `moins d’${duration}` : `moins de ${duration}`;
}
