/**
 * One print worker process as the pool (print-pool.ts) sees it: started with or without a heap
 * ceiling, its error output passed on (but for V8's dump when it outgrew the ceiling), told what
 * to do, stopped, and — when it ends before it was told to — the error that says so in words.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { heapArgs, isOutOfMemory } from './heap-ceiling.ts';
import type { ToWorker } from './print-worker.ts';

/**
 * A worker, the job it is on and the unit it last printed for; whether V8 said its heap reached
 * the ceiling (its last words on stderr).
 */
export type PoolWorker = ChildProcess & {
  job?: string;
  unit?: string;
  heapMb?: number;
  outOfMemory?: boolean;
  /** Has said it is listening: a message sent before would reach its start-up, not its job loop. */
  ready?: boolean;
  /** Told to stop (no job left), or stopped by the pool: its end is expected. */
  stopping?: boolean;
};

/** A worker process (print-worker.mjs); it waits for its data, then says when it is ready. */
export function startWorker(heapMb: number | undefined): PoolWorker {
  const worker: PoolWorker = fork(fileURLToPath(new URL('./print-worker.mjs', import.meta.url)), [], {
    execArgv: heapArgs(heapMb, 'print'),
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
  });
  if (heapMb !== undefined) worker.heapMb = heapMb;
  passErrors(worker);
  return worker;
}

/**
 * A worker ended in the middle of a job: killed (the system's out-of-memory killer picks the
 * largest process, now a worker), out of heap, or crashed. Said so that a clerk knows what to try.
 */
export function workerDied(
  job: string | undefined,
  code: number | null,
  signal: NodeJS.Signals | null,
  outOfMemory: boolean,
): Error {
  const how = signal ?? `exit code ${code}`;
  const zhHow = signal ? `信号 ${signal}` : `退出码 ${code}`;
  const memory = outOfMemory || signal === 'SIGKILL';
  const hint = memory
    ? '可能是本机内存不足，被系统终止；请关闭其他程序或换内存更多的机器再试，大型集团也可分片生成（guifan build --shard） / the machine may have run out of memory and stopped it: close other programs or use a machine with more memory, or build a large group in slices (guifan build --shard)'
    : '请再试一次；如果再次出现，请把这条信息告诉维护人员 / try again; if it happens again, pass this message on to whoever maintains guifan';
  const [zhHint, enHint] = hint.split(' / ');
  const zhJob = job === undefined ? '' : `，当时正在生成 ${job}`;
  const enJob = job === undefined ? '' : ` while making ${job}`;
  return new Error(
    `生成 PDF 的进程意外停止（${zhHow}）${zhJob}：${zhHint} / a PDF worker stopped unexpectedly (${how})${enJob}: ${enHint}`,
  );
}

/** A message to a worker, unless its channel is closed (it died: its 'exit' says so). */
export function tell(worker: PoolWorker, message: ToWorker): void {
  if (worker.connected) worker.send(message);
}

/** Stop a worker now (the run failed or was cancelled): its end is then expected. */
export function stop(worker: PoolWorker): void {
  worker.stopping = true;
  if (worker.exitCode === null && worker.signalCode === null) worker.kill('SIGKILL');
}

/**
 * A worker's error output goes to ours line by line, except V8's dump when the heap reached its
 * ceiling (kept back: the pool goes on without one and says so in words).
 */
function passErrors(worker: PoolWorker): void {
  let pending = '';
  worker.stderr?.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    let cut: number;
    while ((cut = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, cut + 1);
      pending = pending.slice(cut + 1);
      if (worker.outOfMemory || line.startsWith('<--- Last few GCs') || isOutOfMemory(line)) worker.outOfMemory = true;
      else process.stderr.write(line);
    }
  });
  worker.stderr?.on('end', () => {
    if (pending && !worker.outOfMemory) process.stderr.write(pending);
  });
}
