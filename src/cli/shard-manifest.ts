/**
 * A shard's manifest, `guifan-shard.json` in the out folder of `guifan build --shard i/n`
 * (or --units): which slice it is, the content it was made from (the hash of its model.json)
 * and guifan's version, so that `guifan merge` refuses shards that cannot make one site.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Model } from '../model/types.ts';
import { shardSlice, unitsSlice, type ShardNumber, type Slice } from '../model/shard.ts';

export const SHARD_MANIFEST = 'guifan-shard.json';

/** How the command line asked for a slice. */
export type SliceRequest = { shard: ShardNumber } | { units: string[]; group: boolean };

export interface ShardManifest {
  guifan: string;
  /** sha256 of the shard's model.json: the same content, revision history included. */
  content: string;
  slice: Slice;
  /** Every unit of the organisation, so the merge can tell a missing shard. */
  allUnits: string[];
  site: boolean;
  pdf: boolean;
}

export function sliceOf(model: Model, request: SliceRequest): Slice {
  return 'shard' in request ? shardSlice(model, request.shard) : unitsSlice(model, request.units, request.group);
}

/**
 * guifan's own version: package.json's number and a hash of every source file. Shards made by
 * different code may render differently, and Astro's hashed asset names would let both versions'
 * scripts sit side by side in a merged site without a conflict, so the number alone is not enough.
 */
export async function guifanVersion(): Promise<string> {
  const pkg = fileURLToPath(new URL('../../package.json', import.meta.url));
  const number = (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
  const { codeVersion } = await import('../print/cache/code.ts');
  return `${number}+${(await codeVersion('all')).slice(0, 16)}`;
}

export function contentHash(modelJsonText: string): string {
  return createHash('sha256').update(modelJsonText).digest('hex');
}

export async function writeShardManifest(
  outDir: string,
  slice: Slice,
  modelJsonText: string,
  made: { site: boolean; pdf: boolean },
): Promise<void> {
  const model = JSON.parse(modelJsonText) as { units: { id: string }[] };
  const manifest: ShardManifest = {
    guifan: await guifanVersion(),
    content: contentHash(modelJsonText),
    slice,
    allUnits: model.units.map((u) => u.id),
    ...made,
  };
  await writeFile(path.join(outDir, SHARD_MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
}
