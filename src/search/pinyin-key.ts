/**
 * The typo fallback's lookup keys, shared by the indexer (search-data.ts) and the island: a Han
 * piece is looked up by the toneless pinyin of its characters ('chang fu' for 唱附 and 唱付), in
 * one of several vocabulary files chosen by a hash of the key.
 */

/** Each character's readings, from the char table: 'chang zhang' style lists per character. */
export function pieceKeys(piece: string, readings: (ch: string) => readonly string[], max = 8): string[] {
  let keys = [''];
  for (const ch of piece) {
    const r = readings(ch);
    if (!r.length) return [];
    keys = keys.flatMap((k) => r.map((s) => (k ? `${k} ${s}` : s))).slice(0, max);
  }
  return keys;
}

/** FNV-1a, 32-bit: the same shard on both sides. */
export function shardOf(key: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % shards;
}

/** The char table's wire form: 'chang:长常场唱|fu:付附…' → char → readings. */
export function parseCharTable(table: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const entry of table.split('|')) {
    const colon = entry.indexOf(':');
    if (colon < 0) continue;
    const syllable = entry.slice(0, colon);
    for (const ch of entry.slice(colon + 1)) {
      const list = map.get(ch);
      if (list) list.push(syllable);
      else map.set(ch, [syllable]);
    }
  }
  return map;
}
