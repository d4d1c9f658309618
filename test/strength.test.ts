import { describe, expect, it } from 'vitest';
import { inferStrength, readStrength, strengthConflicts } from '../src/model/strength.ts';

describe('strength from wording', () => {
  it.each([
    ['服务人员应主动问候客户。', 'shall'],
    ['窗口人员必须佩戴工号牌。', 'shall'],
    ['不得以任何理由推诿客户。', 'shall-not'],
    ['严禁向客户索要财物。', 'shall-not'],
    ['营业厅宜设置老年人座椅。', 'should'],
    ['营业厅不宜张贴过期告示。', 'should-not'],
    ['客户可以通过热线预约上门服务。', 'may'],
    ['城区供应可靠，响应及时。', undefined],
    ['营业厅内环境适宜，价格便宜。', undefined],
  ])('%s → %s', (text, want) => {
    expect(inferStrength(text)).toBe(want);
  });

  it('a clause with both 应 and 不得 agrees with either marking', () => {
    const text = '能当场办理的业务应当场办结，不得拖延。';
    expect(strengthConflicts('shall', text)).toBeUndefined();
    expect(strengthConflicts('shall-not', text)).toBeUndefined();
    expect(strengthConflicts('may', text)).toBe('shall-not');
  });

  it('应 marked 可 is a conflict; wording without markers never is', () => {
    expect(strengthConflicts('may', '受理员应起立迎候。')).toBe('shall');
    expect(strengthConflicts('shall', '受理员可以先行登记。')).toBe('may');
    expect(strengthConflicts('shall', '营业时间为8:30—17:30。')).toBeUndefined();
  });
});

describe('words that look like markers but are not operative', () => {
  it.each([
    // 解决不好 holds 决不; the condition "…的，" holds no rule.
    ['对客户反映的问题当场解决不好的，应如实登记。', 'shall'],
    ['对本岗位不能解决的问题，应指引客户到相应窗口。', 'shall'],
    ['首问责任人不能当场答复的，应做好登记。', 'shall'],
    ['如不能按时到达，应提前告知客户。', 'shall'],
    ['手续齐全、当场可以办理的，应当场办结。', 'shall'],
    // Adjectival 可: "can be carried out / measured", no permission.
    ['年底前形成一套可实施、可量化的考核细则。', undefined],
    ['各所宜结合实际制定细则，增强制度的可操作性。', 'should'],
    // Names of rules and phrases to say are quoted: their words are not the clause's.
    ['窗口人员应认真学习《员工服务行为十不准》。', 'shall'],
    ['严格落实“四不准”的要求。', undefined],
    ['服务中禁止使用“不知道”“没办法”等忌语。', 'shall-not'],
    // 理应 is shall, and 经理应 keeps its 应.
    ['对行动不便的客户，窗口人员理应主动接待。', 'shall'],
    ['大堂经理应在营业前巡视厅内。', 'shall'],
    // A report of what was done is no rule.
    ['去年以来，各所已杜绝了乱收费现象。', undefined],
    ['严禁并杜绝乱收费。', 'shall-not'],
    // 要 as a modal verb is shall; 要求, 需要, 重要 are not.
    ['客户有怨气时要先倾听。', 'shall'],
    ['公司要求统一着装，这一点很重要。', undefined],
    ['系统显示的数据不准确的，应报技术部核实。', 'shall'],
    ['客户凭身份证即可办理，无须另行填表。', undefined],
    ['外呼回访时应先报单位、工号和来电目的，再征询客户意见。', 'shall'],
    ['窗口人员应急群众所急，帮群众所难。', 'shall'],
    ['发生停电时应启动应急预案。', 'shall'],
    ['做好应急抢修的准备。', undefined],
    // A rule relayed to a passenger or client is theirs: the clause's own duty is to relay it.
    ['驾驶员应提醒乘客不得将头、手伸出窗外。', 'shall'],
    ['安检员应告知旅客严禁携带易燃易爆物品进站。', 'shall'],
    ['应劝阻乘客不要在车厢内吸烟。', 'shall'],
    ['站务员应要求乘客不得倚靠车门。', 'shall'],
    // 要求 as a noun relays nothing; a prohibition after the relayed part's comma is the clause's own.
    ['服务质量要求不得低于行业标准。', 'shall-not'],
    ['应提醒乘客系好安全带，不得在行驶中开门。', 'shall-not'],
    // Anyone may be reminded (吸烟者, 驾乘人员); a notice or form named 提示…/告知… relays nothing.
    ['应劝阻吸烟者不要在候车室吸烟。', 'shall'],
    ['应提醒驾乘人员不得将头伸出窗外。', 'shall'],
    ['安全提示牌不得遮挡。', 'shall-not'],
    ['一次性告知单应写明所需材料。', 'shall'],
    ['服务要求人员不得擅自离岗。', 'shall-not'],
  ])('%s → %s', (text, want) => {
    expect(inferStrength(text)).toBe(want);
  });

  it("reads 必须/须/要 as shall by default, and leaves them to a person under 'strict' words", () => {
    expect(readStrength('新员工须参加岗前培训。')).toMatchObject({ strength: 'shall' });
    const strict = readStrength('新员工须参加岗前培训。', { words: 'strict' });
    expect(strict.strength).toBeUndefined();
    expect(strict.unsure).toMatch(/^只有“须”，不是 GB\/T 1\.1 的措辞/u);
    // GB/T 1.1 words are read under either.
    expect(readStrength('营业厅应公示服务电话。', { words: 'strict' })).toMatchObject({ strength: 'shall' });
    expect(readStrength('必须持证上岗，不得代岗。', { words: 'strict' })).toMatchObject({ strength: 'shall-not' });
  });

  it('the checker no longer warns about 大堂经理应 marked shall', () => {
    expect(strengthConflicts('shall', '大堂经理应主动询问客户需求。')).toBeUndefined();
    expect(strengthConflicts('may', '大堂经理应主动询问客户需求。')).toBe('shall');
  });
});

/**
 * A new user's import read "使用普通话，遇到只会说方言的老年用户，可用方言耐心沟通" as 可 (may): the
 * clause is a duty (use Mandarin) with an exception, and only the exception has a strength word.
 * Such a clause is left to a person (unset, with the reason) rather than guessed; a 可 that leads
 * its sentence, or follows only a circumstance, is still a permission.
 */
describe('可 only in an exception to an unmarked duty', () => {
  it.each([
    ['使用普通话，遇到只会说方言的老年用户，可用方言耐心沟通。', '使用普通话'],
    ['坚持文明用语，客户情绪激动时，可请值班长协助。', '坚持文明用语'],
    ['保持台面整洁，资料较多时，可暂放在抽屉内。', '保持台面整洁'],
  ])('%s → unset, naming %s', (text, duty) => {
    const reading = readStrength(text);
    expect(reading.strength).toBeUndefined();
    expect(reading.markers).toEqual(new Set(['may']));
    expect(reading.unsure).toContain(`“${duty}”`);
    expect(reading.unsure).toMatch(/ \/ 可 \(may\) only in an exception/u);
    // A written strength is not contradicted by it (check does not warn either way).
    expect(strengthConflicts('shall', text)).toBeUndefined();
    expect(strengthConflicts('may', text)).toBeUndefined();
  });

  it.each([
    // 可 leads the sentence, or follows a circumstance (对……, ……时, 在……后), a subject or nothing.
    ['可用方言与客户交流。', 'may'],
    ['窗口人员可用方言与老年客户交流。', 'may'],
    ['员工可向客户介绍网上营业厅的办理渠道。', 'may'],
    ['对行动不便的独居老人，可预约上门办理过户、销户业务。', 'may'],
    ['客户较多时，可增开窗口。', 'may'],
    ['在征得客户同意后，可使用方言沟通。', 'may'],
    ['使用自助终端时，可请工作人员协助。', 'may'],
    // A marked duty before the exception decides: the clause is an obligation.
    ['使用普通话，遇到只会说方言的老年用户，应耐心沟通。', 'shall'],
    ['应使用普通话，遇到只会说方言的老年用户，可用方言沟通。', 'shall'],
    // 可 of what a thing can do or is for is no permission.
    ['自助终端可用于缴纳水费。', undefined],
    ['系统的可用性达到99.9%。', undefined],
    ['等候区可供客户休息。', undefined],
  ])('%s → %s', (text, want) => {
    expect(inferStrength(text)).toBe(want);
  });

  it.each([
    '申请材料不齐的，出具加盖窗口章的补正告知单，把缺什么、哪里开、什么样式一次写全，不得让人一趟趟来问。',
    '认真核对客户信息，不得出错。',
    '一次性告知所需材料，不得让客户多次往返。',
  ])(
    'a duty without a marker, then what it must not lead to: %s — a prohibition by wording, agreeing with shall',
    (text) => {
      const reading = readStrength(text);
      expect(reading.strength).toBe('shall-not');
      expect(reading.dutyBeforeProhibition).toBeDefined();
      expect(strengthConflicts('shall', text)).toBeUndefined();
      expect(strengthConflicts('shall-not', text)).toBeUndefined();
      expect(strengthConflicts('may', text)).toBe('shall-not');
    },
  );

  it.each(['不得让客户多次往返。', '对客户的询问，不得推诿。', '营业时间内，不得擅自离岗。'])(
    'a prohibition alone (or after a circumstance) still contradicts shall: %s',
    (text) => {
      expect(strengthConflicts('shall', text)).toBe('shall-not');
    },
  );

  it('可 in the name of a list (可办事项) is no permission', () => {
    expect(inferStrength('大厅公示全部可办事项清单。')).toBeUndefined();
  });

  it('首问负责 with a prohibition at its end is read by the documented rule (the stricter wins), and agrees with either marking', () => {
    const text =
      '第一位接待用户的员工为首问责任人，对用户提出的问题要负责到底；不属于本岗位职责的，应当引导用户到相应窗口或者转交承办部门，不得推诿。';
    expect(inferStrength(text)).toBe('shall-not');
    expect(strengthConflicts('shall', text)).toBeUndefined();
    // 首问负责 alone states no strength: 负责 holds no marker word.
    expect(inferStrength('严格执行首问负责制。')).toBeUndefined();
  });
});

describe('every marker word is read', () => {
  it.each([
    '应',
    '应当',
    '应该',
    '理应',
    '必须',
    '务必',
    '须',
    '要',
    '不得',
    '严禁',
    '禁止',
    '不准',
    '不应',
    '不许',
    '不可',
    '不能',
    '切勿',
    '杜绝',
    '决不',
    '绝不',
    '不要',
    '宜',
    '提倡',
    '鼓励',
    '不宜',
    '可',
    '可以',
    '允许',
  ])('%s', (word) => {
    expect(inferStrength(`窗口人员${word}核对客户信息。`)).toBeDefined();
  });
});
