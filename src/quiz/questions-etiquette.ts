/** Questions on etiquette: standard and forbidden phrases, and rule sets recited with an item left out. */
import type { Phrase } from '../model/types/etiquette.ts';
// The slots as every output shows them (收到您〔金额〕元): also told apart from an answer's blank （　）.
import { phraseDisplay } from '../model/wording.ts';
import { BLANK } from './types.ts';
import type { PhraseEntry } from './view.ts';
import { hanRuns, overlaps } from './alike.ts';
import { arrange, type BankBuilder, chooseDistractors, type Recorder, sharedOffers } from './offers.ts';

export function etiquetteQuestions(b: BankBuilder): void {
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
      text = phraseDisplay(p.text);
      rendered.set(p, text);
    }
    return text;
  };
  const allPhrases = phrases.map((p) => render(p.phrase));
  const allForbidden = forbidden.map((p) => render(p.phrase));
  offerPhrases(r, render, allForbidden);
  offerForbidden(r, render, allPhrases, allForbidden);
}

/**
 * A standard phrase question per phrase: which is the phrase for this situation (other sets'
 * phrases first as distractors). A phrase of a situation that reads like this one — another
 * set's title sharing two characters (接听电话, 总台接听电话), or phrases sharing three (请问您) — may be
 * right here too, and is never a wrong option: when two sets apply to one unit (the group's
 * counter etiquette and its hotel's), their greetings are both the unit's own.
 */
function offerPhrases(r: Recorder, render: (p: Phrase) => string, allForbidden: string[]): void {
  const { phrases } = r.view;
  const pools = new Map<string, { otherSet: string[]; sameSet: string[] }>();
  // Runs of every title (two characters) and phrase (three), made once.
  const runs = new Map<string, Set<string>>();
  const runsOf = (text: string, n: number): Set<string> => {
    let found = runs.get(`${n}\u241f${text}`);
    if (!found) runs.set(`${n}\u241f${text}`, (found = hanRuns(text, n)));
    return found;
  };

  // Each phrase's text and runs, looked up once: every situation's pool goes through every phrase
  // (at 100×, looking them up by key for each pair was a tenth of the group's banks).
  const texts = phrases.map((p) => render(p.phrase));
  const titleRuns = phrases.map((p) => runsOf(p.situation.title, 2));
  const textRuns = texts.map((t) => runsOf(t, 3));

  for (const entry of phrases) {
    const { phrase, situation } = entry;
    const answer = render(phrase);
    const ownPhrases = situation.phrases.map(render);
    const situationKey = `${entry.set.id}\u241f${situation.id}`;
    let pool = pools.get(situationKey);
    if (!pool) {
      const title = runsOf(situation.title, 2);
      const said = new Set(ownPhrases.flatMap((t) => [...runsOf(t, 3)]));
      // Titles only across sets: one set's situations are told apart by their author (乘客上车, 乘客问路).
      const otherSet: string[] = [];
      const sameSet: string[] = [];
      phrases.forEach((p, i) => {
        if (p.situation === situation) return;
        const same = p.set.id === entry.set.id;
        if (!same && overlaps(title, titleRuns[i]!)) return;
        if (overlaps(said, textRuns[i]!)) return;
        (same ? sameSet : otherSet).push(texts[i]!);
      });
      pool = { otherSet, sameSet };
      pools.set(situationKey, pool);
    }
    const { otherSet, sameSet } = pool;
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
    const draft = {
      type: 'single' as const,
      stem: `${whenIn(situation.title)}，服务人员应使用的规范用语是？`,
      ...arrange(answer, distractors, rng),
    };
    r.offer(
      'etiquette-phrase',
      [phrase.id],
      {
        ...draft,
        explanation: `「${situation.title}」的规范用语：${answer}${phrase.note ? `（${phrase.note}）` : ''}`,
      },
      phrase.source,
      ownPhrases.filter((t) => t !== answer),
    );
  }
}

/** A forbidden phrase question per phrase: which of these may not be said (with what to say instead). */
function offerForbidden(
  r: Recorder,
  render: (p: Phrase) => string,
  allPhrases: string[],
  allForbidden: string[],
): void {
  const { phrases, forbidden } = r.view;
  const phraseById = new Map<string, PhraseEntry>();
  for (const p of phrases) if (!phraseById.has(p.phrase.id)) phraseById.set(p.phrase.id, p);
  for (const entry of forbidden) {
    const { phrase, situation } = entry;
    const answer = render(phrase);
    const rng = r.rng('etiquette-forbidden', phrase.id);
    const distractors = chooseDistractors(
      answer,
      [{ items: situation.phrases.map(render), max: 2 }, { items: allPhrases }],
      rng,
      allForbidden,
    );
    const instead = phrase.instead === undefined ? undefined : phraseById.get(phrase.instead);
    const explanation = `「${answer}」是服务忌语${instead ? `，应改说「${render(instead.phrase)}」` : ''}。`;
    r.offer(
      'etiquette-forbidden',
      [phrase.id],
      {
        type: 'single',
        stem: `${whenIn(situation.title)}，下列哪一句是不得使用的服务忌语？`,
        ...arrange(answer, distractors, rng),
        explanation,
      },
      phrase.source,
    );
  }
}

// ------------------------------------------------------------------ rule sets

/** Rule sets are learnt by heart (会说会背): recite the set with one item left out. */
export function ruleSetQuestions(b: BankBuilder): void {
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
          {
            type: 'blank',
            stem: `「${ruleSet.title}」：${recited}。`,
            answer: [[answer]],
            explanation: `「${ruleSet.title}」：${ruleSet.items.join('、')}。`,
          },
          ruleSet.source,
        );
      });
    }
  }
}

/**
 * A situation as the time a question asks about: 「收费」时, but 「办不成时」 — a title that already
 * says when (…时, …时候) takes no second 时 (papers asked 「办不成时」时，…).
 */
export function whenIn(title: string): string {
  return /(时|时候)$/.test(title) ? `「${title}」` : `「${title}」时`;
}
