/**
 * The build's process lets the model go while the site's process and the print workers build, and
 * reads it back from the JSON file written for them (src/cli/held-model.ts). What it reads back must
 * be the model it let go, in every field model.json and the search index are made from.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HeldModel } from '../src/cli/held-model.ts';
import { loadModel } from '../src/model/index.ts';

const temp: string[] = [];
afterAll(async () => {
  for (const d of temp) await rm(d, { recursive: true, force: true });
});

describe('HeldModel', () => {
  for (const content of ['content', 'test/fixtures/orgs/three-level-power', 'test/fixtures/orgs/mixed-district'])
    it(`${content}: let go and read back, the same model; kept while no file holds it`, async () => {
      const { model } = await loadModel(content);
      if (!model) throw new Error(`${content} does not load`);
      const dir = await mkdtemp(path.join(os.tmpdir(), 'guifan-held-'));
      temp.push(dir);
      const held = new HeldModel(model);
      held.release();
      // Not written anywhere yet: still the model itself.
      expect(held.get()).toBe(model);
      await held.writeTo(path.join(dir, 'model.json'));
      held.release();
      const back = held.get();
      expect(back).not.toBe(model);
      expect(back).toEqual(JSON.parse(JSON.stringify(model)));
      // Nothing of the model is lost on the way but what JSON cannot hold (undefined fields).
      expect(JSON.stringify(back)).toBe(JSON.stringify(model));
      expect(held.get()).toBe(back);
    });
});
