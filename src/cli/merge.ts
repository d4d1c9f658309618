/**
 * `guifan merge SHARD_DIR… --out DIR`: the outputs of `guifan build --shard i/n` (one per CI
 * job) assembled into the group's site, as one build would have written it. The shards must
 * come from the same content and guifan version and cover every unit and the group's pages
 * exactly once. Pages and PDFs are copied (a file two shards both have must be the same bytes:
 * Astro's shared assets, icons, model.json); what spans every unit is made again over the
 * merged pages: the PDFs' sizes on the pages, sitemap.xml and the service worker's precache.
 * The search index is the group shard's: it is made from the model, not from the pages, so it
 * is the whole group's already. Atomic like build: a refused or failed merge leaves the
 * previous output untouched.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Model } from '../model/types.ts';
import { fillPdfSizes } from '../print/file-sizes.ts';
import { defaultStaffDir, writeAtomically } from './atomic.ts';
import { ReportedError } from './errors.ts';
import { allowTypeScriptImports, importExternal } from './external.ts';
import { resolveOutFolder } from './out-folder.ts';
import { contentHash, SHARD_MANIFEST, type ShardManifest } from './shard-manifest.ts';

/** Made again by the merge over the whole site: a shard's copy covers only its own pages. */
const REMADE = new Set([SHARD_MANIFEST, 'sitemap.xml', 'sw.js']);

export interface MergeOptions {
  shards: string[];
  outDir: string;
  /** Where the shards' staff folders (<shard>-staff) are merged to: `<out>-staff` by default. */
  staffDir?: string;
}

export interface MergeResult {
  files: number;
  staffFiles: number;
  manifests: ShardManifest[];
  /** What does not work offline as the rest does, and when it does (src/site/precache.ts). */
  offlineNotes: string[];
}

const fail = (zh: string, en: string): never => {
  throw new ReportedError(`合并失败：${zh} / merge refused: ${en}`);
};

function readManifest(dir: string): ShardManifest {
  const file = path.join(dir, SHARD_MANIFEST);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return fail(
      `${dir} 不是分片输出（没有 ${SHARD_MANIFEST}）；请给出 guifan build --shard i/n 的输出文件夹`,
      `${dir} is not a shard's output (no ${SHARD_MANIFEST}); give the out folders of guifan build --shard i/n`,
    );
  }
  return JSON.parse(text) as ShardManifest;
}

/** Same content, same guifan, same outputs, every unit and the group exactly once. */
export function checkShards(dirs: readonly string[], manifests: readonly ShardManifest[]): void {
  const first = manifests[0]!;
  manifests.forEach((m, i) => {
    const dir = dirs[i]!;
    if (m.guifan !== first.guifan)
      fail(
        `${dir} 由 guifan ${m.guifan} 生成，${dirs[0]} 由 ${first.guifan} 生成；请用同一版本重新生成分片`,
        `${dir} was made by guifan ${m.guifan}, ${dirs[0]} by ${first.guifan}; rebuild the shards with one version`,
      );
    if (m.content !== first.content)
      fail(
        `${dir} 与 ${dirs[0]} 的内容不同（model.json 不一致）；请用同一次提交的内容重新生成所有分片`,
        `${dir} and ${dirs[0]} were made from different content (their model.json differ); rebuild every shard from the same commit`,
      );
    if (m.site !== first.site || m.pdf !== first.pdf)
      fail(
        `${dir} 与 ${dirs[0]} 的构建选项不同（--no-site / --no-pdf）；请用相同选项生成所有分片`,
        `${dir} and ${dirs[0]} were built with different options (--no-site / --no-pdf); build every shard alike`,
      );
  });
  const owner = new Map<string, string>();
  let group: string | undefined;
  manifests.forEach((m, i) => {
    const dir = dirs[i]!;
    if (m.slice.group) {
      if (group !== undefined)
        fail(`${group} 和 ${dir} 都含集团页面`, `${group} and ${dir} both hold the group's pages`);
      group = dir;
    }
    for (const u of m.slice.units) {
      const other = owner.get(u);
      if (other !== undefined)
        fail(`单位 ${u} 在 ${other} 和 ${dir} 中各有一份`, `unit ${u} is in both ${other} and ${dir}`);
      owner.set(u, dir);
    }
  });
  const missing = first.allUnits.filter((u) => !owner.has(u));
  const labels = manifests.map((m) => m.slice.label).join(', ');
  if (missing.length > 0 || group === undefined) {
    const what = [
      ...(group === undefined ? ['集团页面 / the group pages (shard 1/n)'] : []),
      ...missing.map((u) => `单位 / unit ${u}`),
    ];
    const count = /^shard \d+\/(\d+)$/.exec(first.slice.label)?.[1];
    const absent = count
      ? Array.from({ length: Number(count) }, (_, i) => `shard ${i + 1}/${count}`).filter(
          (s) => !manifests.some((m) => m.slice.label === s),
        )
      : [];
    fail(
      `缺少分片${absent.length ? ` ${absent.join('、')}` : ''}：没有分片含 ${what.join('、')}（已给出：${labels}）`,
      `missing shard${absent.length ? ` ${absent.join(', ')}` : ''}: no shard holds ${what.join(', ')} (given: ${labels})`,
    );
  }
}

/** Every file under dir, as paths relative to it ('/'-separated order is the walk's). */
function filesUnder(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? path.join(rel, e.name) : e.name;
    if (e.isDirectory()) out.push(...filesUnder(dir, r));
    else out.push(r);
  }
  return out;
}

/** Copies each shard's files into `to`; a file two shards both have must be the same bytes. */
function copyShards(dirs: readonly string[], to: string, skip: (rel: string) => boolean): number {
  const from = new Map<string, string>();
  for (const dir of dirs) {
    for (const rel of filesUnder(dir)) {
      if (skip(rel)) continue;
      const source = path.join(dir, rel);
      const target = path.join(to, rel);
      const earlier = from.get(rel);
      if (earlier !== undefined) {
        if (!fs.readFileSync(source).equals(fs.readFileSync(target))) {
          fail(
            `${rel} 在 ${earlier} 和 ${dir} 中内容不同；两个分片不应生成同一页面`,
            `${rel} differs between ${earlier} and ${dir}; two shards must not make the same page`,
          );
        }
        continue;
      }
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(source, target);
      from.set(rel, dir);
    }
  }
  return from.size;
}

/** The site paths of the built pages, as Astro names them for the sitemap ('' is the home page). */
function builtPagePaths(out: string): string[] {
  return filesUnder(out)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(path.sep).join('/'))
    .map((f) => (f === 'index.html' ? '' : f.endsWith('/index.html') ? f.slice(0, -'index.html'.length) : f));
}

export async function runMerge(options: MergeOptions): Promise<MergeResult> {
  if (options.shards.length === 0)
    fail('请给出分片的输出文件夹', 'give the shards’ out folders: guifan merge SHARD_DIR… --out DIR');
  const dirs = options.shards.map((d) => path.resolve(d));
  const out = path.resolve(options.outDir);
  for (const d of dirs) {
    if (d === out || out.startsWith(d + path.sep) || d.startsWith(out + path.sep)) {
      fail(
        `--out ${options.outDir} 与分片 ${d} 重叠，合并会覆盖分片`,
        `--out ${options.outDir} overlaps the shard ${d}; the merge would overwrite it`,
      );
    }
  }
  const manifests = dirs.map(readManifest);
  checkShards(options.shards, manifests);
  // Every shard's model.json is the same (checked by hash): it is the group's.
  const modelText = fs.readFileSync(path.join(dirs[0]!, 'model.json'), 'utf8');
  if (contentHash(modelText) !== manifests[0]!.content)
    fail(
      `${options.shards[0]} 的 model.json 已被改动`,
      `${options.shards[0]}'s model.json was changed after the build`,
    );
  // The portable model.json: the organisation, units and roles are all the steps below read.
  const model = JSON.parse(modelText) as Model;
  const folder = resolveOutFolder(options.outDir, { contentDir: dirs[0]!, kind: 'site' });
  const offlineNotes: string[] = [];
  const files = await writeAtomically(folder, async (staging) => {
    const n = copyShards(dirs, staging, (rel) => REMADE.has(rel) || rel === '.guifan-output');
    if (!manifests[0]!.site) return n;
    // The pages were made beside their own shard's PDFs only: the sizes of all of them now.
    fillPdfSizes(staging, model);
    // The site's modules stay outside the command's bundle (bundle.mjs): through tsx.
    await allowTypeScriptImports();
    const { sitemapPaths, sitemapXml } = await importExternal<typeof import('../site/sitemap.ts')>(
      new URL('../site/sitemap.ts', import.meta.url).href,
    );
    fs.writeFileSync(path.join(staging, 'sitemap.xml'), sitemapXml(model, sitemapPaths(builtPagePaths(staging))));
    const { siteBase, writeOfflineFiles } = await importExternal<typeof import('../site/offline.ts')>(
      new URL('../site/offline.ts', import.meta.url).href,
    );
    const { siteState } = await importExternal<typeof import('../site/site-state.ts')>(
      new URL('../site/site-state.ts', import.meta.url).href,
    );
    offlineNotes.push(...(await writeOfflineFiles(model, staging, siteBase(model), siteState().dir)).notes);
    return n + 2;
  });
  // Quiz papers and keys: each shard's staff folder beside it, into one.
  const staffDirs = dirs.map((d) => defaultStaffDir(d)).filter((d) => fs.existsSync(d));
  let staffFiles = 0;
  if (staffDirs.length > 0) {
    const staff = resolveOutFolder(options.staffDir ?? defaultStaffDir(options.outDir), {
      contentDir: dirs[0]!,
      kind: 'print',
    });
    staffFiles = await writeAtomically(staff, async (staging) =>
      copyShards(staffDirs, staging, (rel) => rel === '.guifan-output'),
    );
  }
  return { files, staffFiles, manifests, offlineNotes };
}
