/**
 * How a generated question gets into a bank: the bank builder (offer, check, number, admit),
 * the checks every offer passes, distractors and option order, and offers recorded once per
 * model and replayed in every unit's bank.
 */
import type { Model, SourceRef } from '../model/types.ts';
import { rngFor, type Rng } from './random.ts';
import { normalise } from './text.ts';
import type { BankQuestion, GeneratedKind, QuestionKind, Rejection } from './types.ts';
import { BlankFacts, questionKey, validateQuestion, type Problem } from './validate.ts';
import type { ModelView } from './view.ts';
import { PER_UNIT_VALUE } from '../model/clauses.ts';

/** Options per generated choice question: the answer and three distractors. */
export const GENERATED_OPTION_COUNT = 4;
/** A question before its scope data is attached. */
type Draft =
  | { type: 'single'; stem: string; options: string[]; answer: number; explanation?: string }
  | { type: 'multiple'; stem: string; options: string[]; answer: number[]; explanation?: string }
  | { type: 'truefalse'; stem: string; answer: boolean; explanation?: string }
  | { type: 'blank'; stem: string; answer: string[][]; explanation?: string };

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

export class BankBuilder extends SeededMaker {
  readonly questions: BankQuestion[] = [];
  readonly rejections: Rejection[] = [];
  private readonly keys = new Set<string>();
  private readonly blanks = new BlankFacts();
  private readonly counters = new Map<string, number>();

  reject(kind: QuestionKind, sourceId: string, problem: Problem, source: SourceRef): void {
    this.rejections.push({ kind, sourceId, reason: problem.reason, detail: problem.detail, source });
  }

  /** Adds the question if it passes every check; returns whether it did. */
  offer(
    kind: GeneratedKind,
    sources: string[],
    draft: Draft,
    source: SourceRef,
    alsoCorrect: readonly string[] = [],
  ): boolean {
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

  /**
   * Adds a question unless an equal one is already in, or a blank asking the same answer from a
   * near-identical stem (a paper drawn from the bank would ask one fact twice); logs the duplicate.
   */
  admit(question: BankQuestion, key = questionKey(question)): boolean {
    const repeated = this.keys.has(key) ? question.stem : this.blanks.repeats(question);
    if (repeated !== undefined) {
      const sourceId = question.kind === 'hand' ? question.id : (question.sources[0] ?? question.id);
      const detail = repeated === question.stem ? question.stem : `${question.stem} ≈ ${repeated}`;
      this.reject(question.kind, sourceId, { reason: 'duplicate-question', detail }, question.source);
      return false;
    }
    this.keys.add(key);
    this.blanks.add(question);
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
  if (JSON.stringify(draft).includes(PER_UNIT_VALUE))
    return { rejections: [{ kind, sourceId, reason: 'per-unit-value', detail: draft.stem, source }] };
  const problems = validateQuestion(question, { minOptions: GENERATED_OPTION_COUNT, alsoCorrect });
  if (problems.length > 0) {
    return {
      rejections: dedupeProblems(problems).map((problem) => ({
        kind,
        sourceId,
        reason: problem.reason,
        detail: problem.detail,
        source,
      })),
    };
  }
  return { kind, sourceId, question, key: questionKey(question) };
}

export function dedupeProblems(problems: Problem[]): Problem[] {
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
export function chooseDistractors(
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
export function arrange(answer: string, distractors: string[], rng: Rng): { options: string[]; answer: number } {
  const options = rng.shuffle([answer, ...distractors]);
  return { options, answer: options.indexOf(answer) };
}

type Offered = CheckedOffer | { rejections: Rejection[] };

/** Makes offers the way a BankBuilder does, but only records them (checked, not numbered nor admitted). */
export class Recorder extends SeededMaker {
  readonly offers: Offered[] = [];

  reject(kind: QuestionKind, sourceId: string, problem: Problem, source: SourceRef): void {
    this.offers.push({ rejections: [{ kind, sourceId, reason: problem.reason, detail: problem.detail, source }] });
  }

  offer(
    kind: GeneratedKind,
    sources: string[],
    draft: Draft,
    source: SourceRef,
    alsoCorrect: readonly string[] = [],
  ): void {
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

export function sharedOffers(b: BankBuilder, name: string, make: (r: Recorder) => void): Offered[] {
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
