/**
 * Glyphs grouped into the lines a reader sees: consecutive glyphs on one baseline with no more
 * than a column gap between them. Running headers and footers are marked /Artifact by guifan;
 * for PDFs without marks, lines in the top or bottom 7.5 % of the page count as such.
 */
import type { Glyph, PageGlyphs } from './pdf-glyphs.ts';

export interface TextLine {
  glyphs: Glyph[];
  text: string;
  /** Baseline (points from the bottom of the page) and left edge of the first glyph. */
  y: number;
  x: number;
  /** Right edge of the last glyph's outline. */
  right: number;
  size: number;
  furniture: boolean;
}

/** Visual gap between two glyphs: from the end of a's outline advance to b's origin, in points. */
export function gapBetween(a: Glyph, b: Glyph): number {
  return b.x - (a.x + a.natural);
}

const FURNITURE_BAND = 0.075;

export function linesOf(page: PageGlyphs, marked: boolean): TextLine[] {
  const lines: TextLine[] = [];
  let current: Glyph[] = [];
  const flush = (): void => {
    if (current.length === 0) return;
    const first = current[0]!;
    const last = current[current.length - 1]!;
    const size = Math.max(...current.map((g) => g.size));
    const band = page.height * FURNITURE_BAND;
    const furniture = marked ? current.every((g) => g.artifact) : first.y > page.height - band || first.y < band;
    lines.push({
      glyphs: current,
      text: current.map((g) => g.text).join(''),
      y: first.y,
      x: first.x,
      right: last.x + last.natural,
      size,
      furniture,
    });
    current = [];
  };
  for (const g of page.glyphs) {
    const prev = current[current.length - 1];
    if (prev) {
      const em = Math.max(prev.size, g.size);
      const gap = gapBetween(prev, g);
      // Side-by-side elements (a clause number and its text, a bullet, table cells) are drawn by
      // separate operators with a deliberate gap; one operator's glyphs are one line however spaced.
      const limit = g.run === prev.run ? 0.7 : 0.3;
      const sameLine =
        Math.abs(g.y - prev.y) < 0.3 * em && gap > -0.6 * em && gap < limit * em && prev.artifact === g.artifact;
      if (!sameLine) flush();
    }
    current.push(g);
  }
  flush();
  return lines;
}
