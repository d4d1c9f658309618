/** Search tokens, query terms and re-ranking, without a browser. */
import { describe, expect, it } from 'vitest';
import { loadModel } from '../src/model/index.ts';
import { buildSearchRecords, groupRecords, toPagefindRecord } from '../src/search/records.ts';
import { compact, indexTokens, MAX_GRAM, queryTerms } from '../src/search/tokens.ts';
import { membersToShow, rerank } from '../src/search/rank.ts';
import { decodeGroup } from '../src/search/group.ts';
import { pagefindFilters } from '../src/search/client.ts';

describe('tokens', () => {
  it('make every Han substring up to MAX_GRAM a prefix of some token', () => {
    const text = '收取现金时应唱收唱付，当面点清。';
    const tokens = indexTokens(text);
    const chars = [...'收取现金时应唱收唱付当面点清'];
    for (let i = 0; i < chars.length; i++) {
      for (let len = 1; len <= MAX_GRAM && i + len <= chars.length; len++) {
        const sub = chars.slice(i, i + len).join('');
        if (sub.includes('付当')) continue; // crosses the comma: not one run
        expect(tokens.some((t) => t.startsWith(sub)), sub).toBe(true);
      }
    }
  });

  it('index digit suffixes and joined numbers', () => {
    const tokens = indexTokens('报修电话0791-86608110，压力0.28兆帕');
    expect(tokens).toEqual(expect.arrayContaining(['86608110', '08110', '079186608110', '028', '0']));
    expect(tokens.some((t) => t.startsWith('6608'))).toBe(true);
  });

  it('cut long Han queries into overlapping pieces and drop punctuation', () => {
    expect(queryTerms('谁受理、谁负责')).toEqual(['谁受', '受理', '谁负', '负责']);
    expect(queryTerms('Ｅｔｃ 车道')).toEqual(['etc', '车道']);
    const long = queryTerms('耐心倾听说明有关规定');
    expect(long.every((t) => [...t].length <= MAX_GRAM)).toBe(true);
    // Every piece is a token of the text, so the text is found whatever the segmenter does.
    const tokens = indexTokens('应耐心倾听说明有关规定。');
    expect(long.every((t) => tokens.some((k) => k.startsWith(t)))).toBe(true);
    expect(compact('谁受理、谁负责')).toBe('谁受理谁负责');
  });

  it('keep digits and Han apart in a query (tokens never mix them)', () => {
    expect(queryTerms('14秒')).toEqual(['14', '秒']);
    const tokens = indexTokens('平均每车14秒');
    expect(queryTerms('14秒').every((t) => tokens.some((k) => k.startsWith(t)))).toBe(true);
  });
});

describe('rerank', () => {
  it('puts the record containing the whole query first, an exact title before all', () => {
    const ranked = rerank('唱收唱付', [
      { title: '收付现金', content: '唱歌……收到……付款', rank: 0 },
      { title: '4.3.1 收取现金时应唱收唱付', content: '收取现金时应唱收唱付', rank: 1 },
      { title: '唱收唱付', content: '唱收唱付', rank: 2 },
    ]);
    expect(ranked.map((r) => r.rank)).toEqual([2, 1, 0]);
  });

  it('keeps Pagefind’s order between equals', () => {
    const ranked = rerank('投诉', [
      { title: 'a投诉', content: 'a投诉', rank: 0 },
      { title: 'b投诉', content: 'b投诉', rank: 1 },
    ]);
    expect(ranked.map((r) => r.rank)).toEqual([0, 1]);
  });
});

describe('records of the example', async () => {
  const { model } = await loadModel('content');
  const records = buildSearchRecords(model!);
  const groups = groupRecords(records);

  it('cover every clause, phrase, commitment and process step with an anchor', () => {
    const paths = new Set(records.map((r) => r.path));
    for (const d of model!.documents) {
      const walk = (cs: typeof d.clauses): void => cs.forEach((c) => (expect(paths.has(`norms/${d.id}/#c-${c.id}`), c.id).toBe(true), walk(c.children)));
      walk(d.clauses);
    }
    for (const e of model!.etiquette) for (const s of e.situations) for (const p of [...s.phrases, ...s.forbidden]) expect(paths.has(`etiquette/#p-${p.id}`)).toBe(true);
    for (const p of model!.processes) for (const n of p.nodes) expect(paths.has(`processes/${p.id}/#step-${n.id}`)).toBe(true);
    for (const set of model!.commitmentSets) for (const c of set.commitments) expect(paths.has(`commitments/#cm-${c.id}`)).toBe(true);
  });

  it('carry kind and unit filters and the tokens', () => {
    const rec = toPagefindRecord(records.find((r) => r.kind === 'clause')!, 'zh-CN');
    expect(rec.filters.kind).toEqual(['clause']);
    expect(rec.filters.unit.length).toBeGreaterThan(0);
    expect(rec.meta.k).toBeTruthy();
    expect(rec.url.startsWith('/norms/')).toBe(true);
  });

  it('file items for every unit under unit "all", and a unit’s own wording under that unit only', () => {
    const phrase = toPagefindRecord(records.find((r) => r.kind === 'phrase')!, 'zh-CN');
    expect(phrase.filters.unit).toEqual(['all']);
    const own = records.find((r) => r.path.startsWith('units/') && r.kind === 'clause')!;
    expect(own.units).toEqual([own.path.split('/')[1]]);
    // A clause some unit reworded is not filed under 'all' nor under that unit.
    const reworded = records.find((r) => r.path === `norms/counter-hotline-norms/#c-lunch-break-rotation`)!;
    expect(reworded.units).not.toBe('all');
    expect(reworded.units).not.toContain('power-qingshi-station');
    expect(pagefindFilters({ unit: 'power-qingshi-station', kind: '' })).toEqual({ unit: { any: ['power-qingshi-station', 'all'] } });
    expect(pagefindFilters({ kind: 'process' })).toEqual({ kind: 'process' });
  });

  it('group the items of a section, process or situation into fewer records that decode back to every item', () => {
    expect(groups.length).toBeLessThan(records.length / 2);
    const decoded = groups.flatMap((g) => {
      const rec = toPagefindRecord(g, 'zh-CN');
      for (const r of g) expect(r.kind).toBe(g[0]!.kind);
      return decodeGroup(rec.url, rec.meta.title!, rec.content);
    });
    expect(decoded.map((d) => d.url)).toEqual(records.map((r) => `/${r.path}`));
    expect(decoded.map((d) => d.title)).toEqual(records.map((r) => r.title));
    // Pagefind stores the content with its own spacing around the separator; decoding tolerates it.
    const section = groups.find((g) => g.length > 2)!;
    const rec = toPagefindRecord(section, 'zh-CN');
    const spaced = decodeGroup(rec.url, rec.meta.title!, rec.content.replace(/ ¶ /g, '\u200b ¶ \u200b').replace(/\u200b/g, ''));
    expect(spaced.map((d) => d.content)).toEqual(section.map((r) => r.content || r.title));
  });

  it('list the items of a record that contain the query, or else its best one', () => {
    const members = [
      { title: '4.1 受理', content: '窗口受理群众诉求', rank: 0 },
      { title: '4.1.1 投诉', content: '接到投诉后登记', rank: 0 },
      { title: '4.1.2 回访', content: '投诉办结后回访', rank: 0 },
    ];
    expect(membersToShow('投诉', members).map((m) => m.title)).toEqual(['4.1.1 投诉', '4.1.2 回访']);
    expect(membersToShow('投诉 受理', members)).toHaveLength(1);
  });
});

describe('downloads list', async () => {
  const { printFiles } = await import('../src/site/downloads.ts');
  const { model } = await loadModel('content');
  it('names the files buildPrint writes for the example', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { buildPrint } = await import('../src/print/index.ts');
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'guifan-print-'));
    const { files } = await buildPrint(model!, out);
    const written = files.map((f) => path.basename(f)).sort();
    expect(printFiles(model!).map((f) => f.file).sort()).toEqual(written);
  }, 120_000);
});

describe('pagefind', () => {
  it('is the version the tokens and re-ranking were measured with (1.6.0)', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const { fileURLToPath } = await import('node:url');
    // The package exports neither its package.json nor a require entry: read it from node_modules.
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/pagefind/package.json'), 'utf8')) as { name: string; version: string };
    expect(pkg.name).toBe('pagefind');
    expect(pkg.version).toBe('1.6.0');
  });
});
