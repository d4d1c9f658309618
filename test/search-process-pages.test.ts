/**
 * On the built sites of the example and every organisation under test/fixtures/orgs/: each process
 * and step record a unit with its own page of the process is filtered to links to that page, and the
 * page holds the step's anchor (test/search-unit-pages.test.ts checks the records against the model
 * alone; this, that the pages the model names are there as built).
 */
import { describe, expect, it } from 'vitest';
import { loadModel } from '../src/model/index.ts';
import { paths } from '../src/model/routes.ts';
import { buildSearchRecords } from '../src/search/records.ts';
import { builtOrganisation } from './support/built.ts';
import { ids, page } from './support/html.ts';
import { EXAMPLE_AND_FIXTURE_ORGS } from './support/orgs.ts';

const ORGS = EXAMPLE_AND_FIXTURE_ORGS;

describe.each(ORGS)('%s: a unit’s own process pages', (dir) => {
  it('are where its process and step records link, at anchors the built page holds', async () => {
    const { model } = await loadModel(dir);
    const { out } = await builtOrganisation(dir);
    const records = buildSearchRecords(model!);
    const idsOf = new Map<string, Set<string>>();
    let checked = 0;
    for (const unit of model!.units)
      for (const processId of unit.differs.processes) {
        const own = paths.unitProcess(unit.id, processId);
        const steps = new Set(model!.processes.find((p) => p.id === processId)!.nodes.map((n) => n.id));
        const mine = records.filter(
          (r) =>
            ((r.kind === 'process' && r.id === processId) || (r.kind === 'step' && steps.has(r.id))) &&
            (r.units === 'all' || r.units.includes(unit.id)),
        );
        // The process and each step, once each, on the unit's page.
        expect(mine.map((r) => r.id).sort(), `${unit.id} ${processId}`).toEqual([processId, ...steps].sort());
        for (const r of mine) {
          const [target, anchor] = r.path.split('#') as [string, string | undefined];
          expect(target, `${r.kind} ${r.id} for ${unit.id}`).toBe(own);
          if (!idsOf.has(target)) idsOf.set(target, ids(page(out, target)));
          if (r.kind === 'step') expect(idsOf.get(target)!.has(anchor!), `${r.path} on the built page`).toBe(true);
          checked++;
        }
      }
    expect(checked).toBeGreaterThan(0);
  }, 600_000);
});
