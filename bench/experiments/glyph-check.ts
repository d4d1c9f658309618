/**
 * CPU time of `guifan check`'s glyph check over a content folder, the fonts parsed beforehand
 * (not counted): the part the YAML text costs.
 *
 *   npx tsx bench/experiments/glyph-check.ts [CONTENT_DIR]
 */
import path from 'node:path';
import { checkGlyphs } from '../../src/print/glyph-check.ts';
import { defaultTemplatesDir, loadTemplates } from '../../src/print/templates.ts';
import { FontCache } from '../../src/print/fonts.ts';
const dir = path.resolve(process.argv[2] ?? 'content');
const templates = loadTemplates(defaultTemplatesDir());
const fonts = new FontCache();
checkGlyphs(dir, templates, fonts); // warm: fonts parsed, code compiled
const runs = 3;
const t = process.cpuUsage();
let n = 0;
for (let i = 0; i < runs; i++) n = checkGlyphs(dir, templates, fonts).length;
const c = process.cpuUsage(t);
console.log(
  `${dir}: ${((c.user + c.system) / 1000 / runs).toFixed(0)} ms CPU per check (fonts parsed beforehand), ${n} diagnostics`,
);
