/**
 * The page cache (src/site/page-cache.ts) after an edit of a quiz question, the organisation's
 * name and a document's version and effective date: the rebuild's output is the bytes the same
 * rebuild makes without the cache.
 */
import { cpSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, editAndCompare, replaceIn } from './support/page-cache-run.ts';
import { suiteTempDir } from './support/temp-dir.ts';

const ORG = path.resolve('test/fixtures/orgs/chengchuan-water-bus');
const root = suiteTempDir('page-cache-org');
const NO_PDF = ['--no-pdf'];

describe('the page cache, after a question, the organisation or a date is edited', () => {
  beforeAll(async () => {
    cpSync(ORG, path.join(root, 'content'), { recursive: true });
    await build(path.join(root, 'content'), path.join(root, 'out'), NO_PDF);
  }, 300_000);

  it('the organisation’s name', { timeout: 300_000 }, async () => {
    const { rendered, pages } = await editAndCompare(
      root,
      replaceIn('organisation.yaml', 'name: 澄川市城市公用集团有限公司', 'name: 澄川市城市公用事业集团有限公司'),
      NO_PDF,
    );
    expect(rendered).toContain('units/water-hall/index.html');
    expect(rendered.length).toBeGreaterThan(pages / 2);
  });

  // One rebuild for a quiz question and a document's version (each rebuild is two site builds):
  // the study pages that show the question are not cached (page-cache.ts: CACHED_ROUTES), so for it
  // the same bytes is the test.
  it('a quiz question, and a document’s version and effective date', { timeout: 300_000 }, async () => {
    const { rendered } = await editAndCompare(
      root,
      (content) => {
        replaceIn('quiz/water.yaml', '票款当面点清。', '票款当面点清，并请用户核对。')(content);
        replaceIn(
          'norms/bus-norms.yaml',
          /version: "2026\.1"\neffective: 2026-04-01/,
          'version: "2026.2"\neffective: 2026-05-01',
        )(content);
      },
      NO_PDF,
    );
    expect(rendered).toContain('norms/bus-norms/index.html');
    expect(rendered).not.toContain('units/water-hall/index.html');
  });
});
