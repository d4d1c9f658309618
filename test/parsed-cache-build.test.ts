/**
 * `guifan build` keeps each content file's parse beside the out folder (src/model/parsed-cache.ts)
 * and a rebuild parses only the files that changed. What it says and what it writes must be what
 * a build without the cache says and writes: the same errors (file, line, field, both languages)
 * when they are found in files whose parse was kept, and the same output after a clause edit.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { testTempDir } from './support/temp-dir.ts';

const run = promisify(execFile);
const bin = path.resolve('src/cli/bin.mjs');
const ORG = path.resolve('test/fixtures/orgs/chengchuan-water-bus');

/** The build's exit code and everything it printed; `cache: false` as GUIFAN_NO_CACHE=1 asks. */
async function build(content: string, out: string, cache = true): Promise<{ code: number; said: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [bin, 'build', '--content', content, '--out', out, '--no-pdf'],
      { env: { ...process.env, GUIFAN_DEBUG: '', GUIFAN_NO_CACHE: cache ? '' : '1' }, maxBuffer: 16 * 1024 * 1024 },
    );
    return { code: 0, said: `${stdout}\n${stderr}` };
  } catch (e) {
    const { code, stdout, stderr } = e as { code: number; stdout: string; stderr: string };
    return { code, said: `${stdout}\n${stderr}` };
  }
}

/** Every file under `dir`, path → bytes. */
function tree(dir: string, rel = ''): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const [k, v] of tree(dir, r)) files.set(k, v);
    else files.set(r, readFileSync(path.join(dir, r)));
  }
  return files;
}

/**
 * What the build said, without what differs between any two builds: the out folder's name, the
 * time taken, another build waited for, the site's code bundles reused (GUIFAN_NO_CACHE=1 makes them).
 */
const comparable = (said: string, out: string): string =>
  said
    .split(out)
    .join('<out>')
    .split('\n')
    .filter((line) => !/已生成|等待本机另一个|沿用上次生成时打包的代码/.test(line))
    .join('\n');

describe('a build with the content files’ parses kept', () => {
  it('says and writes what a build without them does', { timeout: 900_000 }, async () => {
    const root = testTempDir('parsed-cache-build');
    const content = path.join(root, 'content');
    cpSync(ORG, content, { recursive: true });
    const out = path.join(root, 'out');
    const norms = path.join(content, 'norms/service-norms-cc.yaml');
    const original = readFileSync(norms, 'utf8');

    // An id others cite renamed: the assessment's and the quiz's errors are found in kept parses.
    expect((await build(content, out)).code).toBe(0);
    const parsed = path.join(root, '.guifan-cache/out/parsed');
    expect(readdirSync(parsed).filter((n) => n.endsWith('.bin')).length).toBeGreaterThan(10);
    const renamed = original.replace(/\bid: service-norms-cc-2-5-3\b/, 'id: service-norms-cc-2-5-9');
    expect(renamed).not.toBe(original);
    for (const text of [renamed, original.replace('clauses:\n', 'clauses: [\n')]) {
      writeFileSync(norms, text);
      const kept = await build(content, out);
      const fresh = await build(content, out, false);
      expect(kept.code).not.toBe(0);
      expect(kept.code).toBe(fresh.code);
      expect(comparable(kept.said, out)).toBe(comparable(fresh.said, out));
    }

    // A clause's words edited: the rebuild's output is that of a rebuild without the cache. The
    // failed builds left the first one's output as it was (robust-build proves it), so both
    // rebuilds start from it, the one with the parses kept from those of the failed builds. The
    // other rebuild goes into another out folder, for which no parse is kept (the cache lives
    // beside each out folder: .guifan-cache/<out>/parsed), so it parses every file; not with
    // GUIFAN_NO_CACHE=1, which would also bundle the site's code afresh (~8 s of CPU) for
    // nothing this compares.
    const other = path.join(root, 'other');
    cpSync(out, other, { recursive: true });
    writeFileSync(norms, original.replace('制定本规范。', '制定本规范，并做好记录。'));
    expect(existsSync(path.join(root, '.guifan-cache/other'))).toBe(false);
    const kept = await build(content, out);
    const fresh = await build(content, other);
    expect(kept.code).toBe(0);
    expect(comparable(kept.said, out)).toBe(comparable(fresh.said, other));
    const made = tree(out);
    const expected = tree(other);
    expect([...made.keys()].sort()).toEqual([...expected.keys()].sort());
    expect([...expected].filter(([k, v]) => !made.get(k)?.equals(v)).map(([k]) => k)).toEqual([]);
  });
});
