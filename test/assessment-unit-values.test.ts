/**
 * A violation's 依据 and a study page's cited clause read, in a unit's scope, as the unit words
 * the clause — its value, its rewording — never the group's; a unit whose violations cite a clause
 * it words otherwise has an assessment page of its own to show it, and the group's page keeps
 * the group's words. The values are read by hand from each fixture's units/*.yaml (params,
 * hotlines, overrides) and the clause's text. The built pages are checked in test/site-scope.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { citedClauseLabel } from '../src/model/cited.ts';
import { clauseLabel } from '../src/model/clauses.ts';
import { loadModel, walkClauses, type Model } from '../src/model/index.ts';
import { assessmentPath, paths } from '../src/model/routes.ts';
import { unitView } from '../src/model/view.ts';
import { studyBankFile, studyScopes } from '../src/site/study.ts';

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

const ORGS: { dir: string; cases: Case[] }[] = [
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
  },
];

/** A unit's practice file's cited items with their labels, as the study page lists them (none without a practice). */
function unitBankItems(model: Model, unitId: string): Record<string, { label: string }> {
  const scope = studyScopes(model).find((s) => s.kind === 'unit' && s.id === unitId);
  return scope ? studyBankFile(model, scope).items : {};
}

for (const org of ORGS) {
  describe(`${org.dir}: a cited clause in a unit's assessment and study pages`, () => {
    let model: Model;
    it('loads', async () => {
      const loaded = await loadModel(org.dir);
      expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      model = loaded.model!;
    });

    it.each(org.cases.filter((c) => c.violation))('$unit $violation cites $clause with the unit’s words', (c) => {
      const view = unitView(model, c.unit);
      const violation = view.assessments.flatMap((a) => a.violations).find((v) => v.id === c.violation);
      expect(violation?.clauses, `${c.unit} ${c.violation}`).toContain(c.clause);
      const label = citedClauseLabel(model, view, c.clause);
      expect(label).toContain(c.value);
      expect(label).not.toContain(c.group);
      // The group's page keeps the group's words.
      expect(citedClauseLabel(model, undefined, c.clause)).toContain(c.group);
      // The unit links to its own assessment page, which shows them.
      expect(assessmentPath(model, c.unit)).toBe(paths.unitAssessment(c.unit));
    });

    it.each(org.cases)('$unit’s study page cites $clause with the unit’s words', (c) => {
      const label = unitBankItems(model, c.unit)[c.clause]?.label;
      expect(label, `${c.unit} ${c.clause}`).toContain(c.value);
      expect(label).not.toContain(c.group);
    });

    it('every clause a unit’s study page cites reads as the unit’s clause', () => {
      for (const unit of model.units) {
        const own = new Map(
          unitView(model, unit.id)
            .documents.flatMap((d) => [...walkClauses(d.clauses)])
            .map((c) => [c.id, clauseLabel(c)]),
        );
        for (const [id, item] of Object.entries(unitBankItems(model, unit.id)))
          if (own.has(id)) expect(own.get(id), `${unit.id} ${id}`).toContain(item.label.replace(/…$/u, ''));
      }
    });
  });
}
