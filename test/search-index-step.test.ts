/**
 * `guifan build` writes the search index itself, after the pages' process has exited
 * (src/cli/search-index-step.ts). Pagefind's indexer is a program of its own: when it dies
 * mid-call its Node API never answers, and the process, with nothing else to do, would end in
 * silence with the build unfinished. Run in a process of its own so that its event loop can
 * empty, as the command's does.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const TMP = path.resolve('test/.tmp/search-index-step');
const step = pathToFileURL(path.resolve('src/cli/search-index-step.ts')).href;

afterAll(() => rmSync(TMP, { recursive: true, force: true }));

describe('the search index written by the build', () => {
  it('an indexer that never answers ends the command with a bilingual error, not in silence', () => {
    mkdirSync(TMP, { recursive: true });
    const script = path.join(TMP, 'silent-indexer.mts');
    writeFileSync(
      script,
      `import { writeSearchIndex } from ${JSON.stringify(step)};
const silent = { createIndex: () => new Promise(() => {}), close: async () => {} };
const model = { organisation: { baseUrl: 'https://example.org/', language: 'zh-CN' } };
writeSearchIndex(model as never, ${JSON.stringify(TMP)}, silent as never).then(
  () => console.log('finished'),
  (e: Error) => { console.error('error: ' + e.message); process.exitCode = 1; },
);
`,
    );
    const r = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', timeout: 60_000 });
    expect(r.signal).toBeNull();
    expect(r.stdout).not.toContain('finished');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('搜索索引程序（Pagefind）中途停止');
    expect(r.stderr).toContain("the site's search indexer (Pagefind) stopped without answering");
  });
});
