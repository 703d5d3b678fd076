/**
 * The contingency table between a predicted partition and a gold partition: every metric in this
 * folder (pairwise, BCubed, ARI, NMI) is a function of it, so each is computed in O(n) time.
 */
import { ClusteringError } from '../errors.js';

/** One non-empty cell: `count` documents are in predicted cluster `row` and gold event `column`. */
export interface ContingencyCell {
  row: number;
  column: number;
  count: number;
}

export interface ContingencyTable {
  /** Number of documents. */
  n: number;
  /** Non-empty cells only. */
  cells: ContingencyCell[];
  /** Size of each predicted cluster (index = row). */
  rowSums: number[];
  /** Size of each gold event (index = column). */
  columnSums: number[];
}

/**
 * Builds the table from two aligned label arrays: `predicted[i]` and `gold[i]` are the labels of
 * the same document `i`. Labels are compared with `===`, so any string or number works.
 */
export function buildContingencyTable<P, G>(predicted: readonly P[], gold: readonly G[]): ContingencyTable {
  if (predicted.length !== gold.length) {
    throw new ClusteringError('INVALID_INPUT', `predicted has ${predicted.length} labels but gold has ${gold.length}`);
  }
  const rows = indexLabels(predicted);
  const columns = indexLabels(gold);
  const rowSums = new Array<number>(rows.count).fill(0);
  const columnSums = new Array<number>(columns.count).fill(0);
  const cellIndex = new Map<string, ContingencyCell>();
  for (let i = 0; i < predicted.length; i += 1) {
    const row = rows.indices[i] ?? 0;
    const column = columns.indices[i] ?? 0;
    rowSums[row] = (rowSums[row] ?? 0) + 1;
    columnSums[column] = (columnSums[column] ?? 0) + 1;
    const key = `${row}:${column}`;
    const cell = cellIndex.get(key);
    if (cell === undefined) cellIndex.set(key, { row, column, count: 1 });
    else cell.count += 1;
  }
  return { n: predicted.length, cells: [...cellIndex.values()], rowSums, columnSums };
}

/** Replaces each label by a dense index (0, 1, …) in order of first appearance. */
export function indexLabels<L>(labels: readonly L[]): { indices: number[]; count: number } {
  const index = new Map<L, number>();
  const indices = labels.map((label) => {
    let value = index.get(label);
    if (value === undefined) {
      value = index.size;
      index.set(label, value);
    }
    return value;
  });
  return { indices, count: index.size };
}
