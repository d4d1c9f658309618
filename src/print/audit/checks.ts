/**
 * The print audit's measurements over one PDF, from where its glyphs and figures land
 * (pdf-glyphs.ts), never from how guifan meant to set them:
 *
 * - spacesInWords: extra spacing (> 0.02 em) between two characters of one number, Latin word,
 *   range or code (0791-8662, 200—500, Q/YLGY);
 * - uncompressedPunctuation: adjacent full-width marks whose blank halves both stay (”“, 。」, （「);
 * - looseLines: lines with a gap more than 0.1 em wider than its natural width (nothing between
 *   Han characters, the template's Han–Western gap beside a Western run);
 * - runtPages: pages after the first of a document with one to three lines of text;
 * - splitCharts: charts (/Figure sequences) spread over pages although their parts, less the
 *   repeated lane headers, fit in the tallest text block of the document;
 * - posterMinimums: poster text, targets and QR codes under the template's minimums;
 * - lonelyLastLines: a paragraph's last line holding one character (孤字).
 */
import { CLOSING, isHan, isWestern, OPENING, westernFlags } from '../layout/chars.ts';
import { gapBetween, linesOf, type TextLine } from './lines.ts';
import type { PageGlyphs } from './pdf-glyphs.ts';

export interface AuditCounts {
  spacesInWords: number;
  uncompressedPunctuation: number;
  looseLines: number;
  runtPages: number;
  splitCharts: number;
  posterMinimums: number;
  lonelyLastLines: number;
}

export const AUDIT_CHECKS: (keyof AuditCounts)[] = [
  'spacesInWords',
  'uncompressedPunctuation',
  'looseLines',
  'runtPages',
  'splitCharts',
  'posterMinimums',
  'lonelyLastLines',
];

export interface PosterRules {
  /** Points: no text on the poster is smaller. */
  body: number;
  /** Points: the targets (the numbers people look for). */
  target: number;
  /** Millimetres: side of the QR code. */
  qr: number;
  /** Texts of the targets, as drawn. */
  targets: string[];
}

export interface AuditOptions {
  /** Han–Western gap of the template, in em (0.25 by default). */
  latinGap?: number;
  poster?: PosterRules;
}

/** Everything the audit found, with examples for a reader. */
export interface AuditResult {
  counts: AuditCounts;
  examples: Partial<Record<keyof AuditCounts, string[]>>;
}

const SPACE = /^[\s\u3000]$/u;
const EPS = 0.005;

function zero(): AuditCounts {
  return {
    spacesInWords: 0,
    uncompressedPunctuation: 0,
    looseLines: 0,
    runtPages: 0,
    splitCharts: 0,
    posterMinimums: 0,
    lonelyLastLines: 0,
  };
}

/** Characters a reader counts: Han, letters, digits (not punctuation, not blanks drawn for writing in). */
const counted = (ch: string): boolean => isHan(ch) || isWestern(ch);

// Long: one pass over each page's lines, every check counting as it goes (the checks share the lines and the note helper).
export function auditPdf(pages: PageGlyphs[], options: AuditOptions = {}): AuditResult {
  const counts = zero();
  const examples: AuditResult['examples'] = {};
  const note = (k: keyof AuditCounts, text: string): void => {
    counts[k]++;
    const list = (examples[k] ??= []);
    if (list.length < 5) list.push(text);
  };
  const latinGap = options.latinGap ?? 0.25;
  const marked = pages.some((p) => p.glyphs.some((g) => g.artifact));
  const pageLines = pages.map((p) => linesOf(p, marked));

  pageLines.forEach((lines, pi) => {
    for (const line of lines) {
      const gs = line.glyphs;
      const w = westernFlags(gs.map((g) => [...g.text][0] ?? '\u0000'));
      let loose = false;
      for (let i = 0; i + 1 < gs.length; i++) {
        const a = gs[i]!;
        const b = gs[i + 1]!;
        if (a.invisible || b.invisible || SPACE.test(a.text) || SPACE.test(b.text)) continue;
        const em = a.size;
        const gap = gapBetween(a, b) / em;
        if (w[i] && w[i + 1]) {
          if (gap > 0.02)
            note('spacesInWords', `p${pi + 1}: “${a.text}${b.text}” ${gap.toFixed(3)} em in “${line.text}”`);
          continue;
        }
        // Adjacent half-inked marks: the blank between their inks, counting closing ink on the left half.
        if ((CLOSING.has(a.text) || OPENING.has(a.text)) && (CLOSING.has(b.text) || OPENING.has(b.text))) {
          const inkEnd = a.x + (CLOSING.has(a.text) ? 0.5 : 1) * em;
          const inkStart = b.x + (OPENING.has(b.text) ? 0.5 : 0) * em;
          const blank = (inkStart - inkEnd) / em;
          const compressible = !(OPENING.has(a.text) && CLOSING.has(b.text));
          const full = CLOSING.has(a.text) && OPENING.has(b.text) ? 0.75 : 0.25;
          if (compressible && blank > full + EPS)
            note(
              'uncompressedPunctuation',
              `p${pi + 1}: “${a.text}${b.text}” ${blank.toFixed(2)} em blank in “${line.text}”`,
            );
        }
        const boundary = w[i] !== w[i + 1] && (isHan(a.text) || isHan(b.text));
        const allowed = boundary ? latinGap : 0;
        if (gap - allowed > 0.1 + EPS) loose = true;
      }
      if (loose) note('looseLines', `p${pi + 1}: “${line.text}”`);
    }
  });

  // Runt pages: after the first page of a document of three or more pages.
  if (pages.length >= 3) {
    pageLines.forEach((lines, pi) => {
      if (pi === 0) return;
      const body = lines.filter((l) => !l.furniture && l.glyphs.some((g) => !g.invisible && !SPACE.test(g.text)));
      if (body.length >= 1 && body.length <= 3) note('runtPages', `p${pi + 1}: ${body.map((l) => l.text).join(' / ')}`);
    });
  }

  // Charts split over pages that would fit on one.
  const extent = Math.max(
    0,
    ...pages.map((p, pi) => {
      const tops: number[] = [];
      const bottoms: number[] = [];
      for (const l of pageLines[pi]!.filter((x) => !x.furniture)) {
        tops.push(l.y + l.size);
        bottoms.push(l.y - l.size * 0.3);
      }
      for (const f of p.figures) {
        tops.push(Math.max(f.bbox[1], f.bbox[3]));
        bottoms.push(Math.min(f.bbox[1], f.bbox[3]));
      }
      return tops.length > 0 ? Math.max(...tops) - Math.min(...bottoms) : 0;
    }),
  );
  let run: { alt: string; height: number; pages: number; last: number } | undefined;
  const closeRun = (): void => {
    if (run && run.pages > 1 && run.height <= extent + 0.5)
      note('splitCharts', `${run.alt}: ${run.pages} pages, ${run.height.toFixed(0)} pt ≤ ${extent.toFixed(0)} pt`);
    run = undefined;
  };
  pages.forEach((p, pi) => {
    for (const f of p.figures) {
      if (!f.alt || f.alt.startsWith('二维码')) continue;
      const h = Math.abs(f.bbox[3] - f.bbox[1]) - f.artifactHeights.reduce((a, b) => a + b, 0);
      if (run && run.alt === f.alt && run.last === pi - 1) {
        run.height += h;
        run.pages++;
        run.last = pi;
      } else {
        closeRun();
        run = { alt: f.alt, height: h, pages: 1, last: pi };
      }
    }
  });
  closeRun();

  if (options.poster) posterChecks(pages, pageLines, options.poster, note);
  lonelyLines(pageLines, note);
  return { counts, examples };
}

function posterChecks(
  pages: PageGlyphs[],
  pageLines: TextLine[][],
  rules: PosterRules,
  note: (k: keyof AuditCounts, text: string) => void,
): void {
  pageLines.forEach((lines, pi) => {
    for (const l of lines) {
      if (l.furniture) continue;
      const small = l.glyphs.filter((g) => !g.invisible && g.size < rules.body - 0.05);
      if (small.length > 0)
        note('posterMinimums', `p${pi + 1}: ${small[0]!.size.toFixed(1)} pt < ${rules.body} pt: “${l.text}”`);
      if (rules.targets.includes(l.text) && l.size < rules.target - 0.05)
        note('posterMinimums', `p${pi + 1}: target ${l.size.toFixed(1)} pt < ${rules.target} pt: “${l.text}”`);
    }
  });
  const mm = 72 / 25.4;
  pages.forEach((p, pi) => {
    for (const f of p.figures) {
      if (!f.alt.startsWith('二维码')) continue;
      const side = Math.min(Math.abs(f.bbox[2] - f.bbox[0]), Math.abs(f.bbox[3] - f.bbox[1])) / mm;
      if (side < rules.qr - 0.05) note('posterMinimums', `p${pi + 1}: QR code ${side.toFixed(1)} mm < ${rules.qr} mm`);
    }
  });
}

/**
 * A last line of one character under a full line of the same size and left edge, one line
 * pitch below it: the tail of a wrapped paragraph, not an item of its own.
 */
function lonelyLines(pageLines: TextLine[][], note: (k: keyof AuditCounts, text: string) => void): void {
  pageLines.forEach((lines, pi) => {
    const body = lines.filter((l) => !l.furniture);
    body.forEach((line, i) => {
      const chars = [...line.text].filter((ch, k) => counted(ch) && !line.glyphs[k]?.invisible);
      if (chars.length !== 1) return;
      const prev = body
        .slice(0, i)
        .reverse()
        .find((p) => Math.abs(p.x - line.x) < 0.3 * line.size && Math.abs(p.size - line.size) < 0.05);
      if (!prev) return;
      const pitch = prev.y - line.y;
      if (pitch < line.size * 1.0 || pitch > line.size * 2.3) return;
      if (prev.right - prev.x < 8 * line.size) return;
      // The start of a row that goes on to the right (a list number before its text) is not alone.
      if (
        body.some(
          (o) =>
            o !== line &&
            Math.abs(o.y - line.y) < 0.3 * line.size &&
            o.x > line.x &&
            o.x - line.right < 1.5 * line.size,
        )
      )
        return;
      const next = body[i + 1];
      // Continued under the same left edge one pitch below: then it is not a last line.
      if (next && Math.abs(next.x - line.x) < 0.3 * line.size && Math.abs(line.y - next.y - pitch) < 0.5) return;
      note('lonelyLastLines', `p${pi + 1}: “${prev.text}” / “${line.text}”`);
    });
  });
}
