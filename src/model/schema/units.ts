/** The schema of a unit file (content/units/*.yaml): its additions to and overrides of the organisation's items. */
import { z } from 'zod';
import {
  Amount,
  DateString,
  Hotlines,
  Id,
  IdList,
  Industry,
  Keywords,
  Params,
  saneAmount,
  Strength,
  Text,
} from './common.ts';
import { Clause } from './documents.ts';
import { CommitmentItem, Target } from './commitments.ts';
import { EscalationStep, Penalty } from './assessments.ts';
import { MATERIAL_FORMS, MATERIAL_NEEDS, ServiceFee, ServicePhone } from './services.ts';

const ClauseAddition = z.strictObject({
  document: Id.describe('Id of the norm document the clauses go into'),
  under: Id.optional().describe('Id of the parent clause; omit to append at the top level'),
  clauses: z.array(Clause).min(1),
});

/**
 * A unit's own wording of an inherited item of any kind. `clause:` names a clause (the form
 * most units need); `item:` names anything else — a phrase, a conduct rule, a commitment, a
 * process step, a violation, a threshold… Which fields may change depends on the item's kind;
 * the model reports a field that does not fit.
 */
const ItemOverride = z
  .strictObject({
    clause: Id.optional().describe('Id of the inherited clause to reword'),
    item: Id.optional().describe('Id of any other inherited item to reword (phrase, commitment, step, violation, …)'),
    title: Text.optional(),
    text: Text.optional(),
    strength: Strength.optional(),
    roles: IdList.optional(),
    tags: z.array(Text).optional(),
    note: Text.optional(),
    description: Text.optional(),
    label: Text.optional().describe('A process step: its action'),
    timeLimit: Text.optional().describe('A process step or a service: its time limit'),
    role: Id.optional().describe('A process step: who does it'),
    target: Target.optional().describe('A commitment: its measurable target'),
    public: z.boolean().optional().describe('A commitment: shown on the public board'),
    items: z.array(Text).min(1).optional().describe('A rule set: its items'),
    below: Amount.optional().describe('A score threshold: the score'),
    consequence: Text.optional().describe('A score threshold: what follows'),
    frequency: Text.optional().describe('An inspection: how often'),
    criteria: Text.optional().describe('An award: who earns it'),
    penalty: Penalty.optional().describe('A violation: its penalty'),
    escalation: z.array(EscalationStep).optional().describe('A violation: steps on repeat'),
    points: z.number().positive().max(100).optional().describe('A score-sheet item: its points'),
    deduct: z.number().positive().max(100).optional().describe('A score-sheet item: points per fault'),
    cap: z.number().positive().max(100).optional().describe('A score-sheet item: most deducted'),
    evidence: Text.optional().describe('A score-sheet item: what to look at'),
    amount: z.number().min(0).superRefine(saneAmount).optional().describe('An award: prize money'),
    name: Text.optional().describe('A service or a material: its name'),
    conditions: z.array(Text).optional().describe('A service: who may apply'),
    steps: z.array(Text).optional().describe('A service: its steps'),
    timeLimitNote: Text.optional().describe('A service: when the clock starts'),
    fees: z
      .union([z.literal('none'), z.array(ServiceFee).min(1)])
      .optional()
      .describe('A service: its fees'),
    place: Text.optional().describe('A service: where'),
    hours: Text.optional().describe('A service: when'),
    phones: z.array(ServicePhone).optional().describe('A service: numbers to call'),
    visits: z.number().int().min(0).max(9).optional().describe('A service: visits needed'),
    form: z.enum(MATERIAL_FORMS).optional().describe('A material: original, copy, …'),
    copies: z.number().int().min(1).max(20).optional().describe('A material: how many'),
    issuer: Text.optional().describe('A material: who issues it'),
    need: z.enum(MATERIAL_NEEDS).optional().describe('A material: required, optional, conditional'),
    condition: Text.optional().describe('A material: when it is needed'),
    stem: Text.optional().describe('A question: its wording'),
    explanation: Text.optional().describe('A question: its explanation'),
    keywords: Keywords,
    reason: Text.optional().describe('Why this unit differs'),
  })
  .refine((o) => (o.clause === undefined) !== (o.item === undefined), {
    message:
      '每条覆盖写 clause:（条款 id）或 item:（其他条目 id）中的一个 / each override names exactly one of clause: or item:',
  });

export const UnitFile = z
  .strictObject({
    id: Id,
    name: Text,
    shortName: Text.optional(),
    issuer: Text.optional().describe(
      "Who signs the unit's outputs (the 落款 of its commitment poster, its handbook's cover and colophon), e.g. a company under a group; omit to take the parent unit's, or at the top the organisation's name",
    ),
    industry: Industry,
    parent: Id.optional().describe('Id of another unit to inherit from; omit to inherit from the organisation'),
    address: Text.optional(),
    openingHours: Text.optional(),
    posts: IdList.optional().describe(
      'Posts (岗位, ids from roles.yaml) this unit has besides those its content names (each gets its handbook and paper); its sub-units have them too',
    ),
    keywords: Keywords,
    hotlines: Hotlines.optional().describe('Overrides the inherited numbers'),
    params: Params.optional().describe('Overrides inherited params'),
    documents: z
      .union([z.literal('all'), IdList])
      .default('all')
      .describe(
        'Which norm documents apply: "all" takes the parent unit\'s documents (or, at the top, the organisation\'s) plus those written for this unit; a list takes exactly these, including documents the parent does not use',
      ),
    add: z.array(ClauseAddition).default([]).describe('Clauses of this unit only'),
    override: z
      .array(ItemOverride)
      .default([])
      .describe('Inherited items (clauses, phrases, commitments, steps, …) this unit words differently'),
    exclude: IdList.default([]).describe(
      'Inherited items of any kind that do not apply here: clauses, documents, situations, phrases, commitments, processes, violations, questions, …',
    ),
    commitments: z.array(CommitmentItem).default([]).describe("This unit's own commitments"),
    excludeCommitments: IdList.default([]).describe(
      'Same as listing the commitments under exclude (kept for older files)',
    ),
    effective: DateString.optional().describe('Effective date printed on the poster'),
  })
  .describe('A service unit (窗口单位): content/units/*.yaml');
export type UnitFile = z.infer<typeof UnitFile>;
