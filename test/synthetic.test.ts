/**
 * The benchmark's synthetic organisation is real content: it loads with no
 * diagnostics at all, scales the example's counts as documented, has unique ids,
 * varies its wording, and is the same for the same seed.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOrganisation, regionsFor } from '../bench/synthetic.ts';
import { loadModel, walkClauses, type Model } from '../src/model/index.ts';

const work = mkdtempSync(path.join(tmpdir(), 'guifan-synthetic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Counts {
  units: number;
  documents: number;
  clauses: number;
  provisions: number;
  phrases: number;
  forbidden: number;
  processes: number;
  questions: number;
  etiquetteSets: number;
}

function counts(m: Model): Counts {
  const clauses = m.documents.flatMap((d) => [...walkClauses(d.clauses)]);
  const situations = m.etiquette.flatMap((e) => e.situations);
  return {
    units: m.units.length,
    documents: m.documents.length,
    clauses: clauses.length,
    provisions: clauses.filter((c) => c.text !== undefined).length,
    phrases: situations.flatMap((s) => s.phrases).length,
    forbidden: situations.flatMap((s) => s.forbidden).length,
    processes: m.processes.length,
    questions: m.quizzes.reduce((n, q) => n + q.questions.length, 0),
    etiquetteSets: m.etiquette.length,
  };
}

async function load(dir: string): Promise<Model> {
  const { model, diagnostics } = await loadModel(dir);
  // Not only no errors: no warnings either, so the benchmark measures clean content.
  expect(diagnostics).toEqual([]);
  if (!model) throw new Error(`no model for ${dir}`);
  return model;
}

let example: Counts;
beforeAll(async () => {
  example = counts(await load('content'));
});

describe('regions per scale', () => {
  it('gives 1, 5 and 25 regions (4, 20, 100 units) at 1×, 10×, 100×', () => {
    expect([1, 10, 100].map(regionsFor)).toEqual([1, 5, 25]);
  });
});

describe.each([1, 10])('synthetic organisation at %i×', (scale) => {
  const dir = path.join(work, `org-${scale}`);
  let model: Model;
  let summary: ReturnType<typeof generateOrganisation>;

  beforeAll(async () => {
    summary = generateOrganisation(dir, scale, 7);
    model = await load(dir);
  }, 120_000);

  it('scales every document-level count by the factor and units by 4 per region', () => {
    const c = counts(model);
    const regions = regionsFor(scale);
    expect(c.units).toBe(4 * regions);
    expect(summary.units).toBe(c.units);
    expect(c.documents).toBe(example.documents * scale);
    expect(summary.documents).toBe(c.documents);
    expect(c.clauses).toBe(example.clauses * scale);
    expect(c.provisions).toBe(example.provisions * scale);
    expect(c.phrases).toBe(example.phrases * scale);
    expect(c.forbidden).toBe(example.forbidden * scale);
    expect(c.processes).toBe(example.processes * scale);
    expect(c.questions).toBe(example.questions * scale);
    expect(c.etiquetteSets).toBe(example.etiquetteSets * scale);
  });

  it('has units of several industries, with parents, overrides, exclusions and own commitments', () => {
    const industries = new Set(model.units.map((u) => u.industry));
    expect(industries.size).toBeGreaterThanOrEqual(scale === 1 ? 3 : 6);
    const children = model.units.filter((u) => u.parentId !== undefined);
    expect(children.length).toBe(regionsFor(scale));
    for (const u of model.units) {
      const clauses = u.documents.flatMap((d) => [...walkClauses(d.clauses)]);
      expect(clauses.length).toBeGreaterThan(50);
      expect(u.commitments.length).toBeGreaterThan(5);
      // A unit sees processes of its own region only.
      const region = u.id.split('-')[0]!;
      expect(u.processes.length).toBeGreaterThan(0);
      for (const p of u.processes) expect(p.startsWith(`${region}c`)).toBe(true);
      // And etiquette sets of its own region only: group-wide, every unit had every region's volumes.
      expect(u.etiquette.length).toBeGreaterThan(0);
      for (const e of u.etiquette) expect(e.startsWith(`${region}c`)).toBe(true);
    }
    const overridden = model.units
      .flatMap((u) => u.documents.flatMap((d) => [...walkClauses(d.clauses)]))
      .filter((c) => c.origin?.kind === 'overridden');
    expect(overridden.length).toBeGreaterThan(0);
    expect(model.units.some((u) => u.excluded.length > 0)).toBe(true);
    expect(model.units.some((u) => u.commitments.some((c) => c.definedBy === u.id))).toBe(true);
  });

  it('varies the wording instead of repeating the example', () => {
    const texts = model.documents.flatMap((d) => [...walkClauses(d.clauses)]).flatMap((c) => (c.text ? [c.text] : []));
    const distinct = new Set(texts);
    // Recombined wording: nearly every provision reads differently from every other.
    expect(distinct.size / texts.length).toBeGreaterThan(0.9);
    const names = new Set(model.units.map((u) => u.name));
    expect(names.size).toBe(model.units.length);
  });

  it('gives each unit its own numbers and keeps the page and quiz references valid', () => {
    const supervision = model.units.map((u) => u.hotlines.supervision).filter((x): x is string => x !== undefined);
    expect(new Set(supervision).size).toBe(supervision.length);
    expect(model.pages.length).toBe(regionsFor(scale));
    for (const q of model.quizzes.flatMap((b) => b.questions))
      for (const id of q.cites) expect(model.index[id]).toBeDefined();
  });
});

describe('determinism', () => {
  it('writes byte-identical files for the same scale and seed, and different ones for another seed', () => {
    const read = (dir: string): Map<string, string> => {
      const files = new Map<string, string>();
      for (const sub of readdirSync(dir, { recursive: true, withFileTypes: true })) {
        if (sub.isFile()) {
          const abs = path.join(sub.parentPath, sub.name);
          files.set(path.relative(dir, abs), readFileSync(abs, 'utf8'));
        }
      }
      return files;
    };
    generateOrganisation(path.join(work, 'a'), 2, 3);
    generateOrganisation(path.join(work, 'b'), 2, 3);
    generateOrganisation(path.join(work, 'c'), 2, 4);
    const a = read(path.join(work, 'a'));
    expect(read(path.join(work, 'b'))).toEqual(a);
    const c = read(path.join(work, 'c'));
    expect([...a.keys()].sort()).toEqual([...c.keys()].sort());
    expect([...a.entries()].some(([k, v]) => c.get(k) !== v)).toBe(true);
  });
});
