/**
 * What `guifan build` prints is guifan's own: bilingual lines, Chinese first. No Rollup or Vite
 * warning about a package's source (zod's @__PURE__ comments, src/site/build.ts
 * dependencyWarningsQuiet) and no Node warning ("(node:1234) Warning: …", such as Workbox's on a
 * large study bank, src/site/precache.ts), on a build that makes the site's bundles afresh —
 * the only kind on which Vite prints them.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { rollup } from 'rollup';
import type { RollupLog } from 'rollup';
import { describe, expect, it, onTestFinished } from 'vitest';
import { dependencyWarningsQuiet } from '../src/site/build.ts';
import { PROJECT_ROOT } from '../src/site/site-state.ts';

const run = promisify(execFile);

/** The warnings Rollup passes on through the filter, bundling `input` whose source is `code`. */
async function passedOn(input: string, code: string): Promise<RollupLog[]> {
  const passed: RollupLog[] = [];
  const quiet = dependencyWarningsQuiet(PROJECT_ROOT);
  const bundle = await rollup({
    input,
    plugins: [{ name: 'source', resolveId: (id) => id, load: () => code }],
    onwarn: (warning) => quiet(warning, (w) => passed.push(w as RollupLog)),
  });
  await bundle.close();
  return passed;
}

describe('Rollup warnings', () => {
  // As zod 4's source has it (node_modules/zod/v4/core/util.js).
  const annotated = '// Wrapped in a `@__PURE__` IIFE: why\nexport const n = 1;\n';

  it('a misplaced @__PURE__ comment in a package is not passed on', async () => {
    expect(await passedOn(path.join(PROJECT_ROOT, 'node_modules/dep/util.js'), annotated)).toEqual([]);
  });

  it('in guifan’s own source it is, and so is any other warning about a package', async () => {
    const own = await passedOn(path.join(PROJECT_ROOT, 'src/site/annotated.ts'), annotated);
    expect(own.map((w) => w.code)).toEqual(['INVALID_ANNOTATION']);
    const thisInDep = await passedOn(path.join(PROJECT_ROOT, 'node_modules/dep/this.js'), 'export const x = this;');
    expect(thisInDep.map((w) => w.code)).toEqual(['THIS_IS_UNDEFINED']);
  });
});

describe('guifan build, its bundles made afresh', () => {
  it('prints only guifan’s own lines: no Vite [WARN], no Node warning', { timeout: 300_000 }, async () => {
    // Outside the project: guifan refuses to build into its own folders.
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'guifan-build-output-'));
    onTestFinished(() => fs.rmSync(tmp, { recursive: true, force: true }));
    const { stdout, stderr } = await run(
      process.execPath,
      [
        'src/cli/bin.mjs',
        'build',
        '--content',
        'test/fixtures/orgs/three-level-power',
        '--out',
        path.join(tmp, 'site'),
        '--no-pdf',
      ],
      // GUIFAN_NO_CACHE: the bundles are made, not taken from the last build (src/site/kept-bundle.ts).
      { env: { ...process.env, GUIFAN_NO_CACHE: '1', GUIFAN_DEBUG: '' }, maxBuffer: 16 * 1024 * 1024 },
    );
    const printed = `${stdout}\n${stderr}`;
    expect(printed).not.toContain('code bundles reused');
    expect(printed).toContain('已生成');
    expect(printed).not.toMatch(/\[WARN\]|\[vite\]|node_modules/);
    expect(printed).not.toMatch(/^\(node:\d+\)/m);
    // Every line is guifan's: Chinese first (its English follows).
    const lines = printed.split('\n').filter((l) => l.trim() !== '');
    expect(lines.filter((l) => !/^\s*[\u3000-\u9fff]/.test(l))).toEqual([]);
    expect(fs.existsSync(path.join(tmp, 'site', 'sw.js'))).toBe(true);
  });
});
