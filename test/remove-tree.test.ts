/** removeTree (src/cli/remove-tree.ts): the whole folder goes, a link's target stays, a folder not there is no error. */
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeTree } from '../src/cli/remove-tree.ts';
import { testTempDir } from './support/temp-dir.ts';

describe('removeTree', () => {
  it('removes nested folders and files, and links without following them', async () => {
    const root = testTempDir('remove-tree');
    const kept = path.join(root, 'kept');
    mkdirSync(path.join(kept, 'inner'), { recursive: true });
    writeFileSync(path.join(kept, 'inner', 'file.txt'), 'stays');
    const dir = path.join(root, 'run');
    for (let i = 0; i < 30; i++) {
      mkdirSync(path.join(dir, 'old', `page-${i}`, 'en'), { recursive: true });
      writeFileSync(path.join(dir, 'old', `page-${i}`, 'index.html'), `<p>${i}</p>`);
      writeFileSync(path.join(dir, 'old', `page-${i}`, 'en', 'index.html'), `<p>${i}</p>`);
    }
    mkdirSync(path.join(dir, 'empty'));
    symlinkSync(kept, path.join(dir, 'link-to-folder'));
    symlinkSync(path.join(kept, 'inner', 'file.txt'), path.join(dir, 'old', 'link-to-file'));
    await removeTree(dir);
    expect(existsSync(dir)).toBe(false);
    expect(readFileSync(path.join(kept, 'inner', 'file.txt'), 'utf8')).toBe('stays');
  });

  it('is no error when the folder is not there', async () => {
    const root = testTempDir('remove-tree-none');
    await expect(removeTree(path.join(root, 'missing'))).resolves.toBeUndefined();
  });
});
