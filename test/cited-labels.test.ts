/**
 * model/cited.ts words a cited item from a view's copy with the formulas the id index uses
 * (build/*.ts register each kind's label their own way). This keeps the two from drifting apart:
 * in the organisation's view, where an item is the group's own, both give the same label.
 */
import { describe, expect, it } from 'vitest';
import { citedItemLabel } from '../src/model/cited.ts';
import { loadModelOrThrow } from '../src/model/index.ts';
import { itemOf, organisationView } from '../src/model/view.ts';

const ORGS = [
  'content',
  'test/fixtures/orgs/mixed-district',
  'test/fixtures/orgs/three-level-power',
  'test/fixtures/orgs/tongjiang-city',
  'test/fixtures/orgs/lanxi-civic',
  'test/fixtures/orgs/jichuan-ops',
];

describe('a cited item’s label in the organisation’s view is the id index’s label', () => {
  it.each(ORGS)('%s', async (dir) => {
    const model = await loadModelOrThrow(dir);
    const view = organisationView(model);
    const ids = Object.keys(model.index).filter((id) => itemOf(view, id) !== undefined);
    expect(ids.length).toBeGreaterThan(40);
    const kinds = new Set(ids.map((id) => model.index[id]!.kind));
    expect(kinds.size).toBeGreaterThan(6);
    const differing = ids.filter((id) => citedItemLabel(model, view, id) !== model.index[id]!.label);
    expect(differing).toEqual([]);
  });
});
