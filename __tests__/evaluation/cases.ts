/**
 * Shared hand-computed cases. Labels are aligned by document: documents a b c d e f.
 *
 * EXAMPLE_A  predicted {a,b,c} {d,e} {f}; gold x = {a,b}, y = {c,d,e,f}.
 *   Contingency: row {a,b,c}: x 2, y 1; row {d,e}: y 2; row {f}: y 1.
 *   Row sums 3 2 1, column sums 2 4, n = 6.
 */
export const EXAMPLE_A = {
  ids: ['a', 'b', 'c', 'd', 'e', 'f'],
  predicted: [0, 0, 0, 1, 1, 2],
  gold: ['x', 'x', 'y', 'y', 'y', 'y'],
  languages: ['en', 'fr', 'en', 'en', 'fr', 'fr'],
} as const;

/** Degenerate labellings of n = 4 documents. */
export const N4 = {
  oneBlock: [0, 0, 0, 0],
  singletons: [0, 1, 2, 3],
} as const;
