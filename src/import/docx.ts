/**
 * Reads a .docx package into source lines: every paragraph (in tables too) with its style's
 * heading level and the list number Word shows in front of it (see word-numbering.ts), and
 * every table row as one line with its cells. Paragraphs are counted from 1 in document order,
 * table-cell paragraphs included, so the count matches what the importer reports.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { child, children, val, WordNumbering, type ListNumber } from './word-numbering.ts';

export interface DocxLine {
  text: string;
  /** 1-based paragraph number (a table row: its first paragraph). */
  paragraph: number;
  /** Heading level from the paragraph style (0 = Title). */
  heading?: number;
  /** Automatic list number. */
  number?: ListNumber;
  /** A table row: its cells' text. */
  cells?: string[];
}

interface StyleDef {
  name: string;
  basedOn?: string;
  numId?: string;
  ilvl?: number;
  outline?: number;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

async function xml(zip: JSZip, name: string): Promise<Element | undefined> {
  const file = zip.file(name);
  if (!file) return undefined;
  const text = await file.async('string');
  // Broken XML in a secondary part (styles, numbering) must not stop the import: the parser reports and recovers.
  const doc = new DOMParser({ onError: () => undefined }).parseFromString(text, 'text/xml');
  return (doc.documentElement ?? undefined) as Element | undefined;
}

function readStyles(root: Element | undefined): {
  styles: Map<string, StyleDef>;
  numberingStyles: Map<string, string>;
} {
  const styles = new Map<string, StyleDef>();
  const numberingStyles = new Map<string, string>();
  for (const s of root ? children(root, 'style') : []) {
    const id = s.getAttributeNS(W, 'styleId') ?? s.getAttribute('w:styleId') ?? '';
    const type = s.getAttributeNS(W, 'type') ?? s.getAttribute('w:type');
    const pPr = child(s, 'pPr');
    const numPr = child(pPr, 'numPr');
    const numId = val(child(numPr, 'numId'));
    if (type === 'numbering') {
      if (numId !== undefined) numberingStyles.set(id, numId);
      continue;
    }
    if (type !== 'paragraph') continue;
    const ilvl = val(child(numPr, 'ilvl'));
    const outline = val(child(pPr, 'outlineLvl'));
    const basedOn = val(child(s, 'basedOn'));
    styles.set(id, {
      name: val(child(s, 'name')) ?? id,
      ...(basedOn !== undefined ? { basedOn } : {}),
      ...(numId !== undefined ? { numId } : {}),
      ...(ilvl !== undefined ? { ilvl: Number(ilvl) } : {}),
      ...(outline !== undefined ? { outline: Number(outline) } : {}),
    });
  }
  return { styles, numberingStyles };
}

/** Heading level of a style name or id: Title → 0, Heading 2 / 标题 2 → 2. */
function headingOfName(name: string): number | undefined {
  if (/^(title|标题)$/iu.test(name)) return 0;
  const m = /^(?:heading|标题)\s*(\d)$/iu.exec(name);
  return m ? Number(m[1]) : undefined;
}

/** Follows a style's basedOn chain (at most 10 steps: a loop must not hang the import). */
function styleChain(styles: ReadonlyMap<string, StyleDef>, id: string | undefined): StyleDef[] {
  const out: StyleDef[] = [];
  for (
    let s = id !== undefined ? styles.get(id) : undefined, k = 0;
    s && k < 10;
    s = s.basedOn !== undefined ? styles.get(s.basedOn) : undefined, k++
  )
    out.push(s);
  return out;
}

/** Heading level of a paragraph style: from its name or id, or its outline level, along its basedOn chain. */
function headingOfStyle(styles: ReadonlyMap<string, StyleDef>, styleId: string | undefined): number | undefined {
  for (const s of styleChain(styles, styleId)) {
    const h = headingOfName(s.name) ?? headingOfName(styleId ?? '');
    if (h !== undefined) return h;
    if (s.outline !== undefined && s.outline < 9) return s.outline + 1;
  }
  return styleId !== undefined ? headingOfName(styleId) : undefined;
}

/** Elements whose content is not the paragraph's words: deleted text, field codes, drawings, note references, properties. */
const NOT_WORDS = new Set([
  'del',
  'delText',
  'instrText',
  'drawing',
  'pict',
  'footnoteReference',
  'endnoteReference',
  'commentReference',
  'pPr',
  'rPr',
]);

/** The words of a paragraph (or any element in it): text runs, tabs and line breaks. */
function textOf(el: Element): string {
  let out = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    const name = e.localName ?? '';
    if (name === 't') out += e.textContent ?? '';
    else if (name === 'tab') out += '\t';
    else if (name === 'br' || name === 'cr') out += '\n';
    else if (name === 'noBreakHyphen') out += '-';
    else if (NOT_WORDS.has(name)) continue;
    else if (name === 'AlternateContent') {
      const fallback = child(e, 'Fallback');
      if (fallback) out += textOf(fallback);
    } else out += textOf(e);
  }
  return out;
}

/** A package being read: its styles and list numbering, the paragraphs counted so far and the lines read. */
interface DocxReading {
  styles: Map<string, StyleDef>;
  numbering: WordNumbering;
  paragraph: number;
  lines: DocxLine[];
}

/** One paragraph: counted even when empty (so the count matches Word's), with its heading level and list number. */
function readParagraph(r: DocxReading, p: Element): DocxLine | undefined {
  r.paragraph++;
  const pPr = child(p, 'pPr');
  const styleId = val(child(pPr, 'pStyle'));
  const numPr = child(pPr, 'numPr');
  let numId = val(child(numPr, 'numId'));
  let ilvl = val(child(numPr, 'ilvl')) !== undefined ? Number(val(child(numPr, 'ilvl'))) : undefined;
  if (numId === undefined) {
    // Numbering that comes with the paragraph style (Word's numbered headings).
    for (const s of styleChain(r.styles, styleId)) {
      if (s.numId === undefined) continue;
      numId = s.numId;
      ilvl ??= s.ilvl ?? (styleId !== undefined ? r.numbering.levelOfStyle(s.numId, styleId) : undefined);
      break;
    }
  }
  const text = textOf(p);
  // An empty numbered paragraph still takes its number in Word; count it so the next one matches.
  const number = numId !== undefined ? r.numbering.next(numId, ilvl ?? 0) : undefined;
  if (text.trim() === '') return undefined;
  const heading = headingOfStyle(r.styles, styleId);
  return { text, paragraph: r.paragraph, ...(heading !== undefined ? { heading } : {}), ...(number ? { number } : {}) };
}

/** The text of a table cell: its paragraphs (a numbered one with its number), one a line. */
function cellText(r: DocxReading, tc: Element): string {
  const inner: string[] = [];
  const collect = (c: Element): void => {
    for (let m = c.firstChild; m; m = m.nextSibling) {
      if (m.nodeType !== 1) continue;
      const x = m as Element;
      if (x.localName === 'p') {
        const line = readParagraph(r, x);
        if (line) inner.push(line.number ? `${line.number.text} ${line.text}` : line.text);
      } else if (x.localName !== 'tcPr') collect(x);
    }
  };
  collect(tc);
  return inner.join('\n').trim();
}

/** Reads the paragraphs and table rows under `el` in document order (into content controls, custom XML and smart tags). */
function readBlocks(r: DocxReading, el: Element): void {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    if (e.localName === 'p') {
      const line = readParagraph(r, e);
      if (line) r.lines.push(line);
    } else if (e.localName === 'tbl') {
      for (const tr of children(e, 'tr')) {
        const first = r.paragraph + 1;
        const cells = children(tr, 'tc').map((tc) => cellText(r, tc));
        if (cells.some((c) => c !== ''))
          r.lines.push({ text: cells.filter((c) => c !== '').join(' '), paragraph: first, cells });
      }
    } else if (e.localName === 'sdt') {
      const content = child(e, 'sdtContent');
      if (content) readBlocks(r, content);
    } else if (e.localName === 'customXml' || e.localName === 'smartTag') {
      readBlocks(r, e);
    }
  }
}

export async function readDocxPackage(buf: Buffer): Promise<DocxLine[]> {
  const zip = await JSZip.loadAsync(buf);
  const body = child(await xml(zip, 'word/document.xml'), 'body');
  if (!body) throw new Error('word/document.xml has no body');
  const { styles, numberingStyles } = readStyles(await xml(zip, 'word/styles.xml'));
  const r: DocxReading = {
    styles,
    numbering: new WordNumbering(await xml(zip, 'word/numbering.xml'), numberingStyles),
    paragraph: 0,
    lines: [],
  };
  readBlocks(r, body);
  return r.lines;
}
