/**
 * The service worker's code, as Workbox's generateSW writes it, without bundling and minifying
 * Workbox's runtime on every build. generateSW fills its template with the precache manifest,
 * bundles it with Rollup and Babel (preset-env over the whole Workbox runtime) and minifies it
 * with Terser: about 4 s of CPU, all of it the same work each build, since only the manifest
 * differs. So the program is bundled and minified once with a placeholder where the manifest
 * goes, and kept in the cache; a build writes its manifest where the placeholder was. The result
 * is generateSW's program but for Terser's mangled names (which follow the characters of the whole
 * program, manifest included) and the manifest's quoting: test/sw-bundle.test.ts checks that the
 * two precache the same entries and are otherwise the same program. Terser ran last in every build
 * (about 0.5 s after the PDFs were done), now only when guifan's code or Workbox changes.
 *
 * Anything the shortcut does not cover (no precached file, a source map, a separate runtime
 * file, a placeholder not found once) goes to generateSW itself.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { GenerateSWOptions } from 'workbox-build';

const require = createRequire(import.meta.url);
/** Workbox's own modules and, through it, the exact Rollup, Babel and Terser it bundles with. */
const workboxRequire = createRequire(require.resolve('workbox-build'));
const terserRequire = createRequire(workboxRequire.resolve('@rollup/plugin-terser'));

/** Stands in for the manifest in the kept code: one entry, found again by these two strings. */
const PLACEHOLDER = { url: 'guifan-precache-manifest-url', revision: 'guifan-precache-manifest-revision' };
/** Babel keeps the template's quoted keys, Terser drops the quotes; the layout of either is free, so spaces are. */
const PLACEHOLDER_IN_CODE =
  /\[\s*\{\s*"?url"?:\s*"guifan-precache-manifest-url",\s*"?revision"?:\s*"guifan-precache-manifest-revision"\s*\}\s*\]/g;

/** Packages whose version changes the code before Terser (the Workbox runtime's own files are checked by content). */
const TOOLS = [
  'workbox-build',
  'rollup',
  '@rollup/plugin-babel',
  '@rollup/plugin-node-resolve',
  '@rollup/plugin-replace',
  '@babel/core',
  '@babel/preset-env',
  'caniuse-lite',
  'browserslist',
];

interface ManifestResult {
  count: number;
  size: number;
  warnings: string[];
}

interface Kept {
  key: string;
  /** The code before Terser, split where the manifest goes. */
  before: string;
  after: string;
  /** The files Rollup read (the template's Workbox modules): size and mtime, so an edit is seen. */
  inputs: [file: string, size: number, mtimeMs: number][];
}

type ManifestEntry = { url: string; revision: string | null; integrity?: string };
type ValidatedOptions = GenerateSWOptions & {
  globDirectory: string;
  globIgnores: string[];
  swDest: string;
  mode?: string;
  sourcemap?: boolean;
  inlineWorkboxRuntime?: boolean;
  babelPresetEnvTargets?: string[];
};

/**
 * Writes options.swDest as generateSW(options) does and returns its counts; the Rollup and Babel
 * part is kept in cacheDir between builds.
 */
export async function writeServiceWorker(options: GenerateSWOptions, cacheDir: string): Promise<ManifestResult> {
  const { validateGenerateSWOptions } = workboxRequire('workbox-build/build/lib/validate-options.js') as {
    validateGenerateSWOptions: (o: GenerateSWOptions) => ValidatedOptions;
  };
  const validated = validateGenerateSWOptions(options);
  if (
    !validated.globDirectory ||
    validated.mode !== 'production' ||
    validated.sourcemap ||
    !validated.inlineWorkboxRuntime
  )
    return generateSW(options);
  // As generateSW: the service worker is not in its own manifest.
  const { rebasePath } = workboxRequire('workbox-build/build/lib/rebase-path.js') as {
    rebasePath: (o: { baseDirectory: string; file: string }) => string;
  };
  validated.globIgnores.push(rebasePath({ baseDirectory: validated.globDirectory, file: validated.swDest }));
  const { getFileManifestEntries } = workboxRequire('workbox-build/build/lib/get-file-manifest-entries.js') as {
    getFileManifestEntries: (o: ValidatedOptions) => Promise<ManifestResult & { manifestEntries: ManifestEntry[] }>;
  };
  const manifest = await getFileManifestEntries(validated);
  // No manifest: the template leaves out the precaching part, so the kept code does not fit.
  if (manifest.manifestEntries.length === 0) return generateSW(options);
  const kept = await keptCode(validated, cacheDir);
  if (!kept) return generateSW(options);
  const minified = await keptMinified(kept, cacheDir);
  if (!minified) return generateSW(options);
  fs.mkdirSync(path.dirname(validated.swDest), { recursive: true });
  fs.writeFileSync(validated.swDest, `${minified.before}${manifestLiteral(manifest.manifestEntries)}${minified.after}`);
  return { count: manifest.count, size: manifest.size, warnings: manifest.warnings };
}

/**
 * Loads what writeServiceWorker uses and compiles Workbox's option schema (Ajv, on its first use):
 * most of a first call's time (0.6 s of 0.7 s when measured through tsx's loader), which a build
 * spends while its last PDFs are made rather than after.
 */
export function prepareServiceWorker(): void {
  const { validateGenerateSWOptions } = workboxRequire('workbox-build/build/lib/validate-options.js') as {
    validateGenerateSWOptions: (o: GenerateSWOptions) => ValidatedOptions;
  };
  validateGenerateSWOptions({ globDirectory: '.', swDest: 'sw.js' });
  for (const lib of ['rebase-path', 'get-file-manifest-entries', 'populate-sw-template'])
    workboxRequire(`workbox-build/build/lib/${lib}.js`);
  terserVersion();
}

async function generateSW(options: GenerateSWOptions): Promise<ManifestResult> {
  // A require, not import(): this module also runs inside the command's bundle, a script that cannot import().
  const { generateSW: generate } = require('workbox-build') as typeof import('workbox-build');
  const { count, size, warnings } = await generate(options);
  return { count, size, warnings };
}

/** Terser's options as @rollup/plugin-terser runs it in Workbox's bundle(): Workbox's, plus module: true for an ES module. */
const terserOptions = () => ({
  mangle: { toplevel: true, properties: { regex: /(^_|_$)/ } },
  sourceMap: false,
  module: true,
});

/**
 * The kept program minified, split where the manifest goes; minified now (and kept) when the
 * cache has none for this program, Terser's version and its options. Undefined when Terser did not
 * leave the placeholder whole, once.
 */
async function keptMinified(kept: Kept, cacheDir: string): Promise<Pick<Kept, 'before' | 'after'> | undefined> {
  const key = createHash('sha256')
    .update(JSON.stringify([terserVersion(), String(terserOptions().mangle.properties.regex), terserOptions()]))
    .update(JSON.stringify([kept.before, kept.after]))
    .digest('hex');
  const file = path.join(cacheDir, 'service-worker', `minified-${key.slice(0, 16)}.json`);
  try {
    const read = JSON.parse(fs.readFileSync(file, 'utf8')) as { key: string; before: string; after: string };
    if (read.key === key) return read;
  } catch {
    // Nothing kept yet, or unreadable: minified below.
  }
  const code = await minify(`${kept.before}${JSON.stringify([PLACEHOLDER])}${kept.after}`);
  const parts = code.split(PLACEHOLDER_IN_CODE);
  if (parts.length !== 2) return undefined;
  const made = { key, before: parts[0]!, after: parts[1]! };
  writeWhole(file, JSON.stringify(made));
  return made;
}

/**
 * The manifest as Terser writes an array of object literals ({url:"…",revision:"…"}): keys bare,
 * values as JSON (a valid JavaScript string, null or number).
 */
function manifestLiteral(entries: ManifestEntry[]): string {
  const entry = (e: ManifestEntry): string =>
    `{${Object.entries(e)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}:${JSON.stringify(v)}`)
      .join(',')}}`;
  return `[${entries.map(entry).join(',')}]`;
}

/** The version of the Terser Workbox runs (its package.json is in its exports). */
function terserVersion(): string {
  return (terserRequire('terser/package.json') as { version: string }).version;
}

/** Terser as Workbox's bundle() runs it; then Rollup's last step, a final newline. */
async function minify(code: string): Promise<string> {
  const terser = terserRequire('terser') as { minify: (code: string, options: object) => Promise<{ code?: string }> };
  const result = await terser.minify(code, terserOptions());
  const minified = result.code || code;
  return minified.endsWith('\n') ? minified : `${minified}\n`;
}

/** Written whole, then renamed: two builds never read half a file. */
function writeWhole(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

/** The code before Terser from the cache, or made now (and kept) when the cache has none for these options. */
async function keptCode(options: ValidatedOptions, cacheDir: string): Promise<Kept | undefined> {
  const { populateSWTemplate } = workboxRequire('workbox-build/build/lib/populate-sw-template.js') as {
    populateSWTemplate: (o: object) => string;
  };
  const unbundled = populateSWTemplate({ ...options, manifestEntries: [PLACEHOLDER] });
  const key = createHash('sha256')
    .update(
      JSON.stringify({
        unbundled,
        targets: options.babelPresetEnvTargets,
        mode: options.mode,
        tools: TOOLS.map(versionOf),
      }),
    )
    .digest('hex');
  const file = path.join(cacheDir, 'service-worker', `${key.slice(0, 16)}.json`);
  try {
    const kept = JSON.parse(fs.readFileSync(file, 'utf8')) as Kept;
    if (kept.key === key && kept.inputs.every(([f, size, mtimeMs]) => unchanged(f, size, mtimeMs))) return kept;
  } catch {
    // Not kept yet, or unreadable: made again below.
  }
  const { code, inputs } = await bundleWithoutTerser(unbundled, options);
  const parts = code.split(PLACEHOLDER_IN_CODE);
  if (parts.length !== 2) return undefined;
  const kept: Kept = {
    key,
    before: parts[0]!,
    after: parts[1]!,
    inputs: inputs.flatMap((f) =>
      fs.existsSync(f) ? [[f, fs.statSync(f).size, fs.statSync(f).mtimeMs] as [string, number, number]] : [],
    ),
  };
  writeWhole(file, JSON.stringify(kept));
  return kept;
}

function unchanged(file: string, size: number, mtimeMs: number): boolean {
  try {
    const st = fs.statSync(file);
    return st.size === size && st.mtimeMs === mtimeMs;
  } catch {
    return false;
  }
}

function versionOf(name: string): string {
  try {
    return (JSON.parse(fs.readFileSync(workboxRequire.resolve(`${name}/package.json`), 'utf8')) as { version: string })
      .version;
  } catch {
    // A package without ./package.json in its exports: the folder's manifest, found by its main file.
    try {
      let dir = path.dirname(workboxRequire.resolve(name));
      while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
      return (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      return 'unknown';
    }
  }
}

/** Workbox's bundle() (workbox-build/build/lib/bundle.js) for an inlined runtime, up to the Terser step it leaves out. */
async function bundleWithoutTerser(
  unbundledCode: string,
  options: ValidatedOptions,
): Promise<{ code: string; inputs: string[] }> {
  type Plugin = object;
  const { nodeResolve } = workboxRequire('@rollup/plugin-node-resolve') as { nodeResolve: () => Plugin };
  const replace = defaultExport(workboxRequire('@rollup/plugin-replace')) as (o: object) => Plugin;
  const { babel } = workboxRequire('@rollup/plugin-babel') as { babel: (o: object) => Plugin };
  const presetEnv = defaultExport(workboxRequire('@babel/preset-env'));
  const tempy = defaultExport(workboxRequire('tempy')) as { file: (o: { name: string }) => string };
  const { rollup } = workboxRequire('rollup') as {
    rollup: (o: object) => Promise<{
      watchFiles: string[];
      generate: (o: object) => Promise<{ output: { type: string; code?: string }[] }>;
      close: () => Promise<void>;
    }>;
  };
  const temporaryFile = tempy.file({ name: path.basename(options.swDest) });
  fs.writeFileSync(temporaryFile, unbundledCode);
  try {
    const bundle = await rollup({
      input: temporaryFile,
      plugins: [
        nodeResolve(),
        replace({ preventAssignment: true, 'process.env.NODE_ENV': JSON.stringify(options.mode) }),
        babel({
          babelHelpers: 'bundled',
          babelrc: false,
          configFile: false,
          presets: [[presetEnv, { targets: { browsers: options.babelPresetEnvTargets }, loose: true }]],
        }),
      ],
    });
    const { output } = await bundle.generate({ sourcemap: options.sourcemap, format: 'es' });
    const inputs = bundle.watchFiles.filter((f) => f !== temporaryFile && path.isAbsolute(f));
    await bundle.close();
    const chunk = output.find((o) => o.type === 'chunk');
    return { code: chunk?.code ?? '', inputs };
  } finally {
    fs.rmSync(temporaryFile, { force: true });
  }
}

/** A CommonJS module's default export as Workbox's compiled code reads it (TypeScript's __importDefault). */
function defaultExport(mod: unknown): unknown {
  return mod && typeof mod === 'object' && (mod as { __esModule?: boolean }).__esModule
    ? (mod as { default: unknown }).default
    : mod;
}
