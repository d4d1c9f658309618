/**
 * The builds a test run shares, one per (organisation, output), in the run's folder under
 * test/.tmp/built/ (made by global-setup.ts). The first process to ask builds, in a child
 * process, under a lock (a folder made with mkdir, which only one process wins); a process
 * asking for the same build meanwhile waits for it instead of building again, and a failed
 * build fails every asker with the build's message. Test files ask through built.ts; the
 * global setup starts the example's site here before any file runs.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { EXAMPLE_AND_FIXTURE_ORGS } from './orgs.ts';
import { BUILT_OUTSIDE_ROOT, processAlive, REPO_ROOT } from './run-dirs.ts';

/**
 * What is built: the site alone (buildSite, no PDFs), the print set alone (buildPrint, every
 * kind), or everything as `guifan build` makes it (site, PDFs, their sizes on the pages, the
 * service worker; the quiz papers in the `-staff` folder beside it); 'fixture-print' is the
 * print set of `printFixtureModel()` (buildPrint, every kind), with PRINT_FIXTURE as content.
 */
export type BuiltOutput = 'site' | 'print' | 'full' | 'fixture-print';

/**
 * The content folder named for the print fixture (`printFixtureModel()`, a model written in
 * code): the file it is written in, so that its build has a key like the others.
 */
export const PRINT_FIXTURE = 'test/support/print-fixture-model.ts';

export interface BuiltOrganisation {
  /** The content folder, absolute. */
  contentDir: string;
  /** The output folder: the site's pages, print/ with the PDFs, or both. Do not write in it. */
  out: string;
  /** For print: the files buildPrint wrote, absolute. */
  files: string[];
  /** For print: buildPrint's notes. */
  notes: string[];
}

/**
 * The example's site and print set are read from its full build: twelve files read one or the
 * other and robust-build and shards the full build, and the three built apart made the example
 * three times per run (site, PDFs, then both again: about 28 s of CPU more than one `guifan build`).
 */
const EXAMPLE = path.join(REPO_ROOT, 'content');

/**
 * The site or the print set of a full build, as a build of that output alone is laid out: the site
 * is the full build's folder; the print set a folder of the run whose print/ and staff/ are the full
 * build's print/ and its staff folder (`<out>-staff`), with the files and notes of both.
 */
function partOfFull(runDir: string, full: BuiltOrganisation, output: 'site' | 'print'): BuiltOrganisation {
  if (output === 'site') return { ...full, files: [], notes: [] };
  const view = path.join(runDir, keyOf(full.contentDir, 'print'));
  const links: [string, string][] = [
    ['print', path.join(full.out, 'print')],
    ['staff', `${full.out}-staff`],
  ];
  fs.mkdirSync(view, { recursive: true });
  for (const [name, target] of links) {
    // Several files ask at once: the first makes the link, the others find it.
    try {
      fs.symlinkSync(target, path.join(view, name), 'dir');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  const files = links.flatMap(([name]) =>
    fs
      .readdirSync(path.join(view, name))
      .filter((f) => f.endsWith('.pdf'))
      .sort()
      .map((f) => path.join(view, name, f)),
  );
  return { ...full, out: view, files };
}

/** The folder name of a build: the content folder relative to the repository, and the output. */
function keyOf(contentDir: string, output: BuiltOutput): string {
  const rel = path.relative(REPO_ROOT, contentDir) || 'root';
  return `${rel.replace(/[^\w.-]+/g, '_')}--${output}`;
}

/** build-child.ts with these arguments; each line it writes to stdout is handed to onLine as it comes. */
function spawnChild(
  args: string[],
  onLine: (line: string) => void,
  signal?: AbortSignal,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(REPO_ROOT, 'test', 'support', 'build-child.ts'), ...args],
      {
        cwd: REPO_ROOT,
        signal,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    let seen = 0;
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const lines = stdout.split('\n');
      for (; seen < lines.length - 1; seen++) onLine(lines[seen]!);
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function runChild(
  output: BuiltOutput,
  contentDir: string,
  out: string,
  signal?: AbortSignal,
): Promise<{ files?: string[]; notes?: string[] }> {
  const { code, stdout, stderr } = await spawnChild([output, contentDir, out], () => {}, signal);
  if (code !== 0) throw new Error(`building ${output} of ${contentDir} failed (exit ${code}):\n${stderr}${stdout}`);
  const last = stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(last) as { files?: string[]; notes?: string[] };
  } catch {
    throw new Error(`building ${output} of ${contentDir}: no result line in its output:\n${stdout}\n${stderr}`);
  }
}

/**
 * The fixture organisations (orgs.ts, without the example), whose sites six files read (every one
 * of them): asked for one, this process builds all whose build no other process has begun, in one
 * child process (build-child.ts `sites`), each written out (and handed to a process waiting for it)
 * as soon as it is done.
 */
const FIXTURE_SITES = EXAMPLE_AND_FIXTURE_ORGS.map((d) => path.resolve(REPO_ROOT, d)).filter((d) => d !== EXAMPLE);

/** This process's lock on a build, unless another process holds it (or it is done or failed). */
function tryLock(key: string): boolean {
  if (fs.existsSync(`${key}.json`) || fs.existsSync(`${key}.error`)) return false;
  try {
    fs.mkdirSync(`${key}.lock`);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    return false;
  }
  fs.writeFileSync(path.join(`${key}.lock`, 'pid'), String(process.pid));
  return true;
}

/** Writes a build's outcome beside it (done or failed) and lets its lock go. */
function settle(key: string, outcome: { meta: object } | { error: string }): void {
  if ('meta' in outcome) {
    fs.writeFileSync(`${key}.json.tmp`, JSON.stringify(outcome.meta));
    fs.renameSync(`${key}.json.tmp`, `${key}.json`);
  } else fs.writeFileSync(`${key}.error`, outcome.error);
  fs.rmSync(`${key}.lock`, { recursive: true, force: true });
}

/** Builds the sites whose locks this process holds (keys; out = key), all in one child process. */
async function buildSites(keys: Map<string, string>, signal?: AbortSignal): Promise<void> {
  const left = new Map(keys);
  for (const key of keys.keys()) fs.rmSync(key, { recursive: true, force: true });
  const args = [...keys].flatMap(([key, content]) => [content, key]);
  try {
    const { code, stdout, stderr } = await spawnChild(
      ['sites', ...args],
      (line) => {
        let said: { out: string; error?: string };
        try {
          said = JSON.parse(line) as { out: string; error?: string };
        } catch {
          return; // The build's own words, not a result line.
        }
        if (typeof said?.out !== 'string' || !left.has(said.out)) return;
        const content = left.get(said.out)!;
        left.delete(said.out);
        settle(said.out, said.error ? { error: `building site of ${content} failed:\n${said.error}` } : { meta: {} });
      },
      signal,
    );
    for (const [key, content] of left)
      settle(key, { error: `building site of ${content} failed (exit ${code}):\n${stderr}${stdout}` });
  } catch (e) {
    for (const key of left.keys()) settle(key, { error: e instanceof Error ? e.message : String(e) });
  }
}

/**
 * The built output of the organisation in contentDir, built once in runDir. Several processes
 * (the global setup, test files in several workers) may ask at once; one builds, the others wait.
 */
export async function sharedBuild(
  runDir: string,
  contentDir: string,
  output: BuiltOutput,
  signal?: AbortSignal,
): Promise<BuiltOrganisation> {
  const content = path.resolve(REPO_ROOT, contentDir);
  if (content === EXAMPLE && (output === 'site' || output === 'print'))
    return partOfFull(runDir, await sharedBuild(runDir, contentDir, 'full', signal), output);
  const key = path.join(runDir, keyOf(content, output));
  // guifan build refuses an out folder inside the repository (src/cli/out-folder.ts).
  const out = output === 'full' ? path.join(BUILT_OUTSIDE_ROOT, path.basename(runDir), keyOf(content, output)) : key;
  const done = `${key}.json`;
  const failed = `${key}.error`;
  const lock = `${key}.lock`;
  for (let waited = 0; ; ) {
    if (fs.existsSync(done)) {
      const meta = JSON.parse(fs.readFileSync(done, 'utf8')) as { files?: string[]; notes?: string[] };
      return { contentDir: content, out, files: meta.files ?? [], notes: meta.notes ?? [] };
    }
    if (fs.existsSync(failed)) throw new Error(fs.readFileSync(failed, 'utf8'));
    if (!tryLock(key)) {
      // Another process builds it: wait, unless that process is gone (then take the lock over).
      let owner = NaN;
      try {
        owner = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8'));
      } catch {
        // The owner has not written its pid yet.
      }
      if ((Number.isInteger(owner) && !processAlive(owner)) || (Number.isNaN(owner) && waited > 30_000))
        fs.rmSync(lock, { recursive: true, force: true });
      await sleep(200);
      waited += 200;
      continue;
    }
    if (output === 'site' && FIXTURE_SITES.includes(content)) {
      const keys = new Map([[key, content]]);
      for (const other of FIXTURE_SITES) {
        const otherKey = path.join(runDir, keyOf(other, 'site'));
        if (other !== content && tryLock(otherKey)) keys.set(otherKey, other);
      }
      // Awaited whole, though this one is done first: the child is then reaped before this file
      // ends, so its CPU is this file's (cpu-per-file.ts); not awaited, it went to no file at all
      // when the file was its worker's last. Other processes get each site as soon as it is done.
      await buildSites(keys, signal);
      continue;
    }
    try {
      fs.rmSync(out, { recursive: true, force: true });
      fs.mkdirSync(path.dirname(out), { recursive: true });
      const meta = await runChild(output, content, out, signal);
      fs.writeFileSync(`${done}.tmp`, JSON.stringify(meta));
      fs.renameSync(`${done}.tmp`, done);
    } catch (e) {
      fs.writeFileSync(failed, e instanceof Error ? e.message : String(e));
      throw e;
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
}
