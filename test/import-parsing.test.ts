/**
 * The importer's parts: numbering markers, splitting glued clauses, rejoining broken
 * lines, targets, phrases, dates, file encodings and Word's automatic numbering.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDates, issuerInTitle } from '../src/import/front.ts';
import { documentIdFromFile } from '../src/import/ids.ts';
import { runImport, type ImportedClause } from '../src/import/index.ts';
import { detectMarker, findGluedDecimals } from '../src/import/numbering.ts';
import { findPhrases, findRuleSet, slotify } from '../src/import/phrases.ts';
import { readSource, type SourceLine } from '../src/import/read.ts';
import { findTargets } from '../src/import/targets.ts';
import { normaliseLine } from '../src/import/text.ts';

/** The first (usually only) document of an import. */
async function importOne(options: Parameters<typeof runImport>[0]) {
  const outcome = await runImport(options);
  const first = outcome.documents[0];
  if (!first) throw new Error('no document imported');
  return { ...first, warnings: [...outcome.warnings, ...first.warnings] };
}
import { buildTree } from '../src/import/tree.ts';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'guifan-import-parts-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const lines = (text: string): SourceLine[] =>
  text.split('\n').map((t, i) => ({ text: t, line: i + 1, breakBefore: false }));
const numbers = (list: readonly ImportedClause[]): unknown[] =>
  list.map((c) => (c.children.length > 0 ? [c.number, numbers(c.children)] : c.number));

describe('numbering markers', () => {
  it.each([
    ['第十二章 附则', 'chapter', 12, '附则'],
    ['第三条本规范自发布之日起施行。', 'article', 3, '本规范自发布之日起施行。'],
    ['二十一、其他', 'han', 21, '其他'],
    ['（三）着装', 'han-paren', 3, '着装'],
    ['(四)举止', 'han-paren', 4, '举止'],
    ['3. 微笑服务', 'arabic', 3, '微笑服务'],
    ['3、微笑服务', 'arabic', 3, '微笑服务'],
    ['3．微笑服务', 'arabic', 3, '微笑服务'],
    ['（12）其他情形', 'arabic-paren', 12, '其他情形'],
    ['2）不得离岗', 'arabic-half-paren', 2, '不得离岗'],
    ['③水表更换', 'circled', 3, '水表更换'],
    ['b) 热线', 'latin', 2, '热线'],
    ['4.1.13服务人员应做到', 'decimal', 13, '服务人员应做到'],
    ['5 检查与考核', 'decimal', 5, '检查与考核'],
    ['4.2.1. 受理报装', 'decimal', 1, '受理报装'],
    ['4.2、营业场所', 'decimal', 2, '营业场所'],
    ['一.总则', 'han', 1, '总则'],
  ])('%s', (line, scheme, ordinal, rest) => {
    expect(detectMarker(normaliseLine(line))).toMatchObject({ scheme, ordinal, rest });
  });

  it('reads full-width digits and punctuation', () => {
    expect(detectMarker(normaliseLine('４．１．７　客户来办理业务时'))).toMatchObject({
      scheme: 'decimal',
      parts: [4, 1, 7],
      rest: '客户来办理业务时',
    });
    expect(detectMarker(normaliseLine('（５）其他'))).toMatchObject({ scheme: 'arabic-paren', ordinal: 5 });
  });

  it('writes straight double quotes paired in a Chinese line as “ ” (GB/T 15834), and leaves others alone', () => {
    expect(normaliseLine('树立"清泉澄川、服务万家"的窗口形象，执行"首问负责制"。')).toBe(
      '树立“清泉澄川、服务万家”的窗口形象，执行“首问负责制”。',
    );
    // A quote the layout broke over two lines, and a line without Chinese, are left as they are.
    expect(normaliseLine('树立"清泉澄川、')).toBe('树立"清泉澄川、');
    expect(normaliseLine('say "hello" twice')).toBe('say "hello" twice');
  });

  it('does not take quantities, dates or phone numbers for clause numbers', () => {
    expect(detectMarker('1. 台面应整洁。')).toMatchObject({ scheme: 'arabic', rest: '台面应整洁。' });
    for (const line of [
      '0.28兆帕以上',
      '1，2台设备',
      '24小时不间断服务',
      '2026年起执行',
      '3.5%的用户',
      '95598热线',
      '2 个工作日',
      '1.5米线外等候',
    ]) {
      expect(detectMarker(normaliseLine(line)), line).toBeUndefined();
    }
  });

  it('finds a second clause glued into a line only where the number continues the sequence', () => {
    expect(findGluedDecimals('应主动问好。4.1.8 遇到老人', [4, 1, 7]).map((g) => g.parts)).toEqual([[4, 1, 8]]);
    expect(findGluedDecimals('管理职能。4 管理要求 4.1 服务规范', [3, 3, 2]).map((g) => g.parts)).toEqual([
      [4],
      [4, 1],
    ]);
    expect(findGluedDecimals('压力不低于 0.28 兆帕，合格率 97%。', [4, 1, 7])).toEqual([]);
    expect(findGluedDecimals('见本规范 5.2 的要求。', [4, 1, 7])).toEqual([]);
  });
});

describe('the clause tree', () => {
  it('splits glued clauses, places clauses whose parent is missing, and warns with lines', () => {
    const { tree, warnings } = buildTree(
      'x.txt',
      'doc',
      lines(
        [
          '3 职责',
          '3.1 营销部归口管理。3.2 各所负责执行。',
          '4 管理内容 4.1 服务规范',
          '4.1.1 服务人员应主动问好。',
          '4.2.1 营业厅无周休日。',
        ].join('\n'),
      ),
      false,
    );
    expect(numbers(tree.clauses)).toEqual([
      ['3', ['3.1', '3.2']],
      ['4', [['4.1', ['4.1.1']], '4.2.1']],
    ]);
    expect(warnings.map((w) => [w.line, w.message.split(' / ')[1]])).toEqual([
      [2, '2 clauses on one line were split (3.2)'],
      [3, '2 clauses on one line were split (4.1)'],
      [5, 'parent 4.2 of 4.2.1 is missing; placed under 4'],
    ]);
    expect(tree.clauses[1]?.children[1]?.todo).toEqual(['上级条款 4.2 缺失 / parent clause missing']);
  });

  it('rejoins lines broken by the layout but keeps a short heading apart from its paragraph', () => {
    const { tree } = buildTree(
      'x.txt',
      'doc',
      lines(
        [
          '一、指导思想',
          '以客户满意为目标，把窗口服务做细做实。',
          '二、具体要求',
          '1. 窗口人员应在营业时间前十分钟到岗，做好',
          '准备工作。',
          '2. 不得在柜台内吃东西。',
        ].join('\n'),
      ),
      false,
    );
    expect(tree.clauses.map((c) => [c.title, c.text])).toEqual([
      ['指导思想', '以客户满意为目标，把窗口服务做细做实。'],
      ['具体要求', undefined],
    ]);
    expect(tree.clauses[1]?.children.map((c) => c.text)).toEqual([
      '窗口人员应在营业时间前十分钟到岗，做好准备工作。',
      '不得在柜台内吃东西。',
    ]);
  });

  it('nests schemes by their order of first appearance in the document', () => {
    const { tree } = buildTree(
      'x.txt',
      'doc',
      lines(
        [
          '一、甲',
          '（一）甲一',
          '1. 甲一子',
          '二、乙',
          '1. 乙子',
          '（一）乙一',
          '2. 乙一子',
          '三、丙',
          '（1）丙子',
          '1. 丙子子',
        ].join('\n'),
      ),
      false,
    );
    expect(numbers(tree.clauses)).toEqual([
      ['1', [['1.1', ['1.1.1']]]],
      ['2', ['2.1', ['2.2', ['2.2.2']]]],
      ['3', [['3.1', ['3.1.1']]]],
    ]);
  });

  it('renumbers a restarted sequence so every displayed number is unique, and says so', () => {
    const { tree, warnings } = buildTree('x.txt', 'doc', lines(['一、甲', '二、乙', '一、丙'].join('\n')), false);
    expect(tree.clauses.map((c) => [c.number, c.id, c.numberWritten])).toEqual([
      ['1', 'doc-1', false],
      ['2', 'doc-2', false],
      ['3', 'doc-3', false],
    ]);
    expect(warnings.map((w) => w.line)).toEqual([3, 3]);
  });

  it('nests unnumbered Markdown headings by level', async () => {
    const file = path.join(tmp, 'headings.md');
    await writeFile(
      file,
      '# 营业厅规范\n\n## 环境\n\n1. 台面应整洁。\n\n## 用语\n\n1. 应讲普通话。\n\n### 迎候\n\n1. 应先问好。\n',
    );
    const source = await readSource(file);
    const { tree, warnings } = buildTree(file, 'doc', source.lines, true);
    expect(warnings).toEqual([]);
    expect(tree.front.title?.text).toBe('营业厅规范');
    expect(
      tree.clauses.map((c) => [
        c.number,
        c.title,
        c.children.map((k) => [k.number, k.title ?? k.text, k.children.map((g) => g.text)]),
      ]),
    ).toEqual([
      ['1', '环境', [['1.1', '台面应整洁。', []]]],
      [
        '2',
        '用语',
        [
          ['2.1', '应讲普通话。', []],
          ['2.2', '迎候', ['应先问好。']],
        ],
      ],
    ]);
  });
});

describe('front matter and signature', () => {
  it('reads a GB/T cover line with both dates, a document code and a version', () => {
    const { tree } = buildTree(
      'x.txt',
      'doc',
      lines(
        [
          '营业厅服务规范',
          'Q/YL 102-2026',
          '版本：2.1',
          '2026-01-15 发布　2026-03-01 实施',
          '1 范围',
          '本规范适用于城区营业厅。',
        ].join('\n'),
      ),
      false,
    );
    expect(tree.front).toMatchObject({
      title: { text: '营业厅服务规范', line: 1 },
      code: { text: 'Q/YL 102-2026', line: 2 },
      version: { text: '2.1', line: 3 },
      issued: { text: '2026-01-15', line: 4 },
      effective: { text: '2026-03-01', line: 4 },
    });
    expect(tree.clauses.map((c) => [c.number, c.title, c.text])).toEqual([['1', '范围', '本规范适用于城区营业厅。']]);
  });

  it('takes issuer and date from the signature at the end, not into the last clause', async () => {
    const file = path.join(tmp, 'signed.txt');
    await writeFile(
      file,
      [
        '热线服务守则',
        '一、接听',
        '1. 应在铃响三声内接听。',
        '2. 应先报工号。',
        '云澜市供水有限公司客户服务中心',
        '二〇二六年二月十日',
      ].join('\n'),
    );
    const result = await importOne({ file, dryRun: true, contentDir: tmp, today: '2026-01-01' });
    expect(result.data).toMatchObject({ issuer: '云澜市供水有限公司客户服务中心', effective: '2026-02-10' });
    expect(result.tree.clauses[0]?.children[1]?.text).toBe('应先报工号。');
    expect(result.warnings.map((w) => w.message.split(' / ')[1])).toContain('no effective date; using the issue date');
  });

  it('takes the effective date a closing article states, and the issuer a title opens with, each with "check it"', async () => {
    const file = path.join(tmp, 'articles.txt');
    await writeFile(
      file,
      [
        '城南人民医院门诊导诊服务规范',
        '第一条 导诊护士应主动迎候患者。',
        '第二条 本规范由门诊部负责解释，自2027年1月1日起施行。',
      ].join('\n'),
    );
    const result = await importOne({ file, dryRun: true, contentDir: tmp, today: '2026-01-01' });
    expect(result.data).toMatchObject({ issuer: '城南人民医院', effective: '2027-01-01' });
    const english = result.warnings.map((w) => w.message.split(' / ')[1]);
    expect(english).toContain('effective date taken from the clause on line 3; check it');
    expect(english).toContain('issuer taken from the title ("城南人民医院"); check it');
  });

  it('leaves a 可 only in an exception to an unmarked duty unset, with a TODO and a warning; a leading 可 is may', async () => {
    const file = path.join(tmp, 'dialect.txt');
    await writeFile(
      file,
      [
        '营业厅服务用语规范',
        '1. 使用普通话，遇到只会说方言的老年用户，可用方言耐心沟通。',
        '2. 窗口人员可用方言与老年客户交流。',
        '3. 自助终端可用于缴纳水费。',
        '',
      ].join('\n'),
    );
    const result = await importOne({ file, dryRun: true, contentDir: tmp, today: '2026-01-01' });
    const [exception, permission, capability] = result.tree.clauses;
    expect(exception?.strength).toBeUndefined();
    expect(exception?.todo.join('')).toMatch(/强度未定.*“使用普通话”/u);
    expect(
      result.warnings.some((w) => /strength of clause .* left unset: 可 \(may\) only in an exception/u.test(w.message)),
    ).toBe(true);
    expect(permission?.strength).toBe('may');
    expect(capability?.strength).toBeUndefined();
    expect(capability?.todo ?? []).toEqual([]);
  });

  it('marks a rule written 第一章 … 第一条 as numbered by articles, its articles numbered by place (not 2.3)', async () => {
    const file = path.join(tmp, 'chapters.txt');
    await writeFile(
      file,
      [
        '城东公交车队乘务服务办法',
        '第一章 总则',
        '第一条 为规范乘务服务，制定本办法。',
        '第二章 车厢服务',
        '第二条 驾驶员进站应报站名。',
        '第三条 遇老年乘客上车，应待其坐稳后起步。',
      ].join('\n'),
    );
    const result = await importOne({ file, dryRun: true, contentDir: tmp, today: '2026-01-01' });
    expect(result.data.numbering).toBe('articles');
    expect(result.yamlText).not.toMatch(/^\s*number:/mu);
    expect(result.yamlText).toContain('numbering: articles');
  });

  it('finds an issuer only where the title opens with an organisation, the longest one', () => {
    expect(issuerInTitle('云澜市供水集团有限公司客户服务规范')).toBe('云澜市供水集团有限公司');
    expect(issuerInTitle('中国工商银行云澜分行营业网点服务规范')).toBe('中国工商银行云澜分行');
    expect(issuerInTitle('出租汽车驾驶员文明服务规范')).toBeUndefined();
    expect(issuerInTitle('供电营业厅服务规范')).toBeUndefined();
  });
});

describe('Markdown nested lists', () => {
  it('nests an indented list under its item even when it reuses the same numbering', async () => {
    const file = path.join(tmp, 'nested.md');
    await writeFile(
      file,
      '# 着装规范\n\n1. 上岗着装\n   1. 应穿统一工装。\n   2. 不得佩戴夸张饰品。\n2. 应佩戴工号牌。\n',
    );
    const result = await importOne({ file, dryRun: true, contentDir: tmp, today: '2026-01-01' });
    expect(numbers(result.tree.clauses)).toEqual([['1', ['1.1', '1.2']], '2']);
    expect(result.tree.clauses.map((c) => c.title ?? c.text)).toEqual(['上岗着装', '应佩戴工号牌。']);
  });

  it('refuses files with nothing to import, naming them', async () => {
    const empty = path.join(tmp, 'empty.txt');
    await writeFile(empty, '\n\n');
    await expect(importOne({ file: empty, dryRun: true, contentDir: tmp })).rejects.toThrow(`${empty} 中没有文字`);
    const titleOnly = path.join(tmp, 'title-only.txt');
    await writeFile(titleOnly, '窗口服务规范\n');
    await expect(importOne({ file: titleOnly, dryRun: true, contentDir: tmp })).rejects.toThrow(
      `${titleOnly} 中只有标题`,
    );
  });
});

describe('reading files', () => {
  it('reads GB18030 text, as saved by Chinese Windows', async () => {
    const file = path.join(tmp, 'gbk.txt');
    // "一、总则\n1．应微笑。" in GB18030.
    await writeFile(file, Buffer.from('d2bba1a2d7dcd4f20a31a3aed3a6cea2d0a6a1a3', 'hex'));
    const source = await readSource(file);
    expect(source.lines.map((l) => l.text)).toEqual(['一、总则', '1．应微笑。']);
    expect(source.notes[0]?.message).toContain('GB18030');
  });

  it('reads UTF-16 text with a byte order mark and drops page-number lines', async () => {
    const file = path.join(tmp, 'utf16.txt');
    await writeFile(
      file,
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('一、总则\r\n1. 应微笑。\r\n- 2 -\r\n第 3 页 共 9 页\r\n2. 应问好。\r\n', 'utf16le'),
      ]),
    );
    const result = await importOne({ file, dryRun: true, contentDir: tmp, today: '2026-01-01' });
    expect(numbers(result.tree.clauses)).toEqual([['1', ['1.1', '1.2']]]);
    expect(result.warnings.map((w) => [w.line, w.message.split(' / ')[1]])).toContainEqual([
      3,
      'dropped 2 page-number line(s) (lines 3, 4)',
    ]);
  });

  it("reads Word's automatic numbering from the .docx as Word shows it", async () => {
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: 'cn',
            levels: [
              { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.START },
              { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.START },
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ text: '柜台规范' }),
            new Paragraph({ text: '仪表', numbering: { reference: 'cn', level: 0 } }),
            new Paragraph({ text: '应穿工装。', numbering: { reference: 'cn', level: 1 } }),
            new Paragraph({ text: '应佩戴工号牌。', numbering: { reference: 'cn', level: 1 } }),
            new Paragraph({ text: '用语', numbering: { reference: 'cn', level: 0 } }),
            new Paragraph({ text: '应讲普通话。', numbering: { reference: 'cn', level: 1 } }),
          ],
        },
      ],
    });
    const file = path.join(tmp, 'auto.docx');
    await writeFile(file, await Packer.toBuffer(doc));
    const result = await importOne({ file, dryRun: true, contentDir: tmp, today: '2026-01-01' });
    expect(numbers(result.tree.clauses)).toEqual([
      ['1', ['1.1', '1.2']],
      ['2', ['2.1']],
    ]);
    expect(result.tree.clauses.map((c) => c.title)).toEqual(['仪表', '用语']);
    // The markers are Word's own numbers, as the user sees them: nothing to doubt about the numbering.
    expect([...walkAll(result.tree.clauses)].map((c) => c.marker)).toEqual(['一、', '1.', '2.', '二、', '1.']);
    expect(result.warnings.filter((w) => /编号|number/iu.test(w.message))).toEqual([]);
  });

  it('makes ASCII document ids from any file name', () => {
    expect(documentIdFromFile('/x/供电营业厅服务规范.docx')).toBe('gong-dian-ying-ye-ting-fu-wu-gui-fan');
    expect(documentIdFromFile('Service Rules (2026).md')).toBe('service-rules-2026');
    expect(documentIdFromFile('关于进一步加强供电营业厅窗口规范化服务工作的实施细则.txt')).toMatch(
      /^[a-z0-9-]{10,40}$/u,
    );
    expect(documentIdFromFile('★★.txt')).toMatch(/^doc-[a-z0-9]{6}$/u);
  });
});

describe('targets, phrases and dates', () => {
  it.each([
    ['故障抢修人员24小时内到达现场', { value: 24, unit: '小时', comparator: 'le' }],
    ['管网压力不低于0.28兆帕', { value: 0.28, unit: 'MPa', comparator: 'ge' }],
    ['合格率97%以上', { value: 97, unit: '%', comparator: 'ge' }],
    ['应在2日内办结', { value: 2, unit: '日', comparator: 'le' }],
    ['3个工作日答复', { value: 3, unit: '个工作日', comparator: 'eq' }],
    ['两个工作日内上门', { value: 2, unit: '个工作日', comparator: 'le' }],
    ['排队等候不超过20分钟', { value: 20, unit: '分钟', comparator: 'le' }],
    ['数据录入准确率达100%', { value: 100, unit: '%', comparator: 'ge' }],
  ])('%s', (text, target) => {
    expect(findTargets(text)[0]).toMatchObject(target);
  });

  it('does not take dates or one-off words for targets', () => {
    expect(findTargets('自3月1日起执行，实行一次性告知')).toEqual([]);
    expect(findTargets('学习阶段（8月1日—15日）')).toEqual([]);
  });

  it('takes spoken quotes as phrases and quoted terms not', () => {
    expect(findPhrases('严格执行“首问负责制”，起身说“您好，请坐”、“请稍等”', false)).toEqual([
      { text: '您好，请坐', forbidden: false },
      { text: '请稍等', forbidden: false },
    ]);
    expect(findPhrases('不得说「不清楚」', false)).toEqual([{ text: '不清楚', forbidden: true }]);
    expect(slotify('这是您的XX资料，收到您××元')).toBe('这是您的{名称}资料，收到您{金额}元');
    expect(findRuleSet('五声服务：来有迎声、问有答声、走有送声')).toEqual({
      title: '五声服务',
      items: ['来有迎声', '问有答声', '走有送声'],
    });
  });

  it('reads dates in Arabic and Chinese numerals', () => {
    expect(findDates('2026年3月1日发布，二〇二六年四月一日实施').map((d) => d.date)).toEqual([
      '2026-03-01',
      '2026-04-01',
    ]);
    expect(findDates('20xx年8月1日')).toEqual([]);
  });
});

function* walkAll(list: readonly ImportedClause[]): Generator<ImportedClause> {
  for (const c of list) {
    yield c;
    yield* walkAll(c.children);
  }
}
