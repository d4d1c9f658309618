/**
 * The staff handbook (A5 booklet by default) for the organisation, a role, a unit or one role
 * in a unit: cover, table of contents with real page numbers, the chapters (handbook-chapters.ts),
 * bookmarks matching the contents; running header and footer. Set for a print shop: inner and
 * outer margins alternate for double-sided printing, the contents pages are numbered apart (i, ii)
 * and the body from 1, blank pages pad the count to a multiple of four when the template asks.
 * The chapters are composed into flow blocks, the body paginated first, then the contents, then
 * every page drawn (handbook-draw.ts).
 */
import type { PDFPage } from 'pdf-lib';
import type { Model } from '../model/types.ts';
import type { ScopeView } from '../model/view.ts';
import type { FontCache } from './fonts.ts';
import { paginate, paginateBalanced, type FlowPage } from './layout/flow.ts';
import { addLink, writeOutline, writePageLabels, type OutlineEntry } from './navigation.ts';
import { Measure } from './measure.ts';
import { Typesetter } from './render.ts';
import type { HandbookTemplate } from './templates.ts';
import { pageBox } from './page-box.ts';
import type { HandbookScope } from './plan.ts';
import { layoutForPrint } from './chart.ts';
import type { ProcessLayout } from '../diagram/index.ts';
import { type Block, Composer, type Content, NUMBER_GAP } from './handbook-compose.ts';
import {
  composeAssessment,
  composeColophon,
  composeCommitments,
  composeEtiquette,
  composeForeword,
  composeNorms,
  composeProcesses,
  handbookView,
} from './handbook-chapters.ts';
import { drawCover, drawFragment, drawRunningHead } from './handbook-draw.ts';

/** A heading the contents list, where it starts in the body. */
interface Placed {
  title: string;
  number?: string;
  level: number;
  pageIndex: number;
  top: number;
}

/** The chapters the template lists, in its order, as flow blocks of `c`. */
async function composeChapters(
  model: Model,
  scope: HandbookScope,
  template: HandbookTemplate,
  c: Composer,
  view: ScopeView,
): Promise<void> {
  const layouts = new Map<string, ProcessLayout>();
  if (template.blocks.includes('processes')) {
    for (const p of view.processes) layouts.set(p.id, await layoutForPrint(p, model, c.measure, c.s.chart, c.width));
  }
  for (const block of template.blocks) {
    if (block === 'norms') composeNorms(c, model, view);
    else if (block === 'etiquette') composeEtiquette(c, view);
    else if (block === 'commitments') composeCommitments(c, model, view);
    else if (block === 'processes') composeProcesses(c, model, view, layouts);
    else if (block === 'assessment') composeAssessment(c, view);
    else if (block === 'colophon') composeColophon(c, model, scope, view);
    else if (block === 'foreword') composeForeword(c, model, view);
  }
}

/** The headings of the paginated body that the contents list, each where it starts. */
function placeHeadings(bodyPages: FlowPage<Content>[], contentTop: number): Placed[] {
  const headings: Placed[] = [];
  bodyPages.forEach((page, pi) =>
    page.fragments.forEach((f) => {
      const content = f.block.content;
      if (content.type === 'heading' && content.toc && f.from === 0) {
        headings.push({
          title: content.title,
          ...(content.number === undefined ? {} : { number: content.number }),
          level: content.level,
          pageIndex: pi,
          top: contentTop + f.y,
        });
      }
    }),
  );
  return headings;
}

/** Tightest leading the contents may close up to, to stay on one page: a share of the template's (A5: 1.75 → 1.49). */
const TOC_TIGHTEST = 0.85;

/**
 * The contents entries, their lines broken once (they break the same at any leading). Numbers
 * stand in a column as wide as the widest of their level, so the titles after 9 and after 10
 * start at one x (the digits are tabular: 4 sits under the 1 of 10); an unnumbered entry starts
 * where the numbers do, as 前言 does before 1 范围.
 */
function contentsEntries(c: Composer, headings: Placed[]) {
  const measure = c.measure;
  const pageNumberWidth = measure.width('0000', c.s.toc);
  const styleOf = (level: number) => (level === 1 ? { ...c.s.toc, weight: 'bold' as const } : c.s.toc);
  const column = new Map<number, number>();
  for (const h of headings)
    if (h.number !== undefined)
      column.set(h.level, Math.max(column.get(h.level) ?? 0, measure.width(h.number, styleOf(h.level))));
  return headings.map((h) => {
    const s = styleOf(h.level);
    const indent = h.level === 1 ? 0 : c.s.toc.size * 1.5;
    const numbered = h.number !== undefined;
    const titleX = numbered ? indent + column.get(h.level)! + measure.width(NUMBER_GAP, s) : indent;
    const name = numbered ? h.title.slice(h.number!.length + NUMBER_GAP.length) : h.title;
    const width = c.width - titleX - pageNumberWidth - s.size;
    const lines = measure.lines(name, s, width, undefined, 'a contents entry', undefined, undefined, true);
    return { h, s, lines, indent, titleX };
  });
}

/**
 * The contents pages: an entry a heading, its page number the body page it starts on. A few lines
 * over a page, the entries close up (no tighter than TOC_TIGHTEST) to stay on it; further over, the
 * pages are balanced: a full page and then four lines left the second page nearly empty. A
 * document's entry is kept with its first two sections, its last two kept together, and a group of
 * four or fewer whole: a page never ends on a document's title with its sections overleaf.
 */
function composeContents(
  template: HandbookTemplate,
  c: Composer,
  headings: Placed[],
  contentHeight: number,
): FlowPage<Content>[] {
  const entries = contentsEntries(c, headings);
  const keep = keptWithNext(entries.map((e) => e.h.level));
  const blocksAt = (k: number): Block[] => {
    const toc = new Composer(template, c.measure);
    toc.heading(1, '目　录', undefined, false);
    entries.forEach(({ h, s: nominal, lines, indent, titleX }, i) => {
      const s = { ...nominal, leading: nominal.leading * k };
      toc.blocks.push({
        rows: lines.map(() => c.measure.lineHeight(s)),
        spaceBefore: h.level === 1 ? s.size * 0.5 * k : 0,
        keepTogether: true,
        keepWithNext: keep[i]!,
        content: {
          type: 'toc',
          level: h.level,
          ...(h.number === undefined ? {} : { number: h.number }),
          indent,
          titleX,
          lines,
          style: s,
          target: h.pageIndex,
        },
      });
    });
    return toc.blocks;
  };
  const pages = paginate(blocksAt(1), contentHeight);
  if (pages.length === 1) return pages;
  for (let percent = 99; percent >= TOC_TIGHTEST * 100; percent--) {
    const tight = paginate(blocksAt(percent / 100), contentHeight);
    if (tight.length === 1) return tight;
  }
  return paginateBalanced(blocksAt(1), contentHeight);
}

/** Sections a document's entry keeps with it at the foot of a page, and that end its group together. */
const GROUP_KEEP = 2;

/**
 * Which contents entries stay on the page of the next: a level-1 entry and its first sections, the
 * last sections but one of its group, every entry of a group of 2 × GROUP_KEEP sections or fewer.
 */
export function keptWithNext(levels: readonly number[]): boolean[] {
  const keep = levels.map(() => false);
  for (let start = 0; start < levels.length; start++) {
    if (levels[start] !== 1) continue;
    let end = start + 1;
    while (end < levels.length && levels[end] !== 1) end++;
    const sections = end - start - 1;
    if (sections === 0) continue;
    const whole = sections <= 2 * GROUP_KEEP;
    for (let i = start; i < end - 1; i++) {
      const k = i - start;
      if (whole || k < GROUP_KEEP || i >= end - GROUP_KEEP) keep[i] = true;
    }
  }
  return keep;
}

/** Bookmarks mirroring the contents: chapters, with their sections under them. */
function outlineOf(headings: Placed[], offset: number): OutlineEntry[] {
  const outline: OutlineEntry[] = [];
  for (const h of headings) {
    const entry: OutlineEntry = { title: h.title, pageIndex: offset + h.pageIndex, top: h.top, children: [] };
    if (h.level === 1 || outline.length === 0) outline.push(entry);
    else outline[outline.length - 1]!.children.push(entry);
  }
  return outline;
}

/** The page labels viewers show: 封面, the contents (i, ii… or 目录), then the body from 1. */
function pageLabelsOf(
  template: HandbookTemplate,
  hasCover: boolean,
  tocCount: number,
  offset: number,
): Parameters<typeof writePageLabels>[1] {
  return [
    ...(hasCover ? [{ start: 0, prefix: '封面' }] : []),
    ...(tocCount > 0
      ? [
          template.frontMatter === 'roman'
            ? { start: hasCover ? 1 : 0, style: 'r' as const }
            : { start: hasCover ? 1 : 0, prefix: '目录' },
        ]
      : []),
    { start: offset, style: 'D' as const },
  ];
}

/** Links each contents entry on one contents page to the heading it names. */
function linkContents(
  t: Typesetter,
  flow: FlowPage<Content>,
  page: PDFPage,
  at: { left: number; width: number; contentTop: number },
  headings: ReturnType<typeof placeHeadings>,
  offset: number,
): void {
  const pageHeight = page.getHeight();
  flow.fragments.forEach((f) => {
    const content = f.block.content;
    if (content.type !== 'toc') return;
    const h = headings.find(
      (x) =>
        x.pageIndex === content.target && content.lines.map((l) => l.text).join('') === x.title.replace(/\s+$/u, ''),
    );
    const top = at.contentTop + f.y;
    addLink(
      t.doc,
      page,
      [at.left, pageHeight - top - f.height, at.left + at.width, pageHeight - top],
      offset + content.target,
      h?.top ?? at.contentTop,
    );
  });
}

/** The handbook's typesetter, with the PDF's title, author, subject and keywords. */
async function handbookTypesetter(
  cache: FontCache,
  measure: Measure,
  model: Model,
  scope: HandbookScope,
  template: HandbookTemplate,
  view: ScopeView,
): Promise<Typesetter> {
  const t = await Typesetter.create(cache, measure, {
    title: `${template.title}（${scope.label}）`,
    author: view.issuer,
    subject: `${view.issuer}${template.title}：服务规范、文明用语、服务流程与考核办法`,
    keywords: ['规范化服务', '员工手册', scope.label],
    date: view.effective,
    language: model.organisation.language,
  });
  await t.prepare();
  return t;
}

/** Lower-case roman numerals for the contents pages' folios. */
const roman = (n: number): string =>
  ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'][n - 1] ?? String(n);

/** The handbook laid out, nothing drawn: its blocks, body pages, the headings they place and the contents pages. */
export async function layoutHandbook(model: Model, scope: HandbookScope, template: HandbookTemplate, measure: Measure) {
  const box = pageBox(template);
  const c = new Composer(template, measure);
  const view = handbookView(model, scope);
  await composeChapters(model, scope, template, c, view);
  // Body first: its pagination does not depend on the contents pages, only its offset does.
  const bodyPages = paginate(c.blocks, box.height);
  const headings = placeHeadings(bodyPages, box.margin.top);
  const tocPages = template.blocks.includes('toc') ? composeContents(template, c, headings, box.height) : [];
  return { c, view, bodyPages, headings, tocPages };
}

export async function buildHandbook(
  model: Model,
  scope: HandbookScope,
  template: HandbookTemplate,
  cache: FontCache,
): Promise<Uint8Array> {
  const measure = new Measure(cache, template);
  const { pageWidth, pageHeight, margin: m } = pageBox(template);
  const contentTop = m.top;
  const { c, view, bodyPages, headings, tocPages } = await layoutHandbook(model, scope, template, measure);
  const hasCover = template.blocks.includes('cover');
  // Printed on both sides, the body starts on a right-hand page: a blank page after the contents when needed.
  const frontPages = (hasCover ? 1 : 0) + tocPages.length;
  const offset = frontPages + (template.duplex && frontPages % 2 === 1 ? 1 : 0);

  const t = await handbookTypesetter(cache, measure, model, scope, template, view);
  // Body pages are numbered from 1; blank pages at the end make the count a multiple of padTo.
  const total = bodyPages.length;
  const physicalCount = offset + bodyPages.length;
  const blanks = (template.padTo - (physicalCount % template.padTo)) % template.padTo;

  if (hasCover) drawCover(t, t.doc.addPage([pageWidth, pageHeight]), model, scope, template, view);
  const tocPdfPages = tocPages.map(() => t.doc.addPage([pageWidth, pageHeight]));
  for (let i = frontPages; i < offset; i++) t.doc.addPage([pageWidth, pageHeight]);
  const bodyPdfPages = bodyPages.map(() => t.doc.addPage([pageWidth, pageHeight]));
  for (let i = 0; i < blanks; i++) t.doc.addPage([pageWidth, pageHeight]);
  /** Left edge of the text block on the page with this 0-based index: the inner margin is on the binding side. */
  const leftOf = (index: number): number => (template.duplex && index % 2 === 1 ? m.right : m.left);

  const drawPage = (page: PDFPage, flow: FlowPage<Content>, index: number, folio: string, section: string): void => {
    const x = leftOf(index);
    for (const f of flow.fragments)
      drawFragment(t, c, page, f.block.content, f.from, f.to, contentTop + f.y, x, f.continued);
    drawRunningHead(t, c, page, model, {
      x,
      leftHand: template.duplex && index % 2 === 1,
      folio,
      section,
      pages: total,
    });
  };
  tocPages.forEach((flow, i) =>
    drawPage(
      tocPdfPages[i]!,
      flow,
      (hasCover ? 1 : 0) + i,
      template.frontMatter === 'roman' ? roman(i + 1) : '',
      '目录',
    ),
  );
  let section = '';
  bodyPages.forEach((flow, i) => {
    // The chapter at the top of the page: one that starts lower down (the colophon, 说明, after the
    // last chapter) names the next page, not this one, which still holds the chapter before it.
    const first = flow.fragments[0];
    if (first?.from === 0 && first.block.content.type === 'heading' && first.block.content.level === 1)
      section = first.block.content.title;
    drawPage(bodyPdfPages[i]!, flow, offset + i, String(i + 1), section);
  });
  // Viewers show the printed numbers: 封面, i, ii, then 1, 2, …
  writePageLabels(t.doc, pageLabelsOf(template, hasCover, tocPages.length, offset));

  // Contents entries link to their pages; bookmarks mirror the contents.
  const tocBlock = (i: number) => ({ left: leftOf((hasCover ? 1 : 0) + i), width: c.width, contentTop });
  tocPages.forEach((flow, i) => linkContents(t, flow, tocPdfPages[i]!, tocBlock(i), headings, offset));
  writeOutline(t.doc, outlineOf(headings, offset));
  return t.save();
}
