/**
 * Slips a clerk makes while setting up a new organisation from `guifan new`, each one error at
 * the line to fix, saying what to write: an indentation one space short, a date written the
 * Chinese way, numbers in Chinese numerals, a comparator in words, a misspelt node id.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaffold } from '../src/cli/scaffold.ts';
import { type Diagnostic, loadModel } from '../src/model/index.ts';
import { targetWording } from '../src/model/targets.ts';
import { fullWording } from '../src/model/changes/describe.ts';
import type { ItemSnapshot } from '../src/model/changes/types.ts';

let base: string;
const dirs: string[] = [];

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'guifan-clerk-'));
  await rm(base, { recursive: true });
  await scaffold(base);
});
afterAll(async () => {
  for (const d of [base, ...dirs]) await rm(d, { recursive: true, force: true });
});

/** The scaffold with `edits` made, and the errors check reports on it. */
async function errorsAfter(...edits: [file: string, from: string, to: string][]): Promise<Diagnostic[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'guifan-clerk-case-'));
  dirs.push(dir);
  await cp(base, dir, { recursive: true });
  for (const [file, from, to] of edits) {
    const p = path.join(dir, file);
    // An empty `from` writes a new file.
    if (from === '') {
      await mkdir(path.dirname(p), { recursive: true });
      await writeFile(p, to);
      continue;
    }
    const text = await readFile(p, 'utf8');
    if (!text.includes(from)) throw new Error(`${file} has no ${from}`);
    await writeFile(p, text.replace(from, to));
  }
  const { diagnostics } = await loadModel(dir);
  return diagnostics.filter((d) => d.severity === 'error');
}

describe('a slip is one error, at its line, saying what to write', () => {
  it('a field indented one space short names the field to line up with', async () => {
    const errors = await errorsAfter(
      ['norms/service-norms.yaml', '        text: 不得以任何理由推诿客户。', '       text: 不得以任何理由推诿客户。'],
      ['roles.yaml', '  - id: team-leader', '  - id: Team-leader'],
    );
    const indent = errors.filter((e) => e.file === 'norms/service-norms.yaml');
    expect(indent).toHaveLength(1);
    expect(indent[0]).toMatchObject({ line: 18, code: 'yaml-bad-indent' });
    expect(indent[0]!.message).toContain('应与第 17 行的 id 对齐，缩进 8 个空格');
    // The rest of the content is still read: the other slip is found in the same run.
    expect(errors.some((e) => e.file === 'roles.yaml')).toBe(true);
  });

  it('a date written 2026年1月1日 is one error that gives 2026-01-01', async () => {
    const errors = await errorsAfter(['units/main-hall.yaml', 'effective: 2026-01-01', 'effective: 2026年1月1日']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'units/main-hall.yaml', path: 'effective' });
    expect(errors[0]!.message).toContain('请写成 2026-01-01');
    expect(errors[0]!.message).not.toContain('NaN');
  });

  it('a score written in Chinese numerals, or a target with its unit, gives the digits', async () => {
    const errors = await errorsAfter(
      ['assessment/rules.yaml', 'below: 85', 'below: 八十五'],
      ['commitments/public.yaml', 'value: "{{reply-days}}"', 'value: 3个工作日'],
    );
    expect(errors.find((e) => e.path === 'thresholds[0].below')!.message).toContain('写成 85');
    expect(errors.find((e) => e.path === 'commitments[0].target.value')!.message).toContain('写成 3');
  });

  it('a comparator written in words (不超过) is taken for the code it means', async () => {
    const errors = await errorsAfter(['commitments/public.yaml', 'comparator: le', 'comparator: 不超过']);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('是不是想写 "le"');
  });

  it("a unit's param in Chinese numerals is one error at the unit's line, not at the texts that read it", async () => {
    const errors = await errorsAfter([
      'units/main-hall.yaml',
      'effective: 2026-01-01',
      'effective: 2026-01-01\nparams:\n  reply-days: 五',
    ]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'units/main-hall.yaml', line: 7, code: 'param-not-digits' });
    expect(errors[0]!.message).toContain('请写成 5');
  });

  it('a {{param}} written with an underscore is an error, not text shown to the public as {{…}}', async () => {
    const errors = await errorsAfter([
      'commitments/public.yaml',
      'text: 客户书面意见在{{reply-days}}',
      'text: 客户书面意见在{{reply_days}}',
    ]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'commitments/public.yaml', code: 'unknown-param' });
    expect(errors[0]!.message).toContain('是不是 {{reply-days}}');
  });

  it('a misspelt hotline name is one error, and the units’ own slips are found in the same run', async () => {
    const errors = await errorsAfter(
      ['organisation.yaml', 'supervision: "0000-7654321"', 'supervison: "0000-7654321"'],
      ['units/main-hall.yaml', 'effective: 2026-01-01', 'effective: 2026-01-01\nexclude: [no-such-clause]'],
    );
    expect(errors.map((e) => e.file).sort()).toEqual(['organisation.yaml', 'units/main-hall.yaml']);
    expect(errors.find((e) => e.file === 'organisation.yaml')!.message).toContain('supervision');
  });

  it('an answer written in lower case or full width is told the capital letter to write', async () => {
    for (const written of ['b', 'Ｂ']) {
      const errors = await errorsAfter(['quiz/basics.yaml', 'answer: B', `answer: ${written}`]);
      expect(errors, written).toHaveLength(1);
      expect(errors[0]).toMatchObject({ file: 'quiz/basics.yaml', line: 9 });
      expect(errors[0]!.message).toContain('答案请写成大写字母 B');
    }
  });

  it('a param named in Chinese is told how a name is written', async () => {
    const errors = await errorsAfter([
      'commitments/public.yaml',
      'text: 客户书面意见在{{reply-days}}',
      'text: 客户书面意见在{{答复天数}}',
    ]);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('参数名只能用小写英文字母、数字和连字符');
  });

  it('a unit without its industry is told the field is missing, not that nothing is an invalid value', async () => {
    const errors = await errorsAfter(['units/main-hall.yaml', 'industry: water\n', '']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'units/main-hall.yaml', path: 'industry', code: 'missing-field' });
    expect(errors[0]!.message).toContain('缺少必填字段 "industry"');
  });

  it('a fee written as a share of the fare under amount: is told to go under text:', async () => {
    const guide = [
      'id: refund-guide',
      'name: 退票',
      'summary: 发车前退票。',
      'materials:',
      '  - { id: refund-ticket, name: 原车票, form: original }',
      'steps: [出示车票, 退款]',
      'timeLimit: 当场',
      'visits: 1',
      'fees:',
      '  - { name: 退票手续费, amount: 票价的5% }',
      '',
    ].join('\n');
    const errors = await errorsAfter(['services/refund.yaml', '', guide]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'services/refund.yaml', path: 'fees[0].amount' });
    expect(errors[0]!.message).toContain('请把 amount: 改成 text:');
  });

  it('a misspelt next node is one error: the chart is read on as meant', async () => {
    const errors = await errorsAfter([
      'processes/complaint.yaml',
      'timeLimit: 2个工作日, next: complaint-end',
      'timeLimit: 2个工作日, next: complaint-ende',
    ]);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('是不是 "complaint-end"');
  });
});

describe('the model words what clerks write', () => {
  it('a count per day reads 不少于 on the board (4班/日), a price per ton does not', () => {
    expect(targetWording(4, '班/日', 'ge')).toBe('不少于4班/日');
    expect(targetWording(2, '趟', 'ge')).toBe('不少于2趟');
    expect(targetWording(40, '学时', 'ge')).toBe('不少于40学时');
    expect(targetWording(300, '元/吨', 'ge')).toBe('不低于300元/吨');
  });

  it('a revision record gives an inspection titled with brackets its frequency after a colon, never （…）（…）', () => {
    const visit = {
      id: 'mystery-visit',
      kind: 'inspection',
      label: '暗访（监督员扮作旅客）',
      wording: '暗访（监督员扮作旅客）',
      fields: { frequency: '每月不少于1次' },
    } as unknown as ItemSnapshot;
    expect(fullWording(visit)).toBe('暗访（监督员扮作旅客）：每月不少于1次');
  });
});
