/**
 * Importing modules that stay outside the precompiled bundle (src/cli/bundle.mjs): the site's
 * TypeScript sources (through tsx) and tsx itself. The bundle runs as a script restored from
 * V8's code cache, where Node 20 cannot run a dynamic import(); the bundle's loader hands over
 * its own `import` instead. From the sources this is a plain import().
 */
declare global {
  /** Set by src/cli/bundle.mjs when the command runs from the precompiled bundle. */
  var __guifanBundle: { dir: string; manifest: unknown; import: (specifier: string) => Promise<unknown> } | undefined;
}

/** `specifier`: a package name or an absolute file URL (e.g. `new URL('../site/build.ts', import.meta.url).href`). */
export function importExternal<T>(specifier: string): Promise<T> {
  const bundle = globalThis.__guifanBundle;
  return (bundle ? bundle.import(specifier) : import(specifier)) as Promise<T>;
}

let tsxRegistered = false;

/** Lets the bundle import TypeScript sources (the site pages run through tsx, as from a clone). */
export async function allowTypeScriptImports(): Promise<void> {
  if (!globalThis.__guifanBundle || tsxRegistered) return;
  tsxRegistered = true;
  const { register } = await importExternal<typeof import('tsx/esm/api')>('tsx/esm/api');
  register();
}
