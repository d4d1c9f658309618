/**
 * A norm document (norms kind) from the imported tree: issuer, version, dates and scope from
 * the front matter or the clauses (TODO where none was found), references, and the clauses.
 */
import type { ClauseInput } from '../model/schema/documents.ts';
import { walkClauses } from './clause.ts';
import { effectiveInClauses, issuerInTitle } from './front.ts';
import { documentTitle, PLACEHOLDER, todo, type Ctx, type KindOutput, type YamlPath } from './kind-context.ts';
import type { ImportedClause } from './types.ts';

function clauseInput(c: ImportedClause, path: YamlPath, ctx: Ctx): ClauseInput {
  const out: ClauseInput = { id: c.id };
  if (c.numberWritten) out.number = c.number;
  if (c.title !== undefined) out.title = c.title;
  if (c.text !== undefined) out.text = c.text;
  if (c.strength !== undefined) out.strength = c.strength;
  if (c.todo.length > 0)
    ctx.comments.push({ path, text: `TODO (源文件第 ${c.line} 行 / source line ${c.line}): ${c.todo.join('; ')}` });
  if (c.children.length > 0)
    out.clauses = c.children.map((child, k) => clauseInput(child, [...path, 'clauses', k], ctx));
  return out;
}

/** Issuer, version and effective date: from the front matter, else a title or a closing article, else TODO. */
function dateAndIssuer(ctx: Ctx, data: Record<string, unknown>, all: ImportedClause[]): void {
  const { front } = ctx.tree;
  const titled = front.issuer ? undefined : issuerInTitle(String(data.title));
  data.issuer = front.issuer?.text ?? titled ?? PLACEHOLDER;
  if (titled)
    todo(
      ctx,
      ['issuer'],
      `发布单位取自标题「${titled}」，请核对 / issuer taken from the title ("${titled}"); check it`,
    );
  else if (!front.issuer) todo(ctx, ['issuer'], '没有找到发布单位，请填写 / issuer (发布单位) not found; fill it in');

  data.version = front.version?.text ?? '1.0';
  if (!front.version) todo(ctx, ['version'], '没有找到版本号，暂填 1.0 / no version found; set to 1.0');

  const stated = front.effective ? undefined : effectiveInClauses(all);
  const effective = front.effective?.text ?? stated?.text ?? front.issued?.text;
  data.effective = effective ?? ctx.today;
  if (stated)
    todo(
      ctx,
      ['effective'],
      `实施日期摘自第 ${stated.line} 行的条款，请核对 / effective date taken from the clause on line ${stated.line}; check it`,
      stated.line,
    );
  else if (!front.effective && front.issued)
    todo(
      ctx,
      ['effective'],
      `没有写实施日期，暂用发布日期 ${front.issued.text} / no effective date; using the issue date`,
      front.issued.line,
    );
  else if (!effective)
    todo(
      ctx,
      ['effective'],
      `没有找到实施日期，暂填导入当天 ${ctx.today} / effective date not found; set to the import date`,
    );
}

export function buildNorms(ctx: Ctx): KindOutput {
  const { front, clauses, docId } = ctx.tree;
  const data: Record<string, unknown> = { id: docId, title: documentTitle(ctx) };
  if (front.code) data.code = front.code.text;

  const all = [...walkClauses(clauses)];
  // A rule written 第一章 … 第一条 is shown so (model/numbering.ts), not as 2.3.
  if (all.some((c) => c.scheme === 'article')) data.numbering = 'articles';
  dateAndIssuer(ctx, data, all);

  let scope = front.scope?.text;
  let scopeLine = front.scope?.line;
  if (scope === undefined) {
    // GB/T documents state the scope in clause 1 「范围」 or in a sentence "本标准适用于…".
    const titled = all.find((c) => c.title !== undefined && /^(适用)?范围$/u.test(c.title) && c.text !== undefined);
    const sentence = all
      .map((c) => ({
        c,
        m: /(?:^|[。\n])\s*(本(?:标准|规范|制度|办法|细则|规定)[^。\n]{0,80}?适用于[^。\n]+。)/u.exec(c.text ?? ''),
      }))
      .find((x) => x.m !== null);
    scope = titled?.text ?? sentence?.m?.[1];
    scopeLine = titled?.line ?? sentence?.c.line;
  }
  data.scope = scope ?? PLACEHOLDER;
  if (scope === undefined) todo(ctx, ['scope'], '没有找到适用范围，请填写 / scope (范围) not found; fill it in');
  else if (!front.scope)
    todo(
      ctx,
      ['scope'],
      `适用范围摘自第 ${scopeLine} 行的条款，请核对 / scope taken from the clause on line ${scopeLine}; check it`,
      scopeLine,
    );

  // Normative references: 《…》 in a clause titled 规范性引用文件, or in a sentence starting 引用文件：
  const refTexts = all.flatMap((c) => {
    if (c.title !== undefined && /引用文件|引用标准|编制依据/u.test(c.title)) return [c.text ?? ''];
    return (c.text ?? '')
      .split('\n')
      .flatMap((p) => [...p.matchAll(/(?:规范性)?引用文件\s*[：:]\s*([^。\n]+)/gu)].map((m) => m[1] ?? ''));
  });
  const refTitles = refTexts.flatMap((t) => [...t.matchAll(/《[^》]+》/gu)].map((m) => m[0]));
  if (refTitles.length > 0) data.references = [...new Set(refTitles)].map((title) => ({ title }));

  if (ctx.tree.startNumber !== 1) data.startNumber = ctx.tree.startNumber;
  data.clauses = clauses.map((c, k) => clauseInput(c, ['clauses', k], ctx));

  const count = [...walkClauses(clauses)].length;
  return { data, comments: ctx.comments, warnings: ctx.warnings, summary: [`${count} 条款 / clauses`] };
}
