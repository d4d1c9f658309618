/**
 * A print worker process: receives the model as JSON once (or the name of a file holding it), parses the fonts once (its own
 * FontCache), then builds the print jobs the parent hands it one at a time and writes their
 * files. Started by src/cli/print-pool.ts through print-worker.mjs (tsx or the bundle).
 */
import { readFileSync } from 'node:fs';
import { LAYER_CACHE_ENV } from '../diagram/layout/layers.ts';
import type { Model } from '../model/types.ts';
import { keepViews } from '../model/view-cache.ts';
import type { PrintTree } from '../print/cache/derived.ts';
import { FontCache } from '../print/fonts.ts';
import {
  buildPrint,
  defaultTemplatesDir,
  loadTemplates,
  printTree,
  type CacheStats,
  type PrintCacheOptions,
  type SameModelJob,
} from '../print/index.ts';
import type { Template } from '../print/templates.ts';

/** Views a worker keeps made (a unit's, its roles', its parents', and the last unit's). */
const VIEWS_KEPT = 24;

export interface PrintWorkerData {
  /** The model as JSON, or the file holding it (the parent then need not keep a copy). */
  modelJson?: string;
  modelFile?: string;
  outDir: string;
  only?: string;
  templatesDir?: string;
  /** The templates as the parent parsed them from `templatesDir` (plain data: the IPC channel's JSON keeps them whole). */
  templates?: Template[];
  /** Where the process charts' ELK layers are kept between builds (diagram/layout/layers.ts); with the PDF cache only. */
  layerCache?: string;
  /** The PDF cache to keep each job's files in (the parent looked the jobs up already). */
  cache?: PrintCacheOptions;
}

export type ToWorker = { type: 'job'; id: string } | { type: 'stop' };
export type FromWorker =
  /** Listening for jobs (messages sent before would find no listener). */
  | { type: 'ready' }
  | {
      type: 'done';
      id: string;
      files: string[];
      notes: string[];
      cache: CacheStats;
      /** The job's cache key and what same-model.ts records of it (none: not cached). */
      known?: [string, SameModelJob];
    }
  | {
      type: 'error';
      id: string;
      error: { name: string; message: string; stack?: string; code?: string; path?: string };
    };

/** Serves jobs until told to stop. */
export function runPrintWorker(data: PrintWorkerData): Promise<void> {
  if (!process.send) throw new Error('runPrintWorker must run in a process started with an IPC channel');
  const send = (message: FromWorker): void => {
    // The parent may have gone (a failed build stops its workers): the message has no reader.
    if (process.connected) process.send!(message);
  };
  const readModel = (): Model => {
    const parsed = JSON.parse(data.modelJson ?? readFileSync(data.modelFile!, 'utf8')) as Model;
    // The pool hands a worker one unit's jobs after another: the views of the last few units are
    // enough, and keeping every unit's and role's held a few hundred MB per worker at 100×.
    keepViews(parsed, VIEWS_KEPT);
    return parsed;
  };
  if (data.layerCache !== undefined) process.env[LAYER_CACHE_ENV] ??= data.layerCache;
  let model = readModel();
  const fonts = new FontCache();
  const options = {
    fonts,
    templates: data.templates ?? loadTemplates(data.templatesDir ?? defaultTemplatesDir()),
    ...(data.only !== undefined ? { only: data.only } : {}),
    ...(data.templatesDir !== undefined ? { templatesDir: data.templatesDir } : {}),
    ...(data.cache !== undefined ? { cache: { ...data.cache, lookup: false } } : {}),
  };
  // The tree the cache's read tracing needs is the model as parsed (JSON has one path to each
  // object), made once for all this worker's jobs; after a job wrote to it (index.ts) or failed
  // half-way, the model is read again, so that each job still reads the model as loaded.
  let tree: PrintTree | undefined;
  const spoilt = (): void => {
    if (tree === undefined) return;
    tree = undefined;
    model = readModel();
  };
  return new Promise((resolve) => {
    process.on('message', (message: ToWorker) => {
      if (message.type === 'stop') {
        // The entry (print-worker.mjs) closes the channel once it has kept the code cache.
        process.removeAllListeners('message');
        resolve();
        return;
      }
      const { id } = message;
      if (data.cache !== undefined) tree ??= printTree(model, options.templates, 'json');
      buildPrint(model, data.outDir, { ...options, jobs: [id], ...(tree ? { tree } : {}) }).then(
        ({ files, notes, cache, byJob }) => {
          if (cache.uncacheable > 0) spoilt();
          const known = byJob.get(id)?.known;
          send({ type: 'done', id, files, notes, cache, ...(known ? { known } : {}) });
        },
        (e: unknown) => {
          spoilt();
          const err = (e instanceof Error ? e : new Error(String(e))) as Error & { code?: unknown; path?: unknown };
          const system = {
            ...(typeof err.code === 'string' ? { code: err.code } : {}),
            ...(typeof err.path === 'string' ? { path: err.path } : {}),
          };
          send({
            type: 'error',
            id,
            error: {
              name: err.name,
              message: err.message,
              ...(err.stack !== undefined ? { stack: err.stack } : {}),
              ...system,
            },
          });
        },
      );
    });
    send({ type: 'ready' });
  });
}
