/** The schemas of organisation.yaml (with its exam rules) and roles.yaml. */
import { z } from 'zod';
import { Hotlines, Id, IdList, Industry, Keywords, Params, Text, urlProblem } from './common.ts';

export const QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'blank'] as const;

/**
 * The rule of the unified written test (统一笔试): the printed papers and the site's timed mock
 * exam both follow it, for every unit and role.
 */
export const ExamRule = z
  .strictObject({
    sections: z
      .array(
        z.strictObject({
          type: z.enum(QUESTION_TYPES).describe('single 单选, multiple 多选, truefalse 判断, blank 填空'),
          count: z.number().int().min(0).max(200).describe('questions of this type'),
          points: z.number().positive().max(100).describe('points per question'),
        }),
      )
      .min(1)
      .default([
        { type: 'single', count: 15, points: 2 },
        { type: 'multiple', count: 5, points: 4 },
        { type: 'truefalse', count: 15, points: 2 },
        { type: 'blank', count: 10, points: 2 },
      ]),
    total: z
      .number()
      .positive()
      .max(1000)
      .default(100)
      .describe('full marks (满分); a small bank takes more questions of other types to reach it'),
    passMark: z.number().min(0).max(1000).default(60).describe('score needed to pass (及格分)'),
    minutes: z.number().int().positive().max(600).default(60).describe('time allowed'),
  })
  .describe('The written test: question types, counts, points, full marks, pass mark, time');
export type ExamRule = z.infer<typeof ExamRule>;

export const OrganisationFile = z
  .strictObject({
    id: Id,
    name: Text.describe('Full name of the organisation'),
    shortName: Text.optional().describe('Short name used in headers'),
    industry: Industry.optional(),
    address: Text.optional(),
    openingHours: Text.optional().describe('Opening hours as shown to the public'),
    hotlines: Hotlines.optional(),
    baseUrl: z
      .string()
      .superRefine((v, ctx) => {
        const problem = urlProblem(v, true);
        if (problem) ctx.addIssue({ code: 'custom', params: { code: 'unsafe-url' }, message: problem });
        else if (/[?#]/.test(v))
          ctx.addIssue({
            code: 'custom',
            params: { code: 'unsafe-url' },
            message: `baseUrl 不能带 ? 或 #（实际是 ${JSON.stringify(v)}） / baseUrl cannot hold ? or # (found ${JSON.stringify(v)})`,
          });
      })
      .describe('Public URL of the published site (https://…); posters link to it with QR codes'),
    language: z.string().default('zh-CN').describe('Content language (BCP 47)'),
    params: Params.optional(),
    description: Text.optional(),
    keywords: Keywords,
    exam: ExamRule.prefault({}),
  })
  .describe('The organisation: content/organisation.yaml');
export type OrganisationFile = z.infer<typeof OrganisationFile>;

// ---------------------------------------------------------------- roles

export const RolesFile = z
  .strictObject({
    roles: z
      .array(
        z.strictObject({
          id: Id,
          name: Text.describe('Name of the post (岗位), e.g. 营业受理员'),
          description: Text.optional(),
          keywords: Keywords,
          includes: IdList.min(1)
            .optional()
            .describe(
              'A group of posts (e.g. 一线服务人员): the roles it stands for. What is written for the group applies to each of them; a group gets no handbook or paper of its own',
            ),
        }),
      )
      .min(1),
  })
  .describe('Roles (岗位): content/roles.yaml');
export type RolesFile = z.infer<typeof RolesFile>;
