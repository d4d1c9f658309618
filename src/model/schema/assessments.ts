/** The schema of an assessment file (content/assessment/*.yaml): violations, penalties, phases and score items. */
import { z } from 'zod';
import { Amount, Applies, DateString, Id, IdList, Keywords, saneAmount, Text } from './common.ts';

/** Who bears a penalty or a consequence: the person at fault, the team, the unit head, the unit. */
export const BEARERS = ['staff', 'team', 'head', 'unit'] as const;
const Bearers = z
  .array(z.enum(BEARERS))
  .min(1)
  .describe('Who bears it: staff 当事人, team 班组, head 单位负责人, unit 本单位');

/** One step of the escalation on repeat (一次当场纠正、二次书面通知、三次处罚). */
export const EscalationStep = z.strictObject({
  occurrence: z
    .number()
    .int()
    .min(1)
    .max(999)
    .describe('From this occurrence on (1st, 2nd, 3rd…; the last step holds for every later one)'),
  action: Text,
  fine: z.number().min(0).superRefine(saneAmount).optional().describe('Fine in yuan at this step'),
  bearer: Bearers.optional(),
});

export const Penalty = z
  .strictObject({
    fine: z.number().min(0).superRefine(saneAmount).optional().describe('Fine in yuan'),
    fineMax: z.number().min(0).superRefine(saneAmount).optional().describe('Upper bound when the fine is a range'),
    points: Amount.optional().describe('Points deducted'),
    text: Text.optional().describe('Any other consequence'),
    bearer: Bearers.optional(),
  })
  .refine((p) => p.fine !== undefined || p.points !== undefined || p.text !== undefined, {
    message: '处罚需要 fine、points 或 text 之一 / a penalty needs a fine, points or text',
  });

const Violation = z.strictObject({
  id: Id,
  ...Applies,
  keywords: Keywords,
  text: Text.describe('The violation'),
  clauses: IdList.optional().describe('Clauses it breaks'),
  penalty: Penalty,
  escalation: z.array(EscalationStep).optional().describe('What happens on the 1st, 2nd, 3rd… occurrence'),
});

/** A period of the programme (学习动员、全面实施、巩固提高…) that thresholds may depend on. */
const Phase = z
  .strictObject({
    id: Id,
    title: Text.describe('e.g. 学习动员阶段'),
    from: DateString.describe('First day'),
    to: DateString.optional().describe('Last day; omit for open-ended'),
  })
  .refine((p) => p.to === undefined || p.to >= p.from, {
    message: '阶段的结束日期不能早于开始日期 / a phase cannot end before it starts',
  });

/**
 * One line of the inspection score sheet (检查评分表): what is checked against which clauses,
 * the evidence to look for, its points and how much each fault costs.
 */
const ScoreItem = z.strictObject({
  id: Id,
  section: Text.optional().describe('Group heading on the sheet, e.g. 仪容仪表'),
  text: Text.describe('What is checked, e.g. 统一着装、佩戴工号牌上岗'),
  clauses: IdList.optional().describe('Clauses it checks (their numbers are printed on the sheet)'),
  evidence: Text.optional().describe('What the inspector looks at or asks for (检查方法)'),
  points: z.number().positive().max(100).describe('Points of the item (分值)'),
  deduct: z.number().positive().max(100).describe('Points deducted per fault found (每处扣分)'),
  cap: z
    .number()
    .positive()
    .max(100)
    .optional()
    .describe('Most that can be deducted on this item; default: its points'),
  repeat: z
    .strictObject({
      factor: z
        .number()
        .min(1)
        .max(10)
        .describe('Deduction multiplied by this when the same fault was pointed out at the previous inspection'),
      text: Text.optional().describe('The rule in words, if it says more'),
    })
    .optional()
    .describe('Repetition rule (重复出现加倍扣分)'),
  violation: Id.optional().describe('The violation a fault counts as: its fine and escalation apply'),
  inspections: IdList.optional().describe(
    'The inspections whose sheet has this item; omit for every inspection of this file but surveys',
  ),
  ...Applies,
});

export const AssessmentFile = z
  .strictObject({
    id: Id,
    title: Text,
    description: Text.optional(),
    inspections: z
      .array(
        z.strictObject({
          id: Id,
          kind: z
            .enum(['scheduled', 'unannounced', 'survey', 'self'])
            .describe('scheduled 定期, unannounced 暗访, survey 满意度调查, self 自查'),
          title: Text,
          frequency: Text.optional(),
          ...Applies,
          keywords: Keywords,
        }),
      )
      .default([]),
    phases: z.array(Phase).default([]).describe('Periods of the programme; a threshold may hold in some of them only'),
    thresholds: z
      .array(
        z.strictObject({
          id: Id,
          below: Amount,
          consequence: Text,
          phases: IdList.min(1).optional().describe('Holds only in these phases (ids above); omit for always'),
          bearer: Bearers.optional(),
          ...Applies,
          keywords: Keywords,
        }),
      )
      .default([])
      .describe('Score thresholds: below N points (百分制) → consequence'),
    violations: z.array(Violation).default([]),
    scoreItems: z.array(ScoreItem).default([]).describe('The lines of the inspection score sheets (检查评分表)'),
    awards: z
      .array(
        z.strictObject({
          id: Id,
          title: Text,
          criteria: Text,
          amount: z.number().min(0).superRefine(saneAmount).optional().describe('Prize money in yuan'),
          ...Applies,
          keywords: Keywords,
        }),
      )
      .default([]),
    ...Applies,
    keywords: Keywords,
  })
  .describe('Assessment and penalties (检查考核): content/assessment/*.yaml');
export type AssessmentFile = z.infer<typeof AssessmentFile>;
