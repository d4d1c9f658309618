/**
 * The page cache (src/site/page-cache.ts) after an edit of a commitment's number, a unit's param
 * value and a role's name: the rebuild's output is the bytes the same rebuild makes without the
 * cache, and the pages that show the edited value were rendered again.
 */
import { cpSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, editAndCompare, replaceIn } from './support/page-cache-run.ts';
import { suiteTempDir } from './support/temp-dir.ts';

const ORG = path.resolve('test/fixtures/orgs/chengchuan-water-bus');
const root = suiteTempDir('page-cache-items');
const NO_PDF = ['--no-pdf'];

describe('the page cache, after an item is edited', () => {
  beforeAll(async () => {
    cpSync(ORG, path.join(root, 'content'), { recursive: true });
    await build(path.join(root, 'content'), path.join(root, 'out'), NO_PDF);
  }, 300_000);

  // One rebuild for the three edits: each rebuild is two site builds (with the cache and without),
  // and the pages each edit reaches are apart (water-hall's board, water-east's board, the meter
  // reader's page), so one edit's pages rendered do not hide another's taken wrongly.
  it('a commitment’s number and target, a unit’s param value and a role’s name', { timeout: 300_000 }, async () => {
    const { rendered } = await editAndCompare(
      root,
      (content) => {
        replaceIn(
          'commitments/water.yaml',
          '压力合格率不低于 97%。\n    target: { value: 97,',
          '压力合格率不低于 98%。\n    target: { value: 98,',
        )(content);
        replaceIn('units/water-east.yaml', 'repair-hours: 12', 'repair-hours: 10')(content);
        replaceIn('roles.yaml', 'name: 抄表员', 'name: 抄表收费员')(content);
      },
      NO_PDF,
    );
    expect(rendered).toContain('units/water-hall/commitments/index.html');
    expect(rendered).toContain('units/water-east/commitments/index.html');
    expect(rendered).toContain('units/water-east/roles/meter-reader/index.html');
    expect(rendered).not.toContain('units/bus-company/commitments/index.html');
  });
});
