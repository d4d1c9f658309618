/**
 * The terms a search box offers as examples ("例如：投诉、首问负责"): words this organisation's own
 * content uses, so that a reader who types one finds something. Every site's boxes said 唱收唱付 and
 * 首问负责, the cashier's and the counter's words of the embedded example, also to a railway
 * station or a social-insurance office whose norms say neither.
 */
import { walkClauses } from './clauses.ts';
import type { Model } from './types.ts';

/**
 * Words service norms of many trades use, most widely used first; a search box shows the first
 * that the content holds. At most four characters each: the narrowest box (a phone's header) has
 * room for two of them.
 */
const SERVICE_TERMS = [
  '投诉',
  '首问负责',
  '唱收唱付',
  '一次告知',
  '限时办结',
  '文明用语',
  '服务忌语',
  '仪容仪表',
  '监督电话',
  '预约',
  '退费',
  '排队',
  '咨询',
  '失物',
  '挂失',
];

/** Titles of commitments and clauses as short as a term: the content's own words, when too few of the above are in it. */
const SHORT_TITLE = /^[\p{Script=Han}]{2,4}$/u;

const chosen = new WeakMap<Model, string[]>();

/** Up to three example terms, each in the content: the search page shows three, the narrow boxes the first two. */
export function searchExamples(model: Model): string[] {
  const known = chosen.get(model);
  if (known) return known;
  const texts: string[] = [];
  for (const entry of Object.values(model.index)) texts.push(entry.label);
  for (const d of model.documents) for (const c of walkClauses(d.clauses)) texts.push(c.text ?? '');
  const all = texts.join('\n');
  const examples = SERVICE_TERMS.filter((t) => all.includes(t)).slice(0, 3);
  for (const set of model.commitmentSets)
    for (const { title } of set.commitments)
      if (examples.length < 3 && title && SHORT_TITLE.test(title) && !examples.includes(title)) examples.push(title);
  chosen.set(model, examples);
  return examples;
}
