/**
 * Handbook make-up as a typographer reads it, over the laid-out pages (layoutHandbook: nothing
 * drawn, exact) of every handbook of six organisations: a process's heading and description share
 * their page with its chart or its steps (they were left alone on a page, the chart on the next),
 * a chart that fits a page is never cut, no page but a chapter's last is left nearly empty, and
 * the contents never end on a page of four lines after a full one, nor a page of them on a
 * document's title whose sections start overleaf; on the drawn contents, titles after 9 and 10
 * start at one x.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModelOrThrow } from '../src/model/index.ts';
import { readGlyphs } from '../src/print/audit/pdf-glyphs.ts';
import { FontCache } from '../src/print/fonts.ts';
import { buildHandbook, keptWithNext, layoutHandbook } from '../src/print/handbook.ts';
import { linesOn, paginate, paginateBalanced } from '../src/print/layout/flow.ts';
import { Measure } from '../src/print/measure.ts';
import { handbookScopes } from '../src/print/plan.ts';
import { defaultTemplatesDir, type HandbookTemplate, loadTemplates } from '../src/print/templates.ts';

const ORGS = [
  'test/fixtures/search-orgs/luping-estate-insure',
  'test/fixtures/search-orgs/yanzhou-heat-metro',
  'test/fixtures/search-orgs/fenggang-fund-inspect',
  'test/fixtures/orgs/three-level-power',
  'test/fixtures/orgs/tongjiang-city',
  'content',
];

interface Laid {
  name: string;
  template: HandbookTemplate;
  layout: Awaited<ReturnType<typeof layoutHandbook>>;
}

const laid: Laid[] = [];
const fonts = new FontCache();

beforeAll(async () => {
  const templates = loadTemplates(defaultTemplatesDir()).filter((t): t is HandbookTemplate => t.kind === 'handbook');
  for (const dir of ORGS) {
    const model = await loadModelOrThrow(dir);
    for (const template of templates) {
      const measure = new Measure(fonts, template);
      for (const scope of handbookScopes(model, template)) {
        const layout = await layoutHandbook(model, scope, template, measure);
        laid.push({ name: `${dir.split('/').at(-1)} ${template.output} ${scope.id}`, template, layout });
      }
    }
  }
}, 300_000);

describe('handbook make-up', () => {
  it('never leaves a process heading and its description alone on a page, nor cuts a chart that fits one', () => {
    const alone: string[] = [];
    const cut: string[] = [];
    let charts = 0;
    for (const { name, layout } of laid) {
      const { c, bodyPages } = layout;
      const startPage = (i: number): number =>
        bodyPages.findIndex((p) => p.fragments.some((f) => f.blockIndex === i && f.from === 0));
      c.blocks.forEach((b, i) => {
        if (b.content.type !== 'chart') return;
        charts++;
        let h = i - 1;
        while (c.blocks[h]!.content.type !== 'heading') h--;
        const heading = c.blocks[h]!.content;
        const title = heading.type === 'heading' ? heading.title : '';
        // What the heading introduces starts on its page: the chart, or the steps table before it.
        const page = bodyPages[startPage(h)]!;
        const starts = page.fragments.filter((f) => f.blockIndex > h && f.from === 0).map((f) => f.block.content.type);
        if (!starts.includes('chart') && !starts.includes('table'))
          alone.push(`${name}: ${title} on page ${startPage(h) + 1} with only ${starts.join(', ') || 'itself'}`);
        const height = (b.header ?? 0) + b.rows.reduce((x, y) => x + y, 0);
        const pieces = bodyPages.filter((p) => p.fragments.some((f) => f.blockIndex === i)).length;
        if (pieces > 1 && height <= c.pageHeight) cut.push(`${name}: ${title}`);
      });
    }
    expect(charts).toBeGreaterThan(100);
    expect(alone).toEqual([]);
    expect(cut).toEqual([]);
  });

  it('fills every page to a third at least, but the last of a chapter', () => {
    const empty: string[] = [];
    for (const { name, layout } of laid) {
      const { c, bodyPages } = layout;
      bodyPages.forEach((page, i) => {
        const next = bodyPages[i + 1]?.fragments[0];
        if (!next || (next.from === 0 && next.block.pageBreakBefore)) return;
        const used = Math.max(0, ...page.fragments.map((f) => f.y + f.height));
        if (used < c.pageHeight / 3)
          empty.push(`${name}: page ${i + 1}, ${page.fragments.map((f) => f.block.content.type).join(' ')}`);
      });
    }
    expect(empty).toEqual([]);
  });

  it('keeps the contents on one page when they run two lines over, else fills their pages alike', () => {
    const uneven: string[] = [];
    for (const { name, template, layout } of laid) {
      const lines = layout.tocPages.map((p) => linesOn(p));
      // The four-line second page of luping's and yanzhou's handbooks (23 + 4): a page nearly empty.
      if (lines.length > 1 && Math.min(...lines) < Math.max(...lines) * 0.75)
        uneven.push(`${name}: ${lines.join(' + ')}`);
      // Closed up within limits: never tighter than 0.85 of the template's leading.
      for (const p of layout.tocPages)
        for (const f of p.fragments)
          if (f.block.content.type === 'toc')
            expect(f.block.content.style.leading).toBeGreaterThanOrEqual(template.type.toc.leading * 0.85 - 1e-9);
    }
    expect(uneven).toEqual([]);
    // 27 lines where a page holds 25 at the template's leading: one page.
    for (const name of ['luping-estate-insure handbook lp-estate', 'yanzhou-heat-metro handbook yz-heat'])
      expect(laid.find((l) => l.name === name)!.layout.tocPages.length, name).toBe(1);
    // The example's group handbook runs eight lines over: two pages, filled alike.
    expect(laid.find((l) => l.name === 'content handbook all')!.layout.tocPages.length).toBe(2);
  });

  it("never ends a contents page on a document's title whose sections start overleaf", () => {
    const parted: string[] = [];
    let split = 0;
    for (const { name, layout } of laid) {
      const entries = layout.tocPages.flatMap((p, page) =>
        p.fragments.flatMap((f) => (f.block.content.type === 'toc' ? [{ page, content: f.block.content }] : [])),
      );
      if (layout.tocPages.length > 1) split++;
      entries.forEach((e, i) => {
        const next = entries[i + 1];
        // baishi-point's 窗口通用服务用语 at the foot of page i, its four sections on page ii.
        if (e.content.level === 1 && next && next.content.level > 1 && next.page !== e.page)
          parted.push(`${name}: ${e.content.lines.map((l) => l.text).join('')} on page ${e.page + 1}`);
      });
    }
    expect(split).toBeGreaterThan(10);
    expect(parted).toEqual([]);
  });
});

describe('handbook contents as drawn', () => {
  it('starts the titles after one- and two-digit numbers at one x, the numbers and page numbers aligned', async () => {
    const model = await loadModelOrThrow('content');
    const template = loadTemplates(defaultTemplatesDir()).find(
      (t): t is HandbookTemplate => t.kind === 'handbook' && t.output === 'handbook',
    )!;
    const scope = handbookScopes(model, template).find((s) => s.id === 'all')!;
    const pages = await readGlyphs(await buildHandbook(model, scope, template, fonts));
    const tocPages = laid.find((l) => l.name === 'content handbook all')!.layout.tocPages.length;
    const numbered: { page: number; number: string; numberX: number; titleX: number }[] = [];
    const pageNumberEnds = new Set<string>();
    // The cover, then the contents pages.
    pages.slice(1, 1 + tocPages).forEach((page, p) => {
      const rows = new Map<number, typeof page.glyphs>();
      for (const g of page.glyphs.filter((g) => !g.artifact && !g.invisible && g.text.trim())) {
        const y = Math.round(g.y * 10);
        rows.set(y, [...(rows.get(y) ?? []), g]);
      }
      for (const row of rows.values()) {
        row.sort((a, b) => a.x - b.x);
        const last = row.at(-1)!;
        if (/\d/.test(last.text)) pageNumberEnds.add((last.x + last.natural).toFixed(1));
        const digits = row.findIndex((g) => !/\d/.test(g.text));
        // A section's number, then its title: 4　营业厅受理服务 … 1.
        if (digits > 0 && digits < row.length - 1)
          numbered.push({
            page: p,
            number: row
              .slice(0, digits)
              .map((g) => g.text)
              .join(''),
            numberX: row[0]!.x,
            titleX: row[digits]!.x,
          });
      }
    });
    expect(numbered.some((n) => n.number.length === 1)).toBe(true);
    expect(numbered.some((n) => n.number.length === 2)).toBe(true);
    // Each page on its own: the inner and outer margins alternate.
    for (let p = 0; p < tocPages; p++) {
      const on = numbered.filter((n) => n.page === p);
      expect(new Set(on.map((n) => n.titleX.toFixed(1))).size, `page ${p + 1}`).toBeLessThanOrEqual(1);
      expect(new Set(on.map((n) => n.numberX.toFixed(1))).size, `page ${p + 1}`).toBeLessThanOrEqual(1);
    }
    // Page numbers end at the right edge of the measure, on both contents pages (their margins differ).
    expect(pageNumberEnds.size).toBeLessThanOrEqual(tocPages);
  }, 60_000);
});

describe('balanced pagination', () => {
  it('fills the pages alike on as few pages as plain pagination', () => {
    const blocks = Array.from({ length: 30 }, (_, i) => ({ rows: [10], keepTogether: true, content: i }));
    expect(paginate(blocks, 250).map((p) => linesOn(p))).toEqual([25, 5]);
    expect(paginateBalanced(blocks, 250).map((p) => linesOn(p))).toEqual([15, 15]);
    expect(paginateBalanced(blocks.slice(0, 20), 250).map((p) => linesOn(p))).toEqual([20]);
  });

  it("keeps a document's contents entry with its first two sections, its last two together, a short group whole", () => {
    const t = true;
    const f = false;
    // Six sections, one, none.
    expect(keptWithNext([1, 2, 2, 2, 2, 2, 2, 1, 2, 1])).toEqual([t, t, f, f, f, t, f, t, f, f]);
    expect(keptWithNext([1, 2, 2, 2, 2])).toEqual([t, t, t, t, f]);
  });
});
