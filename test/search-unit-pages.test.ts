/**
 * Where a unit's search results land, on every organisation under test/fixtures/orgs/ and the
 * example: each record, for every unit it is filtered to, links to a page that unit reads — the
 * group's or its own, never another unit's — at an item of the unit's view, and the unit finds each
 * item once. An assessment item of a unit with an assessment page of its own links there, worded as
 * the group's or not (that page gives the unit's values and cites clauses in its wording). The pages
 * are the model's (routes.ts); test/site-scope.test.ts checks that the built pages hold the anchors.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel, type Model } from '../src/model/index.ts';
import { anchorId, itemPath, ownItemPath, paths } from '../src/model/routes.ts';
import { unitView } from '../src/model/view.ts';
import { KEY } from '../src/search/recorder.ts';
import { buildSearchRecords, type SearchRecord } from '../src/search/records.ts';
import { scopeResolver } from '../src/search/scope.ts';
import { EXAMPLE_AND_FIXTURE_ORGS } from './support/orgs.ts';

const ORGS = EXAMPLE_AND_FIXTURE_ORGS;
const ASSESSMENT = new Set(['inspection', 'threshold', 'violation', 'award']);

const unitsOf = (model: Model, r: SearchRecord): string[] =>
  r.units === 'all' ? model.units.map((u) => u.id) : r.units;

for (const dir of ORGS) {
  describe(`${path.basename(dir)}: a unit's search results`, () => {
    let model: Model;
    let records: SearchRecord[];
    beforeAll(async () => {
      const loaded = await loadModel(dir);
      expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      model = loaded.model!;
      records = buildSearchRecords(model);
    });

    it('link, for each unit filtered to, to a page of its site at an item of its view, each item once', () => {
      const seen = new Map<string, string>();
      for (const r of records) {
        // Free pages, units and the organisation are filed by page, not by an item of a view; a score
        // item's one record sits at the first sheet listing it, and its units' tables take each unit's
        // reader to the unit's own sheet (search-unit-links.test).
        if (r.kind === 'page' || r.kind === 'unit' || r.kind === 'score-item') continue;
        for (const u of unitsOf(model, r)) {
          const where = `${r.kind} ${r.id} for ${u}: ${r.path}`;
          expect([itemPath(model, r.id, u), itemPath(model, r.id)], where).toContain(r.path);
          const other = /^units\/([^/]+)\//.exec(r.path)?.[1];
          if (other !== undefined) expect(other, where).toBe(u);
          if (r.kind !== 'role' && r.kind !== 'document') expect(unitView(model, u).has(r.id), where).toBe(true);
          const key = `${r.kind} ${r.id} ${u}`;
          expect(seen.get(key), `${where} and ${seen.get(key)}`).toBeUndefined();
          seen.set(key, r.path);
        }
      }
    });

    it('of the assessment rules link to the unit’s own assessment page where it has one, and to the group’s only for units without', () => {
      for (const r of records.filter((x) => ASSESSMENT.has(x.kind)))
        for (const u of unitsOf(model, r)) {
          const own = ownItemPath(model, r.id, u);
          expect(r.path, `${r.kind} ${r.id} for ${u}`).toBe(own ?? itemPath(model, r.id));
          if (own) expect(own.startsWith(paths.unitAssessment(u)), own).toBe(true);
        }
    });

    it('of the processes and steps link to the unit’s own page of the process where it has one, at the step', () => {
      const processOf = new Map(model.processes.flatMap((p) => p.nodes.map((n) => [n.id, p.id] as const)));
      let own = 0;
      for (const r of records.filter((x) => x.kind === 'process' || x.kind === 'step'))
        for (const u of unitsOf(model, r)) {
          const process = r.kind === 'process' ? r.id : processOf.get(r.id)!;
          const page = model.units.find((x) => x.id === u)!.differs.processes.includes(process)
            ? paths.unitProcess(u, process)
            : paths.process(process);
          const expected = r.kind === 'process' ? page : `${page}#${anchorId('node', r.id)}`;
          expect(r.path, `${r.kind} ${r.id} for ${u}`).toBe(expected);
          if (page !== paths.process(process)) own++;
        }
      // Every step and process of each unit's own pages has its record there.
      const pages = model.units.flatMap((u) => u.differs.processes);
      const steps = pages.reduce((n, p) => n + 1 + model.processes.find((x) => x.id === p)!.nodes.length, 0);
      expect(own).toBe(steps);
    });
  });
}

describe('three-level-power: a violation a unit words as the group does', () => {
  it('is found by a clerk of a unit with its own assessment page on that page, and by the group on /assessment/', async () => {
    const { model } = await loadModel('test/fixtures/orgs/three-level-power');
    const unit = model!.units.find((u) => u.id === 'baishi-point')!;
    expect(unit.differs.assessment).toBe(true);
    const found = buildSearchRecords(model!).filter((r) => r.kind === 'violation' && r.id === 'pv-late-arrival');
    const forUnit = found.filter((r) => unitsOf(model!, r).includes(unit.id));
    expect(forUnit.map((r) => r.path)).toEqual(['units/baishi-point/assessment/#v-pv-late-arrival']);
    // Worded as the group's: the same text, only the page differs.
    const group = found.find((r) => r.path === 'assessment/#v-pv-late-arrival')!;
    expect(forUnit[0]!.title).toBe(group.title);
  });
});

describe('what a unit’s copy is compared by (KEY): what its result or its page words in the unit’s terms', () => {
  const load = async (dir: string): Promise<Model> => (await loadModel(dir)).model!;
  /** The units a comparison by wording alone (no page rule) gives a copy of their own. */
  const ownUnits = <T extends object>(
    model: Model,
    id: string,
    org: T,
    key: (x: T, at: { model: Model; view?: ReturnType<typeof unitView> }) => string,
  ) =>
    scopeResolver(model)
      .versions(id, org, (x, view) => key(x, { model, ...(view ? { view } : {}) }))
      .own.map((o) => o.unitId);

  it('an award: its prize, which a unit paying its own gives on its page', async () => {
    const model = await load('content');
    const award = model.assessments.flatMap((a) => a.awards).find((w) => w.id === 'award-service-star')!;
    const unit = model.units.find((u) => u.id === 'power-city-hall')!;
    unit.patches[award.id] = { amount: award.amount! + 300 };
    expect(ownUnits(model, award.id, award, KEY.award)).toContain(unit.id);
  });

  it('a violation: its 依据, the clauses cited as the unit words them', async () => {
    // three-level-power's units word pv-late-arrival as the group does but give their own time limit in the clause it cites.
    const model = await load('test/fixtures/orgs/three-level-power');
    const v = model.assessments.flatMap((a) => a.violations).find((x) => x.id === 'pv-late-arrival')!;
    expect(ownUnits(model, v.id, v, KEY.violation)).toEqual(['baishi-point', 'hc-power', 'songxi-county']);
  });

  it('a score threshold: the periods it holds in, named as the unit’s view names its phases, in the copy’s title too', async () => {
    const model = await load('content');
    const t = model.assessments.flatMap((a) => a.thresholds).find((x) => x.id === 'score-below-85')!;
    const unit = model.units.find((u) => u.id === 'power-city-hall')!;
    unit.patches[t.id] = { phases: ['phase-mobilisation'] };
    expect(ownUnits(model, t.id, t, KEY.threshold)).toEqual([unit.id]);
    const copy = buildSearchRecords(model).find(
      (r) => r.id === t.id && r.units !== 'all' && r.units.includes(unit.id),
    )!;
    expect(copy.title).toBe('低于85分（学习动员阶段）');
  });

  it('a forbidden phrase: the phrase to say instead, which the unit’s etiquette page gives in its wording', async () => {
    // chengchuan-water-bus: water-east rewords the greeting that water-greet-rude points to.
    const model = await load('test/fixtures/orgs/chengchuan-water-bus');
    const found = buildSearchRecords(model).filter((r) => r.id === 'water-greet-rude');
    for (const u of ['water-east', 'water-east-meter']) {
      const forUnit = found.filter((r) => unitsOf(model, r).includes(u));
      expect(forUnit.map((r) => r.path)).toEqual([`${paths.unitEtiquette(u)}#p-water-greet-rude`]);
    }
  });
});
