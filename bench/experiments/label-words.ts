/**
 * npx tsx bench/experiments/label-words.ts [--list]
 *
 * How the process charts of every organisation (content/, test/fixtures/orgs/*,
 * test/fixtures/search-orgs/*) wrap their labels, on the site and in print (the handbook's font
 * size and width, estimated widths): per kind of label (lane headers, nodes, branch labels), the
 * lines, the breaks inside an ICU word of two or more Han characters, and the breaks after a
 * pause or closing mark or before an opening one. --list prints every label split inside a word.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { layoutProcess } from '../../src/diagram/layout/index.ts';
import { loadModelOrThrow } from '../../src/model/index.ts';

const HAN = /\p{Script=Han}/u;
const words = new Intl.Segmenter('zh', { granularity: 'word' });
const list = process.argv.includes('--list');
const tally = new Map<string, { labels: number; lines: number; splits: number; phrases: number }>();

function count(kind: string, lines: readonly string[] | undefined, where: string): void {
  if (!lines || lines.length === 0) return;
  const t = tally.get(kind) ?? { labels: 0, lines: 0, splits: 0, phrases: 0 };
  tally.set(kind, t);
  t.labels++;
  t.lines += lines.length;
  const text = lines.join('');
  let at = 0;
  const breaks = lines.slice(0, -1).map((l) => (at += l.length));
  for (const p of breaks)
    if (/[，。、；：？！）」』》]$/.test(text.slice(0, p)) || /^[（「『《]/.test(text.slice(p))) t.phrases++;
  for (const s of words.segment(text))
    for (const p of breaks)
      if (p > s.index && p < s.index + s.segment.length && HAN.test(text[p - 1]!) && HAN.test(text[p]!)) {
        t.splits++;
        if (list) console.log(`  ${where} ${kind}: ${lines.join(' / ')}`);
      }
}

const orgs = [
  'content',
  ...['test/fixtures/orgs', 'test/fixtures/search-orgs'].flatMap((d) =>
    readdirSync(d)
      .map((name) => join(d, name))
      .filter((dir) => existsSync(join(dir, 'processes'))),
  ),
];
const PRINT = { fontSize: 8, targetWidth: 460, maxNodeEms: 40, fill: true };
for (const dir of orgs) {
  const model = await loadModelOrThrow(dir);
  for (const process of model.processes)
    for (const [name, options] of [
      ['site', {}],
      ['print', PRINT],
    ] as const) {
      const layout = await layoutProcess(process, model.roles, options);
      const where = `${dir} ${process.id} ${name}`;
      for (const lane of layout.lanes) count(`${name} lanes`, lane.lines, where);
      for (const node of layout.nodes) count(`${name} nodes`, node.lines, where);
      for (const edge of layout.edges) count(`${name} branches`, edge.labelLines, where);
    }
}
for (const [kind, t] of tally)
  console.log(
    `${kind.padEnd(15)} labels ${t.labels}  lines ${t.lines}  split words ${t.splits}  at a pause or bracket ${t.phrases}`,
  );
