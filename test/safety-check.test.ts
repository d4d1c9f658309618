/**
 * The held-out corpus, input side: editor and input-method slips, unsafe URLs, impossible dates
 * and numbers, unreadable and odd files, characters the fonts lack, posters that cannot fit and
 * MDX pages that fail. Each case breaks a copy of the `guifan new` scaffold (or the example) in
 * one way and asserts exactly which errors `guifan check` reports — file, line, column and code,
 * and no others (one slip, one error) — that the wording helps (a hint, the character shown as
 * <U+200B>) and that no stack trace or library advice is printed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync, appendFileSync, rmSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkJson,
  edit,
  exampleAt,
  expectNoStackTrace,
  inProcess,
  IS_ROOT,
  NOBODY,
  positionOf,
  removeTree,
  runGuifan,
  scaffoldAt,
  Tally,
  tempDir,
  type Diag,
} from './safety/helpers.ts';

const tally = new Tally('safety-check (inputs)');
let root: string;
let n = 0;

beforeAll(() => {
  root = tempDir('check');
});
afterAll(() => {
  console.log(tally.report());
  removeTree(root);
});

async function scaffoldCopy(): Promise<string> {
  return scaffoldAt(path.join(root, `c${++n}`));
}

const NORMS = 'norms/service-norms.yaml';
const pick = (d: Diag) => ({ file: d.file, line: d.line, column: d.column, code: d.code });

/** Runs check and expects exactly these errors (file, line, column, code), exit 1 and no trace. */
async function expectErrors(
  dir: string,
  want: { file: string; line: number; column: number; code: string }[],
): Promise<Diag[]> {
  const r = await checkJson(dir);
  expect(r.errors.map(pick)).toEqual(want);
  expect(r.code).toBe(want.length ? 1 : 0);
  expectNoStackTrace(r.printed);
  return r.errors;
}

function input(name: string, fn: () => Promise<void>, timeout = 60_000): void {
  it(name, () => tally.run(name, 'input', fn), timeout);
}

describe('editor and input-method slips: one slip, one error, with what to do', () => {
  input('a tab in the indentation', async () => {
    const dir = await scaffoldCopy();
    edit(path.join(dir, NORMS), '        strength: shall\n        roles', '\tstrength: shall\n        roles');
    const [e] = await expectErrors(dir, [{ file: NORMS, line: 15, column: 1, code: 'yaml-tab_as_indent' }]);
    expect(e!.message).toContain('Tab');
  });

  input('a full-width colon after a field name', async () => {
    const dir = await scaffoldCopy();
    const text = edit(
      path.join(dir, NORMS),
      '        strength: shall\n        roles',
      '        strength：shall\n        roles',
    );
    const [e] = await expectErrors(dir, [
      { file: NORMS, ...positionOf(text, '：shall'), code: 'yaml-fullwidth-colon' },
    ]);
    expect(e!.message).toContain('中文冒号');
    expect(e!.message).toContain('strength: …');
  });

  input('full-width spaces in the indentation', async () => {
    const dir = await scaffoldCopy();
    edit(path.join(dir, NORMS), '        strength: shall-not', '  \u3000\u3000\u3000strength: shall-not');
    const [e] = await expectErrors(dir, [{ file: NORMS, line: 19, column: 3, code: 'yaml-odd-space' }]);
    expect(e!.message).toContain('<U+3000>');
  });

  input('a no-break space in the indentation', async () => {
    const dir = await scaffoldCopy();
    // Here YAML reads the no-break space as part of a field name: still one error, with the hint.
    edit(path.join(dir, NORMS), '        strength: shall-not', '    \u00a0   strength: shall-not');
    const [e] = await expectErrors(dir, [{ file: NORMS, line: 19, column: 5, code: 'unknown-field' }]);
    expect(e!.message).toContain('"<U+00A0>   strength"');
    expect(e!.message).toContain('不间断空格');
  });

  input('no space after a colon', async () => {
    const dir = await scaffoldCopy();
    const text = edit(path.join(dir, NORMS), '        strength: shall-not', '        strength:shall-not');
    await expectErrors(dir, [{ file: NORMS, ...positionOf(text, ':shall-not'), code: 'yaml-colon-space' }]);
  });

  input('": " inside a value: "put the text in quotes"', async () => {
    const dir = await scaffoldCopy();
    const text = edit(path.join(dir, NORMS), 'text: 不得以任何理由推诿客户。', 'text: 注意: 不得以任何理由推诿客户。');
    const [e] = await expectErrors(dir, [{ file: NORMS, ...positionOf(text, ': 不得'), code: 'yaml-colon-in-value' }]);
    expect(e!.message).toContain('put the text in quotes');
  });

  input('curly quotes from Word around a value', async () => {
    const dir = await scaffoldCopy();
    const text = edit(path.join(dir, NORMS), 'title: 窗口服务规范', 'title: “窗口服务规范: 2026 版”');
    const [e] = await expectErrors(dir, [{ file: NORMS, ...positionOf(text, '“'), code: 'yaml-curly-quotes' }]);
    expect(e!.message).toContain('straight quotes');
  });

  input('a value starting with @', async () => {
    const dir = await scaffoldCopy();
    const text = edit(path.join(dir, 'roles.yaml'), 'name: 班组长', 'name: @班组长');
    await expectErrors(dir, [{ file: 'roles.yaml', ...positionOf(text, '@'), code: 'yaml-bad-scalar_start' }]);
  });

  input('a zero-width space in an id, shown as <U+200B>, and its citations not reported again', async () => {
    const dir = await scaffoldCopy();
    const text = edit(path.join(dir, NORMS), 'id: conduct-greeting', 'id: conduct-greeting\u200b');
    const [e] = await expectErrors(dir, [
      { file: NORMS, ...positionOf(text, 'conduct-greeting'), code: 'invalid-format' },
    ]);
    expect(e!.message).toContain('"conduct-greeting<U+200B>"');
    expect(e!.message).toContain('零宽');
  });

  input('a zero-width space in a citation', async () => {
    const dir = await scaffoldCopy();
    const text = edit(
      path.join(dir, 'quiz/basics.yaml'),
      'cites: [conduct-greeting]',
      'cites: [conduct-\u200bgreeting]',
    );
    const [e] = await expectErrors(dir, [
      { file: 'quiz/basics.yaml', ...positionOf(text, 'conduct-\u200b'), code: 'invalid-format' },
    ]);
    expect(e!.message).toContain('<U+200B>');
  });

  input('curly quotes around an id', async () => {
    const dir = await scaffoldCopy();
    const text = edit(path.join(dir, NORMS), 'id: conduct-no-refusal', 'id: “conduct-no-refusal”');
    const [e] = await expectErrors(dir, [{ file: NORMS, ...positionOf(text, '“conduct'), code: 'invalid-format' }]);
    expect(e!.message).toContain('<U+201C>');
  });

  input('an unclosed quote is reported where it opens, once', async () => {
    const dir = await scaffoldCopy();
    const text = edit(path.join(dir, NORMS), 'version: "1.0"', 'version: "1.0');
    await expectErrors(dir, [{ file: NORMS, ...positionOf(text, '"1.0'), code: 'yaml-unclosed-quote' }]);
  });

  input('two slips in one file: two errors', async () => {
    const dir = await scaffoldCopy();
    edit(path.join(dir, NORMS), '        strength: shall\n        roles', '        strength：shall\n        roles');
    const text = edit(path.join(dir, NORMS), '        strength: shall-not', '\tstrength: shall-not');
    await expectErrors(dir, [
      { file: NORMS, ...positionOf(text, '：shall'), code: 'yaml-fullwidth-colon' },
      { file: NORMS, line: 19, column: 1, code: 'yaml-tab_as_indent' },
    ]);
  });

  input('a slip in a norm file the quizzes cite (the example): one error, none in other files', async () => {
    const dir = exampleAt(path.join(root, `c${++n}`));
    const file = 'norms/general.yaml';
    const text = edit(path.join(dir, file), /\n(\s+)strength: shall\n/, '\n$1strength：shall\n');
    await expectErrors(dir, [{ file, ...positionOf(text, '：shall'), code: 'yaml-fullwidth-colon' }]);
  });

  input('a syntax error that is no known slip (the example): one error with a count, none elsewhere', async () => {
    const dir = exampleAt(path.join(root, `c${++n}`));
    const file = 'norms/general.yaml';
    const text = edit(path.join(dir, file), /\n(\s+)tags: \[廉洁, 职业道德\]\n/, '\n$1tags: [廉洁, 职业道德\n');
    // Reported at the bracket left open, not where yaml gave up.
    const errors = await expectErrors(dir, [
      { file, ...positionOf(text, '[廉洁, 职业道德\n'), code: 'yaml-unclosed-bracket' },
    ]);
    expect(errors[0]!.message).not.toMatch(/[A-Z][a-z]+ [a-z]+ [a-z]+ \(/);
  });

  input('two YAML documents in one file: no library advice', async () => {
    const dir = await scaffoldCopy();
    appendFileSync(path.join(dir, 'roles.yaml'), '---\nroles: []\n');
    const [e] = await expectErrors(dir, [{ file: 'roles.yaml', line: 7, column: 1, code: 'yaml-multiple_docs' }]);
    expect(e!.message).not.toContain('parseAllDocuments');
  });

  input('a misspelt {{param}} gets "did you mean"', async () => {
    const dir = await scaffoldCopy();
    const text = edit(path.join(dir, 'commitments/public.yaml'), '在{{reply-days}}个', '在{{reply-day}}个');
    // At the text that holds it.
    const [e] = await expectErrors(dir, [
      { file: 'commitments/public.yaml', ...positionOf(text, '客户书面意见'), code: 'unknown-param' },
    ]);
    expect(e!.message).toContain('did you mean {{reply-days}}?');
  });

  input('a misspelt {{hotline.service}} gets "did you mean"', async () => {
    const dir = await scaffoldCopy();
    edit(path.join(dir, NORMS), '不得以任何理由推诿客户。', '不得以任何理由推诿客户，可拨打 {{hotline.servce}}。');
    const [e] = await expectErrors(dir, [{ file: NORMS, line: 18, column: 15, code: 'unknown-param' }]);
    expect(e!.message).toContain('{{hotline.service}}');
  });

  input("a misspelt param as a commitment's target", async () => {
    const dir = await scaffoldCopy();
    const text = edit(path.join(dir, 'commitments/public.yaml'), 'value: "{{reply-days}}"', 'value: "{{reply-dais}}"');
    const [e] = await expectErrors(dir, [
      { file: 'commitments/public.yaml', ...positionOf(text, '"{{reply-dais}}"'), code: 'unknown-param' },
    ]);
    expect(e!.message).toContain('did you mean {{reply-days}}?');
  });

  input('errors per file are capped in the terminal with "N more in this file"', async () => {
    const dir = await scaffoldCopy();
    let extra = '';
    for (let i = 0; i < 15; i++)
      extra += `      - id: extra-${i}\n        text: 受理员应做到第 ${i} 项。\n        roles: [nobody-${i}]\n`;
    appendFileSync(path.join(dir, NORMS), extra);
    const r = await inProcess(['check', '--content', dir]);
    const listed = r.err.split('\n').filter((l) => l.startsWith(`${NORMS}:`));
    expect(listed).toHaveLength(10);
    expect(r.err).toContain('5 more error(s) in this file');
    expect(r.err).toContain('15 error(s)');
    expect(r.code).toBe(1);
  });
});

describe('unsafe URLs are refused in every URL field', () => {
  const refUrl = async (url: string) => {
    const dir = await scaffoldCopy();
    const text = edit(
      path.join(dir, NORMS),
      'scope:',
      `references:\n  - { title: 《服务条例》, url: ${JSON.stringify(url)} }\nscope:`,
    );
    const [e] = await expectErrors(dir, [
      { file: NORMS, ...positionOf(text, JSON.stringify(url)), code: 'unsafe-url' },
    ]);
    return e!;
  };
  for (const url of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
  ]) {
    input(`a reference url ${url}`, async () => {
      expect((await refUrl(url)).message).toContain('javascript:');
    });
  }
  input('a reference url disguised with a tab (java\\tscript:)', async () => {
    expect((await refUrl('java\tscript:alert(1)')).message).toContain('控制字符');
  });
  input('a reference url disguised with an entity (javascript&colon;)', async () => {
    expect((await refUrl('javascript&colon;alert(1)')).message).toContain('HTML');
  });
  const base = async (url: string) => {
    const dir = await scaffoldCopy();
    const text = edit(
      path.join(dir, 'organisation.yaml'),
      'baseUrl: https://example.org/standards',
      `baseUrl: ${JSON.stringify(url)}`,
    );
    await expectErrors(dir, [
      { file: 'organisation.yaml', ...positionOf(text, JSON.stringify(url)), code: 'unsafe-url' },
    ]);
  };
  input('baseUrl javascript:alert(1)// (it would end up in the QR code)', () => base('javascript:alert(1)//'));
  input('baseUrl relative', () => base('/standards'));
  input('baseUrl with a fragment', () => base('https://example.org/#x'));
  input('https and relative reference URLs pass', async () => {
    const dir = await scaffoldCopy();
    edit(
      path.join(dir, NORMS),
      'scope:',
      'references:\n  - { title: 《甲》, url: "https://example.org/law" }\n  - { title: 《乙》, url: /downloads/ }\nscope:',
    );
    await expectErrors(dir, []);
  });
});

describe('dates that do not exist and numbers out of range', () => {
  const date = async (value: string) => {
    const dir = await scaffoldCopy();
    const text = edit(path.join(dir, NORMS), 'effective: 2026-01-01', `effective: ${value}`);
    const [e] = await expectErrors(dir, [{ file: NORMS, ...positionOf(text, value), code: 'invalid-date' }]);
    return e!;
  };
  input('2027-02-30', async () => {
    expect((await date('2027-02-30')).message).toContain('does not exist');
  });
  input('2026-13-01', async () => {
    expect((await date('2026-13-01')).message).toContain('does not exist');
  });
  input('0026-01-01 (a typo in the year)', async () => {
    expect((await date('0026-01-01')).message).toContain('out of range');
  });
  input('a param of 1e21 (would print as 1e+21个工作日)', async () => {
    const dir = await scaffoldCopy();
    const text = edit(path.join(dir, 'organisation.yaml'), 'reply-days: 3', 'reply-days: 1e21');
    const [e] = await expectErrors(dir, [
      { file: 'organisation.yaml', ...positionOf(text, '1e21'), code: 'out-of-range' },
    ]);
    expect(e!.message).toContain('1e+21');
  });
  input('a target value of 1e21', async () => {
    const dir = await scaffoldCopy();
    const text = edit(path.join(dir, 'commitments/public.yaml'), 'value: "{{reply-days}}"', 'value: 1e21');
    await expectErrors(dir, [{ file: 'commitments/public.yaml', ...positionOf(text, '1e21'), code: 'out-of-range' }]);
  });
  input('a fine of 1e-7 (would print as 1e-7)', async () => {
    const dir = await scaffoldCopy();
    const text = edit(path.join(dir, 'assessment/rules.yaml'), 'fine: 200', 'fine: 1e-7');
    await expectErrors(dir, [{ file: 'assessment/rules.yaml', ...positionOf(text, '1e-7'), code: 'out-of-range' }]);
  });
  input('a param written as the text "1e21" used as a target', async () => {
    const dir = await scaffoldCopy();
    edit(path.join(dir, 'organisation.yaml'), 'reply-days: 3', 'reply-days: "1e21"');
    const text = readFileSync(path.join(dir, 'commitments/public.yaml'), 'utf8');
    const [e] = await expectErrors(dir, [
      { file: 'commitments/public.yaml', ...positionOf(text, '"{{reply-days}}"'), code: 'not-a-number' },
    ]);
    expect(e!.message).toContain('not a number that prints as written');
  });
});

describe('unreadable and odd files: a diagnostic naming the file, never a hang or a raw system error', () => {
  input('a folder named x.yaml', async () => {
    const dir = await scaffoldCopy();
    mkdirSync(path.join(dir, 'norms/extra.yaml'));
    const [e] = await expectErrors(dir, [{ file: 'norms/extra.yaml', line: 1, column: 1, code: 'not-a-file' }]);
    expect(e!.message).toContain('is a folder');
  });
  input('a symbolic link loop', async () => {
    const dir = await scaffoldCopy();
    symlinkSync('loop.yaml', path.join(dir, 'norms/loop.yaml'));
    const [e] = await expectErrors(dir, [{ file: 'norms/loop.yaml', line: 1, column: 1, code: 'file-unreadable' }]);
    expect(e!.message).toContain('ELOOP');
    expect(e!.message).toContain('符号链接');
  });
  input('a link to a file that is not there', async () => {
    const dir = await scaffoldCopy();
    symlinkSync('gone.yaml', path.join(dir, 'units/branch.yaml'));
    const [e] = await expectErrors(dir, [{ file: 'units/branch.yaml', line: 1, column: 1, code: 'file-unreadable' }]);
    expect(e!.message).toContain('ENOENT');
  });
  input('a named pipe called x.yaml (would block a read for ever)', async () => {
    const dir = await scaffoldCopy();
    execFileSync('mkfifo', [path.join(dir, 'etiquette/pipe.yaml')]);
    const t0 = performance.now();
    await expectErrors(dir, [{ file: 'etiquette/pipe.yaml', line: 1, column: 1, code: 'not-a-file' }]);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });
  input('a kind folder that is a file', async () => {
    const dir = await scaffoldCopy();
    writeFileSync(path.join(dir, 'pages-old'), '');
    rmSync(path.join(dir, 'assessment'), { recursive: true });
    writeFileSync(path.join(dir, 'assessment'), 'id: x\n');
    await expectErrors(dir, [{ file: 'assessment', line: 1, column: 1, code: 'not-a-folder' }]);
  });
  input('a binary file named x.yaml', async () => {
    const dir = await scaffoldCopy();
    writeFileSync(
      path.join(dir, 'quiz/scan.yaml'),
      Buffer.from([0x25, 0x50, 0x44, 0x46, 0x0a, 0xff, 0xfe, 0x00, 0x01]),
    );
    await expectErrors(dir, [{ file: 'quiz/scan.yaml', line: 2, column: 1, code: 'invalid-utf8' }]);
  });
  input('an empty file', async () => {
    const dir = await scaffoldCopy();
    writeFileSync(path.join(dir, 'processes/new.yaml'), '');
    await expectErrors(dir, [{ file: 'processes/new.yaml', line: 1, column: 1, code: 'not-a-mapping' }]);
  });
  input('the content folder is a file', async () => {
    const file = path.join(root, `c${++n}.yaml`);
    writeFileSync(file, 'id: x\n');
    const r = await inProcess(['check', '--content', file]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('is a file, not a folder');
    expectNoStackTrace(r.err);
  });
  it.skipIf(!IS_ROOT)(
    'a file the user may not read (EACCES), as another user',
    () =>
      tally.run('a file the user may not read (EACCES)', 'input', async () => {
        const dir = await scaffoldCopy();
        chmodSync(path.join(dir, 'units/main-hall.yaml'), 0o000);
        const r = await runGuifan(['check', '--content', dir], { uid: NOBODY, timeoutMs: 120_000 });
        expect(r.hung).toBe(false);
        expect(r.code).toBe(1);
        expect(r.err).toContain('units/main-hall.yaml:1:1');
        expect(r.err).toContain('没有权限访问');
        expect(r.err).toContain('permission denied for: units/main-hall.yaml (EACCES)');
        expectNoStackTrace(r.err);
      }),
    120_000,
  );
  if (!IS_ROOT) console.log('skipped "EACCES as another user": it needs root to run as another user');
});

describe('what the build would fail on is found by check', () => {
  input('an emoji the print font lacks, at the character', async () => {
    const dir = await scaffoldCopy();
    const text = edit(path.join(dir, NORMS), '不得以任何理由推诿客户。', '不得以任何理由推诿客户😀。');
    const [e] = await expectErrors(dir, [{ file: NORMS, ...positionOf(text, '😀'), code: 'missing-glyph' }]);
    expect(e!.message).toContain('U+1F600');
  });
  input('a private-use character in a commitment title', async () => {
    const dir = await scaffoldCopy();
    const text = edit(path.join(dir, 'commitments/public.yaml'), 'title: 答复时限', 'title: 答复\ue000时限');
    await expectErrors(dir, [
      { file: 'commitments/public.yaml', ...positionOf(text, '\ue000'), code: 'missing-glyph' },
    ]);
  });
  input('an emoji in an id is one error (the id), not two', async () => {
    const dir = await scaffoldCopy();
    const text = edit(path.join(dir, 'units/main-hall.yaml'), 'id: main-hall', 'id: main-hall😀');
    await expectErrors(dir, [
      { file: 'units/main-hall.yaml', ...positionOf(text, 'main-hall😀'), code: 'invalid-format' },
    ]);
  });
  input(
    'forty long commitments pass: the poster keeps titles and targets and leaves the texts to its QR page, as the build does',
    async () => {
      const dir = await scaffoldCopy();
      let items = 'commitments:\n';
      for (let i = 1; i <= 40; i++)
        items += `  - id: promise-${i}\n    text: 第${i}项：营业厅受理客户申请后在规定时限内办结，办理进度通过短信和电话及时告知客户，资料由厅内各岗位传递，不让客户多跑一趟。\n`;
      appendFileSync(path.join(dir, 'units/main-hall.yaml'), items);
      // The templates' overflow rule (qr-page) prints such a poster: check must not refuse it.
      expect((await checkJson(dir)).errors).toEqual([]);
    },
  );
  input('a poster that cannot fit even its title and numbers names the unit file and what to shorten', async () => {
    const dir = await scaffoldCopy();
    let other = 'hotlines:\n  other:\n';
    for (let i = 1; i <= 120; i++)
      other += `    - { label: 第${i}服务网点咨询电话, number: "0000-${String(1000000 + i)}" }\n`;
    appendFileSync(path.join(dir, 'units/main-hall.yaml'), other);
    const errors = (await checkJson(dir)).errors;
    const posters = errors.filter((e) => e.code === 'poster-overflow');
    expect(posters.map(pick)).toEqual([
      { file: 'units/main-hall.yaml', line: 2, column: 1, code: 'poster-overflow' },
      { file: 'units/main-hall.yaml', line: 2, column: 1, code: 'poster-overflow' },
    ]);
    expect(errors.filter((e) => e.code !== 'poster-overflow' && e.code !== 'card-overflow')).toEqual([]);
    expect(posters[0]!.message).toContain('(unit units/main-hall.yaml): shorten the unit name or hotlines');
    expect(posters[0]!.message).toContain('请缩短单位名称或服务电话');
  });
  const page = async (body: string) => {
    const dir = await scaffoldCopy();
    writeFileSync(path.join(dir, 'pages/x.mdx'), `---\ntitle: 测试页\n---\n\n# 标题\n\n${body}\n`);
    return dir;
  };
  input('an MDX page with a syntax error', async () => {
    // Where MDX finds the expression left open.
    await expectErrors(await page('文字 {\n'), [{ file: 'pages/x.mdx', line: 7, column: 5, code: 'mdx-syntax' }]);
  });
  input('an MDX page importing a module that is not there', async () => {
    await expectErrors(await page('import Chart from "./chart.js"\n\n<Chart />'), [
      { file: 'pages/x.mdx', line: 7, column: 1, code: 'mdx-import' },
    ]);
  });
  input('an MDX page using a component it never defines', async () => {
    await expectErrors(await page('正文\n\n<Notice level="high" />'), [
      { file: 'pages/x.mdx', line: 9, column: 1, code: 'mdx-missing-component' },
    ]);
  });
  input('an MDX page whose expression throws', async () => {
    await expectErrors(await page('正文\n\n{(() => { throw new Error("页面出错") })()}'), [
      { file: 'pages/x.mdx', line: 9, column: 1, code: 'mdx-throws' },
    ]);
  });
  input('an MDX page whose code never ends (the build would hang): stopped and named', async () => {
    const [e] = await expectErrors(await page('正文\n\n{(() => { for (;;) {} })()}'), [
      { file: 'pages/x.mdx', line: 9, column: 1, code: 'mdx-throws' },
    ]);
    expect(e!.message).toContain('endless loop');
  });
  input('an MDX page reading its front matter passes', async () => {
    await expectErrors(await page('本页标题：{frontmatter.title}，今年 {new Date(0).getUTCFullYear()} 年。'), []);
  });
  input('no stages: a schema error, a glyph and a broken page are all reported in one run', async () => {
    const dir = await page('{(() => { throw new Error("x") })()}');
    edit(path.join(dir, 'roles.yaml'), 'name: 班组长', 'nmae: 班组长');
    const text = edit(path.join(dir, NORMS), '首位接待客户', '首位接待客户\ue000');
    const r = await checkJson(dir);
    expect(r.errors.map((e) => e.code).sort()).toEqual(['mdx-throws', 'missing-glyph', 'unknown-field']);
    expect(r.errors.find((e) => e.code === 'missing-glyph')).toMatchObject({
      file: NORMS,
      ...positionOf(text, '\ue000'),
    });
  });
});
