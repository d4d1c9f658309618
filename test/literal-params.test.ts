/**
 * A number a unit sets otherwise, written out in prose (model/resolve/literal-params.ts): the
 * scaffold organisation writes {{reply-days}}个工作日 in a commitment; its value is 5 and one unit
 * sets 2. A text that says "5个工作日内答复" literally is one warning (not an error), whatever
 * the number of units and pages that show it; unrelated numbers, a unit's own rewording, texts the
 * unit does not have and content where no unit sets another value give none.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { scaffold } from '../src/cli/scaffold.ts';
import { type Diagnostic, loadModel } from '../src/model/index.ts';
import { literalKey, literalsIn, unitWordAt } from '../src/model/param-shapes.ts';
import { suiteTempDir, testTempDir } from './support/temp-dir.ts';

const root = suiteTempDir('literal-params');
const base = path.join(root, 'base');
beforeAll(async () => {
  await scaffold(base);
  await edit(base, 'organisation.yaml', 'reply-days: 3', 'reply-days: 5');
});

async function edit(dir: string, file: string, from: string, to: string): Promise<void> {
  const p = path.join(dir, file);
  const text = await readFile(p, 'utf8');
  if (!text.includes(from)) throw new Error(`edit did not apply to ${file}: ${from}`);
  await writeFile(p, text.replace(from, to));
}

/** A copy of the base with these files written (path → YAML). */
async function content(files: Record<string, string>): Promise<string> {
  const dir = path.join(testTempDir('literal-case'), 'content');
  await cp(base, dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) await writeFile(path.join(dir, file), text);
  return dir;
}

async function warnings(dir: string): Promise<Diagnostic[]> {
  const { diagnostics } = await loadModel(dir);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return diagnostics.filter((d) => d.code === 'literal-param-value');
}

const unit = (id: string, name: string, extra = ''): string =>
  `id: ${id}\nname: ${name}\nindustry: water\neffective: 2026-01-01\n${extra}`;

/** Two units that answer in 2 days (one under the other) and the scaffold's main hall (5). */
const FAST = {
  'units/fast-hall.yaml': unit('fast-hall', '东城营业厅', 'params:\n  reply-days: 2\n'),
  'units/fast-corner.yaml': unit('fast-corner', '东城便民点', 'parent: fast-hall\n'),
};

const NORM = (clauses: string): string => `id: reply-norms
title: 答复规范
issuer: 示例公用事业公司
version: "1.0"
effective: 2026-01-01
scope: 本规范适用于书面意见的答复。
clauses:
${clauses}`;

describe('a number a unit sets otherwise, written out', () => {
  it('is one warning at the text, naming the literal, the param, who sets what and the fix; check still passes', async () => {
    const dir = await content({
      ...FAST,
      'norms/reply.yaml': NORM('  - id: reply-written\n    text: 客户的书面意见应在5个工作日内答复。\n'),
    });
    const found = await warnings(dir);
    expect(found).toHaveLength(1);
    const w = found[0]!;
    expect(w).toMatchObject({ severity: 'warning', file: 'norms/reply.yaml', line: 9, path: 'clauses[0].text' });
    const [zh, en] = w.message.split(' / ');
    // The sub-unit reads its parent's value: named with it, not on its own.
    for (const part of [
      '“5个工作日”',
      '{{reply-days}}',
      '东城营业厅（fast-hall）及其下级单位定为 2个工作日',
      '改写为 {{reply-days}}个工作日',
    ])
      expect(zh).toContain(part);
    expect(zh).not.toContain('fast-corner');
    for (const part of [
      '"5个工作日"',
      '{{reply-days}}',
      'fast-hall (东城营业厅) and its sub-units set 2个工作日',
      'Write {{reply-days}}个工作日 instead',
    ])
      expect(en).toContain(part);
    let printed = '';
    const io = { out: (s: string) => void (printed += `${s}\n`), err: (s: string) => void (printed += `${s}\n`) };
    expect(await main(['check', '--content', dir], io)).toBe(0);
    expect(printed).toContain('norms/reply.yaml:9:11  警告 warning  clauses[0].text');
  });

  it('reads the number in Chinese numerals too, and quotes it as written', async () => {
    const dir = await content({
      ...FAST,
      'norms/reply.yaml': NORM(
        '  - id: reply-written\n    text: 客户的书面意见应在五个工作日内答复。\n  - id: reply-range\n    text: 材料不全的，补正后三到五个工作日内答复；第五个工作日仍未答复的，由班长督办。\n',
      ),
    });
    const found = await warnings(dir);
    expect(found.map((w) => w.path)).toEqual(['clauses[0].text']);
    const [zh, en] = found[0]!.message.split(' / ');
    expect(zh).toContain('这里直接写了“五个工作日”');
    expect(zh).toContain('请把“五个工作日”改写为 {{reply-days}}个工作日');
    expect(en).toContain('this text writes "五个工作日"');
  });

  it('flags a process description, a bare time limit by its step’s label and a question’s answer, not its other options', async () => {
    const dir = await content({
      ...FAST,
      'processes/reply.yaml': `id: reply-process
title: 书面意见答复流程
description: 受理后5个工作日内答复客户。
nodes:
  - { id: reply-start, type: start, role: counter-clerk, label: 收到书面意见, next: reply-answer }
  - { id: reply-answer, type: step, role: team-leader, label: 书面答复客户, timeLimit: 5个工作日, next: reply-end }
  - { id: reply-end, type: end, role: counter-clerk, label: 归档 }
`,
      'quiz/reply.yaml': `id: reply-quiz
title: 答复题
questions:
  - id: q-reply-days
    type: single
    stem: 客户的书面意见应在多长时间内答复？
    options: [3个工作日, 5个工作日, 7个工作日]
    answer: B
    cites: [conduct-no-refusal]
  - id: q-reply-distractor
    type: single
    stem: 书面意见最迟几个工作日内答复？
    options: [5个工作日, 2个工作日]
    answer: B
    cites: [conduct-no-refusal]
`,
    });
    expect((await warnings(dir)).map((w) => `${w.file} ${w.path}`)).toEqual([
      'processes/reply.yaml description',
      'processes/reply.yaml nodes[1].timeLimit',
      'quiz/reply.yaml questions[0].options[1]',
    ]);
  });

  it('does not flag unrelated numbers: another unit word, a longer number, a date, a range, another deadline (only the slip beside them)', async () => {
    const dir = await content({
      ...FAST,
      'norms/reply.yaml': NORM(`  - id: reply-other
    text: 客户等候超过5分钟的，应在15个工作日内答复；1月5日起施行；复杂事项3—5个工作日内办结。
  - id: reply-follow-up
    text: 答复后5个工作日内电话回访。
  - id: reply-meter
    text: 表计校验在5个工作日内完成。
  - id: reply-written
    text: 客户的书面意见应在5个工作日内答复。
`),
      'processes/escalate.yaml': `id: escalate-process
title: 上报流程
nodes:
  - { id: esc-start, type: start, role: counter-clerk, label: 收到申请, next: esc-check }
  - { id: esc-check, type: step, role: team-leader, label: 上报并跟进处理, timeLimit: 5个工作日, next: esc-end }
  - { id: esc-end, type: end, role: counter-clerk, label: 归档 }
`,
    });
    // Only the one slip among them.
    expect((await warnings(dir)).map((w) => w.path)).toEqual(['clauses[3].text']);
  });

  it('does not flag a text the unit rewords, excludes or does not have, nor content where no unit sets another value', async () => {
    const slip = NORM(`  - id: reply-written
    text: 客户的书面意见应在5个工作日内答复。
  - id: reply-main
    units: [main-hall]
    text: 营业厅对书面意见在5个工作日内答复。
`);
    // Without rewording: the clause every unit has is flagged, the main hall's own is not.
    const plain = await content({ ...FAST, 'norms/reply.yaml': slip });
    expect((await warnings(plain)).map((w) => w.path)).toEqual(['clauses[0].text']);
    const reworded = `override:\n  - clause: reply-written\n    text: 客户的书面意见应在2个工作日内答复。\n    reason: 东城营业厅承诺更快。\n`;
    const own = await content({
      'units/fast-hall.yaml': unit('fast-hall', '东城营业厅', `params:\n  reply-days: 2\n${reworded}`),
      'norms/reply.yaml': slip,
    });
    expect(await warnings(own)).toEqual([]);
    const excluded = await content({
      'units/fast-hall.yaml': unit('fast-hall', '东城营业厅', 'params:\n  reply-days: 2\nexclude: [reply-written]\n'),
      'norms/reply.yaml': slip,
    });
    expect(await warnings(excluded)).toEqual([]);
    const same = await content({
      'units/fast-hall.yaml': unit('fast-hall', '东城营业厅', 'params:\n  reply-days: 5\n'),
      'norms/reply.yaml': slip,
    });
    expect(await warnings(same)).toEqual([]);
  });
});

describe('literals in a text', () => {
  const wanted = new Set([literalKey('5', '个工作日'), literalKey('0.28', 'MPa')]);
  const keys = (text: string): string[] => literalsIn(text, wanted).map((f) => f.key);

  it('reads a number with the unit word after it, a space allowed, the longest word first', () => {
    expect(unitWordAt('5个工作日内', 1)?.word).toBe('个工作日');
    expect(unitWordAt('{{x}} 小时', 5)?.word).toBe('小时');
    expect(unitWordAt('5分钟', 1)?.word).toBe('分钟');
    expect(keys('应在5个工作日内答复，压力0.28MPa')).toEqual(['5个工作日', '0.28MPa']);
  });

  it('reads Chinese numerals as the numbers they write, and not an ordinal, a range’s second half or 十分 (very)', () => {
    const counts = new Set(['5', '15', '20', '25', '105', '2', '3000'].map((n) => literalKey(n, '个工作日')));
    expect(
      literalsIn(
        '五个工作日；十五个工作日；二十个工作日；二十五个工作日；一百零五个工作日；两个工作日；三千个工作日',
        counts,
      ).map((f) => f.key),
    ).toEqual(['5个工作日', '15个工作日', '20个工作日', '25个工作日', '105个工作日', '2个工作日', '3000个工作日']);
    // Two digits side by side are no one number: 三五个工作日 is "three or five".
    expect(literalsIn('三五个工作日、十百个工作日', counts)).toEqual([]);
    expect(literalsIn('应在五个工作日内答复', wanted)).toMatchObject([{ key: '5个工作日', written: '五个工作日' }]);
    expect(keys('延长到五个工作日')).toEqual(['5个工作日']);
    expect(keys('十五个工作日、第五个工作日、三到五个工作日、三至五个工作日、3到5个工作日、第5个工作日')).toEqual([]);
    const tenPoints = new Set([literalKey('10', '分'), literalKey('10', '分钟')]);
    expect(literalsIn('这一点十分重要，十分钟内到场', tenPoints).map((f) => f.written)).toEqual(['十分钟']);
  });

  it('takes no number inside a longer one, a date, a time or a range’s second half, nor a filled {{name}}', () => {
    expect(
      keys('15个工作日、1.5个工作日、1月5个工作日、8:5个工作日、3—5个工作日、{{reply-days}}个工作日、5个'),
    ).toEqual([]);
  });
});
