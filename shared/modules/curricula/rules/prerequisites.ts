import type { Finding } from './plan-validation.ts';

/** What the prerequisite checks need of a plan line. */
export interface PrerequisiteLine {
  code: string;
  semester: number;
  prerequisites: string[];
}

/**
 * The prerequisite cycles of a plan: each cycle once, as the list of codes along it (A → B → A is
 * ['A', 'B']), starting from its smallest code so the answer does not depend on the plan's order.
 */
export function prerequisiteCycles(lines: PrerequisiteLine[]): string[][] {
  const edges = new Map(lines.map((l) => [l.code, l.prerequisites.filter((p) => p !== l.code)]));
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const found = new Map<string, string[]>();
  const visit = (code: string) => {
    state.set(code, 'open');
    path.push(code);
    for (const next of edges.get(code) ?? []) {
      if (!edges.has(next)) continue;
      if (state.get(next) === 'open') {
        const cycle = path.slice(path.indexOf(next));
        const start = cycle.indexOf([...cycle].sort()[0]!);
        const canonical = [...cycle.slice(start), ...cycle.slice(0, start)];
        found.set(canonical.join('→'), canonical);
      } else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(code, 'done');
  };
  for (const code of [...edges.keys()].sort()) if (!state.has(code)) visit(code);
  return [...found.values()];
}

/** Prerequisites that are not in the plan, that are placed in the same or a later semester, and cycles. */
export function prerequisiteFindings(lines: PrerequisiteLine[]): Finding[] {
  const byCode = new Map(lines.map((l) => [l.code, l]));
  const out: Finding[] = [];
  for (const line of lines) {
    for (const code of line.prerequisites) {
      const before = byCode.get(code);
      if (!before || code === line.code) out.push({ code: 'PREREQUISITE_UNKNOWN', severity: 'error', where: { discipline: line.code }, params: { prerequisite: code } });
      else if (before.semester >= line.semester) {
        out.push({ code: 'PREREQUISITE_NOT_BEFORE', severity: 'error', where: { discipline: line.code }, params: { prerequisite: code, prerequisiteSemester: before.semester, semester: line.semester } });
      }
    }
  }
  for (const cycle of prerequisiteCycles(lines)) {
    out.push({ code: 'PREREQUISITE_CYCLE', severity: 'error', where: { discipline: cycle[0]! }, params: { cycle: [...cycle, cycle[0]!].join(' → ') } });
  }
  return out;
}
