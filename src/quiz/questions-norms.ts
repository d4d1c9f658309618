/** Questions on clauses and conduct rules: fill in a key term, true or false on the strength word. */
import type { SourceRef } from '../model/types.ts';
import { candidateTerms, GLOSSARY, negateStrength } from './text.ts';
import { hanWords } from './words.ts';
import { hanNumeralRegex, numberRegex } from './numbers.ts';
import { BLANK } from './types.ts';
import type { ModelView } from './view.ts';
import { type BankBuilder, type Recorder, sharedOffers } from './offers.ts';

/** At most this many fill-in questions per clause. */
const BLANKS_PER_CLAUSE = 2;

export interface TermSource {
  vocabulary: string[];
  rareWords: (word: string) => boolean;
}

/** Vocabulary worth blanking, and which words are distinctive (found in one provision or commitment only). */
export function termSource(view: ModelView): TermSource {
  const vocabulary = new Set<string>(GLOSSARY);
  for (const { clause } of view.clauses) clause.tags.forEach((t) => vocabulary.add(t));
  for (const { situation } of view.situations) vocabulary.add(situation.title);
  for (const set of view.etiquette) for (const rs of set.ruleSets) rs.items.forEach((i) => vocabulary.add(i));
  for (const role of view.model.roles) vocabulary.add(role.name);
  const documentFrequency = new Map<string, number>();
  const texts = [...view.clauses.map(({ clause }) => clause.text ?? ''), ...view.commitments.map((c) => c.text)];
  for (const text of texts)
    for (const word of new Set(hanWords(text))) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  return { vocabulary: [...vocabulary], rareWords: (word) => documentFrequency.get(word) === 1 };
}

/** Up to BLANKS_PER_CLAUSE fill-in questions on the key terms of a text. */
export function blankQuestions(
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
  for (const { term, origin, digits } of candidateTerms(text, { tags, ...terms })) {
    // A word that is merely rare makes a weaker blank: only when nothing better was found.
    if (accepted >= BLANKS_PER_CLAUSE || (origin === 'rare' && accepted > 0)) break;
    const match =
      origin !== 'number' ? undefined : digits ? hanNumeralRegex(term).exec(text) : numberRegex(term, '').exec(text);
    const at = match ? match.index : text.indexOf(term);
    const stem = text.slice(0, at) + BLANK + text.slice(at + term.length);
    const answer = [digits ? [term, digits] : [term]];
    if (b.offer(kind, [sourceId], { type: 'blank', stem, answer, explanation }, source)) accepted++;
  }
}

export function normQuestions(b: BankBuilder, terms: TermSource): void {
  for (const { clause, document } of b.view.clauses) {
    const text = clause.text as string;
    const where = `${document.title} ${clause.label}${clause.title ? ` ${clause.title}` : ''}`;
    const explanation = `${where}：${text}`;
    blankQuestions(b, 'norm-blank', clause.id, text, clause.tags, terms, explanation, clause.source);

    if (clause.strength !== undefined) {
      const flipped = negateStrength(text, clause.strength);
      if ('problem' in flipped) {
        b.reject('norm-truefalse', clause.id, { reason: 'wording-mismatch', detail: flipped.problem }, clause.source);
      } else {
        const truth = b.rng('norm-truefalse', clause.id).next() < 0.5;
        const statement = truth ? text : flipped.negated;
        b.offer(
          'norm-truefalse',
          [clause.id],
          { type: 'truefalse', stem: `判断正误：${statement}`, answer: truth, explanation },
          clause.source,
        );
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
      {
        type: 'truefalse',
        stem: `判断正误：${truth ? rule.text : flipped.negated}`,
        answer: truth,
        explanation: `礼仪规范：${rule.text}`,
      },
      rule.source,
    );
  }
}
