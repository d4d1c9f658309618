/**
 * Fill-in-the-blank questions as a clerk meets them on a paper (found on tingzhou-transport's
 * papers, checked on every organisation): a blank never takes half a word (____场所 of
 * 营业场所); a paper does not ask the same fact twice from near-identical stems; an internal
 * commitment (public: false) is not asked as a 服务承诺.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModelOrThrow } from '../src/model/index.ts';
import type { Model } from '../src/model/types.ts';
import { scopeView } from '../src/model/view.ts';
import { citeLabels } from '../src/print/quiz-assembly.ts';
import { BLANK, type BankQuestion, DEFAULT_SEED, generateBank } from '../src/quiz/index.ts';
import { candidateTerms, normalise } from '../src/quiz/text.ts';
import { EXAMPLE_AND_FIXTURE_ORGS } from './support/orgs.ts';

const models = new Map<string, Model>();
beforeAll(async () => {
  for (const org of EXAMPLE_AND_FIXTURE_ORGS) models.set(org, await loadModelOrThrow(org));
});

/** The group's bank and every unit's: each is what some paper or practice page is drawn from. */
const bankCache = new Map<Model, { scope: string; questions: BankQuestion[] }[]>();
function banks(model: Model): { scope: string; questions: BankQuestion[] }[] {
  let out = bankCache.get(model);
  if (!out) {
    out = [undefined, ...model.units.map((u) => u.id)].map((unitId) => ({
      scope: unitId ?? 'group',
      questions: generateBank(model, { seed: DEFAULT_SEED, ...(unitId ? { unitId } : {}) }).questions,
    }));
    bankCache.set(model, out);
  }
  return out;
}

/**
 * Compound words blanks were seen to cut in these organisations' clauses and commitments (营业|场所,
 * 收费|亭, 招呼|站, 首问|责任|人, 一次性告知|单, 穿鞋|套 …): ICU splits them all.
 */
const WORDS_SEEN_CUT = [
  '营业场所',
  '招呼站',
  '收费亭',
  '收费员',
  '首问责任人',
  '一次性告知单',
  '交接单',
  '鞋套',
  '门诊导诊台',
  '讲解员',
  '急救箱',
  '报站器',
  '录音录像区',
  '饮用水',
  '复检办法',
  '当班期间',
  '私下',
  '实名',
  '台面',
  '逾重行李票',
];

describe('a blank covers whole words', () => {
  it.each(EXAMPLE_AND_FIXTURE_ORGS)('%s: no generated blank takes part of a word', (org) => {
    const cut: string[] = [];
    for (const { scope, questions } of banks(models.get(org)!)) {
      for (const q of questions) {
        if (q.type !== 'blank' || !q.generated) continue;
        const at = q.stem.indexOf(BLANK);
        const answer = q.answer[0]![0]!;
        const text = q.stem.slice(0, at) + answer + q.stem.slice(at + BLANK.length);
        const end = at + answer.length;
        for (const word of WORDS_SEEN_CUT)
          for (let w = text.indexOf(word); w !== -1; w = text.indexOf(word, w + 1)) {
            const overlaps = w < end && at < w + word.length;
            const covers = at <= w && w + word.length <= end;
            if (overlaps && !covers) cut.push(`${scope}: ${q.stem} (${answer})`);
          }
      }
    }
    expect([...new Set(cut)]).toEqual([]);
  });

  it('leaves a rare word that is half a compound, or a term followed by a bound character', () => {
    const rare = { tags: [], vocabulary: [], rareWords: () => true };
    const terms = (text: string, vocabulary: string[] = []) =>
      candidateTerms(text, { ...rare, vocabulary }).map((t) => t.term);
    expect(terms('营业场所宜常备轮椅、老花镜和雨伞，供客户免费借用。')).not.toContain('营业');
    expect(terms('招呼站无候车室的，引导员应提醒旅客在黄线以内候车。')).not.toContain('招呼');
    expect(terms('当班期间不得在窗口内使用手机聊天。')).not.toContain('期间');
    expect(terms('收费亭内不得使用私人手机。', ['收费'])).not.toContain('收费');
    // Whole terms stay: a known term ICU does not know (工号牌), a word between a strength word and a 、.
    expect(terms('上岗应在左胸佩戴工号牌，窗口台面摆放信息牌。', ['工号牌'])).toContain('工号牌');
    expect(terms('严禁泄露、复印留存客户的身份证件。')).toContain('泄露');
  });
});

/** Character pairs of a stem, its blank as one mark, without punctuation. */
function pairs(stem: string): Set<string> {
  const chars = [...normalise(stem.split(BLANK).join('□')).replace(/[\p{P}\s]/gu, '')];
  return new Set(chars.slice(1).map((c, i) => chars[i]! + c));
}

describe('one fact is asked once', () => {
  it.each(EXAMPLE_AND_FIXTURE_ORGS)('%s: no bank holds two blanks with one answer and near-identical stems', (org) => {
    const twice: string[] = [];
    for (const { scope, questions } of banks(models.get(org)!)) {
      const blanks = questions.filter((q) => q.type === 'blank');
      blanks.forEach((a, i) => {
        for (const b of blanks.slice(i + 1)) {
          const answers = new Set(a.answer.flat().map(normalise));
          if (!b.answer.flat().some((x) => answers.has(normalise(x)))) continue;
          const [pa, pb] = [pairs(a.stem), pairs(b.stem)];
          const shared = [...pa].filter((p) => pb.has(p)).length;
          // Three quarters of the shorter stem's pairs: 发车前退票在____分钟内办结 / 发车前退票的，应在____分钟内办结.
          if (shared >= 0.75 * Math.min(pa.size, pb.size)) twice.push(`${scope}: ${a.stem} | ${b.stem}`);
        }
      });
    }
    expect(twice).toEqual([]);
  });

  it('asks the refund time of 彭口 (20 minutes) in one blank, not in the commitment, the clause and the hand-written question each', () => {
    const model = models.get('test/fixtures/orgs/tingzhou-transport')!;
    const bank = generateBank(model, { seed: DEFAULT_SEED, unitId: 'tz-coach-pengkou' });
    const refund = bank.questions.filter(
      (q) =>
        q.type === 'blank' && q.answer[0]?.includes('20') && q.stem.startsWith('发车前') && q.stem.includes('退票'),
    );
    expect(refund.map((q) => q.stem)).toEqual(['发车前退票的，应在____分钟内办结。']);
    expect(bank.rejections.some((r) => r.reason === 'duplicate-question' && r.detail.includes(' ≈ '))).toBe(true);
  });
});

describe('an internal commitment is asked as what it is', () => {
  it.each(EXAMPLE_AND_FIXTURE_ORGS)(
    '%s: never as a 服务承诺, named as the unit page names it (内部服务标准)',
    (org) => {
      const model = models.get(org)!;
      const wrong: string[] = [];
      let asked = 0;
      let kept = 0;
      for (const { scope, questions } of banks(model)) {
        const view = scopeView(model, scope === 'group' ? undefined : scope);
        const internal = new Set(view.internalCommitments.map((c) => c.id));
        kept += internal.size;
        for (const q of questions) {
          if (!q.generated || !q.sources.some((id) => internal.has(id))) continue;
          asked++;
          const said = `${q.stem} ${q.explanation ?? ''}`;
          if (said.includes('服务承诺') || !q.explanation?.startsWith('内部服务标准「'))
            wrong.push(`${scope}: ${said}`);
        }
      }
      // Every organisation but three-level-power keeps one; its questions are asked.
      if (kept > 0) expect(asked).toBeGreaterThan(0);
      expect(wrong).toEqual([]);
    },
  );

  it('the answer key says where to look it up: 内部服务标准, not 服务承诺', () => {
    const cite = citeLabels(models.get('test/fixtures/orgs/tingzhou-transport')!, 'tz-coach-pengkou');
    expect(cite(['c-staff-training'])).toBe('内部服务标准：岗前培训');
    expect(cite(['c-coach-refund'])).toBe('服务承诺：退票办结');
  });
});
