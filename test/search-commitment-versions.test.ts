/**
 * Search records of a commitment every unit words otherwise (a {{param}} each unit sets): the
 * /commitments/ record does not carry the organisation's number, which no unit promises, and
 * titles give the target as the public reads it (12小时内, not ≤ 12小时).
 */
import { expect, it } from 'vitest';
import { buildSearchRecords } from '../src/search/records.ts';
import { printFixtureModel } from './support/print-fixture-model.ts';

it('gives each number only where a unit promises it, worded for the public', () => {
  const model = printFixtureModel();
  model.commitmentSets = model.commitmentSets.map((set) => ({
    ...set,
    commitments: set.commitments.map((c) =>
      c.id === 'repair' ? { ...c, template: '抢修人员{{repair-hours}}小时内到达现场。' } : c,
    ),
  }));
  model.units = model.units.map((u, i) => ({
    ...u,
    commitments: u.commitments.map((c) =>
      c.id === 'repair' && c.target
        ? {
            ...c,
            text: `抢修人员${12 + i}小时内到达现场。`,
            target: { ...c.target, value: 12 + i, display: `≤ ${12 + i}小时`, wording: `${12 + i}小时内` },
          }
        : c,
    ),
  }));
  const repair = buildSearchRecords(model).filter((r) => r.id === 'repair');
  expect(repair.map((r) => [r.units, r.title])).toEqual([
    [[], '故障抢修'],
    ...model.units.map((u, i) => [[u.id], `故障抢修 ${12 + i}小时内`]),
  ]);
  expect(repair[0]!.content).toBe('抢修人员〔按单位规定〕小时内到达现场。');
});
