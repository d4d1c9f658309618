/**
 * A poster squeezed to its least sizes keeps its hierarchy: the title and the hotline numbers stay
 * larger than the commitments' text (they were shrunk to the text's size: a board of ten long
 * commitments read 服务承诺 and its phone numbers at 20 pt, like the text), whether the texts stay
 * on the sheet or move to the QR page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildPrint } from '../src/print/index.ts';
import { FontCache } from '../src/print/fonts.ts';
import { readGlyphs } from '../src/print/audit/pdf-glyphs.ts';
import { printFixtureModel } from './support/print-fixture-model.ts';
import { testTempDir } from './support/temp-dir.ts';

/** The size most glyphs on the page are set at: the commitments' text. */
function commonestSize(sizes: number[]): number {
  const counts = new Map<number, number>();
  for (const s of sizes) counts.set(Math.round(s * 10) / 10, (counts.get(Math.round(s * 10) / 10) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

it('keeps the title and the hotline numbers larger than the text at its least size', async () => {
  const model = printFixtureModel();
  const unit = model.units[0]!;
  const base = unit.commitments[0]!;
  // Nine commitments of 40 characters: on an A4 sheet they fit in full only at the text's least size
  // (before, by setting the hotline numbers at the text's 14.1 pt).
  const long =
    '窗口工作人员在办理业务的全过程中主动说明所需材料、办理时限和收费依据，对群众提出的疑问当场解答，不能当场解答的登记后按时回复并说明原因。';
  const commitments = Array.from({ length: 9 }, (_, i) => ({
    ...base,
    id: `${base.id}-${i}`,
    title: `承诺事项${i + 1}`,
    text: long.slice(0, 40),
  }));
  model.units = [{ ...unit, commitments }];
  const out = testTempDir('poster-hierarchy');
  await buildPrint(model, out, { only: `poster-a4:${unit.id}`, fonts: new FontCache() });
  const [page] = await readGlyphs(readFileSync(join(out, 'print', `poster-a4-${unit.id}.pdf`)));
  const glyphs = page!.glyphs;
  const body = commonestSize(glyphs.map((g) => g.size));
  const title = glyphs.find((g) => g.text === '服')!.size;
  const number = Object.values(unit.hotlines).find((h) => typeof h === 'string') as string;
  const text = glyphs.map((g) => g.text).join('');
  expect(text).toContain(number);
  const start = text.indexOf(number);
  const numberSize = glyphs[start]!.size;
  expect(title).toBeGreaterThanOrEqual(body * 1.5);
  expect(numberSize).toBeGreaterThan(body);
});
