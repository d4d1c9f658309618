/**
 * The phases that build an imported document's clause tree, each on plain data: line roles
 * (layout.ts), nesting (nesting.ts), front matter (front-matter.ts), clause assembly
 * (assemble.ts), the last passes (tidy.ts) and the clause helpers (clause.ts). The whole
 * build is tested in import-parsing.test.ts and on the corpus (import-corpus.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { assembleClauses } from '../src/import/assemble.ts';
import { describe as describeClause, lastInOrder, newClause, siblingsOf, walkClauses } from '../src/import/clause.ts';
import { readFront, withOwnSignature } from '../src/import/front-matter.ts';
import { columnHeader, continues, continuesHeading, subheadingText, titleLike } from '../src/import/layout.ts';
import type { Line } from '../src/import/lines.ts';
import { ordinalSlip, parentIndex, schemeKey, subheadFits } from '../src/import/nesting.ts';
import { detectMarker } from '../src/import/numbering.ts';
import type { DocumentSlice } from '../src/import/split.ts';
import {
  dropRepeatedHeadings,
  flagLooseParagraphs,
  moveClosingParagraphs,
  wholeTextAsClause,
} from '../src/import/tidy.ts';
import type { FrontMatter, ImportedClause, ImportWarning } from '../src/import/types.ts';

/** Source lines numbered from 1. */
const lines = (...texts: string[]): Line[] => texts.map((text, i) => ({ text, line: i + 1, breakBefore: false }));
const line = (text: string, extra: Partial<Line> = {}): Line => ({ text, line: 1, breakBefore: false, ...extra });
/** A clause opened by the typed marker at the start of `text`. */
function clause(text: string, at = 1, extra: Partial<ImportedClause> = {}): ImportedClause {
  const m = detectMarker(text);
  if (!m) throw new Error(`no marker in ${text}`);
  return { ...newClause(m, at, undefined), ...extra };
}
const emptyFront = (): FrontMatter => ({ intro: [], notes: [] });
const heads = (list: readonly ImportedClause[]): unknown[] =>
  list.map((c) => (c.children.length > 0 ? [c.marker || c.head, heads(c.children)] : c.marker || c.head));

describe('line roles (layout.ts)', () => {
  it('reads short unpunctuated text as a heading, a sentence or a lead-in as none', () => {
    expect(titleLike('指导思想')).toBe(true);
    expect(titleLike('坚持以客户为中心，确保服务质量')).toBe(true);
    expect(titleLike('窗口人员应提前到岗。')).toBe(false);
    expect(titleLike('具体要求如下：')).toBe(false);
    expect(titleLike('一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一')).toBe(false);
    expect(titleLike('十三个字的标题文字在这里了', 12)).toBe(false);
  });

  it('takes a short line over numbered items for a sub-heading, but not a lead-in sentence or a duty', () => {
    expect(subheadingText('支行及网点：')).toBe('支行及网点');
    expect(subheadingText('各收费班组')).toBe('各收费班组');
    expect(subheadingText('具体要求如下')).toBeUndefined();
    expect(subheadingText('应做到以下几点')).toBeUndefined();
    expect(subheadingText('甲')).toBeUndefined();
    expect(subheadingText('营业厅、收费站')).toBeUndefined();
  });

  it('joins a line the layout broke, and keeps paragraphs, headings and label lines apart', () => {
    const long = line('窗口人员应在营业时间前十分钟到岗，做好');
    expect(continues(long, line('准备工作。'), false)).toBe(true);
    expect(continues(line('窗口人员应提前到岗。'), line('做好准备工作。'), false)).toBe(false);
    // A heading on its own line, however long, is not continued.
    expect(continues(line('一、指导思想'), line('以客户满意为目标。'), false)).toBe(false);
    // A colon over label lines.
    expect(continues(line('服务质量领导小组：'), line('组长：王某'), false)).toBe(false);
    // A word or number broken across lines.
    expect(continues(line('热线电话 95'), line('598'), false)).toBe(true);
    // Markdown: a blank line before is a new paragraph.
    expect(continues(long, line('准备工作。', { breakBefore: true }), true)).toBe(false);
    expect(continues(long, line('准备工作。', { heading: 2 }), false)).toBe(false);
  });

  it('reads the second line of a heading broken by the layout', () => {
    const open = { head: '加强窗口服务的', hasBody: false, hasChildren: false };
    expect(continuesHeading(open, line('具体措施'), undefined, undefined)).toBe(true);
    // A heading that may end where it did only continues when numbered items follow.
    const whole = { head: '加强窗口服务', hasBody: false, hasChildren: false };
    expect(continuesHeading(whole, line('具体措施'), undefined, undefined)).toBe(false);
    expect(continuesHeading(whole, line('具体措施'), line('1. 甲'), detectMarker('1. 甲'))).toBe(true);
    expect(continuesHeading({ ...open, hasBody: true }, line('具体措施'), undefined, undefined)).toBe(false);
    expect(continuesHeading(open, line('具体措施，如下'), undefined, undefined)).toBe(false);
  });

  it('tells the header row of a table from a row with a 序号 or with sentences', () => {
    expect(columnHeader(line('', { cells: ['序号', '服务项目', '承诺时限'] }))).toEqual([
      '序号',
      '服务项目',
      '承诺时限',
    ]);
    expect(columnHeader(line('', { cells: ['', '项目', '时限'] }))).toEqual(['项目', '时限']);
    expect(columnHeader(line('', { cells: ['1', '水质投诉', '2小时'] }))).toBeUndefined();
    expect(columnHeader(line('', { cells: ['说明', '以上时限均为工作日。'] }))).toBeUndefined();
    expect(columnHeader(line('不是表格'))).toBeUndefined();
  });
});

describe('nesting (nesting.ts)', () => {
  it('nests decimal numbers by their dots, and notes a missing level between', () => {
    const four = clause('4 管理内容');
    const fourOne = clause('4.1 服务规范');
    const list = clause('1. 甲');
    const stack = [four, fourOne, list];
    expect(parentIndex(clause('4.1.1 问好'), stack, new Set())).toEqual({ index: 1 });
    expect(parentIndex(clause('4.2 营业'), stack, new Set())).toEqual({ index: 0 });
    const missing = parentIndex(clause('4.2.1 营业厅无周休日'), stack, new Set());
    expect(missing.index).toBe(0);
    expect(missing.note?.message).toContain('parent 4.2 of 4.2.1 is missing; placed under 4');
    expect(missing.note?.todo).toBe('上级条款 4.2 缺失 / parent clause missing');
    // No open decimal prefix: goes above the first open decimal clause.
    const other = parentIndex(clause('5.1 考核'), stack, new Set());
    expect(other.index).toBe(-1);
    expect(other.note?.message).toContain('parent 5 of 5.1 is missing');
    // Nothing decimal open at all: under the current clause, without a note.
    expect(parentIndex(clause('3.1 甲'), [clause('一、总则')], new Set())).toEqual({ index: 0 });
  });

  it('makes an open scheme a sibling and a new scheme a child, unless it was seen above the open ones', () => {
    const han = clause('一、甲');
    const paren = clause('（一）甲一');
    const arabic = clause('1. 甲一子');
    const stack = [han, paren, arabic];
    expect(parentIndex(clause('（二）甲二'), stack, new Set()).index).toBe(0);
    expect(parentIndex(clause('二、乙'), stack, new Set()).index).toBe(-1);
    expect(parentIndex(clause('①子'), stack, new Set()).index).toBe(2);
    // 二、1.（一）: （一） was seen above 1. before, so it closes the 1. and becomes its sibling.
    const second = [clause('二、乙'), clause('1. 乙子')];
    const above = new Set([`${schemeKey(paren)}>${schemeKey(arabic)}`]);
    expect(parentIndex(clause('（一）乙一'), second, above).index).toBe(0);
    expect(parentIndex(clause('（一）乙一'), second, new Set()).index).toBe(1);
  });

  it('puts a list introduced by a colon under the item whose paragraph introduced it', () => {
    const item = clause('1. 办理业务', 1, { body: ['可按以下方法进行：'] });
    expect(parentIndex(clause('1. 先取号'), [clause('一、甲'), item], new Set()).index).toBe(1);
    expect(parentIndex(clause('2. 再等候'), [clause('一、甲'), item], new Set()).index).toBe(0);
  });

  it('puts headings under the nearest heading of a higher level, never under a list item', () => {
    const h1 = { ...newClause({ scheme: 'heading-1', written: '', ordinal: 0, rest: '环境' }, 1, 1) };
    const item = clause('1. 台面应整洁。');
    const h2 = newClause({ scheme: 'heading-2', written: '', ordinal: 0, rest: '迎候' }, 3, 2);
    expect(parentIndex(h2, [h1, item], new Set()).index).toBe(0);
    const h1b = newClause({ scheme: 'heading-1', written: '', ordinal: 0, rest: '用语' }, 4, 1);
    expect(parentIndex(h1b, [h1, item], new Set()).index).toBe(-1);
    // A numbered section title with nothing under it yet hosts an unnumbered heading.
    expect(parentIndex(h2, [clause('一、服务环境')], new Set()).index).toBe(0);
  });

  it('names a restart, a jump and a first item not numbered 1; numbering on through sections is no slip', () => {
    const one = clause('1. 甲', 3);
    const two = clause('2. 乙', 4);
    expect(ordinalSlip(clause('3. 丙'), undefined, [one, two], new Map())).toBeUndefined();
    expect(ordinalSlip(clause('1. 丙'), undefined, [one, two], new Map())?.message).toContain(
      'numbering 1. restarts at the same level (previous: 2. on line 4)',
    );
    expect(ordinalSlip(clause('5. 丙'), undefined, [one, two], new Map())?.message).toContain(
      'numbering jumps from 2. to 5.',
    );
    expect(ordinalSlip(clause('3. 丙'), undefined, [], new Map())?.todo).toBe(
      '编号不从 1 开始 / numbering does not start at 1',
    );
    expect(ordinalSlip(clause('3. 丙'), undefined, [], new Map([['arabic', 2]]))).toBeUndefined();
    expect(ordinalSlip(clause('3. 丙', 1, { wordNumber: true }), undefined, [], new Map())).toBeUndefined();
  });

  it('lets a sub-heading stand over items only where their scheme is not open, or under another sub-heading', () => {
    const sub = newClause({ scheme: 'subhead', written: '', ordinal: 0, rest: '支行' }, 1, undefined);
    expect(subheadFits([clause('一、甲')], 'arabic', 0)).toBe(true);
    expect(subheadFits([clause('一、甲'), clause('1. 乙')], 'arabic', 0)).toBe(false);
    expect(subheadFits([clause('一、甲'), sub, clause('1. 乙')], 'arabic', 0)).toBe(true);
  });
});

describe('front matter (front-matter.ts)', () => {
  const slice = (ls: Line[], extra: Partial<DocumentSlice> = {}): DocumentSlice => ({
    lines: ls,
    notes: [],
    signature: [],
    ...extra,
  });

  it('sets the signature at the end apart, unless the splitter did', () => {
    const own = withOwnSignature(slice(lines('1. 应问好。', '云岭供水有限公司', '2026年1月15日')));
    expect(own.lines.map((l) => l.text)).toEqual(['1. 应问好。']);
    expect(own.signature.map((l) => l.text)).toEqual(['云岭供水有限公司', '2026年1月15日']);
    const given = slice(lines('1. 应问好。', '云岭供水有限公司'), { signature: lines('2026年1月15日') });
    expect(withOwnSignature(given).lines).toHaveLength(2);
  });

  it('reads the title (joined over two lines), the facts and the intro before the first clause', () => {
    const s = slice(
      lines(
        '青石高速公路收费站',
        '文明服务实施方案',
        'Q/YL 102-2026',
        '为提高服务水平，',
        '特制定本方案。',
        '一、总则',
      ),
    );
    const { front, start } = readFront(s, false);
    expect(front.title).toEqual({ text: '青石高速公路收费站文明服务实施方案', line: 1 });
    expect(front.code?.text).toBe('Q/YL 102-2026');
    expect(front.intro).toEqual([{ text: '为提高服务水平，特制定本方案。', line: 4 }]);
    expect(s.lines[start]?.text).toBe('一、总则');
  });

  it('keeps the title a splitter gave, and reads the signature lines into the facts or the notes', () => {
    const s = slice(lines('1. 应问好。'), {
      title: { text: '倡议书', line: 9 },
      signature: lines('客服中心全体党员', '2026年1月15日'),
    });
    const { front, start } = readFront(s, false);
    expect(front.title).toEqual({ text: '倡议书', line: 9 });
    expect(start).toBe(0);
    expect(front.issued?.text).toBe('2026-01-15');
    expect(front.notes.map((n) => n.text)).toEqual(['客服中心全体党员']);
  });
});

describe('clause assembly (assemble.ts)', () => {
  const assemble = (ls: Line[]) => {
    const front = emptyFront();
    const warnings: ImportWarning[] = [];
    return { ...assembleClauses(ls, front, false, warnings), front, warnings };
  };

  it('opens clauses at markers, adds paragraphs and broken lines to the current one, and keeps lines before the first as intro', () => {
    const { roots, front } = assemble(
      lines(
        '说明文字。',
        '一、服务要求',
        '1. 窗口人员应在营业时间前十分钟到岗，做好',
        '准备工作。',
        '遇到老人应主动搀扶。',
        '2. 不得离岗。',
      ),
    );
    expect(front.intro.map((p) => p.text)).toEqual(['说明文字。']);
    expect(heads(roots)).toEqual([['一、', ['1.', '2.']]]);
    const first = roots[0]?.children[0];
    expect(first?.head).toBe('窗口人员应在营业时间前十分钟到岗，做好准备工作。');
    expect(first?.body).toEqual(['遇到老人应主动搀扶。']);
    expect(first?.bodyLines).toEqual([5]);
  });

  it('splits decimal clauses glued on one line and warns at that line', () => {
    const { roots, warnings } = assemble(lines('3 职责', '3.1 营销部归口管理。3.2 各所负责执行。'));
    expect(heads(roots)).toEqual([['3', ['3.1', '3.2']]]);
    expect(roots[0]?.children.map((c) => c.head)).toEqual(['营销部归口管理。', '各所负责执行。']);
    expect(warnings).toEqual([{ line: 2, message: expect.stringContaining('2 clauses on one line were split (3.2)') }]);
  });

  it('leaves the lines it was given unchanged, so a slice built again (under another id) gives the same tree', () => {
    const given = lines('3 职责', '3.1 营销部归口管理。3.2 各所负责执行。');
    const texts = given.map((l) => l.text);
    const first = assemble(given);
    expect(given.map((l) => l.text)).toEqual(texts);
    const again = assemble(given);
    expect(heads(again.roots)).toEqual(heads(first.roots));
    expect(heads(again.roots)).toEqual([['3', ['3.1', '3.2']]]);
  });

  it('joins a heading broken over two lines, and opens a sub-heading over numbered items', () => {
    const { roots } = assemble(
      lines('四、加强窗口服务的', '具体措施', '1. 甲。', '二、网点', '支行及网点：', '1. 乙。', '2. 丙。'),
    );
    expect(roots[0]?.head).toBe('加强窗口服务的具体措施');
    expect(heads(roots)).toEqual([
      ['四、', ['1.']],
      ['二、', [['支行及网点', ['1.', '2.']]]],
    ]);
    expect(roots[1]?.children[0]?.scheme).toBe('subhead');
  });

  it('reads a table: its header row to the notes, the rows with a 序号 as clauses carrying the header', () => {
    const rows: Line[] = [
      { text: '', line: 1, breakBefore: false, cells: ['序号', '项目', '时限'] },
      { text: '', line: 2, breakBefore: false, cells: ['1', '水质投诉', '2小时内上门'] },
    ];
    const { roots, front } = assemble(rows);
    expect(front.notes).toEqual([{ text: '序号 | 项目 | 时限', line: 1 }]);
    expect(roots[0]?.cells).toEqual({ values: ['水质投诉', '2小时内上门'], header: ['项目', '时限'] });
    expect(roots[0]?.head).toBe('水质投诉 2小时内上门');
  });

  it('notes an unnumbered paragraph after a finished one-sentence item as loose, with a warning for a numbering slip', () => {
    const { roots, loose, warnings } = assemble(lines('1. 应问好。', '3. 应微笑。', '以上要求人人做到。'));
    const last = roots[1] as ImportedClause;
    expect(loose.get(last)).toBe(3);
    expect(last.todo).toEqual(['编号不连续 / numbering is not consecutive']);
    expect(warnings.map((w) => w.line)).toEqual([2]);
  });
});

describe('the last passes (tidy.ts)', () => {
  it('makes a text without numbered clauses one clause', () => {
    const front: FrontMatter = {
      intro: [
        { text: '甲。', line: 2 },
        { text: '乙。', line: 3 },
      ],
      notes: [],
    };
    const roots: ImportedClause[] = [];
    const warnings: ImportWarning[] = [];
    wholeTextAsClause(roots, front, warnings);
    expect(roots.map((c) => [c.head, c.line])).toEqual([['甲。\n乙。', 2]]);
    expect(front.intro).toEqual([]);
    expect(warnings[0]?.message).toContain('no numbered clauses found');
    wholeTextAsClause(roots, { intro: [{ text: '丙。', line: 9 }], notes: [] }, warnings);
    expect(roots).toHaveLength(1);
  });

  it('moves the closing paragraphs of the last item to the notes', () => {
    const last = clause('2. 应微笑。', 2, { body: ['遇到老人应搀扶。', '总之，服务无小事。'], bodyLines: [3, 4] });
    const roots = [clause('1. 应问好。'), last];
    const front = emptyFront();
    expect(moveClosingParagraphs(roots, front)).toBe(last);
    expect(last.body).toEqual(['遇到老人应搀扶。']);
    expect(last.bodyLines).toEqual([3]);
    expect(front.notes).toEqual([{ text: '总之，服务无小事。', line: 4 }]);
    // After a list of one-liners, every paragraph of the last item closes the document.
    const tail = clause('3. 应致谢。', 3, { body: ['请各部门认真执行。'], bodyLines: [4] });
    const front2 = emptyFront();
    moveClosingParagraphs([clause('1. 应问好。'), clause('2. 应微笑。'), tail], front2);
    expect(front2.notes.map((n) => n.text)).toEqual(['请各部门认真执行。']);
    // A heading as the last item keeps its paragraphs.
    const heading = clause('三、附则', 5, { body: ['总之，本方案自发布之日起施行。'], bodyLines: [6] });
    expect(moveClosingParagraphs([heading], emptyFront())).toBeUndefined();
  });

  it('flags a loose paragraph after the last item of a list of two or more', () => {
    const a = clause('1. 应问好。');
    const b = clause('2. 应微笑。', 2, { body: ['以上要求人人做到。'], bodyLines: [3] });
    const warnings: ImportWarning[] = [];
    flagLooseParagraphs([a, b], undefined, new Map([[b, 3]]), warnings);
    expect(warnings).toEqual([
      {
        line: 3,
        message: expect.stringContaining(
          'the unnumbered paragraph after the last item 2. was added to it; it may belong to the document',
        ),
      },
    ]);
    expect(b.todo).toEqual(['第 3 行的段落可能属于上一级 / the paragraph from line 3 may belong to the parent']);
    const alone = clause('1. 应问好。');
    const none: ImportWarning[] = [];
    flagLooseParagraphs([alone], undefined, new Map([[alone, 2]]), none);
    expect(none).toEqual([]);
  });

  it('drops a heading repeated as its own first paragraph', () => {
    const c = clause('一、服务环境', 1, { body: ['服务环境', '营业厅应整洁。'], bodyLines: [2, 3] });
    dropRepeatedHeadings([c]);
    expect(c.body).toEqual(['营业厅应整洁。']);
    expect(c.bodyLines).toEqual([3]);
  });
});

describe('clause helpers (clause.ts)', () => {
  it('walks in document order, finds the last clause and its siblings, and names a clause', () => {
    const child = clause('（一）甲一');
    const parent = clause('一、甲', 1, { children: [child] });
    const other = clause('二、乙');
    const roots = [parent, other];
    expect([...walkClauses(roots)].map((c) => c.marker)).toEqual(['一、', '（一）', '二、']);
    expect(lastInOrder(roots)).toBe(other);
    expect(lastInOrder([parent])).toBe(child);
    expect(siblingsOf(roots, child)).toBe(parent.children);
    expect(siblingsOf(roots, other)).toBe(roots);
    expect(describeClause(parent)).toBe('一、');
    expect(
      describeClause(
        newClause({ scheme: 'subhead', written: '', ordinal: 0, rest: '营业厅窗口服务人员的基本要求' }, 1, undefined),
      ),
    ).toBe('「营业厅窗口服务人员的基…」');
  });
});
