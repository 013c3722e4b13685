/**
 * What changed between two versions of a plan: disciplines added, removed, and changed (which
 * fields, from what to what), plus the plan's own numbers and its final attestation's forms (`attestation.<form>`:
 * the form's credits, null where the plan has no such form). Pure; lines are matched by discipline code.
 */

export interface ComparableLine {
  code: string;
  semester: number;
  credits: number;
  groupKind: string;
  electiveGroup: string | null;
  cycle: string;
  component: string;
  track: string;
  midterms: number;
  controlForm: string;
  hours: Record<string, number>;
}

export interface ComparablePlan {
  semesters: number;
  attestationCredits: number;
  /** the final attestation's forms with their credits */
  attestation: { form: string; credits: number }[];
  lines: ComparableLine[];
}

export interface FieldChange {
  field: string;
  from: string | number | null;
  to: string | number | null;
}

export interface PlanDiff {
  added: string[];
  removed: string[];
  changed: { code: string; changes: FieldChange[] }[];
  plan: FieldChange[];
}

const FIELDS = ['semester', 'credits', 'groupKind', 'electiveGroup', 'cycle', 'component', 'track', 'midterms', 'controlForm'] as const;

function lineChanges(a: ComparableLine, b: ComparableLine): FieldChange[] {
  const out: FieldChange[] = FIELDS.filter((f) => a[f] !== b[f]).map((f) => ({ field: f, from: a[f], to: b[f] }));
  for (const kind of [...new Set([...Object.keys(a.hours), ...Object.keys(b.hours)])].sort()) {
    if ((a.hours[kind] ?? 0) !== (b.hours[kind] ?? 0)) out.push({ field: `hours.${kind}`, from: a.hours[kind] ?? 0, to: b.hours[kind] ?? 0 });
  }
  return out;
}

/** The credits of each form (a repeated form counted together). */
function creditsByForm(parts: ComparablePlan['attestation']): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of parts) out.set(p.form, (out.get(p.form) ?? 0) + p.credits);
  return out;
}

/** The forms of the final attestation added, removed or given other credits, in the order of `b` then of `a`. */
function attestationChanges(a: ComparablePlan['attestation'], b: ComparablePlan['attestation']): FieldChange[] {
  const before = creditsByForm(a);
  const after = creditsByForm(b);
  return [...new Set([...after.keys(), ...before.keys()])]
    .filter((form) => before.get(form) !== after.get(form))
    .map((form) => ({ field: `attestation.${form}`, from: before.get(form) ?? null, to: after.get(form) ?? null }));
}

/** The changes that turn plan `a` into plan `b`. */
export function diffPlans(a: ComparablePlan, b: ComparablePlan): PlanDiff {
  const before = new Map(a.lines.map((l) => [l.code, l]));
  const after = new Map(b.lines.map((l) => [l.code, l]));
  const changed = [...after.values()]
    .filter((l) => before.has(l.code))
    .map((l) => ({ code: l.code, changes: lineChanges(before.get(l.code)!, l) }))
    .filter((c) => c.changes.length > 0)
    .sort((x, y) => x.code.localeCompare(y.code));
  const plan: FieldChange[] = (['semesters', 'attestationCredits'] as const).filter((f) => a[f] !== b[f]).map((f) => ({ field: f, from: a[f], to: b[f] }));
  plan.push(...attestationChanges(a.attestation, b.attestation));
  return {
    added: [...after.keys()].filter((c) => !before.has(c)).sort(),
    removed: [...before.keys()].filter((c) => !after.has(c)).sort(),
    changed,
    plan,
  };
}
