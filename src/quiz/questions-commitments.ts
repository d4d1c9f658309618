/** Questions on commitments: their targets (time limits, amounts) and fill-in wording. */
import type { Commitment, Comparator } from '../model/types/commitments.ts';
import { commitmentKindWord } from '../model/wording.ts';
import { formatNumber, numberRegex, plausibleWrongNumbers } from './numbers.ts';
import { BLANK } from './types.ts';
import { arrange, type BankBuilder, chooseDistractors } from './offers.ts';
import { blankQuestions, type TermSource } from './questions-norms.ts';

const COMPARATOR_SYMBOL: Record<Comparator, string> = { le: '≤', lt: '<', ge: '≥', gt: '>', eq: '=' };
const COMPARATOR_WORD: Record<Comparator, string> = { le: '不超过', lt: '少于', ge: '不低于', gt: '高于', eq: '为' };

function withUnit(value: string, unit: string): string {
  if (unit === '') return value;
  return /^[\p{Script=Han}%％]/u.test(unit) ? `${value}${unit}` : `${value} ${unit}`;
}

/**
 * A promise without a number (办事材料一次告诉您，不让您多跑一趟) is one staff must know by name, as
 * the public asks for it: which commitment is it? Asked among the other commitments' titles — and
 * the only question such a promise gets when it has no word worth a blank.
 */
function titleQuestion(b: BankBuilder, commitment: Commitment, kind: string, explanation: string): void {
  const title = commitment.title;
  if (title === undefined) return;
  // Other public promises first (an internal standard among them is an easy guess), then the rest.
  const others = (same: boolean): string[] =>
    b.view.commitments.flatMap((c) =>
      c.id !== commitment.id && c.title && (c.public === commitment.public) === same ? [c.title] : [],
    );
  const rng = b.rng('commitment-title', commitment.id);
  const distractors = chooseDistractors(title, [{ items: others(true) }, { items: others(false) }], rng);
  b.offer(
    'commitment-title',
    [commitment.id],
    { type: 'single', stem: `“${commitment.text}”是哪一项${kind}？`, ...arrange(title, distractors, rng), explanation },
    commitment.source,
  );
}

export function commitmentQuestions(b: BankBuilder, terms: TermSource): void {
  const titles = new Map<string, number>();
  for (const c of b.view.commitments) if (c.title) titles.set(c.title, (titles.get(c.title) ?? 0) + 1);

  for (const commitment of b.view.commitments) {
    const target = commitment.target;
    // An internal one (public: false) is asked as what staff know it as, not as a public promise.
    const kind = commitmentKindWord(commitment);
    if (!target) {
      const explanation = `${kind}「${commitment.title ?? commitment.text}」：${commitment.text}`;
      blankQuestions(b, 'commitment-fill', commitment.id, commitment.text, [], terms, explanation, commitment.source);
      titleQuestion(b, commitment, kind, explanation);
      continue;
    }
    const value = formatNumber(target.value);
    const occurrences = [...commitment.text.matchAll(numberRegex(value))];
    const label = commitment.title ?? commitment.text;
    const explanation = `${kind}「${label}」：${commitment.text}（目标 ${target.display}）`;
    const rng = b.rng('commitment-target', commitment.id);
    const wrong = plausibleWrongNumbers(target.value, target.unit).map(formatNumber);

    if (commitment.title !== undefined && (titles.get(commitment.title) ?? 0) > 1 && occurrences.length !== 1) {
      b.reject(
        'commitment-target',
        commitment.id,
        { reason: 'ambiguous-stem', detail: `two commitments titled “${commitment.title}”` },
        commitment.source,
      );
      continue;
    }

    // Choice: the number with its unit, in the text's own wording where the number appears once.
    if (occurrences.length === 1) {
      const at = occurrences[0]?.index ?? 0;
      const rest = commitment.text.slice(at + value.length);
      const unitFollows = target.unit !== '' && rest.trimStart().startsWith(target.unit);
      const after = unitFollows ? rest.trimStart().slice(target.unit.length) : rest;
      const stem = `${kind}“${commitment.text.slice(0, at)}（　）${after}”中，括号处应为？`;
      const show = (v: string): string => (unitFollows ? withUnit(v, target.unit) : v);
      const distractors = chooseDistractors(
        show(value),
        [{ items: wrong.slice(0, 4).map(show) }, { items: wrong.slice(4).map(show) }],
        rng,
      );
      b.offer(
        'commitment-target',
        [commitment.id],
        { type: 'single', stem, ...arrange(show(value), distractors, rng), explanation },
        commitment.source,
      );
    } else {
      const show = (v: string): string => `${COMPARATOR_SYMBOL[target.comparator]} ${withUnit(v, target.unit)}`;
      const distractors = chooseDistractors(
        show(value),
        [{ items: wrong.slice(0, 4).map(show) }, { items: wrong.slice(4).map(show) }],
        rng,
      );
      const stem = `${kind}「${label}」的目标值是？`;
      b.offer(
        'commitment-target',
        [commitment.id],
        { type: 'single', stem, ...arrange(show(value), distractors, rng), explanation },
        commitment.source,
      );
    }

    // Fill-in of the number.
    offerTargetFill(b, commitment, value, occurrences, label, explanation);
  }
}

/** The fill-in question of a commitment's target number: in its own text where the number appears once. */
function offerTargetFill(
  b: BankBuilder,
  commitment: Commitment,
  value: string,
  occurrences: readonly RegExpMatchArray[],
  label: string,
  explanation: string,
): void {
  const target = commitment.target!;
  let stem: string;
  if (occurrences.length === 1) {
    const at = occurrences[0]?.index ?? 0;
    stem = commitment.text.slice(0, at) + BLANK + commitment.text.slice(at + value.length);
  } else if (occurrences.length === 0) {
    stem = `${commitmentKindWord(commitment)}「${label}」：目标${COMPARATOR_WORD[target.comparator]} ${BLANK}${target.unit}。`;
  } else {
    b.reject(
      'commitment-fill',
      commitment.id,
      { reason: 'blank-in-stem', detail: `“${value}” appears ${occurrences.length} times in “${commitment.text}”` },
      commitment.source,
    );
    return;
  }
  b.offer(
    'commitment-fill',
    [commitment.id],
    { type: 'blank', stem, answer: [[value]], explanation },
    commitment.source,
  );
}
