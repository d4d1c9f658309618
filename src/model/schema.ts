/**
 * The content schemas: one zod schema per kind of content file.
 *
 * Every object is strict (unknown fields are errors, so a misspelt field never
 * silently disappears). Field descriptions double as hover help in editors via
 * the generated JSON Schemas (see jsonschema.ts).
 */
import { z } from 'zod';

/** Stable identifier: lower-case ASCII, digits and hyphens. Used in URLs (#c-<id>) and references. */
export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, {
    message: 'id 只能使用小写英文字母、数字和连字符，并以字母或数字开头 / an id may only contain a-z, 0-9 and "-"',
  })
  .max(80)
  .describe('Stable id: never changes once published; used in links (#c-<id>) and references. a-z, 0-9, "-".');

/** Non-empty human text (trimmed). Lines folded by YAML are joined without a space in Chinese (fold.ts). */
export const Text = z
  .string()
  .trim()
  .min(1, { message: '不能为空 / must not be empty' });

const IdList = z.array(Id);

/** Words staff use for an item (indexed by search, shown nowhere else). */
const Keywords = z
  .array(Text)
  .optional()
  .describe('Words staff use for this item, e.g. 工牌 for 工号牌: found by search, shown nowhere else');

/** Years a service standard's dates may fall in: a typo such as 0227 or 20277 is caught. */
const YEARS = { min: 1900, max: 2199 } as const;

/** A calendar date written as YYYY-MM-DD that exists (no 2027-02-30). YAML may already have turned it into a Date. */
export const DateString = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期应写作 YYYY-MM-DD / a date must be written YYYY-MM-DD' })
    .superRefine((v, ctx) => {
      const [y, m, d] = v.split('-').map(Number) as [number, number, number];
      const date = new Date(Date.UTC(y, m - 1, d));
      if (m < 1 || m > 12 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
        ctx.addIssue({ code: 'custom', params: { code: 'invalid-date' }, message: `日期 ${v} 不存在（${y} 年 ${m} 月没有 ${d} 日） / the date ${v} does not exist (month ${m} of ${y} has no day ${d})` });
      } else if (y < YEARS.min || y > YEARS.max) {
        ctx.addIssue({ code: 'custom', params: { code: 'invalid-date' }, message: `日期 ${v} 的年份不合理（应在 ${YEARS.min}–${YEARS.max} 之间） / the year of ${v} is out of range (${YEARS.min}–${YEARS.max})` });
      }
    })
    .describe('A date, YYYY-MM-DD'),
);

/** Largest magnitude of a number that is printed (targets, fines, params): beyond it, a typo. */
export const AMOUNT_LIMIT = 1e12;
/** Whether a number prints as written: finite, within ±AMOUNT_LIMIT and not so small that it would print as 1e-7. */
export const isSaneAmount = (v: number): boolean => Number.isFinite(v) && Math.abs(v) <= AMOUNT_LIMIT && (v === 0 || Math.abs(v) >= 1e-6);
const amountMessage = (v: number) =>
  `数值 ${String(v)} 超出合理范围（应在 ±1 万亿以内，且不小于 0.000001），会被印成科学计数法 / the number ${String(v)} is out of range (within ±1e12 and not below 0.000001); it would print in exponent notation`;

const saneAmount = (v: number, ctx: z.RefinementCtx): void => {
  if (!isSaneAmount(v)) ctx.addIssue({ code: 'custom', params: { code: 'out-of-range' }, message: amountMessage(v) });
};

/** A number as printed on posters and pages. */
export const Amount = z.number().superRefine(saneAmount);

const URL_SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u00a0\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/u;

/**
 * Why a URL is refused, or undefined: only http(s) addresses and, unless `absolute`, addresses
 * relative to the site are allowed, so no javascript:, data:, vbscript: or file: link (nor one
 * disguised with a tab or an entity) can reach a page or a QR code.
 */
export function urlProblem(value: string, absolute: boolean): string | undefined {
  const shown = JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (CONTROL_OR_SPACE.test(value) || /&(#x?[0-9a-f]+|[a-z]+);?/i.test(value)) {
    return `网址中不能有空格、控制字符或 HTML 实体（实际是 ${shown}） / a URL cannot hold spaces, control characters or HTML entities (found ${shown})`;
  }
  const scheme = URL_SCHEME.exec(value)?.[1]?.toLowerCase();
  const refused = `网址只能以 http:// 或 https:// 开头${absolute ? '' : '，或是相对地址（如 /downloads/）'}，不允许 javascript:、data: 等（实际是 ${shown}） / a URL must start with http:// or https://${absolute ? '' : ' or be relative (e.g. /downloads/)'}; javascript:, data: and other schemes are refused (found ${shown})`;
  if (scheme !== undefined) {
    if (scheme !== 'http' && scheme !== 'https') return refused;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return `网址格式不正确（实际是 ${shown}） / not a valid URL (found ${shown})`;
    }
    if (!url.hostname) return `网址缺少域名，如 https://example.org/ （实际是 ${shown}） / the URL has no host, e.g. https://example.org/ (found ${shown})`;
    return undefined;
  }
  if (absolute || value.startsWith('//')) return refused;
  return undefined;
}

/** A link to a web page: http(s), or relative to the site. */
export const SafeUrl = z.string().superRefine((v, ctx) => {
  const problem = urlProblem(v, false);
  if (problem) ctx.addIssue({ code: 'custom', params: { code: 'unsafe-url' }, message: problem });
});

export const STRENGTHS = ['shall', 'shall-not', 'should', 'should-not', 'may'] as const;
export const Strength = z
  .enum(STRENGTHS)
  .describe('Normative strength: shall 应, shall-not 不得, should 宜, should-not 不宜, may 可');
export type Strength = z.infer<typeof Strength>;

export const INDUSTRIES = [
  'power', 'water', 'gas', 'heating', 'toll', 'bus', 'taxi', 'rail', 'airport', 'bank', 'insurance', 'telecom',
  'post', 'hospital', 'hotel', 'tourism', 'retail', 'property', 'education', 'government', 'other',
] as const;
export const Industry = z.enum(INDUSTRIES).describe('Industry of the organisation or unit');

/**
 * Which units something applies to. Omitted: every unit. A unit named here brings its sub-units
 * along (they inherit what their parent has); `industries` narrows to units of those industries.
 * Written on a file it covers everything in the file; written on an item it narrows further.
 */
const Applies = {
  units: z
    .union([z.literal('all'), IdList])
    .optional()
    .describe('"all" (the default) or the ids of the units it applies to; their sub-units are included'),
  industries: z.array(Industry).min(1).optional().describe('Only units of these industries (e.g. [bank, hotel])'),
};

/** Put this item on the pocket card (人手一卡); without any, the card chooses the first ones. */
const OnCard = z.boolean().optional().describe('true: print it on the pocket card (人手一卡)');

/**
 * Hotlines. The three well-known ones have fixed keys so posters and pages can place them;
 * `other` holds any further numbers with their labels.
 */
export const Hotlines = z
  .strictObject({
    service: z.string().trim().min(1).optional().describe('Service hotline (服务热线), e.g. 95598'),
    supervision: z.string().trim().min(1).optional().describe('Supervision / complaint phone (监督电话)'),
    fault: z.string().trim().min(1).optional().describe('Fault / repair line (故障报修电话)'),
    other: z
      .array(z.strictObject({ label: Text, number: z.string().trim().min(1) }))
      .optional()
      .describe('Further numbers, each with a label'),
  })
  .describe('Telephone numbers shown to the public');
export type Hotlines = z.infer<typeof Hotlines>;

/** Named values that commitments, pages, posters and quizzes read: `{{name}}` in text. */
export const Params = z
  .record(z.string().regex(/^[a-z][a-z0-9-]*$/), z.union([z.string(), Amount]))
  .describe('Named values (numbers, times, phone numbers) referenced as {{name}} in text; a unit may override them');

const Reference = z.strictObject({
  title: Text.describe('Title of the referenced rule, e.g. 《电力供应与使用条例》'),
  code: z.string().trim().optional().describe('Its number, e.g. GB/T 1.1-2020'),
  url: SafeUrl.optional().describe('Link to the rule: https://… or relative to the site'),
});

// ---------------------------------------------------------------- organisation

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
    total: z.number().positive().max(1000).default(100).describe('full marks (满分); a small bank takes more questions of other types to reach it'),
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
        else if (/[?#]/.test(v)) ctx.addIssue({ code: 'custom', params: { code: 'unsafe-url' }, message: `baseUrl 不能带 ? 或 #（实际是 ${JSON.stringify(v)}） / baseUrl cannot hold ? or # (found ${JSON.stringify(v)})` });
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
            .describe('A group of posts (e.g. 一线服务人员): the roles it stands for. What is written for the group applies to each of them; a group gets no handbook or paper of its own'),
        }),
      )
      .min(1),
  })
  .describe('Roles (岗位): content/roles.yaml');
export type RolesFile = z.infer<typeof RolesFile>;

// ---------------------------------------------------------------- norm documents

export interface ClauseInput {
  id: string;
  number?: string | undefined;
  title?: string | undefined;
  text?: string | undefined;
  strength?: Strength | undefined;
  tags?: string[] | undefined;
  roles?: string[] | undefined;
  note?: string | undefined;
  units?: 'all' | string[] | undefined;
  industries?: (typeof INDUSTRIES)[number][] | undefined;
  keywords?: string[] | undefined;
  clauses?: ClauseInput[] | undefined;
}

/**
 * A clause. A clause with a title and children is a section heading (4 服务规范);
 * a clause with text is a provision. Numbers are derived from position (GB/T 1.1
 * style: 4, 4.1, 4.1.13) unless `number` gives one, which also restarts the count
 * for the following siblings.
 */
export const Clause: z.ZodType<ClauseInput> = z.lazy(() =>
  z
    .strictObject({
      id: Id,
      number: z
        .union([z.string(), z.number()])
        .transform((v) => String(v))
        .pipe(z.string().regex(/^\d+(\.\d+)*$/, { message: '条款编号应形如 4 或 4.1.13 / a clause number looks like 4 or 4.1.13' }))
        .optional()
        .describe('Explicit displayed number (e.g. 4.1.13); normally derived from order'),
      title: Text.optional().describe('Heading of a section clause'),
      text: Text.optional().describe('Wording of the provision'),
      strength: Strength.optional(),
      tags: z.array(Text).optional(),
      roles: IdList.optional().describe('Role ids this clause applies to; empty means every role'),
      note: Text.optional().describe('Informative note (注), not normative'),
      ...Applies,
      keywords: Keywords,
      clauses: z.array(Clause).optional().describe('Sub-clauses'),
    })
    .refine((c) => c.title !== undefined || c.text !== undefined, {
      message: '条款需要 title（标题）或 text（正文） / a clause needs a title or a text',
    }),
);

/** One published version of a document: its number, date, who approved it and what changed. */
const RevisionRecord = z.strictObject({
  version: z.union([z.string(), Amount]).transform((v) => String(v)).describe('The version this record is for, as in version:'),
  date: DateString.describe('Date of approval or publication'),
  approver: Text.optional().describe('Who approved it (批准人或批准机构)'),
  summary: Text.describe('What changed, in a sentence or two'),
});

export const NormDocumentFile = z
  .strictObject({
    id: Id,
    title: Text,
    code: z.string().trim().optional().describe('Document number, e.g. Q/XX 101-2026'),
    issuer: Text.describe('Who issues the document (发布单位)'),
    version: z.union([z.string(), Amount]).transform((v) => String(v)),
    effective: DateString.describe('Effective date (实施日期)'),
    scope: Text.describe('Scope (范围)'),
    references: z.array(Reference).optional().describe('Normative references (规范性引用文件)'),
    roles: IdList.optional().describe('Roles the whole document applies to (e.g. only toll collectors); omit for every role'),
    ...Applies,
    keywords: Keywords,
    startNumber: z.number().int().min(0).max(9999).default(1).describe('Number of the first top-level clause (GB/T 1.1 documents often start at 4)'),
    status: z
      .enum(['draft', 'approved', 'withdrawn'])
      .default('approved')
      .describe('draft 草案 (off the public site and out of print unless built with --drafts), approved 现行, withdrawn 废止'),
    revisions: z.array(RevisionRecord).optional().describe('Revision records (修订记录): one per published version'),
    clauses: z.array(Clause).min(1),
  })
  .describe('A norm document (服务规范): content/norms/*.yaml');
export type NormDocumentFile = z.infer<typeof NormDocumentFile>;

// ---------------------------------------------------------------- etiquette

const Phrase = z.strictObject({
  id: Id,
  text: Text.describe('The phrase; write slots as {金额} — they are shown as blanks to fill, e.g. 收到您{金额}元'),
  note: Text.optional(),
  card: OnCard,
  ...Applies,
  keywords: Keywords,
});

const ForbiddenPhrase = z.strictObject({
  id: Id,
  text: Text.describe('A phrase never to be said (服务忌语)'),
  instead: Id.optional().describe('Id of the standard phrase to use instead'),
  note: Text.optional(),
  card: OnCard,
  ...Applies,
  keywords: Keywords,
});

export const CONDUCT_TOPICS = ['posture', 'dress', 'badge', 'expression', 'behaviour', 'environment', 'other'] as const;
const ConductRule = z.strictObject({
  id: Id,
  topic: z.enum(CONDUCT_TOPICS).describe('posture 仪态, dress 着装, badge 工号牌, expression 表情, behaviour 举止, environment 环境'),
  text: Text,
  strength: Strength.optional(),
  card: OnCard,
  ...Applies,
  keywords: Keywords,
});

const Situation = z.strictObject({
  id: Id,
  title: Text.describe('The situation, e.g. 迎候客户'),
  description: Text.optional(),
  roles: IdList.optional(),
  phrases: z.array(Phrase).default([]).describe('Standard phrases (规范用语)'),
  forbidden: z.array(ForbiddenPhrase).default([]).describe('Forbidden phrases (服务忌语)'),
  conduct: z.array(ConductRule).default([]).describe('What to do, e.g. stand up and smile'),
  ...Applies,
  keywords: Keywords,
});

const RuleSet = z.strictObject({
  id: Id,
  title: Text.describe('e.g. 十字文明用语, 五声服务'),
  items: z.array(Text).min(1),
  card: OnCard,
  ...Applies,
  keywords: Keywords,
});

export const EtiquetteFile = z
  .strictObject({
    id: Id,
    title: Text,
    description: Text.optional(),
    situations: z.array(Situation).default([]).describe('Situations with their phrases; a file may hold only rule sets and conduct rules'),
    ruleSets: z.array(RuleSet).default([]),
    conduct: z.array(ConductRule).default([]).describe('General conduct rules: posture, dress, badge'),
    ...Applies,
    keywords: Keywords,
  })
  .describe('An etiquette set (礼仪与文明用语): content/etiquette/*.yaml');
export type EtiquetteFile = z.infer<typeof EtiquetteFile>;

// ---------------------------------------------------------------- commitments

export const COMPARATORS = ['le', 'lt', 'ge', 'gt', 'eq'] as const;
export const Target = z
  .strictObject({
    value: z
      .union([Amount, z.string().regex(/^\{\{[a-z][a-z0-9-]*\}\}$/, { message: '目标值应为数字或 {{参数名}} / a target value is a number or {{param}}' })])
      .describe('The number, or {{param}} to read it from params (so a unit can override it)'),
    unit: z.string().trim().default('').describe('Unit as printed: 小时, 个工作日, %, MPa, 分钟'),
    comparator: z.enum(COMPARATORS).default('le').describe('le ≤ (within), ge ≥ (at least), eq ='),
  })
  .describe('Measurable target');
export type TargetInput = z.infer<typeof Target>;

const CommitmentItem = z.strictObject({
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

// ---------------------------------------------------------------- processes

const Branch = z.strictObject({
  label: Text.describe('Branch label, e.g. 是 / 否'),
  to: Id.describe('Id of the node this branch leads to'),
});

const NodeBase = {
  id: Id,
  role: Id.describe('Role (swim lane) that performs it'),
  timeLimit: Text.optional().describe('Time limit as written, e.g. 当场, 2个工作日, 24小时'),
  clauses: IdList.optional().describe('Clauses this node implements'),
  keywords: Keywords,
};

export const ProcessNode = z.discriminatedUnion('type', [
  z.strictObject({ ...NodeBase, type: z.literal('start'), label: Text, next: Id }),
  z.strictObject({ ...NodeBase, type: z.literal('step'), label: Text.describe('The action, e.g. 登记投诉内容'), next: Id }),
  z.strictObject({ ...NodeBase, type: z.literal('decision'), label: Text.describe('The question, e.g. 能否当场解决？'), branches: z.array(Branch) }),
  z.strictObject({ ...NodeBase, type: z.literal('end'), label: Text }),
]);
export type ProcessNodeInput = z.infer<typeof ProcessNode>;

export const ProcessFile = z
  .strictObject({
    id: Id,
    title: Text,
    description: Text.optional(),
    keywords: Keywords,
    units: z.union([z.literal('all'), IdList]).default('all').describe('"all" or the ids of the units that follow this process; their sub-units are included'),
    industries: Applies.industries,
    nodes: z.array(ProcessNode).min(2),
  })
  .describe('A process chart (流程): content/processes/*.yaml');
export type ProcessFile = z.infer<typeof ProcessFile>;

// ---------------------------------------------------------------- assessment

/** Who bears a penalty or a consequence: the person at fault, the team, the unit head, the unit. */
export const BEARERS = ['staff', 'team', 'head', 'unit'] as const;
const Bearers = z.array(z.enum(BEARERS)).min(1).describe('Who bears it: staff 当事人, team 班组, head 单位负责人, unit 本单位');

/** One step of the escalation on repeat (一次当场纠正、二次书面通知、三次处罚). */
const EscalationStep = z.strictObject({
  occurrence: z.number().int().min(1).max(999).describe('From this occurrence on (1st, 2nd, 3rd…; the last step holds for every later one)'),
  action: Text,
  fine: z.number().min(0).superRefine(saneAmount).optional().describe('Fine in yuan at this step'),
  bearer: Bearers.optional(),
});

const Penalty = z
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
  .refine((p) => p.to === undefined || p.to >= p.from, { message: '阶段的结束日期不能早于开始日期 / a phase cannot end before it starts' });

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
  cap: z.number().positive().max(100).optional().describe('Most that can be deducted on this item; default: its points'),
  repeat: z
    .strictObject({
      factor: z.number().min(1).max(10).describe('Deduction multiplied by this when the same fault was pointed out at the previous inspection'),
      text: Text.optional().describe('The rule in words, if it says more'),
    })
    .optional()
    .describe('Repetition rule (重复出现加倍扣分)'),
  violation: Id.optional().describe('The violation a fault counts as: its fine and escalation apply'),
  inspections: IdList.optional().describe('The inspections whose sheet has this item; omit for every inspection of this file but surveys'),
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
          kind: z.enum(['scheduled', 'unannounced', 'survey', 'self']).describe('scheduled 定期, unannounced 暗访, survey 满意度调查, self 自查'),
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
      .array(z.strictObject({ id: Id, title: Text, criteria: Text, amount: z.number().min(0).superRefine(saneAmount).optional().describe('Prize money in yuan'), ...Applies, keywords: Keywords }))
      .default([]),
    ...Applies,
    keywords: Keywords,
  })
  .describe('Assessment and penalties (检查考核): content/assessment/*.yaml');
export type AssessmentFile = z.infer<typeof AssessmentFile>;

// ---------------------------------------------------------------- service guides

export const MATERIAL_FORMS = ['original', 'copy', 'original-and-copy', 'original-or-copy', 'electronic', 'form'] as const;
export const MATERIAL_NEEDS = ['required', 'optional', 'conditional'] as const;

/** One document a customer brings (申请材料): what, in which form, how many, who issues it. */
const ServiceMaterial = z
  .strictObject({
    id: Id,
    name: Text.describe('The material, e.g. 户主有效身份证件'),
    form: z
      .enum(MATERIAL_FORMS)
      .default('original')
      .describe('original 原件, copy 复印件, original-and-copy 原件及复印件, original-or-copy 原件或复印件, electronic 电子证照, form 现场填写的表格'),
    copies: z.number().int().min(1).max(20).default(1).describe('How many (份)'),
    issuer: Text.optional().describe('Who issues it (出具单位), e.g. 公安机关、不动产登记机构'),
    note: Text.optional().describe('What to check, e.g. 须在有效期内'),
    need: z.enum(MATERIAL_NEEDS).default('required').describe('required 必须提供, optional 可选, conditional 特定情形提供 (write condition)'),
    condition: Text.optional().describe('When a conditional material is needed, e.g. 委托他人代办的'),
    ...Applies,
  })
  .refine((m) => (m.need === 'conditional') === (m.condition !== undefined), {
    message: 'need: conditional 的材料要写 condition（何种情形需要），其他材料不写 condition / a conditional material needs a condition, and only a conditional one has it',
  });

/** A fee and what it rests on (收费标准及依据); amount may be {{param}}. */
const ServiceFee = z
  .strictObject({
    name: Text.describe('What is charged, e.g. 工本费'),
    amount: z
      .union([z.number().min(0).superRefine(saneAmount), z.string().regex(/^\{\{[a-z][a-z0-9-]*\}\}$/, { message: '金额应为数字或 {{参数名}} / an amount is a number or {{param}}' })])
      .optional()
      .describe('Yuan; 0 means waived (免收)'),
    amountMax: z.number().min(0).superRefine(saneAmount).optional().describe('Upper bound when the fee is a range'),
    text: Text.optional().describe('How the amount is set when it is not one number, e.g. 按工程量据实收取'),
    per: Text.optional().describe('Per what, e.g. 张, 户, 次'),
    basis: Text.optional().describe('The rule that sets it (收费依据)'),
  })
  .refine((f) => (f.amount === undefined) !== (f.text === undefined), {
    message: '收费项写 amount（金额）或 text（计费方式）中的一个 / a fee has either an amount or a text saying how it is set',
  });

/** A phone shown on a guide or slip; the number may be {{hotline.service}} or a {{param}}. */
const ServicePhone = z.strictObject({ label: Text, number: z.string().trim().min(1) });

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
    steps: z.array(Text).optional().describe('The steps as the customer sees them; omit and name a process to take its main line'),
    process: Id.optional().describe('Id of the process chart behind this service'),
    timeLimit: Text.describe('Time limit as written: 当场, 3个工作日, {{power-connection-days}}个工作日, 24小时'),
    timeLimitNote: Text.optional().describe('When the clock starts, e.g. 自资料齐全之日起计算'),
    fees: z.union([z.literal('none'), z.array(ServiceFee).min(1)]).describe('"none" (不收费) or the fees with their basis'),
    place: Text.optional().describe("Where to apply; omit for the unit's address"),
    hours: Text.optional().describe("When; omit for the unit's opening hours"),
    phones: z.array(ServicePhone).optional().describe("Numbers to call; omit for the unit's hotlines"),
    visits: z.number().int().min(0).max(9).describe('How many times the customer must come (0: none, all online; 1: 最多跑一次)'),
    online: z.array(Text).optional().describe('Where it can also be done online, e.g. 网上国网App'),
    basis: z.array(Reference).default([]).describe('Legal basis (办理依据)'),
  })
  .refine((s) => s.steps !== undefined || s.process !== undefined, {
    message: '办事指南需要 steps（办理步骤）或 process（流程 id） / a service needs steps or a process',
  })
  .describe('A service guide (办事指南): content/services/*.yaml');
export type ServiceFile = z.infer<typeof ServiceFile>;

// ---------------------------------------------------------------- quiz

const Letter = z.string().regex(/^[A-Z]$/, { message: '答案应写选项字母 A、B、C… / an answer is an option letter A, B, C…' });
const QuestionBase = {
  id: Id,
  stem: Text.describe('The question'),
  cites: IdList.min(1).describe('Ids of the clauses, phrases, commitments or steps this question tests'),
  explanation: Text.optional(),
  difficulty: z.enum(['easy', 'medium', 'hard']).optional(),
  ...Applies,
  keywords: Keywords,
};

export const Question = z.discriminatedUnion('type', [
  z.strictObject({ ...QuestionBase, type: z.literal('single'), options: z.array(Text).min(2).max(8), answer: Letter }),
  z.strictObject({ ...QuestionBase, type: z.literal('multiple'), options: z.array(Text).min(2).max(8), answer: z.array(Letter).min(1) }),
  z.strictObject({ ...QuestionBase, type: z.literal('truefalse'), answer: z.boolean() }),
  z.strictObject({
    ...QuestionBase,
    type: z.literal('blank'),
    stem: Text.describe('The question, with each blank written as ____ (four underscores)'),
    answer: z.array(z.union([Text, z.array(Text).min(1)])).min(1).describe('One entry per blank; an entry may list accepted alternatives'),
  }),
]);
export type QuestionInput = z.infer<typeof Question>;

export const QuizFile = z
  .strictObject({
    id: Id,
    title: Text,
    ...Applies,
    keywords: Keywords,
    questions: z.array(Question).min(1),
  })
  .describe('A quiz bank (题库): content/quiz/*.yaml');
export type QuizFile = z.infer<typeof QuizFile>;

// ---------------------------------------------------------------- units

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
    fees: z.union([z.literal('none'), z.array(ServiceFee).min(1)]).optional().describe('A service: its fees'),
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
    message: '每条覆盖写 clause:（条款 id）或 item:（其他条目 id）中的一个 / each override names exactly one of clause: or item:',
  });

export const UnitFile = z
  .strictObject({
    id: Id,
    name: Text,
    shortName: Text.optional(),
    industry: Industry,
    parent: Id.optional().describe('Id of another unit to inherit from; omit to inherit from the organisation'),
    address: Text.optional(),
    openingHours: Text.optional(),
    keywords: Keywords,
    hotlines: Hotlines.optional().describe('Overrides the inherited numbers'),
    params: Params.optional().describe('Overrides inherited params'),
    documents: z
      .union([z.literal('all'), IdList])
      .default('all')
      .describe('Which norm documents apply: "all" takes the parent unit\'s documents (or, at the top, the organisation\'s) plus those written for this unit; a list takes exactly these, including documents the parent does not use'),
    add: z.array(ClauseAddition).default([]).describe('Clauses of this unit only'),
    override: z.array(ItemOverride).default([]).describe('Inherited items (clauses, phrases, commitments, steps, …) this unit words differently'),
    exclude: IdList.default([]).describe('Inherited items of any kind that do not apply here: clauses, documents, situations, phrases, commitments, processes, violations, questions, …'),
    commitments: z.array(CommitmentItem).default([]).describe("This unit's own commitments"),
    excludeCommitments: IdList.default([]).describe('Same as listing the commitments under exclude (kept for older files)'),
    effective: DateString.optional().describe('Effective date printed on the poster'),
  })
  .describe('A service unit (窗口单位): content/units/*.yaml');
export type UnitFile = z.infer<typeof UnitFile>;

// ---------------------------------------------------------------- MDX page front matter

export const PageFrontmatter = z.strictObject({
  title: Text,
  description: Text.optional(),
  order: Amount.optional(),
  units: z.union([z.literal('all'), IdList]).default('all'),
  industries: Applies.industries,
  keywords: Keywords,
});
export type PageFrontmatter = z.infer<typeof PageFrontmatter>;

// ---------------------------------------------------------------- synonyms

export const SynonymsFile = z
  .strictObject({
    defaults: z.boolean().default(true).describe("Also use guifan's default list of words service staff use interchangeably (false: only the groups below)"),
    groups: z
      .array(z.array(Text).min(2, { message: '一组同义词至少要有两个词 / a group needs at least two words' }).describe('Words that mean the same thing to staff, e.g. [顾客, 客户]'))
      .default([])
      .describe('Groups of interchangeable words: a search for one also finds the others'),
  })
  .describe('Words staff use interchangeably (同义词), applied when searching: content/synonyms.yaml');
export type SynonymsFile = z.infer<typeof SynonymsFile>;

/** Where each kind lives in a content directory. */
export const KINDS = {
  organisation: { schema: OrganisationFile, pattern: 'organisation.yaml', many: false },
  roles: { schema: RolesFile, pattern: 'roles.yaml', many: false },
  norms: { schema: NormDocumentFile, pattern: 'norms/*.yaml', many: true },
  etiquette: { schema: EtiquetteFile, pattern: 'etiquette/*.yaml', many: true },
  commitments: { schema: CommitmentsFile, pattern: 'commitments/*.yaml', many: true },
  processes: { schema: ProcessFile, pattern: 'processes/*.yaml', many: true },
  assessment: { schema: AssessmentFile, pattern: 'assessment/*.yaml', many: true },
  quiz: { schema: QuizFile, pattern: 'quiz/*.yaml', many: true },
  services: { schema: ServiceFile, pattern: 'services/*.yaml', many: true },
  units: { schema: UnitFile, pattern: 'units/*.yaml', many: true },
  synonyms: { schema: SynonymsFile, pattern: 'synonyms.yaml', many: false },
} as const;
export type Kind = keyof typeof KINDS;
