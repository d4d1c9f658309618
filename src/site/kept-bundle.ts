/**
 * The site's server and browser bundles as an earlier build made them, taken again while nothing
 * they are made from has changed. Vite and Rollup bundling the pages' code for the server and the
 * islands for the browser is about half of a site build's CPU (~8 s of the example's ~17 s), the
 * same whatever the content; only writing the pages depends on the YAML, and the pages read it
 * from the model lent at run time (data.ts), never from the bundle. Astro asks through a hook our
 * patch adds to its viteBuild (patches/astro+*.patch); the hook is there only while buildSite runs.
 *
 * A bundle is reused only when (1) the fixed part of the key is the same — guifan's sources, the
 * lock file and patches (so Astro, Vite and Rollup's versions), the config, the site address and
 * base path, the folder the MDX pages are read from and the pages themselves (compiled into the
 * bundle), the Node mode — and
 * (2) every source file Rollup put into either bundle still has the bytes it had. What Astro's
 * later steps read from the bundling (its internals' maps, each page's styles) is kept beside the
 * files and put back as the bundling would have left it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';

const HOOK = Symbol.for('guifan.keptBundle');
const META = 'meta.json';

/** The parts of Astro's page data and build internals the hook reads or restores. */
export interface PageData {
  key: string;
  styles: unknown[];
}

export interface Internals {
  entrySpecifierToBundleMap: Map<string, string>;
  inlinedScripts: Map<string, string>;
  componentMetadata: Map<string, unknown>;
  middlewareEntryPoint?: URL;
  astroActionsEntryPoint?: URL;
  manifestFileName?: string;
}

/** Rollup's output of one Vite build (the parts read here). */
interface BuildOutput {
  output: { type: 'chunk' | 'asset'; fileName: string; moduleIds?: string[] }[];
}

interface Folders {
  internals: Internals;
  allPages: Record<string, PageData>;
  /**
   * Where both Vite builds of a static site write (the out folder, or <cwd>/.astro/ when that lies
   * outside): Astro deletes the server chunks from it after writing the pages and copies the rest
   * into the out folder.
   */
  serverOut: string;
  /** The project's public/ folder, which Vite copies into serverOut before writing the bundles. */
  publicDir: string;
}

interface Hook {
  /** The server chunks' names when the kept bundles were put in place, else undefined (Astro bundles). */
  restore(at: Folders): Promise<string[] | undefined>;
  keep(
    at: Folders & { ssrOutputChunkNames: string[]; ssrOutputs: BuildOutput[]; clientOutputs: BuildOutput[] },
  ): Promise<void>;
}

interface Kept {
  fixed: string;
  /** Every source file in the bundles, with the sha256 of its bytes. */
  sources: [string, string][];
  ssrOutputChunkNames: string[];
  /** The server manifest's chunk, which Astro deletes with the others once the pages are written. */
  manifestFileName?: string;
  /** Every file the two builds wrote, relative to serverOut (under files/ in the kept folder). */
  files: string[];
  entrySpecifierToBundleMap: [string, string][];
  inlinedScripts: [string, string][];
  componentMetadata: [string, unknown][];
  styles: Record<string, unknown[]>;
}

export interface KeptBundle {
  /** Takes the hook away (the build is over). */
  forget(): void;
  /** Whether this build took the kept bundles (else Astro bundled, and they were kept for the next). */
  reused(): boolean;
}

/**
 * Keeps the bundles of this build in `dir` (the folder of its fixed key, among the last
 * KEPT_KEYS keys' folders beside it) and offers them to the next, until the returned function is
 * called. `fixed` is the first part of the key (see above); the sources are checked by the hook itself.
 */
export function keepBundle(dir: string, fixed: string): KeptBundle {
  let reused = false;
  const hook: Hook = {
    async restore({ internals, allPages, serverOut, publicDir }) {
      const kept = readKept(dir);
      if (!kept || kept.fixed !== fixed) return undefined;
      if (kept.sources.some(([file, hash]) => sourceHash(file) !== hash)) return undefined;
      const pages = Object.values(allPages);
      if (pages.some((p) => !kept.styles[p.key])) return undefined;
      try {
        // As Vite does: the public folder first, the bundles over it.
        if (fs.existsSync(publicDir)) fs.cpSync(publicDir, serverOut, { recursive: true });
        for (const file of kept.files) copyFile(path.join(dir, 'files', file), path.join(serverOut, file));
      } catch {
        // Half copied: Astro bundles afresh, over what is there, as it would have.
        return undefined;
      }
      for (const [k, v] of kept.entrySpecifierToBundleMap) internals.entrySpecifierToBundleMap.set(k, v);
      for (const [k, v] of kept.inlinedScripts) internals.inlinedScripts.set(k, v);
      for (const [k, v] of kept.componentMetadata) internals.componentMetadata.set(k, v);
      if (kept.manifestFileName) internals.manifestFileName = kept.manifestFileName;
      for (const page of pages) page.styles = structuredClone(kept.styles[page.key]!);
      reused = true;
      touch(dir);
      return kept.ssrOutputChunkNames;
    },
    async keep({ internals, allPages, serverOut, ssrOutputChunkNames, ssrOutputs, clientOutputs }) {
      // Bundles whose entry points Astro finds by URL in the server folder: not ours to keep.
      if (internals.middlewareEntryPoint || internals.astroActionsEntryPoint) return;
      const sources = new Set<string>();
      // The manifest chunk leaves Rollup's output and is written after it (Astro's build:post).
      const files = new Set<string>(internals.manifestFileName ? [internals.manifestFileName] : []);
      for (const { output } of [...ssrOutputs, ...clientOutputs])
        for (const item of output) {
          files.add(item.fileName);
          for (const id of item.moduleIds ?? []) {
            const file = id.split('?')[0]!;
            if (path.isAbsolute(file) && !file.includes(`${path.sep}node_modules${path.sep}`)) sources.add(file);
          }
        }
      const kept: Kept = {
        fixed,
        sources: [...sources].sort().map((file) => [file, sourceHash(file)]),
        ssrOutputChunkNames,
        ...(internals.manifestFileName ? { manifestFileName: internals.manifestFileName } : {}),
        files: [...files].sort(),
        entrySpecifierToBundleMap: [...internals.entrySpecifierToBundleMap],
        inlinedScripts: [...internals.inlinedScripts],
        componentMetadata: [...internals.componentMetadata],
        styles: Object.fromEntries(Object.values(allPages).map((p) => [p.key, p.styles])),
      };
      // A module id that names no file (a virtual module's look-alike path): nothing to check it by.
      if (kept.sources.some(([, hash]) => hash === MISSING)) return;
      const tmp = `${dir}.${process.pid}.tmp`;
      try {
        fs.rmSync(tmp, { recursive: true, force: true });
        for (const file of kept.files) copyFile(path.join(serverOut, file), path.join(tmp, 'files', file));
        fs.writeFileSync(path.join(tmp, META), JSON.stringify(kept));
        // Replaced whole: a build killed half-way leaves the old set or the new one, never a mix.
        fs.rmSync(dir, { recursive: true, force: true });
        fs.renameSync(tmp, dir);
        keepLatest(path.dirname(dir), KEPT_KEYS);
      } catch {
        // A cache that cannot be written only costs the next build the bundling again.
        fs.rmSync(tmp, { recursive: true, force: true });
      }
    },
  };
  const scope = globalThis as { [HOOK]?: Hook };
  scope[HOOK] = hook;
  return {
    forget: () => {
      if (scope[HOOK] === hook) delete scope[HOOK];
    },
    reused: () => reused,
  };
}

const MISSING = 'missing';

/**
 * How many keys' bundles are kept (~2 MB each): a build of another organisation, or of other MDX
 * pages, or at another address does not throw away the bundles the next build may want back.
 */
const KEPT_KEYS = 8;

/** Marks a key's bundles as used now (the oldest used go first). */
function touch(dir: string): void {
  try {
    const now = new Date();
    fs.utimesSync(dir, now, now);
  } catch {
    // Only the order in which kept bundles are given up.
  }
}

/** Removes all but the `count` most recently used folders of `parent` (builds' temporary folders left alone). */
function keepLatest(parent: string, count: number): void {
  const kept = fs
    .readdirSync(parent, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.endsWith('.tmp'))
    .map((e) => ({ dir: path.join(parent, e.name), used: fs.statSync(path.join(parent, e.name)).mtimeMs }))
    .sort((a, b) => b.used - a.used);
  for (const { dir } of kept.slice(count)) fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * Astro's content layer writes the MDX pages' module map (.astro/content-modules.mjs) and the
 * assets' map in the order its loader finished reading the files, which varies from build to
 * build when there are several; the entries are joined with ",\n" and the last one closes the
 * map, so even its lines differ with the order (astro/dist/content/mutable-data-store.js). What a
 * bundle is made from is the set of entries: every string in the map (file names and import
 * specifiers; the symbols are made from them), sorted.
 */
const UNORDERED = /[\\/]\.astro[\\/]content-(?:modules|assets)\.mjs$/;
const STRING = /"(?:[^"\\\n]|\\.)*"/g;

function sourceHash(file: string): string {
  if (!UNORDERED.test(file)) return hashOf(file);
  try {
    const strings = fs.readFileSync(file, 'utf8').match(STRING) ?? [];
    return createHash('sha256').update(JSON.stringify(strings.sort())).digest('hex');
  } catch {
    return MISSING;
  }
}

/** What the fixed part of the key is made of, besides guifan's code version (buildSite gives these). */
export interface BundleSettings {
  codeVersion: string;
  root: string;
  /** The folder Astro reads the MDX pages from (buildSite's copy of them: staged-pages.ts). */
  pages: string;
  site: string;
  base: string;
}

/**
 * The fixed part of the key: the settings, the root's files Vite reads, Node's mode (a test
 * run's builds are not production builds) and the content's MDX pages, which are compiled into
 * the server bundle (every file under the pages folder, names and bytes: a page added changes
 * Astro's content store although no bundled file changed).
 */
export function fixedKey(settings: BundleSettings): string {
  const hash = createHash('sha256').update(JSON.stringify([settings, process.env.NODE_ENV ?? '']));
  // What Vite itself reads from the root besides modules: tsconfig.json (esbuild), .env files
  // (import.meta.env) and a PostCSS config.
  const rootFiles = fs
    .readdirSync(settings.root)
    .filter((f) => /^(?:tsconfig\.json|\.env.*|postcss\.config\..+|\.postcssrc.*)$/.test(f));
  for (const file of rootFiles.sort()) hash.update(`${file}\u0000${hashOf(path.join(settings.root, file))}\u0000`);
  const { pages } = settings;
  const walk = (rel: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(pages, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const r = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(r);
      else hash.update(`${r}\u0000${hashOf(path.join(pages, r))}\u0000`);
    }
  };
  walk('');
  return hash.digest('hex');
}

function hashOf(file: string): string {
  try {
    return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  } catch {
    return MISSING;
  }
}

function readKept(dir: string): Kept | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, META), 'utf8')) as Kept;
  } catch {
    return undefined;
  }
}

function copyFile(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
}
