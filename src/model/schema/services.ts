/** The schema of a service guide (content/services/*.yaml): materials, fees, phones. */
import { z } from 'zod';
import { Applies, Id, Reference, saneAmount, Text } from './common.ts';

export const MATERIAL_FORMS = [
  'original',
  'copy',
  'original-and-copy',
  'original-or-copy',
  'electronic',
  'form',
] as const;
export const MATERIAL_NEEDS = ['required', 'optional', 'conditional'] as const;

/** One document a customer brings (申请材料): what, in which form, how many, who issues it. */
const ServiceMaterial = z
  .strictObject({
    id: Id,
    name: Text.describe('The material, e.g. 户主有效身份证件'),
    form: z
      .enum(MATERIAL_FORMS)
      .default('original')
      .describe(
        'original 原件, copy 复印件, original-and-copy 原件及复印件, original-or-copy 原件或复印件, electronic 电子证照, form 现场填写的表格',
      ),
    copies: z.number().int().min(1).max(20).default(1).describe('How many (份)'),
    issuer: Text.optional().describe('Who issues it (出具单位), e.g. 公安机关、不动产登记机构'),
    note: Text.optional().describe('What to check, e.g. 须在有效期内'),
    need: z
      .enum(MATERIAL_NEEDS)
      .default('required')
      .describe('required 必须提供, optional 可选, conditional 特定情形提供 (write condition)'),
    condition: Text.optional().describe('When a conditional material is needed, e.g. 委托他人代办的'),
    ...Applies,
  })
  .refine((m) => (m.need === 'conditional') === (m.condition !== undefined), {
    message:
      'need: conditional 的材料要写 condition（何种情形需要），其他材料不写 condition / a conditional material needs a condition, and only a conditional one has it',
  });

/** A fee and what it rests on (收费标准及依据); amount may be {{param}}. */
export const ServiceFee = z
  .strictObject({
    name: Text.describe('What is charged, e.g. 工本费'),
    amount: z
      .union([
        z.number().min(0).superRefine(saneAmount),
        z.string().regex(/^\{\{[a-z][a-z0-9-]*\}\}$/, {
          message:
            '金额应为数字或 {{参数名}}；不是一个固定金额的（票价的5%、按里程计算），请把 amount: 改成 text: / an amount is a number or {{param}}; a fee that is no fixed sum (5% of the fare, by distance) goes under text: instead of amount:',
        }),
      ])
      .optional()
      .describe('Yuan; 0 means waived (免收)'),
    amountMax: z.number().min(0).superRefine(saneAmount).optional().describe('Upper bound when the fee is a range'),
    text: Text.optional().describe('How the amount is set when it is not one number, e.g. 按工程量据实收取'),
    per: Text.optional().describe('Per what, e.g. 张, 户, 次'),
    basis: Text.optional().describe('The rule that sets it (收费依据)'),
  })
  .refine((f) => (f.amount === undefined) !== (f.text === undefined), {
    message:
      '收费项写 amount（金额）或 text（计费方式）中的一个 / a fee has either an amount or a text saying how it is set',
  });

/** A phone shown on a guide or slip; the number may be {{hotline.service}} or a {{param}}. */
export const ServicePhone = z.strictObject({ label: Text, number: z.string().trim().min(1) });

/**
 * A service item (办事指南): one business a window handles — what it takes, how long, what it
 * costs, where and when. Units take it like any other item: `units:` / `industries:`, and may
 * exclude it or one of its materials, or reword it (item: <id>).
 */
export const ServiceFile = z
  .strictObject({
    id: Id,
    name: Text.describe('Name of the business, e.g. 低压居民新装用电'),
    category: Text.optional().describe('Group on the index, e.g. 用电业务'),
    summary: Text.optional().describe('One or two sentences: what it is and who may apply'),
    ...Applies,
    conditions: z.array(Text).default([]).describe('Who may apply and when (办理条件)'),
    materials: z.array(ServiceMaterial).default([]).describe('Materials to bring (申请材料)'),
    steps: z
      .array(Text)
      .optional()
      .describe('The steps as the customer sees them; omit and name a process to take its main line'),
    process: Id.optional().describe('Id of the process chart behind this service'),
    timeLimit: Text.describe('Time limit as written: 当场, 3个工作日, {{power-connection-days}}个工作日, 24小时'),
    timeLimitNote: Text.optional().describe('When the clock starts, e.g. 自资料齐全之日起计算'),
    fees: z
      .union([z.literal('none'), z.array(ServiceFee).min(1)])
      .describe('"none" (不收费) or the fees with their basis'),
    place: Text.optional().describe("Where to apply; omit for the unit's address"),
    hours: Text.optional().describe("When; omit for the unit's opening hours"),
    phones: z.array(ServicePhone).optional().describe("Numbers to call; omit for the unit's hotlines"),
    visits: z
      .number()
      .int()
      .min(0)
      .max(9)
      .describe('How many times the customer must come (0: none, all online; 1: 最多跑一次)'),
    online: z.array(Text).optional().describe('Where it can also be done online, e.g. 网上国网App'),
    basis: z.array(Reference).default([]).describe('Legal basis (办理依据)'),
  })
  .refine((s) => s.steps !== undefined || s.process !== undefined, {
    message: '办事指南需要 steps（办理步骤）或 process（流程 id） / a service needs steps or a process',
  })
  .describe('A service guide (办事指南): content/services/*.yaml');
export type ServiceFile = z.infer<typeof ServiceFile>;
