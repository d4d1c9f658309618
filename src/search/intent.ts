/**
 * What a question asks for, from its question words (which query.ts drops as words): what to say
 * (a phrase), whether something is allowed (a rule), what happens (a penalty or score line), how
 * long, when or how many (an item stating such a number), what the steps are (a process), what a
 * post does (its page). Items that answer the question that way count a little more (engine.ts);
 * a service number alone (five or six digits) is answered by a unit.
 */

export interface Intent {
  /** Item kinds that answer it. */
  kinds?: readonly string[];
  /** Or: text that answers it. */
  says?: RegExp;
  /** Or: a phrase that opens (or closes) a situation, the first (or last) of its phrases. */
  opening?: boolean;
  closing?: boolean;
  /** Or: the first (or last) step of a process. */
  step?: 'first' | 'last';
  /** How much answering it counts (1 unless said): 第一句 asks for one phrase of a situation, not any. */
  strength?: number;
}

/** Something said to a person: 怎么(跟客户)说, 怎么道歉, 说什么. */
const SPEECH = '说|讲|喊|回答|回复|答复|道歉|致歉|问候|问好|打招呼|解释|安慰|称呼|开口|劝|提醒|告诉|回绝|拒绝|表达';
/**
 * What to say, asked the way people talk: 说句啥, 先问他什么, 回人家点啥; 怎么回(他) ending the
 * question (not 怎么回事, 怎么回去); 送句祝福的话. Measured (search11, Node loop): tuning half p@1
 * 278 → 279 of 412 (and 5 → 2, — → 2), validation half unchanged, no query lost.
 */
const SAY_WHAT =
  '(?:说|讲|问|回)(?:他|她|人家|对方)?(?:句|点|些|一句|几句)?(?:什么|啥)|怎么回(?:他|她|人家|对方)?(?=$|[，,。？?！!\\s])|句[^，,。？?！!\\s]{0,6}话';
const NUMERAL = '[\\d一二三四五六七八九十两百千万]';
const DURATION =
  /(?:\d+|[一二两三四五六七八九十半]+)\s*(?:个)?(?:工作日|日|天|小时|钟头|分钟|秒|周|月)|当场|当天|当日|立即|马上|随到随办/;

/**
 * A step asked for by its place counts as a phrase asked for by its place does. 1 / 3 (search10,
 * Node loop, every spent set): p@1 +1 at each; at 3 two more role queries move up (5 → 2, 4 → 3).
 */
const STEP_STRENGTH = 3;

const CUES: { cue: RegExp; intent: Intent }[] = [
  {
    cue: new RegExp(
      `(?:说什么|说啥|讲什么|怎么说|怎么讲|第一句|开场白|用语|话术|[一哪几]句|(?:什么|啥)话|${SAY_WHAT}|(?:怎么|怎样|如何|咋)(?:跟|和|对|向|给)?[^，,。？?！!\\s]{0,8}?(?:${SPEECH}))`,
    ),
    // Asking what to say (or not to say) names the kind of answer outright: it counts three times.
    // Strength 1 → 3 (search6): fourth set's role p@1 28 → 34 %, the other spent sets unchanged; 2 → 31 %, 5 as 3.
    intent: { kinds: ['phrase'], strength: 3 },
  },
  {
    cue: /忌语|禁语|(?:不能|不该|不要|不许|不准|不可以|别)(?:说|讲)|说不得|不文明|(?:哪些|什么)话(?:不能|不可以|别)/,
    intent: { kinds: ['forbidden'], strength: 3 },
  },
  { cue: /第一句|开场白|开口先|头一句|一开口|(?:先|首先|一见面)(?:说|讲|问)/, intent: { opening: true, strength: 3 } },
  // Leaving or seeing one off (走之前, 离开前, 送人走, 送别, 道别): the closing phrase of a situation.
  {
    cue: /最后一句|结束语|结束时说|挂电话前|临走|走之前|离开前|(?:送|目送)(?:人|客人|客户|用户|他|她)?走|送别|道别|告别/,
    intent: { closing: true, strength: 3 },
  },
  // Where a process starts or ends (投诉处理完最后一步, 刚接到投诉先做什么): its first or last step.
  { cue: /最后一步|最后一个(?:步骤|环节)|最后一道|收尾|结案|归档/, intent: { step: 'last', strength: STEP_STRENGTH } },
  {
    cue: /第一步|头一步|第一个(?:步骤|环节)|先(?:做|干)(?:什么|啥|嘛|哪)|刚接到|刚收到/,
    intent: { step: 'first', strength: STEP_STRENGTH },
  },
  {
    cue: /能不能|能否|可不可以|可以吗|可以不|行不行|行吗|允许|准不准|让不让|许不许|要不要|该不该|是不是要|是否|能吗|可否|违规吗|合规吗|违不违规|合不合规|算不算|正常吗|有规定吗|有没有规定/,
    intent: { kinds: ['clause', 'conduct'] },
  },
  {
    cue: /罚|处分|扣分|后果|会怎样|会怎么样|什么处理|怎么处理.*(?:员工|人员|本人)/,
    intent: { kinds: ['violation', 'threshold'] },
  },
  {
    cue: /多久|多长时间|多少时间|几天|几个小时|几小时|几分钟|多少天|多快|时限|期限|什么时候|啥时候|几时|多会儿|多少分钟|最晚|最迟|最快|最长|最久/,
    intent: { says: DURATION },
  },
  { cue: /几点|什么时间|哪个时间/, intent: { says: /\d{1,2}\s*[:：]\s*\d{2}|\d{1,2}\s*[点时]/ } },
  // A day of the year (几月几号开始供暖, 哪天开始算数): an item stating a date (11月15日, 3月15号). Not 几号窗口
  // (a window's number) nor 几日 (几日内: how long).
  {
    cue: /几月|几号(?![窗台线柜楼门车座])|哪天|哪一天|哪几天|什么日子|日期/,
    intent: { says: /\d{1,2}\s*月\s*\d{1,2}\s*[日号]|[一二三四五六七八九十]+月[一二三四五六七八九十]+[日号]/ },
  },
  { cue: /流程|步骤|手续|怎么办理|程序|先后/, intent: { kinds: ['process', 'step'] } },
  // What one earns by doing well (有啥荣誉, 能评个啥, 评先进): an award — not 奖金, which a penalty cuts as often.
  { cue: /荣誉|表彰|嘉奖|奖励|评(?:个|上|上个)?(?:什么|啥)|评先|评优|评比|评选/, intent: { kinds: ['award'] } },
  // Whether it costs anything (要钱吗, 收不收费, 免费吗): an item saying it is free, or what it costs.
  {
    cue: /(?:要|收|花|掏|给)(?:不要|不收)?钱(?:吗|不|么)|要不要钱|收不收钱|收费吗|收不收费|要不要收费|免费吗|免不免费|要门票吗|买票吗/,
    intent: { says: /免费|免票|不收|不要钱|收费|\d+\s*元|[一二两三四五六七八九十百千]+元/ },
  },
  // Who decides or answers for it (谁说了算, 得谁点头, 谁负责, 找谁): an item naming who approves or is in charge.
  // Not a post's page as well: 找谁 then listed a back office's page before the rule (Node loop: 1233 → 1233, one down).
  {
    cue: /谁说了算|谁点头|谁批|谁同意|谁(?:能|来)?决定|谁负责|谁管|归谁|找谁|谁来/,
    intent: { says: /批准|审批|签字同意|负责人|由\p{Script=Han}{1,6}(?:决定|负责|批准|审核)/u },
  },
  // What a post does (这个岗管哪些事, 岗位职责) or which post does it (…的是哪个岗): the post's page.
  {
    cue: /[这那哪什啥][个么]?岗(?!亭)|岗位|职责|(?:管|干|负责)(?:哪些|什么|啥)(?:事|活)?(?:$|[，,。？?！!\s])/,
    intent: { kinds: ['role'] },
  },
  // What to bring: a service guide's list of papers, or an item naming them.
  {
    cue: /(?:带|准备|备|拿)(?:什么|啥|哪些)|(?:什么|哪些|啥)(?:材料|资料|证件|证明|证)|要带/,
    intent: { kinds: ['service'], says: /材料|资料|证件|身份证/ },
  },
];

/**
 * Reported speech: the query tells what one said to a person (我说…, 我回他说…, 就叫他…, 我让他…,
 * 柜员说…) and the remark follows. Told that way, with no cue asking what to say, it most likely
 * asks whether that was allowed: the forbidden phrases are the answers (engine.ts).
 */
const REPORTED =
  /(?:我|就|便|员)(?:也|就|便|只|直接|当场)?(?:说|讲|回(?:他|她|人家|对方)说?|回说|(?:叫|让|跟|对|和|告诉)(?:他|她|人家|对方)(?:说)?)(?![的得了话])\p{Script=Han}{2}/u;
const REPORTED_INTENT: Intent = { kinds: ['forbidden'], strength: 1 };
/** The remark reported, and the answer sought (what to say), are told apart by the asking cue. */
const ASKS_WORDING = CUES[0]!.cue;

/** Whether a query reports what was said rather than asking what to say (REPORTED). */
export function reportsSpeech(folded: string): boolean {
  return REPORTED.test(folded) && !ASKS_WORDING.test(folded);
}

/** The intents of a query (folded and compact forms as query.ts gives them). */
export function intentsOf(folded: string, compact: string): Intent[] {
  const out = CUES.filter((c) => c.cue.test(folded)).map((c) => c.intent);
  if (reportsSpeech(folded)) out.push(REPORTED_INTENT);
  // 几声, 几次, 多少户: a number of that thing (三声, 2次, 200户).
  for (const m of folded.matchAll(/(?:几|多少)(?:个)?(\p{Script=Han})/gu)) {
    // 几回, 几趟, 几遍 are counted as 次 where a rule states them.
    const unit = m[1] === '钱' ? '元' : /[回趟遍]/u.test(m[1]!) ? '次' : m[1]!;
    if (!/[天点时分]/u.test(unit)) out.push({ says: new RegExp(`${NUMERAL}+\\s*(?:个)?${unit}`, 'u') });
  }
  // A service number alone (95598, 12345) is answered by a unit's card; a local line (seven digits
  // or more) by the item that gives it in a sentence, the card after it (rank.ts, PHONE_QUERY).
  if (/^\d{5,6}$/.test(compact)) out.push({ kinds: ['unit'] });
  return out;
}

/** How many of the intents an item answers (each by its strength): by its kind, its text, its place among its situation's phrases. */
export function answered(
  intents: readonly Intent[],
  item: { kind: string; content: string; first?: boolean; last?: boolean },
): number {
  return intents
    .filter(
      (i) =>
        i.kinds?.includes(item.kind) ||
        i.says?.test(item.content) ||
        (i.opening && item.kind === 'phrase' && item.first) ||
        (i.closing && item.kind === 'phrase' && item.last) ||
        (i.step === 'first' && item.kind === 'step' && item.first) ||
        (i.step === 'last' && item.kind === 'step' && item.last),
    )
    .reduce((n, i) => n + (i.strength ?? 1), 0);
}

/** How much of the intents an item answers by its place alone (first or last of its situation's phrases). */
export function placeAnswered(intents: readonly Intent[], first: boolean, last: boolean): number {
  return intents.filter((i) => (i.opening && first) || (i.closing && last)).reduce((n, i) => n + (i.strength ?? 1), 0);
}

/**
 * A forbidden phrase is worded the way people talk, so an everyday query shares its words more
 * than the rule's: unless the query asks about wording not to use, or holds the phrase whole,
 * it counts this much (收到假钱怎么处理: the counterfeit rule, not 你这是假钱).
 */
const FORBIDDEN_SHARE = 0.75;

/**
 * A case told in a sentence (query.ts isSentence) naming no post, and not asking what to say, for
 * the steps, what a post does or what to bring, asks what the rule is: a phrase, a post's page, a
 * process or one of its steps, a service guide answers it less, though it shares the case's words
 * as much (they are worded the way a case is told, short, or list many papers). Such an item
 * counts this much. Measured (Node loop, p@1): fourth…fourteenth 891 → 906 of 1298 (paraphrase
 * 280 → 293); tuning, held-aside, fresh, third, fifth, seventh, ninth 590 → 592 of 760. 0.6: 907 /
 * 591; 0.85: 902 / 593. Applied to phrases in every query, not only in a sentence naming no post,
 * it cost about five role queries in each group. A service guide too (with 拿什么证, 啥证明 read
 * as asking what to bring): 908 → 910, 592 → 594. A conduct rule too gave 910, 596, but a conduct
 * rule is a rule, what such a case asks for: not kept.
 */
const TOLD_SHARE = 0.75;
/**
 * A score item (what an inspector checks, 首问负责，不推诿，不让客户来回跑) sums up one or more rules in
 * a short line, so everyday words match it as well as the rule: it counts this much, and the rule
 * comes first. Measured (Node loop, score items indexed, p@1 fourth…fifteenth of 1506 / the seven older
 * sets of 760; 1058 / 603 before indexing them): 1 → 1059 / 596; 0.7 → 1058 / 598; 0.5, 0.4, 0.3 →
 * 1059 / 602.
 */
const SCORE_ITEM_SHARE = 0.5;
const TOLD_KINDS = new Set(['phrase', 'role', 'process', 'step', 'service']);

/**
 * A term typed bare (no sentence, no post, no number: 装修押金, 联网核查, 冷藏) names a rule: the clause
 * saying it, or the step doing it (派单), is what it points to, while a commitment, a penalty line, a
 * phrase or a guide holding the same words applies it. Items of other kinds count this much, unless
 * the query asks for their kind. A number typed asks for the value published (a commitment's 5个工作日),
 * so not then. Measured (Node loop, p@1; spent fourth…twenty-second of 3832 / guard sets of 760):
 * before 2696 / 608; 0.88 2699 / 608; 0.8 2696 / 606. Steps damped too: 0.92 2704 / 608, 0.88 2706 /
 * 608, 0.75 2710 / 606, but the example's 派单 lost its step (e2e precision 19/20); with numbers too
 * (0.85): 2703 / 606 (number −5); only among items holding the query whole (0.85): 2704 / 607.
 */
const TERM_SHARE = 0.88;
const RULE_KINDS = new Set(['clause', 'conduct', 'step']);

/**
 * How much an item of this kind counts, by the intents of the query (engine.ts): a forbidden
 * phrase unless they ask for one; in a case told (`told`: a sentence naming no post) the kinds above
 * unless they ask for that kind; for a bare term (`term`) any kind but a rule's, unless asked for.
 */
export function kindShare(kind: string, intents: readonly Intent[], told: boolean, term = false): number {
  if (kind === 'forbidden') return intents.some((x) => x.kinds?.includes('forbidden')) ? 1 : FORBIDDEN_SHARE;
  if (kind === 'score-item') return SCORE_ITEM_SHARE;
  const asked = (x: Intent) =>
    x.kinds?.includes(kind) ||
    (kind === 'phrase' && (x.opening || x.closing)) ||
    (kind === 'step' && x.step !== undefined);
  if (term && !RULE_KINDS.has(kind)) return intents.some(asked) ? 1 : TERM_SHARE;
  if (!told || !TOLD_KINDS.has(kind)) return 1;
  return intents.some(asked) ? 1 : TOLD_SHARE;
}
