/**
 * A document numbered by articles (第一章 … 第一条 … （一）) is shown so in every output: the
 * model labels its clauses once (model/numbering.ts), a unit's copy keeps the organisation's
 * article numbers and numbers its own additions 第N条之一, and the site, the handbook, the search
 * records and the quiz cite the labels. Decimal documents are untouched. Cases add a document to
 * a copy of the three-level fixture organisation.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../src/model/index.ts';
import { walkClauses } from '../src/model/clauses.ts';
import { isArticle, labelClauses } from '../src/model/numbering.ts';
import { frontChapters } from '../src/model/front-chapters.ts';
import type { Model } from '../src/model/types.ts';
import type { Clause } from '../src/model/types/documents.ts';
import { unitView } from '../src/model/view.ts';
import { buildSearchRecords } from '../src/search/records.ts';
import { analyzeQuery } from '../src/search/query.ts';
import { clauseTreeHtml } from '../src/site/clause-html.ts';
import { buildPrint } from '../src/print/index.ts';
import { pdftotext, squash } from './support/pdf.ts';

const FIXTURE = 'test/fixtures/orgs/three-level-power';

const RULES = `id: toll-duty-rules
title: 收费站值班管理办法
issuer: 禾川高速公路西收费站
version: "1"
effective: 2027-04-01
scope: 本办法适用于西收费站各班组。
units: [hc-toll-west]
numbering: articles
clauses:
  - id: tr-general
    title: 总则
    clauses:
      - id: tr-purpose
        text: 为规范收费站值班秩序，制定本办法。
      - id: tr-scope
        text: 本办法适用于收费站全体值班人员。
  - id: tr-duty
    title: 值班要求
    clauses:
      - id: tr-handover
        text: 值班人员应提前十五分钟到岗交接。
      - id: tr-lane
        text: 值班长巡查车道时应做到：
        clauses:
          - id: tr-lane-lights
            text: 检查车道灯和费额显示器；
          - id: tr-lane-queue
            text: 车辆排队较长时及时增开车道。
      - id: tr-leave
        text: 严禁值班期间擅自离岗。
  - id: tr-final
    title: 附则
    clauses:
      - id: tr-effective
        text: 本办法自印发之日起施行。
`;

const dirs: string[] = [];
let model: Model;

beforeAll(async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'guifan-articles-'));
  dirs.push(dir);
  await cp(FIXTURE, dir, { recursive: true });
  await writeFile(path.join(dir, 'norms', 'toll-duty-rules.yaml'), RULES);
  // The station leaves out one article and adds one at the end of chapter 2, after 第五条.
  const unitFile = path.join(dir, 'units', 'hc-toll-west.yaml');
  const unit = await readFile(unitFile, 'utf8');
  await writeFile(
    unitFile,
    unit.replace(
      'exclude:\n  - gs-seat-client',
      [
        'exclude:',
        '  - gs-seat-client',
        '  - tr-scope',
        'add:',
        '  - document: toll-duty-rules',
        '    under: tr-duty',
        '    clauses:',
        '      - id: tw-night-lane',
        '        text: 夜间车流少时，值班长可关闭部分车道，但应至少保留两条人工车道。',
      ].join('\n'),
    ),
  );
  const loaded = await loadModel(dir);
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  model = loaded.model!;
});
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const labels = (clauses: readonly Clause[]): Record<string, string> =>
  Object.fromEntries([...walkClauses(clauses)].map((c) => [c.id, c.label]));

describe('numbering: articles', () => {
  it('labels chapters, articles counted through the document, and items, in the organisation', () => {
    const doc = model.documents.find((d) => d.id === 'toll-duty-rules')!;
    expect(labels(doc.clauses)).toEqual({
      'tr-general': '第一章',
      'tr-purpose': '第一条',
      'tr-scope': '第二条',
      'tr-duty': '第二章',
      'tr-handover': '第三条',
      'tr-lane': '第四条',
      'tr-lane-lights': '（一）',
      'tr-lane-queue': '（二）',
      'tr-leave': '第五条',
      'tr-final': '第三章',
      'tr-effective': '第六条',
    });
  });

  it("keeps the organisation's article numbers in a unit, and numbers the unit's addition 第五条之一", () => {
    const view = unitView(model, 'hc-toll-west');
    const doc = view.documents.find((d) => d.id === 'toll-duty-rules')!;
    const shown = labels(doc.clauses);
    expect(shown['tr-scope']).toBeUndefined();
    expect(shown['tr-handover']).toBe('第三条');
    expect(shown['tw-night-lane']).toBe('第五条之一');
    expect(shown['tr-leave']).toBe('第五条');
    const all = Object.values(shown);
    expect(new Set(all).size, 'no label twice in the unit').toBe(all.length);
  });

  it('leaves decimal documents as they were: the label is the number', () => {
    for (const d of model.documents.filter((x) => x.id !== 'toll-duty-rules'))
      for (const c of walkClauses(d.clauses)) expect(c.label).toBe(c.number);
  });

  it('a document of articles without chapters counts from its start number', () => {
    const c = (id: string, number: string, text: string, children: Clause[] = []): Clause =>
      ({ id, number, label: number, text, children, depth: 1 }) as Clause;
    const list = [c('a', '3', '甲'), c('b', '4', '乙', [c('b1', '4.1', '丙')])];
    labelClauses(list, 'articles');
    expect(list.map((x) => x.label)).toEqual(['第三条', '第四条']);
    expect(list[1]!.children[0]!.label).toBe('（一）');
    expect(isArticle(list[0]!)).toBe(true);
    expect(isArticle({ label: '（一）' })).toBe(false);
  });

  it('shows the labels on the norm page, in search records, and finds 第5条 / 第五条 typed alone', () => {
    const view = unitView(model, 'hc-toll-west');
    const doc = view.documents.find((d) => d.id === 'toll-duty-rules')!;
    const html = clauseTreeHtml(doc.clauses, 'zh-CN', model);
    expect(html).toContain('第五条之一');
    expect(html).toContain('第二章');
    expect(html).not.toMatch(/>2\.4</);
    const record = buildSearchRecords(model).find((r) => r.id === 'tr-leave')!;
    expect(record.title.startsWith('第五条 ')).toBe(true);
    for (const typed of ['第5条', '第五条', ' 第 五 条 '])
      expect(analyzeQuery(typed).clauseNumber, typed).toBe('第五条');
    expect(analyzeQuery('第四条之一').clauseNumber).toBe('第四条之一');
    expect(analyzeQuery('第五条怎么说').clauseNumber).toBeUndefined();
  });

  it("prints the unit's handbook as such rules are set: 第五条　… run in, items （一）… indented, chapters as headings", async () => {
    const dir = dirs[0]!;
    const { files } = await buildPrint(model, path.join(dir, 'out'), { only: 'handbook:hc-toll-west' });
    const handbook = files.find((f) => f.endsWith('handbook-hc-toll-west.pdf'))!;
    const text = squash(pdftotext(handbook));
    for (const shown of [
      '第二章值班要求',
      '第四条值班长巡查车道时应做到',
      '（一）检查车道灯',
      '第五条之一夜间车流少时',
      '第六条本办法',
    ])
      expect(text, shown).toContain(shown);
    expect(text).not.toContain('2.4值班长');
  });
});

describe('numbering: the chapters before the provisions (GB/T 1.1)', () => {
  const refs = [{ title: '《服务质量评价通则》' }];
  it('are numbered 1 范围, 2 规范性引用文件, 3 术语和定义 when the first chapter is 4, and say when they are empty', () => {
    expect(frontChapters({ startNumber: 4, references: [] })).toEqual([
      { kind: 'scope', number: '1', title: '范围' },
      { kind: 'references', number: '2', title: '规范性引用文件', empty: '本文件没有规范性引用文件。' },
      { kind: 'terms', number: '3', title: '术语和定义', empty: '本文件没有需要界定的术语和定义。' },
    ]);
    expect(frontChapters({ startNumber: 3, references: refs }).map((f) => `${f.number} ${f.title}`)).toEqual([
      '1 范围',
      '2 规范性引用文件',
    ]);
  });

  it('stay an unnumbered header from chapter 1, after chapter 4, and in a document of articles', () => {
    const header = [
      { kind: 'scope', title: '范围' },
      { kind: 'references', title: '规范性引用文件' },
    ];
    expect(frontChapters({ references: refs })).toEqual(header);
    expect(frontChapters({ startNumber: 7, references: refs })).toEqual(header);
    expect(frontChapters({ numbering: 'articles', startNumber: 4, references: [] })).toEqual([header[0]]);
  });

  it('leave chapters missing when the first is numbered after 4: one warning at startNumber, none at 4', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'guifan-start-'));
    dirs.push(dir);
    await cp(FIXTURE, dir, { recursive: true });
    const gaps = async () =>
      (await loadModel(dir)).diagnostics
        .filter((d) => d.code === 'start-number-gap')
        .map((d) => ({ ...d, message: '' }));
    expect(await gaps()).toEqual([]);
    const file = path.join(dir, 'norms', 'power-business.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('startNumber: 4', 'startNumber: 7'));
    const found = (await loadModel(dir)).diagnostics.filter((d) => d.code === 'start-number-gap');
    expect(found.map((d) => [d.severity, d.file, d.line, d.path])).toEqual([
      ['warning', 'norms/power-business.yaml', 13, 'startNumber'],
    ]);
    expect(found[0]!.message).toContain('第 4–6 章却不存在');
    expect(found[0]!.message).toContain('startNumber: 4');
  });

  it("prints them so in a unit's handbook, before chapter 4; the document of articles keeps its header", async () => {
    const dir = dirs[0]!;
    const { files } = await buildPrint(model, path.join(dir, 'front'), { only: 'handbook:hc-toll-west' });
    const text = squash(pdftotext(files.find((f) => f.endsWith('handbook-hc-toll-west.pdf'))!));
    const doc = unitView(model, 'hc-toll-west').documents.find((d) => d.startNumber === 4)!;
    // From the document's heading on: its title followed by its details line (code, or issuer).
    const start = text.indexOf(squash(`${doc.title}${doc.code ?? `${doc.issuer}发布`}`));
    expect(start, doc.title).toBeGreaterThanOrEqual(0);
    const at = (shown: string): number => text.indexOf(squash(shown), start);
    const refs = doc.references.length > 0 ? doc.references[0]!.title : '本文件没有规范性引用文件。';
    const order = [
      '1　范围',
      doc.scope,
      '2　规范性引用文件',
      refs,
      '3　术语和定义',
      '本文件没有需要界定的术语和定义。',
      `${doc.clauses[0]!.label}　${doc.clauses[0]!.title ?? ''}`,
    ].map(at);
    expect(
      order.every((i) => i >= 0),
      order.join(' '),
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain(squash('适用范围：本办法适用于西收费站各班组。'));
  });
});
