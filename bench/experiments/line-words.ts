/**
 * npx tsx bench/experiments/line-words.ts [--list]
 *
 * How the print line breaker sets every paragraph of the pocket cards and handbooks of every
 * organisation (content/, test/fixtures/orgs/*, test/fixtures/search-orgs/*), laid out without a
 * PDF: (a) breaks inside an ICU word of two or more Han characters (电 / 话), (b) ragged lines
 * (neither justified nor last; lines ended by a hard break count too), (c) lines, (d) the mean and
 * largest Han-gap stretch of justified lines, in em. Table cells (set ragged) are counted apart.
 * --list prints every word split with its line.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PDFPage } from 'pdf-lib';
import { loadModelOrThrow } from '../../src/model/index.ts';
import { fitCard } from '../../src/print/card.ts';
import { FontCache } from '../../src/print/fonts.ts';
import { layoutHandbook } from '../../src/print/handbook.ts';
import type { Line } from '../../src/print/layout/lines.ts';
import { Measure } from '../../src/print/measure.ts';
import { handbookScopes } from '../../src/print/plan.ts';
import type { Typesetter } from '../../src/print/render.ts';
import {
  type CardTemplate,
  defaultTemplatesDir,
  type HandbookTemplate,
  loadTemplates,
} from '../../src/print/templates.ts';

const HAN = /\p{Script=Han}/u;
const words = new Intl.Segmenter('zh', { granularity: 'word' });

interface Tally {
  paragraphs: number;
  splits: number;
  ragged: number;
  lines: number;
  justified: number;
  stretchSum: number;
  stretchMax: number;
}
const tally = (): Tally => ({
  paragraphs: 0,
  splits: 0,
  ragged: 0,
  lines: 0,
  justified: 0,
  stretchSum: 0,
  stretchMax: 0,
});
const list = process.argv.includes('--list');
/** --each: one line per paragraph (where, lines, ragged lines, text), to compare two runs paragraph by paragraph. */
const each = process.argv.includes('--each');

/** Breaks of a paragraph's lines that fall between two Han characters of one ICU word. */
function splitsOf(lines: readonly Line[]): string[] {
  const text = lines.map((l) => l.text).join('');
  const breaks = new Set<number>();
  let at = 0;
  for (const l of lines.slice(0, -1)) breaks.add((at += l.text.length));
  const out: string[] = [];
  for (const s of words.segment(text)) {
    const end = s.index + s.segment.length;
    for (let p = s.index + 1; p < end; p++)
      if (breaks.has(p) && HAN.test(text[p - 1]!) && HAN.test(text[p]!))
        out.push(`${text.slice(0, p)} / ${text.slice(p)}`);
  }
  return out;
}

function count(t: Tally, lines: readonly Line[], size: number, where: string): void {
  t.paragraphs++;
  t.lines += lines.length;
  if (each)
    console.log(
      `${where}\t${lines.length}\t${lines.filter((l, i) => !l.justify && i < lines.length - 1).length}\t${lines.map((l) => l.text).join('|')}`,
    );
  for (const s of splitsOf(lines)) {
    t.splits++;
    if (list) console.log(`  ${where}: ${s}`);
  }
  lines.forEach((l, i) => {
    if (!l.justify && i < lines.length - 1) t.ragged++;
    if (!l.justify || !l.fill) return;
    const cps = [...l.text];
    let most = 0;
    for (let k = 0; k + 1 < cps.length; k++)
      if (HAN.test(cps[k]!) && HAN.test(cps[k + 1]!)) most = Math.max(most, (l.fill[k]! - (l.gaps?.[k] ?? 0)) / size);
    t.justified++;
    t.stretchSum += most;
    t.stretchMax = Math.max(t.stretchMax, most);
  });
}

const orgs = [
  'content',
  ...['test/fixtures/orgs', 'test/fixtures/search-orgs'].flatMap((d) =>
    readdirSync(d, { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name !== 'expected')
      .map((e) => join(d, e.name)),
  ),
];
const templates = loadTemplates(defaultTemplatesDir());
const fonts = new FontCache();
const cards = tally();
const books = tally();
const cells = tally();
const started = performance.now();
for (const dir of orgs) {
  const model = await loadModelOrThrow(dir);
  for (const card of templates.filter((t): t is CardTemplate => t.kind === 'card')) {
    const measure = new Measure(fonts, card);
    for (const unit of model.units) {
      const record = (_p: PDFPage, lines: Line[], ...rest: unknown[]) => {
        const s = rest[3] as { size: number };
        if ((rest[4] ?? 'justify') === 'justify') count(cards, lines, s.size, `${dir} card ${unit.id}`);
        return lines.length;
      };
      const black = { type: 'RGB', red: 0, green: 0, blue: 0 };
      const t = { drawLines: record, box: () => undefined, colour: () => black } as unknown as Typesetter;
      const page = { getHeight: () => 153, pushOperators: () => undefined, drawCircle: () => undefined };
      for (const side of fitCard(model, unit, card, measure)) side.draw(t, page as unknown as PDFPage, 0);
    }
  }
  for (const template of templates.filter((t): t is HandbookTemplate => t.kind === 'handbook')) {
    const measure = new Measure(fonts, template);
    for (const scope of handbookScopes(model, template)) {
      const { c } = await layoutHandbook(model, scope, template, measure);
      for (const b of c.blocks) {
        const x = b.content;
        const where = `${dir} ${template.output} ${scope.id}`;
        if ((x.type === 'para' && x.align === 'justify') || x.type === 'clause')
          count(books, x.lines, x.style.size, where);
        if (x.type === 'table')
          for (const row of [x.header, ...x.rows.map((r) => r.cells)])
            for (const cell of row) for (const p of cell.paras) count(cells, p.lines, p.style.size, `${where} cell`);
      }
    }
  }
}
const show = (name: string, t: Tally): void =>
  console.log(
    `${name.padEnd(10)} paragraphs ${t.paragraphs}  (a) word splits ${t.splits}  (b) ragged ${t.ragged}  (c) lines ${t.lines}` +
      `  (d) Han-gap stretch mean ${(t.stretchSum / Math.max(1, t.justified)).toFixed(4)} max ${t.stretchMax.toFixed(4)} em over ${t.justified} justified`,
  );
console.log(`${orgs.length} organisations, ${((performance.now() - started) / 1000).toFixed(1)} s`);
show('cards', cards);
show('handbooks', books);
show('cells', cells);
