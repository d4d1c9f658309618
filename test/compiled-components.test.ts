/**
 * Astro components kept compiled between builds (src/site/compiled-components.ts, through the hook
 * patches/astro+*.patch adds to Astro's compileAstro): read back for the same source, compiled
 * afresh after an edit (a stale component would be a wrong page), never kept with a <style>, and
 * Astro's own compilation again once the build is over.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { resolveConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { keepCompiledComponents } from '../src/site/compiled-components.ts';

const DIR = path.resolve('test/.tmp/compiled-components');
const ROOT = path.resolve('.');
const entries = () => (fs.existsSync(DIR) ? fs.readdirSync(DIR).filter((f) => f.endsWith('.json')) : []);

interface Compiled {
  code: string;
  scripts: unknown[];
}
type CompileAstro = (args: {
  compileProps: Record<string, unknown>;
  astroFileToCompileMetadata: Map<string, { scripts: unknown[] }>;
  logger: unknown;
}) => Promise<Compiled>;

/** Astro's own compileAstro, as the installed (patched) Astro has it. */
async function astroCompiler(): Promise<CompileAstro> {
  const astroDir = path.dirname(createRequire(import.meta.url).resolve('astro/package.json'));
  const file = path.join(astroDir, 'dist', 'vite-plugin-astro', 'compile.js');
  return ((await import(pathToFileURL(file).href)) as { compileAstro: CompileAstro }).compileAstro;
}

const filename = path.join(ROOT, 'src/site/components/KeptExample.astro');
const component = (text: string, extra = '') =>
  `---\nconst { n } = Astro.props;\n---\n<p class="kept">${text} {n}</p>\n<script>console.log('x');</script>\n${extra}`;

function compileWith(compileAstro: CompileAstro, viteConfig: unknown, source: string) {
  const metadata = new Map<string, { scripts: unknown[] }>();
  const compileProps = {
    filename,
    source,
    preferences: {},
    astroConfig: {
      root: pathToFileURL(`${ROOT}/`),
      srcDir: pathToFileURL(`${ROOT}/src/site/`),
      site: 'https://example.org',
      base: '/',
      trailingSlash: 'always',
      compressHTML: true,
      scopedStyleStrategy: 'attribute',
      build: { format: 'directory' },
      experimental: {},
    },
    viteConfig,
  };
  return compileAstro({ compileProps, astroFileToCompileMetadata: metadata, logger: {} }).then((compiled) => ({
    compiled,
    metadata,
  }));
}

describe('Astro components kept compiled between builds', () => {
  it('reads a component back while unchanged and compiles it again after an edit', async () => {
    fs.rmSync(DIR, { recursive: true, force: true });
    const compileAstro = await astroCompiler();
    // A real build's Vite settings: a <style> goes through Vite's CSS preprocessing.
    const viteConfig = await resolveConfig({ configFile: false, root: ROOT, logLevel: 'silent' }, 'build');
    const compile = (source: string) => compileWith(compileAstro, viteConfig, source);
    const forget = keepCompiledComponents(DIR);
    try {
      const first = await compile(component('第一版'));
      expect(first.compiled.code).toContain('第一版');
      expect(entries()).toHaveLength(1);
      // Read back, not compiled again: an entry changed by hand is what comes back, with its scripts noted for Astro.
      const file = path.join(DIR, entries()[0]!);
      const kept = JSON.parse(fs.readFileSync(file, 'utf8')) as { key: string; compiled: Compiled };
      fs.writeFileSync(file, JSON.stringify({ ...kept, compiled: { ...kept.compiled, code: 'kept by hand' } }));
      const again = await compile(component('第一版'));
      expect(again.compiled.code).toBe('kept by hand');
      expect(again.metadata.get(filename)?.scripts).toHaveLength(1);
      // The component edited: compiled afresh, never the kept one.
      const edited = await compile(component('第二版'));
      expect(edited.compiled.code).toContain('第二版');
      expect(edited.compiled.code).not.toContain('第一版');
      expect(entries()).toHaveLength(2);
      // A damaged entry is compiled again.
      fs.writeFileSync(file, '{"key": "trunc');
      expect((await compile(component('第一版'))).compiled.code).toContain('第一版');
      // A component with a <style> is not kept (its CSS goes through Vite's CSS pipeline).
      await compile(component('样式', '<style>.kept { color: red; }</style>'));
      expect(entries()).toHaveLength(2);
    } finally {
      forget();
    }
    // After the build, Astro compiles as it always does.
    const after = await compile(component('第三版'));
    expect(after.compiled.code).toContain('第三版');
    expect(entries()).toHaveLength(2);
  });
});
