/**
 * Helpers for the held-out safety corpus (test/safety-*.test.ts): content copies with one edit,
 * the command run in this process or as a separate process (optionally as another user, from
 * another folder, killed at a chosen moment), every file of a folder hashed, leftovers of runs
 * found, and a tally of cases handled, faults survived and files lost, printed per test file.
 */
import { CACHE_FOLDER } from '../../src/print/cache/store.ts';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  lchownSync,
  cpSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { scaffold } from '../../src/cli/scaffold.ts';
import { REPO_ROOT } from '../fuzz/harness.ts';

export const BIN = path.join(REPO_ROOT, 'src', 'cli', 'bin.mjs');
export const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;
export const NOBODY = 65534;

/** A temporary folder (world-readable, so another user can be given parts of it). */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `guifan-safety-${prefix}-`));
  chmodSync(dir, 0o755);
  return dir;
}

/** The scaffold made once in each folder that holds copies of it, by that folder. */
const scaffolds = new Map<string, Promise<string[]>>();

/**
 * A fresh copy of the `guifan new` scaffold at dir, copied from one made once beside it (in dir's
 * parent, a test file's temporary folder, so it goes when that folder is removed).
 */
export async function scaffoldAt(dir: string): Promise<string> {
  const made = path.join(path.dirname(dir), '.scaffold');
  if (!scaffolds.has(made)) scaffolds.set(made, scaffold(made));
  await scaffolds.get(made);
  cpSync(made, dir, { recursive: true });
  return dir;
}

/** A fresh copy of the example content at dir. */
export function exampleAt(dir: string): string {
  cpSync(path.join(REPO_ROOT, 'content'), dir, { recursive: true });
  return dir;
}

/** Replaces `from` in a file (which must be there) and returns the new text. */
export function edit(file: string, from: string | RegExp, to: string): string {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`edit did not apply to ${file}: ${String(from)}`);
  writeFileSync(file, next);
  return next;
}

/** 1-based line and column of the first `needle` in `text` (after `after`, if given). */
export function positionOf(text: string, needle: string, after = ''): { line: number; column: number } {
  const start = after ? text.indexOf(after) : 0;
  const at = text.indexOf(needle, Math.max(0, start));
  if (at < 0) throw new Error(`"${needle}" is not in the text`);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}

export interface Printed {
  code: number;
  out: string;
  err: string;
}

/** `guifan ARGS` in this process. */
export async function inProcess(args: string[]): Promise<Printed> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => void (out += `${s}\n`), err: (s) => void (err += `${s}\n`) });
  return { code, out, err };
}

export interface Diag {
  file: string;
  line: number;
  column: number;
  code: string;
  message: string;
  path: string;
}

/** `guifan check --format json` in this process: exit status, errors and warnings. */
export async function checkJson(
  dir: string,
): Promise<{ code: number; errors: Diag[]; warnings: Diag[]; printed: string }> {
  const r = await inProcess(['check', '--content', dir, '--format', 'json']);
  const json = JSON.parse(r.out) as { errors: Diag[]; warnings: Diag[] };
  return { code: r.code, errors: json.errors, warnings: json.warnings, printed: r.out + r.err };
}

export interface Run extends Printed {
  signal: NodeJS.Signals | null;
  ms: number;
  /** Killed by the time limit: the command did not end by itself. */
  hung: boolean;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Run as this user (and group): only as root. */
  uid?: number;
  timeoutMs?: number;
  /** Called with the child once it runs (e.g. to kill it at a chosen moment). */
  onStart?: (child: ReturnType<typeof spawn>) => void;
}

/** `guifan ARGS` as a separate process, as a user runs it. Never waits for ever: a hang is reported as such. */
export function runGuifan(args: string[], options: RunOptions = {}): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? REPO_ROOT,
      env: {
        ...process.env,
        GUIFAN_DEBUG: '',
        GUIFAN_FAULT: '',
        // Another user has no home, and no access to this test process's site state (own-site-state.ts).
        ...(options.uid !== undefined ? { HOME: '/nonexistent', GUIFAN_CACHE_DIR: '' } : {}),
        ...options.env,
      },
      ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so that a kill reaches the site's process and Pagefind too.
      detached: true,
    });
    let out = '';
    let err = '';
    let hung = false;
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    const timer = setTimeout(() => {
      hung = true;
      killGroup(child.pid!, 'SIGKILL');
    }, options.timeoutMs ?? 240_000);
    options.onStart?.(child);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // Anything the command started must have ended with it.
      killGroup(child.pid!, 'SIGKILL');
      resolve({ code: code ?? -1, signal, out, err, ms: performance.now() - started, hung });
    });
  });
}

export function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** Every file under dir (relative) with its SHA-256; folders end in '/'. Hidden run folders are listed too. */
export function hashTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string): void => {
    for (const name of readdirSync(path.join(dir, rel)).sort()) {
      const r = rel ? `${rel}/${name}` : name;
      const st = lstatSync(path.join(dir, r));
      if (st.isDirectory()) {
        out.set(`${r}/`, 'dir');
        walk(r);
      } else
        out.set(
          r,
          st.isSymbolicLink()
            ? 'link'
            : createHash('sha256')
                .update(readFileSync(path.join(dir, r)))
                .digest('hex'),
        );
    }
  };
  walk('');
  return out;
}

/** Files of `before` that are gone or changed in `after`. */
export function lostFiles(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  return [...before].filter(([f, h]) => after.get(f) !== h).map(([f]) => f);
}

/** Hidden folders and files runs leave (staging, old output, locks), beside and inside the out folder. */
export function leftovers(out: string): string[] {
  const found: string[] = [];
  const look = (dir: string): void => {
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    // .guifan-output marks an out folder; the PDF cache beside it is kept on purpose.
    for (const n of names)
      if (n.startsWith('.guifan-') && n !== '.guifan-output' && n !== CACHE_FOLDER) found.push(path.join(dir, n));
  };
  look(path.dirname(path.resolve(out)));
  look(out);
  look(path.join(out, 'print'));
  return found;
}

/** A trace the user must never see. */
export function expectNoStackTrace(text: string): void {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(text).not.toMatch(/\b(TypeError|ReferenceError|SyntaxError|RangeError): /);
  expect(text).not.toMatch(/parseAllDocuments|node:internal/);
}

/** Gives a folder tree to another user (for runs as that user). */
export function giveTo(dir: string, uid: number): void {
  const walk = (p: string): void => {
    // lchown: a link is given as a link (another checkout's cache may hold links to a folder since removed).
    lchownSync(p, uid, uid);
    if (lstatSync(p).isDirectory()) for (const n of readdirSync(p)) walk(path.join(p, n));
  };
  walk(dir);
}

export function removeTree(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** The pid of a process that has ended (for stale locks and dead runs). */
export async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  const pid = child.pid!;
  await new Promise((r) => child.on('close', r));
  return pid;
}

/** Cases, how many were handled, faults survived and files lost, per test file. */
export class Tally {
  cases = 0;
  handled = 0;
  faults = 0;
  survived = 0;
  lost = 0;
  readonly failures: string[] = [];

  constructor(readonly name: string) {}

  /** Runs one case; it is handled when `check` completes without a failed expectation. */
  // biome-ignore lint/suspicious/noConfusingVoidType: a check may return nothing (an async function that only asserts)
  async run(name: string, kind: 'fault' | 'input', check: () => Promise<{ lost?: number } | void>): Promise<void> {
    this.cases++;
    if (kind === 'fault') this.faults++;
    try {
      const result = await check();
      const lost = result?.lost ?? 0;
      this.lost += lost;
      if (lost > 0) throw new Error(`${lost} file(s) lost`);
      this.handled++;
      if (kind === 'fault') this.survived++;
    } catch (e) {
      this.failures.push(name);
      throw e;
    }
  }

  report(): string {
    return `${this.name}: ${this.cases} cases, ${this.handled} handled, ${this.survived} of ${this.faults} faults survived, ${this.lost} files lost${this.failures.length ? `; failing: ${this.failures.join('; ')}` : ''}`;
  }
}
