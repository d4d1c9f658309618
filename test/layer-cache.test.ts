/**
 * ELK's layers kept between builds (src/diagram/layout/layers.ts): the same answer as ELK's, read
 * back for the same graph, laid out again for another graph or a damaged entry.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { elkLayers, LAYER_CACHE_ENV } from '../src/diagram/layout/layers.ts';

const DIR = path.resolve('test/.tmp/layer-cache');
const nodes = ['a', 'b', 'c', 'd'].map((id) => ({ id, width: 120, height: 40 }));
const edges = [
  { from: 'a', to: 'b' },
  { from: 'b', to: 'c' },
  { from: 'b', to: 'd' },
  { from: 'd', to: 'b', label: '补正' },
];
const entries = () => fs.readdirSync(DIR).filter((f) => f.endsWith('.json'));

afterEach(() => {
  delete process.env[LAYER_CACHE_ENV];
});

describe('ELK layers kept between builds', () => {
  it('gives ELK’s answer, reads it back for the same graph and lays out another graph afresh', async () => {
    fs.rmSync(DIR, { recursive: true, force: true });
    const fresh = await elkLayers(nodes, edges);
    process.env[LAYER_CACHE_ENV] = DIR;
    expect(await elkLayers(nodes, edges)).toEqual(fresh);
    expect(entries()).toHaveLength(1);
    const file = path.join(DIR, entries()[0]!);
    // Read back, not laid out again: an entry changed by hand is what comes back.
    const kept = JSON.parse(fs.readFileSync(file, 'utf8')) as { key: string; placed: { id: string }[] };
    fs.writeFileSync(file, JSON.stringify({ ...kept, placed: kept.placed.filter((p) => p.id !== 'c') }));
    expect((await elkLayers(nodes, edges)).has('c')).toBe(false);
    // A damaged entry is laid out again and replaced.
    fs.writeFileSync(file, '{"key": "trunc');
    expect(await elkLayers(nodes, edges)).toEqual(fresh);
    // Another graph (a node wider) has an entry of its own.
    await elkLayers([{ ...nodes[0]!, width: 200 }, ...nodes.slice(1)], edges);
    expect(entries()).toHaveLength(2);
  });
});

describe('ELK where a global `self` exists', () => {
  // elk-worker.min.js exports its in-process worker only where no `self` exists: with one, ELK
  // failed with "_Worker is not a constructor". A process of its own, so that ELK loads afresh.
  it('lays out as anywhere else, and leaves `self` as it was', () => {
    const script = `
      globalThis.self = { marker: 1 };
      const { elkLayers } = await import('./src/diagram/layout/layers.ts');
      const placed = await elkLayers(${JSON.stringify(nodes)}, ${JSON.stringify(edges)});
      console.log(JSON.stringify({ ids: [...placed.keys()].sort(), self: globalThis.self }));`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      env: { ...process.env, [LAYER_CACHE_ENV]: '' },
    });
    expect(JSON.parse(out.trim().split('\n').at(-1)!)).toEqual({ ids: ['a', 'b', 'c', 'd'], self: { marker: 1 } });
  });
});
