/**
 * The question bank: the hand-written questions of content/quiz plus
 * questions generated from phrases, commitments, clauses and processes.
 *
 * Reads only the typed Model. Deterministic for a seed: every random choice
 * comes from a stream named after the question it is for (see random.ts).
 * Unsound candidates (ambiguous, duplicated, giving the answer away) are
 * never added; they go to `rejections` with the reason.
 */
import type { Comparator } from '../model/types/commitments.ts';
import type { Model, SourceRef } from '../model/types.ts';
import type { Phrase } from '../model/types/etiquette.ts';
import type { Process, ProcessNode } from '../model/types/processes.ts';
import type { Question } from '../model/types/quiz.ts';
import type { Service } from '../model/types/services.ts';
import { rngFor, type Rng } from './random.ts';
import {
  candidateTerms,
  formatNumber,
  GLOSSARY,
  hanWords,
  negateStrength,
  normalise,
  numberRegex,
  plausibleWrongNumbers,
} from './text.ts';
import { BLANK, type BankQuestion, type BankQuestionMeta, type GeneratedBank, type GeneratedKind, type QuestionKind, type Rejection } from './types.ts';
import { questionKey, validateQuestion, type Problem } from './validate.ts';
import { viewOf, type ModelView, type PhraseEntry } from './view.ts';
import { PER_UNIT_VALUE } from '../model/clauses.ts';
import { currentScopeRevision } from '../model/changes/current.ts';
import { learnableChanges } from '../model/changes/marks.ts';
import type { DiffPart, ItemChange } from '../model/changes/types.ts';
import { STRENGTH_LABEL_ZH } from '../model/strength.ts';
import { materialAmount, timeLimitText } from '../model/guide.ts';

export interface GenerateOptions {
  seed: string | number;
  /** Generate from this unit's resolved documents, commitments and processes. */
  unitId?: string;
}

/** Options per generated choice question: the answer and three distractors. */
export const GENERATED_OPTION_COUNT = 4;
/** At most this many fill-in questions per clause. */
const BLANKS_PER_CLAUSE = 2;

/** A question before its scope data is attached. */
type Draft =
  | { type: 'single'; stem: string; options: string[]; answer: number; explanation?: string }
  | { type: 'multiple'; stem: string; options: string[]; answer: number[]; explanation?: string }
  | { type: 'truefalse'; stem: string; answer: boolean; explanation?: string }
  | { type: 'blank'; stem: string; answer: string[][]; explanation?: string };

/** Show a phrase's {slots} as named gaps: 收到您{金额}元 → 收到您（金额）元. */
export function renderPhrase(text: string): string {
  return text.replace(/\{([^{}]+)\}/g, '（$1）');
}

const COMPARATOR_SYMBOL: Record<Comparator, string> = { le: '≤', lt: '<', ge: '≥', gt: '>', eq: '=' };
const COMPARATOR_WORD: Record<Comparator, string> = { le: '不超过', lt: '少于', ge: '不低于', gt: '高于', eq: '为' };

function withUnit(value: string, unit: string): string {
  if (unit === '') return value;
  return /^[\p{Script=Han}%％]/u.test(unit) ? `${value}${unit}` : `${value} ${unit}`;
}

/** What question makers draw on: the model view and one random stream per question. */
abstract class SeededMaker {
  constructor(
    readonly view: ModelView,
    readonly seed: string,
  ) {}

  rng(kind: QuestionKind, sourceId: string, extra: string | number = ''): Rng {
    return rngFor(this.seed, kind, sourceId, extra);
  }
}

class BankBuilder extends SeededMaker {
  readonly questions: BankQuestion[] = [];
  readonly rejections: Rejection[] = [];
  private readonly keys = new Set<string>();
  private readonly counters = new Map<string, number>();

  reject(kind: QuestionKind, sourceId: string, problem: Problem, source: SourceRef): void {
    this.rejections.push({ kind, sourceId, reason: problem.reason, detail: problem.detail, source });
  }

  /** Adds the question if it passes every check; returns whether it did. */
  offer(kind: GeneratedKind, sources: string[], draft: Draft, source: SourceRef, alsoCorrect: readonly string[] = []): boolean {
    const checked = checkOffer(this.view, kind, sources, draft, source, alsoCorrect);
    if ('rejections' in checked) {
      this.rejections.push(...checked.rejections);
      return false;
    }
    return this.accept(checked);
  }

  /** Numbers a checked question (gen-<kind>-<source>-<n>) and admits it unless it duplicates one already in. */
  accept(offer: CheckedOffer): boolean {
    const { kind, sourceId, question, key } = offer;
    const n = (this.counters.get(`${kind}:${sourceId}`) ?? 0) + 1;
    const id = `gen-${kind}-${sourceId}-${n}`;
    // A replayed offer usually gets the same number in every bank: the banks then share one (read-only) question.
    let numbered = offer.numbered;
    if (numbered?.id !== id) {
      numbered = { ...question, id } as BankQuestion;
      offer.numbered = numbered;
    }
    if (!this.admit(numbered, key)) return false;
    this.counters.set(`${kind}:${sourceId}`, n);
    return true;
  }

  /** Replays offers checked once for the model (see etiquetteOffers), in their order. */
  replay(offers: readonly (CheckedOffer | { rejections: Rejection[] })[]): void {
    for (const offer of offers) {
      if ('rejections' in offer) this.rejections.push(...offer.rejections);
      else this.accept(offer);
    }
  }

  /** Adds a question unless an equal one is already in; logs the duplicate. */
  admit(question: BankQuestion, key = questionKey(question)): boolean {
    if (this.keys.has(key)) {
      const sourceId = question.kind === 'hand' ? question.id : (question.sources[0] ?? question.id);
      this.reject(question.kind, sourceId, { reason: 'duplicate-question', detail: question.stem }, question.source);
      return false;
    }
    this.keys.add(key);
    this.questions.push(question);
    return true;
  }
}

/** A generated question that passed every check, not yet numbered nor admitted. */
interface CheckedOffer {
  kind: GeneratedKind;
  sourceId: string;
  question: BankQuestion;
  /** questionKey of the question (the id is not part of it). */
  key: string;
  /** The question as last numbered by accept(). */
  numbered?: BankQuestion;
}

/** Builds the question of an offer and checks it; the checks depend on the question alone, not on the bank. */
function checkOffer(
  view: ModelView,
  kind: GeneratedKind,
  sources: string[],
  draft: Draft,
  source: SourceRef,
  alsoCorrect: readonly string[],
): CheckedOffer | { rejections: Rejection[] } {
  const sourceId = sources[0] as string;
  // `id` keeps its place among the keys (the JSON's field order); accept() numbers it.
  const question = {
    ...draft,
    id: '',
    cites: sources,
    bankId: 'generated',
    source,
    kind,
    generated: true,
    sources,
    ...view.metaFor(sources),
  } as BankQuestion;
  if (question.explanation === undefined) delete question.explanation;
  // In the group's bank, an item whose value each unit sets reads 〔按单位规定〕: nothing to ask.
  if (JSON.stringify(draft).includes(PER_UNIT_VALUE)) return { rejections: [{ kind, sourceId, reason: 'per-unit-value', detail: draft.stem, source }] };
  const problems = validateQuestion(question, { minOptions: GENERATED_OPTION_COUNT, alsoCorrect });
  if (problems.length > 0) {
    return { rejections: dedupeProblems(problems).map((problem) => ({ kind, sourceId, reason: problem.reason, detail: problem.detail, source })) };
  }
  return { kind, sourceId, question, key: questionKey(question) };
}

function dedupeProblems(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.reason}:${p.detail}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The normalised texts of a list, kept per list: one list of "also right" texts serves many questions. */
const normalisedSets = new WeakMap<readonly string[], Set<string>>();
function normalisedSet(texts: readonly string[]): Set<string> {
  let set = normalisedSets.get(texts);
  if (!set) {
    set = new Set(texts.map(normalise));
    normalisedSets.set(texts, set);
  }
  return set;
}

/**
 * Distractors for `answer`, drawn in order from the pools (each shuffled, each
 * taking at most `max`), skipping texts that repeat an option, contain or sit
 * inside another option, or are also right.
 */
function chooseDistractors(
  answer: string,
  pools: { items: readonly string[]; max?: number }[],
  rng: Rng,
  alsoCorrect: readonly string[] = [],
  count = GENERATED_OPTION_COUNT - 1,
): string[] {
  const chosen: string[] = [];
  const excluded = normalisedSet(alsoCorrect);
  const clashes = (a: string, b: string): boolean => {
    const na = normalise(a);
    const nb = normalise(b);
    return na === nb || na.includes(nb) || nb.includes(na);
  };
  for (const pool of pools) {
    let taken = 0;
    for (const item of rng.shuffle(pool.items)) {
      if (chosen.length >= count || taken >= (pool.max ?? count)) break;
      if (excluded.has(normalise(item)) || clashes(item, answer) || chosen.some((c) => clashes(c, item))) continue;
      chosen.push(item);
      taken++;
    }
  }
  return chosen;
}

/** The answer placed among the distractors at a random position. */
function arrange(answer: string, distractors: string[], rng: Rng): { options: string[]; answer: number } {
  const options = rng.shuffle([answer, ...distractors]);
  return { options, answer: options.indexOf(answer) };
}

// ------------------------------------------------------------------ shared offers

type Offered = CheckedOffer | { rejections: Rejection[] };

/** Makes offers the way a BankBuilder does, but only records them (checked, not numbered nor admitted). */
class Recorder extends SeededMaker {
  readonly offers: Offered[] = [];

  reject(kind: QuestionKind, sourceId: string, problem: Problem, source: SourceRef): void {
    this.offers.push({ rejections: [{ kind, sourceId, reason: problem.reason, detail: problem.detail, source }] });
  }

  offer(kind: GeneratedKind, sources: string[], draft: Draft, source: SourceRef, alsoCorrect: readonly string[] = []): void {
    this.offers.push(checkOffer(this.view, kind, sources, draft, source, alsoCorrect));
  }
}

/**
 * Etiquette (phrases, rule sets, conduct) is often the same for many units: its
 * offers are made and checked once per model, seed and etiquette view (units
 * whose phrasebooks resolve alike share them), and replayed into every bank,
 * which still numbers and de-duplicates them against its own questions — so a
 * group's hundred unit banks do not redo the work.
 */
const sharedOfferCache = new WeakMap<Model, Map<string, Offered[]>>();

function sharedOffers(b: BankBuilder, name: string, make: (r: Recorder) => void): Offered[] {
  let perModel = sharedOfferCache.get(b.view.model);
  if (!perModel) {
    perModel = new Map();
    sharedOfferCache.set(b.view.model, perModel);
  }
  const key = `${name}\u241f${b.seed}\u241f${b.view.etiquetteKey}`;
  let offers = perModel.get(key);
  if (!offers) {
    const recorder = new Recorder(b.view, b.seed);
    make(recorder);
    offers = recorder.offers;
    perModel.set(key, offers);
  }
  return offers;
}

// ------------------------------------------------------------------ etiquette

function etiquetteQuestions(b: BankBuilder): void {
  b.replay(sharedOffers(b, 'etiquette', etiquetteOffers));
}

function etiquetteOffers(r: Recorder): void {
  const { view } = r;
  const { phrases, forbidden } = view;
  // Every text and distractor pool is rendered once: per set, per situation, and for all (not once per phrase).
  const rendered = new Map<Phrase, string>();
  const render = (p: Phrase): string => {
    let text = rendered.get(p);
    if (text === undefined) {
      text = renderPhrase(p.text);
      rendered.set(p, text);
    }
    return text;
  };
  const allPhrases = phrases.map((p) => render(p.phrase));
  const allForbidden = forbidden.map((p) => render(p.phrase));
  const otherSets = new Map<string, string[]>();
  const sameSetOtherSituations = new Map<string, string[]>();
  const phraseById = new Map<string, PhraseEntry>();
  for (const p of phrases) if (!phraseById.has(p.phrase.id)) phraseById.set(p.phrase.id, p);

  for (const entry of phrases) {
    const { phrase, situation } = entry;
    const answer = render(phrase);
    const ownPhrases = situation.phrases.map(render);
    let otherSet = otherSets.get(entry.set.id);
    if (!otherSet) {
      otherSet = phrases.filter((p) => p.set.id !== entry.set.id).map((p) => render(p.phrase));
      otherSets.set(entry.set.id, otherSet);
    }
    const situationKey = `${entry.set.id}\u241f${situation.id}`;
    let sameSet = sameSetOtherSituations.get(situationKey);
    if (!sameSet) {
      sameSet = phrases.filter((p) => p.set.id === entry.set.id && p.situation.id !== situation.id).map((p) => render(p.phrase));
      sameSetOtherSituations.set(situationKey, sameSet);
    }
    const rng = r.rng('etiquette-phrase', phrase.id);
    const distractors = chooseDistractors(
      answer,
      [
        { items: situation.forbidden.map(render), max: 1 },
        // Phrases of another etiquette set (the toll lane for a counter) are plainly out of place;
        // a neighbouring situation of the same set may share a polite formula, so it comes second.
        { items: otherSet, max: 2 },
        { items: sameSet, max: 2 },
        { items: allForbidden },
      ],
      rng,
      ownPhrases,
    );
    const draft = { type: 'single' as const, stem: `「${situation.title}」时，服务人员应使用的规范用语是？`, ...arrange(answer, distractors, rng) };
    r.offer(
      'etiquette-phrase',
      [phrase.id],
      { ...draft, explanation: `「${situation.title}」的规范用语：${answer}${phrase.note ? `（${phrase.note}）` : ''}` },
      phrase.source,
      ownPhrases.filter((t) => t !== answer),
    );
  }

  for (const entry of forbidden) {
    const { phrase, situation } = entry;
    const answer = render(phrase);
    const rng = r.rng('etiquette-forbidden', phrase.id);
    const distractors = chooseDistractors(answer, [{ items: situation.phrases.map(render), max: 2 }, { items: allPhrases }], rng, allForbidden);
    const instead = phrase.instead === undefined ? undefined : phraseById.get(phrase.instead);
    const explanation = `「${answer}」是服务忌语${instead ? `，应改说「${render(instead.phrase)}」` : ''}。`;
    r.offer(
      'etiquette-forbidden',
      [phrase.id],
      { type: 'single', stem: `「${situation.title}」时，下列哪一句是不得使用的服务忌语？`, ...arrange(answer, distractors, rng), explanation },
      phrase.source,
    );
  }
}

// ------------------------------------------------------------------ rule sets

/** Rule sets are learnt by heart (会说会背): recite the set with one item left out. */
function ruleSetQuestions(b: BankBuilder): void {
  b.replay(sharedOffers(b, 'rule-sets', ruleSetOffers));
}

function ruleSetOffers(b: Recorder): void {
  for (const set of b.view.etiquette) {
    for (const ruleSet of set.ruleSets) {
      if (ruleSet.items.length < 2) continue;
      ruleSet.items.forEach((item, i) => {
        // "迎：面向来车致意" is recited by its key word; other long items are too long to type from memory.
        const keyed = /^([^：:]{1,6})[：:](.+)$/u.exec(item);
        const answer = keyed ? (keyed[1] as string) : item;
        if (!keyed && item.length > 8) return;
        const blanked = keyed ? `${BLANK}：${keyed[2]}` : BLANK;
        const recited = ruleSet.items.map((other, j) => (j === i ? blanked : other)).join('、');
        b.offer(
          'etiquette-ruleset',
          [ruleSet.id],
          { type: 'blank', stem: `「${ruleSet.title}」：${recited}。`, answer: [[answer]], explanation: `「${ruleSet.title}」：${ruleSet.items.join('、')}。` },
          ruleSet.source,
        );
      });
    }
  }
}

// ------------------------------------------------------------------ commitments

function commitmentQuestions(b: BankBuilder, terms: TermSource): void {
  const titles = new Map<string, number>();
  for (const c of b.view.commitments) if (c.title) titles.set(c.title, (titles.get(c.title) ?? 0) + 1);

  for (const commitment of b.view.commitments) {
    const target = commitment.target;
    if (!target) {
      const explanation = `服务承诺「${commitment.title ?? commitment.text}」：${commitment.text}`;
      blankQuestions(b, 'commitment-fill', commitment.id, commitment.text, [], terms, explanation, commitment.source);
      continue;
    }
    const value = formatNumber(target.value);
    const occurrences = [...commitment.text.matchAll(numberRegex(value))];
    const label = commitment.title ?? commitment.text;
    const explanation = `服务承诺「${label}」：${commitment.text}（目标 ${target.display}）`;
    const rng = b.rng('commitment-target', commitment.id);
    const wrong = plausibleWrongNumbers(target.value, target.unit).map(formatNumber);

    if (commitment.title !== undefined && (titles.get(commitment.title) ?? 0) > 1 && occurrences.length !== 1) {
      b.reject('commitment-target', commitment.id, { reason: 'ambiguous-stem', detail: `two commitments titled “${commitment.title}”` }, commitment.source);
      continue;
    }

    // Choice: the number with its unit, in the text's own wording where the number appears once.
    if (occurrences.length === 1) {
      const at = occurrences[0]?.index ?? 0;
      const rest = commitment.text.slice(at + value.length);
      const unitFollows = target.unit !== '' && rest.trimStart().startsWith(target.unit);
      const after = unitFollows ? rest.trimStart().slice(target.unit.length) : rest;
      const stem = `服务承诺“${commitment.text.slice(0, at)}（　）${after}”中，括号处应为？`;
      const show = (v: string): string => (unitFollows ? withUnit(v, target.unit) : v);
      const distractors = chooseDistractors(show(value), [{ items: wrong.slice(0, 4).map(show) }, { items: wrong.slice(4).map(show) }], rng);
      b.offer('commitment-target', [commitment.id], { type: 'single', stem, ...arrange(show(value), distractors, rng), explanation }, commitment.source);
    } else {
      const show = (v: string): string => `${COMPARATOR_SYMBOL[target.comparator]} ${withUnit(v, target.unit)}`;
      const distractors = chooseDistractors(show(value), [{ items: wrong.slice(0, 4).map(show) }, { items: wrong.slice(4).map(show) }], rng);
      const stem = `服务承诺「${label}」的目标值是？`;
      b.offer('commitment-target', [commitment.id], { type: 'single', stem, ...arrange(show(value), distractors, rng), explanation }, commitment.source);
    }

    // Fill-in of the number.
    let stem: string;
    if (occurrences.length === 1) {
      const at = occurrences[0]?.index ?? 0;
      stem = commitment.text.slice(0, at) + BLANK + commitment.text.slice(at + value.length);
    } else if (occurrences.length === 0) {
      stem = `服务承诺「${label}」：目标${COMPARATOR_WORD[target.comparator]} ${BLANK}${target.unit}。`;
    } else {
      b.reject('commitment-fill', commitment.id, { reason: 'blank-in-stem', detail: `“${value}” appears ${occurrences.length} times in “${commitment.text}”` }, commitment.source);
      continue;
    }
    b.offer('commitment-fill', [commitment.id], { type: 'blank', stem, answer: [[value]], explanation }, commitment.source);
  }
}

// ------------------------------------------------------------------ norms

interface TermSource {
  vocabulary: string[];
  rareWords: (word: string) => boolean;
}

/** Vocabulary worth blanking, and which words are distinctive (found in one provision or commitment only). */
function termSource(view: ModelView): TermSource {
  const vocabulary = new Set<string>(GLOSSARY);
  for (const { clause } of view.clauses) clause.tags.forEach((t) => vocabulary.add(t));
  for (const { situation } of view.situations) vocabulary.add(situation.title);
  for (const set of view.etiquette) for (const rs of set.ruleSets) rs.items.forEach((i) => vocabulary.add(i));
  for (const role of view.model.roles) vocabulary.add(role.name);
  const documentFrequency = new Map<string, number>();
  const texts = [...view.clauses.map(({ clause }) => clause.text ?? ''), ...view.commitments.map((c) => c.text)];
  for (const text of texts) for (const word of new Set(hanWords(text))) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  return { vocabulary: [...vocabulary], rareWords: (word) => documentFrequency.get(word) === 1 };
}

/** Up to BLANKS_PER_CLAUSE fill-in questions on the key terms of a text. */
function blankQuestions(
  b: BankBuilder,
  kind: 'norm-blank' | 'commitment-fill',
  sourceId: string,
  text: string,
  tags: string[],
  terms: TermSource,
  explanation: string,
  source: SourceRef,
): void {
  let accepted = 0;
  for (const { term, origin } of candidateTerms(text, { tags, ...terms })) {
    // A word that is merely rare makes a weaker blank: only when nothing better was found.
    if (accepted >= BLANKS_PER_CLAUSE || (origin === 'rare' && accepted > 0)) break;
    const match = origin === 'number' ? numberRegex(term, '').exec(text) : undefined;
    const at = match ? match.index : text.indexOf(term);
    const stem = text.slice(0, at) + BLANK + text.slice(at + term.length);
    if (b.offer(kind, [sourceId], { type: 'blank', stem, answer: [[term]], explanation }, source)) accepted++;
  }
}

function normQuestions(b: BankBuilder, terms: TermSource): void {
  for (const { clause, document } of b.view.clauses) {
    const text = clause.text as string;
    const where = `${document.title} ${clause.number}${clause.title ? ` ${clause.title}` : ''}`;
    const explanation = `${where}：${text}`;
    blankQuestions(b, 'norm-blank', clause.id, text, clause.tags, terms, explanation, clause.source);

    if (clause.strength !== undefined) {
      const flipped = negateStrength(text, clause.strength);
      if ('problem' in flipped) {
        b.reject('norm-truefalse', clause.id, { reason: 'wording-mismatch', detail: flipped.problem }, clause.source);
      } else {
        const truth = b.rng('norm-truefalse', clause.id).next() < 0.5;
        const statement = truth ? text : flipped.negated;
        b.offer('norm-truefalse', [clause.id], { type: 'truefalse', stem: `判断正误：${statement}`, answer: truth, explanation }, clause.source);
      }
    }
  }

  b.replay(sharedOffers(b, 'conduct', conductOffers));
}

/** Conduct rules (posture, dress, badge …) carry the same shall / shall-not wording. */
function conductOffers(b: Recorder): void {
  for (const rule of b.view.conduct) {
    if (rule.strength === undefined) continue;
    const flipped = negateStrength(rule.text, rule.strength);
    if ('problem' in flipped) {
      b.reject('norm-truefalse', rule.id, { reason: 'wording-mismatch', detail: flipped.problem }, rule.source);
      continue;
    }
    const truth = b.rng('norm-truefalse', rule.id).next() < 0.5;
    b.offer(
      'norm-truefalse',
      [rule.id],
      { type: 'truefalse', stem: `判断正误：${truth ? rule.text : flipped.negated}`, answer: truth, explanation: `礼仪规范：${rule.text}` },
      rule.source,
    );
  }
}

// ------------------------------------------------------------------ processes

/** The longest simple path from the start node: the process's main line. */
export function mainPath(process: Process): ProcessNode[] {
  const byId = new Map(process.nodes.map((n) => [n.id, n]));
  let best: ProcessNode[] = [];
  let budget = 20000; // a guard for dense graphs; real charts have a handful of branches
  const walk = (node: ProcessNode, path: ProcessNode[], seen: Set<string>): void => {
    if (--budget < 0) return;
    const here = [...path, node];
    if (here.length > best.length) best = here;
    for (const edge of node.next) {
      const next = byId.get(edge.to);
      if (next && !seen.has(next.id)) walk(next, here, new Set(seen).add(next.id));
    }
  };
  const start = byId.get(process.startId);
  if (start) walk(start, [], new Set([start.id]));
  return best;
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [items.slice()];
  const out: T[][] = [];
  items.forEach((item, i) => {
    for (const rest of permutations([...items.slice(0, i), ...items.slice(i + 1)])) out.push([item, ...rest]);
  });
  return out;
}

function processQuestions(b: BankBuilder): void {
  const allTimeLimits = [...new Set(b.view.processes.flatMap((p) => p.nodes.map((n) => n.timeLimit).filter((t): t is string => t !== undefined)))];
  const allRoleNames = b.view.model.roles.map((r) => r.name);

  for (const process of b.view.processes) {
    const byId = new Map(process.nodes.map((n) => [n.id, n]));
    const sameLabel = (node: ProcessNode): ProcessNode[] => process.nodes.filter((n) => n.id !== node.id && normalise(n.label) === normalise(node.label));
    const labels = [...new Set(process.nodes.map((n) => n.label))];
    const where = `「${process.title}」中`;

    // Order of steps: windows of up to four steps along the main line.
    const steps = mainPath(process).filter((n) => n.type !== 'decision');
    const size = Math.min(4, steps.length);
    if (size >= 3) {
      for (let start = 0; start < steps.length; start += size) {
        const window = steps.slice(Math.min(start, steps.length - size), Math.min(start, steps.length - size) + size);
        const sources = window.map((n) => n.id);
        const rng = b.rng('process-order', sources[0] as string, window.length);
        if (new Set(window.map((n) => normalise(n.label))).size !== window.length) {
          b.reject('process-order', sources[0] as string, { reason: 'duplicate-options', detail: 'two steps share a label' }, window[0]!.source);
          continue;
        }
        const join = (nodes: ProcessNode[]): string => nodes.map((n) => n.label).join(' → ');
        const answer = join(window);
        const others = permutations(window).map(join).filter((t) => t !== answer);
        const distractors = chooseDistractors(answer, [{ items: others }], rng);
        b.offer(
          'process-order',
          sources,
          { type: 'single', stem: `${where}，下列环节的正确先后顺序是？`, ...arrange(answer, distractors, rng), explanation: `${process.title}：${answer}` },
          window[0]!.source,
        );
      }
    }

    for (const node of process.nodes) {
      const twins = sameLabel(node);
      /** A stem naming this step also names its twins: fine only if they all share the answer. */
      const ambiguous = (kind: GeneratedKind, answerOf: (n: ProcessNode) => string | undefined): boolean => {
        const differing = twins.filter((t) => answerOf(t) !== answerOf(node));
        if (differing.length === 0) return false;
        b.reject(kind, node.id, { reason: 'ambiguous-stem', detail: `“${node.label}” is also ${differing.map((t) => t.id).join(', ')} with another answer` }, node.source);
        return true;
      };

      // Next step.
      if ((node.type === 'start' || node.type === 'step') && node.next.length === 1) {
        const next = byId.get(node.next[0]!.to);
        if (next && !ambiguous('process-next', (n) => n.next.map((e) => byId.get(e.to)?.label).join('|'))) {
          const rng = b.rng('process-next', node.id);
          const alsoCorrect = twins.flatMap((t) => t.next.map((e) => byId.get(e.to)?.label ?? '')).filter((l) => l !== next.label);
          const distractors = chooseDistractors(next.label, [{ items: labels.filter((l) => l !== node.label) }], rng, alsoCorrect);
          b.offer(
            'process-next',
            [node.id],
            { type: 'single', stem: `${where}，「${node.label}」之后的下一个环节是？`, ...arrange(next.label, distractors, rng), explanation: `${process.title}：${node.label} → ${next.label}` },
            node.source,
            alsoCorrect,
          );
        }
      }
      if (node.type === 'decision') {
        for (const edge of node.next) {
          const next = byId.get(edge.to);
          if (!next || edge.label === undefined) continue;
          if (ambiguous('process-next', (n) => byId.get(n.next.find((e) => e.label === edge.label)?.to ?? '')?.label)) break;
          const rng = b.rng('process-next', node.id, edge.label);
          const otherBranches = node.next.filter((e) => e !== edge).map((e) => byId.get(e.to)?.label ?? '');
          const distractors = chooseDistractors(next.label, [{ items: otherBranches }, { items: labels.filter((l) => l !== node.label) }], rng);
          b.offer(
            'process-next',
            [node.id],
            {
              type: 'single',
              stem: `${where}，「${node.label}」的结果为“${edge.label}”时，下一步是？`,
              ...arrange(next.label, distractors, rng),
              explanation: `${process.title}：${node.label}（${edge.label}）→ ${next.label}`,
            },
            node.source,
          );
        }
      }

      // Who handles it.
      if ((node.type === 'step' || node.type === 'decision') && !ambiguous('process-role', (n) => b.view.roleName(n.role))) {
        const role = b.view.roleName(node.role);
        const rng = b.rng('process-role', node.id);
        const alsoCorrect = twins.map((t) => b.view.roleName(t.role)).filter((r) => r !== role);
        const distractors = chooseDistractors(role, [{ items: process.lanes.map(b.view.roleName) }, { items: allRoleNames }], rng, alsoCorrect);
        b.offer(
          'process-role',
          [node.id],
          { type: 'single', stem: `${where}，「${node.label}」由哪个岗位负责？`, ...arrange(role, distractors, rng), explanation: `${process.title}：「${node.label}」由${role}负责。` },
          node.source,
          alsoCorrect,
        );
      }

      // Time limit.
      if (node.timeLimit !== undefined && !ambiguous('process-time', (n) => n.timeLimit)) {
        const limit = node.timeLimit;
        const rng = b.rng('process-time', node.id);
        const number = /\d+(?:\.\d+)?/.exec(limit);
        const variants = number
          ? plausibleWrongNumbers(Number(number[0]), limit.slice(number.index + number[0].length)).map(
              (v) => limit.slice(0, number.index) + formatNumber(v) + limit.slice(number.index + number[0].length),
            )
          : [];
        const alsoCorrect = twins.map((t) => t.timeLimit ?? '').filter((t) => t !== '' && t !== limit);
        const distractors = chooseDistractors(limit, [{ items: variants.slice(0, 4), max: 2 }, { items: allTimeLimits }, { items: variants }], rng, alsoCorrect);
        b.offer(
          'process-time',
          [node.id],
          { type: 'single', stem: `${where}，「${node.label}」的办理时限是？`, ...arrange(limit, distractors, rng), explanation: `${process.title}：「${node.label}」时限为${limit}。` },
          node.source,
          alsoCorrect,
        );
      }
    }
  }
}

// ------------------------------------------------------------------ service guides

/** Time limits everyone knows, to draw from when a view has few services: 当场 and a few working-day counts. */
const COMMON_LIMITS = ['当场办结', '1个工作日内办结', '3个工作日内办结', '5个工作日内办结', '7个工作日内办结', '15个工作日内办结'];

/**
 * Service items (办事指南): which materials a service needs (several right answers: some of its
 * required materials, among materials of other services) and how long it takes once the
 * materials are complete. Each question cites the service (and the materials it names), so it
 * is in a unit's bank exactly when the unit's view has them, with the unit's own wording.
 */
function serviceQuestions(b: BankBuilder): void {
  const services = b.view.services;
  const named = new Map<string, number>();
  for (const s of services) named.set(normalise(s.name), (named.get(normalise(s.name)) ?? 0) + 1);
  const limits = [...new Set(services.map((s) => timeLimitText(s.timeLimit)))];

  for (const service of services) {
    const where = `办理「${service.name}」`;
    if ((named.get(normalise(service.name)) ?? 0) > 1) {
      b.reject('service-materials', service.id, { reason: 'ambiguous-stem', detail: `more than one service is called ${service.name}` }, service.source);
      continue;
    }

    // Which materials: up to two of its required ones, the rest from other services' lists.
    const required = service.materials.filter((m) => m.need === 'required');
    if (required.length > 0) {
      const rng = b.rng('service-materials', service.id);
      const picked = rng.shuffle(required).slice(0, Math.min(2, required.length));
      const own = service.materials.map((m) => m.name);
      // Wrong options: other services' materials, this view's first, then the organisation's
      // (a unit with one service still gets the question); never one that contains or sits in a right one.
      const clash = (name: string): boolean => picked.some((m) => normalise(name).includes(normalise(m.name)) || normalise(m.name).includes(normalise(name)));
      const materialsOf = (list: readonly Service[]): string[] => [...new Set(list.filter((s) => s.id !== service.id).flatMap((s) => s.materials.map((m) => m.name)))].filter((n) => !clash(n));
      const answerKey = picked.map((m) => m.name).join('\u241f');
      const distractors = chooseDistractors(answerKey, [{ items: materialsOf(services) }, { items: materialsOf(b.view.model.services) }], rng, own, GENERATED_OPTION_COUNT - picked.length);
      const options = rng.shuffle([...picked.map((m) => m.name), ...distractors]);
      const answer = picked.map((m) => options.indexOf(m.name)).sort((x, y) => x - y);
      b.offer(
        'service-materials',
        [service.id, ...picked.map((m) => m.id)],
        {
          type: 'multiple',
          stem: `${where}时，下列哪些是必须提交的材料？`,
          options,
          answer,
          explanation: `「${service.name}」必须提交：${required.map((m) => `${m.name}（${materialAmount(m.form, m.copies)}）`).join('、')}。`,
        },
        service.source,
        own.filter((n) => !picked.some((m) => m.name === n)),
      );
    }

    // How long: the number of (working) days, or 当场.
    const limit = timeLimitText(service.timeLimit);
    const t = service.timeLimit;
    const rng = b.rng('service-time', service.id);
    const variants = t.value !== undefined && t.unit !== undefined ? plausibleWrongNumbers(t.value, t.unit).map((v) => `${formatNumber(v)}${t.unit}内办结`) : [];
    const distractors = chooseDistractors(limit, [{ items: variants.slice(0, 4), max: 2 }, { items: limits }, { items: COMMON_LIMITS }, { items: variants }], rng);
    b.offer(
      'service-time',
      [service.id],
      {
        type: 'single',
        stem: `${where}，材料齐全后的办结时限是？`,
        ...arrange(limit, distractors, rng),
        explanation: `「${service.name}」：${limit}${service.timeLimitNote ? `（${service.timeLimitNote.replace(/[。．.]$/u, '')}）` : ''}。`,
      },
      service.source,
    );
  }
}

// ------------------------------------------------------------------ hand-written

/** A hand-written question's problems depend on the question alone: checked once, not once per unit's bank. */
const handProblemsCache = new WeakMap<Question, Problem[]>();
function handProblems(question: Question): Problem[] {
  let problems = handProblemsCache.get(question);
  if (!problems) {
    problems = validateQuestion(question);
    handProblemsCache.set(question, problems);
  }
  return problems;
}

/**
 * The hand-written questions of the view: a unit's are those written for it whose every cited
 * item it has, with its own values.
 */
function handWrittenQuestions(b: BankBuilder): void {
  for (const bank of b.view.quizzes) {
    for (const question of bank.questions) {
      const problems = handProblems(question);
      if (problems.length > 0) {
        for (const problem of dedupeProblems(problems)) b.reject('hand', question.id, problem, question.source);
        continue;
      }
      const { restrict: _r, origin: _o, ...plain } = question;
      b.admit({ ...plain, kind: 'hand', generated: false, sources: [...question.cites], ...b.view.metaFor(question.cites, question.id) } as BankQuestion);
    }
  }
}

const EMPTY_COUNTS: Record<QuestionKind, number> = {
  hand: 0,
  'etiquette-phrase': 0,
  'etiquette-forbidden': 0,
  'etiquette-ruleset': 0,
  'commitment-target': 0,
  'commitment-fill': 0,
  'norm-blank': 0,
  'norm-truefalse': 0,
  'process-order': 0,
  'process-next': 0,
  'process-role': 0,
  'process-time': 0,
  'revision-contrast': 0,
  'service-materials': 0,
  'service-time': 0,
};

export function generateBank(model: Model, options: GenerateOptions): GeneratedBank {
  const seed = String(options.seed);
  const view = viewOf(model, options.unitId);
  const builder = new BankBuilder(view, seed);
  handWrittenQuestions(builder);
  const terms = termSource(view);
  etiquetteQuestions(builder);
  ruleSetQuestions(builder);
  commitmentQuestions(builder, terms);
  normQuestions(builder, terms);
  processQuestions(builder);
  revisionQuestions(builder);
  serviceQuestions(builder);
  const counts = { ...EMPTY_COUNTS };
  for (const q of builder.questions) counts[q.kind]++;
  return {
    seed,
    ...(options.unitId === undefined ? {} : { unitId: options.unitId }),
    questions: builder.questions,
    rejections: builder.rejections,
    counts,
  };
}

// ------------------------------------------------------------------ revisions

/** One replacement in a wording's diff: the old words and the new words at the same place, in the new wording. */
interface Replacement {
  before: string;
  removed: string;
  added: string;
  after: string;
}

/** Every run of words the new wording put in place of old ones (5 → 3, 都应 → 宜), with the new wording around it. */
function replacements(parts: readonly DiffPart[]): Replacement[] {
  const newText = (list: readonly DiffPart[]): string => list.filter((p) => p.op !== 'removed').map((p) => p.text).join('');
  const out: Replacement[] = [];
  for (let i = 0; i + 1 < parts.length; i++) {
    const a = parts[i]!;
    const b = parts[i + 1]!;
    if (a.op === 'same' || b.op === 'same' || a.op === b.op) continue;
    out.push({ before: newText(parts.slice(0, i)), removed: a.op === 'removed' ? a.text : b.text, added: a.op === 'added' ? a.text : b.text, after: newText(parts.slice(i + 2)) });
    i++;
  }
  return out;
}

const STRENGTH_WORDS = Object.values(STRENGTH_LABEL_ZH);
const HAS_NUMBER = /\d/;

/** Where a changed item is, for a stem: 《窗口服务通用规范》4.2.3, 服务承诺“投诉答复”. */
function changedItemName(change: ItemChange): string {
  const n = change.new!;
  if (n.kind === 'clause') return `《${n.section.title}》${n.number ?? ''}`;
  if (n.kind === 'commitment') return `服务承诺“${n.label}”`;
  if (n.kind === 'conduct') return `${n.section.title}的举止要求`;
  return `${n.section.title}`;
}

/**
 * Questions that contrast the old and the new wording of the scope's current revision (本次修订),
 * where a number or a strength changed (5 → 3 个工作日, 应 → 宜) or a step's time limit: the
 * new wording with the changed words as the gap, the old value among the options, the change
 * in the explanation. Only items the bank's view shows in their new wording.
 */
function revisionQuestions(b: BankBuilder): void {
  const model = b.view.model;
  const current = currentScopeRevision(model, b.view.unitId ?? 'organisation');
  if (!current) return;
  for (const change of learnableChanges(current.scope)) {
    if (change.status !== 'changed') continue;
    const o = change.old!;
    const n = change.new!;
    const source = model.index[change.id]?.source;
    if (!source) continue;
    const rng = b.rng('revision-contrast', change.id);
    if (change.aspects.includes('time-limit') && o.fields['time-limit'] && n.fields['time-limit']) {
      const was = o.fields['time-limit'];
      const now = n.fields['time-limit'];
      const value = Number.parseFloat(now);
      const unit = now.replace(/^[\d.]+/, '');
      const wrong = Number.isFinite(value) ? plausibleWrongNumbers(value, unit).map((v) => `${formatNumber(v)}${unit}`) : [];
      const distractors = [was, ...chooseDistractors(now, [{ items: wrong.filter((d) => d !== was) }], rng, [], GENERATED_OPTION_COUNT - 2)];
      const explanation = `本次修订将“${n.label}”环节的时限由“${was}”改为“${now}”（${n.section.title}）。`;
      b.offer('revision-contrast', [change.id], { type: 'single', stem: `本次修订后，${n.section.title}中“${n.label}”环节的时限是？`, ...arrange(now, distractors, rng), explanation }, source);
      continue;
    }
    if (!change.diff) continue;
    // The strength first (what a reader must now do), else the first number that changed.
    const oldStrength = o.fields.strength;
    const newStrength = n.fields.strength;
    const all = replacements(change.diff);
    const strength = change.aspects.includes('strength') && oldStrength && newStrength ? all.find((x) => x.added.includes(newStrength) && x.removed.includes(oldStrength)) : undefined;
    const r = strength ?? all.find((x) => HAS_NUMBER.test(x.removed) && HAS_NUMBER.test(x.added) && /^[\d.]+$/.test(x.added.replace(/\D+$/, '')));
    if (!r) continue;
    let pool: string[];
    if (!strength) {
      const m = /[\d.]+/.exec(r.added)!;
      const value = Number.parseFloat(m[0]);
      pool = plausibleWrongNumbers(value, '').map((v) => r.added.replace(m[0], formatNumber(v)));
    } else {
      pool = STRENGTH_WORDS;
    }
    const clash = (x: string, y: string): boolean => x.includes(y) || y.includes(x);
    const distractors = [r.removed, ...chooseDistractors(r.added, [{ items: pool.filter((x) => !clash(x, r.removed)) }], rng, [], GENERATED_OPTION_COUNT - 2)];
    const where = changedItemName(change);
    const stem = `本次修订后，${where}：“${r.before}（　）${r.after}”括号处应为？`;
    const explanation = `本次修订将“${r.removed}”改为“${r.added}”。${where}：${n.wording}`;
    b.offer('revision-contrast', [change.id], { type: 'single', stem, ...arrange(r.added, distractors, rng), explanation }, source);
  }
}

/** Rejections counted by reason, for reports. */
export function rejectionCounts(bank: GeneratedBank): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of bank.rejections) out[r.reason] = (out[r.reason] ?? 0) + 1;
  return out;
}

export type { Question };
