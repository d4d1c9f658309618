/**
 * The synonym groups search applies: guifan's default list (default-synonyms.yaml, validated by
 * the same schema as an organisation's synonyms.yaml) unless the organisation switched it off,
 * then the organisation's own groups. Groups sharing a word are merged, so a word never has two
 * different sets of alternatives.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { SynonymsFile } from '../model/schema/synonyms.ts';
import type { Model } from '../model/types.ts';
import { normalizeText } from './tokens.ts';

/**
 * The shipped list, beside this module; when the module was bundled elsewhere (a chunk of the
 * site build), found by walking up to the guifan package.
 */
export function defaultSynonymsFile(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const direct = path.join(here, 'default-synonyms.yaml');
  if (fs.existsSync(direct)) return direct;
  for (const start of [here, process.cwd()]) {
    for (let dir = start; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
      const file = path.join(dir, 'src', 'search', 'default-synonyms.yaml');
      if (fs.existsSync(file)) return file;
    }
  }
  return direct;
}

let defaults: string[][] | undefined;

/** guifan's default groups; throws (naming the file) if the shipped list does not validate. */
export function defaultSynonymGroups(): string[][] {
  if (!defaults) {
    const file = defaultSynonymsFile();
    const result = SynonymsFile.safeParse(parse(fs.readFileSync(file, 'utf8')));
    if (!result.success) throw new Error(`${file}: ${result.error.message}`);
    defaults = result.data.groups;
  }
  return defaults;
}

/** Groups as search uses them: normalised words, groups with a common word merged. */
export function synonymGroups(model: Pick<Model, 'synonyms'>): string[][] {
  const own = model.synonyms?.groups.map((g) => g.words) ?? [];
  const all = [...(model.synonyms?.defaults === false ? [] : defaultSynonymGroups()), ...own];
  const merged: Set<string>[] = [];
  for (const group of all) {
    const words = new Set(group.map((w) => normalizeText(w).trim()).filter(Boolean));
    const overlapping = merged.filter((m) => [...words].some((w) => m.has(w)));
    const into = overlapping[0] ?? new Set<string>();
    for (const m of overlapping.slice(1)) {
      for (const w of m) into.add(w);
      merged.splice(merged.indexOf(m), 1);
    }
    for (const w of words) into.add(w);
    if (!overlapping.length) merged.push(into);
  }
  return merged.map((m) => [...m]).filter((g) => g.length > 1);
}
