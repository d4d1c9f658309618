/** Where an item goes beside the items it belongs with (src/search/placement.ts). */
import { describe, expect, it } from 'vitest';
import type { Hit } from '../src/search/engine.ts';
import { placeChecksBelowRules } from '../src/search/placement.ts';
import { buildSearchRecords, toPagefindRecord } from '../src/search/records.ts';
import { loadModel } from '../src/model/index.ts';

const hit = (url: string, score: number, extra: Partial<Hit> = {}): Hit => ({
  url,
  title: '',
  content: '',
  kind: 'clause',
  context: '',
  score,
  tier: 0,
  matched: 1,
  containers: [],
  ...extra,
});

describe('a score item', () => {
  it('follows the best of the clauses it checks found in its tier, and stays above them in a higher tier', () => {
    const clause = hit('/norms/x/#c-a', 5);
    const other = hit('/norms/x/#c-b', 7);
    const check = hit('/units/u/inspections/i/#si-s', 9, {
      kind: 'score-item',
      follows: ['/norms/x/#c-a', '/norms/x/#c-b'],
    });
    placeChecksBelowRules([clause, other, check]);
    expect(check.score).toBeLessThan(other.score);
    expect(check.score).toBeGreaterThan(clause.score);
    const whole = hit('/units/u/inspections/i/#si-s', 200, {
      kind: 'score-item',
      tier: 200,
      follows: ['/norms/x/#c-a'],
    });
    placeChecksBelowRules([hit('/norms/x/#c-a', 5), whole]);
    expect(whole.score).toBe(200);
  });

  it("is indexed at its unit's score sheet, naming the clauses it checks", async () => {
    const { model } = await loadModel('test/fixtures/orgs/three-level-power');
    const record = buildSearchRecords(model!).find((r) => r.id === 'hsi-queue')!;
    expect(record.kind).toBe('score-item');
    expect(record.path).toMatch(/^units\/[^/]+\/inspections\/[^/]+\/#si-hsi-queue$/);
    expect(record.title).toBe('叫号有序，不插队办理');
    expect(toPagefindRecord(record, 'zh-CN').meta.ck).toMatch(/^\/norms\/[^#]+#c-pb-queue-number$/);
  });
});
