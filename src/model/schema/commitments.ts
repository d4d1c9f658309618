/** The schema of a commitments file (content/commitments/*.yaml): commitments and their measurable targets. */
import { z } from 'zod';
import { Amount, Applies, DateString, Id, IdList, Keywords, OnCard, Text } from './common.ts';

export const COMPARATORS = ['le', 'lt', 'ge', 'gt', 'eq'] as const;
export const Target = z
  .strictObject({
    value: z
      .union([
        Amount,
        z.string().regex(/^\{\{[a-z][a-z0-9-]*\}\}$/, {
          message: '目标值应为数字或 {{参数名}} / a target value is a number or {{param}}',
        }),
      ])
      .describe('The number, or {{param}} to read it from params (so a unit can override it)'),
    unit: z.string().trim().default('').describe('Unit as printed: 小时, 个工作日, %, MPa, 分钟'),
    comparator: z.enum(COMPARATORS).default('le').describe('le ≤ (within), ge ≥ (at least), eq ='),
  })
  .describe('Measurable target');
export type TargetInput = z.infer<typeof Target>;

export const CommitmentItem = z.strictObject({
  id: Id,
  title: Text.optional().describe('Short headline, e.g. 故障抢修'),
  text: Text.describe('The promise; may use {{param}} and {{hotline.service}}'),
  target: Target.optional(),
  public: z.boolean().default(true).describe('Shown on the public notice board (false: internal only)'),
  card: OnCard,
  ...Applies,
  keywords: Keywords,
});

export const CommitmentsFile = z
  .strictObject({
    id: Id,
    title: Text,
    units: z
      .union([z.literal('all'), IdList])
      .default('all')
      .describe('"all" or the ids of the units that make these commitments; their sub-units are included'),
    industries: Applies.industries,
    effective: DateString.optional(),
    commitments: z.array(CommitmentItem).min(1),
  })
  .describe('Service commitments (服务承诺): content/commitments/*.yaml');
export type CommitmentsFile = z.infer<typeof CommitmentsFile>;
