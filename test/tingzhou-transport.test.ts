import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
/**
 * test/fixtures/orgs/tingzhou-transport, written as a clerk would from `guifan new`: a coach company
 * → a county station → a township stop, an inspection company → its branch, and a parking company.
 * What each unit's view says with the numbers and words the public reads.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { walkClauses } from '../src/model/clauses.ts';
import { loadModel } from '../src/model/index.ts';
import type { Model } from '../src/model/types.ts';
import { type ScopeView, unitView } from '../src/model/view.ts';
import { inspectionLine } from '../src/model/wording.ts';

let model: Model;
beforeAll(async () => {
  const loaded = await loadModel('test/fixtures/orgs/tingzhou-transport');
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  model = loaded.model!;
});

const wording = (v: ScopeView, id: string) => v.commitments.find((c) => c.id === id)?.target?.wording;
const clause = (v: ScopeView, id: string) => {
  for (const d of v.documents) for (const c of walkClauses(d.clauses)) if (c.id === id) return c;
  return undefined;
};

describe('tingzhou-transport', () => {
  it('the township stop reads its own and its parents’ numbers over three levels', () => {
    const stop = unitView(model, 'tz-coach-pengkou');
    expect(wording(stop, 'c-coach-refund')).toBe('20分钟内');
    expect(wording(stop, 'c-lc-market-day')).toBe('不少于4班/日');
    expect(wording(stop, 'c-staff-training')).toBe('不少于40学时');
    expect(stop.commitments.some((c) => c.id === 'c-coach-lost')).toBe(false);
    expect(clause(stop, 'lc-village-ticket')).toBeUndefined();
    expect(clause(stop, 'cs-security')).toBeUndefined();
    expect(clause(stop, 'cs-waiting-water')?.text).toContain('赶集日');
    // Added under 6 after 6.3, which its parent excluded: the number is not reused.
    expect(clause(stop, 'pk-roadside')?.number).toBe('6.4');
    expect(stop.hotlines.supervision).toBe('0597-8932100');
  });

  it('the inspection branch and the parking company keep only their own trade', () => {
    const east = unitView(model, 'tz-inspect-east');
    expect(wording(east, 'c-in-queue')).toBe('20分钟内');
    expect(east.documents.map((d) => d.id).sort()).toEqual(['general-norms', 'inspection-norms']);
    const parking = unitView(model, 'tz-parking');
    expect(parking.documents.map((d) => d.id)).toEqual(['general-norms']);
    expect(parking.commitments.some((c) => c.id.startsWith('c-coach'))).toBe(false);
  });

  it('an inspection titled with brackets of its own takes its frequency after a colon', () => {
    const visit = model.assessments[0]!.inspections.find((i) => i.id === 'mystery-visit')!;
    expect(inspectionLine(visit)).toBe('暗访（社会监督员扮作旅客或车主）：每个单位每月不少于1次');
  });
});

describe('a company whose content names no post', () => {
  // The parking company's norms are the group's general ones, written for no post in particular: without
  // its posts: line it would get no post handbook or paper, and its clerk is told so by check.
  it('is warned at its file that it gets no post handbook or paper, and how to give it its posts', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'guifan-no-posts-'));
    try {
      cpSync('test/fixtures/orgs/tingzhou-transport', dir, { recursive: true });
      const file = path.join(dir, 'units/tz-parking.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^posts: .*\n/m, ''));
      const { model, diagnostics } = await loadModel(dir);
      expect(model!.units.find((u) => u.id === 'tz-parking')!.roles).toEqual([]);
      const warned = diagnostics.filter((d) => d.code === 'unit-without-posts');
      expect(warned).toHaveLength(1);
      expect(warned[0]).toMatchObject({ severity: 'warning', file: 'units/tz-parking.yaml', line: 1 });
      expect(warned[0]!.message).toContain('posts: [岗位id]');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
