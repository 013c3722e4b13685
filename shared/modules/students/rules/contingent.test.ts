import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTINGENT_DIMENSIONS, compareKeys, distribution, pivot, type ContingentDimension, type ContingentRecord } from './contingent.ts';

const rec = (faculty: string, course: string, funding: string, count = 1): ContingentRecord => ({ faculty, program: 'P', course, form: 'fullTime', funding, status: 'active', count });

const sample = [rec('F1', '1', 'grant'), rec('F1', '1', 'contract', 2), rec('F1', '2', 'grant'), rec('F2', '1', 'contract'), rec('F2', '10', 'grant')];

describe('contingent pivot', () => {
  it('rows by faculty and course, columns by funding, with totals', () => {
    const table = pivot(sample, ['faculty', 'course'], 'funding');
    expect(table.columnKeys).toEqual(['contract', 'grant']);
    expect(table.rows).toEqual([
      { key: ['F1', '1'], cells: [2, 1], total: 3 },
      { key: ['F1', '2'], cells: [0, 1], total: 1 },
      { key: ['F2', '1'], cells: [1, 0], total: 1 },
      { key: ['F2', '10'], cells: [0, 1], total: 1 },
    ]);
    expect(table.columnTotals).toEqual([3, 3]);
    expect(table.total).toBe(6);
  });

  it.each<[ContingentDimension[], number]>([
    [[], 1],
    [['faculty'], 2],
    [['course'], 3],
    [['faculty', 'course', 'funding'], 5],
  ])('rows by %j: %i rows, one column, total 6', (dimensions, rowCount) => {
    const table = pivot(sample, dimensions);
    expect(table.rows).toHaveLength(rowCount);
    expect(table.columnKeys).toEqual([]);
    expect(table.total).toBe(6);
  });

  it('no students: no rows, total 0', () => {
    expect(pivot([], ['faculty'], 'funding')).toEqual({ rowDimensions: ['faculty'], columnDimension: 'funding', columnKeys: [], rows: [], columnTotals: [], total: 0 });
  });

  const record = fc.record({
    faculty: fc.constantFrom('F1', 'F2', 'F3'),
    program: fc.constantFrom('P1', 'P2'),
    course: fc.constantFrom('0', '1', '2', '5', '10'),
    form: fc.constantFrom('fullTime', 'extramural'),
    funding: fc.constantFrom('grant', 'contract'),
    status: fc.constantFrom('active', 'onLeave'),
    count: fc.integer({ min: 1, max: 50 }),
  });
  const dims = fc.subarray([...CONTINGENT_DIMENSIONS]);

  it('totals equal the sum of the cells; every student counted once (property)', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 60 }), dims, fc.option(fc.constantFrom(...CONTINGENT_DIMENSIONS), { nil: null }), (records, rowDims, colDim) => {
        const table = pivot(records, rowDims, colDim);
        const students = records.reduce((s, r) => s + r.count, 0);
        expect(table.total).toBe(students);
        for (const row of table.rows) expect(row.total).toBe(row.cells.reduce((s, c) => s + c, 0));
        expect(table.rows.reduce((s, r) => s + r.total, 0)).toBe(students);
        if (colDim) expect(table.columnTotals.reduce((s, c) => s + c, 0)).toBe(students);
        expect(new Set(table.rows.map((r) => JSON.stringify(r.key))).size).toBe(table.rows.length);
      }),
    );
  });

  it('a cell counts exactly the records with its keys (property)', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 40 }), (records) => {
        const table = pivot(records, ['faculty'], 'course');
        table.rows.forEach((row) =>
          table.columnKeys.forEach((course, i) => {
            const expected = records.filter((r) => r.faculty === row.key[0] && r.course === course).reduce((s, r) => s + r.count, 0);
            expect(row.cells[i]).toBe(expected);
          }),
        );
      }),
    );
  });
});

describe('distribution', () => {
  it('counts by key, numbers in numeric order', () => {
    expect(distribution(sample, (r) => r.course)).toEqual([
      { key: '1', count: 4 },
      { key: '2', count: 1 },
      { key: '10', count: 1 },
    ]);
  });

  it.each([
    ['2', '10', -1],
    ['a', 'b', -1],
    ['b', 'a', 1],
    ['x', 'x', 0],
    ['', '1', -1],
  ])('compareKeys(%s, %s) has the sign %i', (a, b, sign) => {
    expect(Math.sign(compareKeys(a, b))).toBe(sign);
  });

  it('sums to the number of students (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.string({ maxLength: 3 }), count: fc.integer({ min: 1, max: 9 }) })), (items) => {
        expect(distribution(items, (i) => i.key).reduce((s, d) => s + d.count, 0)).toBe(items.reduce((s, i) => s + i.count, 0));
      }),
    );
  });
});
