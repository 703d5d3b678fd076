/** Harmonic mean of precision and recall; 0 when both are 0 (the limit is undefined, 0 is the usual choice). */
export function f1Score(precision: number, recall: number): number {
  const sum = precision + recall;
  return sum === 0 ? 0 : (2 * precision * recall) / sum;
}
