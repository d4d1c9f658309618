/**
 * The pocket card's lines as laid out (fitCard's plan, drawn into a recorder, no PDF): a line is
 * justified only when it is not the last of its paragraph and its natural width is close to the
 * measure, and then it fills the measure. A line the breaker had to leave short is set at its
 * natural spacing: before, 对我们的服务有意见，请拨打集团监督电话 (its number wrapped to the next
 * line) was letter-spaced 0.095 em a gap and still ended 37 pt short of the measure.
 */
import type { PDFPage } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModelOrThrow } from '../src/model/index.ts';
import type { Model } from '../src/model/types.ts';
import { fitCard } from '../src/print/card.ts';
import { FontCache } from '../src/print/fonts.ts';
import { breakLines, type Line } from '../src/print/layout/lines.ts';
import { Measure } from '../src/print/measure.ts';
import type { Typesetter } from '../src/print/render.ts';
import { defaultTemplatesDir, loadTemplates, type CardTemplate } from '../src/print/templates.ts';

const ORGS = [
  'test/fixtures/search-orgs/luping-estate-insure',
  'test/fixtures/search-orgs/yanzhou-heat-metro',
  'test/fixtures/orgs/lanxi-civic',
  'content',
];

interface Drawn {
  unit: string;
  text: string;
  natural: number;
  measure: number;
  /** Width as drawn: natural plus what justification adds (fill over the natural gaps). */
  drawn: number;
  justify: boolean;
  last: boolean;
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** Every paragraph line the card sets with align 'justify', as the typesetter would be asked to draw it. */
function planned(model: Model, card: CardTemplate, measure: Measure): Drawn[] {
  const out: Drawn[] = [];
  for (const unit of model.units) {
    const record = (
      _p: PDFPage,
      lines: Line[],
      _x: number,
      _top: number,
      width: number,
      _s: unknown,
      align = 'justify',
    ) => {
      if (align === 'justify')
        lines.forEach((l, i) => {
          const extra = l.justify && l.fill ? sum(l.fill) - sum(l.gaps ?? []) : 0;
          out.push({
            unit: unit.id,
            text: l.text,
            natural: l.width,
            measure: width,
            drawn: l.width + extra,
            justify: l.justify,
            last: i === lines.length - 1,
          });
        });
      return lines.length;
    };
    const black = { type: 'RGB', red: 0, green: 0, blue: 0 };
    const t = { drawLines: record, box: () => undefined, colour: () => black } as unknown as Typesetter;
    const page = { getHeight: () => 153, pushOperators: () => undefined, drawCircle: () => undefined };
    for (const side of fitCard(model, unit, card, measure)) side.draw(t, page as unknown as PDFPage, 0);
  }
  return out;
}

describe('pocket card lines', () => {
  const card = loadTemplates(defaultTemplatesDir()).find((t): t is CardTemplate => t.kind === 'card')!;
  const fonts = new FontCache();
  const byOrg = new Map<string, Drawn[]>();

  beforeAll(async () => {
    for (const dir of ORGS) byOrg.set(dir, planned(await loadModelOrThrow(dir), card, new Measure(fonts, card)));
  }, 120_000);

  it('justifies only lines that are not last and nearly fill the measure, and then fills it', () => {
    for (const [dir, lines] of byOrg) {
      expect(lines.length, dir).toBeGreaterThan(0);
      for (const l of lines) {
        const where = `${dir} ${l.unit}: ${l.text} (${l.natural.toFixed(1)} of ${l.measure.toFixed(1)} pt)`;
        if (l.justify) {
          expect(l.last, where).toBe(false);
          expect(l.natural / l.measure, where).toBeGreaterThan(0.9);
          expect(Math.abs(l.drawn - l.measure), where).toBeLessThan(0.05);
        } else expect(l.drawn, where).toBe(l.natural);
      }
    }
  });

  it('sets the short line before a wrapped phone number at natural spacing', () => {
    const short = [...byOrg.values()]
      .flat()
      .filter((l) => !l.last && /监督电话?$/.test(l.text) && l.natural < l.measure * 0.9);
    // Every organisation here has one: 对窗口服务不满意，请拨打（集团）监督电话 / 0623-….
    expect(new Set(short.map((l) => l.unit)).size).toBeGreaterThanOrEqual(5);
    for (const l of short) {
      expect(l.justify, `${l.unit}: ${l.text}`).toBe(false);
      expect(l.drawn, `${l.unit}: ${l.text}`).toBe(l.natural);
    }
  });

  it('splits a word at a line end only where no nearly-as-good break exists', () => {
    // Breaks between two Han characters of one word as ICU segments them: 工 / 作证, 看暖 / 气,
    // 监督电 / 话 and 开 / 始检票 were set before the breaker weighed words (4 over these cards).
    const words = new Intl.Segmenter('zh', { granularity: 'word' });
    const splits: string[] = [];
    for (const lines of byOrg.values())
      for (let i = 0; i < lines.length; ) {
        let j = i;
        while (!lines[j]!.last) j++;
        const para = lines.slice(i, j + 1);
        const text = para.map((l) => l.text).join('');
        let at = 0;
        const breaks = para.slice(0, -1).map((l) => (at += l.text.length));
        for (const w of words.segment(text))
          for (const b of breaks)
            if (b > w.index && b < w.index + w.segment.length && /\p{Script=Han}{2}/u.test(text.slice(b - 1, b + 1)))
              splits.push(`${para[0]!.unit}: ${text.slice(0, b)} / ${text.slice(b)}`);
        i = j + 1;
      }
    expect(splits).toEqual([]);
  });

  it('leaves a line short of a number too long for its end unjustified, in any paragraph', () => {
    // 10 pt a character, 180 pt a line: the number cannot follow 电话 on the first line.
    const [first, second] = breakLines('对服务不满意，请拨打监督电话0623-5510315。', { width: 180, advance: () => 10 });
    expect(first!.text).toBe('对服务不满意，请拨打监督电话');
    expect(second!.text).toBe('0623-5510315。');
    expect(first!.justify).toBe(false);
    expect(first!.fill).toBeUndefined();
  });
});
