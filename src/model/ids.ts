/**
 * The global id namespace: every id in the content with where it was first
 * defined, and the check that a reference resolves (with "did you mean").
 */
import type { Diagnostics } from './diagnostics.ts';
import { closestWithin } from './suggest.ts';
import type { IndexEntry, ItemKind, SourceRef } from './types.ts';

/** The global id namespace: every id in the content, with where it was first defined. */
export class IdIndex {
  readonly entries: Record<string, IndexEntry> = {};
  /** Ids seen in files that failed validation: references to them are not reported again. */
  readonly shadow = new Set<string>();
  /** Kinds of item whose files could not be read: references to them are not reported. */
  readonly unknowable = new Set<ItemKind>();
  constructor(private readonly diags: Diagnostics) {}

  add(kind: ItemKind, id: string, label: string, source: SourceRef, path: string, container?: string): boolean {
    const prior = this.entries[id];
    if (prior) {
      this.diags.error(
        source,
        path,
        'duplicate-id',
        `id "${id}" 重复：已在 ${prior.source.file}:${prior.source.line} 使用 / duplicate id "${id}": already used at ${prior.source.file}:${prior.source.line}`,
      );
      return false;
    }
    this.entries[id] = { kind, id, label, source, ...(container ? { container } : {}) };
    this.count++;
    return true;
  }

  has(id: string, kinds?: readonly ItemKind[]): boolean {
    const e = this.entries[id];
    return e !== undefined && (!kinds || kinds.includes(e.kind));
  }

  private count = 0;
  private readonly byKinds = new Map<string, { count: number; ids: string[] }>();

  /**
   * Ids of the given kinds, for "did you mean". Cached until the next add: listing all entries
   * per dangling reference was quadratic (8,000 clauses with an unknown role took 32 s).
   */
  idsOfKinds(kinds: readonly ItemKind[]): string[] {
    const key = kinds.join(',');
    const cached = this.byKinds.get(key);
    if (cached && cached.count === this.count) return cached.ids;
    const ids = Object.values(this.entries)
      .filter((e) => kinds.includes(e.kind))
      .map((e) => e.id);
    this.byKinds.set(key, { count: this.count, ids });
    return ids;
  }
}

export const KIND_ZH: Partial<Record<ItemKind, string>> = {
  process: '流程',
  situation: '场景',
  'rule-set': '规则',
  threshold: '考核分数线',
  inspection: '检查方式',
  award: '奖项',
  clause: '条款',
  phrase: '用语',
  forbidden: '忌语',
  commitment: '承诺',
  node: '流程步骤',
  role: '岗位',
  unit: '单位',
  document: '规范文件',
  violation: '违规项',
  conduct: '行为规范',
  service: '办事指南',
  material: '申请材料',
  phase: '阶段',
  'score-item': '评分项',
};

/** Reports a reference that does not resolve, with a guess at what was meant. */
export function checkRef(
  ids: IdIndex,
  diags: Diagnostics,
  ref: string,
  kinds: readonly ItemKind[],
  source: SourceRef,
  path: string,
): boolean {
  if (ids.has(ref, kinds)) return true;
  // A file that could not be read at all (its ids unknown): references of its kinds are not checked.
  if (ids.shadow.has(ref) || kinds.some((k) => ids.unknowable.has(k))) return false;
  const what =
    kinds.length > 4 ? '可引用的条目（条款、用语、承诺、流程步骤等）' : kinds.map((k) => KIND_ZH[k] ?? k).join('/');
  const whatEn = kinds.length > 4 ? 'citable item (clause, phrase, commitment, step, …)' : kinds.join('/');
  const found = ids.entries[ref];
  if (found) {
    diags.error(
      source,
      path,
      'wrong-reference-kind',
      `"${ref}" 是${KIND_ZH[found.kind] ?? found.kind}，这里需要${what} / "${ref}" is a ${found.kind}, expected a ${kinds.join('/')}`,
    );
    return false;
  }
  // The ids of a refused file count too: the misspelt id is likely one of them.
  const candidates = [...ids.idsOfKinds(kinds), ...ids.shadow];
  const guess = closestId(ref, candidates);
  diags.error(
    source,
    path,
    'dangling-reference',
    `找不到${what} "${ref}"${guess ? `，是不是 "${guess}"？` : ''} / no ${whatEn} with id "${ref}"${guess ? `; did you mean "${guess}"?` : ''}`,
  );
  return false;
}
/** The id nearest to a dangling reference (also used for process node references). */
export function closestId(ref: string, candidates: string[]): string | undefined {
  return closestWithin(ref, candidates);
}
