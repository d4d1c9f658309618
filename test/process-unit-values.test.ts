/**
 * A process step that cites a clause written for some units only reads, in a unit's view, with
 * the unit's value — never the group's 〔按单位规定〕 — and the unit has a process page of its own
 * to show it; the organisation's index keeps the placeholder. The values below are read by hand
 * from each fixture's units/*.yaml params and the clause's {{name}}. The built pages are checked
 * in test/site-scope.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { citedItemLabel } from '../src/model/cited.ts';
import { PER_UNIT_VALUE } from '../src/model/clauses.ts';
import { loadModel, type Model } from '../src/model/index.ts';
import { processPath, paths } from '../src/model/routes.ts';
import { unitView } from '../src/model/view.ts';

interface Case {
  unit: string;
  process: string;
  step: string;
  clause: string;
  /** The words the unit's value makes of the clause. */
  value: string;
}

const ORGS: { dir: string; cases: Case[] }[] = [
  {
    dir: 'test/fixtures/orgs/lanxi-civic',
    cases: [
      {
        unit: 'lx-rail',
        process: 'lx-rail-lost-process',
        step: 'rl-notify',
        clause: 'lr-lost-keep',
        value: '保管15天',
      },
    ],
  },
  {
    dir: 'test/fixtures/orgs/mixed-district',
    cases: [
      {
        unit: 'hotel-qinglan',
        process: 'hotel-complaint-process',
        step: 'hc-fix',
        clause: 'ht-repair-response',
        value: '应在15分钟内到达房间',
      },
    ],
  },
  {
    dir: 'test/fixtures/orgs/three-level-power',
    cases: [
      ['hc-power', '3'],
      ['songxi-county', '5'],
      ['baishi-point', '5'],
    ]
      .map(([unit, days]) => ({
        unit: unit!,
        process: 'power-new-connection',
        step: 'pn-install',
        clause: 'pb-connection-time',
        value: `受理后${days}个工作日内装表接电`,
      }))
      .concat({
        unit: 'hc-toll-west',
        process: 'toll-green-channel',
        step: 'tg-inspect',
        clause: 'tl-green-channel',
        value: '应在10分钟内查验完毕',
      }),
  },
  {
    dir: 'test/fixtures/orgs/tongjiang-city',
    cases: [
      ['tj-gas', '30'],
      ['tj-gas-huangtan', '45'],
    ].map(([unit, minutes]) => ({
      unit: unit!,
      process: 'tj-gas-leak-process',
      step: 'gl-arrive',
      clause: 'tgs-leak-arrive',
      value: `应在${minutes}分钟内赶到现场`,
    })),
  },
];

for (const org of ORGS) {
  describe(`${org.dir}: a step's cited clause in a unit's process`, () => {
    let model: Model;
    it('loads', async () => {
      const loaded = await loadModel(org.dir);
      expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      model = loaded.model!;
    });

    it.each(org.cases)('$unit $step cites $clause with the unit’s value', (c) => {
      const view = unitView(model, c.unit);
      const step = view.processes.find((p) => p.id === c.process)?.nodes.find((n) => n.id === c.step);
      expect(step?.clauses, `${c.unit} ${c.step}`).toContain(c.clause);
      const label = citedItemLabel(model, view, c.clause);
      expect(label).toContain(c.value);
      expect(label).not.toContain(PER_UNIT_VALUE);
      // The group's pages keep the placeholder: the organisation sets no value.
      expect(citedItemLabel(model, undefined, c.clause)).toContain(PER_UNIT_VALUE);
      // The unit links to a copy of the process that shows its value.
      expect(processPath(model, c.process, c.unit)).toBe(paths.unitProcess(c.unit, c.process));
    });
  });
}
