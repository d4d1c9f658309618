/**
 * Turns the imported clause tree into the content of one kind (norms, etiquette,
 * commitments), as plain objects shaped like the schemas, plus the `# TODO` comments
 * to place in the YAML and warnings for what had to be guessed.
 */
import { CONDUCT_TOPICS } from '../model/schema/etiquette.ts';
import { type ClauseInput } from '../model/schema/documents.ts';
import { type Strength } from '../model/schema/common.ts';
import { type TargetInput } from '../model/schema/commitments.ts';
import { findPhrases, findRuleSet } from './phrases.ts';
import { decideTarget } from './targets.ts';
import { shorten } from './text.ts';
import { walkClauses } from './tree.ts';
import type { ImportedClause, ImportedTree, ImportKind, ImportWarning } from './types.ts';

export type YamlPath = (string | number)[];
export interface YamlComment {
  path: YamlPath;
  text: string;
}

export interface KindOutput {
  data: Record<string, unknown>;
  comments: YamlComment[];
  warnings: ImportWarning[];
  /** Extra lines for the dry-run listing (phrases, targets). */
  summary: string[];
}

const PLACEHOLDER = '（待填写）';

/** `${base}-${suffix}`, shortening `base` so the id stays within the 80 characters ids may have. */
function childId(base: string, suffix: string): string {
  const room = 80 - suffix.length - 1;
  return `${base.length > room ? base.slice(0, room).replace(/-+$/u, '') : base}-${suffix}`;
}

interface Ctx {
  tree: ImportedTree;
  today: string;
  comments: YamlComment[];
  warnings: ImportWarning[];
}

function todo(ctx: Ctx, path: YamlPath, text: string, line?: number): void {
  ctx.comments.push({ path, text: `TODO: ${text}` });
  ctx.warnings.push(line === undefined ? { message: text } : { line, message: text });
}

function documentTitle(ctx: Ctx): string {
  const { front, clauses } = ctx.tree;
  if (front.title) return front.title.text;
  const firstTitle = clauses[0]?.title;
  const name = ctx.tree.file.replace(/^.*[\\/]/u, '').replace(/\.[^.]+$/u, '');
  const title = firstTitle ?? name;
  todo(ctx, ['title'], `没有找到文件标题，暂用「${title}」 / no document title found; using "${title}"`);
  return title;
}

// ---------------------------------------------------------------- norms

function clauseInput(c: ImportedClause, path: YamlPath, ctx: Ctx): ClauseInput {
  const out: ClauseInput = { id: c.id };
  if (c.numberWritten) out.number = c.number;
  if (c.title !== undefined) out.title = c.title;
  if (c.text !== undefined) out.text = c.text;
  if (c.strength !== undefined) out.strength = c.strength;
  if (c.todo.length > 0) ctx.comments.push({ path, text: `TODO (源文件第 ${c.line} 行 / source line ${c.line}): ${c.todo.join('; ')}` });
  if (c.children.length > 0) out.clauses = c.children.map((child, k) => clauseInput(child, [...path, 'clauses', k], ctx));
  return out;
}

function buildNorms(ctx: Ctx): KindOutput {
  const { front, clauses, docId } = ctx.tree;
  const data: Record<string, unknown> = { id: docId, title: documentTitle(ctx) };
  if (front.code) data.code = front.code.text;

  data.issuer = front.issuer?.text ?? PLACEHOLDER;
  if (!front.issuer) todo(ctx, ['issuer'], '没有找到发布单位，请填写 / issuer (发布单位) not found; fill it in');

  data.version = front.version?.text ?? '1.0';
  if (!front.version) todo(ctx, ['version'], '没有找到版本号，暂填 1.0 / no version found; set to 1.0');

  const effective = front.effective?.text ?? front.issued?.text;
  data.effective = effective ?? ctx.today;
  if (!front.effective && front.issued) todo(ctx, ['effective'], `没有写实施日期，暂用发布日期 ${front.issued.text} / no effective date; using the issue date`, front.issued.line);
  else if (!effective) todo(ctx, ['effective'], `没有找到实施日期，暂填导入当天 ${ctx.today} / effective date not found; set to the import date`);

  const all = [...walkClauses(clauses)];
  let scope = front.scope?.text;
  let scopeLine = front.scope?.line;
  if (scope === undefined) {
    // GB/T documents state the scope in clause 1 「范围」 or in a sentence "本标准适用于…".
    const titled = all.find((c) => c.title !== undefined && /^(适用)?范围$/u.test(c.title) && c.text !== undefined);
    const sentence = all
      .map((c) => ({ c, m: /(?:^|[。\n])\s*(本(?:标准|规范|制度|办法|细则|规定)[^。\n]{0,80}?适用于[^。\n]+。)/u.exec(c.text ?? '') }))
      .find((x) => x.m !== null);
    scope = titled?.text ?? sentence?.m?.[1];
    scopeLine = titled?.line ?? sentence?.c.line;
  }
  data.scope = scope ?? PLACEHOLDER;
  if (scope === undefined) todo(ctx, ['scope'], '没有找到适用范围，请填写 / scope (范围) not found; fill it in');
  else if (!front.scope) todo(ctx, ['scope'], `适用范围摘自第 ${scopeLine} 行的条款，请核对 / scope taken from the clause on line ${scopeLine}; check it`, scopeLine);

  // Normative references: 《…》 in a clause titled 规范性引用文件, or in a sentence starting 引用文件：
  const refTexts = all.flatMap((c) => {
    if (c.title !== undefined && /引用文件|引用标准|编制依据/u.test(c.title)) return [c.text ?? ''];
    return (c.text ?? '').split('\n').flatMap((p) => [...p.matchAll(/(?:规范性)?引用文件\s*[：:]\s*([^。\n]+)/gu)].map((m) => m[1] ?? ''));
  });
  const refTitles = refTexts.flatMap((t) => [...t.matchAll(/《[^》]+》/gu)].map((m) => m[0]));
  if (refTitles.length > 0) data.references = [...new Set(refTitles)].map((title) => ({ title }));

  if (ctx.tree.startNumber !== 1) data.startNumber = ctx.tree.startNumber;
  data.clauses = clauses.map((c, k) => clauseInput(c, ['clauses', k], ctx));

  const count = [...walkClauses(clauses)].length;
  return { data, comments: ctx.comments, warnings: ctx.warnings, summary: [`${count} 条款 / clauses`] };
}

// ---------------------------------------------------------------- etiquette

type Topic = (typeof CONDUCT_TOPICS)[number];

function withoutQuotes(text: string): string {
  return text.replace(/「[^」]*」|“[^”]*”|"[^"]*"|『[^』]*』/gu, '').replace(/[，,。；;：:、\s]/gu, '');
}

function conductTopic(text: string): Topic {
  if (/站|坐|走|蹲|姿|手势|双手|双脚|抬头|挺胸/u.test(text)) return 'posture';
  if (/工号|胸牌|胸卡|挂牌|工牌|标志牌/u.test(text)) return 'badge';
  if (/着装|服装|工装|制服|发型|化妆|饰品|仪容|仪表/u.test(text)) return 'dress';
  if (/微笑|表情|目光|眼神|面带/u.test(text)) return 'expression';
  if (/环境|整洁|卫生|物品|摆放|台面|场所/u.test(text)) return 'environment';
  return 'behaviour';
}

interface SituationDraft {
  key: ImportedClause | undefined;
  id: string;
  title: string;
  description?: string;
  phrases: { id: string; text: string }[];
  forbidden: { id: string; text: string }[];
  conduct: { id: string; topic: Topic; text: string; strength?: Strength }[];
}

function buildEtiquette(ctx: Ctx): KindOutput {
  const { front, clauses, docId } = ctx.tree;
  const data: Record<string, unknown> = { id: docId, title: documentTitle(ctx) };
  if (front.intro.length > 0) data.description = front.intro.map((p) => p.text).join('\n');

  const parents = new Map<ImportedClause, ImportedClause | undefined>();
  const walk = (list: readonly ImportedClause[], parent: ImportedClause | undefined): void => {
    for (const c of list) {
      parents.set(c, parent);
      walk(c.children, c);
    }
  };
  walk(clauses, undefined);
  const forbiddenHeading = (c: ImportedClause | undefined): boolean => {
    for (let p = c; p; p = parents.get(p)) if (p.title !== undefined && /忌语|禁语|禁用语/u.test(p.title)) return true;
    return false;
  };

  const situations = new Map<ImportedClause, SituationDraft>();
  const ruleSets: { id: string; title: string; items: string[] }[] = [];
  const conduct: SituationDraft['conduct'] = [];
  const summary: string[] = [];
  const placed = new Set<ImportedClause>();

  const situationFor = (c: ImportedClause): SituationDraft => {
    const parent = parents.get(c);
    const key = parent && parent.title !== undefined ? parent : c;
    let s = situations.get(key);
    if (!s) {
      let title = key.title;
      if (title === undefined) {
        title = shorten((key.text ?? '').split(/[，,。；;：:]/u)[0] ?? key.number, 16);
        ctx.warnings.push({ line: key.line, message: `情景名称是从条款文字截取的：「${title}」 / situation title taken from the clause wording: "${title}"` });
        ctx.comments.push({ path: ['situations', situations.size, 'title'], text: 'TODO: 情景名称由导入程序截取，请改写 / title cut from the wording; rewrite it' });
      }
      s = { key, id: key.id, title, phrases: [], forbidden: [], conduct: [] };
      if (key === c && c.text !== undefined && c.title !== undefined) s.description = c.text;
      situations.set(key, s);
    }
    return s;
  };

  for (const c of walkClauses(clauses)) {
    if (c.text === undefined) continue;
    const phrases = findPhrases(c.text, forbiddenHeading(c));
    if (phrases.length === 0) continue;
    const s = situationFor(c);
    for (const p of phrases) {
      const list = p.forbidden ? s.forbidden : s.phrases;
      list.push({ id: childId(s.id, `${p.forbidden ? 'f' : 'p'}${list.length + 1}`), text: p.text });
    }
    // What the clause says besides its phrases ("stand up and smile, then say …") is a conduct rule;
    // a clause that only lists phrases ("不说「…」") adds nothing as one.
    const besides = withoutQuotes(c.text);
    if ((s.key !== c || s.description === undefined) && [...besides].length > 8) {
      s.conduct.push({ id: childId(s.id, `c${s.conduct.length + 1}`), topic: conductTopic(besides), text: c.text, ...(c.strength ? { strength: c.strength } : {}) });
    }
    placed.add(c);
  }

  // Without any quoted phrase, each titled top-level section becomes a situation of conduct rules.
  const noPhrases = situations.size === 0;
  if (noPhrases) {
    ctx.warnings.push({ message: '没有找到加引号的用语；各章节作为只有举止要求的情景 / no quoted phrases found; sections became situations with conduct rules only' });
    ctx.comments.push({ path: ['situations', 0], text: 'TODO: 没有找到用语，请补充用语 / no phrases found; add the phrases' });
    for (const c of clauses) {
      if (c.title !== undefined) situations.set(c, { key: c, id: c.id, title: c.title, phrases: [], forbidden: [], conduct: [] });
    }
  }
  const nearestSituation = (c: ImportedClause): SituationDraft | undefined => {
    for (let p: ImportedClause | undefined = c; p; p = parents.get(p)) {
      const s = situations.get(p);
      if (s) return s;
    }
    return undefined;
  };

  for (const c of walkClauses(clauses)) {
    if (c.text === undefined || placed.has(c)) continue;
    // "十字用语：您好、请……" may have been read as a run-in title and its text.
    const rule = findRuleSet(c.text) ?? (c.title !== undefined ? findRuleSet(`${c.title}：${c.text}`) : undefined);
    if (rule) {
      ruleSets.push({ id: c.id, title: c.title ?? rule.title, items: rule.items });
      continue;
    }
    const s = nearestSituation(c);
    const item = { topic: conductTopic(c.text), text: c.text, ...(c.strength ? { strength: c.strength } : {}) };
    if (s) s.conduct.push({ id: childId(s.id, `c${s.conduct.length + 1}`), ...item });
    else conduct.push({ id: childId(c.id, 'c'), ...item });
  }

  const drafts = [...situations.values()].filter((s) => s.phrases.length + s.forbidden.length + s.conduct.length > 0 || !noPhrases);
  if (drafts.length === 0) {
    // Nothing to group by: one situation named after the document holds every rule.
    const general: SituationDraft = { key: undefined, id: childId(docId, 'general'), title: String(data.title), phrases: [], forbidden: [], conduct: [] };
    for (const rule of conduct.splice(0)) general.conduct.push({ ...rule, id: childId(general.id, `c${general.conduct.length + 1}`) });
    drafts.push(general);
  }

  data.situations = drafts.map((s) => {
    summary.push(`情景 ${s.title}: ${s.phrases.map((p) => `「${p.text}」`).join(' ')}${s.forbidden.length > 0 ? ` 忌语: ${s.forbidden.map((p) => `「${p.text}」`).join(' ')}` : ''}`);
    return {
      id: s.id,
      title: s.title,
      ...(s.description !== undefined ? { description: s.description } : {}),
      phrases: s.phrases,
      forbidden: s.forbidden,
      conduct: s.conduct,
    };
  });
  if (ruleSets.length > 0) data.ruleSets = ruleSets;
  if (conduct.length > 0) data.conduct = conduct;
  for (const r of ruleSets) summary.push(`规则 ${r.title}: ${r.items.join('、')}`);
  return { data, comments: ctx.comments, warnings: ctx.warnings, summary };
}

// ---------------------------------------------------------------- commitments

/** Longest title a poster line holds comfortably; longer headings are cut and marked TODO. */
const COMMITMENT_TITLE_MAX = 12;

/** A short headline cut from a commitment's wording: its subject before the figure. */
export function shortTitle(text: string): string {
  const firstPart = text.split(/[，,；;。：:\n]/u)[0] ?? text;
  let t = firstPart.replace(/(不低于|不少于|至少|达到|不超过|不多于|提前|保持在|一般|在?\d|[一二两三四五六七八九十]+(?:个工作日|小时|分钟|天|日)).*$/u, '');
  t = t.replace(/的$/u, '');
  if ([...t].length > 10 && t.includes('的')) t = t.slice(t.lastIndexOf('的') + 1);
  t = t.replace(/^(对于|对|凡|因|在|为|经)/u, '').replace(/(提前|在|于|为|时|后|的)$/u, '').trim();
  if ([...t].length < 2) t = firstPart;
  return [...t].slice(0, COMMITMENT_TITLE_MAX).join('');
}

function buildCommitments(ctx: Ctx): KindOutput {
  const { front, clauses, docId } = ctx.tree;
  const data: Record<string, unknown> = { id: docId, title: documentTitle(ctx) };
  const effective = front.effective?.text ?? front.issued?.text;
  if (effective) data.effective = effective;
  const summary: string[] = [];
  const items: Record<string, unknown>[] = [];
  // A heading over a single promise is that promise's headline (4.3 营业时间 → 4.3.1 全年无休…).
  const headline = new Map<ImportedClause, string>();
  for (const c of walkClauses(clauses)) {
    const only = c.children[0];
    if (c.title !== undefined && c.text === undefined && c.children.length === 1 && only && only.title === undefined) headline.set(only, c.title);
  }
  for (const c of walkClauses(clauses)) {
    if (c.text === undefined && c.children.length > 0) continue;
    const text = c.text ?? c.title ?? '';
    const index = items.length;
    const item: Record<string, unknown> = { id: c.id };
    if (c.todo.length > 0) ctx.comments.push({ path: ['commitments', index], text: `TODO (源文件第 ${c.line} 行 / source line ${c.line}): ${c.todo.join('; ')}` });
    // Every commitment gets a short title (the poster's headline); one cut from the wording is marked.
    const given = c.text !== undefined ? (c.title ?? headline.get(c)) : headline.get(c);
    if (given !== undefined && [...given].length <= COMMITMENT_TITLE_MAX) item.title = given;
    else {
      item.title = shortTitle(given ?? text);
      ctx.comments.push({ path: ['commitments', index, 'title'], text: 'TODO: 标题由导入程序截取，请改写 / title cut from the wording; rewrite it' });
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
        todo(ctx, ['commitments', index, 'target', 'comparator'], `「${t.written}」没有写明是以内还是以上，暂定 ${t.comparator} / "${t.written}": no within/at-least wording; assumed ${t.comparator}`, c.line);
      }
    } else if (decision.target?.kind === 'range') {
      const t = decision.target;
      c.target = t;
      summary.push(`${c.number} ${t.min}–${t.max} ${t.unit} (范围 / range)  ← ${t.written}`);
      todo(ctx, ['commitments', index, 'text'], `「${t.written}」是一个范围，目标只能写一个数，范围保留在文字中；需要时请选定目标 / "${t.written}" is a range: a target holds one number, so the range stays in the text`, c.line);
    } else if (decision.why !== undefined) {
      const [zh, en] = decision.why.split(' / ');
      todo(ctx, ['commitments', index, 'text'], `没有设目标：${zh}，请选定哪一个是承诺 / no target set: ${en ?? ''}; choose the figure that is the promise`, c.line);
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

export function buildKind(kind: ImportKind, tree: ImportedTree, today: string): KindOutput {
  const ctx: Ctx = { tree, today, comments: [], warnings: [] };
  if (kind === 'etiquette') return buildEtiquette(ctx);
  if (kind === 'commitments') return buildCommitments(ctx);
  return buildNorms(ctx);
}
