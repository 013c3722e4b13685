/**
 * The arithmetic of contingent reports (контингент): counting students by chosen dimensions into a
 * pivot table with row, column and grand totals, and one-dimension distributions. Pure: the caller
 * brings the students (or groups of identical students with a count) as they stood on the date.
 */

export const CONTINGENT_DIMENSIONS = ['faculty', 'program', 'course', 'form', 'funding', 'status'] as const;
export type ContingentDimension = (typeof CONTINGENT_DIMENSIONS)[number];

/** One student (or `count` identical ones) on the report date, each dimension as a key. */
export type ContingentRecord = Record<ContingentDimension, string> & { count: number };

export interface PivotRow {
  /** the values of the row dimensions, in their order */
  key: string[];
  /** one count per column key */
  cells: number[];
  total: number;
}

export interface Pivot {
  rowDimensions: ContingentDimension[];
  columnDimension: ContingentDimension | null;
  columnKeys: string[];
  rows: PivotRow[];
  columnTotals: number[];
  total: number;
}

/** Keys in a stable order: numbers by value (course 2 before 10), the rest as text. */
export function compareKeys(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (a !== '' && b !== '' && Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareKeyLists(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const c = compareKeys(a[i] ?? '', b[i] ?? '');
    if (c !== 0) return c;
  }
  return 0;
}

/**
 * Counts records into rows (one per combination of `rowDimensions` that occurs) and columns (one per
 * value of `columnDimension`, or a single column without one). Every record lands in exactly one cell.
 */
export function pivot(records: readonly ContingentRecord[], rowDimensions: readonly ContingentDimension[], columnDimension: ContingentDimension | null = null): Pivot {
  const columnKeys = columnDimension ? [...new Set(records.map((r) => r[columnDimension]))].sort(compareKeys) : [''];
  const columnIndex = new Map(columnKeys.map((k, i) => [k, i]));
  const rows = new Map<string, PivotRow>();
  for (const record of records) {
    const key = rowDimensions.map((d) => record[d]);
    const id = JSON.stringify(key);
    let row = rows.get(id);
    if (!row) {
      row = { key, cells: columnKeys.map(() => 0), total: 0 };
      rows.set(id, row);
    }
    const column = columnIndex.get(columnDimension ? record[columnDimension] : '') ?? 0;
    row.cells[column] = (row.cells[column] ?? 0) + record.count;
    row.total += record.count;
  }
  const sorted = [...rows.values()].sort((a, b) => compareKeyLists(a.key, b.key));
  const columnTotals = columnKeys.map((_, i) => sorted.reduce((sum, row) => sum + (row.cells[i] ?? 0), 0));
  return {
    rowDimensions: [...rowDimensions],
    columnDimension,
    columnKeys: columnDimension ? columnKeys : [],
    rows: sorted,
    columnTotals: columnDimension ? columnTotals : [],
    total: sorted.reduce((sum, row) => sum + row.total, 0),
  };
}

export interface DistributionItem {
  key: string;
  count: number;
}

/** How many of the items fall on each key (keys in a stable order). */
export function distribution<T extends { count: number }>(items: readonly T[], keyOf: (item: T) => string): DistributionItem[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + item.count);
  return [...counts.entries()].sort(([a], [b]) => compareKeys(a, b)).map(([key, count]) => ({ key, count }));
}
