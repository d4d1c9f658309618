/**
 * The slice of the organisation this site build makes (`guifan build --shard i/n` or
 * `--units`), read from GUIFAN_SLICE, which buildSite sets. The pages do not know about it:
 * a Vite plugin (slice-plugin.ts) passes every page's getStaticPaths through keepSlicePaths,
 * so the rule lives here once. A path with a [unit] parameter is that unit's; every other path
 * is the group's (src/model/shard.ts).
 */
import { inSlice, type Slice } from '../model/shard.ts';

export const SLICE_ENV = 'GUIFAN_SLICE';

export function currentSlice(): Slice | undefined {
  const text = process.env[SLICE_ENV];
  return text ? (JSON.parse(text) as Slice) : undefined;
}

/** The entries of a page's getStaticPaths that this build's slice makes (all of them without a slice). */
export function keepSlicePaths<T>(entries: T[]): T[] {
  const slice = currentSlice();
  if (!slice) return entries;
  return entries.filter((e) => inSlice(slice, (e as { params?: { unit?: string } }).params?.unit));
}
