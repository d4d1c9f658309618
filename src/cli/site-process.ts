/**
 * The site's pages in their own process (site-child.mjs runs Astro): starting it, handing it one
 * job, and turning V8's out-of-memory dump or a panic of Pagefind's indexer (when the process runs
 * it, for a caller that asks) into an error the user can act on.
 */
import { fork } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { stopTreeNow } from './stop-tree.ts';
import { fileURLToPath } from 'node:url';
import type { Slice } from '../model/shard.ts';
import { heapArgs, isOutOfMemory } from './heap-ceiling.ts';
import { rebuildError } from './print-pool.ts';
import { pageCacheJobFor } from './kept-site.ts';

/**
 * The site's child process, started before the model is loaded so that its start-up (Node, tsx,
 * importing Astro) overlaps the load. Its output is passed through this process's streams (it
 * reads as before, and the benchmark can timestamp Astro's lines). `build` resolves with the
 * time the site waited for the build lock, or rejects with the site's own error message.
 */
export interface SiteProcess {
  build(job: {
    contentDir: string;
    outDir: string;
    modelFile: string;
    logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
    slice?: Slice;
    offline?: boolean;
    searchIndex?: boolean;
  }): Promise<{ lockWaitMs: number; bundlesReused: boolean }>;
  /** Nothing to build after all (content errors): the process ends by itself. */
  cancel(): void;
  /** Stop it now, mid-build (another part of the build failed, or the command was interrupted). */
  kill(): void;
}

/** The site process's heap reached the ceiling it was given (heap-ceiling.ts). */
class SiteOutOfMemory extends Error {}

type SiteAnswer =
  | { type: 'done'; lockWaitMs: number; bundlesReused: boolean }
  | { type: 'error'; error: { name: string; message: string; stack?: string; code?: string; path?: string } };

/**
 * `heapMb`: the old generation's ceiling (heap-ceiling.ts). Should the site need more after all,
 * it is built once more in a process without one (into the same, emptied, out folder): slower,
 * never failed by the ceiling.
 */
export function startSiteProcess(heapMb?: number): SiteProcess {
  let current = startChild(heapMb);
  let stopped = false;
  return {
    async build(job) {
      try {
        return await current.build(job);
      } catch (e) {
        if (!(e instanceof SiteOutOfMemory) || heapMb === undefined || stopped) throw e;
        console.error(
          `网站生成超出了预留的 ${heapMb} MB 内存，改为不限内存重新生成 / the site build outgrew its ${heapMb} MB heap; building it again without a ceiling`,
        );
        for (const entry of readdirSync(job.outDir))
          rmSync(path.join(job.outDir, entry), { recursive: true, force: true });
        current = startChild(undefined);
        return await current.build(job);
      }
    },
    cancel() {
      stopped = true;
      current.cancel();
    },
    kill() {
      stopped = true;
      current.kill();
    },
  };
}

function startChild(heapMb: number | undefined): SiteProcess {
  const script = fileURLToPath(new URL('./site-child.mjs', import.meta.url));
  // RUST_BACKTRACE=0: a panic of Pagefind's indexer is a few lines, not a backtrace.
  const child = fork(script, [], {
    execArgv: heapArgs(heapMb),
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: { ...process.env, RUST_BACKTRACE: '0' },
  });
  child.stdout?.on('data', (chunk: Buffer) => process.stdout.write(chunk));
  const panic = new PanicFilter((chunk) => process.stderr.write(chunk));
  child.stderr?.on('data', (chunk: Buffer) => panic.write(chunk.toString()));
  let answer: SiteAnswer | undefined;
  child.on('message', (m: SiteAnswer) => {
    answer = m;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>((resolve) => {
    child.on('error', (error) => resolve({ code: null, signal: null, error }));
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  return {
    async build(job) {
      // The page cache's job (kept-site.ts made it for this staging folder), when there is one.
      const pageCache = pageCacheJobFor(job.outDir);
      child.send(pageCache ? { ...job, pageCache } : job);
      const end = await exited;
      if (answer?.type === 'done') return { lockWaitMs: answer.lockWaitMs, bundlesReused: answer.bundlesReused };
      if (answer?.type === 'error') throw panic.explain(job.outDir) ?? rebuildError(answer.error);
      if (panic.outOfMemory)
        throw new SiteOutOfMemory(
          '网站生成内存不足（本机可用内存是否太少？） / the site build ran out of memory (is the machine short of memory?)',
        );
      throw end.error ?? new Error(`site build stopped (${end.signal ?? `exit code ${end.code}`})`);
    },
    cancel() {
      if (child.connected) child.disconnect();
    },
    kill() {
      // With Pagefind, if it runs: both end before the caller goes on (it may remove their folder next).
      if (child.exitCode === null && child.signalCode === null) stopTreeNow([child.pid ?? 0]);
    },
  };
}

/**
 * Passes the site's error output through, except a panic of Pagefind's indexer (a Rust
 * program): its lines are kept back and turned into an error the user can act on, such as a
 * full disk, instead of reaching the terminal as an internal message.
 */
class PanicFilter {
  private pending = '';
  private panic: string[] | undefined;
  private done = false;

  /** V8 said the heap reached its ceiling: what follows is its dump, kept from the terminal. */
  outOfMemory = false;

  constructor(private readonly pass: (text: string) => void) {}

  write(text: string): void {
    this.pending += text;
    let cut: number;
    while ((cut = this.pending.indexOf('\n')) >= 0) {
      const line = this.pending.slice(0, cut + 1);
      this.pending = this.pending.slice(cut + 1);
      // V8's last words before it aborts ("<--- Last few GCs --->", then the FATAL ERROR line).
      if (this.outOfMemory || line.startsWith('<--- Last few GCs') || isOutOfMemory(line)) this.outOfMemory = true;
      else if (/^thread '[^']*'(?: \(\d+\))? panicked at /.test(line)) this.panic = [line];
      else if (this.panic && !this.done) {
        this.panic.push(line);
        if (line.startsWith('note:')) this.done = true;
      } else this.pass(line);
    }
  }

  /** The error a panic stands for (a full disk is a system error on the out folder), if there was one. */
  explain(outDir: string): Error | undefined {
    if (!this.panic) return undefined;
    const text = this.panic.join('');
    if (/No space left|StorageFull|code: 28\b/.test(text))
      return Object.assign(new Error('no space left on device'), { code: 'ENOSPC', path: outDir });
    const reason = /panicked at [^\n]*\n([^\n]*)/.exec(text)?.[1]?.trim() ?? '';
    return new Error(
      `网站的搜索索引程序（Pagefind）意外退出 / the site's search indexer (Pagefind) stopped unexpectedly: ${reason.slice(0, 200)}`,
    );
  }
}
