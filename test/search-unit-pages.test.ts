/**
 * Where a unit's search results land, on every organisation under test/fixtures/orgs/ and the
 * example: each record, for every unit it is filtered to, links to a page that unit reads — the
 * group's or its own, never another unit's — at an item of the unit's view, and the unit finds each
 * item once. An assessment item of a unit with an assessment page of its own links there, worded as
 * the group's or not (that page gives the unit's values and cites clauses in its wording). The pages
 * are the model's (routes.ts); test/site-scope.test.ts checks that the built pages hold the anchors.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel, type Model } from '../src/model/index.ts';
import { itemPath, ownItemPath, paths } from '../src/model/routes.ts';
import { unitView } from '../src/model/view.ts';
import { buildSearchRecords, type SearchRecord } from '../src/search/records.ts';

const FIXTURES = 'test/fixtures/orgs';
const ORGS = [
  'content',
  ...readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'expected')
    .map((d) => path.join(FIXTURES, d.name)),
];
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
        // Free pages, units and the organisation are filed by page, not by an item of a view.
        if (r.kind === 'page' || r.kind === 'unit') continue;
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
