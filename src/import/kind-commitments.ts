/**
 * Commitments (commitments kind) from the imported tree: every leaf clause a commitment with a
 * short headline, its promised figure as the target (targets.ts decides), internal
 * (public: false) until a person has read it.
 */
import type { TargetInput } from '../model/schema/commitments.ts';
import { effectiveInClauses } from './front.ts';
import { walkClauses } from './clause.ts';
import { documentTitle, todo, type Ctx, type KindOutput } from './kind-context.ts';
import { decideTarget } from './targets.ts';
import type { ImportedClause } from './types.ts';

/** Longest title a poster line holds comfortably; longer headings are cut and marked TODO. */
const COMMITMENT_TITLE_MAX = 12;

/** A short headline cut from a commitment's wording: its subject before the figure. */
export function shortTitle(text: string): string {
  const firstPart = text.split(/[，,；;。：:\n]/u)[0] ?? text;
  let t = firstPart.replace(
    /(不低于|不少于|至少|达到|不超过|不多于|提前|保持在|一般|在?\d|[一二两三四五六七八九十]+(?:个工作日|小时|分钟|天|日)).*$/u,
    '',
  );
  t = t.replace(/的$/u, '');
  if ([...t].length > 10 && t.includes('的')) t = t.slice(t.lastIndexOf('的') + 1);
  t = t
    .replace(/^(对于|对|凡|因|在|为|经)/u, '')
    .replace(/(提前|在|于|为|时|后|的)$/u, '')
    .trim();
  if ([...t].length < 2) t = firstPart;
  return [...t].slice(0, COMMITMENT_TITLE_MAX).join('');
}

export function buildCommitments(ctx: Ctx): KindOutput {
  const { front, clauses, docId } = ctx.tree;
  const data: Record<string, unknown> = { id: docId, title: documentTitle(ctx) };
  const effective = front.effective?.text ?? effectiveInClauses(walkClauses(clauses))?.text ?? front.issued?.text;
  if (effective) data.effective = effective;
  const summary: string[] = [];
  const items: Record<string, unknown>[] = [];
  // A heading over a single promise is that promise's headline (4.3 营业时间 → 4.3.1 全年无休…).
  const headline = new Map<ImportedClause, string>();
  for (const c of walkClauses(clauses)) {
    const only = c.children[0];
    if (c.title !== undefined && c.text === undefined && c.children.length === 1 && only && only.title === undefined)
      headline.set(only, c.title);
  }
  for (const c of walkClauses(clauses)) {
    if (c.text === undefined && c.children.length > 0) continue;
    const text = c.text ?? c.title ?? '';
    const index = items.length;
    const item: Record<string, unknown> = { id: c.id };
    if (c.todo.length > 0)
      ctx.comments.push({
        path: ['commitments', index],
        text: `TODO (源文件第 ${c.line} 行 / source line ${c.line}): ${c.todo.join('; ')}`,
      });
    // Every commitment gets a short title (the poster's headline); one cut from the wording is marked.
    const given = c.text !== undefined ? (c.title ?? headline.get(c)) : headline.get(c);
    if (given !== undefined && [...given].length <= COMMITMENT_TITLE_MAX) item.title = given;
    else {
      item.title = shortTitle(given ?? text);
      ctx.comments.push({
        path: ['commitments', index, 'title'],
        text: 'TODO: 标题由导入程序截取，请改写 / title cut from the wording; rewrite it',
      });
    }
    item.text = text;
    // Internal until a person has read it: a public commitment is printed on the notice board.
    item.public = false;
    const decision = decideTarget(text);
    if (decision.target?.kind === 'value') {
      const t = decision.target;
      c.target = t;
      item.target = { value: t.value, unit: t.unit, comparator: t.comparator } satisfies TargetInput;
      summary.push(`${c.number} ${t.comparator} ${t.value} ${t.unit}  ← ${t.written}`);
      if (decision.guessed) {
        todo(
          ctx,
          ['commitments', index, 'target', 'comparator'],
          `「${t.written}」没有写明是以内还是以上，暂定 ${t.comparator} / "${t.written}": no within/at-least wording; assumed ${t.comparator}`,
          c.line,
        );
      }
    } else if (decision.target?.kind === 'range') {
      const t = decision.target;
      c.target = t;
      summary.push(`${c.number} ${t.min}–${t.max} ${t.unit} (范围 / range)  ← ${t.written}`);
      todo(
        ctx,
        ['commitments', index, 'text'],
        `「${t.written}」是一个范围，目标只能写一个数，范围保留在文字中；需要时请选定目标 / "${t.written}" is a range: a target holds one number, so the range stays in the text`,
        c.line,
      );
    } else if (decision.why !== undefined) {
      const [zh, en] = decision.why.split(' / ');
      todo(
        ctx,
        ['commitments', index, 'text'],
        `没有设目标：${zh}，请选定哪一个是承诺 / no target set: ${en ?? ''}; choose the figure that is the promise`,
        c.line,
      );
    }
    items.push(item);
  }
  // The tree is never empty (runImport refuses that), and every leaf becomes an item, so items has one at least.
  data.commitments = items;
  ctx.comments.push({
    path: ['commitments'],
    text: 'TODO: 导入的承诺都是 public: false（只在内部显示）；逐条核对、缩短后再改为 true，才会印上公示海报 / imported commitments are internal (public: false) until a person reviews and shortens them',
  });
  return { data, comments: ctx.comments, warnings: ctx.warnings, summary };
}
