/** Search tokens, query analysis, scoring, records and the island's data, without a browser. */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../src/model/index.ts';
import { scoreSheets } from '../src/model/scoresheet.ts';
import { unitView } from '../src/model/view.ts';
import { SynonymsFile } from '../src/model/schema/synonyms.ts';
import { decodeGroup, encodeGroup } from '../src/search/group.ts';
import { type Hit, onePerItem, pagefindFilters, unitOf } from '../src/search/engine.ts';
import { splitPage } from '../src/search/page-sections.ts';
import { parseCharTable, pieceKeys, shardOf } from '../src/search/pinyin-key.ts';
import { answered, intentsOf, kindShare } from '../src/search/intent.ts';
import { analyzeQuery, foldText, isSentence } from '../src/search/query.ts';
import { addSoundAlikes, keepRareStandIns, reduceUnfoundSplits } from '../src/search/query-fallbacks.ts';
import { roleWords, shortNames } from '../src/search/role-words.ts';
import { scoreItem, TIER, type IndexStats } from '../src/search/rank.ts';
import { buildSearchRecords, groupRecords, RECORD_KINDS, toPagefindRecord } from '../src/search/records.ts';
import { foldPairs, readings, writeSearchData, type SearchMeta } from '../src/search/search-data.ts';
import { suggest } from '../src/search/suggest.ts';
import { defaultSynonymGroups, defaultSynonymsFile, synonymGroups } from '../src/search/synonyms.ts';
import { compact, hanTerm, indexTokens, joinListedChars, loneTerm, numberTerm } from '../src/search/tokens.ts';
import { parse } from 'yaml';
import { builtOrganisation } from './support/built.ts';
import { suiteTempDir } from './support/temp-dir.ts';

const segment = (() => {
  const s = new Intl.Segmenter('zh', { granularity: 'word' });
  return (t: string) => [...s.segment(t)].map((x) => x.segment);
})();

describe('tokens', () => {
  it('write every Han bigram of a text, and each run’s last character, as one ASCII word', () => {
    const tokens = indexTokens('收取现金时应唱收唱付，当面点清。');
    for (const piece of ['唱收', '收唱', '唱付', '当面', '点清']) expect(tokens).toContain(hanTerm(piece));
    // A run's last character alone, as a term no two-character piece's term starts with.
    for (const ch of ['付', '清']) expect(tokens).toContain(loneTerm(ch));
    expect(loneTerm('付').startsWith(hanTerm('付'))).toBe(true);
    for (const t of tokens) if (t !== loneTerm('付')) expect(loneTerm('付').startsWith(t)).toBe(false);
    expect(tokens).not.toContain(hanTerm('付当'));
    for (const t of tokens) expect(t).toMatch(/^[a-z0-9_]+$/);
    // A character is a prefix of every bigram it starts.
    expect(hanTerm('唱收').startsWith(hanTerm('唱'))).toBe(true);
  });

  it('join a word spelled out with enumeration commas (吃、拿、卡、要), not a list of words', () => {
    expect(joinListedChars('向客户吃、拿、卡、要，严禁')).toBe('向客户吃拿卡要，严禁');
    expect(joinListedChars('老花镜、饮用水、雨伞')).toBe('老花镜、饮用水、雨伞');
    const tokens = indexTokens('严禁向客户吃、拿、卡、要');
    for (const piece of ['吃拿', '拿卡', '卡要']) expect(tokens).toContain(hanTerm(piece));
    expect(indexTokens('老花镜、饮用水')).not.toContain(hanTerm('镜饮'));
    // The ranker sees the same pieces as the index.
    const stats: IndexStats = { df: () => 1, records: 100, avgLength: 30 };
    const q = analyzeQuery('吃拿', { segment });
    expect(
      scoreItem(q, { title: '4.1.2', content: '严禁向客户吃、拿、卡、要', extra: '', rank: 0 }, stats).score,
    ).toBeGreaterThan(0);
  });

  it('index digit suffixes, numbers joined across separators, and clause numbers apart from digits', () => {
    const tokens = indexTokens('报修电话0791-86608110，压力0.28兆帕，14:30 回访', '9.7');
    expect(tokens).toEqual(
      expect.arrayContaining(['86608110', '08110', '079186608110', '028', '1430', numberTerm('9.7')]),
    );
    expect(numberTerm('9.7')).not.toBe('97');
    expect(compact('谁受理、谁负责')).toBe('谁受理谁负责');
  });
});

describe('query analysis', () => {
  it('folds full-width and traditional characters before anything else', () => {
    const fold = new Map([
      ['熱', '热'],
      ['線', '线'],
    ]);
    expect(foldText('ＥＴＣ 熱線', fold)).toBe('etc 热线');
    expect(analyzeQuery('９５５９８').pieces.map((p) => p.term)).toEqual(['95598']);
  });

  it('drops question words and keeps the words that carry the meaning', () => {
    const q = analyzeQuery('投诉多久必须给回复', { segment });
    const texts = q.pieces.map((p) => p.text);
    expect(texts).toEqual(['投诉', '回复']);
    expect(q.phrases.map((p) => p.text)).toEqual(['投诉', '回复']);
    // What a count question counts is kept: 几声 → 声.
    expect(analyzeQuery('电话响了几声', { segment }).pieces.map((p) => p.text)).toEqual(
      expect.arrayContaining(['电话', '声']),
    );
  });

  it('drops question phrases found whole in the query, however the segmenter cuts them', () => {
    // The segmenter cuts 怎么|处理 and 干|嘛: neither 处理 nor 干 is what is asked about.
    expect(analyzeQuery('司机觉得收费不对怎么处理', { segment }).pieces.map((p) => p.text)).not.toContain('处理');
    // No 干 and no 是: 员, which the segmenter leaves alone, is a weak piece of its own (search9).
    expect(analyzeQuery('调度员是干嘛的', { segment }).pieces.map((p) => p.text)).toEqual(['调度', '度员', '员']);
    expect(analyzeQuery('我是收费员要背哪些', { segment }).pieces.map((p) => p.text)).not.toContain('我是');
    // A synonym holding a question word stays whole (告诉别人 is a synonym; 别人 alone a question word).
    const told = analyzeQuery('号码能告诉别人吗', {
      segment,
      synonyms: [{ words: ['透露', '告诉别人'], present: ['透露'] }],
    });
    expect(told.pieces.map((p) => p.text)).toEqual(expect.arrayContaining(['透露', '告诉', '别人']));
  });

  it("drops pointing words and a verb's direction or completion, and splits 了 off the word it ends", () => {
    const texts = (q: string) => analyzeQuery(q, { segment }).pieces.map((p) => p.text);
    expect(texts('身份证复印完了还给人家')).toEqual(expect.arrayContaining(['复印', '还给']));
    expect(texts('身份证复印完了还给人家')).not.toEqual(expect.arrayContaining(['完了']));
    expect(texts('身份证复印完了还给人家')).not.toContain('人家');
    expect(texts('司机跟我吵起来')).not.toContain('起来');
    // 少了 is 少 and a break: no piece 少了, the join 钱少 stays, and each character left alone is a weak piece.
    expect(texts('钱少了')).toEqual(['钱少', '钱', '少']);
  });

  it('asks a word found nowhere, of a grammar character and another, as the other character if few records hold it', () => {
    const q = analyzeQuery('穿得土的客户随便应付一下', { segment });
    const found = new Set([hanTerm('客户'), hanTerm('随便'), hanTerm('应付'), hanTerm('穿')]);
    const df = (t: string) => (t === hanTerm('穿') ? 3 : found.has(t) ? 10 : 0);
    const standIns = reduceUnfoundSplits(q, df);
    expect(standIns.map((p) => p.text)).toEqual(['穿']);
    expect(standIns[0]).toMatchObject({ weight: 0.5, source: 'typed' });
    expect(q.pieces.map((p) => p.text)).not.toContain('穿得');
    // A word the index holds, or one of two matter characters (片子), stays as typed.
    expect(reduceUnfoundSplits(analyzeQuery('随便应付', { segment }), df)).toEqual([]);
    keepRareStandIns(q, standIns, df, 100);
    expect(q.pieces.map((p) => p.text)).toContain('穿');
    keepRareStandIns(q, standIns, df, 20);
    expect(q.pieces.map((p) => p.text)).not.toContain('穿');
  });

  it('drops words asking whether it is right and words that only stress', () => {
    const texts = (q: string) => analyzeQuery(q, { segment }).pieces.map((p) => p.text);
    expect(texts('快下班了窗口就不给取号了 合理吗')).not.toContain('合理');
    expect(texts('打电话人家又看不见我，还用得着笑吗')).toContain('笑');
    expect(texts('打电话人家又看不见我，还用得着笑吗')).not.toContain('用');
    expect(texts('明明是咱们搞错了')).not.toContain('明明');
  });

  it('reads a character left alone beside other words as a weak piece, but not a verb of saying (search9)', () => {
    const q = analyzeQuery('柜员 开户的人证件缺了一样', { segment, roles: { 柜员: ['teller'] } });
    expect(q.pieces.find((p) => p.text === '缺')).toMatchObject({ weight: 0.5, source: 'typed' });
    expect(analyzeQuery('话务员 电话快讲完了最后说啥', { segment }).pieces.map((p) => p.text)).not.toContain('说');
  });

  it('reads a unit named in the query as a slot its own items hold, unless the query is only names (search9)', () => {
    const units = { 禾川电力: ['hc-power'] };
    const q = analyzeQuery('禾川电力营业员 居民装电几天能通', { segment, units, roles: { 营业员: ['clerk'] } });
    expect([...q.unitSlots.values()]).toEqual([['hc-power']]);
    expect(q.chars).not.toContain('禾');
    expect(analyzeQuery('禾川电力', { segment, units }).unitSlots.size).toBe(0);
  });

  it('keeps, weakly, a one-character question word that ends a run of single characters (a mistyped word)', () => {
    // 台区经理 typed 台区经里: the segmenter gives 台|区|经|里, and 里 alone is a question-free filler.
    const q = analyzeQuery('台区经里', { segment });
    const join = q.pieces.find((p) => p.text === '经里');
    expect(join).toMatchObject({ source: 'typed', kind: 'han' });
    expect(join!.weight).toBeLessThan(1);
    // Not after a word the segmenter knows: 家里 is a word, 车道|上 ends one.
    expect(analyzeQuery('收费员晚上在车道上干活', { segment }).pieces.map((p) => p.text)).not.toContain('道上');
  });

  it('puts a word and its synonyms in one slot, the typed word weighted highest', () => {
    const q = analyzeQuery('顾客送的购物卡', {
      segment,
      synonyms: [{ words: ['客户', '顾客', '客人'], present: ['客户'] }],
    });
    const slot = q.pieces.find((p) => p.text === '顾客')!.slot;
    const inSlot = q.pieces.filter((p) => p.slot === slot);
    expect(inSlot.map((p) => [p.text, p.source])).toEqual([
      ['顾客', 'typed'],
      ['客户', 'synonym'],
    ]);
    expect(inSlot[1]!.weight).toBeLessThan(inSlot[0]!.weight);
  });

  it('recognises a clause number and asks for it as one term', () => {
    const q = analyzeQuery(' 4.1.13 ');
    expect(q.clauseNumber).toBe('4.1.13');
    expect(q.pieces[0]).toMatchObject({ term: numberTerm('4.1.13'), weight: 3 });
    for (const p of q.pieces.slice(1)) expect(p.weight).toBeLessThan(1);
  });

  it('adds sound-alikes at the position of the piece they stand for', () => {
    const q = analyzeQuery('唱收唱附', { segment });
    const miss = q.pieces.find((p) => p.text === '唱附')!;
    const [added] = addSoundAlikes(q, miss, ['唱付']);
    expect(added).toMatchObject({ text: '唱付', slot: miss.slot, alt: miss.alt, pos: miss.pos, source: 'sound' });
  });
});

describe('role words and intents', () => {
  it('name a post by its name, its shorter names and its synonyms; a short name two posts share names neither', () => {
    expect(shortNames('营业受理员', segment)).toContain('受理员');
    expect(shortNames('服务人员', segment)).toEqual([]);
    expect(shortNames('物业项目经理', segment)).toContain('项目经理');
    const roles = [
      { id: 'clerk', name: '营业受理员' },
      { id: 'toll', name: '收费员' },
      { id: 'a', name: '东区调度员' },
      { id: 'b', name: '西区调度员' },
    ] as unknown as Parameters<typeof roleWords>[0];
    const words = roleWords(roles, [['收费员', '收银员']], segment);
    expect(words.受理员).toEqual(['clerk']);
    expect(words.收银员).toEqual(['toll']);
    expect(words.调度员).toBeUndefined();
    // The content's keywords for a role name it too, unless two roles share one.
    const keyed = roleWords(roles, [], segment, { toll: ['收银', '夜班'], a: ['夜班'] });
    expect(keyed.收银).toEqual(['toll']);
    expect(keyed.夜班).toBeUndefined();
  });

  it("rank the items concerning a post named in the query before those for every post and before the post's page", () => {
    const roles = { 收费员: ['toll'] };
    const q = analyzeQuery('收费员 救护车', { segment, roles });
    const stats: IndexStats = { df: () => 2, records: 100, avgLength: 30 };
    const s = (roles: 'all' | string[], kind = 'clause', title = '') =>
      scoreItem(q, { title, content: '救护车快速放行', extra: '', rank: 0, kind, roles }, stats).score;
    // The same words: the item for the post well above the one for every post (which holds the post half).
    expect(s(['toll'])).toBeGreaterThan(1.5 * s('all'));
    expect(s(['toll'], 'role', '收费员')).toBeLessThan(s(['toll']));
  });

  it('count a phrase, a post, a process or a step less for a case told in a sentence that asks for none of them', () => {
    const share = (query: string, kind: string, roles: Record<string, string[]> = {}) => {
      const q = analyzeQuery(query, { segment, roles });
      return kindShare(kind, intentsOf(q.folded, q.compact), isSentence(q) && !q.roleSlots.size);
    };
    const told = '老太太刚上车还没找到座位司机就开车';
    for (const kind of ['phrase', 'role', 'process', 'step', 'service']) expect(share(told, kind)).toBeLessThan(1);
    expect(share('替我妈去补她那张老年乘车卡，我拿什么证', 'service')).toBe(1);
    expect(share(told, 'clause')).toBe(1);
    // Asked for by the question, named by a post, or typed as a term: as they are.
    expect(share('老太太刚上车还没坐稳司机该怎么说', 'phrase')).toBe(1);
    expect(share('老太太刚上车还没坐稳的处理流程', 'step')).toBe(1);
    expect(share('新来的坐柜台收钱办业务的这个岗管哪些事', 'role')).toBe(1);
    expect(share(`司机 ${told}`, 'phrase', { 司机: ['driver'] })).toBe(1);
    expect(share('老人上车', 'phrase')).toBe(1);
  });

  it('weigh a post named beside a situation as one concept: the situation decides, the post breaks ties', () => {
    const roles = { 大厅值班长: ['lead'] };
    const q = analyzeQuery('大厅值班长 排队 孕妇', { segment, roles });
    const stats: IndexStats = { df: () => 2, records: 100, avgLength: 30 };
    const s = (r: 'all' | string[], content: string, kind = 'clause', title = '') =>
      scoreItem(q, { title, content, extra: '', rank: 0, kind, roles: r }, stats).score;
    const situation = s('all', '孕妇进了大厅不用排队');
    // The post's own item and its page, holding the post's name but nothing of the situation.
    expect(situation).toBeGreaterThan(s(['lead'], '大厅值班长调度各窗口'));
    expect(situation).toBeGreaterThan(s(['lead'], '调度窗口、接待投诉', 'role', '大厅值班长'));
    // A process concerns each post of its lanes: its step of the post comes first.
    expect(s(['lead'], '孕妇排队先办', 'step')).toBeGreaterThan(s(['lead', 'clerk'], '孕妇排队先办', 'process'));
  });

  it('read a post in the query as a concept held by the items concerning it', () => {
    const roles = { 收费员: ['toll'] };
    const q = analyzeQuery('收费员交接班', { segment, roles });
    const slot = q.pieces.find((p) => p.text === '收费员' || p.alt === '收费员')!.slot;
    expect(q.roleSlots.get(slot)).toEqual(['toll']);
    expect(q.onlyRoles).toBeUndefined();
    expect(analyzeQuery('收费员', { segment, roles }).onlyRoles).toEqual(['toll']);
    const stats: IndexStats = { df: () => 2, records: 100, avgLength: 30 };
    const s = (r: 'all' | string[]) =>
      scoreItem(q, { title: '', content: '交接班时清点票款', extra: '', rank: 0, roles: r }, stats).score;
    expect(s(['toll'])).toBeGreaterThan(s('all'));
    expect(s('all')).toBeGreaterThan(s(['clerk']));
  });

  it('read what a question asks for from its question words', () => {
    const answers = (q: string, item: { kind: string; content: string; first?: boolean }) =>
      answered(intentsOf(q, q), item);
    expect(answers('怎么跟客户道歉', { kind: 'phrase', content: '' })).toBeGreaterThan(0);
    expect(answers('投诉多久回复', { kind: 'clause', content: '5个工作日内答复' })).toBeGreaterThan(0);
    expect(answers('投诉多久回复', { kind: 'clause', content: '应及时答复' })).toBe(0);
    expect(answers('电话响几声要接', { kind: 'clause', content: '铃响三声内接听' })).toBeGreaterThan(0);
    expect(answers('95598', { kind: 'unit', content: '' })).toBe(1);
    expect(
      answers('几月几号开始供暖', { kind: 'clause', content: '采暖期为每年11月15日至次年3月15日' }),
    ).toBeGreaterThan(0);
    expect(answers('几月几号开始供暖', { kind: 'clause', content: '接到报修后2小时内到场' })).toBe(0);
    expect(answers('去几号窗口办', { kind: 'clause', content: '3月15日起施行' })).toBe(0);
    // Which post does it (…的是哪个岗), not a booth (岗亭); whether something is allowed (算违规吗).
    expect(answers('山路上巡逻救人的是哪个岗', { kind: 'role', content: '' })).toBeGreaterThan(0);
    expect(answers('收费岗亭几点换班', { kind: 'role', content: '' })).toBe(0);
    expect(answers('客户没讲完我就插嘴 算违规吗', { kind: 'clause', content: '' })).toBeGreaterThan(0);
  });

  it('drop words asking whether something is allowed from the pieces', () => {
    const texts = analyzeQuery('插嘴合规吗', { segment }).pieces.map((p) => p.text);
    expect(texts).not.toContain('合规');
    expect(texts).not.toContain('规吗');
  });

  it('give a page section holding the query in its heading half the tier of an item holding it there', () => {
    const q = analyzeQuery('绿色通道', { segment });
    const stats: IndexStats = { df: () => 2, records: 100, avgLength: 30 };
    const tier = (kind: string) =>
      scoreItem(
        q,
        { title: '一、报到现场和绿色通道', content: '体育馆里按学院设报到点', extra: '', rank: 0, kind },
        stats,
      ).tier;
    expect(tier('clause')).toBe(TIER.inTitle);
    expect(tier('page')).toBe(TIER.inTitle / 2);
  });

  it('count a short number only as a number of its own, more with the unit typed after it', () => {
    const q = analyzeQuery('10分钟', { segment });
    const stats: IndexStats = { df: () => 2, records: 100, avgLength: 30 };
    const s = (content: string) => scoreItem(q, { title: '', content, extra: '', rank: 0 }, stats).score;
    expect(s('2010年起')).toBeLessThan(s('10分钟内到场'));
    expect(s('10次')).toBeLessThan(s('10分钟内到场'));
  });
});

describe('scoring', () => {
  const stats: IndexStats = { df: () => 2, records: 100, avgLength: 30 };
  const score = (query: string, c: { title: string; content: string; extra?: string; below?: string }) =>
    scoreItem(analyzeQuery(query, { segment }), { extra: '', rank: 0, ...c }, stats);

  it('puts a clause number, an exact title, the query in a title, then in a text, above any partial match', () => {
    expect(score('9.7', { title: '9.7 投诉答复', content: '' }).tier).toBe(TIER.number);
    expect(score('9.7', { title: '10.1 合格率97%', content: '97%' }).tier).toBe(0);
    expect(score('唱收唱付', { title: '唱收唱付', content: '' }).tier).toBe(TIER.title);
    expect(score('唱收', { title: '4.3 唱收唱付', content: '' }).tier).toBe(TIER.inTitle);
    expect(score('唱收唱付', { title: '4.3.1', content: '收取现金时应唱收唱付' }).tier).toBe(TIER.inText);
    const partial = score('唱收唱付', { title: '唱收', content: '唱收的和唱付的' });
    expect(partial.tier).toBe(0);
    expect(partial.score).toBeLessThan(TIER.inText);
  });

  it('answers a local phone number typed alone by the item that gives it in a sentence before a contact card listing it', () => {
    const score = (query: string, c: { title: string; content: string; kind?: string }) =>
      scoreItem(analyzeQuery(query, { segment }), { extra: '', rank: 0, ...c }, stats);
    // The card is the shorter record, so length normalisation alone would put it first.
    const card = { title: '城区供电营业厅', content: '95598 0791-86621300', kind: 'unit' };
    const commitment = {
      title: '投诉答复',
      content: '对客户的投诉，在5个工作日内给出处理意见并回复客户；对处理结果不满意的，可拨打监督电话0791-86621300。',
      kind: 'commitment',
    };
    for (const query of ['0791-86621300', '86621300']) {
      expect(score(query, commitment).score).toBeGreaterThan(score(query, card).score);
      // Still above an item that lacks the number: the card is the answer where nothing else gives it.
      expect(score(query, card).score).toBeGreaterThan(
        score(query, { ...commitment, content: '监督电话另行公布。' }).score,
      );
    }
    // A short service number (95598: every card and many items give it) or an area code is not
    // asked about one item: the card keeps its tier.
    expect(score('95598', card).tier).toBe(TIER.inText);
    expect(score('0791', card).tier).toBe(TIER.inText);
  });

  it('asks about the holder of a phone number typed beside a word, before the items holding only the word', () => {
    const supervise = {
      title: '监督电话',
      content: '对窗口服务不满意，请拨打集团监督电话0736-3386315。',
      kind: 'commitment',
    };
    const complaint = { title: '投诉答复', content: '群众的投诉5个工作日内答复处理结果。', kind: 'commitment' };
    expect(score('3386315投诉', supervise).score).toBeGreaterThan(score('3386315投诉', complaint).score);
    expect(score('2265133 查档', { title: '不动产登记中心', content: '0738-2265133' }).score).toBeGreaterThan(
      score('2265133 查档', { title: '查档', content: '查档时屏幕只朝向查询人本人。' }).score,
    );
  });

  it('ranks a short item holding the pieces above a long one holding them once, and counts what the item holds', () => {
    const short = score('老人 优先', { title: '8.1', content: '老人优先办理。' });
    const long = score('老人 优先', { title: '8', content: `老人优先办理。${'其他要求。'.repeat(40)}` });
    const half = score('老人 优先', { title: '8.2', content: '老人到场后协助。' });
    expect(short.score).toBeGreaterThan(long.score);
    expect(short.score).toBeGreaterThan(half.score);
    expect(half.score).toBeGreaterThan(0);
  });

  it('counts the best alternative of a slot once: the typed word above its synonym, never both', () => {
    const synonyms = [{ words: ['客户', '顾客'], present: ['客户', '顾客'] }];
    const q = analyzeQuery('顾客', { segment, synonyms });
    const c = (content: string) => scoreItem(q, { title: '', content, extra: '', rank: 0 }, stats).score;
    expect(c('顾客到来')).toBeGreaterThan(c('客户到来'));
    expect(c('客户到来')).toBeGreaterThan(0);
    expect(c('顾客和客户到来')).toBeLessThan(c('顾客到来') + c('客户到来'));
    // Only a little above on the words alone (the whole query in a text is a tier of its own, and
    // 顾 is a character of the query 客户到来 lacks): a synonym is the same thing in the rule's words.
    const pieces = (content: string) => {
      const s = scoreItem(q, { title: '', content, extra: '', rank: 0 }, stats);
      return s.score - s.tier;
    };
    expect(pieces('客户到来') / pieces('顾客到来')).toBeGreaterThan(0.8);
  });

  it('lists an item once, by the group’s copy unless a unit’s copy matches more of the query', () => {
    // A three-level water company: the deepest unit's copy is a character shorter (8 against 24)
    // and so scored higher; searched across all units it must not stand for the item.
    const hit = (url: string, score: number, matched = 2, tier = 0): Hit => ({
      url,
      title: url,
      content: '',
      kind: 'commitment',
      context: '',
      score,
      tier,
      matched,
      containers: [],
    });
    const meter = hit('/units/water-east-meter/commitments/#cm-repair', 3.2);
    const east = hit('/units/water-east/commitments/#cm-repair', 3.1);
    const group = hit('/commitments/#cm-repair', 3.0);
    const other = hit('/commitments/#cm-pressure', 3.15);
    const shown = onePerItem([meter, other, east, group]);
    expect(shown.map((h) => [h.url, h.score])).toEqual([
      ['/commitments/#cm-repair', 3.2],
      ['/commitments/#cm-pressure', 3.15],
    ]);
    // A unit's copy holding more of the query (its own number typed) stays.
    const typed = hit('/units/water-east-meter/commitments/#cm-repair', 5, 3);
    expect(onePerItem([typed, group]).map((h) => h.url)).toEqual([typed.url]);
    const inText = hit('/units/water-east-meter/commitments/#cm-repair', 40, 2, 30);
    expect(onePerItem([inText, group]).map((h) => h.url)).toEqual([inText.url]);
    // A site served below a path: Pagefind's addresses begin with it, and a unit's copy is still one.
    expect(unitOf('/fuwu/units/water-east/commitments/#cm-repair', '/fuwu/')).toEqual({ unit: 'water-east' });
    expect(unitOf('/units/water-east/commitments/#cm-repair')).toEqual({ unit: 'water-east' });
    expect(unitOf('/fuwu/commitments/#cm-repair', '/fuwu/')).toEqual({});
    const under = (h: Hit): Hit => ({ ...h, url: `/fuwu${h.url}` });
    expect(onePerItem([meter, other, east, group].map(under), '/fuwu/').map((h) => h.url)).toEqual([
      '/fuwu/commitments/#cm-repair',
      '/fuwu/commitments/#cm-pressure',
    ]);
  });
});

describe('records of the example', async () => {
  const { model } = await loadModel('content');
  const records = buildSearchRecords(model!);
  const groups = groupRecords(records);
  const paths = new Set(records.map((r) => r.path));

  it('cover every item the site shows, each with the anchor its page has', () => {
    for (const d of model!.documents) {
      const walk = (cs: typeof d.clauses): void =>
        cs.forEach((c) => (expect(paths.has(`norms/${d.id}/#c-${c.id}`), c.id).toBe(true), walk(c.children)));
      walk(d.clauses);
    }
    for (const e of model!.etiquette) {
      for (const s of e.situations) {
        expect(paths.has(`etiquette/#s-${s.id}`)).toBe(true);
        for (const p of [...s.phrases, ...s.forbidden]) expect(paths.has(`etiquette/#p-${p.id}`)).toBe(true);
        for (const r of s.conduct) expect(paths.has(`etiquette/#r-${r.id}`)).toBe(true);
      }
      for (const rs of e.ruleSets) expect(paths.has(`etiquette/#rs-${rs.id}`)).toBe(true);
    }
    for (const p of model!.processes)
      for (const n of p.nodes) expect(paths.has(`processes/${p.id}/#step-${n.id}`)).toBe(true);
    for (const set of model!.commitmentSets)
      for (const c of set.commitments.filter((x) => x.public)) expect(paths.has(`commitments/#cm-${c.id}`)).toBe(true);
    for (const a of model!.assessments) {
      for (const i of a.inspections) expect(paths.has(`assessment/#i-${i.id}`)).toBe(true);
      for (const t of a.thresholds) expect(paths.has(`assessment/#t-${t.id}`)).toBe(true);
      for (const v of a.violations) expect(paths.has(`assessment/#v-${v.id}`)).toBe(true);
      for (const w of a.awards) expect(paths.has(`assessment/#w-${w.id}`)).toBe(true);
    }
    // Score items: once each, at a score sheet listing it, filed under every unit whose sheets do.
    for (const u of model!.units) {
      const sheets = scoreSheets(unitView(model!, u.id), model!.organisation.name);
      for (const id of new Set(sheets.flatMap((x) => x.items.map((i) => i.id)))) {
        const found = records.filter((r) => r.kind === 'score-item' && r.id === id);
        expect(found.length, id).toBe(1);
        expect(found[0]!.units, id).toContain(u.id);
        const [, unit, inspection] = /^units\/([^/]+)\/inspections\/([^/]+)\/#si-/.exec(found[0]!.path) ?? [];
        const listed = scoreSheets(unitView(model!, unit!), model!.organisation.name).find(
          (x) => x.inspection.id === inspection,
        );
        expect(
          listed?.items.some((i) => i.id === id),
          found[0]!.path,
        ).toBe(true);
      }
    }
    expect(records.some((r) => r.kind === 'score-item')).toBe(true);
    for (const r of model!.roles) expect(paths.has(`roles/${r.id}/`)).toBe(true);
    for (const u of model!.units) expect(paths.has(`units/${u.id}/`)).toBe(true);
    expect(paths.has('pages/programme-plan/#学习动员阶段')).toBe(true);
    expect(paths.has('')).toBe(true);
    expect(new Set(records.map((r) => r.kind))).toEqual(new Set(RECORD_KINDS));
  });

  it('file items by unit, role and kind; a unit’s own wording under that unit only', () => {
    const phrase = toPagefindRecord(records.find((r) => r.id === 'toll-safe-journey')!, 'zh-CN');
    // Lane phrases are written for toll units (industries: [toll]): filed under the toll station only.
    expect(phrase.filters).toEqual({ kind: ['phrase'], unit: ['toll-east-station'], role: ['toll-collector'] });
    expect(toPagefindRecord(records.find((r) => r.id === 'ten-character-polite-words')!, 'zh-CN').filters.unit).toEqual(
      ['all'],
    );
    const clause = records.find((r) => r.id === 'answer-within-three-rings' && r.path.startsWith('norms/'))!;
    expect(clause.roles).toEqual(['hotline-operator']);
    expect(clause.units).toEqual(['power-city-hall', 'power-qingshi-station', 'water-service-dept']);
    const reworded = records.find((r) => r.path === 'norms/counter-hotline-norms/#c-lunch-break-rotation')!;
    expect(reworded.units).not.toContain('power-qingshi-station');
    expect(
      records.find((r) => r.path === 'units/power-qingshi-station/norms/counter-hotline-norms/#c-lunch-break-rotation')!
        .units,
    ).toEqual(['power-qingshi-station']);
    // A commitment whose number a unit changes is filed under the units that show the set's words, and the unit's copy under it.
    expect(
      records.find((r) => r.path === 'units/power-city-hall/commitments/#cm-power-repair-arrival')!.content,
    ).toContain('45分钟');
    expect(pagefindFilters({ unit: 'power-qingshi-station', kind: '', role: 'shift-leader' })).toEqual({
      unit: { any: ['power-qingshi-station', 'all'] },
      role: { any: ['shift-leader', 'all'] },
    });
  });

  it('keep keywords and tags findable but out of what is shown', () => {
    const badge = records.find((r) => r.id === 'wear-badge-on-duty')!;
    expect(badge.extra).toContain('挂牌上岗');
    const rec = toPagefindRecord(badge, 'zh-CN');
    expect(rec.meta.k!.split(' ')).toContain(hanTerm('挂牌'));
  });

  it('group the items of a section, process or situation into fewer records that decode back to every item', () => {
    expect(groups.length).toBeLessThan(records.length / 2);
    const decoded = groups.flatMap((g) => {
      const rec = toPagefindRecord(g, 'zh-CN');
      for (const r of g) expect(r.kind).toBe(g[0]!.kind);
      return decodeGroup(rec.url, rec.meta.title!, rec.content, rec.meta.x, rec.meta.r);
    });
    expect(decoded.map((d) => d.url)).toEqual(records.map((r) => `/${r.path}`));
    expect(decoded.map((d) => d.title)).toEqual(records.map((r) => r.title));
    expect(decoded.map((d) => d.roles)).toEqual(records.map((r) => r.roles));
    // Pagefind stores the content with its own spacing around the separator; decoding tolerates it.
    const section = groups.find((g) => g.length > 2)!;
    const rec = toPagefindRecord(section, 'zh-CN');
    const spaced = decodeGroup(
      rec.url,
      rec.meta.title!,
      rec.content.replace(/ ¶ /g, '\u200b ¶ \u200b').replace(/\u200b/g, ''),
      rec.meta.x,
      rec.meta.r,
    );
    expect(spaced.map((d) => d.content)).toEqual(section.map((r) => r.content || r.title));
  });

  it('encode a one-item group as the item itself', () => {
    expect(encodeGroup('/roles/x/', [{ anchor: '', title: 't', content: 'c', extra: 'e', roles: ['x'] }])).toEqual({
      url: '/roles/x/',
      title: 't',
      content: 'c',
      extra: 'e',
      roles: 'x',
    });
  });
});

describe('page sections', () => {
  it('split an MDX page at its headings with the ids the site renders', () => {
    const { lead, sections } = splitPage(
      '---\ntitle: x\n---\n\n开头。\n\n## 一、为什么 **开展**\n\n正文[链接](/a/)。\n\n### 学习动员阶段\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n## 一、为什么 开展\n',
    );
    expect(lead).toBe('开头。');
    expect(sections.map((s) => [s.id, s.depth])).toEqual([
      ['一为什么-开展', 2],
      ['学习动员阶段', 3],
      ['一为什么-开展-1', 2],
    ]);
    expect(sections[0]!.text).toBe('正文链接。');
    expect(sections[1]!.text).toBe('a b 1 2');
  });

  it('match the heading ids of the built example page', async () => {
    // The shared build of the example: always there (it was read only when e2e had run first).
    const built = path.join((await builtOrganisation('content')).out, 'pages/programme-plan/index.html');
    const { model } = await loadModel('content');
    const page = model!.pages[0]!;
    const ids = splitPage(fs.readFileSync(page.file, 'utf8')).sections.map((s) => s.id);
    expect(ids).toContain('学习动员阶段');
    const html = fs.readFileSync(built, 'utf8');
    for (const id of ids) expect(html).toContain(`id="${id}"`);
  }, 600_000);
});

describe('synonyms', () => {
  it('ship a default list that passes the content schema, with no word in two groups', () => {
    const parsed = SynonymsFile.safeParse(parse(fs.readFileSync(defaultSynonymsFile(), 'utf8')));
    expect(parsed.success).toBe(true);
    const words = defaultSynonymGroups().flat();
    expect(new Set(words).size).toBe(words.length);
    expect(defaultSynonymGroups().length).toBeGreaterThan(40);
  });

  it('pair the words rules are written in with the words clients say for them', () => {
    // The rule's word and the counter's: 抛掷 / 一扔, 隐瞒 / 压着, 答复 / 回话, 去世 / 过世 …
    const groupOf = (w: string) => defaultSynonymGroups().find((g) => g.includes(w)) ?? [];
    for (const [rule, said] of [
      ['抛掷', '一扔'],
      ['隐瞒', '压着'],
      ['答复', '回话'],
      ['同意', '点过头'],
      ['增值业务', '收费的业务'],
      ['住房公积金', '住房钱'],
      ['去世', '过世'],
      ['异地', '别的城市'],
      ['爽约', '放鸽子'],
      ['冷淡', '爱答不理'],
      ['童车', '婴儿车'],
      ['邮寄', '寄过来'],
      ['高温', '太晒'],
      ['限流', '人太多'],
      ['春节', '过年'],
      ['超载', '装得太多'],
    ])
      expect(groupOf(rule!)).toContain(said);
    // 点头 alone is the greeting nod of the etiquette rules, not consent.
    expect(groupOf('同意')).not.toContain('点头');
  });

  it('extend the defaults with the organisation’s groups, merge groups sharing a word, or leave the defaults out', () => {
    const source = { file: 'synonyms.yaml', line: 1, column: 1 };
    const withOwn = synonymGroups({ synonyms: { defaults: true, groups: [{ words: ['客户', '来宾'], source }] } });
    expect(withOwn.find((g) => g.includes('顾客'))).toContain('来宾');
    const only = synonymGroups({ synonyms: { defaults: false, groups: [{ words: ['东所', '东收费所'], source }] } });
    expect(only).toEqual([['东所', '东收费所']]);
  });
});

describe('the island’s data', () => {
  const dir = suiteTempDir('search-data');
  let meta: ReturnType<typeof writeSearchData>;
  beforeAll(async () => {
    const { model } = await loadModel('content');
    const records = buildSearchRecords(model!);
    meta = writeSearchData(model!, records, groupRecords(records).length, dir);
  });

  it('folds traditional characters whose simplified form the index holds (from opencc-js)', () => {
    const pairs = foldPairs(new Set(['热', '线', '规', '范']));
    const fold = new Map<string, string>();
    for (let i = 0; i < pairs.length; i += 2) fold.set(pairs[i]!, pairs[i + 1]!);
    expect(foldText('熱線規範', fold)).toBe('热线规范');
    expect([...meta.fold].length % 2).toBe(0);
    expect(meta.fold).toContain('訴诉');
  });

  it('finds the index’s pieces that sound like a typo (pinyin-pro readings)', () => {
    expect(readings('长')).toEqual(expect.arrayContaining(['chang', 'zhang']));
    expect(readings('绿')).toEqual(expect.arrayContaining(['lv']));
    const table = parseCharTable(
      (JSON.parse(fs.readFileSync(path.join(dir, 'pinyin.json'), 'utf8')) as { table: string }).table,
    );
    expect(table.get('附')).toEqual(['fu']);
    const keys = pieceKeys('唱附', (ch) => table.get(ch) ?? []);
    const found = keys.flatMap((k) =>
      (
        (
          JSON.parse(fs.readFileSync(path.join(dir, `pinyin-${shardOf(k, meta.pinyinShards)}.json`), 'utf8')) as Record<
            string,
            string
          >
        )[k] ?? ''
      ).split(' '),
    );
    expect(found).toContain('唱付');
  });

  it('lists the synonym alternatives the content uses', () => {
    const customers = (meta as SearchMeta).synonyms.find((g) => g.words.includes('顾客'))!;
    expect(customers.present).toContain('客户');
    expect(customers.present).not.toContain('顾客');
  });

  it('suggests the nearest index terms, by characters and by sound', () => {
    const terms = JSON.parse(fs.readFileSync(path.join(dir, 'terms.json'), 'utf8')) as string[];
    const table = parseCharTable(
      (JSON.parse(fs.readFileSync(path.join(dir, 'pinyin.json'), 'utf8')) as { table: string }).table,
    );
    expect(terms).toContain('首问负责制');
    // 首问负责 (the content's own phrase, a term since the default synonyms name it) is one character
    // from what was typed; 首问负责制 one more.
    const nearest = suggest('首问负则', terms, (ch) => table.get(ch)?.[0]);
    expect(nearest[0]).toBe('首问负责');
    expect(nearest).toContain('首问负责制');
    expect(suggest('zzzz', terms, (ch) => table.get(ch)?.[0])).toEqual([]);
  });
});

describe('pagefind', () => {
  it('is the version the tokens and scoring were measured with (1.6.0)', async () => {
    // The package exports neither its package.json nor a require entry: read it from node_modules.
    const pkg = JSON.parse(fs.readFileSync(path.resolve('node_modules/pagefind/package.json'), 'utf8')) as {
      name: string;
      version: string;
    };
    expect(pkg.name).toBe('pagefind');
    expect(pkg.version).toBe('1.6.0');
  });
});

describe('a unit card', () => {
  it("gives the numbers the unit shows as its parent's weakly: a query for the number finds the parent's card", async () => {
    const { model } = await loadModel('test/fixtures/orgs/chengchuan-water-bus');
    const records = buildSearchRecords(model!);
    const card = (id: string) => records.find((r) => r.kind === 'unit' && r.id === id)!;
    expect(card('water-east').content).toContain('0736-2319110');
    expect(card('water-east-meter').content).not.toContain('0736-2319110');
    expect(card('water-east-meter').extra).toContain('0736-2319110');
  });

  it('is found by the labels its page gives the address and hours (桐江饭店地址), not by the phone labels', async () => {
    const { model } = await loadModel('test/fixtures/orgs/tongjiang-city');
    const hotel = buildSearchRecords(model!).find((r) => r.kind === 'unit' && r.id === 'tj-hotel')!;
    expect(hotel.extra).toContain('地址');
    expect(hotel.extra).toContain('营业时间');
    expect(hotel.extra).not.toContain('监督电话');
  });
});
