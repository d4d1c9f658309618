/**
 * An out folder whose model.json was written by an older guifan (a kind or a field today's model
 * has is missing): the build goes on without a revision list, says why and how to compare anyway,
 * and keeps the history that model.json carried. A model.json of today's format is still compared.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatVersionStep, versionStep, versionWarningsSince } from '../src/cli/versions.ts';
import { loadModelOrThrow } from '../src/model/index.ts';
import type { Model } from '../src/model/types.ts';
import { suiteTempDir } from './support/temp-dir.ts';

let model: Model;
const tmp = suiteTempDir('older');

beforeAll(async () => {
  model = await loadModelOrThrow('content');
});

/** Writes `json` as an out folder's model.json and runs the version step against it. */
async function stepAgainst(name: string, json: Record<string, unknown>) {
  const outDir = path.join(tmp, name);
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'model.json'), JSON.stringify(json));
  const options = { contentDir: 'content', outDir };
  return { step: await versionStep(model, options), warnings: await versionWarningsSince(model, options) };
}

const history = {
  revisions: [
    { id: 'r-old', date: '2026-01-05', since: { kind: 'output', ref: 'model.json' }, documents: [], scopes: [] },
  ],
};

describe('the out folder holds a model.json of an older guifan', () => {
  it('a whole kind missing (services, added later): builds, says why, keeps the history', async () => {
    const { services: _dropped, ...older } = JSON.parse(JSON.stringify(model)) as Model & Record<string, unknown>;
    const { step, warnings } = await stepAgainst('no-services', { ...older, versions: history });
    expect(step.revision).toBeUndefined();
    expect(step.skipped).toMatch(/older guifan/);
    expect(step.skipped).toMatch(/--since/);
    expect(step.model.versions?.revisions.map((r) => r.id)).toEqual(['r-old']);
    expect(warnings).toEqual([]);
  });

  it('a field inside items missing (situations without forbidden phrases): builds, says why', async () => {
    const older = JSON.parse(JSON.stringify(model)) as Model;
    for (const set of older.etiquette) for (const s of set.situations) delete (s as Partial<typeof s>).forbidden;
    const { step } = await stepAgainst('no-forbidden', older as unknown as Record<string, unknown>);
    expect(step.revision).toBeUndefined();
    expect(step.skipped).toMatch(/older guifan/);
  });

  it("today's format is still compared: an unchanged model gives an empty revision, nothing skipped", async () => {
    const { step } = await stepAgainst('same', JSON.parse(JSON.stringify(model)) as Record<string, unknown>);
    expect(step.skipped).toBeUndefined();
    expect(step.revision).toBeDefined();
    expect(step.revision!.documents.every((d) => d.status === 'same')).toBe(true);
    // Each language names what it is compared with once, in its own words.
    expect(formatVersionStep(step, model).split('\n')[0]).toBe(
      '与上次生成的版本相比 / compared with the output being replaced:',
    );
  });
});
