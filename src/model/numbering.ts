/**
 * How a document's clauses are numbered for a reader: the one place that turns a clause's
 * decimal number into what every output shows (its `label`).
 *
 * - `decimal` (GB/T 1.1, the default): the label is the number, 4, 4.1, 4.1.13.
 * - `articles` (regulations and company rules: 第一章 … 第一条 … （一） … 1.): chapters (章) and
 *   their sections (节) are counted in their own order; articles (条) are counted through the
 *   whole document whatever chapter holds them, as such rules are cited («第十二条»); the items
 *   under an article are （一）, then 1., then (1), then ①.
 *
 * The decimal number stays each clause's key: it orders additions and keeps numbers from
 * colliding (resolve/documents.ts). A unit's copy keeps the organisation's labels (an article
 * the unit does not take leaves its number unused, like a decimal one), and an article the unit
 * adds is 第N条之一, 之二 … after the article N it follows, the way amended rules insert one, so
 * no article changes its number from one unit to another.
 */
import { chineseCounting, chineseNumeral } from './numerals.ts';
import type { Clause } from './types/documents.ts';

export const NUMBERINGS = ['decimal', 'articles'] as const;
export type Numbering = (typeof NUMBERINGS)[number];

/** The organisation's article numbers by clause id, for labelling a unit's copy of the document. */
export type ArticleNumbers = ReadonlyMap<string, number>;

const lastPart = (c: Clause): number => Number(c.number.split('.').pop());

/** （一）, 1., (1), ① by depth below the article; deeper still, the decimal number's last part. */
function itemLabel(level: number, n: number): string {
  if (level === 0) return `（${chineseCounting(n)}）`;
  if (level === 1) return `${n}.`;
  if (level === 2) return `(${n})`;
  if (level === 3 && n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  return String(n);
}

/**
 * Whether a level of the tree holds chapters or sections, not articles: one of the first two
 * levels where no clause has wording of its own (an article with a title and items only, among
 * worded articles, stays an article).
 */
const isDivisionLevel = (siblings: readonly Clause[], depth: number): boolean =>
  depth <= 2 && siblings.every((s) => s.text === undefined && (s.children.length > 0 || s.title !== undefined));

/**
 * Sets `label` on every clause of a document's tree (in place). `organisation` is given when the
 * tree is a unit's copy: its articles keep the organisation's numbers and additions take 之N
 * (the numbers a labelled tree gave are read back with articleNumbersOf).
 */
export function labelClauses(clauses: readonly Clause[], numbering: Numbering, organisation?: ArticleNumbers): void {
  if (numbering === 'decimal') {
    for (const c of walk(clauses)) c.label = c.number;
    return;
  }
  let article = 0;
  let inserted = 0;
  const items = (list: readonly Clause[], level: number): void => {
    for (const c of list) {
      c.label = itemLabel(level, lastPart(c));
      items(c.children, level + 1);
    }
  };
  const level = (list: readonly Clause[], depth: number): void => {
    for (const c of list) {
      if (isDivisionLevel(list, depth)) {
        c.label = `第${chineseCounting(lastPart(c))}${depth === 1 ? '章' : '节'}`;
        level(c.children, depth + 1);
        continue;
      }
      // A document of articles only (no chapters) counts from its start number or a written one.
      const known = organisation !== undefined ? organisation.get(c.id) : depth === 1 ? lastPart(c) : article + 1;
      if (known !== undefined) {
        article = known;
        inserted = 0;
        c.label = `第${chineseCounting(article)}条`;
      } else {
        inserted += 1;
        // Added before the first article: said so, since there is no article to follow.
        c.label =
          article === 0
            ? `第一条前增${chineseCounting(inserted)}`
            : `第${chineseCounting(article)}条之${chineseCounting(inserted)}`;
      }
      items(c.children, 0);
    }
  };
  level(clauses, 1);
}

/**
 * Whether a clause is an article (第十二条, 第十二条之一): print runs such a label into the text,
 * as regulations are set, where a decimal number or an item's mark hangs in the margin.
 */
export const isArticle = (c: Pick<Clause, 'label'>): boolean => /^第.+条(?:之.+)?$|^第一条前增/u.test(c.label);

/** Whether a clause is an item of an article (（一）, 1., (1), ①): print runs its mark into the text, indented. */
export const isArticleItem = (c: Pick<Clause, 'label'>): boolean => /^（.+）$|^\d+\.$|^\(\d+\)$|^[①-⑳]$/u.test(c.label);

/** The article numbers a labelled tree gave (第十二条 → 12), by clause id: what a unit's copy keeps. */
export function articleNumbersOf(clauses: readonly Clause[]): ArticleNumbers {
  const out = new Map<string, number>();
  for (const c of walk(clauses)) {
    const m = /^第(.+)条$/u.exec(c.label);
    const n = m ? chineseNumeral(m[1]!) : undefined;
    if (n !== undefined) out.set(c.id, n);
  }
  return out;
}

function* walk(clauses: readonly Clause[]): Generator<Clause> {
  for (const c of clauses) {
    yield c;
    yield* walk(c.children);
  }
}
