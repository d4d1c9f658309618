/**
 * Search records of a commitment every unit words otherwise (a {{param}} each unit sets): the
 * /commitments/ record does not carry the organisation's number, which no unit promises, and
 * titles give the target as the public reads it (12小时内, not ≤ 12小时). An internal commitment
 * (public: false) is found on the pages of the units that hold it, as the model's unit view has it.
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

it('finds an internal commitment only on its units’ pages, where the site lists it, at each unit’s values', async () => {
  const { loadModelOrThrow } = await import('../src/model/index.ts');
  const { unitView } = await import('../src/model/view.ts');
  const model = await loadModelOrThrow('test/fixtures/orgs/mixed-district');
  const records = buildSearchRecords(model).filter((r) => r.id === 'grp-satisfaction');
  const holding = model.units.filter((u) =>
    unitView(model, u.id).internalCommitments.some((c) => c.id === 'grp-satisfaction'),
  );
  expect(holding.length).toBeGreaterThan(0);
  // Never on /commitments/ (the public board of the whole organisation), never for a unit without it.
  expect(records.map((r) => r.units)).toEqual(holding.map((u) => [u.id]));
  expect(records.every((r) => /^\/?units\/[^/]+\/#cm-grp-satisfaction$/.test(r.path))).toBe(true);
  for (const [i, u] of holding.entries()) {
    const c = unitView(model, u.id).internalCommitments.find((x) => x.id === 'grp-satisfaction')!;
    expect(records[i]!.content).toContain(c.text);
    expect(c.text).not.toContain('{{');
  }
});

it('says a commitment’s target once in the record’s text: not again when the text says it, never in the table form', async () => {
  const { loadModelOrThrow } = await import('../src/model/index.ts');
  for (const org of ['content', 'test/fixtures/orgs/mixed-district', 'test/fixtures/orgs/tongjiang-city']) {
    const model = await loadModelOrThrow(org);
    const records = buildSearchRecords(model).filter((r) => r.kind === 'commitment');
    const withTarget = records.filter((r) => /\d/.test(r.content));
    expect(withTarget.length, org).toBeGreaterThan(3);
    for (const r of records) {
      // The excerpt read "…30天内办结 ≤ 30天 30天内": the table form, then the wording the text already gave.
      expect(r.content, `${org} ${r.path}`).not.toMatch(/[≤≥<>]/);
      const target = r.title.split(' ').at(-1)!;
      if (/\d/.test(target)) expect(r.content.split(target).length - 1, `${org} ${r.path}`).toBeLessThanOrEqual(1);
    }
  }
});
