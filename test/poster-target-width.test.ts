/**
 * A poster whose one commitment has a target wider than the target column (不少于1次/季度 among
 * short ones): the target is broken within its column, never drawn over the commitment's text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildPrint } from '../src/print/index.ts';
import { FontCache } from '../src/print/fonts.ts';
import { readGlyphs, type Glyph } from '../src/print/audit/pdf-glyphs.ts';
import { printFixtureModel } from './support/print-fixture-model.ts';
import { testTempDir } from './support/temp-dir.ts';

/** Two letters or digits (compressed punctuation overlaps by design) whose boxes (baseline −0.12 em to +0.88 em, outline advance) overlap by more than 0.5 pt. */
function overlapping(all: Glyph[]): [Glyph, Glyph] | undefined {
  const glyphs = all.filter((g) => /[\p{L}\p{N}]/u.test(g.text));
  for (const [i, a] of glyphs.entries())
    for (const b of glyphs.slice(i + 1)) {
      const dx = Math.min(a.x + a.natural, b.x + b.natural) - Math.max(a.x, b.x);
      const dy =
        Math.min(a.y + a.size * 0.88, b.y + b.size * 0.88) - Math.max(a.y - a.size * 0.12, b.y - b.size * 0.12);
      if (dx > 0.5 && dy > 0.5) return [a, b];
    }
  return undefined;
}

it('breaks a wide target within its column instead of over the text', async () => {
  const model = printFixtureModel();
  const unit = model.units[0]!;
  const [first, ...rest] = unit.commitments;
  const wide = { ...first!.target!, wording: '每季度不少于1次/季度上门' };
  model.units = [{ ...unit, commitments: [{ ...first!, target: wide }, ...rest] }];
  const out = testTempDir('poster-target');
  await buildPrint(model, out, { only: `poster-a4:${unit.id}`, fonts: new FontCache() });
  const [page] = await readGlyphs(readFileSync(join(out, 'print', `poster-a4-${unit.id}.pdf`)));
  expect(page!.glyphs.map((g) => g.text).join('')).toContain('上门');
  const clash = overlapping(page!.glyphs);
  expect(clash?.map((g) => `${g.text}@${g.x.toFixed(1)},${g.y.toFixed(1)}`)).toBeUndefined();
});
