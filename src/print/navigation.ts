/**
 * Document navigation pdf-lib has no API for, written into the catalog and pages by hand:
 * bookmarks (the outline), page labels (the numbers viewers show) and internal links.
 */
import { type PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, type PDFPage, type PDFRef } from 'pdf-lib';

export interface OutlineEntry {
  title: string;
  pageIndex: number;
  /** Distance from the top of the page, in points. */
  top: number;
  children: OutlineEntry[];
}

/** Write the document outline (bookmarks) by hand: pdf-lib has no API for it. */
export function writeOutline(doc: PDFDocument, entries: OutlineEntry[]): void {
  if (entries.length === 0) return;
  const context = doc.context;
  const pages = doc.getPages();
  const rootRef = context.nextRef();

  const build = (items: OutlineEntry[], parent: PDFRef): { first: PDFRef; last: PDFRef; count: number } => {
    const refs = items.map(() => context.nextRef());
    let count = 0;
    items.forEach((item, i) => {
      const page = pages[item.pageIndex]!;
      const ref = refs[i]!;
      const entry: Record<string, unknown> = {};
      entry.Title = PDFHexString.fromText(item.title);
      entry.Parent = parent;
      if (i > 0) entry.Prev = refs[i - 1];
      if (i < items.length - 1) entry.Next = refs[i + 1];
      entry.Dest = [
        page.ref,
        PDFName.of('XYZ'),
        PDFNull,
        PDFNumber.of(Math.round(page.getHeight() - item.top)),
        PDFNull,
      ];
      count++;
      if (item.children.length > 0) {
        const sub = build(item.children, ref);
        entry.First = sub.first;
        entry.Last = sub.last;
        entry.Count = PDFNumber.of(-sub.count); // closed by default
      }
      context.assign(ref, context.obj(entry as Parameters<typeof context.obj>[0]));
    });
    return { first: refs[0]!, last: refs[refs.length - 1]!, count };
  };

  const top = build(entries, rootRef);
  context.assign(rootRef, context.obj({ Type: 'Outlines', First: top.first, Last: top.last, Count: top.count }));
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/**
 * Page labels (ISO 32000 §12.4.2): what viewers show as page numbers. Each range starts at a
 * 0-based page index with a numbering style (D decimal, r lower roman) from 1, a prefix, or both.
 */
export function writePageLabels(
  doc: PDFDocument,
  ranges: { start: number; style?: 'D' | 'r'; prefix?: string }[],
): void {
  const nums: unknown[] = [];
  for (const r of ranges) {
    const label: Record<string, unknown> = {};
    if (r.style) label.S = PDFName.of(r.style);
    if (r.prefix !== undefined) label.P = PDFHexString.fromText(r.prefix);
    nums.push(PDFNumber.of(r.start), doc.context.obj(label as Parameters<typeof doc.context.obj>[0]));
  }
  doc.catalog.set(PDFName.of('PageLabels'), doc.context.obj({ Nums: nums } as Parameters<typeof doc.context.obj>[0]));
}

/** Internal link from a rectangle on one page to a position on another (TOC entries). */
export function addLink(
  doc: PDFDocument,
  from: PDFPage,
  rect: [number, number, number, number],
  toPageIndex: number,
  top: number,
): void {
  const target = doc.getPages()[toPageIndex]!;
  const annot = doc.context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: rect,
    Border: [0, 0, 0],
    Dest: [target.ref, PDFName.of('XYZ'), PDFNull, Math.round(target.getHeight() - top), PDFNull],
  });
  const ref = doc.context.register(annot);
  const existing = from.node.lookup(PDFName.of('Annots'));
  if (existing && 'push' in existing) (existing as unknown as { push(r: PDFRef): void }).push(ref);
  else from.node.set(PDFName.of('Annots'), doc.context.obj([ref]));
}
