/**
 * A unit's score sheets (检查评分表): for each inspection of its assessment rules, the score
 * items that inspection checks, with the clause numbers as the unit's documents give them, the
 * violation each counts as, and the thresholds with the dates of their phases. The print and
 * the site take their sheets from here and score them with scoring.ts.
 */
import { walkClauses } from './clauses.ts';
import type { ScoreSheet, SheetItem } from './scoring.ts';
import type { Assessment, Inspection } from './types/assessments.ts';
import type { ScopeView } from './view.ts';

/**
 * Whether an inspection has the item on its sheet: as the item says, else when the item is
 * written beside it (same rule set) and it is not a survey.
 */
function checks(inspection: Inspection, item: Assessment['scoreItems'][number], sameFile: boolean): boolean {
  return item.inspections ? item.inspections.includes(inspection.id) : sameFile && inspection.kind !== 'survey';
}

/**
 * The sheet of an inspection: the score items of every rule set in the view that check it (a
 * bus-only file may add lines to the group's ride check), with the thresholds and phases of the
 * rule set the inspection is written in.
 */
function sheetOf(
  view: ScopeView,
  assessment: Assessment,
  inspection: Inspection,
  numbers: Map<string, string>,
): ScoreSheet | undefined {
  const violations = new Map(view.assessments.flatMap((a) => a.violations.map((v) => [v.id, v] as const)));
  const items: SheetItem[] = view.assessments
    .flatMap((a) => a.scoreItems.filter((x) => checks(inspection, x, a.id === assessment.id)))
    .map((x) => {
      const v = x.violation ? violations.get(x.violation) : undefined;
      return {
        id: x.id,
        ...(x.section ? { section: x.section } : {}),
        text: x.text,
        clauses: x.clauses.filter((c) => numbers.has(c)),
        clauseNumbers: x.clauses.flatMap((c) => (numbers.has(c) ? [numbers.get(c)!] : [])),
        ...(x.evidence ? { evidence: x.evidence } : {}),
        points: x.points,
        deduct: x.deduct,
        cap: x.cap,
        ...(x.repeat ? { repeat: x.repeat } : {}),
        ...(v
          ? {
              violation: {
                id: v.id,
                text: v.text,
                ...(v.penalty.fine !== undefined ? { fine: v.penalty.fine } : {}),
                ...(v.penalty.fineMax !== undefined ? { fineMax: v.penalty.fineMax } : {}),
                ...(v.penalty.text ? { penaltyText: v.penalty.text } : {}),
                ...(v.penalty.bearer ? { bearer: v.penalty.bearer } : {}),
                escalation: v.escalation,
              },
            }
          : {}),
      };
    });
  if (items.length === 0) return undefined;
  const phase = new Map(assessment.phases.map((p) => [p.id, p]));
  return {
    unitId: view.id,
    unitName: view.name,
    organisation: '',
    assessmentId: assessment.id,
    assessmentTitle: assessment.title,
    inspection: {
      id: inspection.id,
      kind: inspection.kind,
      title: inspection.title,
      ...(inspection.frequency ? { frequency: inspection.frequency } : {}),
    },
    items,
    points: Math.round(items.reduce((a, x) => a + x.points, 0) * 10) / 10,
    thresholds: assessment.thresholds.map((t) => ({
      id: t.id,
      below: t.below,
      consequence: t.consequence,
      ...(t.bearer ? { bearer: t.bearer } : {}),
      periods: (t.phases ?? []).flatMap((id) => {
        const p = phase.get(id);
        return p ? [{ phase: p.id, title: p.title, from: p.from, ...(p.to ? { to: p.to } : {}) }] : [];
      }),
    })),
    phases: assessment.phases.map((p) => ({ id: p.id, title: p.title, from: p.from, ...(p.to ? { to: p.to } : {}) })),
    awards: assessment.awards.map((w) => ({
      id: w.id,
      title: w.title,
      criteria: w.criteria,
      ...(w.amount !== undefined ? { amount: w.amount } : {}),
    })),
    effective: view.effective,
  };
}

/** Every sheet of a scope: one per inspection that has score items, in the assessment files' order. */
export function scoreSheets(view: ScopeView, organisation: string): ScoreSheet[] {
  const numbers = new Map<string, string>();
  for (const d of view.documents) for (const c of walkClauses(d.clauses)) numbers.set(c.id, c.label);
  return view.assessments.flatMap((a) =>
    a.inspections.flatMap((i) => {
      const sheet = sheetOf(view, a, i, numbers);
      return sheet ? [{ ...sheet, organisation }] : [];
    }),
  );
}

export function scoreSheet(view: ScopeView, organisation: string, inspectionId: string): ScoreSheet | undefined {
  return scoreSheets(view, organisation).find((s) => s.inspection.id === inspectionId);
}
