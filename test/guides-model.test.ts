/**
 * Service guides and scoring rules in the model, against facts written by hand from the
 * content: which units have which service items and materials, their time limits, fees, steps
 * and phones as each unit shows them (params, overrides and exclusions through the parent
 * chain); a visit scored with deductions, a repeat and threshold crossings, worked out on paper;
 * and broken service and scoring content reported at its file and line, in both languages.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaffold } from '../src/cli/scaffold.ts';
import { serviceGuide, serviceGuides } from '../src/model/guide.ts';
import { loadModel, type Diagnostic, type Model } from '../src/model/index.ts';
import { scoreSheet, scoreSheets } from '../src/model/scoresheet.ts';
import {
  escalationStep,
  scoreVisit,
  thresholdsOn,
  thresholdText,
  visitCsv,
  type ScoreSheet,
} from '../src/model/scoring.ts';
import { unitView } from '../src/model/view.ts';
import { SCORED_VISIT } from './support/visits.ts';

const models = new Map<string, Model>();
async function model(dir: string): Promise<Model> {
  let m = models.get(dir);
  if (!m) {
    const loaded = await loadModel(dir);
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    m = loaded.model!;
    models.set(dir, m);
  }
  return m;
}

const guideOf = (m: Model, unit: string, service: string) => {
  const view = unitView(m, unit);
  const s = view.services.find((x) => x.id === service);
  if (!s) throw new Error(`${unit} has no ${service}`);
  return serviceGuide(m, view, s);
};

interface Facts {
  services: string[];
  /** service id → what the guide must say */
  guides?: Record<
    string,
    {
      timeLimit?: string;
      fees?: string[];
      materials?: string[];
      noMaterials?: string[];
      steps?: string[];
      place?: string;
      phones?: string[];
      note?: Record<string, string>;
    }
  >;
}

const FACTS: Record<string, Record<string, Facts>> = {
  content: {
    'power-city-hall': {
      services: ['power-account-transfer', 'power-meter-check', 'power-residential-connection'],
      guides: {
        'power-residential-connection': {
          timeLimit: '3个工作日内办结',
          fees: ['不收费'],
          phones: ['95598', '0791-86621300'],
          place: '云澜市滨江区解放北路126号',
        },
        'power-meter-check': {
          timeLimit: '5个工作日内办结',
          fees: ['电能表校验费：20元/只（依据：按省价格主管部门核定的标准收取；校验结果超差的全额退还）'],
        },
        'power-account-transfer': { timeLimit: '当场办结' },
      },
    },
    'power-qingshi-station': {
      services: ['power-account-transfer', 'power-meter-check', 'power-residential-connection'],
      guides: {
        // Its own time limit (override); the hall's meter fee (param inherited); its own supervision phone.
        'power-residential-connection': {
          timeLimit: '5个工作日内办结',
          phones: ['95598', '0791-87352100'],
          place: '云澜市青石县城关镇建设路9号',
        },
        'power-meter-check': {
          fees: ['电能表校验费：20元/只（依据：按省价格主管部门核定的标准收取；校验结果超差的全额退还）'],
        },
      },
    },
    'toll-east-station': {
      services: ['toll-etc-issue'],
      guides: {
        'toll-etc-issue': {
          timeLimit: '当场办结',
          fees: ['ETC卡及车载装置：免收（依据：首次办理免费发放）'],
          phones: ['0791-86645699'],
        },
      },
    },
    'water-service-dept': {
      services: ['water-new-service-connection'],
      guides: {
        'water-new-service-connection': {
          timeLimit: '15个工作日内办结',
          // The water connection process's main line, first branch at the decision (资料齐全).
          steps: [
            '客户在营业窗口递交接水申请',
            '登记受理，当天把申请转交现场勘查',
            '约客户到现场勘查，确定接水点、管径和水表位置',
            '出具供水方案和费用清单，一次告知客户',
            '客户签约缴费后组织施工、装表、冲洗通水',
            '建立用户档案，告知用户编号和缴费方式',
            '通水立户完成',
          ],
          phones: ['0791-86631288'],
        },
      },
    },
  },
  'test/fixtures/orgs/mixed-district': {
    'bank-chengnan': {
      services: ['bank-personal-account'],
      guides: {
        'bank-personal-account': {
          materials: ['bpa-id-card', 'bpa-phone', 'bpa-purpose-proof', 'bpa-application'],
          timeLimit: '当场办结',
          fees: ['借记卡工本费：免收（依据：按人民银行和本行减费让利规定免收）'],
        },
      },
    },
    'bank-xiangyang-outlet': {
      services: ['bank-personal-account'],
      guides: {
        'bank-personal-account': {
          materials: ['bpa-id-card', 'bpa-purpose-proof', 'bpa-application'],
          noMaterials: ['bpa-phone'],
          note: { 'bpa-purpose-proof': '须加盖单位公章' },
          phones: ['0745-2826688'],
        },
      },
    },
    'bus-qinglan': {
      services: ['bus-ic-card-replace'],
      guides: {
        'bus-ic-card-replace': {
          timeLimit: '7个工作日内办结',
          fees: [
            '补卡工本费：10元/张（依据：区发展改革部门核定的公交IC卡工本费标准）',
            '老年卡、学生卡因卡片质量问题损坏的换卡：免收',
          ],
        },
      },
    },
    'hotel-qinglan': {
      services: ['hotel-lost-property'],
      guides: { 'hotel-lost-property': { fees: ['寄回运费：按快递公司实际收费，由宾客承担'] } },
    },
    'hospital-outpatient': {
      services: ['hospital-record-copy'],
      guides: {
        'hospital-record-copy': {
          timeLimit: '1个工作日内办结',
          fees: ['复印费：0.5元/页（依据：区卫生健康和价格主管部门的收费标准）'],
        },
      },
    },
  },
  'test/fixtures/orgs/three-level-power': {
    'hc-power': {
      services: ['hc-meter-check', 'hc-residential-connection'],
      guides: {
        'hc-residential-connection': {
          timeLimit: '3个工作日内办结',
          materials: ['hrc-owner-id', 'hrc-house-proof', 'hrc-proxy'],
        },
        'hc-meter-check': { fees: ['校验费：15元/只（依据：省价格主管部门核定标准；结果超差的退还）'] },
      },
    },
    // connection-days 5 at the county, inherited by the service point.
    'songxi-county': {
      services: ['hc-meter-check', 'hc-residential-connection'],
      guides: { 'hc-residential-connection': { timeLimit: '5个工作日内办结' } },
    },
    'baishi-point': {
      services: ['hc-meter-check', 'hc-residential-connection'],
      guides: {
        'hc-residential-connection': {
          timeLimit: '5个工作日内办结',
          noMaterials: ['hrc-proxy'],
          place: '白石服务站，或台区经理每周二、周五进村时现场受理',
          phones: ['0738-7326123', '0738-7321100'],
        },
        'hc-meter-check': { note: { 'hmc-owner-id': '请带上户号或电费单' } },
      },
    },
    'hc-toll-west': { services: ['hc-toll-etc'] },
  },
};

describe('service items as each unit has them', () => {
  for (const [dir, units] of Object.entries(FACTS)) {
    for (const [unitId, facts] of Object.entries(units)) {
      it(`${dir} / ${unitId}`, async () => {
        const m = await model(dir);
        const view = unitView(m, unitId);
        expect(view.services.map((s) => s.id).sort()).toEqual([...facts.services].sort());
        for (const other of m.services.filter((s) => !facts.services.includes(s.id))) {
          expect(view.has(other.id), `${unitId} has not ${other.id}`).toBe(false);
          for (const mat of other.materials) expect(view.has(mat.id)).toBe(false);
        }
        for (const [serviceId, g] of Object.entries(facts.guides ?? {})) {
          const guide = guideOf(m, unitId, serviceId);
          if (g.timeLimit) expect(guide.timeLimitText).toBe(g.timeLimit);
          if (g.fees) expect(guide.fees).toEqual(g.fees);
          if (g.materials) expect(guide.materials.map((x) => x.id)).toEqual(g.materials);
          for (const id of g.noMaterials ?? []) {
            expect(guide.materials.some((x) => x.id === id)).toBe(false);
            expect(view.has(id)).toBe(false);
          }
          if (g.steps) expect(guide.steps.map((s) => s.label)).toEqual(g.steps);
          if (g.place) expect(guide.place).toBe(g.place);
          for (const p of g.phones ?? []) expect(guide.phones.map((x) => x.number)).toContain(p);
          for (const [id, piece] of Object.entries(g.note ?? {}))
            expect(guide.materials.find((x) => x.id === id)?.note).toContain(piece);
        }
      });
    }
  }

  it('a step list taken from a process carries the unit’s own step time limits (three levels)', async () => {
    const m = await model('test/fixtures/orgs/three-level-power');
    const survey = (unit: string) =>
      guideOf(m, unit, 'hc-residential-connection').steps.find((s) => s.label.includes('勘查'));
    expect(survey('baishi-point')?.timeLimit).toBe('3个工作日');
    expect(survey('hc-power')?.timeLimit).not.toBe('3个工作日');
    expect(
      guideOf(m, 'baishi-point', 'hc-residential-connection').steps.every((s) => !s.label.includes('是否齐全')),
    ).toBe(true);
  });

  it('marks where a unit’s wording of a service comes from', async () => {
    const m = await model('content');
    const qingshi = unitView(m, 'power-qingshi-station');
    expect(qingshi.originOf('power-residential-connection')).toMatchObject({
      kind: 'overridden',
      overriddenBy: 'power-qingshi-station',
    });
    expect(unitView(m, 'power-city-hall').originOf('power-residential-connection')).toBeUndefined();
    const m3 = await model('test/fixtures/orgs/three-level-power');
    expect(unitView(m3, 'baishi-point').originOf('hmc-owner-id')).toMatchObject({
      kind: 'overridden',
      overriddenBy: 'baishi-point',
    });
  });

  it('lists a unit’s guides grouped by category', async () => {
    const m = await model('content');
    const guides = serviceGuides(m, unitView(m, 'power-city-hall'));
    expect(guides.map((g) => g.category)).toEqual(['用电业务', '用电业务', '用电业务']);
    expect(guides.every((g) => g.scopeId === 'power-city-hall')).toBe(true);
  });
});

/** The example's mystery visit sheet at the city hall: 6 items, 75 points. */
async function mysterySheet(): Promise<ScoreSheet> {
  const m = await model('content');
  const sheet = scoreSheet(unitView(m, 'power-city-hall'), m.organisation.name, 'mystery-shopper-visit');
  expect(sheet).toBeDefined();
  return sheet!;
}

describe('scoring a visit', () => {
  it('the sheet has the items that inspection checks, their clause numbers and points', async () => {
    const sheet = await mysterySheet();
    expect(sheet.items.map((i) => i.id)).toEqual([
      'si-dress-badge',
      'si-posture-expression',
      'si-polite-language',
      'si-cash-aloud',
      'si-first-contact',
      'si-one-time-notice',
    ]);
    expect(sheet.points).toBe(75);
    expect(sheet.items[0]!.clauseNumbers).toEqual(['6.1.1', '6.1.2']);
    expect(sheet.items[0]!.violation?.id).toBe('violation-no-badge');
  });

  it('deductions, a repeat doubled, a cap, the escalation step and fine, scaled to 100 and both thresholds crossed', async () => {
    const sheet = await mysterySheet();
    const visit = SCORED_VISIT;
    const r = scoreVisit(sheet, visit);
    const by = new Map(r.items.map((x) => [x.id, x]));
    expect(by.get('si-dress-badge')).toMatchObject({
      deduction: 4,
      score: 6,
      factor: 2,
      occurrence: 3,
      fine: { amount: 200 },
      bearer: ['staff'],
    });
    expect(by.get('si-dress-badge')!.step?.action).toContain('罚款200元');
    expect(by.get('si-polite-language')).toMatchObject({ deduction: 6, score: 9, occurrence: 1 });
    expect(by.get('si-polite-language')!.fine).toBeUndefined();
    expect(by.get('si-first-contact')).toMatchObject({ deduction: 15, capped: true, score: 0, occurrence: 2 });
    expect(by.get('si-first-contact')!.step?.action).toBe('下发书面整改通知');
    expect(r.deducted).toBe(25);
    expect(r.raw).toBe(50);
    // 50 of 75 on the 100-point scale.
    expect(r.scaled).toBe(true);
    expect(r.score).toBe(66.7);
    expect(r.phases).toEqual(['phase-implementation']);
    expect(r.crossed.map((t) => t.id).sort()).toEqual(['score-below-80', 'score-below-85']);
    expect(r.consequence?.id).toBe('score-below-80');
    expect(r.fines).toEqual({ amount: 200, max: 200 });
  });

  it('the same visit in the mobilisation phase meets only that phase’s line', async () => {
    const sheet = await mysterySheet();
    expect(thresholdsOn(sheet, '2027-02-10').map((t) => t.id)).toEqual(['score-below-85-mobilisation']);
    const r = scoreVisit(sheet, { date: '2027-02-10', entries: [{ item: 'si-first-contact', faults: 3 }] });
    expect(r.score).toBe(80);
    expect(r.consequence?.id).toBe('score-below-85-mobilisation');
  });

  it('a 100-point sheet crosses one line only; a clean visit none', async () => {
    const m = await model('content');
    const sheet = scoreSheet(unitView(m, 'water-service-dept'), m.organisation.name, 'monthly-scheduled-inspection')!;
    expect(sheet.points).toBe(100);
    const r = scoreVisit(sheet, {
      date: '2027-06-01',
      entries: [
        { item: 'si-one-time-notice', faults: 2 },
        { item: 'si-cash-aloud', faults: 3 },
      ],
    });
    expect(r.score).toBe(84);
    expect(r.scaled).toBe(false);
    expect(r.consequence?.id).toBe('score-below-85');
    expect(scoreVisit(sheet, { date: '2027-06-01', entries: [] }).consequence).toBeUndefined();
  });

  it('a threshold says the phases it holds in, each title apart from its dates', () => {
    const t = { id: 't', below: 80, consequence: '通报批评。', bearer: ['head' as const] };
    expect(thresholdText({ ...t, periods: [] })).toBe('低于80分：通报批评。（承担：单位负责人）');
    expect(
      thresholdText({
        id: t.id,
        below: t.below,
        consequence: t.consequence,
        periods: [
          { phase: 'h1', title: '上半年（磨合期）', from: '2027-01-01', to: '2027-06-30' },
          { phase: 'h2', title: '下半年', from: '2027-07-01' },
        ],
      }),
    ).toBe('低于80分：通报批评。〔适用：上半年（磨合期），2027年1月1日至2027年6月30日；下半年，2027年7月1日起〕');
  });

  it('escalation steps: the last step at or before the occurrence', () => {
    const steps = [
      { occurrence: 1, action: 'a' },
      { occurrence: 3, action: 'c', fine: 300 },
    ];
    expect(escalationStep(steps, 1)?.action).toBe('a');
    expect(escalationStep(steps, 2)?.action).toBe('a');
    expect(escalationStep(steps, 5)?.action).toBe('c');
  });

  it('a violation without steps fines its range', async () => {
    const m = await model('content');
    const sheet = scoreSheet(unitView(m, 'water-service-dept'), m.organisation.name, 'monthly-scheduled-inspection')!;
    const r = scoreVisit(sheet, { date: '2027-06-01', entries: [{ item: 'si-complaint-register', faults: 1 }] });
    expect(r.items.find((x) => x.id === 'si-complaint-register')).toMatchObject({
      fine: { amount: 200, max: 500 },
      bearer: ['staff', 'head'],
    });
  });

  it('exports CSV with a byte-order mark, one row per item and the totals', async () => {
    const sheet = await mysterySheet();
    const csv = visitCsv(sheet, {
      date: '2027-03-15',
      inspector: '李检',
      entries: [{ item: 'si-dress-badge', faults: 1, reason: '工号牌, 别在"左胸"' }],
    });
    expect(csv.startsWith('\uFEFF序号,评分项')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(1 + sheet.items.length + 3);
    expect(lines[1]).toBe(
      '1,统一着装，佩戴工号牌上岗,6.1.1 6.1.2,10,1,,2,8,1,检查人员当场指出，当事人立即纠正,,,"工号牌, 别在""左胸"""',
    );
    expect(lines.at(-2)).toContain('百分制得分');
  });

  it('units get their own sheets: exclusions, their points, lines added by an industry file, and lines on clauses they lack left out', async () => {
    const mixed = await model('test/fixtures/orgs/mixed-district');
    const outlet = scoreSheet(unitView(mixed, 'bank-xiangyang-outlet'), '', 'bk-quarterly-check')!;
    expect(outlet.items.find((i) => i.id === 'bsi-verify-id')).toMatchObject({ points: 30, deduct: 15, cap: 30 });
    expect(
      scoreSheet(unitView(mixed, 'bank-chengnan'), '', 'bk-quarterly-check')!.items.find(
        (i) => i.id === 'bsi-verify-id',
      ),
    ).toMatchObject({ points: 40, deduct: 10 });
    const ride = scoreSheet(unitView(mixed, 'bus-qinglan'), '', 'ga-ride-check')!;
    // The group's lines first, then those the bus company's file adds (model/scope-order.ts).
    expect(ride.items.map((i) => i.id)).toEqual(['gsi-uniform-badge', 'gsi-mandarin', 'bssi-stops', 'bssi-announce']);
    // The bus company excludes the clause on rising to greet: that line is not on its sheet.
    expect(
      scoreSheet(unitView(mixed, 'bus-qinglan'), '', 'ga-mystery-visit')!.items.some((i) => i.id === 'gsi-rise-greet'),
    ).toBe(false);
    expect(scoreSheets(unitView(mixed, 'hotel-qinglan'), '').map((s) => s.inspection.id)).toEqual(['ga-mystery-visit']);
    const power = await model('test/fixtures/orgs/three-level-power');
    const item = (unit: string) => scoreSheet(unitView(power, unit), '', 'hga-monthly')!.items;
    expect(item('hc-power').find((i) => i.id === 'psi-repair-arrival')?.deduct).toBe(5);
    expect(item('songxi-county').find((i) => i.id === 'psi-repair-arrival')?.deduct).toBe(4);
    expect(item('baishi-point').find((i) => i.id === 'psi-repair-arrival')?.deduct).toBe(4);
    expect(item('baishi-point').some((i) => i.id === 'hsi-queue')).toBe(false);
    expect(item('hc-toll-west').some((i) => i.id === 'psi-repair-arrival')).toBe(false);
  });
});

describe('broken service and scoring content is reported at its line', () => {
  let base: string;
  const dirs: string[] = [];
  beforeAll(async () => {
    base = await mkdtemp(path.join(os.tmpdir(), 'guifan-guides-'));
    await rm(base, { recursive: true });
    await scaffold(base);
  });
  afterAll(async () => {
    for (const d of [base, ...dirs]) await rm(d, { recursive: true, force: true });
  });

  async function withFiles(
    files: Record<string, string>,
    edits: [string, string, string][] = [],
  ): Promise<Diagnostic[]> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'guifan-guides-case-'));
    dirs.push(dir);
    await cp(base, dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) {
      const { mkdir } = await import('node:fs/promises');
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), text);
    }
    for (const [file, from, to] of edits) {
      const p = path.join(dir, file);
      const text = await readFile(p, 'utf8');
      expect(text).toContain(from);
      await writeFile(p, text.replace(from, to));
    }
    return (await loadModel(dir)).diagnostics.filter((d) => d.severity === 'error');
  }

  const SERVICE = `id: new-account
name: 新户开立
materials:
  - id: na-id
    name: 身份证件
  - id: na-proxy
    name: 委托书
    need: conditional
    condition: 委托他人办理的
steps: [受理, 办结]
timeLimit: 3个工作日
fees: none
visits: 1
`;

  it('a valid service passes', async () => {
    expect(await withFiles({ 'services/new-account.yaml': SERVICE })).toEqual([]);
  });

  it('a time limit that cannot be read', async () => {
    const errors = await withFiles({
      'services/new-account.yaml': SERVICE.replace('timeLimit: 3个工作日', 'timeLimit: 三天左右'),
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      file: 'services/new-account.yaml',
      line: 11,
      code: 'time-limit-format',
      path: 'timeLimit',
    });
    expect(errors[0]!.message).toMatch(/无法识别.* \/ the time limit/);
  });

  it('a conditional material without its condition', async () => {
    const errors = await withFiles({
      'services/new-account.yaml': SERVICE.replace('    condition: 委托他人办理的\n', ''),
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'services/new-account.yaml', line: 6 });
    expect(errors[0]!.message).toContain('condition');
  });

  it('a process that does not exist, with did you mean', async () => {
    const errors = await withFiles({
      'services/new-account.yaml': SERVICE.replace('steps: [受理, 办结]', 'process: complaints'),
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 10, code: 'dangling-reference', path: 'process' });
    expect(errors[0]!.message).toContain('complaint');
  });

  it('a misspelt field, a fee with both an amount and a text', async () => {
    const errors = await withFiles({
      'services/new-account.yaml': SERVICE.replace('visits: 1', 'vists: 1').replace(
        'fees: none',
        'fees:\n  - { name: 工本费, amount: 5, text: 按张收 }',
      ),
    });
    expect(errors.find((e) => e.code === 'unknown-field')).toMatchObject({ line: 14 });
    expect(errors.find((e) => e.code === 'unknown-field')!.message).toContain('是不是想写 "visits"');
    expect(errors.find((e) => e.path.startsWith('fees[0]'))).toMatchObject({ line: 13 });
  });

  it('neither steps nor a process', async () => {
    const errors = await withFiles({ 'services/new-account.yaml': SERVICE.replace('steps: [受理, 办结]\n', '') });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/steps.*process.* \/ a service needs steps or a process/);
  });

  it('a unit’s override of a service time limit and a material made conditional without a condition', async () => {
    const errors = await withFiles({ 'services/new-account.yaml': SERVICE }, [
      [
        'units/main-hall.yaml',
        'id: main-hall',
        'id: main-hall\noverride:\n  - item: new-account\n    timeLimit: 很快\n  - item: na-id\n    need: conditional',
      ],
    ]);
    expect(errors.map((e) => e.code).sort()).toEqual(['conditional-without-condition', 'time-limit-format']);
    expect(errors.every((e) => e.file === 'units/main-hall.yaml')).toBe(true);
  });

  it('score items: unknown violation, cap above the points; a threshold with an unknown phase', async () => {
    const errors = await withFiles({}, [
      [
        'assessment/rules.yaml',
        'thresholds:',
        'phases:\n  - { id: trial, title: 试行期, from: 2027-01-01, to: 2027-03-31 }\nscoreItems:\n  - { id: si-a, text: 迎客, points: 10, deduct: 2, cap: 12, violation: violation-refusl }\nthresholds:',
      ],
      ['assessment/rules.yaml', 'consequence: 扣减当月服务奖', 'consequence: 扣减当月服务奖, phases: [trail]'],
    ]);
    const codes = errors.map((e) => e.code).sort();
    expect(codes).toEqual(['cap-above-points', 'dangling-reference', 'dangling-reference']);
    expect(errors.find((e) => e.path.endsWith('violation'))!.message).toContain('violation-refusal');
    expect(errors.find((e) => e.path.includes('phases'))!.message).toContain('trial');
  });
});
