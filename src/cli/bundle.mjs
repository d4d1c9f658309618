#!/usr/bin/env node
/**
 * Precompiles the command line into plain JavaScript (esbuild) so that `guifan` starts without
 * tsx compiling every TypeScript module on each run. bin.mjs uses the bundle only while it is
 * fresh (every input file unchanged since it was written) and otherwise runs the sources
 * through tsx, so a clone works with no compile step and an edit is never ignored.
 *
 *   node src/cli/bundle.mjs          write .guifan-cli/ unless it is fresh (run by `npm install`
 *                                    and `npm run build`); --force writes it anyway
 *
 * Layout: .guifan-cli/<hash>/main.cjs and print-worker.cjs, and .guifan-cli/manifest.json
 * naming the current directory and every input with its size and mtime. Each bundle is one
 * CommonJS script run through vm.Script with V8's code cache (<name>.cjs.cache, written by the
 * first run): Node 20 has no module compile cache, and compiling the ~4 MB of pdf-lib, fontkit,
 * zod and yaml is a good part of a one-poster run. Plain JavaScript, so it runs before
 * anything else is set up.
 *
 * What stays outside the bundle: the site (src/site but for BUNDLED_SITE_MODULES, src/cli/dev.ts) runs through tsx as
 * before, because Astro imports the same source modules natively from astro.config.mjs and
 * must share them with the CLI (the model the CLI loaded is handed over that way); heavy or
 * native packages (astro, vite, elkjs, exceljs, pagefind, tsx, esbuild) stay packages.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readFile } from 'node:fs/promises';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUNDLE_DIR = path.join(ROOT, '.guifan-cli');
const MANIFEST = path.join(BUNDLE_DIR, 'manifest.json');

/** Entry points: the CLI and the print worker thread that `guifan build` starts. */
const ENTRIES = { main: 'src/cli/main.ts', 'print-worker': 'src/cli/print-worker.ts' };
/** Source directories whose modules run through tsx even in bundle mode (see above). */
const VIA_TSX = [path.join(ROOT, 'src', 'site') + path.sep, path.join(ROOT, 'src', 'cli', 'dev.ts')];
/**
 * Site modules the build's own process runs and Astro does not share state through: the service
 * worker's writer and its precache rule, the site's state folder, the kept site's key (kept-bundle.ts's fixedKey), and the label tables the search
 * records read (the build writes the search index itself). A module listed here that imports a site
 * module not listed makes the bundle fail as it loads (a require of the file: URL), and bin.mjs then
 * runs the sources (offline.ts imported precache.ts so from 317d139 on: test/cli.test.ts now checks). Bundled, they need neither tsx's loader (whose hooks
 * also slowed every require of Workbox's) nor its start-up, at the end of every build.
 */
const BUNDLED_SITE_MODULES = [
  'offline.ts',
  'precache.ts',
  'sw-bundle.ts',
  'kept-bundle.ts',
  'site-state.ts',
  'i18n/ui.ts',
  'i18n/study-ui.ts',
  'i18n/guides.ts',
].map((f) => path.join(ROOT, 'src', 'site', f));
/**
 * fontkit builds, when it is loaded, data that only some fonts need: the Brotli dictionary (for
 * WOFF2 files) and the Unicode tables of the Arabic, Indic and Universal shapers. In the bundle
 * they are built on first use instead (about a tenth of a one-poster run); behaviour is the
 * same. Each replacement applies only if the exact text is there (another fontkit version is
 * left alone).
 */
const FONTKIT_LAZY = [
  [
    'dictionary.init(BrotliDecompressBuffer);',
    "Object.defineProperty(dictionary, 'dictionary', { configurable: true, get: function () { var d = dictionaryDataCompressed.init(BrotliDecompressBuffer); Object.defineProperty(dictionary, 'dictionary', { value: d, writable: true, configurable: true }); return d; } });",
  ],
  ...[1, 2, 3].map((n) => [
    `var trie$${n} = new unicodeTrie(trieData$${n});`,
    `var trie$${n} = { get: function (codePoint) { var t = new unicodeTrie(trieData$${n}()); this.get = t.get.bind(t); return t.get(codePoint); } };`,
  ]),
  ...[1, 2, 3].map((n) => [
    `var trieData$${n} = pako_1.inflate(base64Arraybuffer_2(base64DeflatedTrie$${n}));`,
    `var trieData$${n} = function () { return pako_1.inflate(base64Arraybuffer_2(base64DeflatedTrie$${n})); };`,
  ]),
];

const EXTERNAL_PACKAGES = [
  'astro',
  'astro/*',
  'vite',
  '@astrojs/*',
  'elkjs',
  'elkjs/*',
  'exceljs',
  'pagefind',
  'tsx',
  'tsx/*',
  'esbuild',
  'playwright-core',
];

/** The manifest of the current bundle, or undefined. */
export function readManifest() {
  try {
    return JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The inputs a bundle was made from, as recorded in its manifest: fresh while all are unchanged. */
export function bundleIsFresh(manifest) {
  try {
    for (const [file, size, mtimeMs] of manifest.inputs) {
      const s = statSync(path.join(ROOT, file));
      if (s.size !== size || s.mtimeMs !== mtimeMs) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * The esbuild plugin: keeps each module's import.meta.url at its source file (recording the file's
 * size and mtime in `statsBefore`), makes fontkit's tables lazy, dynamic node: imports requires, and
 * leaves the modules run through tsx outside.
 */
function bundlePlugin(statsBefore) {
  return {
    name: 'guifan-source-urls',
    setup(build) {
      // Modules find templates, fonts and packages relative to their own file: keep import.meta.url
      // pointing at the source file rather than at the bundle.
      build.onLoad({ filter: /\.(ts|mts)$/ }, async (args) => {
        const s = statSync(args.path);
        statsBefore.set(args.path, [s.size, s.mtimeMs]);
        const text = await readFile(args.path, 'utf8');
        const here = JSON.stringify(pathToFileURL(args.path).href);
        return { contents: text.replaceAll('import.meta.url', here), loader: 'ts' };
      });
      build.onLoad({ filter: /[\\/]@pdf-lib[\\/]fontkit[\\/]dist[\\/]fontkit\.umd\.js$/ }, async (args) => {
        let text = await readFile(args.path, 'utf8');
        for (const [from, to] of FONTKIT_LAZY) if (text.split(from).length === 2) text = text.replace(from, () => to);
        return { contents: text, loader: 'js' };
      });
      // import('node:util') would stay a dynamic import, which a cached script cannot run: make it a require.
      build.onResolve({ filter: /^node:/ }, (args) =>
        args.kind === 'dynamic-import' ? { path: args.path, namespace: 'builtin' } : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({
        contents: `module.exports = require(${JSON.stringify(args.path)});`,
        loader: 'js',
      }));
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        const target = path.resolve(args.resolveDir, args.path);
        if (BUNDLED_SITE_MODULES.includes(target)) return undefined;
        if (VIA_TSX.some((p) => (p.endsWith(path.sep) ? target.startsWith(p) : target === p)))
          return { path: pathToFileURL(target).href, external: true };
        return undefined;
      });
    },
  };
}

export async function writeBundle({ quiet = false } = {}) {
  const esbuild = await import('esbuild');
  const started = performance.now();
  const staging = path.join(BUNDLE_DIR, `.staging-${process.pid}-${Date.now().toString(36)}`);
  mkdirSync(BUNDLE_DIR, { recursive: true });
  // Inputs are stat'ed before reading, so an edit made while bundling makes the result stale, not wrong.
  const statsBefore = new Map();
  const sourceFileUrl = bundlePlugin(statsBefore);
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: staging,
    bundle: true,
    // One script per entry (no shared chunks): modules inside are initialised lazily anyway, and
    // a single script is what V8's code cache covers.
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.cjs' },
    external: EXTERNAL_PACKAGES,
    metafile: true,
    logLevel: quiet ? 'silent' : 'warning',
    plugins: [sourceFileUrl],
  });
  const inputs = [];
  // Virtual modules ('builtin:node:util') have no file to watch.
  const files = Object.keys(result.metafile.inputs).filter((f) => !/^[a-z]+:/.test(f));
  for (const file of [...files, 'src/cli/bundle.mjs', 'package.json']) {
    const abs = path.resolve(ROOT, file);
    const s = statSync(abs);
    const before = statsBefore.get(abs);
    // Changed while being bundled: record a size no file has, so the bundle reads as stale.
    inputs.push([
      path.relative(ROOT, abs),
      before && (before[0] !== s.size || before[1] !== s.mtimeMs) ? -1 : s.size,
      s.mtimeMs,
    ]);
  }
  const hash = createHash('sha1').update(JSON.stringify(inputs)).update(String(Date.now())).digest('hex').slice(0, 12);
  const dir = path.join(BUNDLE_DIR, hash);
  renameSync(staging, dir);
  const manifest = { dir: hash, node: process.version, inputs };
  const tmp = `${MANIFEST}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(manifest));
  renameSync(tmp, MANIFEST);
  // Older bundles may still be in use by a running command (chunks load lazily): keep them a while.
  for (const name of readdirSync(BUNDLE_DIR)) {
    if (name === hash || name === 'manifest.json') continue;
    const p = path.join(BUNDLE_DIR, name);
    try {
      if (Date.now() - statSync(p).mtimeMs > 60 * 60 * 1000) rmSync(p, { recursive: true, force: true });
    } catch {
      // Removed by another process meanwhile.
    }
  }
  if (!quiet)
    console.log(
      `guifan: CLI bundle written to ${path.relative(ROOT, dir)} (${inputs.length} inputs, ${((performance.now() - started) / 1000).toFixed(2)} s)`,
    );
  return manifest;
}

/**
 * Runs one bundle (`main` or `print-worker`) of a fresh manifest and returns its exports and a
 * `saveCache()` that writes V8's code cache beside it when there was none (or it was rejected,
 * e.g. made by another Node version).
 */
export function runBundle(manifest, name) {
  const dir = path.join(BUNDLE_DIR, manifest.dir);
  const file = path.join(dir, `${name}.cjs`);
  const cacheFile = `${file}.cache`;
  const source = readFileSync(file, 'utf8');
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // First run of this bundle.
  }
  // No importModuleDynamically: on Node 20 a script restored from the code cache loses it. The
  // bundle reaches modules outside it through `import` below instead (src/cli/external.ts).
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  const module = { exports: {} };
  globalThis.__guifanBundle = { dir, manifest, import: (specifier) => import(specifier) };
  try {
    script.runInThisContext()(module.exports, createRequire(file), module, file, dir);
  } catch (e) {
    // The caller runs the sources instead: nothing may take this process, or its print workers, for the bundle's.
    globalThis.__guifanBundle = undefined;
    throw e;
  }
  const saveCache = () => {
    if (cachedData && !script.cachedDataRejected) return;
    try {
      // After the command ran, the cache also holds the functions it compiled lazily.
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
    } catch {
      // A read-only install runs without the cache.
    }
  };
  return { exports: module.exports, saveCache };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const current = readManifest();
    if (!process.argv.includes('--force') && current && bundleIsFresh(current))
      console.log(`guifan: CLI bundle .guifan-cli/${current.dir} is up to date`);
    else await writeBundle();
  } catch (e) {
    // Never fail an install over it: bin.mjs runs the sources through tsx without a bundle.
    console.warn(`guifan: CLI bundle not written (${e.message}); the command runs from the TypeScript sources`);
  }
}
