/**
 * The broken-content corpus: each case breaks a valid organisation (the
 * `guifan new` scaffold) in one way and asserts the exact file, line, field and
 * kind of problem reported — and that no stack trace reaches the user.
 */
import { mkdtemp, readFile, rm, writeFile, appendFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaffold } from '../src/cli/scaffold.ts';
import { main } from '../src/cli/main.ts';
import { loadModel, type Diagnostic } from '../src/model/index.ts';

let base: string;
const dirs: string[] = [];

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'guifan-base-'));
  await rm(base, { recursive: true });
  await scaffold(base);
});
afterAll(async () => {
  for (const d of [base, ...dirs]) await rm(d, { recursive: true, force: true });
});

async function copyBase(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'guifan-case-'));
  dirs.push(dir);
  const { cp } = await import('node:fs/promises');
  await cp(base, dir, { recursive: true });
  return dir;
}

async function edit(dir: string, file: string, from: string | RegExp, to: string): Promise<void> {
  const p = path.join(dir, file);
  const text = await readFile(p, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`edit did not apply to ${file}: ${String(from)}`);
  await writeFile(p, next);
}

/** Runs the CLI on dir and returns its diagnostics, exit status and all printed text. */
async function check(
  dir: string,
): Promise<{ errors: Diagnostic[]; warnings: Diagnostic[]; status: number; printed: string }> {
  const { diagnostics } = await loadModel(dir);
  let printed = '';
  const io = { out: (s: string) => void (printed += `${s}\n`), err: (s: string) => void (printed += `${s}\n`) };
  const status = await main(['check', '--content', dir], io);
  return {
    errors: diagnostics.filter((d) => d.severity === 'error'),
    warnings: diagnostics.filter((d) => d.severity === 'warning'),
    status,
    printed,
  };
}

function expectOne(list: Diagnostic[], want: Partial<Diagnostic>): Diagnostic {
  const match = list.filter((d) => Object.entries(want).every(([k, v]) => d[k as keyof Diagnostic] === v));
  expect(match, `expected ${JSON.stringify(want)} among\n${JSON.stringify(list, null, 1)}`).toHaveLength(1);
  return match[0]!;
}

function expectNoStackTrace(printed: string): void {
  expect(printed).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(printed).not.toMatch(/TypeError|ReferenceError|SyntaxError: /);
}

describe('the scaffold', () => {
  it('passes check with no diagnostics', async () => {
    const r = await check(base);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.status).toBe(0);
  });
});

describe('broken content is reported with file, line and field', () => {
  it('bad YAML syntax: an unclosed quote', async () => {
    const dir = await copyBase();
    await edit(dir, 'norms/service-norms.yaml', 'version: "1.0"', 'version: "1.0');
    const r = await check(dir);
    const d = r.errors.find((e) => e.file === 'norms/service-norms.yaml');
    expect(d?.code).toMatch(/^yaml-/);
    expect(d?.line).toBeGreaterThanOrEqual(5);
    expect(r.status).toBe(1);
    expectNoStackTrace(r.printed);
  });

  it('wrong type: a list where text is expected', async () => {
    const dir = await copyBase();
    await edit(dir, 'norms/service-norms.yaml', 'title: 窗口服务规范', 'title: [窗口, 服务规范]');
    const r = await check(dir);
    const d = expectOne(r.errors, {
      file: 'norms/service-norms.yaml',
      path: 'title',
      code: 'wrong-type',
      line: 3,
      column: 8,
    });
    expect(d.message).toContain('应为文字');
    expect(d.message).toContain('found a list');
  });

  it('missing required field points at the object that lacks it', async () => {
    const dir = await copyBase();
    await edit(dir, 'norms/service-norms.yaml', 'scope: 本规范适用于公司各营业窗口的服务工作。\n', '');
    const r = await check(dir);
    const d = expectOne(r.errors, { file: 'norms/service-norms.yaml', path: 'scope', code: 'missing-field' });
    expect(d.line).toBe(2);
    expect(d.message).toContain('缺少必填字段 "scope"');
  });

  it('misspelt field gets "did you mean"', async () => {
    const dir = await copyBase();
    await edit(dir, 'norms/service-norms.yaml', '    strength: shall-not', '    strenght: shall-not');
    const r = await check(dir);
    const d = expectOne(r.errors, {
      file: 'norms/service-norms.yaml',
      line: 19,
      column: 9,
      path: 'clauses[0].clauses[1].strenght',
      code: 'unknown-field',
    });
    expect(d.message).toContain('是不是想写 "strength"');
    expect(d.message).toContain('did you mean "strength"');
  });

  it('a misspelt field inside a process node is matched against the node type', async () => {
    const dir = await copyBase();
    await edit(dir, 'processes/complaint.yaml', 'timeLimit: 当场', 'timelimit: 当场');
    const r = await check(dir);
    const d = expectOne(r.errors, {
      file: 'processes/complaint.yaml',
      line: 6,
      path: 'nodes[1].timelimit',
      code: 'unknown-field',
    });
    expect(d.message).toContain('"timeLimit"');
  });

  it('duplicate id across files names both places', async () => {
    const dir = await copyBase();
    await edit(dir, 'etiquette/counter.yaml', 'id: greeting-hello', 'id: conduct-greeting');
    const r = await check(dir);
    const d = expectOne(r.errors, {
      file: 'etiquette/counter.yaml',
      line: 8,
      column: 13,
      path: 'situations[0].phrases[0].id',
      code: 'duplicate-id',
    });
    expect(d.message).toContain('norms/service-norms.yaml:13');
  });

  // One id, two items of different kinds: one error, at the later of the two, naming the earlier
  // and an id to use instead — never a crash (a phrase named as its own situation overflowed the
  // stack in resolve/items.ts), and no second error at a reference that fits either of them.
  describe('an id used twice, even by items of different kinds', () => {
    it.each([
      [
        'phrase',
        'phrases[1]',
        '您办理什么业务？\n',
        '您办理什么业务？\n      - id: greeting\n        text: 请慢走。\n',
        10,
      ],
      [
        'forbidden',
        'forbidden[1]',
        '        instead: greeting-hello\n',
        '        instead: greeting-hello\n      - id: greeting\n        text: 等着吧。\n',
        14,
      ],
      [
        'conduct',
        'conduct[1]',
        '        text: 起立迎候，面带微笑。\n',
        '        text: 起立迎候，面带微笑。\n      - id: greeting\n        topic: posture\n        text: 双手递接资料。\n',
        18,
      ],
    ])('a %s with the id of the situation it sits in', async (kind, item, from, to, line) => {
      const dir = await copyBase();
      await edit(dir, 'etiquette/counter.yaml', from, to);
      const r = await check(dir);
      expect(r.errors).toHaveLength(1);
      const d = expectOne(r.errors, {
        file: 'etiquette/counter.yaml',
        line,
        path: `situations[0].${item}.id`,
        code: 'duplicate-id',
      });
      expect(d.message).toContain('与它所在的场景（etiquette/counter.yaml:5）同名');
      expect(d.message).toContain(`"greeting-${kind}"`);
      expect(r.status).toBe(1);
      expect(r.printed).not.toContain('Maximum call stack');
      expectNoStackTrace(r.printed);
    });

    it('a clause with the id of its document', async () => {
      const dir = await copyBase();
      await edit(
        dir,
        'norms/service-norms.yaml',
        '        strength: shall-not\n',
        '        strength: shall-not\n      - id: service-norms\n        text: 受理员应主动告知办理时限。\n        strength: shall\n',
      );
      const r = await check(dir);
      expect(r.errors).toHaveLength(1);
      const d = expectOne(r.errors, {
        file: 'norms/service-norms.yaml',
        line: 20,
        path: 'clauses[0].clauses[2].id',
        code: 'duplicate-id',
      });
      expect(d.message).toContain(
        'this clause has the same id as the norm document it sits in (norms/service-norms.yaml:2)',
      );
    });

    it('a process step with the id of its process', async () => {
      const dir = await copyBase();
      await edit(dir, 'processes/complaint.yaml', /complaint-escalate/g, 'complaint');
      const r = await check(dir);
      expect(r.errors).toHaveLength(1);
      const d = expectOne(r.errors, {
        file: 'processes/complaint.yaml',
        line: 14,
        path: 'nodes[3].id',
        code: 'duplicate-id',
      });
      expect(d.message).toContain('"complaint-step"');
    });

    it('a threshold with the id of an inspection', async () => {
      const dir = await copyBase();
      await edit(
        dir,
        'assessment/rules.yaml',
        'consequence: 扣减当月服务奖 }\n',
        'consequence: 扣减当月服务奖 }\n  - { id: monthly-check, below: 80, consequence: 通报批评 }\n',
      );
      const r = await check(dir);
      expect(r.errors).toHaveLength(1);
      const d = expectOne(r.errors, {
        file: 'assessment/rules.yaml',
        line: 8,
        path: 'thresholds[1].id',
        code: 'duplicate-id',
      });
      expect(d.message).toContain('已在 assessment/rules.yaml:5 用作检查方式的 id（这里是考核分数线）');
      expect(d.message).toContain(
        'already the id of an inspection at assessment/rules.yaml:5 (this is a score threshold)',
      );
    });

    it('a score item with the id of a violation above it: the error is at the score item, and its reference to the violation stands', async () => {
      const dir = await copyBase();
      await appendFile(
        path.join(dir, 'assessment/rules.yaml'),
        'scoreItems:\n  - { id: violation-refusal, text: 不推诿客户, points: 10, deduct: 5, violation: violation-refusal }\n',
      );
      const r = await check(dir);
      expect(r.errors).toHaveLength(1);
      const d = expectOne(r.errors, {
        file: 'assessment/rules.yaml',
        line: 14,
        path: 'scoreItems[0].id',
        code: 'duplicate-id',
      });
      expect(d.message).toContain('assessment/rules.yaml:9');
    });

    it('a unit with the id of a role: no second error where the unit is named', async () => {
      const dir = await copyBase();
      await appendFile(path.join(dir, 'roles.yaml'), '  - id: main-hall\n    name: 营业厅值班员\n');
      await edit(dir, 'commitments/public.yaml', 'title: 服务承诺\n', 'title: 服务承诺\nunits: [main-hall]\n');
      const r = await check(dir);
      expect(r.errors).toHaveLength(1);
      const d = expectOne(r.errors, { file: 'units/main-hall.yaml', line: 2, path: 'id', code: 'duplicate-id' });
      expect(d.message).toContain('already the id of a role at roles.yaml:');
      expect(d.message).toContain('"main-hall-unit"');
    });

    it("a unit's added clause with the id of a process", async () => {
      const dir = await copyBase();
      await appendFile(
        path.join(dir, 'units/main-hall.yaml'),
        'add:\n  - document: service-norms\n    under: handoff\n    clauses:\n      - id: complaint\n        text: 投诉当场登记。\n        strength: shall\n',
      );
      const r = await check(dir);
      expect(r.errors).toHaveLength(1);
      const d = expectOne(r.errors, {
        file: 'units/main-hall.yaml',
        path: 'add[0].clauses[0].id',
        code: 'duplicate-id',
      });
      expect(d.message).toContain('processes/complaint.yaml:2');
    });
  });

  it('dangling reference with a suggestion', async () => {
    const dir = await copyBase();
    await edit(dir, 'quiz/basics.yaml', 'cites: [conduct-greeting]', 'cites: [conduct-greting]');
    const r = await check(dir);
    const d = expectOne(r.errors, {
      file: 'quiz/basics.yaml',
      line: 10,
      path: 'questions[0].cites[0]',
      code: 'dangling-reference',
    });
    expect(d.message).toContain('"conduct-greeting"');
  });

  it('answer not among the options', async () => {
    const dir = await copyBase();
    await edit(dir, 'quiz/basics.yaml', 'answer: B', 'answer: D');
    const r = await check(dir);
    expectOne(r.errors, {
      file: 'quiz/basics.yaml',
      line: 9,
      path: 'questions[0].answer',
      code: 'answer-not-in-options',
    });
  });

  it('disconnected process', async () => {
    const dir = await copyBase();
    await edit(
      dir,
      'processes/complaint.yaml',
      '{ label: 不能, to: complaint-escalate }',
      '{ label: 不能, to: complaint-end }',
    );
    const r = await check(dir);
    expectOne(r.errors, { file: 'processes/complaint.yaml', line: 14, path: 'nodes[3]', code: 'process-unreachable' });
  });

  it('a step that never reaches an end', async () => {
    const dir = await copyBase();
    await edit(
      dir,
      'processes/complaint.yaml',
      'label: 上报并跟进处理, timeLimit: 2个工作日, next: complaint-end',
      'label: 上报并跟进处理, timeLimit: 2个工作日, next: complaint-record',
    );
    await edit(
      dir,
      'processes/complaint.yaml',
      '{ label: 能, to: complaint-end }',
      '{ label: 能, to: complaint-escalate }',
    );
    const r = await check(dir);
    expect(r.errors.filter((e) => e.code === 'process-dead-end').map((e) => e.path)).toEqual([
      'nodes[0]',
      'nodes[1]',
      'nodes[2]',
      'nodes[3]',
    ]);
    expectOne(r.errors, { code: 'process-unreachable', path: 'nodes[4]', line: 15 });
  });

  it('two start nodes', async () => {
    const dir = await copyBase();
    await edit(
      dir,
      'processes/complaint.yaml',
      'type: step, role: counter-clerk, label: 登记投诉内容',
      'type: start, role: counter-clerk, label: 登记投诉内容',
    );
    const r = await check(dir);
    expectOne(r.errors, { file: 'processes/complaint.yaml', line: 6, code: 'process-start' });
  });

  it('a decision with a single branch', async () => {
    const dir = await copyBase();
    await edit(dir, 'processes/complaint.yaml', '      - { label: 能, to: complaint-end }\n', '');
    const r = await check(dir);
    expectOne(r.errors, {
      file: 'processes/complaint.yaml',
      line: 12,
      path: 'nodes[2].branches',
      code: 'decision-branches',
    });
  });

  it('override of a clause that does not exist', async () => {
    const dir = await copyBase();
    await appendFile(
      path.join(dir, 'units/main-hall.yaml'),
      'override:\n  - clause: conduct-greetin\n    text: 客户到达时应主动问候。\n',
    );
    const r = await check(dir);
    const d = expectOne(r.errors, {
      file: 'units/main-hall.yaml',
      line: 7,
      column: 13,
      path: 'override[0].clause',
      code: 'dangling-reference',
    });
    expect(d.message).toContain('"conduct-greeting"');
  });

  it('circular inheritance between units', async () => {
    const dir = await copyBase();
    await writeFile(
      path.join(dir, 'units/branch.yaml'),
      'id: branch\nname: 分理处\nindustry: water\nparent: main-hall\n',
    );
    await appendFile(path.join(dir, 'units/main-hall.yaml'), 'parent: branch\n');
    const r = await check(dir);
    const d = expectOne(r.errors, { code: 'circular-inheritance' });
    expect(['units/branch.yaml', 'units/main-hall.yaml']).toContain(d.file);
    expect(d.path).toBe('parent');
    expect(d.message).toMatch(/branch → main-hall → branch|main-hall → branch → main-hall/);
  });

  it('empty title', async () => {
    const dir = await copyBase();
    await edit(dir, 'norms/service-norms.yaml', 'title: 窗口服务规范', 'title: ""');
    const r = await check(dir);
    expectOne(r.errors, { file: 'norms/service-norms.yaml', line: 3, path: 'title', code: 'empty' });
  });

  it('invalid UTF-8 names the line', async () => {
    const dir = await copyBase();
    const p = path.join(dir, 'roles.yaml');
    const good = await readFile(p);
    // GBK bytes for 班组 pasted into a UTF-8 file, on line 6.
    const broken = Buffer.concat([
      good.subarray(0, good.indexOf('班组长')),
      Buffer.from([0xb0, 0xe0, 0xd7, 0xe9]),
      Buffer.from('\n'),
    ]);
    await writeFile(p, broken);
    const r = await check(dir);
    expectOne(r.errors, { file: 'roles.yaml', line: 6, code: 'invalid-utf8' });
    expectNoStackTrace(r.printed);
  });

  it('a byte-order mark is a warning, not an error', async () => {
    const dir = await copyBase();
    const p = path.join(dir, 'roles.yaml');
    await writeFile(p, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), await readFile(p)]));
    const r = await check(dir);
    expect(r.errors).toEqual([]);
    expectOne(r.warnings, { file: 'roles.yaml', line: 1, code: 'bom' });
    expect(r.status).toBe(0);
  });

  it('tabs used for indentation', async () => {
    const dir = await copyBase();
    await edit(dir, 'roles.yaml', '    name: 窗口受理员', '\tname: 窗口受理员');
    const r = await check(dir);
    const d = expectOne(r.errors, { file: 'roles.yaml', code: 'yaml-tab_as_indent' });
    expect(d.line).toBe(4);
    expect(d.message).toContain('Tab');
  });

  it('a 5 MB file is refused before parsing', async () => {
    const dir = await copyBase();
    await appendFile(path.join(dir, 'etiquette/counter.yaml'), `# ${'填充'.repeat(900_000)}\n`);
    const r = await check(dir);
    const d = expectOne(r.errors, { file: 'etiquette/counter.yaml', line: 1, code: 'file-too-large' });
    expect(d.message).toContain('MB');
  });

  it('duplicate key in one mapping', async () => {
    const dir = await copyBase();
    await edit(dir, 'organisation.yaml', 'shortName: 示例公司', 'shortName: 示例公司\nname: 重复的名称');
    const r = await check(dir);
    expectOne(r.errors, { file: 'organisation.yaml', line: 5, code: 'yaml-duplicate_key' });
  });

  it('invalid enum value with suggestion', async () => {
    const dir = await copyBase();
    await edit(dir, 'norms/service-norms.yaml', 'strength: shall-not', 'strength: shall_not');
    const r = await check(dir);
    const d = expectOne(r.errors, {
      file: 'norms/service-norms.yaml',
      line: 19,
      column: 19,
      path: 'clauses[0].clauses[1].strength',
      code: 'invalid-value',
    });
    expect(d.message).toContain('"shall-not"');
  });

  it('an id in Chinese characters', async () => {
    const dir = await copyBase();
    await edit(dir, 'roles.yaml', 'id: team-leader', 'id: 班组长');
    await edit(dir, 'processes/complaint.yaml', /team-leader/g, '班组长');
    const r = await check(dir);
    expectOne(r.errors, { file: 'roles.yaml', line: 5, path: 'roles[1].id', code: 'invalid-format' });
  });

  it('blank count differs from answers', async () => {
    const dir = await copyBase();
    await appendFile(
      path.join(dir, 'quiz/basics.yaml'),
      '  - id: q-blank\n    type: blank\n    stem: 首位接待客户的员工应____。\n    answer: [负责到底, 多余]\n    cites: [handoff-first-contact]\n',
    );
    const r = await check(dir);
    expectOne(r.errors, { file: 'quiz/basics.yaml', line: 18, path: 'questions[2].stem', code: 'blank-count' });
  });

  it('unknown param in a commitment', async () => {
    const dir = await copyBase();
    await edit(dir, 'commitments/public.yaml', '在{{reply-days}}个', '在{{reply-day}}个');
    const r = await check(dir);
    expectOne(r.errors, {
      file: 'commitments/public.yaml',
      line: 8,
      path: 'commitments[0].text',
      code: 'unknown-param',
    });
  });

  it('unknown param in a clause', async () => {
    const dir = await copyBase();
    await edit(
      dir,
      'norms/service-norms.yaml',
      '不得以任何理由推诿客户。',
      '不得以任何理由推诿客户，{{reply-dais}} 日内答复。',
    );
    const r = await check(dir);
    expectOne(r.errors, {
      file: 'norms/service-norms.yaml',
      line: 18,
      path: 'clauses[0].clauses[1].text',
      code: 'unknown-param',
    });
  });

  it('duplicate displayed number', async () => {
    const dir = await copyBase();
    await edit(dir, 'norms/service-norms.yaml', '  - id: handoff\n', '  - id: handoff\n    number: 4\n');
    const r = await check(dir);
    // At the number the writer typed (the line after the id), with a way to mend it.
    const e = expectOne(r.errors, { file: 'norms/service-norms.yaml', line: 21, code: 'duplicate-number' });
    expect(e.path).toMatch(/\.number$/);
    expect(e.message).toMatch(/删去 number:.*remove number:/);
  });

  it('strength contradicting the wording is a warning only', async () => {
    const dir = await copyBase();
    await edit(
      dir,
      'norms/service-norms.yaml',
      '起立微笑，主动问候。\n        strength: shall',
      '起立微笑，主动问候。\n        strength: may',
    );
    const r = await check(dir);
    expect(r.errors).toEqual([]);
    const d = expectOne(r.warnings, {
      file: 'norms/service-norms.yaml',
      line: 15,
      path: 'clauses[0].clauses[0].strength',
      code: 'strength-mismatch',
    });
    expect(d.message).toContain('“应”');
    expect(r.status).toBe(0);
  });

  it('alias bomb is stopped', async () => {
    const dir = await copyBase();
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    await appendFile(path.join(dir, 'organisation.yaml'), `${lines.join('\n')}\n`);
    const r = await check(dir);
    expectOne(r.errors, { file: 'organisation.yaml', code: 'yaml-alias-limit' });
    expectNoStackTrace(r.printed);
  });

  it('excessive nesting depth', async () => {
    const dir = await copyBase();
    await appendFile(path.join(dir, 'organisation.yaml'), `deep: ${'['.repeat(60)}${']'.repeat(60)}\n`);
    const r = await check(dir);
    expectOne(r.errors, { file: 'organisation.yaml', line: 14, code: 'too-deep' });
  });

  it('missing organisation.yaml', async () => {
    const dir = await copyBase();
    await rm(path.join(dir, 'organisation.yaml'));
    const r = await check(dir);
    expectOne(r.errors, { file: 'organisation.yaml', code: 'missing-file' });
  });

  it('clause role that does not exist', async () => {
    const dir = await copyBase();
    await edit(dir, 'norms/service-norms.yaml', 'roles: [counter-clerk]', 'roles: [counter-clark]');
    const r = await check(dir);
    const d = expectOne(r.errors, { file: 'norms/service-norms.yaml', line: 13, code: 'dangling-reference' });
    expect(d.message).toContain('"counter-clerk"');
  });

  it('date in the wrong format', async () => {
    const dir = await copyBase();
    await edit(dir, 'norms/service-norms.yaml', 'effective: 2026-01-01', 'effective: 2026年1月1日');
    const r = await check(dir);
    const d = expectOne(r.errors, {
      file: 'norms/service-norms.yaml',
      line: 6,
      path: 'effective',
      code: 'invalid-format',
    });
    expect(d.message).toContain('YYYY-MM-DD');
  });

  it('"instead" pointing at another forbidden phrase names the wrong kind', async () => {
    const dir = await copyBase();
    await edit(dir, 'etiquette/counter.yaml', 'instead: greeting-hello', 'instead: greeting-rude');
    const r = await check(dir);
    expectOne(r.errors, {
      file: 'etiquette/counter.yaml',
      line: 13,
      path: 'situations[0].forbidden[0].instead',
      code: 'wrong-reference-kind',
    });
  });

  it('two YAML documents in one file', async () => {
    const dir = await copyBase();
    await appendFile(path.join(dir, 'roles.yaml'), '---\nroles: []\n');
    const r = await check(dir);
    expectOne(r.errors, { file: 'roles.yaml', line: 7, code: 'yaml-multiple_docs' });
  });

  it('an empty file', async () => {
    const dir = await copyBase();
    await writeFile(path.join(dir, 'assessment/rules.yaml'), '# nothing yet\n');
    const r = await check(dir);
    expectOne(r.errors, { file: 'assessment/rules.yaml', line: 1, code: 'not-a-mapping' });
  });

  it('unit whose parent does not exist', async () => {
    const dir = await copyBase();
    await appendFile(path.join(dir, 'units/main-hall.yaml'), 'parent: head-office\n');
    const r = await check(dir);
    expectOne(r.errors, { file: 'units/main-hall.yaml', line: 6, path: 'parent', code: 'dangling-reference' });
  });

  it('MDX page without a title', async () => {
    const dir = await copyBase();
    await edit(dir, 'pages/about.mdx', 'title: 关于本规范\n', '');
    const r = await check(dir);
    expectOne(r.errors, { file: 'pages/about.mdx', line: 2, path: 'title', code: 'missing-field' });
  });

  it('a node type that does not exist', async () => {
    const dir = await copyBase();
    await edit(dir, 'processes/complaint.yaml', 'type: end', 'type: finish');
    const r = await check(dir);
    const d = expectOne(r.errors, {
      file: 'processes/complaint.yaml',
      line: 15,
      path: 'nodes[4].type',
      code: 'invalid-value',
    });
    expect(d.message).toContain('end');
  });

  it('reports every error of a run, not only the first', async () => {
    const dir = await copyBase();
    await edit(dir, 'quiz/basics.yaml', 'answer: B', 'answer: D');
    await edit(dir, 'organisation.yaml', 'industry: water', 'industry: wter');
    await edit(dir, 'roles.yaml', 'name: 班组长', 'nam: 班组长');
    const r = await check(dir);
    expect(new Set(r.errors.map((e) => e.file))).toEqual(
      new Set(['quiz/basics.yaml', 'organisation.yaml', 'roles.yaml']),
    );
  });
});

describe('a file the schema refuses is still read for its other slips', () => {
  it('a misspelt field and a misspelt role in one file: both in one run', async () => {
    const dir = await copyBase();
    await edit(dir, 'norms/service-norms.yaml', '    strength: shall-not', '    strenght: shall-not');
    await edit(dir, 'norms/service-norms.yaml', 'roles: [counter-clerk]', 'roles: [counter-clrk]');
    await edit(dir, 'commitments/public.yaml', 'comparator: le', 'comparator: lte');
    await edit(dir, 'assessment/rules.yaml', 'clauses: [conduct-no-refusal]', 'clauses: [conduct-no-refusl]');
    const r = await check(dir);
    expect(r.errors.map((e) => [e.file, e.path, e.code])).toEqual([
      ['assessment/rules.yaml', 'violations[0].clauses[0]', 'dangling-reference'],
      ['commitments/public.yaml', 'commitments[0].target.comparator', 'invalid-value'],
      ['norms/service-norms.yaml', 'clauses(conduct-greeting).roles[0]', 'dangling-reference'],
      ['norms/service-norms.yaml', 'clauses[0].clauses[1].strenght', 'unknown-field'],
    ]);
    expect(r.errors[2]!.message).toContain('是不是 "counter-clerk"');
  });

  it('a wrong required value of a list entry leaves that entry out: one error, and the rest of the file is still checked', async () => {
    const dir = await copyBase();
    // A question's type (required) misspelt, and the next question's citation misspelt.
    await edit(dir, 'quiz/basics.yaml', '    type: single', '    type: singel');
    await edit(dir, 'quiz/basics.yaml', 'cites: [conduct-no-refusal]', 'cites: [conduct-no-refusl]');
    // A clause's text as a list (a malformed value), and a later clause naming a misspelt role.
    await edit(
      dir,
      'norms/service-norms.yaml',
      'text: 客户到达窗口时，受理员应起立微笑，主动问候。',
      'text: [客户到达窗口时，受理员应起立微笑，主动问候。]',
    );
    await edit(
      dir,
      'norms/service-norms.yaml',
      /(handoff-first-contact\n(?:.*\n)*?\s+strength: shall\n)/u,
      '$1        roles: [counter-clrk]\n',
    );
    // A unit rewords the clause left out, and the question left out cited it: neither is an error.
    await writeFile(
      path.join(dir, 'units', 'main-hall.yaml'),
      `${await readFile(path.join(dir, 'units', 'main-hall.yaml'), 'utf8')}override:\n  - clause: conduct-greeting\n    text: 客户到达窗口时，受理员应起立问候。\n    reason: 本厅统一问候。\n`,
    );
    const r = await check(dir);
    expect(r.errors.map((e) => [e.file, e.path, e.code])).toEqual([
      ['norms/service-norms.yaml', 'clauses[0].clauses[0].text', 'wrong-type'],
      ['norms/service-norms.yaml', 'clauses(handoff-first-contact).roles[0]', 'dangling-reference'],
      ['quiz/basics.yaml', 'questions[0].type', 'invalid-value'],
      // The second question of the file, though the first was left out.
      ['quiz/basics.yaml', 'questions[1].cites[0]', 'dangling-reference'],
    ]);
    // Each at its own line: the entries after the one left out are not reported at its neighbour's.
    const lines = async (file: string) => (await readFile(path.join(dir, file), 'utf8')).split('\n');
    const quiz = await lines('quiz/basics.yaml');
    expect(quiz[r.errors[3]!.line - 1]).toContain('conduct-no-refusl');
    expect(r.errors[3]!.message).toContain('是不是 "conduct-no-refusal"');
    const norms = await lines('norms/service-norms.yaml');
    expect(norms.slice(r.errors[1]!.line - 1, r.errors[1]!.line + 4).join('\n')).toContain('handoff-first-contact');
    expect(r.errors[1]!.message).toContain('是不是 "counter-clerk"');
  });

  it('a value the file cannot do without keeps the file out, and its ids still count', async () => {
    const dir = await copyBase();
    await edit(dir, 'norms/service-norms.yaml', 'effective: 2026-01-01', 'effective: 2026-02-30');
    const r = await check(dir);
    // The quiz and the assessment cite its clauses: no error for those.
    expect(r.errors.map((e) => [e.file, e.path, e.code])).toEqual([
      ['norms/service-norms.yaml', 'effective', 'invalid-date'],
    ]);
    // A misspelt citation of one of its clauses is still given the id meant.
    await edit(dir, 'quiz/basics.yaml', 'cites: [conduct-greeting]', 'cites: [conduct-greting]');
    const again = await check(dir);
    expect(again.errors.map((e) => e.code)).toEqual(['invalid-date', 'dangling-reference']);
    expect(again.errors[1]!.message).toContain('是不是 "conduct-greeting"');
  });
});

describe('--format json', () => {
  it('prints {errors, warnings} with file, line, column, path and message', async () => {
    const dir = await copyBase();
    await edit(dir, 'quiz/basics.yaml', 'answer: B', 'answer: D');
    let printed = '';
    const status = await main(['check', '--content', dir, '--format', 'json'], {
      out: (s) => void (printed += s),
      err: (s) => void (printed += s),
    });
    expect(status).toBe(1);
    const json = JSON.parse(printed) as { errors: Record<string, unknown>[]; warnings: unknown[] };
    expect(json.warnings).toEqual([]);
    expect(json.errors).toHaveLength(1);
    expect(json.errors[0]).toMatchObject({
      file: 'quiz/basics.yaml',
      line: 9,
      column: 13,
      path: 'questions[0].answer',
    });
    expect(typeof json.errors[0]!.message).toBe('string');
  });
});
