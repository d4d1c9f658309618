/**
 * A question about what comes after a step (派完单还要管啥, 投诉当场没解决 下一步, 答复完客户以后还要干嘛)
 * is answered by the step that follows the one it describes: the words find the step done, the
 * answer is the next one in its process. A process's steps travel in one record, in their order.
 */
import type { Hit, PagefindData } from './engine.ts';
import { decodeGroup } from './group.ts';

/** Asking what follows: 下一步, 接下来, …完(了)以后还要干啥, 后面谁接着. */
const NEXT =
  /下一步|接下来|接着|然后呢|后面谁|(?:完|以后|之后)\p{Script=Han}{0,4}?(?:还|再)?(?:要|得|该)(?:干|做|管|办)(?:啥|什么|嘛|些什么|哪些)/u;

/**
 * The step after the described one scores this much above it. 0.9 / 1.1 (search10, Node loop,
 * every spent set): p@1 +0 / +1 (one gained, two role queries a place lower at each).
 */
const NEXT_LIFT = 1.1;

export function asksNext(folded: string): boolean {
  return NEXT.test(folded);
}

/** In place: in each process record, the step after its best-scoring step is lifted above it (added when it had no score). */
export function liftNextSteps(hits: Hit[], data: readonly PagefindData[]): void {
  const byUrl = new Map(hits.map((h) => [h.url, h]));
  for (const d of data) {
    if (d.meta.kind !== 'step') continue;
    const members = decodeGroup(d.url, d.meta.title ?? '', d.content.replace(/\u200b/g, ''));
    let best = -1;
    members.forEach((m, i) => {
      const h = byUrl.get(m.url);
      if (h && h.tier === 0 && (best < 0 || h.score > byUrl.get(members[best]!.url)!.score)) best = i;
    });
    const next = members[best + 1];
    if (best < 0 || !next) continue;
    const score = byUrl.get(members[best]!.url)!.score * NEXT_LIFT;
    const had = byUrl.get(next.url);
    if (had) had.score = Math.max(had.score, score);
    else {
      const parent = d.meta.p ?? '';
      const hit: Hit = {
        url: next.url,
        title: next.title,
        content: next.content,
        kind: 'step',
        context: d.meta.context ?? '',
        score,
        tier: 0,
        matched: 0,
        containers: parent && parent !== next.url ? [parent] : [],
      };
      hits.push(hit);
      byUrl.set(hit.url, hit);
    }
  }
}
