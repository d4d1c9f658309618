/**
 * A print worker keeps only its last few role views (keepViews, model/view-cache.ts): a view it
 * dropped is made again when asked for, equal to the one it dropped, and unit views stay.
 */
import { expect, it } from 'vitest';
import { loadModel } from '../src/model/index.ts';
import { keepViews, plainView } from '../src/model/view-cache.ts';
import { roleView, unitView } from '../src/model/view.ts';

it('drops the least recently used role views, and makes a dropped one again the same', async () => {
  const loaded = (await loadModel('test/fixtures/orgs/three-level-power')).model!;
  // A print worker's model: parsed from JSON, as the pool hands it over.
  const kept = JSON.parse(JSON.stringify(loaded)) as typeof loaded;
  const whole = JSON.parse(JSON.stringify(loaded)) as typeof loaded;
  keepViews(kept, 2);
  const pairs = kept.units.flatMap((u) => kept.roles.map((r) => [u.id, r.id] as const));
  expect(pairs.length).toBeGreaterThan(4);
  const [u0, r0] = pairs[0]!;
  const first = roleView(unitView(kept, u0), r0);
  expect(roleView(unitView(kept, u0), r0)).toBe(first);
  for (const [u, r] of pairs.slice(1)) roleView(unitView(kept, u), r);
  // Dropped (two kept, many made since): made again, a new object with the same content.
  const again = roleView(unitView(kept, u0), r0);
  expect(again).not.toBe(first);
  expect(plainView(again)).toEqual(plainView(first));
  expect(plainView(again)).toEqual(plainView(roleView(unitView(whole, u0), r0)));
  // Unit views are not dropped: planning goes through every unit's again and again.
  expect(unitView(kept, u0)).toBe(unitView(kept, u0));
  const units = kept.units.map((u) => unitView(kept, u.id));
  expect(kept.units.map((u) => unitView(kept, u.id))).toEqual(units);
  for (const [i, u] of kept.units.entries()) expect(unitView(kept, u.id)).toBe(units[i]);
});
