import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isApprovable, minorCredits, semesterCredits, validatePlan, type PlanLine, type PlanRules, type PlanToValidate } from './plan-validation.ts';
import { prerequisiteCycles } from './prerequisites.ts';

const RULES: PlanRules = {
  hoursPerCredit: 30,
  minCredits: 2,
  levelCredits: { college: { min: 120, max: 180 }, bachelor: { min: 240, max: 240 }, specialist: { min: 300, max: 360 }, master: { min: 60, max: 120 }, phd: { min: 180, max: 180 } },
  yearCredits: 60,
  yearTolerance: 5,
  semesterCredits: { min: 28, max: 33 },
  singleMidtermMaxCredits: 2,
};

const hoursFor = (credits: number) => ({ lecture: credits * 5, practice: credits * 5, lab: 0, supervised: credits * 5, independent: credits * 15 });

function line(code: string, semester: number, extra: Partial<PlanLine> = {}): PlanLine {
  const credits = extra.credits ?? 6;
  return { code, kind: 'regular', credits, hours: hoursFor(credits), semester, groupKind: 'fixed', electiveGroup: null, midterms: credits <= 2 ? 1 : 2, component: 'university', track: 'major', prerequisites: [], ...extra };
}

/** A sound bachelor's plan: 8 semesters of five 6-credit disciplines, each building on the one before. */
function soundPlan(): PlanToValidate {
  const lines: PlanLine[] = [];
  for (let s = 1; s <= 8; s++) for (let d = 1; d <= 5; d++) lines.push(line(`D${s}${d}`, s, s > 1 && d === 1 ? { prerequisites: [`D${s - 1}1`] } : {}));
  return { level: 'bachelor', semesters: 8, lines, electiveGroups: [], practices: [], attestationCredits: 0, attestation: [] };
}

const codes = (plan: PlanToValidate) => validatePlan(plan, RULES).map((f) => f.code);
const only = (plan: PlanToValidate, code: string) => validatePlan(plan, RULES).filter((f) => f.code === code);
const edit = (change: (plan: PlanToValidate) => void) => {
  const plan = soundPlan();
  change(plan);
  return plan;
};
const at = (plan: PlanToValidate, code: string) => plan.lines.find((l) => l.code === code)!;

describe('a sound plan', () => {
  it('has no finding and may be approved', () => {
    expect(validatePlan(soundPlan(), RULES)).toEqual([]);
    expect(isApprovable([])).toBe(true);
  });
});

describe('each rule, with a plan that breaks it', () => {
  it('hours must add up to credits × hours per credit', () => {
    const plan = edit((p) => (at(p, 'D11').hours.lab = 2));
    expect(only(plan, 'HOURS_MISMATCH')).toEqual([{ code: 'HOURS_MISMATCH', severity: 'error', where: { discipline: 'D11' }, params: { hours: 182, expected: 180, credits: 6, hoursPerCredit: 30 } }]);
    expect(isApprovable(validatePlan(plan, RULES))).toBe(false);
  });

  it('credits are whole and at least two, except physical education, military training and individual lessons', () => {
    const fractional = edit((p) => Object.assign(at(p, 'D12'), { credits: 5.5, hours: hoursFor(5.5) }));
    expect(codes(fractional)).toContain('CREDITS_NOT_WHOLE');
    const one = edit((p) => Object.assign(at(p, 'D12'), { credits: 1, hours: hoursFor(1), midterms: 1 }));
    expect(only(one, 'CREDITS_BELOW_MIN')).toHaveLength(1);
    for (const kind of ['physicalEducation', 'militaryTraining', 'individualLessons'] as const) {
      expect(only(edit((p) => Object.assign(at(p, 'D12'), { kind, credits: 1, hours: hoursFor(1), midterms: 1 })), 'CREDITS_BELOW_MIN')).toEqual([]);
    }
  });

  it('a two-credit discipline has one midterm, a larger one two', () => {
    expect(only(edit((p) => (at(p, 'D13').midterms = 1)), 'MIDTERMS_MISMATCH')[0]?.params).toMatchObject({ midterms: 1, expected: 2 });
    expect(only(edit((p) => Object.assign(at(p, 'D13'), { credits: 2, hours: hoursFor(2), midterms: 2 })), 'MIDTERMS_MISMATCH')[0]?.params).toMatchObject({ expected: 1 });
  });

  it.each([
    ['major', 'state', []],
    ['major', 'university', []],
    ['major', 'elective', []],
    ['minor', 'university', []],
    ['minor', 'elective', []],
    ['minor', 'state', [{ code: 'MINOR_IN_STATE_COMPONENT', severity: 'error', where: { discipline: 'D14' }, params: { component: 'state' } }]],
  ] as const)('a %s line in the %s component: a Minor only in the university or elective component', (track, component, expected) => {
    const plan = edit((p) => Object.assign(at(p, 'D14'), { track, component }));
    expect(only(plan, 'MINOR_IN_STATE_COMPONENT')).toEqual(expected);
    expect(isApprovable(validatePlan(plan, RULES))).toBe(expected.length === 0);
  });

  it('a line sits inside the plan and its code is unique', () => {
    expect(codes(edit((p) => (at(p, 'D85').semester = 9)))).toContain('SEMESTER_OUT_OF_PLAN');
    expect(codes(edit((p) => (at(p, 'D85').code = 'D84')))).toContain('DUPLICATE_CODE');
  });

  it('the program totals the credits of its level', () => {
    const short = edit((p) => (p.lines = p.lines.filter((l) => l.code !== 'D85')));
    expect(only(short, 'LEVEL_TOTAL')[0]?.params).toMatchObject({ total: 234, min: 240, max: 240 });
    const master = edit((p) => Object.assign(p, { level: 'master', semesters: 4, lines: p.lines.filter((l) => l.semester <= 4) }));
    expect(only(master, 'LEVEL_TOTAL')).toEqual([]);
    expect(only(edit((p) => Object.assign(p, { level: 'specialist' })), 'LEVEL_TOTAL')).toHaveLength(1);
  });

  it('a year holds about 60 credits, and a semester 28-33 (a warning)', () => {
    // moving a discipline from semester 4 to 3 keeps year 2 at 60 but unbalances its semesters
    const moved = edit((p) => (at(p, 'D45').semester = 3));
    expect(only(moved, 'YEAR_TOTAL')).toEqual([]);
    expect(only(moved, 'SEMESTER_TOTAL').map((f) => [f.where.semester, f.severity])).toEqual([[3, 'warning'], [4, 'warning']]);
    expect(isApprovable(validatePlan(moved, RULES))).toBe(true);
    // moving it into the next year breaks both years
    const across = edit((p) => (at(p, 'D45').semester = 5));
    expect(only(across, 'YEAR_TOTAL').map((f) => [f.where.year, f.params.credits])).toEqual([[2, 54], [3, 66]]);
  });

  it('counts N disciplines of an elective group, practices and the final attestation', () => {
    const plan = edit((p) => {
      p.lines = p.lines.filter((l) => !['D84', 'D85'].includes(l.code) && l.code !== 'D75');
      p.lines.push(line('E1', 7, { groupKind: 'elective', electiveGroup: 'g7' }), line('E2', 7, { groupKind: 'elective', electiveGroup: 'g7' }), line('E3', 7, { groupKind: 'elective', electiveGroup: 'g7' }));
      p.electiveGroups.push({ key: 'g7', choose: 1 });
      p.practices.push({ code: 'P8', credits: 6, semester: 8 });
      p.attestation = [{ form: 'thesisDefense', credits: 6 }];
      p.attestationCredits = 6;
    });
    expect(semesterCredits(plan)).toEqual([30, 30, 30, 30, 30, 30, 30, 30]);
    expect(validatePlan(plan, RULES)).toEqual([]);
  });

  it('counts the Minor share of a semester: Minor lines, and groups whose every line is Minor', () => {
    const plan = edit((p) => {
      Object.assign(at(p, 'D35'), { track: 'minor' });
      p.lines = p.lines.filter((l) => l.code !== 'D75');
      p.lines.push(line('E1', 7, { groupKind: 'elective', electiveGroup: 'g7', track: 'minor' }), line('E2', 7, { groupKind: 'elective', electiveGroup: 'g7', track: 'minor' }));
      p.lines.push(line('F1', 8, { groupKind: 'elective', electiveGroup: 'g8', track: 'minor' }), line('F2', 8, { groupKind: 'elective', electiveGroup: 'g8' }));
      p.electiveGroups.push({ key: 'g7', choose: 1 }, { key: 'g8', choose: 1 });
    });
    expect(minorCredits(plan)).toEqual([0, 0, 6, 0, 0, 0, 6, 0]);
    expect(semesterCredits(plan)[7]).toBe(36);
    expect(minorCredits(soundPlan())).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('an elective group is known, offers a real choice, and its disciplines match in credits and semester', () => {
    const base = (change: (p: PlanToValidate) => void) =>
      edit((p) => {
        p.lines.push(line('E1', 7, { groupKind: 'elective', electiveGroup: 'g' }), line('E2', 7, { groupKind: 'elective', electiveGroup: 'g' }));
        p.electiveGroups.push({ key: 'g', choose: 1 });
        change(p);
      });
    expect(codes(base((p) => (at(p, 'E2').electiveGroup = 'nope')))).toContain('ELECTIVE_GROUP_UNKNOWN');
    expect(codes(base((p) => (p.electiveGroups[0]!.choose = 2)))).toContain('ELECTIVE_GROUP_CHOICE');
    expect(codes(base((p) => (p.electiveGroups[0]!.choose = 0)))).toContain('ELECTIVE_GROUP_CHOICE');
    expect(codes(base((p) => Object.assign(at(p, 'E2'), { credits: 4, hours: hoursFor(4) })))).toContain('ELECTIVE_GROUP_CREDITS_DIFFER');
    expect(codes(base((p) => (at(p, 'E2').semester = 8)))).toContain('ELECTIVE_GROUP_SEMESTERS_DIFFER');
  });

  it('a prerequisite is in the plan and placed before its dependant', () => {
    expect(only(edit((p) => at(p, 'D22').prerequisites.push('X99')), 'PREREQUISITE_UNKNOWN')[0]?.params).toEqual({ prerequisite: 'X99' });
    const same = only(edit((p) => at(p, 'D22').prerequisites.push('D21')), 'PREREQUISITE_NOT_BEFORE');
    expect(same[0]).toMatchObject({ where: { discipline: 'D22' }, params: { prerequisite: 'D21', prerequisiteSemester: 2, semester: 2 } });
    expect(only(edit((p) => at(p, 'D22').prerequisites.push('D31')), 'PREREQUISITE_NOT_BEFORE')).toHaveLength(1);
  });

  it('prerequisites never form a cycle', () => {
    const plan = edit((p) => at(p, 'D11').prerequisites.push('D31'));
    expect(only(plan, 'PREREQUISITE_CYCLE')[0]?.params).toEqual({ cycle: 'D11 → D31 → D21 → D11' });
  });
});

describe('the forms of the final attestation (seed 003 §12.2)', () => {
  const withAttestation = (level: PlanToValidate['level'], attestation: PlanToValidate['attestation'], credits = attestation.reduce((s, p) => s + p.credits, 0)) =>
    validatePlan({ ...soundPlan(), level, attestation, attestationCredits: credits }, RULES).filter((f) => f.code.startsWith('ATTESTATION_'));

  it.each<[string, PlanToValidate['level'], PlanToValidate['attestation'], number | undefined, [string, string][]]>([
    ['a bachelor with a state exam and the thesis defence', 'bachelor', [{ form: 'stateExam', credits: 4 }, { form: 'thesisDefense', credits: 8 }], undefined, []],
    ['a bachelor with only a state exam', 'bachelor', [{ form: 'stateExam', credits: 12 }], undefined, [['ATTESTATION_FORM_MISSING', 'thesisDefense']]],
    ['a bachelor with credits but no forms', 'bachelor', [], 12, [['ATTESTATION_FORM_MISSING', 'thesisDefense']]],
    ['a bachelor with neither credits nor forms', 'bachelor', [], 0, []],
    ['a master with a comprehensive exam and the dissertation defence', 'master', [{ form: 'complexExam', credits: 6 }, { form: 'dissertationDefense', credits: 12 }], undefined, []],
    ['a master with the thesis defence instead of the dissertation', 'master', [{ form: 'complexExam', credits: 6 }, { form: 'thesisDefense', credits: 12 }], undefined, [['ATTESTATION_FORM_MISSING', 'dissertationDefense']]],
    ['a form given twice', 'bachelor', [{ form: 'thesisDefense', credits: 6 }, { form: 'stateExam', credits: 3 }, { form: 'thesisDefense', credits: 3 }], undefined, [['ATTESTATION_FORM_REPEATED', 'thesisDefense']]],
    ['a level with no required form', 'college', [{ form: 'stateExam', credits: 6 }], undefined, []],
  ])('%s', (_, level, attestation, credits, expected) => {
    const found = withAttestation(level, attestation, credits);
    expect(found.map((f) => [f.code, f.params.form])).toEqual(expected);
    // said of the last semester, and an error: the plan cannot be approved
    for (const f of found) expect([f.severity, f.where]).toEqual(['error', { semester: 8 }]);
  });
});

describe('arithmetic, for any plan', () => {
  it('finds no hours mismatch exactly when the hours add up to credits × 30', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.array(fc.nat(400), { minLength: 4, maxLength: 4 }), fc.integer({ min: -30, max: 30 }), (credits, split, offset) => {
        const [a = 0, b = 0, c = 0, d = 0] = split;
        const independent = credits * 30 - a - b - c - d + offset;
        fc.pre(independent >= 0);
        const plan = edit((p) => Object.assign(at(p, 'D11'), { credits, midterms: 2, hours: { lecture: a, practice: b, lab: c, supervised: d, independent } }));
        expect(only(plan, 'HOURS_MISMATCH').length === 0).toBe(offset === 0);
      }),
    );
  });

  it('semester credits add up to every mandatory line, N per elective group, practices and attestation', () => {
    const lines = fc.array(fc.record({ semester: fc.integer({ min: 1, max: 8 }), credits: fc.integer({ min: 1, max: 10 }) }), { maxLength: 30 });
    fc.assert(
      fc.property(lines, fc.integer({ min: 0, max: 20 }), (specs, attestation) => {
        const plan: PlanToValidate = { level: 'bachelor', semesters: 8, lines: specs.map((s, i) => line(`L${i}`, s.semester, { credits: s.credits })), electiveGroups: [], practices: [], attestationCredits: attestation, attestation: [] };
        const bySemester = semesterCredits(plan);
        expect(bySemester.reduce((x, y) => x + y, 0)).toBe(specs.reduce((x, s) => x + s.credits, 0) + attestation);
        for (let s = 1; s <= 7; s++) expect(bySemester[s - 1]).toBe(specs.filter((x) => x.semester === s).reduce((x, y) => x + y.credits, 0));
      }),
    );
  });

  it('finds no cycle in prerequisites that only point backwards, and finds one when an edge points back', () => {
    const dag = fc.integer({ min: 2, max: 12 }).chain((n) =>
      fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 30 }), fc.tuple(fc.nat(n - 1), fc.nat(n - 1))),
    );
    fc.assert(
      fc.property(dag, ([n, pairs, [x, y]]) => {
        const lines = Array.from({ length: n }, (_, i) => ({ code: `C${String(i).padStart(2, '0')}`, semester: i + 1, prerequisites: [] as string[] }));
        for (const [i, j] of pairs) if (i > j) lines[i]!.prerequisites.push(lines[j]!.code);
        expect(prerequisiteCycles(lines)).toEqual([]);
        fc.pre(x !== y);
        const [hi, lo] = x > y ? [x, y] : [y, x];
        lines[hi]!.prerequisites.push(lines[lo]!.code);
        lines[lo]!.prerequisites.push(lines[hi]!.code);
        expect(prerequisiteCycles(lines).length).toBeGreaterThan(0);
      }),
    );
  });
});
