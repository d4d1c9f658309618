/**
 * A small hand-built Model for the quiz tests (quiz.test.ts, quiz-client.test.ts): every
 * generator has material, and quizFixtureModel(mutate) lets a test craft a bad input on a
 * fresh copy. The print tests have their own: print-fixture-model.ts.
 */
import { ExamRule } from '../../src/model/schema/organisation.ts';
import { targetWording } from '../../src/model/targets.ts';
import type { Clause, NormDocument } from '../../src/model/types/documents.ts';
import type { CommitmentSet } from '../../src/model/types/commitments.ts';
import type { EtiquetteSet } from '../../src/model/types/etiquette.ts';
import type { IndexEntry, ItemKind, Model, ResolvedUnit, SourceRef } from '../../src/model/types.ts';
import type { Process, ProcessNode } from '../../src/model/types/processes.ts';
import type { QuizBank } from '../../src/model/types/quiz.ts';
import type { Service } from '../../src/model/types/services.ts';

let line = 0;
const at = (file: string): SourceRef => ({ file, line: ++line, column: 1 });

function clause(
  documentId: string,
  number: string,
  id: string,
  fields: Partial<Clause>,
  children: Clause[] = [],
): Clause {
  const depth = number.split('.').length;
  const built: Clause = {
    id,
    number,
    label: number,
    strengthInferred: false,
    tags: [],
    roles: [],
    depth,
    documentId,
    children,
    source: at('norms/service.yaml'),
    ...fields,
    appliesTo: fields.roles ?? [],
  };
  for (const child of children) child.parentId = id;
  return built;
}

function serviceDocument(): NormDocument {
  const d = 'doc-service';
  return {
    id: d,
    title: '柜台服务规范',
    issuer: '示例公用事业公司',
    version: '1',
    effective: '2026-01-01',
    scope: '适用于营业厅与热线',
    references: [],
    roles: [],
    source: at('norms/service.yaml'),
    clauses: [
      clause(d, '4', 'sec-discipline', { title: '服务纪律' }, [
        clause(d, '4.1', 'c-first-ask', {
          text: '第一位被客户询问的员工应执行首问负责，直到把事情交接清楚。',
          strength: 'shall',
          tags: ['首问负责'],
        }),
        clause(d, '4.2', 'c-cash', {
          text: '收取现金时应唱收唱付，并请客户当面点清。',
          strength: 'shall',
          roles: ['cashier'],
        }),
        clause(d, '4.3', 'c-no-phone', { text: '当班期间不得玩手机或与同事闲聊。', strength: 'shall-not' }),
        clause(d, '4.4', 'c-deadline', {
          text: '需要上级审批的事项应在2个工作日内答复客户。',
          strength: 'shall',
          roles: ['counter'],
        }),
        clause(d, '4.5', 'c-seat', { text: '等候区宜摆放饮水机和老花镜。', strength: 'should' }),
        clause(d, '4.6', 'c-online', { text: '员工可向客户介绍网上营业厅的办理渠道。', strength: 'may' }),
      ]),
      clause(d, '5', 'sec-dress', { title: '仪容仪表' }, [
        clause(d, '5.1', 'c-badge', { text: '上岗时应佩戴工号牌并统一着装。', strength: 'shall' }),
        clause(d, '5.2', 'c-language', {
          text: '接待客户应使用普通话，不讲方言土语。',
          strength: 'shall',
          roles: ['counter', 'hotline'],
        }),
      ]),
    ],
  };
}

function phrase(
  kind: 'standard' | 'forbidden',
  id: string,
  text: string,
  situationId: string,
  extra: { instead?: string } = {},
) {
  const slots = [...text.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1] as string);
  return { id, kind, text, slots, situationId, setId: 'etq-counter', source: at('etiquette/counter.yaml'), ...extra };
}

function etiquette(): EtiquetteSet {
  const situation = (
    id: string,
    title: string,
    roles: string[],
    phrases: ReturnType<typeof phrase>[],
    forbidden: ReturnType<typeof phrase>[],
  ) => ({
    id,
    title,
    roles,
    phrases,
    forbidden,
    conduct: [],
    setId: 'etq-counter',
    source: at('etiquette/counter.yaml'),
  });
  return {
    id: 'etq-counter',
    title: '柜台文明用语',
    source: at('etiquette/counter.yaml'),
    ruleSets: [
      {
        id: 'rs-ten',
        title: '十字文明用语',
        items: ['您好', '请', '谢谢', '对不起', '再见'],
        source: at('etiquette/counter.yaml'),
      },
    ],
    conduct: [
      {
        id: 'cd-stand',
        topic: 'posture',
        text: '客户走近柜台时应起立微笑。',
        strength: 'shall',
        setId: 'etq-counter',
        source: at('etiquette/counter.yaml'),
      },
    ],
    situations: [
      situation(
        'sit-greet',
        '迎候客户',
        [],
        [
          phrase('standard', 'ph-greet-1', '您好，请问您要办理什么业务？', 'sit-greet'),
          phrase('standard', 'ph-greet-2', '您好，请坐。', 'sit-greet'),
        ],
        [phrase('forbidden', 'fb-greet', '喂，干什么的？', 'sit-greet', { instead: 'ph-greet-1' })],
      ),
      situation(
        'sit-cash',
        '收付现金',
        ['cashier'],
        [
          phrase('standard', 'ph-cash-in', '收您{金额}元。', 'sit-cash'),
          phrase('standard', 'ph-cash-out', '找您{金额}元，请点清。', 'sit-cash'),
        ],
        [phrase('forbidden', 'fb-cash', '自己数去！', 'sit-cash')],
      ),
      situation(
        'sit-wait',
        '请客户等候',
        [],
        [phrase('standard', 'ph-wait', '不好意思，请您稍等片刻。', 'sit-wait')],
        [phrase('forbidden', 'fb-wait', '没看见我正忙着吗？', 'sit-wait')],
      ),
      situation(
        'sit-bye',
        '送别客户',
        [],
        [phrase('standard', 'ph-bye', '请慢走，欢迎再来。', 'sit-bye')],
        [phrase('forbidden', 'fb-bye', '下班了，明天再来。', 'sit-bye')],
      ),
    ],
  };
}

function commitments(): CommitmentSet {
  const item = (
    id: string,
    title: string,
    text: string,
    target?: { value: number; unit: string; comparator: 'le' | 'ge' | 'eq'; display: string },
  ) => ({
    id,
    title,
    text,
    template: text,
    ...(target ? { target: { ...target, wording: targetWording(target.value, target.unit, target.comparator) } } : {}),
    public: true,
    setId: 'cs-main',
    definedBy: 'organisation',
    source: at('commitments/main.yaml'),
  });
  return {
    id: 'cs-main',
    title: '服务承诺',
    units: 'all',
    source: at('commitments/main.yaml'),
    commitments: [
      item('k-repair', '抢修到场', '城区接到报修后，抢修人员45分钟内到达现场。', {
        value: 45,
        unit: '分钟',
        comparator: 'le',
        display: '≤ 45分钟',
      }),
      item('k-pass', '水质合格', '出厂水水质合格率不低于97%。', {
        value: 97,
        unit: '%',
        comparator: 'ge',
        display: '≥ 97%',
      }),
      item('k-pressure', '管网压力', '城区管网末梢压力不低于0.28MPa。', {
        value: 0.28,
        unit: 'MPa',
        comparator: 'ge',
        display: '≥ 0.28 MPa',
      }),
      item('k-hotline', '热线接听', '客服热线全年每天24小时有人接听。', {
        value: 24,
        unit: '小时',
        comparator: 'eq',
        display: '24小时',
      }),
      item('k-onego', '一次说清', '办事所需材料由窗口一次性告知，不让客户多跑路。'),
    ],
  };
}

function complaintProcess(): Process {
  const node = (
    id: string,
    type: ProcessNode['type'],
    label: string,
    role: string,
    next: string[] | { to: string; label: string }[],
    timeLimit?: string,
  ): ProcessNode => ({
    id,
    type,
    label,
    role,
    clauses: [],
    next: next.map((n) => (typeof n === 'string' ? { to: n } : n)),
    processId: 'p-complaint',
    source: at('processes/complaint.yaml'),
    ...(timeLimit ? { timeLimit } : {}),
  });
  return {
    id: 'p-complaint',
    title: '投诉处理流程',
    units: 'all',
    startId: 'n-start',
    lanes: ['counter', 'leader', 'office', 'hotline'],
    source: at('processes/complaint.yaml'),
    nodes: [
      node('n-start', 'start', '客户提出投诉', 'counter', ['n-register']),
      node('n-register', 'step', '登记投诉内容', 'counter', ['n-explain'], '当场'),
      node('n-explain', 'step', '解释规定并致歉', 'counter', ['n-solved'], '当场'),
      node('n-solved', 'decision', '能否当场解决？', 'leader', [
        { to: 'n-reply', label: '是' },
        { to: 'n-escalate', label: '否' },
      ]),
      node('n-escalate', 'step', '上报值班长协调', 'leader', ['n-investigate'], '30分钟内'),
      node('n-investigate', 'step', '督查室调查核实', 'office', ['n-reply'], '5个工作日'),
      node('n-reply', 'step', '答复客户处理结果', 'counter', ['n-callback'], '1个工作日'),
      node('n-callback', 'step', '电话回访满意度', 'hotline', ['n-end'], '3日内'),
      node('n-end', 'end', '结束并归档', 'office', []),
    ],
  };
}

function handQuiz(): QuizBank {
  const base = { bankId: 'quiz-basics', source: at('quiz/basics.yaml') };
  return {
    id: 'quiz-basics',
    title: '基础题',
    source: at('quiz/basics.yaml'),
    questions: [
      {
        ...base,
        id: 'q-ten-words',
        type: 'multiple',
        stem: '下列哪些属于十字文明用语？',
        options: ['您好', '谢谢', '快点', '再见'],
        answer: [0, 1, 3],
        cites: ['rs-ten'],
      },
      {
        ...base,
        id: 'q-badge',
        type: 'single',
        stem: '上岗时工号牌应如何处理？',
        options: ['放在抽屉里', '佩戴在胸前', '交给值班长'],
        answer: 1,
        cites: ['c-badge'],
      },
      {
        ...base,
        id: 'q-deadline',
        type: 'blank',
        stem: '需要上级审批的事项，应在____个工作日内答复。',
        answer: [['2', '两']],
        cites: ['c-deadline'],
      },
      {
        ...base,
        id: 'q-phone',
        type: 'truefalse',
        stem: '当班时可以与同事闲聊。',
        answer: false,
        cites: ['c-no-phone'],
      },
    ],
  };
}

function flatten(clauses: Clause[]): Clause[] {
  return clauses.flatMap((c) => [c, ...flatten(c.children)]);
}

function buildIndex(model: Omit<Model, 'index'>): Record<string, IndexEntry> {
  const index: Record<string, IndexEntry> = {};
  const add = (kind: ItemKind, id: string, label: string, source: SourceRef, container?: string): void => {
    if (index[id]) throw new Error(`fixture: duplicate id ${id}`);
    index[id] = { kind, id, label, source, ...(container ? { container } : {}) };
  };
  add('organisation', model.organisation.id, model.organisation.name, model.organisation.source);
  for (const r of model.roles) add('role', r.id, r.name, r.source);
  for (const d of model.documents) {
    add('document', d.id, d.title, d.source);
    for (const c of flatten(d.clauses)) add('clause', c.id, `${c.number} ${c.title ?? ''}`, c.source, d.id);
  }
  for (const e of model.etiquette) {
    add('etiquette', e.id, e.title, e.source);
    for (const rs of e.ruleSets) add('rule-set', rs.id, rs.title, rs.source, e.id);
    for (const c of e.conduct) add('conduct', c.id, c.text, c.source, e.id);
    for (const s of e.situations) {
      add('situation', s.id, s.title, s.source, e.id);
      for (const p of s.phrases) add('phrase', p.id, p.text, p.source, s.id);
      for (const p of s.forbidden) add('forbidden', p.id, p.text, p.source, s.id);
    }
  }
  for (const cs of model.commitmentSets) {
    add('commitment-set', cs.id, cs.title, cs.source);
    for (const c of cs.commitments) add('commitment', c.id, c.title ?? c.text, c.source, cs.id);
  }
  for (const p of model.processes) {
    add('process', p.id, p.title, p.source);
    for (const n of p.nodes) add('node', n.id, n.label, n.source, p.id);
  }
  for (const sv of model.services) {
    add('service', sv.id, sv.name, sv.source);
    for (const m of sv.materials) add('material', m.id, m.name, m.source, sv.id);
  }
  for (const q of model.quizzes) {
    add('quiz', q.id, q.title, q.source);
    for (const question of q.questions) add('question', question.id, question.stem, question.source, q.id);
  }
  for (const u of model.units) add('unit', u.id, u.name, u.source);
  return index;
}

/** Two service items (办事指南): materials to ask about, a time limit in working days and one 当场. */
function services(): Service[] {
  const material = (serviceId: string, id: string, name: string, need: 'required' | 'optional' = 'required') => ({
    id,
    name,
    form: 'original' as const,
    copies: 1,
    need,
    serviceId,
    source: at('services/water.yaml'),
  });
  const base = { conditions: [], fees: [], visits: 1, online: [], basis: [] };
  return [
    {
      ...base,
      id: 'sv-connect',
      name: '供水新装',
      materials: [
        material('sv-connect', 'm-id', '户主有效身份证件'),
        material('sv-connect', 'm-deed', '房屋产权证明'),
        material('sv-connect', 'm-plan', '用水地点平面示意图', 'optional'),
      ],
      timeLimit: { text: '15个工作日', kind: 'period', value: 15, unit: '个工作日', workingDays: true },
      source: at('services/water.yaml'),
    },
    {
      ...base,
      id: 'sv-transfer',
      name: '用水过户',
      materials: [
        material('sv-transfer', 'm-new-id', '新户主身份证件'),
        material('sv-transfer', 'm-contract', '房屋买卖合同'),
        material('sv-transfer', 'm-bill', '最近一期水费缴费凭证'),
      ],
      timeLimit: { text: '当场办结', kind: 'on-the-spot', workingDays: false },
      source: at('services/water.yaml'),
    },
  ];
}

/** The fixture model. Every call returns a fresh deep copy. */
export function quizFixtureModel(mutate?: (model: Omit<Model, 'index'>) => void): Model {
  line = 0;
  const document = serviceDocument();
  const unitDocument = structuredClone(document);
  // The east hall has no waiting area: it excludes that clause.
  unitDocument.clauses[0]!.children = unitDocument.clauses[0]!.children.filter((c) => c.id !== 'c-seat');
  const commitmentSet = commitments();
  const unit: ResolvedUnit = {
    id: 'u-east',
    name: '东城营业厅',
    shortName: '东城厅',
    issuer: '示例公用事业公司',
    issuerSource: { file: 'organisation.yaml', line: 1, column: 1 },
    industry: 'water',
    lineage: ['organisation', 'u-east'],
    hotlines: { other: [] },
    params: {},
    documents: [unitDocument],
    excluded: [{ clauseId: 'c-seat', documentId: 'doc-service', by: 'u-east' }],
    commitments: commitmentSet.commitments.filter((c) => c.id !== 'k-pressure'),
    processes: ['p-complaint'],
    services: ['sv-connect', 'sv-transfer'],
    effective: '2026-01-01',
    etiquette: ['etq-counter'],
    assessments: [],
    quizzes: ['quiz-basics'],
    pages: [],
    omitted: [],
    patches: {},
    origins: {},
    roles: [],
    posts: [],
    differs: { etiquette: false, assessment: false, processes: [] },
    source: at('units/east.yaml'),
  };
  const base: Omit<Model, 'index'> = {
    contentDir: '/fixture',
    organisation: {
      id: 'org',
      name: '示例公用事业公司',
      shortName: '示例公司',
      hotlines: { other: [] },
      baseUrl: 'https://example.org/',
      language: 'zh-CN',
      params: {},
      exam: ExamRule.parse({}),
      source: at('organisation.yaml'),
    },
    roles: [
      { id: 'counter', name: '营业受理员', source: at('roles.yaml') },
      { id: 'hotline', name: '热线话务员', source: at('roles.yaml') },
      { id: 'leader', name: '值班长', source: at('roles.yaml') },
      { id: 'office', name: '督查专员', source: at('roles.yaml') },
      { id: 'cashier', name: '收费员', source: at('roles.yaml') },
    ],
    documents: [document],
    etiquette: [etiquette()],
    commitmentSets: [commitmentSet],
    processes: [complaintProcess()],
    assessments: [],
    services: services(),
    quizzes: [handQuiz()],
    units: [unit],
    pages: [],
  };
  mutate?.(base);
  return { ...base, index: buildIndex(base) };
}
