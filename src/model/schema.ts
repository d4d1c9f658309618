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

/** A calendar date written as YYYY-MM-DD. YAML may already have turned it into a Date. */
export const DateString = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期应写作 YYYY-MM-DD / a date must be written YYYY-MM-DD' })
    .describe('A date, YYYY-MM-DD'),
);

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
  .record(z.string().regex(/^[a-z][a-z0-9-]*$/), z.union([z.string(), z.number()]))
  .describe('Named values (numbers, times, phone numbers) referenced as {{name}} in text; a unit may override them');

const Reference = z.strictObject({
  title: Text.describe('Title of the referenced rule, e.g. 《电力供应与使用条例》'),
  code: z.string().trim().optional().describe('Its number, e.g. GB/T 1.1-2020'),
  url: z.string().url().optional(),
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
    baseUrl: z.string().url().describe('Public URL of the published site; posters link to it with QR codes'),
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
  version: z.union([z.string(), z.number()]).transform((v) => String(v)).describe('The version this record is for, as in version:'),
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
    version: z.union([z.string(), z.number()]).transform((v) => String(v)),
    effective: DateString.describe('Effective date (实施日期)'),
    scope: Text.describe('Scope (范围)'),
    references: z.array(Reference).optional().describe('Normative references (规范性引用文件)'),
    roles: IdList.optional().describe('Roles the whole document applies to (e.g. only toll collectors); omit for every role'),
    ...Applies,
    keywords: Keywords,
    startNumber: z.number().int().min(0).default(1).describe('Number of the first top-level clause (GB/T 1.1 documents often start at 4)'),
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
      .union([z.number(), z.string().regex(/^\{\{[a-z][a-z0-9-]*\}\}$/, { message: '目标值应为数字或 {{参数名}} / a target value is a number or {{param}}' })])
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

const Penalty = z
  .strictObject({
    fine: z.number().min(0).optional().describe('Fine in yuan'),
    fineMax: z.number().min(0).optional().describe('Upper bound when the fine is a range'),
    points: z.number().optional().describe('Points deducted'),
    text: Text.optional().describe('Any other consequence'),
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
  escalation: z
    .array(z.strictObject({ occurrence: z.number().int().min(1), action: Text }))
    .optional()
    .describe('What happens on the 1st, 2nd, 3rd… occurrence'),
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
    thresholds: z
      .array(z.strictObject({ id: Id, below: z.number(), consequence: Text, ...Applies, keywords: Keywords }))
      .default([])
      .describe('Score thresholds: below N points → consequence'),
    violations: z.array(Violation).default([]),
    awards: z.array(z.strictObject({ id: Id, title: Text, criteria: Text, ...Applies, keywords: Keywords })).default([]),
    ...Applies,
    keywords: Keywords,
  })
  .describe('Assessment and penalties (检查考核): content/assessment/*.yaml');
export type AssessmentFile = z.infer<typeof AssessmentFile>;

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
    timeLimit: Text.optional().describe('A process step: its time limit'),
    role: Id.optional().describe('A process step: who does it'),
    target: Target.optional().describe('A commitment: its measurable target'),
    public: z.boolean().optional().describe('A commitment: shown on the public board'),
    items: z.array(Text).min(1).optional().describe('A rule set: its items'),
    below: z.number().optional().describe('A score threshold: the score'),
    consequence: Text.optional().describe('A score threshold: what follows'),
    frequency: Text.optional().describe('An inspection: how often'),
    criteria: Text.optional().describe('An award: who earns it'),
    penalty: Penalty.optional().describe('A violation: its penalty'),
    escalation: z.array(z.strictObject({ occurrence: z.number().int().min(1), action: Text })).optional().describe('A violation: steps on repeat'),
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
  order: z.number().optional(),
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
  units: { schema: UnitFile, pattern: 'units/*.yaml', many: true },
  synonyms: { schema: SynonymsFile, pattern: 'synonyms.yaml', many: false },
} as const;
export type Kind = keyof typeof KINDS;
