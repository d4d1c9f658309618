/**
 * The global id namespace: every id in the content with where it was first
 * defined, the ids defined twice (one error per slip, at the later place), and the
 * check that a reference resolves (with "did you mean").
 */
import type { Diagnostics } from './diagnostics.ts';
import { closestWithin } from './suggest.ts';
import type { IndexEntry, ItemKind, SourceRef } from './types.ts';

/** One more definition of an id already in the index. */
interface Clash {
  kind: ItemKind;
  source: SourceRef;
  path: string;
  container?: string;
}

/**
 * Whether `a` is read before `b` in one file: within a file a clash is reported at the later place,
 * whichever list was built first (an assessment's score items are registered before its violations).
 * Across files the definition registered first keeps the id (documents before etiquette, and so on).
 */
function before(a: SourceRef, b: SourceRef): boolean {
  return a.file === b.file && (a.line !== b.line ? a.line < b.line : a.column < b.column);
}

/** The global id namespace: every id in the content, with where it was first defined. */
export class IdIndex {
  readonly entries: Record<string, IndexEntry> = {};
  /** Ids seen in files that failed validation: references to them are not reported again. */
  readonly shadow = new Set<string>();
  /** Kinds of item whose files could not be read: references to them are not reported. */
  readonly unknowable = new Set<ItemKind>();
  /**
   * Ids defined more than once, with each definition the index does not hold (its entry is the one
   * registered first, or the earliest of one file: see `before`). Reported once each by `reportClashes`; a reference to such an id
   * that fits any of its definitions is not reported again (one slip, one error).
   */
  private readonly clashes = new Map<string, Clash[]>();
  private readonly ownerPath = new Map<string, string>();
  constructor(private readonly diags: Diagnostics) {}

  /**
   * Registers a definition. False when the id is already taken (the clash is reported by
   * `reportClashes`), unless this one is read before the holder in the same file: then it takes the entry.
   */
  add(kind: ItemKind, id: string, label: string, source: SourceRef, path: string, container?: string): boolean {
    const entry: IndexEntry = { kind, id, label, source, ...(container ? { container } : {}) };
    const prior = this.entries[id];
    if (prior) {
      const list = this.clashes.get(id) ?? [];
      this.clashes.set(id, list);
      if (!before(source, prior.source)) {
        list.push({ kind, source, path, ...(container ? { container } : {}) });
        return false;
      }
      // Read earlier in the same file than the one registered first (an earlier list in it).
      list.push({
        kind: prior.kind,
        source: prior.source,
        path: this.ownerPath.get(id) ?? '',
        ...(prior.container ? { container: prior.container } : {}),
      });
    }
    this.count++; // the kinds' id lists (idsOfKinds) are read again
    this.entries[id] = entry;
    this.ownerPath.set(id, path);
    return true;
  }

  /** True when `id` is defined more than once and one of its definitions is of `kinds`. */
  clashesWith(id: string, kinds: readonly ItemKind[]): boolean {
    const list = this.clashes.get(id);
    return list !== undefined && (kinds.includes(this.entries[id]!.kind) || list.some((c) => kinds.includes(c.kind)));
  }

  /** One error per definition of an id after its first: where, what the first is, and an id to use instead. */
  reportClashes(): void {
    for (const [id, list] of this.clashes) {
      const first = this.entries[id]!;
      for (const c of list) {
        const where = `${first.source.file}:${first.source.line}`;
        const suggestion = this.freeId(id, c.kind === first.kind ? undefined : c.kind);
        const [zh, en] =
          c.kind === first.kind
            ? [
                `已在 ${where} 用作另一个${kindZh(c.kind)}的 id`,
                `already the id of another ${kindEn(c.kind)} at ${where}`,
              ]
            : c.container === id
              ? [
                  `这个${kindZh(c.kind)}与它所在的${kindZh(first.kind)}（${where}）同名`,
                  `this ${kindEn(c.kind)} has the same id as the ${kindEn(first.kind)} it sits in (${where})`,
                ]
              : [
                  `已在 ${where} 用作${kindZh(first.kind)}的 id（这里是${kindZh(c.kind)}）`,
                  `already the id of ${aKind(first.kind)} at ${where} (this is ${aKind(c.kind)})`,
                ];
        const fix = `请给其中一个换一个 id，例如 "${suggestion}"，别处引用它的地方也一起改`;
        const fixEn = `give one of them another id, e.g. "${suggestion}", and change the references to it too`;
        const [hint, hintEn] =
          c.kind === first.kind
            ? [fix, `${fixEn[0]!.toUpperCase()}${fixEn.slice(1)}`]
            : [
                `每个 id 在全部内容中只能用一次，不同种类的条目也不能相同；${fix}`,
                `An id may be used only once in all the content, even by items of different kinds; ${fixEn}`,
              ];
        this.diags.error(
          c.source,
          c.path,
          'duplicate-id',
          `id "${id}" 重复：${zh}。${hint} / duplicate id "${id}": ${en}. ${hintEn}`,
        );
      }
    }
  }

  /** An unused id near `id` to suggest: `<id>-<kind>` for a clash between kinds, else `<id>-2`, `<id>-3`… */
  private freeId(id: string, kind: ItemKind | undefined): string {
    const suffix = kind && `-${KIND_SUFFIX[kind] ?? kind}`;
    const base = suffix && !id.endsWith(suffix) ? `${id}${suffix}` : id;
    if (base !== id && !this.entries[base]) return base;
    for (let n = 2; ; n++) if (!this.entries[`${base}-${n}`]) return `${base}-${n}`;
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

export const KIND_ZH: Record<ItemKind, string> = {
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
  etiquette: '礼仪规范',
  'commitment-set': '承诺文件',
  assessment: '考核办法',
  quiz: '题库',
  question: '试题',
  organisation: '组织',
};

/** Kinds as an editor reads them in English (the schema's names where they read well). */
const KIND_EN: Partial<Record<ItemKind, string>> = {
  node: 'process step',
  'rule-set': 'rule set',
  'score-item': 'score item',
  forbidden: 'forbidden phrase',
  conduct: 'conduct rule',
  threshold: 'score threshold',
  etiquette: 'etiquette set',
  'commitment-set': 'commitment set',
  quiz: 'question bank',
  document: 'norm document',
  service: 'service guide',
};

/** What a suggested id adds for a clash between kinds: `ge-bye` (a situation) → `ge-bye-phrase`. */
const KIND_SUFFIX: Partial<Record<ItemKind, string>> = {
  node: 'step',
  'rule-set': 'rules',
  'score-item': 'score',
  'commitment-set': 'set',
  etiquette: 'set',
  document: 'norms',
  organisation: 'org',
};

const kindZh = (k: ItemKind): string => KIND_ZH[k];
const kindEn = (k: ItemKind): string => KIND_EN[k] ?? k;
const aKind = (k: ItemKind): string => `${/^[aeio]/.test(kindEn(k)) ? 'an' : 'a'} ${kindEn(k)}`;

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
  // An id defined twice is reported where it is defined: a reference that fits one of its definitions is not.
  if (ids.clashesWith(ref, kinds)) return false;
  // A file that could not be read at all (its ids unknown): references of its kinds are not checked.
  if (ids.shadow.has(ref) || kinds.some((k) => ids.unknowable.has(k))) return false;
  const what = kinds.length > 4 ? '可引用的条目（条款、用语、承诺、流程步骤等）' : kinds.map(kindZh).join('/');
  const whatEn = kinds.length > 4 ? 'citable item (clause, phrase, commitment, step, …)' : kinds.join('/');
  const found = ids.entries[ref];
  if (found) {
    diags.error(
      source,
      path,
      'wrong-reference-kind',
      `"${ref}" 是${kindZh(found.kind)}，这里需要${what} / "${ref}" is a ${found.kind}, expected a ${kinds.join('/')}`,
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
