/**
 * Search's content: `keywords` on items and an organisation's synonyms.yaml are validated like
 * all content (file, line, field) and reach the model.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadModel } from '../src/model/index.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function exampleWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'guifan-search-content-'));
  dirs.push(dir);
  await cp('content', dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

describe('synonyms.yaml', () => {
  it('is optional: without it the defaults apply and there are no groups', async () => {
    const dir = await exampleWith({});
    await rm(path.join(dir, 'synonyms.yaml'));
    const { model } = await loadModel(dir);
    expect(model!.synonyms).toEqual({ defaults: true, groups: [] });
  });

  it('loads groups with their source lines and can switch the defaults off', async () => {
    const dir = await exampleWith({
      'synonyms.yaml': 'defaults: false\ngroups:\n  - [顾客, 客户]\n  - [工牌, 工号牌, 胸牌]\n',
    });
    const { model, diagnostics } = await loadModel(dir);
    expect(diagnostics.filter((d) => d.file === 'synonyms.yaml')).toEqual([]);
    expect(model!.synonyms!.defaults).toBe(false);
    expect(model!.synonyms!.groups.map((g) => g.words)).toEqual([
      ['顾客', '客户'],
      ['工牌', '工号牌', '胸牌'],
    ]);
    expect(model!.synonyms!.groups[1]!.source).toMatchObject({ file: 'synonyms.yaml', line: 4 });
  });

  it('reports a group of one word, an unknown field and a word without letters at their lines', async () => {
    const dir = await exampleWith({ 'synonyms.yaml': 'groups:\n  - [顾客, 客户]\n  - [孤单]\nextra: 1\n' });
    const { model, diagnostics } = await loadModel(dir);
    expect(model).toBeUndefined();
    const errors = diagnostics.filter((d) => d.severity === 'error' && d.file === 'synonyms.yaml');
    expect(errors.map((e) => [e.line, e.path])).toEqual(
      expect.arrayContaining([
        [3, 'groups[1]'],
        [4, 'extra'],
      ]),
    );
    const dir2 = await exampleWith({ 'synonyms.yaml': 'groups:\n  - [顾客, "——"]\n  - [客户, 客户, 用户]\n' });
    const r2 = await loadModel(dir2);
    expect(r2.diagnostics.find((d) => d.code === 'synonym-empty')).toMatchObject({
      file: 'synonyms.yaml',
      line: 2,
      path: 'groups[0][1]',
    });
    expect(r2.diagnostics.find((d) => d.code === 'synonym-duplicate')).toMatchObject({
      file: 'synonyms.yaml',
      line: 3,
      severity: 'warning',
    });
  });
});

describe('keywords', () => {
  it('are collected by item id from every kind, a unit override adding to its clause', async () => {
    const dir = await exampleWith({});
    const edit = async (file: string, from: string, to: string) => {
      const { readFile } = await import('node:fs/promises');
      const p = path.join(dir, file);
      const text = await readFile(p, 'utf8');
      expect(text.includes(from), `${file}: ${from}`).toBe(true);
      await writeFile(p, text.replace(from, to));
    };
    await edit(
      'norms/general.yaml',
      '            strength: shall\n            tags: [挂牌上岗, 仪容仪表]',
      '            strength: shall\n            tags: [挂牌上岗, 仪容仪表]\n            keywords: [工牌, 胸牌]',
    );
    await edit('roles.yaml', '    name: 值班长\n', '    name: 值班长\n    keywords: [班长]\n');
    await edit(
      'assessment/service-assessment.yaml',
      '    title: 月度服务之星\n',
      '    title: 月度服务之星\n    keywords: [服务明星]\n',
    );
    await edit(
      'units/power-qingshi-station.yaml',
      '    reason: 供电所只有两个窗口',
      '    keywords: [午休]\n    reason: 供电所只有两个窗口',
    );
    await edit('pages/programme-plan.mdx', 'order: 1\n', 'order: 1\nkeywords: [实施方案]\n');
    const { model, diagnostics } = await loadModel(dir);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(model!.keywords).toMatchObject({
      'wear-badge-on-duty': ['工牌', '胸牌'],
      'shift-leader': ['班长'],
      'award-service-star': ['服务明星'],
      'lunch-break-rotation': ['午休'],
    });
    expect(model!.pages[0]!.keywords).toEqual(['实施方案']);
  });

  it('must be a list of non-empty texts', async () => {
    const dir = await exampleWith({});
    const { readFile } = await import('node:fs/promises');
    const p = path.join(dir, 'roles.yaml');
    await writeFile(
      p,
      (await readFile(p, 'utf8')).replace('    name: 值班长\n', '    name: 值班长\n    keywords: 班长\n'),
    );
    const { diagnostics } = await loadModel(dir);
    expect(diagnostics.find((d) => d.severity === 'error')).toMatchObject({
      file: 'roles.yaml',
      path: 'roles[3].keywords',
    });
  });
});
