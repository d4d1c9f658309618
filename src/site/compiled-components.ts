/**
 * The site's Astro components as compiled by an earlier build, kept between builds: Astro's
 * compiler (a Go program in WebAssembly, ~0.6 s to start) and esbuild after it cost ~2.3 s of CPU
 * a build for the ~50 components, although they only change with guifan's own sources. Astro
 * asks through a hook our patch adds to its compileAstro (patches/astro+*.patch); the hook is
 * there only while buildSite runs, so `guifan dev` and `astro check` compile as Astro does.
 *
 * A component is taken from the cache only when everything its compiled form is made from is the
 * same: its path and source, the Astro, compiler, Vite and esbuild versions, the settings that
 * reach the output (site, base, trailing slash, format, compressHTML, style strategy, production
 * or not, esbuild's options) and the tsconfig.json esbuild reads. A component with a <style> is
 * never kept: its CSS goes through Vite's CSS pipeline, which may read other files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';

const HOOK = Symbol.for('guifan.compiledComponents');

/** What Astro's compileAstro is given (the parts the key reads). */
interface CompileProps {
  filename: string;
  source: string;
  astroConfig: {
    root: URL;
    srcDir: URL;
    site?: string;
    base: string;
    trailingSlash: string;
    compressHTML: boolean;
    scopedStyleStrategy: string;
    build: { format: string };
    experimental: { preserveScriptOrder?: boolean };
  };
  viteConfig: { command: string; isProduction: boolean; esbuild: unknown };
}

/** What compileAstro returns: the compiler's result with esbuild's code and map (plain JSON). */
interface Compiled {
  css: unknown[];
  scripts: unknown[];
  [field: string]: unknown;
}

interface Hook {
  get(props: CompileProps): Compiled | undefined;
  set(props: CompileProps, compiled: Compiled): void;
}

/** Keeps compiled components in dir until the returned function is called. */
export function keepCompiledComponents(dir: string): () => void {
  const hook: Hook = {
    get(props) {
      const key = keyOf(props);
      try {
        const kept = JSON.parse(fs.readFileSync(fileOf(dir, key), 'utf8')) as { key: string; compiled: Compiled };
        if (kept.key === key) return kept.compiled;
      } catch {
        // Not kept yet, or unreadable: compiled by Astro.
      }
      return undefined;
    },
    set(props, compiled) {
      if (compiled.css.length > 0) return;
      const key = keyOf(props);
      try {
        fs.mkdirSync(dir, { recursive: true });
        // Written whole, then renamed: two builds never read half a file.
        const file = fileOf(dir, key);
        const tmp = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, JSON.stringify({ key, compiled }));
        fs.renameSync(tmp, file);
        prune(dir);
      } catch {
        // A cache that cannot be written only costs the next build this compilation again.
      }
    },
  };
  const scope = globalThis as { [HOOK]?: Hook };
  scope[HOOK] = hook;
  return () => {
    if (scope[HOOK] === hook) delete scope[HOOK];
  };
}

function keyOf({ filename, source, astroConfig: a, viteConfig: v }: CompileProps): string {
  const settings = [
    a.root.href,
    a.srcDir.href,
    a.site,
    a.base,
    a.trailingSlash,
    a.build.format,
    a.compressHTML,
    a.scopedStyleStrategy,
    a.experimental.preserveScriptOrder,
    v.command,
    v.isProduction,
    v.esbuild,
  ];
  return createHash('sha256')
    .update(JSON.stringify([toolVersions(), filename, settings, tsconfigOf(path.dirname(filename)), source]))
    .digest('hex');
}

const tsconfigs = new Map<string, string[]>();

/**
 * The text of the tsconfig.json esbuild reads for a component (the nearest one up from its folder:
 * its target and class-field settings reach the code) and of what it extends by a relative path.
 */
function tsconfigOf(dir: string): string[] {
  const known = tsconfigs.get(dir);
  if (known) return known;
  const file = path.join(dir, 'tsconfig.json');
  const parent = path.dirname(dir);
  const texts = fs.existsSync(file) ? withExtended(file, 0) : parent === dir ? [] : tsconfigOf(parent);
  tsconfigs.set(dir, texts);
  return texts;
}

function withExtended(file: string, depth: number): string[] {
  const text = fs.readFileSync(file, 'utf8');
  // A package's tsconfig (astro/tsconfigs/strict) changes with that package's version, which the key has.
  const extended = [...text.matchAll(/"(\.{1,2}\/[^"]+)"/g)].map((m) => path.resolve(path.dirname(file), m[1]!));
  const more =
    depth < 4
      ? extended
          .filter((f) => fs.statSync(f, { throwIfNoEntry: false })?.isFile())
          .flatMap((f) => withExtended(f, depth + 1))
      : [];
  return [text, ...more];
}

function fileOf(dir: string, key: string): string {
  return path.join(dir, `${key.slice(0, 32)}.json`);
}

/** Entries kept at most; beyond, the older half goes (a component dropped is only compiled again). */
const MOST_KEPT = 1000;

function prune(dir: string): void {
  const names = fs.readdirSync(dir);
  if (names.length <= MOST_KEPT) return;
  const byAge = names
    .map((name) => ({ name, mtimeMs: fs.statSync(path.join(dir, name), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => a.mtimeMs - b.mtimeMs);
  for (const { name } of byAge.slice(0, byAge.length / 2)) fs.rmSync(path.join(dir, name), { force: true });
}

/** The versions of Astro, its compiler, and the Vite and esbuild that compileAstro calls (Vite has its own esbuild). */
let versions: string[] | undefined;

function toolVersions(): string[] {
  if (versions) return versions;
  const astroJson = createRequire(import.meta.url).resolve('astro/package.json');
  const fromAstro = createRequire(astroJson);
  const viteJson = fromAstro.resolve('vite/package.json');
  const versionIn = (file: string): string =>
    (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
  // Our patch is part of Astro's compileAstro: its text is part of the key too.
  const patched = fs.readFileSync(
    path.join(path.dirname(astroJson), 'dist', 'vite-plugin-astro', 'compile.js'),
    'utf8',
  );
  versions = [
    versionIn(astroJson),
    createHash('sha256').update(patched).digest('hex'),
    versionIn(fromAstro.resolve('@astrojs/compiler/package.json')),
    versionIn(viteJson),
    versionIn(createRequire(viteJson).resolve('esbuild/package.json')),
  ];
  return versions;
}
