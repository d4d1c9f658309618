/**
 * Pagination: place blocks made of indivisible rows (lines of a paragraph, rows of a
 * table, a whole chart) onto pages of fixed content height. Handles headings kept with
 * what follows, widows and orphans, tables whose header repeats on every page, forced
 * page breaks, and looks ahead so that no page but the first carries one to three lines
 * (a runt): the page before it ends earlier. Pure data in, pure data out: the renderer
 * draws the fragments.
 */

export interface FlowBlock<T> {
  /** Heights of the indivisible rows, in points, in order. */
  rows: number[];
  /** Height of a header row repeated at the top of every fragment (tables). */
  header?: number;
  spaceBefore?: number;
  spaceAfter?: number;
  /** Stay on the same page as the start of the next block (headings). */
  keepWithNext?: boolean;
  /** Never split (short notes, charts). */
  keepTogether?: boolean;
  /** Least rows left at the bottom of a page when the block splits (orphans). */
  orphans?: number;
  /** Least rows carried over to the next page (widows). */
  widows?: number;
  pageBreakBefore?: boolean;
  /** Lines of text in each row (default 1): what a reader counts on a page, for the runt rule. */
  lines?: number[];
  content: T;
}

export interface Fragment<T> {
  block: FlowBlock<T>;
  blockIndex: number;
  /** Rows [from, to) of the block. */
  from: number;
  to: number;
  /** Offset from the top of the content area to the top of the fragment (header included). */
  y: number;
  height: number;
  /** True when this fragment continues a block from an earlier page. */
  continued: boolean;
}

export interface FlowPage<T> {
  fragments: Fragment<T>[];
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

/** Height needed to start block i at the top of the remaining space: keep-with-next chains plus the next block's first rows. */
function startHeight<T>(blocks: FlowBlock<T>[], i: number): number {
  let total = 0;
  for (let j = i; j < blocks.length; j++) {
    const b = blocks[j]!;
    const before = j === i ? 0 : (b.spaceBefore ?? 0);
    if (b.keepWithNext && j + 1 < blocks.length) {
      total += before + (b.header ?? 0) + sum(b.rows) + (b.spaceAfter ?? 0);
      continue;
    }
    // Its first rows: the orphans, or all of it when it is too short to split (orphans and
    // widows both kept: a three-line clause with 2 and 2 moves whole, and so must what leads it).
    const orphans = Math.min(b.orphans ?? 1, b.rows.length);
    const widows = Math.min(b.widows ?? 1, b.rows.length);
    const first = b.keepTogether || b.rows.length < orphans + widows ? b.rows.length : orphans;
    return total + before + (b.header ?? 0) + sum(b.rows.slice(0, first));
  }
  return total;
}

/** Lines a reader counts on a page: each fragment's rows (and a repeated header's one line). */
export function linesOn<T>(page: FlowPage<T>): number {
  let n = 0;
  for (const f of page.fragments) {
    for (let r = f.from; r < f.to; r++) n += f.block.lines?.[r] ?? 1;
    if (f.continued && f.block.header) n += 1;
  }
  return n;
}

/** Fewest lines a page after the first may carry. */
const MIN_LINES = 4;

/**
 * Paginate, then look ahead: while a page after the first carries one to three lines, the page
 * before it is made to end earlier (by the height of its last rows) and the rest laid out again.
 */
export function paginate<T>(blocks: FlowBlock<T>[], pageHeight: number): FlowPage<T>[] {
  const limits: (number | undefined)[] = [];
  let pages = paginateWith(blocks, pageHeight, limits);
  for (let attempt = 0; attempt < 50; attempt++) {
    const runt = pages.findIndex((p, i) => i > 0 && linesOn(p) > 0 && linesOn(p) < MIN_LINES);
    if (runt < 0) break;
    const before = pages[runt - 1]!;
    // A forced break (a new chapter) cannot be moved across: the page is short by design.
    if (pages[runt]!.fragments[0]?.block.pageBreakBefore && pages[runt]!.fragments[0]!.from === 0) break;
    let wanted = MIN_LINES - linesOn(pages[runt]!);
    let cut = 0;
    for (let k = before.fragments.length - 1; k >= 0 && wanted > 0; k--) {
      const f = before.fragments[k]!;
      for (let r = f.to - 1; r >= f.from && wanted > 0; r--) {
        cut += f.block.rows[r]!;
        wanted -= f.block.lines?.[r] ?? 1;
      }
    }
    const used = before.fragments.reduce((m, f) => Math.max(m, f.y + f.height), 0);
    const limit = used - cut;
    if (limit <= 0 || (limits[runt - 1] !== undefined && limit >= limits[runt - 1]!)) break;
    limits[runt - 1] = limit;
    // Pages after it are laid out afresh.
    limits.length = runt;
    pages = paginateWith(blocks, pageHeight, limits);
  }
  return pages;
}

/**
 * Paginate onto as few pages as `paginate` does, the pages ending earlier so that each is about as
 * full as the others: the contents that run a little over a page fill two facing pages alike, not
 * a full one and a few lines.
 */
export function paginateBalanced<T>(blocks: FlowBlock<T>[], pageHeight: number): FlowPage<T>[] {
  let best = paginate(blocks, pageHeight);
  const count = best.length;
  if (count < 2) return best;
  // The shortest height that needs no more pages, found by halving: it lies between half a page
  // (content over one page spread on two or more) and the page.
  let lo = pageHeight / 2;
  let hi = pageHeight;
  for (let i = 0; i < 16; i++) {
    const mid = (lo + hi) / 2;
    const pages = paginate(blocks, mid);
    if (pages.length <= count) {
      hi = mid;
      best = pages;
    } else lo = mid;
  }
  return best;
}

/** One pass: `limits[i]`, when set, is how far down page i may be filled. */
function paginateWith<T>(
  blocks: FlowBlock<T>[],
  pageHeight: number,
  limits: readonly (number | undefined)[],
): FlowPage<T>[] {
  const pages: FlowPage<T>[] = [{ fragments: [] }];
  let page = pages[0]!;
  let y = 0;
  const cap = (): number => limits[pages.length - 1] ?? pageHeight;
  const newPage = (): void => {
    page = { fragments: [] };
    pages.push(page);
    y = 0;
  };

  blocks.forEach((block, blockIndex) => {
    if (block.pageBreakBefore && page.fragments.length > 0) newPage();
    const total = block.rows.length;
    let from = 0;
    let guard = 0;
    while (from < total || (total === 0 && from === 0 && guard === 0)) {
      guard++;
      const before = y > 0 && from === 0 ? (block.spaceBefore ?? 0) : 0;
      const header = block.header ?? 0;
      const available = cap() - y - before - header;
      if (from === 0 && y > 0) {
        // Start only where the block (and whatever it must stay with) fits.
        const needed = before + startHeight(blocks, blockIndex);
        // On a fresh page the space before the block goes: it moves when the chain fits there.
        if (needed > cap() - y && needed - before <= pageHeight) {
          newPage();
          continue;
        }
      }
      let fit = 0;
      let used = 0;
      while (from + fit < total && used + block.rows[from + fit]! <= available + 0.001) {
        used += block.rows[from + fit]!;
        fit++;
      }
      if (from + fit < total) {
        if (block.keepTogether && y > 0) fit = 0;
        const orphans = Math.min(block.orphans ?? 1, total);
        const widows = Math.min(block.widows ?? 1, total);
        if (from === 0 && fit < orphans) fit = 0;
        if (total - (from + fit) < widows) fit = Math.max(0, total - widows - from);
        if (from === 0 && fit > 0 && fit < orphans) fit = 0;
      }
      if (fit === 0 && total > 0) {
        if (y === 0) {
          // A row taller than a page: place it anyway (the caller scales charts to fit).
          fit = 1;
        } else {
          newPage();
          continue;
        }
      }
      const rowsHeight = sum(block.rows.slice(from, from + fit));
      page.fragments.push({
        block,
        blockIndex,
        from,
        to: from + fit,
        y: y + before,
        height: header + rowsHeight,
        continued: from > 0,
      });
      y += before + header + rowsHeight;
      from += fit;
      if (from < total) newPage();
      else y += block.spaceAfter ?? 0;
      if (total === 0) break;
    }
  });
  return pages;
}
