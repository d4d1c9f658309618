/**
 * The chapters GB/T 1.1 puts before a standard's own provisions — 1 范围, 2 规范性引用文件,
 * 3 术语和定义 — as a document has them. A document whose first chapter is numbered 2 to 4
 * (`startNumber: 4`, decimal numbering) leaves those numbers to them, so whatever prints it shows
 * 1, 2 and 3 before 4 仪容与着装 instead of starting at 4 after an unnumbered header; a chapter
 * the content has nothing for says so in the standard's own words. Articles (第一条…) and
 * documents starting at 1 keep the scope and references as an unnumbered header.
 */
import type { NormDocument } from './types/documents.ts';

export type FrontChapterKind = 'scope' | 'references' | 'terms';

export interface FrontChapter {
  kind: FrontChapterKind;
  /** The chapter number ('1'…'3'); absent when the part is an unnumbered header. */
  number?: string;
  title: string;
  /** What the chapter says when the document has nothing for it (GB/T 1.1's wording). */
  empty?: string;
}

const FRONT: readonly { kind: FrontChapterKind; title: string; empty?: string }[] = [
  { kind: 'scope', title: '范围' },
  { kind: 'references', title: '规范性引用文件', empty: '本文件没有规范性引用文件。' },
  { kind: 'terms', title: '术语和定义', empty: '本文件没有需要界定的术语和定义。' },
];

/** The number of the first chapter of a document's own provisions after the front chapters (4). */
export const FIRST_PROVISION_CHAPTER = FRONT.length + 1;

/** The opening sentence of a list of normative references (GB/T 1.1). */
export const REFERENCES_INTRO = '下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。';

/** The document's front chapters in order: numbered ones, or the scope (and references) as a header. */
export function frontChapters(doc: Pick<NormDocument, 'numbering' | 'startNumber' | 'references'>): FrontChapter[] {
  // The number as written, not the first chapter a unit keeps (a unit may leave chapter 4 out).
  const decimal = doc.numbering === undefined || doc.numbering === 'decimal';
  const first = decimal ? (doc.startNumber ?? 1) : Number.NaN;
  const numbered = Number.isInteger(first) && first >= 2 && first <= FIRST_PROVISION_CHAPTER ? first - 1 : 0;
  const chapters: FrontChapter[] = [];
  FRONT.forEach((f, i) => {
    if (i < numbered) chapters.push({ ...f, number: String(i + 1) });
    else if (f.kind === 'scope' || (f.kind === 'references' && doc.references.length > 0))
      chapters.push({ kind: f.kind, title: f.title });
  });
  return chapters;
}
