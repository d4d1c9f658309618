/**
 * Etiquette (etiquette kind) from the imported tree: quoted phrases grouped into situations
 * (under a forbidden-words heading they are forbidden), what a clause says besides its phrases
 * as conduct rules, and lists such as 十字用语 as rule sets.
 */
import type { Strength } from '../model/schema/common.ts';
import type { CONDUCT_TOPICS } from '../model/schema/etiquette.ts';
import { walkClauses } from './clause.ts';
import { childId, documentTitle, type Ctx, type KindOutput } from './kind-context.ts';
import { findPhrases, findRuleSet } from './phrases.ts';
import { shorten } from './text.ts';
import type { ImportedClause } from './types.ts';

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

/** The situations being gathered, keyed by the clause they are named after. */
interface Gathering {
  ctx: Ctx;
  parents: Map<ImportedClause, ImportedClause | undefined>;
  situations: Map<ImportedClause, SituationDraft>;
}

function parentsOf(clauses: readonly ImportedClause[]): Map<ImportedClause, ImportedClause | undefined> {
  const parents = new Map<ImportedClause, ImportedClause | undefined>();
  const walk = (list: readonly ImportedClause[], parent: ImportedClause | undefined): void => {
    for (const c of list) {
      parents.set(c, parent);
      walk(c.children, c);
    }
  };
  walk(clauses, undefined);
  return parents;
}

/** Whether `c` or a clause above it is titled as forbidden words (忌语). */
function underForbiddenHeading(g: Gathering, c: ImportedClause | undefined): boolean {
  for (let p = c; p; p = g.parents.get(p)) if (p.title !== undefined && /忌语|禁语|禁用语/u.test(p.title)) return true;
  return false;
}

/** The situation of a clause with phrases: its titled parent's, or its own (a title cut from its words is marked TODO). */
function situationFor(g: Gathering, c: ImportedClause): SituationDraft {
  const parent = g.parents.get(c);
  const key = parent && parent.title !== undefined ? parent : c;
  let s = g.situations.get(key);
  if (!s) {
    let title = key.title;
    if (title === undefined) {
      title = shorten((key.text ?? '').split(/[，,。；;：:]/u)[0] ?? key.number, 16);
      g.ctx.warnings.push({
        line: key.line,
        message: `情景名称是从条款文字截取的：「${title}」 / situation title taken from the clause wording: "${title}"`,
      });
      g.ctx.comments.push({
        path: ['situations', g.situations.size, 'title'],
        text: 'TODO: 情景名称由导入程序截取，请改写 / title cut from the wording; rewrite it',
      });
    }
    s = { key, id: key.id, title, phrases: [], forbidden: [], conduct: [] };
    if (key === c && c.text !== undefined && c.title !== undefined) s.description = c.text;
    g.situations.set(key, s);
  }
  return s;
}

/** Puts the quoted phrases of every clause into situations; returns the clauses placed. */
function placePhrases(g: Gathering, clauses: readonly ImportedClause[]): Set<ImportedClause> {
  const placed = new Set<ImportedClause>();
  for (const c of walkClauses(clauses)) {
    if (c.text === undefined) continue;
    const phrases = findPhrases(c.text, underForbiddenHeading(g, c));
    if (phrases.length === 0) continue;
    const s = situationFor(g, c);
    for (const p of phrases) {
      const list = p.forbidden ? s.forbidden : s.phrases;
      list.push({ id: childId(s.id, `${p.forbidden ? 'f' : 'p'}${list.length + 1}`), text: p.text });
    }
    // What the clause says besides its phrases ("stand up and smile, then say …") is a conduct rule;
    // a clause that only lists phrases ("不说「…」") adds nothing as one.
    const besides = withoutQuotes(c.text);
    if ((s.key !== c || s.description === undefined) && [...besides].length > 8) {
      s.conduct.push({
        id: childId(s.id, `c${s.conduct.length + 1}`),
        topic: conductTopic(besides),
        text: c.text,
        ...(c.strength ? { strength: c.strength } : {}),
      });
    }
    placed.add(c);
  }
  return placed;
}

/** The clauses without phrases: rule sets (十字用语：您好、请……), or conduct rules of the nearest situation or of the document. */
function placeRest(
  g: Gathering,
  clauses: readonly ImportedClause[],
  placed: ReadonlySet<ImportedClause>,
): { ruleSets: { id: string; title: string; items: string[] }[]; conduct: SituationDraft['conduct'] } {
  const ruleSets: { id: string; title: string; items: string[] }[] = [];
  const conduct: SituationDraft['conduct'] = [];
  const nearestSituation = (c: ImportedClause): SituationDraft | undefined => {
    for (let p: ImportedClause | undefined = c; p; p = g.parents.get(p)) {
      const s = g.situations.get(p);
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
  return { ruleSets, conduct };
}

/** A situation as the schema has it, and its line for the dry-run listing. */
function situationData(s: SituationDraft, summary: string[]): Record<string, unknown> {
  summary.push(
    `情景 ${s.title}: ${s.phrases.map((p) => `「${p.text}」`).join(' ')}${s.forbidden.length > 0 ? ` 忌语: ${s.forbidden.map((p) => `「${p.text}」`).join(' ')}` : ''}`,
  );
  return {
    id: s.id,
    title: s.title,
    ...(s.description !== undefined ? { description: s.description } : {}),
    phrases: s.phrases,
    forbidden: s.forbidden,
    conduct: s.conduct,
  };
}

export function buildEtiquette(ctx: Ctx): KindOutput {
  const { front, clauses, docId } = ctx.tree;
  const data: Record<string, unknown> = { id: docId, title: documentTitle(ctx) };
  if (front.intro.length > 0) data.description = front.intro.map((p) => p.text).join('\n');
  const g: Gathering = { ctx, parents: parentsOf(clauses), situations: new Map() };
  const placed = placePhrases(g, clauses);

  // Without any quoted phrase, each titled top-level section becomes a situation of conduct rules.
  const noPhrases = g.situations.size === 0;
  if (noPhrases) {
    ctx.warnings.push({
      message:
        '没有找到加引号的用语；各章节作为只有举止要求的情景 / no quoted phrases found; sections became situations with conduct rules only',
    });
    ctx.comments.push({
      path: ['situations', 0],
      text: 'TODO: 没有找到用语，请补充用语 / no phrases found; add the phrases',
    });
    for (const c of clauses) {
      if (c.title !== undefined)
        g.situations.set(c, { key: c, id: c.id, title: c.title, phrases: [], forbidden: [], conduct: [] });
    }
  }
  const { ruleSets, conduct } = placeRest(g, clauses, placed);

  const drafts = [...g.situations.values()].filter(
    (s) => s.phrases.length + s.forbidden.length + s.conduct.length > 0 || !noPhrases,
  );
  if (drafts.length === 0) {
    // Nothing to group by: one situation named after the document holds every rule.
    const general: SituationDraft = {
      key: undefined,
      id: childId(docId, 'general'),
      title: String(data.title),
      phrases: [],
      forbidden: [],
      conduct: [],
    };
    for (const rule of conduct.splice(0))
      general.conduct.push({ ...rule, id: childId(general.id, `c${general.conduct.length + 1}`) });
    drafts.push(general);
  }
  const summary: string[] = [];
  data.situations = drafts.map((s) => situationData(s, summary));
  if (ruleSets.length > 0) data.ruleSets = ruleSets;
  if (conduct.length > 0) data.conduct = conduct;
  for (const r of ruleSets) summary.push(`规则 ${r.title}: ${r.items.join('、')}`);
  return { data, comments: ctx.comments, warnings: ctx.warnings, summary };
}
