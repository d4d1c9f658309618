/**
 * The operators print writes itself in place of pdf-lib's drawing calls (content-stream.ts) are
 * the bytes pdf-lib would write: the PDFs stay byte-identical, and a pdf-lib upgrade that changes
 * its output shows here first.
 */
import { PDFDocument, type PDFPage, rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { fillRectangle, strokeLine } from '../src/print/content-stream.ts';

async function contentOf(draw: (page: PDFPage) => void): Promise<string> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  draw(page);
  const stream = (page as unknown as { getContentStream(): { operators: unknown[] } }).getContentStream();
  return stream.operators.map(String).join('\n');
}

// Whole, fractional, negative and exponent-sized operands (pdf-lib writes the last without an exponent).
const VALUES = [0, 12, 0.4, -3.25, 1 / 3, 4e-7, 123456.789];

describe('operators written directly', () => {
  it('strokeLine writes what page.drawLine writes', async () => {
    const colour = rgb(0.1, 0.2, 1 / 3);
    for (const v of VALUES) {
      const start = { x: v, y: 10 - v };
      const end = { x: v * 2, y: 800.5 };
      expect(await contentOf((p) => strokeLine(p, start, end, Math.abs(v) || 0.4, colour))).toBe(
        await contentOf((p) => p.drawLine({ start, end, thickness: Math.abs(v) || 0.4, color: colour })),
      );
    }
  });

  it('fillRectangle writes what page.drawRectangle writes', async () => {
    const colour = rgb(1, 0.5, 0);
    for (const v of VALUES) {
      expect(await contentOf((p) => fillRectangle(p, v, 20 + v, 30 - v, v, colour))).toBe(
        await contentOf((p) => p.drawRectangle({ x: v, y: 20 + v, width: 30 - v, height: v, color: colour })),
      );
    }
  });
});
