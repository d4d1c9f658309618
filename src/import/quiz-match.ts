/**
 * Which item of the content a question tests: the clause, phrase, commitment, conduct rule or
 * process step whose words the question (with its right answer filled in) shares most, by
 * character bigrams weighted by rarity (客户, 服务 say little; 工号牌, 0.28兆帕 say much).
 * A match is sure only when it is good and clearly better than the next; otherwise the
 * question still cites the best guess, marked TODO with the runner-up.
 */
import { walkClauses, type Model } from '../model/index.ts';

export interface Candidate {
  id: string;
  /** What it is, for messages: 条款 4.1.2, 承诺, 用语 … */
  label: string;
  text: string;
}

export interface MatchIndex {
  candidates: Candidate[];
  grams: Map<string, number>[];
  idf: Map<string, number>;
}

export interface Match {
  best?: Candidate;
  score: number;
  second?: Candidate;
  secondScore: number;
  sure: boolean;
}

/** Good enough, and clearly ahead of the runner-up. */
const SURE_SCORE = 0.3;
const SURE_LEAD = 1.25;

/** Han characters, digits and Latin letters only: punctuation and spacing say nothing. */
const clean = (s: string): string => s.normalize('NFKC').replace(/[^\p{Script=Han}0-9A-Za-z%.]/gu, '');

function bigrams(s: string): Map<string, number> {
  const t = clean(s);
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < t.length; i++) {
    const g = t.slice(i, i + 2);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  if (t.length === 1) out.set(t, 1);
  return out;
}

export function candidatesOf(model: Model): Candidate[] {
  const out: Candidate[] = [];
  for (const d of model.documents) {
    for (const c of walkClauses(d.clauses)) {
      if (c.text !== undefined) out.push({ id: c.id, label: `条款 ${c.label}`, text: `${c.title ?? ''}${c.text}` });
    }
  }
  for (const s of model.commitmentSets)
    for (const c of s.commitments) out.push({ id: c.id, label: '承诺', text: `${c.title ?? ''}${c.text}` });
  for (const e of model.etiquette) {
    for (const s of e.situations) {
      for (const p of s.phrases) out.push({ id: p.id, label: '用语', text: `${s.title}${p.text}` });
      for (const p of s.forbidden) out.push({ id: p.id, label: '忌语', text: `${s.title}${p.text}` });
      for (const r of s.conduct) out.push({ id: r.id, label: '行为规范', text: r.text });
    }
    for (const r of e.conduct) out.push({ id: r.id, label: '行为规范', text: r.text });
    for (const r of e.ruleSets) out.push({ id: r.id, label: '规则', text: `${r.title}${r.items.join('')}` });
  }
  for (const p of model.processes)
    for (const n of p.nodes)
      out.push({ id: n.id, label: '流程步骤', text: `${p.title}${n.label}${n.timeLimit ?? ''}` });
  return out;
}

export function buildIndex(candidates: Candidate[]): MatchIndex {
  const grams = candidates.map((c) => bigrams(c.text));
  const df = new Map<string, number>();
  for (const g of grams) for (const k of g.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = candidates.length;
  const idf = new Map<string, number>();
  for (const [k, v] of df) idf.set(k, Math.log(1 + n / v));
  return { candidates, grams, idf };
}

/** Weighted Dice similarity of the question's words and each candidate's. */
export function matchText(probe: string, index: MatchIndex): Match {
  const p = bigrams(probe);
  const weight = (k: string): number => index.idf.get(k) ?? Math.log(1 + index.candidates.length);
  let pw = 0;
  for (const k of p.keys()) pw += weight(k);
  const scored = index.candidates.map((c, i) => {
    const g = index.grams[i] as Map<string, number>;
    let both = 0;
    let cw = 0;
    for (const k of g.keys()) {
      cw += weight(k);
      if (p.has(k)) both += weight(k);
    }
    return { c, score: pw + cw === 0 ? 0 : (2 * both) / (pw + cw) };
  });
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0];
  const second = scored[1];
  const score = best?.score ?? 0;
  const secondScore = second?.score ?? 0;
  return {
    ...(best ? { best: best.c } : {}),
    score,
    ...(second ? { second: second.c } : {}),
    secondScore,
    sure: best !== undefined && score >= SURE_SCORE && score >= secondScore * SURE_LEAD,
  };
}
