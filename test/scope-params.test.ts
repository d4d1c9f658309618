/**
 * {{params}} and {{hotline.*}} are filled in every text field of every kind, per unit, and a
 * name that a scope showing the text does not define is one error at the exact file, line and
 * field, with "did you mean". Cases break a copy of the three-level fixture organisation.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadModel, type Diagnostic } from '../src/model/index.ts';
import { unitView } from '../src/model/view.ts';

const FIXTURE = 'test/fixtures/orgs/three-level-power';
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

/** A copy of the fixture with `from` replaced by `to` in `file`; returns the dir and the 1-based line of the change. */
async function broken(file: string, from: string, to: string): Promise<{ dir: string; line: number }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'guifan-params-'));
  dirs.push(dir);
  await cp(FIXTURE, dir, { recursive: true });
  const p = path.join(dir, file);
  const text = await readFile(p, 'utf8');
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`${from} not in ${file}`);
  await writeFile(p, text.slice(0, at) + to + text.slice(at + from.length));
  return { dir, line: text.slice(0, at).split('\n').length };
}

async function errorsOf(dir: string): Promise<Diagnostic[]> {
  return (await loadModel(dir)).diagnostics.filter((d) => d.severity === 'error');
}

describe('params in every field', () => {
  const cases: { what: string; file: string; from: string; to: string; name: string; guess?: string }[] = [
    {
      what: 'a phrase',
      file: 'etiquette/power.yaml',
      from: '办新装只需要您的身份证和房产证明',
      to: '办新装只需要{{id-papers}}和房产证明',
      name: 'id-papers',
    },
    {
      what: "a process step's time limit",
      file: 'processes/group-complaint.yaml',
      from: '受理后{{complaint-reply-days}}个工作日内',
      to: '受理后{{complaint-reply-day}}个工作日内',
      name: 'complaint-reply-day',
      guess: 'complaint-reply-days',
    },
    {
      what: "a threshold's consequence",
      file: 'assessment/group.yaml',
      from: '月度得分低于85分的单位',
      to: '月度得分低于{{pass-score}}分的单位',
      name: 'pass-score',
    },
    {
      what: "a violation's text",
      file: 'assessment/power.yaml',
      from: '无正当理由超过承诺时限到达抢修现场',
      to: '无正当理由超过{{repair-arrival-minute}}分钟到达抢修现场',
      name: 'repair-arrival-minute',
      guess: 'repair-arrival-minutes',
    },
    {
      what: "a question's option",
      file: 'quiz/group.yaml',
      from: '[90%, 95%, 98%, 100%]',
      to: '[90%, 95%, "{{satisfaction-rat}}%", 100%]',
      name: 'satisfaction-rat',
    },
    {
      what: "a unit's own commitment",
      file: 'units/songxi-county.yaml',
      from: '不少于{{market-day-visits}}次',
      to: '不少于{{market-day-visit}}次',
      name: 'market-day-visit',
      guess: 'market-day-visits',
    },
    {
      what: 'a hotline',
      file: 'etiquette/power.yaml',
      from: '办新装只需要您的身份证和房产证明',
      to: '请拨打{{hotline.servce}}',
      name: 'hotline.servce',
      guess: 'hotline.service',
    },
  ];
  for (const c of cases) {
    it(`${c.what}: one error at its line, with did you mean`, async () => {
      const { dir, line } = await broken(c.file, c.from, c.to);
      const errors = await errorsOf(dir);
      expect(errors, JSON.stringify(errors, null, 1)).toHaveLength(1);
      const e = errors[0]!;
      expect(e).toMatchObject({ file: c.file, line, code: 'unknown-param' });
      expect(e.message).toContain(`{{${c.name}}}`);
      if (c.guess) expect(e.message).toContain(`did you mean {{${c.guess}}}`);
    });
  }

  it('a param only some units define, in a document written for those units: reported for the unit that lacks it', async () => {
    // The service-point rules are for baishi-point only; a name it does not define is its error.
    const { dir, line } = await broken(
      'norms/service-point-rules.yaml',
      '服务站负责白石乡11个行政村',
      '服务站（值守电话{{duty-phone}}）负责白石乡11个行政村',
    );
    const errors = await errorsOf(dir);
    expect(errors, JSON.stringify(errors, null, 1)).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'norms/service-point-rules.yaml', code: 'unknown-param' });
    // Reported at the clause (its id line, one above its text).
    expect([line - 1, line]).toContain(errors[0]!.line);
    expect(errors[0]!.message).toContain('baishi-point');
    // Defined by the unit: no error, and the unit's wording carries its value.
    const unitFile = path.join(dir, 'units/baishi-point.yaml');
    await writeFile(
      unitFile,
      (await readFile(unitFile, 'utf8')).replace('params:\n', 'params:\n  duty-phone: 0738-7300123\n'),
    );
    const loaded = await loadModel(dir);
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(JSON.stringify(unitView(loaded.model!, 'baishi-point').documents)).toContain('值守电话0738-7300123');
  });

  it("params reach every kind per unit: a process step, a question's answer, a commitment", async () => {
    const { model } = await loadModel(FIXTURE);
    const limits = (unit: string) =>
      unitView(model!, unit)
        .processes.flatMap((p) => p.nodes)
        .map((n) => n.timeLimit ?? '')
        .join('|');
    // The organisation says 5 working days; the power line says 3 (expected/three-level-power.yaml).
    expect(limits('hc-power')).not.toBe(limits('hc-toll-west'));
    // Nothing a unit shows keeps a placeholder (the written templates are kept apart for refilling).
    const shown = (key: string, value: unknown): unknown =>
      ['template', 'templates', 'titleTemplate', 'targetTemplate', 'unit'].includes(key) ? undefined : value;
    for (const u of model!.units) expect(JSON.stringify(unitView(model!, u.id), shown)).not.toContain('{{');
  });
});
