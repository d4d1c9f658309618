/**
 * The query sets of issue 14 are sound: large enough, split per category, every target exists
 * (in its own organisation), paraphrases and typos do not copy their target's wording. These checks
 * rank nothing: the held-aside sets stay unseen by the search engine until they are run.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../src/model/index.ts';
import { FIFTEENTH_HELD_ASIDE } from './search-queries/fifteenth-held-aside.ts';
import { FIFTH_HELD_ASIDE } from './search-queries/fifth-held-aside.ts';
import { FOURTEENTH_HELD_ASIDE } from './search-queries/fourteenth-held-aside.ts';
import { FOURTH_HELD_ASIDE } from './search-queries/fourth-held-aside.ts';
import { FRESH_HELD_ASIDE } from './search-queries/fresh-held-aside.ts';
import { EIGHTH_HELD_ASIDE } from './search-queries/eighth-held-aside.ts';
import { EIGHTEENTH_HELD_ASIDE } from './search-queries/eighteenth-held-aside.ts';
import { ELEVENTH_HELD_ASIDE } from './search-queries/eleventh-held-aside.ts';
import { HELD_ASIDE } from './search-queries/held-aside.ts';
import { NINETEENTH_HELD_ASIDE } from './search-queries/nineteenth-held-aside.ts';
import { NINTH_HELD_ASIDE } from './search-queries/ninth-held-aside.ts';
import { SEVENTEENTH_HELD_ASIDE } from './search-queries/seventeenth-held-aside.ts';
import { SEVENTH_HELD_ASIDE } from './search-queries/seventh-held-aside.ts';
import { SIXTEENTH_HELD_ASIDE } from './search-queries/sixteenth-held-aside.ts';
import { SIXTH_HELD_ASIDE } from './search-queries/sixth-held-aside.ts';
import { TENTH_HELD_ASIDE } from './search-queries/tenth-held-aside.ts';
import { parseTarget, targetText } from './search-queries/items.ts';
import { THIRD_HELD_ASIDE } from './search-queries/third-held-aside.ts';
import { THIRTEENTH_HELD_ASIDE } from './search-queries/thirteenth-held-aside.ts';
import { TWELFTH_HELD_ASIDE } from './search-queries/twelfth-held-aside.ts';
import { TWENTIETH_HELD_ASIDE } from './search-queries/twentieth-held-aside.ts';
import { TWENTY_FIRST_HELD_ASIDE } from './search-queries/twenty-first-held-aside.ts';
import { TWENTY_SECOND_HELD_ASIDE } from './search-queries/twenty-second-held-aside.ts';
import { TWENTY_THIRD_HELD_ASIDE } from './search-queries/twenty-third-held-aside.ts';
import { TWENTY_FOURTH_HELD_ASIDE } from './search-queries/twenty-fourth-held-aside.ts';
import { TUNING } from './search-queries/tuning.ts';
import { CATEGORIES, type SearchCase } from './search-queries/types.ts';
import type { Model } from '../src/model/types.ts';

/** Letters and digits only, lower case: spacing and punctuation do not make a query new. */
const compact = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join('');

/** Each organisation's model, loaded once for all the sets over it (six sets share three). */
const models = new Map<string, Promise<Model>>();
function modelOf(content: string): Promise<Model> {
  if (!models.has(content))
    models.set(
      content,
      loadModel(content).then((r) => r.model!),
    );
  return models.get(content)!;
}

describe('the search query set', async () => {
  const model = await modelOf('content');
  const all = [...TUNING, ...HELD_ASIDE];

  it('has at least 120 queries, every category with at least 30 % held aside', () => {
    expect(all.length).toBeGreaterThanOrEqual(120);
    for (const c of CATEGORIES) {
      const tuning = TUNING.filter((q) => q.category === c).length;
      const held = HELD_ASIDE.filter((q) => q.category === c).length;
      expect(tuning, c).toBeGreaterThan(0);
      expect(held / (tuning + held), c).toBeGreaterThanOrEqual(0.3);
    }
  });

  it('asks no query twice (within or across the parts)', () => {
    const keys = all.map((q) => `${q.query}|${JSON.stringify(q.filters ?? {})}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('names only targets that exist in the example', () => {
    for (const q of all) for (const t of q.targets) expect(targetText(model!, t), `${q.query} → ${t}`).toBeDefined();
  });

  it('words paraphrases and typos so that none is a substring of its target’s text', () => {
    for (const q of all.filter((x) => x.category === 'paraphrase' || x.category === 'typo')) {
      for (const t of q.targets)
        expect(compact(targetText(model!, t)!), `${q.query} → ${t}`).not.toContain(compact(q.query));
    }
  });
});

describe('the fresh held-aside query set', async () => {
  const orgs = await Promise.all(FRESH_HELD_ASIDE.map(async (o) => ({ ...o, model: await modelOf(o.content) })));
  const all = orgs.flatMap((o) => o.cases);

  it('has at least 72 queries, at least 12 per category, over three organisations', () => {
    expect(all.length).toBeGreaterThanOrEqual(72);
    for (const c of CATEGORIES) expect(all.filter((q) => q.category === c).length, c).toBeGreaterThanOrEqual(12);
    expect(new Set(orgs.map((o) => o.model.organisation.id)).size).toBe(3);
    for (const o of orgs)
      for (const c of CATEGORIES)
        expect(
          o.cases.some((q) => q.category === c),
          `${o.content} ${c}`,
        ).toBe(true);
  });

  it('asks no query twice, nor one of the first round on the same organisation', () => {
    for (const o of orgs) {
      const earlier = o.content === 'content' ? [...TUNING, ...HELD_ASIDE] : [];
      const keys = [...o.cases, ...earlier].map((q) => `${q.query}|${JSON.stringify(q.filters ?? {})}`);
      expect(new Set(keys).size, o.content).toBe(keys.length);
    }
  });

  it('names only targets and unit filters that exist in its organisation', () => {
    expectTargetsExist(orgs);
  });

  it('words paraphrases and typos so that none is a substring of its target’s text', () => {
    expectNoCopiedWording(orgs);
  });
});

describe('the third held-aside query set', async () => {
  const orgs = await Promise.all(THIRD_HELD_ASIDE.map(async (o) => ({ ...o, model: await modelOf(o.content) })));
  const all = orgs.flatMap((o) => o.cases);
  const fresh = new Map(FRESH_HELD_ASIDE.map((o) => [o.content, o.cases]));

  it('has at least 60 queries over three organisations, every category, most of them paraphrases and role queries', () => {
    expect(all.length).toBeGreaterThanOrEqual(60);
    expect(new Set(orgs.map((o) => o.model.organisation.id)).size).toBe(3);
    for (const c of CATEGORIES) expect(all.filter((q) => q.category === c).length, c).toBeGreaterThanOrEqual(5);
    const weighted = all.filter((q) => q.category === 'paraphrase' || q.category === 'role').length;
    expect(weighted / all.length).toBeGreaterThanOrEqual(0.6);
  });

  it('asks no query twice, nor one of an earlier round on the same organisation', () => {
    for (const o of orgs) {
      const earlier = [...(o.content === 'content' ? [...TUNING, ...HELD_ASIDE] : []), ...(fresh.get(o.content) ?? [])];
      const keys = [...o.cases, ...earlier].map((q) => `${q.query}|${JSON.stringify(q.filters ?? {})}`);
      expect(new Set(keys).size, o.content).toBe(keys.length);
    }
  });

  it('names only targets and filters that exist in its organisation', () => {
    expectTargetsExist(orgs);
  });

  it('words paraphrases and typos so that none is a substring of its target’s text', () => {
    expectNoCopiedWording(orgs);
  });
});

/** The held-aside rounds after the third, in the order they were written: none may repeat a query of an earlier round. */
const ROUNDS = [
  FRESH_HELD_ASIDE,
  THIRD_HELD_ASIDE,
  FOURTH_HELD_ASIDE,
  FIFTH_HELD_ASIDE,
  SIXTH_HELD_ASIDE,
  SEVENTH_HELD_ASIDE,
  EIGHTH_HELD_ASIDE,
  NINTH_HELD_ASIDE,
  TENTH_HELD_ASIDE,
  ELEVENTH_HELD_ASIDE,
  TWELFTH_HELD_ASIDE,
  THIRTEENTH_HELD_ASIDE,
  FOURTEENTH_HELD_ASIDE,
  FIFTEENTH_HELD_ASIDE,
  SIXTEENTH_HELD_ASIDE,
  SEVENTEENTH_HELD_ASIDE,
  EIGHTEENTH_HELD_ASIDE,
  NINETEENTH_HELD_ASIDE,
  TWENTIETH_HELD_ASIDE,
  TWENTY_FIRST_HELD_ASIDE,
  TWENTY_SECOND_HELD_ASIDE,
  TWENTY_THIRD_HELD_ASIDE,
  TWENTY_FOURTH_HELD_ASIDE,
];

describeRound(
  'fourth',
  'at least 120 queries over three organisations, every category in each, about 35 % paraphrases and 25 % role queries',
  (orgs) => expectSetShape(orgs, 0.23, 120, { paraphrase: 0.33, perOrganisation: 0 }),
);
describeRound(
  'fifth',
  'at least 120 queries, at least 40 per organisation, every category in each, about 40 % paraphrases, 25 % role',
  (orgs) => expectSetShape(orgs, 0.24),
);
describeRound(
  'sixth',
  'at least 126 queries, at least 40 per organisation, every category in each, about 40 % paraphrases, 27 % role',
  (orgs) => expectSetShape(orgs, 0.26, 126),
);
describeRound(
  'seventh',
  'at least 120 queries, at least 40 per organisation, every category in each, about 40 % paraphrases, 28 % role',
  (orgs) => expectSetShape(orgs, 0.27),
  { noSharedRun: true },
);
describeRound(
  'eighth',
  'at least 140 queries over four organisations (about 70 on the new one, 20 at least on each earlier one), every category in each, about 40 % paraphrases, 28 % role',
  (orgs) => {
    expectSetShape(orgs, 0.27, 140, { organisations: 4, perOrganisation: 20 });
    expect(orgs[0]!.cases.length).toBeGreaterThanOrEqual(70);
  },
  { noSharedRun: true },
);
describeRound(
  'ninth',
  'at least 170 queries over six organisations (about 80 on the new one, 20 at least on each earlier one), every category in each, about 40 % paraphrases, 27 % role',
  (orgs) => {
    expectSetShape(orgs, 0.26, 170, { organisations: 6, perOrganisation: 20 });
    expect(orgs[0]!.cases.length).toBeGreaterThanOrEqual(75);
  },
  { noSharedRun: true },
);
describeRound(
  'tenth',
  'at least 180 queries over seven organisations (about 80 on the new one, 18 at least on each earlier one), every category in each, about 40 % paraphrases, 27 % role',
  (orgs) => {
    expectSetShape(orgs, 0.26, 180, { organisations: 7, perOrganisation: 18 });
    expect(orgs[0]!.cases.length).toBeGreaterThanOrEqual(80);
  },
  { noSharedRun: true },
);
describeRound(
  'eighteenth',
  'at least 220 queries over fifteen organisations (about 90 on the new one, 12 at least on each earlier one), every category in each, about 38 % paraphrases, 28 % role',
  (orgs) => {
    expectSetShape(orgs, 0.27, 220, { organisations: 15, perOrganisation: 12 });
    expect(orgs[0]!.cases.length).toBeGreaterThanOrEqual(80);
  },
  { noSharedRun: true },
);
describeRound(
  'nineteenth',
  'at least 240 queries over sixteen organisations (about 85 on the new one, 12 at least on each earlier one), every category in each, about 38 % paraphrases, 29 % role',
  (orgs) => {
    expectSetShape(orgs, 0.28, 240, { organisations: 16, perOrganisation: 12 });
    expect(orgs[0]!.cases.length).toBeGreaterThanOrEqual(80);
  },
  { noSharedRun: true },
);
describeRound(
  'twentieth',
  'at least 260 queries over seventeen organisations (about 85 on the new one, 12 at least on each earlier one), every category in each, about 38 % paraphrases, 30 % role',
  (orgs) => {
    expectSetShape(orgs, 0.29, 260, { organisations: 17, perOrganisation: 12 });
    expect(orgs[0]!.cases.length).toBeGreaterThanOrEqual(80);
  },
  { noSharedRun: true },
);
describeRound(
  'twenty-first',
  'at least 280 queries over eighteen organisations (about 85 on the new one, 12 at least on each earlier one), every category in each, about 38 % paraphrases, 30 % role',
  (orgs) => {
    expectSetShape(orgs, 0.29, 280, { organisations: 18, perOrganisation: 12 });
    expect(orgs[0]!.cases.length).toBeGreaterThanOrEqual(80);
  },
  { noSharedRun: true },
);
describeRound(
  'twenty-second',
  'at least 290 queries over nineteen organisations (about 85 on the new one, 12 at least on each earlier one), every category in each, about 38 % paraphrases, 30 % role',
  (orgs) => {
    expectSetShape(orgs, 0.29, 290, { organisations: 19, perOrganisation: 12 });
    expect(orgs[0]!.cases.length).toBeGreaterThanOrEqual(80);
  },
  { noSharedRun: true },
);
describeRound(
  'twenty-third',
  'at least 290 queries over nineteen organisations (about 85 on the new one, 12 at least on each earlier one), every category in each, about 38 % paraphrases, 30 % role',
  (orgs) => {
    expectSetShape(orgs, 0.29, 290, { organisations: 19, perOrganisation: 12 });
    expect(orgs[0]!.cases.length).toBeGreaterThanOrEqual(80);
  },
  { noSharedRun: true },
);
describeRound(
  'twenty-fourth',
  'at least 320 queries over twenty-one organisations (about 90 on the new one, 12 at least on each earlier one), every category in each, about 38 % paraphrases, 30 % role',
  (orgs) => {
    expectSetShape(orgs, 0.29, 320, { organisations: 21, perOrganisation: 12 });
    expect(orgs[0]!.cases.length).toBeGreaterThanOrEqual(80);
  },
  { noSharedRun: true },
);
describeRound(
  'eleventh',
  'at least 150 queries over eight organisations (about 70 on the new one, 12 at least on each earlier one), every category in each, about 40 % paraphrases, 27 % role',
  (orgs) => {
    expectSetShape(orgs, 0.26, 150, { organisations: 8, perOrganisation: 12 });
    expect(orgs[0]!.cases.length).toBeGreaterThanOrEqual(65);
  },
  { noSharedRun: true },
);
describeRound(
  'twelfth',
  'at least 150 queries over nine organisations (about 70 on the new one, 12 at least on each earlier one), every category in each, about 40 % paraphrases, 28 % role',
  (orgs) => {
    expectSetShape(orgs, 0.27, 150, { organisations: 9, perOrganisation: 12 });
    expect(orgs[0]!.cases.length).toBeGreaterThanOrEqual(65);
  },
  { noSharedRun: true },
);
describeRound(
  'thirteenth',
  'at least 170 queries over ten organisations (about 70 on the new one, 12 at least on each earlier one), every category in each, about 40 % paraphrases, 28 % role',
  (orgs) => {
    expectSetShape(orgs, 0.27, 170, { organisations: 10, perOrganisation: 12 });
    expect(orgs[0]!.cases.length).toBeGreaterThanOrEqual(65);
  },
  { noSharedRun: true },
);
describeRound(
  'fourteenth',
  'at least 180 queries over eleven organisations (about 70 on the new one, 12 at least on each earlier one), every category in each, about 40 % paraphrases, 28 % role',
  (orgs) => {
    expectSetShape(orgs, 0.27, 180, { organisations: 11, perOrganisation: 12 });
    expect(orgs[0]!.cases.length).toBeGreaterThanOrEqual(65);
  },
  { noSharedRun: true },
);
describeRound(
  'fifteenth',
  'at least 190 queries over twelve organisations (about 70 on the new one, 12 at least on each earlier one), every category in each, about 40 % paraphrases, 28 % role',
  (orgs) => {
    expectSetShape(orgs, 0.27, 190, { organisations: 12, perOrganisation: 12 });
    expect(orgs[0]!.cases.length).toBeGreaterThanOrEqual(65);
  },
  { noSharedRun: true },
);
describeRound(
  'sixteenth',
  'at least 200 queries over thirteen organisations (about a third on the new one, 12 at least on each earlier one), every category in each, about 38 % paraphrases, 28 % role',
  (orgs) => {
    expectSetShape(orgs, 0.27, 200, { organisations: 13, perOrganisation: 12 });
    expect(orgs[0]!.cases.length).toBeGreaterThanOrEqual(70);
  },
  { noSharedRun: true },
);
describeRound(
  'seventeenth',
  'at least 220 queries over fourteen organisations (about 90 on the new one, 12 at least on each earlier one), every category in each, about 38 % paraphrases, 28 % role',
  (orgs) => {
    expectSetShape(orgs, 0.27, 220, { organisations: 14, perOrganisation: 12 });
    expect(orgs[0]!.cases.length).toBeGreaterThanOrEqual(80);
  },
  { noSharedRun: true },
);

/**
 * One held-aside round's soundness: its shape, no query repeated from it or an earlier round,
 * targets and filters that exist, paraphrases and typos that do not copy their target (from the
 * seventh round on, not even a run of three characters).
 */
function describeRound(
  ordinal: string,
  shape: string,
  expectShape: (orgs: readonly LoadedSet[]) => void,
  { noSharedRun = false } = {},
): void {
  const order = [
    'fresh',
    'third',
    'fourth',
    'fifth',
    'sixth',
    'seventh',
    'eighth',
    'ninth',
    'tenth',
    'eleventh',
    'twelfth',
    'thirteenth',
    'fourteenth',
    'fifteenth',
    'sixteenth',
    'seventeenth',
    'eighteenth',
    'nineteenth',
    'twentieth',
    'twenty-first',
    'twenty-second',
    'twenty-third',
    'twenty-fourth',
  ].indexOf(ordinal);
  describe(`the ${ordinal} held-aside query set`, async () => {
    const orgs = await Promise.all(ROUNDS[order]!.map(async (o) => ({ ...o, model: await modelOf(o.content) })));

    it(`has ${shape}`, () => {
      expectShape(orgs);
    });

    it('asks no query twice, nor one of an earlier round on any organisation (spacing and punctuation aside)', () => {
      const earlier = [...TUNING, ...HELD_ASIDE, ...ROUNDS.slice(0, order).flatMap((r) => r.flatMap((o) => o.cases))];
      expectNoRepeat(
        orgs.flatMap((o) => o.cases),
        earlier,
      );
    });

    it('names only targets and filters that exist in its organisation', () => {
      expectTargetsExist(orgs);
    });

    it('words paraphrases and typos so that none is a substring of its target’s text', () => {
      expectNoCopiedWording(orgs);
    });

    if (noSharedRun)
      it('words paraphrases so that none shares a run of three letters or digits with its target’s text', () => {
        expectNoSharedRun(orgs);
      });
  });
}

type LoadedSet = { content: string; cases: readonly SearchCase[]; model: Model };

/**
 * A held-aside set over the example and the two fixture organisations (the eighth: and a fourth,
 * new one): enough queries, at least 40 per organisation, every category in each, weighted to
 * paraphrases (≥ 38 %) and role queries.
 */
function expectSetShape(
  orgs: readonly LoadedSet[],
  roleShare: number,
  queries = 120,
  // The fourth set, written before the later sets' rule, asked for fewer paraphrases and no per-organisation count;
  // the eighth spreads its queries over four organisations, half of them on the new one.
  { paraphrase = 0.38, perOrganisation = 40, organisations = 3 } = {},
): void {
  const all = orgs.flatMap((o) => o.cases);
  const share = (c: string) => all.filter((q) => q.category === c).length / all.length;
  expect(all.length).toBeGreaterThanOrEqual(queries);
  expect(new Set(orgs.map((o) => o.model.organisation.id)).size).toBe(organisations);
  for (const o of orgs) expect(o.cases.length, o.content).toBeGreaterThanOrEqual(perOrganisation);
  for (const o of orgs)
    for (const c of CATEGORIES)
      expect(
        o.cases.some((q) => q.category === c),
        `${o.content} ${c}`,
      ).toBe(true);
  expect(share('paraphrase')).toBeGreaterThanOrEqual(paraphrase);
  expect(share('role')).toBeGreaterThanOrEqual(roleShare);
}

/** No query of `cases` is asked twice, nor is one of `earlier` (spacing and punctuation aside). */
function expectNoRepeat(cases: readonly SearchCase[], earlier: readonly SearchCase[]): void {
  const seen = new Set(earlier.map((q) => compact(q.query)));
  for (const q of cases) {
    expect(seen.has(compact(q.query)), q.query).toBe(false);
    seen.add(compact(q.query));
  }
}

/** Every target and unit or role filter of a query set exists in its organisation. */
function expectTargetsExist(orgs: readonly LoadedSet[]): void {
  for (const o of orgs) {
    for (const q of o.cases) {
      for (const t of q.targets) expect(targetText(o.model, t), `${o.content}: ${q.query} → ${t}`).toBeDefined();
      if (q.filters?.unit)
        expect(
          o.model.units.map((u) => u.id),
          q.query,
        ).toContain(q.filters.unit);
      if (q.filters?.role)
        expect(
          o.model.roles.map((r) => r.id),
          q.query,
        ).toContain(q.filters.role);
    }
  }
}

/** No paraphrase shares a run of three letters or digits with what the site shows for any of its targets. */
function expectNoSharedRun(orgs: readonly LoadedSet[]): void {
  for (const o of orgs)
    for (const q of o.cases.filter((x) => x.category === 'paraphrase'))
      for (const t of q.targets) {
        const shown = compact(shownText(o.model, t));
        const chars = [...compact(q.query)];
        const runs = chars.slice(0, -2).map((_, i) => chars.slice(i, i + 3).join(''));
        expect(
          runs.filter((r) => shown.includes(r)),
          `${q.query} → ${t}`,
        ).toEqual([]);
      }
}

/** What the site shows for a target; for a page section, the whole page (its text is not in targetText). */
function shownText(model: Model, target: string): string {
  const t = parseTarget(target);
  const page = t.heading === undefined ? undefined : model.pages.find((p) => p.slug === t.id);
  return page ? fs.readFileSync(page.file, 'utf8') : (targetText(model, target) ?? '');
}

/** Paraphrases and typos do not copy their target's words (else they test exact search). */
function expectNoCopiedWording(orgs: readonly LoadedSet[]): void {
  for (const o of orgs) {
    for (const q of o.cases.filter((x) => x.category === 'paraphrase' || x.category === 'typo')) {
      for (const t of q.targets)
        expect(compact(targetText(o.model, t)!), `${q.query} → ${t}`).not.toContain(compact(q.query));
    }
  }
}
