/** Median, minimum and maximum of repeated measurements, as the tables print them: `median (min–max)`. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function spread(values: readonly number[]): Spread | undefined {
  if (!values.length) return undefined;
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}
