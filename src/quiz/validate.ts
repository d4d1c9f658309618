/**
 * Ambiguity checks shared by generated and hand-written questions.
 * A question that fails any of them is kept out of the bank and logged.
 */
import { BLANK, type BankQuestion, type RejectionReason } from './types.ts';
import { countOccurrences, normalise } from './text.ts';
import type { Question } from '../model/types/quiz.ts';

export interface Problem {
  reason: RejectionReason;
  detail: string;
}

export interface ValidateOptions {
  /** Fewest options a choice question may have (generated questions ask for 4). */
  minOptions?: number;
  /** Texts that would also be a right answer (e.g. the other phrases of the same situation). */
  alsoCorrect?: readonly string[];
}

function contains(a: string, b: string): boolean {
  const na = normalise(a);
  const nb = normalise(b);
  return na !== nb && (na.includes(nb) || nb.includes(na));
}

/** Every reason this question is unsound; empty when it is fine. */
export function validateQuestion(question: Question | BankQuestion, options: ValidateOptions = {}): Problem[] {
  const problems: Problem[] = [];
  if (question.type === 'single' || question.type === 'multiple') {
    const correct = question.type === 'single' ? [question.answer] : question.answer;
    const { options: texts } = question;
    if (
      correct.length === 0 ||
      correct.some((i) => !Number.isInteger(i) || i < 0 || i >= texts.length) ||
      new Set(correct).size !== correct.length
    ) {
      problems.push({
        reason: 'bad-answer',
        detail: `answer ${JSON.stringify(question.answer)} with ${texts.length} options`,
      });
      return problems;
    }
    const distinct = new Set(texts.map(normalise));
    if (distinct.size !== texts.length) {
      const dupes = texts.filter((t, i) => texts.findIndex((u) => normalise(u) === normalise(t)) !== i);
      problems.push({ reason: 'duplicate-options', detail: dupes.join(' | ') });
    }
    const min = options.minOptions ?? 2;
    if (distinct.size < min)
      problems.push({ reason: 'too-few-options', detail: `${distinct.size} distinct, ${min} required` });
    if (question.type === 'multiple' && correct.length === texts.length) {
      problems.push({ reason: 'too-few-options', detail: 'every option is correct' });
    }
    for (const c of correct) {
      for (let i = 0; i < texts.length; i++) {
        if (correct.includes(i)) continue;
        const answerText = texts[c] as string;
        const other = texts[i] as string;
        if (contains(answerText, other))
          problems.push({ reason: 'substring-option', detail: `“${other}” / “${answerText}”` });
      }
    }
    if (question.type === 'single') {
      const answerText = normalise(texts[question.answer] as string);
      if (answerText.length >= 2 && normalise(question.stem).includes(answerText)) {
        problems.push({ reason: 'answer-in-stem', detail: `“${texts[question.answer]}”` });
      }
    }
    const also = new Set((options.alsoCorrect ?? []).map(normalise));
    for (let i = 0; i < texts.length; i++) {
      if (!correct.includes(i) && also.has(normalise(texts[i] as string))) {
        problems.push({ reason: 'equally-true', detail: `“${texts[i]}” is also right` });
      }
    }
  } else if (question.type === 'blank') {
    const blanks = question.stem.split(BLANK).length - 1;
    if (blanks === 0) problems.push({ reason: 'no-blank', detail: question.stem });
    else if (blanks !== question.answer.length) {
      problems.push({ reason: 'bad-answer', detail: `${blanks} blanks, ${question.answer.length} answers` });
    }
    const stemWithoutBlanks = question.stem.split(BLANK).join('\u3000');
    for (const accepted of question.answer) {
      if (accepted.length === 0) problems.push({ reason: 'bad-answer', detail: 'a blank without an answer' });
      for (const answer of accepted) {
        if (countOccurrences(stemWithoutBlanks, answer) > 0)
          problems.push({ reason: 'blank-in-stem', detail: `“${answer}” is in the stem` });
      }
    }
  }
  return problems;
}

/** Key under which two questions count as the same question. */
export function questionKey(question: Question): string {
  const options =
    question.type === 'single' || question.type === 'multiple'
      ? [...question.options].map(normalise).sort().join('\u241f')
      : '';
  return `${question.type}\u241e${normalise(question.stem)}\u241e${options}`;
}

/**
 * Blanks taking the same answer from stems this alike ask one fact twice (发车前退票在____分钟内办结
 * beside 发车前退票的，应在____分钟内办结): the share of the shorter stem's character pairs the
 * other has too. Below it, a shared frame (应在受理后____个工作日内) with a different subject.
 */
const NEAR_STEM = 0.75;

/** Every unit's bank holds mostly the same stems: their pairs are worked out once. */
const pairCache = new Map<string, ReadonlySet<string>>();
const PAIR_CACHE_MAX = 100_000;
function characterPairs(stem: string): ReadonlySet<string> {
  let pairs = pairCache.get(stem);
  if (!pairs) {
    const chars = [...normalise(stem.split(BLANK).join('□')).replace(/[\p{P}\s]/gu, '')];
    const out = new Set<string>();
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
    if (pairCache.size >= PAIR_CACHE_MAX) pairCache.clear();
    pairCache.set(stem, out);
    pairs = out;
  }
  return pairs;
}

/** The blank questions a bank holds, by answer: to keep one fact from being asked twice. */
export class BlankFacts {
  private readonly byAnswer = new Map<string, { stem: string; pairs: ReadonlySet<string> }[]>();

  /** The stem of a blank already held that asks the same as this one, if any. */
  repeats(question: Question): string | undefined {
    if (question.type !== 'blank') return undefined;
    const pairs = characterPairs(question.stem);
    for (const answer of new Set(question.answer.flat().map(normalise)))
      for (const held of this.byAnswer.get(answer) ?? []) {
        let shared = 0;
        for (const pair of pairs) if (held.pairs.has(pair)) shared++;
        if (shared >= NEAR_STEM * Math.min(pairs.size, held.pairs.size)) return held.stem;
      }
    return undefined;
  }

  add(question: Question): void {
    if (question.type !== 'blank') return;
    const held = { stem: question.stem, pairs: characterPairs(question.stem) };
    for (const answer of new Set(question.answer.flat().map(normalise))) {
      const list = this.byAnswer.get(answer);
      if (list) list.push(held);
      else this.byAnswer.set(answer, [held]);
    }
  }
}
