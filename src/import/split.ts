/**
 * Compilations: a file holding several documents one after another (web pages of collected
 * 范文, a Word file of a unit's rules). A new document starts at
 * - a part marker: 第二篇：…, "… 篇三";
 * - a title line (…规范, …办法, …倡议书) after the previous document's signature or closing;
 * - a restart of the top-level numbering (一、 again after 四、) under a title line or after a
 *   closing paragraph — or anywhere, when the user asks with `--split`.
 * Each document keeps its own title, and the lines that belong to no clause (the compilation's
 * title, signatures) go to its comment.
 */
import { isSignatureLine, looksLikeDocumentTitle, looksLikeTitle } from './front.ts';
import { COMPILATION_TITLE, markerOfLine, type Line } from './lines.ts';
import type { Marker } from './numbering.ts';
import { shorten } from './text.ts';
import type { ImportWarning, Located } from './types.ts';

/** auto: split where the boundary is clear; always: also at every restart of the top-level numbering; never: one document. */
export type SplitMode = 'auto' | 'always' | 'never';

export interface DocumentSlice {
  lines: Line[];
  /** The document's title, when a part marker or a title line gave it. */
  title?: Located;
  /** Lines of no clause: the compilation's title and such, for the comment. */
  notes: Located[];
  /** The signature (落款) at the end: organisation and date lines. */
  signature: Line[];
}

/** Words that open a document's last paragraph: a summary, a call, the effective date. */
export const CLOSING_CUE =
  /^(?:通过|总之|综上|总而言之|以上|上述|让我们|希望|我们(?:相信|期待|坚信|将)|本(?:规范|办法|制度|方案|规定|标准|细则|准则|守则|承诺|倡议)(?:自|从|由|经|未尽)|未尽事宜)/u;

const normTitle = (s: string): string => s.replace(/[\s：:“”"《》]/gu, '');

/** A compilation being read: where documents start, and the top-level numbering of the current one. */
interface Splitting {
  lines: readonly Line[];
  markers: readonly (Marker | undefined)[];
  mode: SplitMode;
  boundaries: { at: number; title?: Located; skip: number }[];
  docStart: number;
  top?: { scheme: string; depth: number; max: number };
  sawClause: boolean;
  warnings: ImportWarning[];
}

function startDoc(s: Splitting, at: number, title: Located | undefined, skip: number): void {
  s.boundaries.push({ at, ...(title ? { title } : {}), skip });
  s.docStart = at;
  s.top = undefined;
  s.sawClause = false;
}

/** A part marker (第二篇：…) at line `i` starts a document; returns how many lines its title took. */
function startPart(s: Splitting, i: number, m: Marker): number {
  const l = s.lines[i] as Line;
  let title = m.rest.trim();
  let skip = 1;
  const next = s.lines[i + 1];
  // "第一篇：让服务成为常态" is often followed by its title again on the next line.
  // Only a title line: a paragraph that merely opens with the title's words ("……方案旨在……。") is text.
  if (
    next &&
    !s.markers[i + 1] &&
    looksLikeTitle(next.text) &&
    (title === '' || normTitle(next.text) === normTitle(title) || normTitle(next.text).startsWith(normTitle(title)))
  ) {
    if (title === '' || [...next.text].length >= [...title].length) title = next.text;
    skip = 2;
  }
  startDoc(s, i, title === '' ? undefined : { text: title, line: l.line }, skip);
  return skip;
}

/**
 * The top-level numbering restarts at line `i` (一、 again after 四、): a new document when a
 * title line stands a few lines up, a closing paragraph just before, or the user asked for
 * --split; otherwise a warning suggesting --split.
 */
function restart(s: Splitting, i: number, m: Marker): void {
  const { lines, markers } = s;
  const l = lines[i] as Line;
  const prev = lines[i - 1];
  const prevIsTitle =
    prev !== undefined &&
    !markers[i - 1] &&
    looksLikeTitle(prev.text) &&
    [...prev.text].length <= 30 &&
    !/[：:]/u.test(prev.text) &&
    !/^第[一二三四五六七八九十\d]+部分/u.test(prev.text);
  // A document title a few unnumbered lines up (倡议书 / 同仁们： / an opening paragraph / 一、).
  let titleAt = -1;
  for (let k = i - 1; k >= Math.max(s.docStart + 1, i - 6) && !markers[k]; k--)
    if (looksLikeDocumentTitle((lines[k] as Line).text)) titleAt = k;
  if (titleAt >= 0) {
    const t = lines[titleAt] as Line;
    startDoc(s, titleAt, { text: t.text, line: t.line }, 1);
  } else if (prev !== undefined && !markers[i - 1] && CLOSING_CUE.test(prev.text)) {
    startDoc(s, i, undefined, 0);
  } else if (s.mode === 'always') {
    startDoc(
      s,
      prevIsTitle ? i - 1 : i,
      prevIsTitle && prev ? { text: prev.text, line: prev.line } : undefined,
      prevIsTitle ? 1 : 0,
    );
  } else {
    s.warnings.push({
      line: l.line,
      message: `编号 ${m.written} 在顶层重新开始，可能是另一篇文件；若是，请加 --split 分成多个文件 / top-level numbering restarts at ${m.written}: perhaps another document; add --split to write one file per document`,
    });
  }
}

/** The documents between the boundaries; lines before the first are a document of their own if they hold clauses, else the compilation's header. */
function slicesAt(s: Splitting): DocumentSlice[] {
  const { lines, markers, boundaries } = s;
  const slices: DocumentSlice[] = [];
  const head = lines.slice(0, boundaries[0]?.at ?? 0);
  const headHasClauses = head.some((_, k) => markers[k] !== undefined);
  if (headHasClauses) slices.push(withSignature({ lines: head, notes: [], signature: [] }));
  boundaries.forEach((b, k) => {
    const end = boundaries[k + 1]?.at ?? lines.length;
    const body = lines.slice(b.at + b.skip, end);
    const notes: Located[] = k === 0 && !headHasClauses ? head.map((l) => ({ text: l.text, line: l.line })) : [];
    slices.push(withSignature({ lines: body, ...(b.title ? { title: b.title } : {}), notes, signature: [] }));
  });
  return slices;
}

export function splitDocuments(
  lines: readonly Line[],
  mode: SplitMode,
): { slices: DocumentSlice[]; warnings: ImportWarning[] } {
  const warnings: ImportWarning[] = [];
  const markers: (Marker | undefined)[] = lines.map((l) => markerOfLine(l));
  if (mode === 'never') return { slices: [withSignature({ lines: [...lines], notes: [], signature: [] })], warnings };
  const s: Splitting = { lines, markers, mode, boundaries: [], docStart: 0, sawClause: false, warnings };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    const m = markers[i];
    if (m?.scheme === 'part') {
      i += startPart(s, i, m) - 1;
      continue;
    }
    if (
      !m &&
      s.sawClause &&
      looksLikeDocumentTitle(l.text) &&
      !COMPILATION_TITLE.test(l.text) &&
      endOfDocumentBefore(lines, markers, i, s.docStart) &&
      markerSoon(markers, i)
    ) {
      startDoc(s, i, { text: l.text, line: l.line }, 1);
      continue;
    }
    if (!m) continue;
    const depth = m.parts?.length ?? 0;
    if (!s.top) s.top = { scheme: m.scheme, depth, max: m.ordinal };
    else if (m.scheme === s.top.scheme && depth === s.top.depth) {
      if (m.ordinal === 1 && s.top.max >= 2 && s.sawClause) {
        restart(s, i, m);
        if ((s.boundaries[s.boundaries.length - 1]?.at ?? -1) >= i - 6) s.top = { scheme: m.scheme, depth, max: 1 };
      } else s.top.max = Math.max(s.top.max, m.ordinal);
    }
    s.sawClause = true;
  }

  if (s.boundaries.length === 0)
    return { slices: [withSignature({ lines: [...lines], notes: [], signature: [] })], warnings };
  const slices = slicesAt(s);
  if (slices.length > 1) {
    warnings.push({
      line: s.boundaries[0]?.title?.line ?? lines[s.boundaries[0]?.at ?? 0]?.line,
      message: `这个文件包含 ${slices.length} 篇文件，分别导入：${slices.map((x) => `「${shorten(x.title?.text ?? '（无标题）', 16)}」`).join('、')} / the file holds ${slices.length} documents, imported one by one`,
    });
  }
  return { slices, warnings };
}

/** Moves the signature lines (organisation, date, signer) at the end of a slice out of its body. */
function withSignature(slice: DocumentSlice): DocumentSlice {
  let end = slice.lines.length;
  while (end > 0) {
    const l = slice.lines[end - 1] as Line;
    if (l.heading !== undefined || l.number || l.cells || markerOfLine(l) || !isSignatureLine(l.text)) break;
    end--;
  }
  // A signature is at most a few lines; a long run of short organisation-like lines is content.
  if (slice.lines.length - end > 4 || end === 0) return slice;
  return { ...slice, lines: slice.lines.slice(0, end), signature: slice.lines.slice(end) };
}

/** Whether the lines just before `i` close a document: a signature, or a closing paragraph. */
function endOfDocumentBefore(
  lines: readonly Line[],
  markers: readonly (Marker | undefined)[],
  i: number,
  docStart: number,
): boolean {
  let k = i - 1;
  let signature = 0;
  while (k > docStart && !markers[k] && isSignatureLine((lines[k] as Line).text) && signature < 4) {
    k--;
    signature++;
  }
  if (signature > 0) return true;
  const prev = lines[i - 1];
  return prev !== undefined && !markers[i - 1] && CLOSING_CUE.test(prev.text);
}

/** Whether a numbered line follows within a few lines (a title line introduces clauses). */
function markerSoon(markers: readonly (Marker | undefined)[], i: number): boolean {
  for (let k = i + 1; k < Math.min(markers.length, i + 8); k++) if (markers[k]) return true;
  return false;
}
