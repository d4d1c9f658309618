/**
 * A violation's 依据 and a study page's cited item (a clause, a phrase, a conduct rule, a process
 * step…) read, in a unit's scope, as the unit words the item — its value, its rewording — never
 * the group's; a unit whose violations cite a clause it words otherwise has an assessment page of
 * its own to show it, and the group's pages keep the group's words. The values are read by hand
 * from each fixture's units/*.yaml (params, hotlines, overrides) and the item's text. The built
 * pages are checked in test/site-scope.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { citedItemLabel } from '../src/model/cited.ts';
import { clauseLabel } from '../src/model/clauses.ts';
import { loadModel, type Model } from '../src/model/index.ts';
import type { Clause } from '../src/model/types/documents.ts';
import { assessmentPath, paths } from '../src/model/routes.ts';
import { itemOf, unitView } from '../src/model/view.ts';
import { phraseDisplay } from '../src/model/wording.ts';
import { citedLabel, scopeTopics, studyBankFile, studyScopes } from '../src/site/study.ts';

interface Case {
  unit: string;
  /** A violation of the unit's view citing `clause`; absent: the clause is checked on the study page only. */
  violation?: string;
  clause: string;
  /** The unit's words in the clause. */
  value: string;
  /** The group's words there, which the unit must not read. */
  group: string;
}

/** An item other than a clause that a unit's practice cites, with the unit's words in it and the group's. */
interface ItemCase {
  unit: string;
  item: string;
  value: string;
  group: string;
}

const ORGS: { dir: string; cases: Case[]; items: ItemCase[] }[] = [
  {
    dir: 'content',
    cases: [
      {
        unit: 'water-service-dept',
        violation: 'violation-mishandled-complaint',
        clause: 'reply-to-complaint-in-time',
        value: '3个工作日内答复客户',
        group: '5个工作日',
      },
    ],
    // No unit rewords or fills otherwise a phrase, rule, step or commitment title its practice cites.
    items: [],
  },
  {
    // Only score items cite the 监督电话 clause here (their sheets give its number): the study pages word it.
    dir: 'test/fixtures/orgs/mixed-district',
    cases: [
      ['bank-chengnan', '2826611'],
      ['bank-xiangyang-outlet', '2826611'],
      ['bus-qinglan', '2839911'],
      ['hospital-outpatient', '2866011'],
      ['hotel-qinglan', '2851800'],
    ].map(([unit, phone]) => ({
      unit: unit!,
      clause: 'gc-show-supervision-phone',
      value: `监督电话0745-${phone}`,
      group: '0745-2810012',
    })),
    items: [
      // An override of a phrase, of a conduct rule; a step's {{lost-property-keep-days}}.
      { unit: 'bank-xiangyang-outlet', item: 'bq-call-number', value: '到柜台办理', group: '〔窗口号〕号窗口' },
      { unit: 'bus-qinglan', item: 'ge-badge-visible', value: '服务监督卡不得取下', group: '工号牌' },
      { unit: 'bus-qinglan', item: 'bl-to-police', value: '保管30天期满', group: '〔按单位规定〕' },
    ],
  },
  {
    dir: 'test/fixtures/orgs/three-level-power',
    cases: [
      ['hc-power', '45'],
      ['songxi-county', '90'],
      ['baishi-point', '120'],
    ].map(([unit, minutes]) => ({
      unit: unit!,
      violation: 'pv-late-arrival',
      clause: 'pb-repair-arrival',
      value: `应在${minutes}分钟内到达现场`,
      group: '60分钟',
    })),
    // hc-power rewords the group's phone greeting (songxi-county inherits it), baishi-point its own way.
    items: [
      ['hc-power', '禾川电力'],
      ['songxi-county', '禾川电力'],
      ['baishi-point', '白石供电服务站'],
    ].map(([unit, value]) => ({ unit: unit!, item: 'hg-phone-hello', value: value!, group: '禾川交能集团' })),
  },
  {
    dir: 'test/fixtures/orgs/tongjiang-city',
    cases: [],
    items: [
      { unit: 'tj-hotel', item: 'tq-phone-open', value: '桐江饭店总台', group: '桐江城服' },
      { unit: 'tj-gas-huangtan', item: 'tq-phone-open', value: '黄滩燃气服务点', group: '桐江城服' },
      ...['tj-gas-chengxi', 'tj-gas-huangtan'].map((unit) => ({
        unit,
        item: 'gs-knock-intro',
        value: '城西营业所的安检员',
        group: '桐江燃气安检员',
      })),
    ],
  },
  {
    dir: 'test/fixtures/orgs/chengchuan-water-bus',
    cases: [],
    items: ['water-east', 'water-east-meter'].map((unit) => ({
      unit,
      item: 'water-greet-hello',
      value: '欢迎来到东城营业分公司',
      group: '您好，请问您办理什么业务？',
    })),
  },
];

/**
 * A unit's practice's cited items with their labels, as its bank file and its page list them
 * (none without a practice).
 */
function practiceItems(model: Model, unitId: string): Map<string, string> {
  const scope = studyScopes(model).find((s) => s.kind === 'unit' && s.id === unitId);
  const out = new Map<string, string>();
  if (!scope) return out;
  for (const [id, item] of Object.entries(studyBankFile(model, scope).items)) out.set(`file ${id}`, item.label);
  for (const item of scopeTopics(model, scope).items) out.set(`page ${item.id}`, item.label);
  return out;
}

/** How the unit's own copy of an item words it: a clause's number and title, a phrase in 「」, a rule's text, a step… */
function ownWordings(model: Model, unitId: string, id: string): string[] {
  const view = unitView(model, unitId);
  const item = itemOf(view, id) as Partial<Record<'title' | 'text' | 'label' | 'stem', string>> | undefined;
  const kind = model.index[id]?.kind;
  if (!item) return [];
  if (kind === 'clause') return [clauseLabel(item as Clause)];
  if (kind === 'phrase' || kind === 'forbidden') return [`「${phraseDisplay(item.text ?? '')}」`];
  return [item.title, item.text, item.label, item.stem].filter((w) => w !== undefined);
}

for (const org of ORGS) {
  describe(`${org.dir}: a cited item in a unit's assessment and study pages`, () => {
    let model: Model;
    it('loads', async () => {
      const loaded = await loadModel(org.dir);
      expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      model = loaded.model!;
    });

    it.skipIf(!org.cases.some((c) => c.violation)).each(org.cases.filter((c) => c.violation))(
      '$unit $violation cites $clause with the unit’s words',
      (c) => {
        const view = unitView(model, c.unit);
        const violation = view.assessments.flatMap((a) => a.violations).find((v) => v.id === c.violation);
        expect(violation?.clauses, `${c.unit} ${c.violation}`).toContain(c.clause);
        const label = citedItemLabel(model, view, c.clause);
        expect(label).toContain(c.value);
        expect(label).not.toContain(c.group);
        // The group's page keeps the group's words.
        expect(citedItemLabel(model, undefined, c.clause)).toContain(c.group);
        // The unit links to its own assessment page, which shows them.
        expect(assessmentPath(model, c.unit)).toBe(paths.unitAssessment(c.unit));
      },
    );

    it
      .skipIf(org.cases.length + org.items.length === 0)
      .each([
        ...org.cases.map((c) => ({ unit: c.unit, item: c.clause, value: c.value, group: c.group })),
        ...org.items,
      ])('$unit’s practice cites $item with the unit’s words; the group’s with the group’s', (c) => {
      for (const key of ['file', 'page']) {
        const label = practiceItems(model, c.unit).get(`${key} ${c.item}`);
        expect(label, `${c.unit} ${key} ${c.item}`).toContain(c.value);
        expect(label).not.toContain(c.group);
      }
      // The group's practice (the whole bank, a role's across the group) words it the group's way.
      expect(citedLabel(model, c.item)).toContain(c.group);
      expect(citedLabel(model, c.item, 'all')).toContain(c.group);
    });

    it('every item a unit’s practice cites reads as the unit’s own item', () => {
      let checked = 0;
      for (const unit of model.units)
        for (const [key, label] of practiceItems(model, unit.id)) {
          const own = ownWordings(model, unit.id, key.replace(/^\S+ /u, ''));
          if (own.length === 0) continue; // a service, a material, a threshold: no unit words them otherwise
          expect(
            own.find((w) => w.startsWith(label.replace(/…$/u, ''))),
            `${unit.id} ${key}: ${label}`,
          ).toBeDefined();
          checked++;
        }
      expect(checked).toBeGreaterThan(0);
    });
  });
}
