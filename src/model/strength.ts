/**
 * Normative strength from Chinese wording (GB/T 1.1 verbal forms).
 *
 * One reading, used by the checker (warn when the written strength contradicts the wording),
 * by the quiz generator and by the importer (infer a strength where none is written).
 *
 * A marker counts only where it is operative. Not operative:
 * - words that merely contain the character (供应, 要求, 可能, 解决不好 holds 决不, 不准确 holds 不准);
 * - adjectival 可 (可实施, 可量化, 可操作性);
 * - anything quoted: names of rules (《员工服务行为十不准》, “四不准”) and phrases to say;
 * - conditions: a clause part ending in 的 (not 目的) before its comma (不能当场答复的，应……), a part opened
 *   by 如/若/如果/凡 …, and 不能/不可/无法 …的 qualifying a noun (不能解决的问题);
 * - 杜绝 in a report of what was done (已杜绝了).
 * 理应 is a marker (shall): masking it as a word would also eat the 应 of 经理应.
 */
import type { Strength } from './schema/common.ts';

export const STRENGTH_LABEL_ZH: Record<Strength, string> = {
  shall: '应',
  'shall-not': '不得',
  should: '宜',
  'should-not': '不宜',
  may: '可',
};

export const STRENGTH_LABEL_EN: Record<Strength, string> = {
  shall: 'shall',
  'shall-not': 'shall not',
  should: 'should',
  'should-not': 'should not',
  may: 'may',
};

/**
 * Which words beyond GB/T 1.1's 应/不应/不得/宜/不宜/可 state an obligation:
 * - `plain` (default): 必须, 须, 务必 and the modal 要 (要主动问好; not 要求, 重要, 需要 …) read as shall,
 *   as service documents use them;
 * - `strict`: they are not read; a clause whose only marker is one of them gets no strength
 *   (the importer marks it TODO), for organisations that keep to GB/T 1.1 wording.
 */
export type StrengthWords = 'plain' | 'strict';
export const STRENGTH_WORDS: readonly StrengthWords[] = ['plain', 'strict'];

export interface StrengthOptions {
  words?: StrengthWords;
}

/** Words that contain a marker character without carrying its normative meaning. */
const NON_NORMATIVE_WORDS = [
  // 应
  '供应',
  '响应',
  '相应',
  '应答',
  '答应',
  '反应',
  '适应',
  '对应',
  '应急',
  '应用',
  '回应',
  '应对',
  '照应',
  '呼应',
  '感应',
  '效应',
  '应聘',
  '应收',
  '应届',
  '应邀',
  '报应',
  '应酬',
  '内应',
  '接应',
  '顺应',
  '应付',
  // 可
  '可能',
  '可靠',
  '许可',
  '认可',
  '可是',
  '可口',
  '可爱',
  '可怕',
  '可惜',
  '可见',
  '宁可',
  '可观',
  '可贵',
  '可信',
  '可疑',
  '可控',
  '可行',
  '可持续',
  '可视',
  '不可或缺',
  '可乘之机',
  '即可',
  '方可',
  '不可避免',
  // adjectival 可: "can be done / measured", not a permission
  '可实施',
  '可量化',
  '可操作',
  '可考核',
  '可追溯',
  '可衡量',
  '可复制',
  '可推广',
  '可执行',
  '可查询',
  '可感知',
  // 可 of what a thing can do or is for, not a person's permission
  '可用于',
  '可用性',
  '可供',
  // 可 in the name of a list: the matters that can be handled (可办事项), not a permission
  '可办事项',
  '可办理事项',
  '可办业务',
  // 宜
  '便宜',
  '事宜',
  '适宜',
  '宜人',
  '相宜',
  '机宜',
  // 须
  '须知',
  '胡须',
  '必须品',
  '无须',
  '毋须',
  '不须',
  // 要 (only the modal verb is a marker)
  '要求',
  '重要',
  '主要',
  '需要',
  '只要',
  '要点',
  '要素',
  '要害',
  '纪要',
  '摘要',
  '要是',
  '要么',
  '提要',
  '简要',
  '必要',
  '概要',
  '要闻',
  '要件',
  '要领',
  '要务',
  '想要',
  '将要',
  '快要',
  '就要',
  '要数',
  '不要紧',
  '首要',
  '紧要',
  '扼要',
  '要道',
  '要职',
  '吃拿卡要',
  '卡、要',
  '卡要',
  '要不然',
  '索要',
  '要账',
  // 不 + marker that is no prohibition
  '解决不好',
  '决不定',
  '不准确',
  '不准时',
  '不得不',
  '不得已',
  '不得而知',
  '不可思议',
  '不能不',
  // 得 (kept from the first version: none of these is a marker, listed so they never become one)
  '得到',
  '获得',
  '取得',
  '得分',
  '心得',
  '记得',
  '觉得',
  '值得',
  '懂得',
  '显得',
  '晓得',
];

interface Marker {
  re: RegExp;
  strength: Strength;
  /** Not a GB/T 1.1 form: read only under `words: 'plain'`. */
  plain?: boolean;
}

/** Longer forms first at the same position (不应 before 应, 应当 before 应). */
const MARKERS: Marker[] = [
  { re: /不宜/u, strength: 'should-not' },
  { re: /不得|严禁|禁止|不准|不应|不许|不可|不能|切勿|杜绝|决不|绝不|不要/u, strength: 'shall-not' },
  { re: /应当|应该|理应|应/u, strength: 'shall' },
  { re: /必须|务必|须|要/u, strength: 'shall', plain: true },
  { re: /宜|提倡|鼓励/u, strength: 'should' },
  { re: /可以|允许|可/u, strength: 'may' },
];
const ANY_MARKER = new RegExp(MARKERS.map((m) => m.re.source).join('|'), 'gu');
/** Each marker word's reading, looked up once per match. */
const MARKER_OF = new Map<string, Marker>();
for (const m of MARKERS) for (const word of m.re.source.split('|')) MARKER_OF.set(word, m);
/** Stricter readings first: "应……不得……" is a prohibition, the safer default for an importer. */
const PRECEDENCE: readonly Strength[] = ['should-not', 'shall-not', 'shall', 'should', 'may'];

/** A part ending so is a circumstance (使用自助终端时), not a statement. */
const CIRCUMSTANCE_END = /(?:时|后|前|期间|之际|中|以上|以下)$/u;
/** A part opening with a bare duty verb states a duty without a marker (使用普通话, 坚持……, 把……写全). */
const DUTY_START =
  /^(?:使用|执行|坚持|做到|保持|实行|落实|遵守|提供|按时|主动|统一|严格|认真|及时|热情|出具|核对|告知|一次性|做好|确保|如实|当面|耐心|把)/u;

/** Words opening a part of a sentence that sets the circumstance of what follows, not a statement of its own. */
const ADJUNCT_START =
  /^(?:对于?|向|在|遇到?|遇有|碰到|发现|面对|针对|凡|如果?|若|假如|倘若|一旦|当|因|经|除|凭|按照?|根据|依据|为了?|于|通过|与|同|跟|和|由)/u;

const blank = (s: string): string => '□'.repeat(s.length);

/** People a rule is relayed to (the only ones after 要求, also a noun: 服务要求不得低于…, 要求人员不得…). */
const PERSONS =
  '乘客|旅客|游客|顾客|客户|客人|宾客|住客|车主|驾驶员|司机|群众|市民|居民|用户|患者|病人|家属|陪护|访客|学生|考生|读者|观众|儿童|老人|他人|对方|其';
/** …or, after a verb that only relays, a word ending as a person does (吸烟者, 驾乘人员, 申请人). */
const ANYONE = `${PERSONS}|[\\p{Script=Han}]{1,4}?(?:者|人员|人)`;
/**
 * 提醒/告知/劝阻…, someone, then the rest of that part of the sentence: the rule told to them.
 * Someone must follow: 提示牌不得遮挡 and 告知单应写明… are nouns, and their 不得/应 the clause's.
 */
const RELAYED = new RegExp(
  `((?:提醒|告知|告诫|劝阻|劝告|劝导|叮嘱|嘱咐|提示)(?:${ANYONE})|要求(?:${PERSONS}))([^，,；;。！!？?：:\\n]+)`,
  'gu',
);

/** The text with everything that is not an operative marker blanked out (same length). */
/** All of them in one pattern, longest first, so a text is scanned once rather than once per word. */
const NON_NORMATIVE = new RegExp(
  [...NON_NORMATIVE_WORDS]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('|'),
  'gu',
);
/** The characters of the marker words: a text without any has no strength (titles, figures). */
const MARKER_CHARS = new RegExp(
  `[${[...new Set(MARKERS.flatMap((m) => [...m.re.source.replace(/[^\p{Script=Han}]/gu, '')]))].join('')}]`,
  'u',
);

function maskNonOperative(text: string): string {
  // "应急客户所急" is 应 + 急…所急 (to hasten to meet the client's needs), not 应急 (emergency).
  const source = text.replace(/应急([^，,。；;]{1,6}所急)/gu, '应□$1');
  // Quotes and book titles: names of rules, phrases to say.
  let t = source.replace(/《[^》]*》|“[^”]*”|"[^"]*"|「[^」]*」|『[^』]*』|‘[^’]*’/gu, blank);
  // A rule relayed to someone else is theirs, not the clause's: 应提醒乘客不得将头手伸出窗外 is a
  // duty (to remind), though it holds 不得. (Before the words below: they blank 要求.)
  t = t.replace(RELAYED, (all: string, verb: string, rest: string) =>
    MARKER_CHARS.test(rest) ? verb + blank(rest) : all,
  );
  t = t.replace(NON_NORMATIVE, blank);
  // A report of what was done, not a rule.
  t = t.replace(/(?:已经?|基本|全面|彻底)杜绝|杜绝了/gu, blank);
  // 不能/不可/无法 … 的 qualifying a noun: 对不能解决的问题.
  t = t.replace(/(?:不能|不可|无法)[^，,；;。！!？?：:\n]{0,12}?的/gu, blank);
  // Conditions: a part ending in 的 before its comma, or opened by 如/若/凡 ….
  return t.replace(/[^，,；;。！!？?：:\n]+(?=[，,])/gu, (part) =>
    /(?<![目有别似])的$/u.test(part) || /^(?:如果?|若|假如|倘若|凡|一旦)/u.test(part.trim()) ? blank(part) : part,
  );
}

export interface StrengthReading {
  /** The strength the wording expresses; undefined when none, or when unsure (see `unsure`). */
  strength?: Strength;
  /** Every strength an operative marker expresses. */
  markers: Set<Strength>;
  /** Why no strength was given although a marker was seen (bilingual), e.g. under `strict` words. */
  unsure?: string;
  /**
   * A duty stated without a marker before the only prohibition (出具告知单，一次写全，不得让人来回跑):
   * the prohibition says what the duty spares, and the clause reads as an obligation too.
   */
  dutyBeforeProhibition?: string;
}

/** Reads the normative strength of `text`. */
export function readStrength(text: string, options: StrengthOptions = {}): StrengthReading {
  const words = options.words ?? 'plain';
  if (!MARKER_CHARS.test(text)) return { markers: new Set() };
  const t = maskNonOperative(text);
  const markers = new Set<Strength>();
  /** Where each strength's first operative marker stands. */
  const first = new Map<Strength, number>();
  const notGbt = new Set<string>();
  for (const m of t.matchAll(ANY_MARKER)) {
    const found = MARKER_OF.get(m[0]);
    if (!found) continue;
    if (found.plain && words === 'strict') notGbt.add(m[0]);
    else {
      markers.add(found.strength);
      if (!first.has(found.strength)) first.set(found.strength, m.index);
    }
  }
  const strength = PRECEDENCE.find((x) => markers.has(x));
  // A permission only in an exception to a statement without a marker: "使用普通话，遇到只会说方言
  // 的老年用户，可用方言耐心沟通" is a duty (use Mandarin) with an exception, not a permission.
  if (strength === 'may' && markers.size === 1) {
    const before = statementBefore(t, first.get('may')!);
    if (before !== undefined)
      return {
        markers,
        unsure: `“可”只在“${before}”之后的例外里，前面的要求没有写强度，请确定强度 / 可 (may) only in an exception to "${before}", a statement without a strength word: decide the strength`,
      };
  }
  if (strength === 'shall-not' && markers.size === 1) {
    const before = statementBefore(t, first.get('shall-not')!);
    if (before !== undefined) return { strength, markers, dutyBeforeProhibition: before };
  }
  if (strength === undefined && notGbt.size > 0) {
    const w = [...notGbt].join('、');
    return {
      markers,
      unsure: `只有“${w}”，不是 GB/T 1.1 的措辞，请确定强度 / only "${w}", not a GB/T 1.1 form: decide the strength`,
    };
  }
  return strength === undefined ? { markers } : { strength, markers };
}

/**
 * The part of the marker's sentence before it that states a duty of its own without a marker (a
 * part opening with a bare duty verb: 使用普通话) — not a circumstance (对……, 遇到……, ……时, a
 * part ending in 的: blanked by maskNonOperative) nor a subject — or undefined when there is none.
 */
function statementBefore(masked: string, at: number): string | undefined {
  const start =
    Math.max(...['。', '；', ';', '！', '!', '？', '?', '\n'].map((p) => masked.lastIndexOf(p, at - 1))) + 1;
  const parts = masked
    .slice(start, at)
    .split(/[，,：:]/u)
    .slice(0, -1);
  return parts
    .map((p) => p.trim())
    .find(
      (p) => p !== '' && !p.includes('□') && !ADJUNCT_START.test(p) && !CIRCUMSTANCE_END.test(p) && DUTY_START.test(p),
    );
}

/**
 * The strength the wording expresses, or undefined when it expresses none.
 * Prohibitions win over obligations ("应……不得……" is read as a prohibition),
 * because the stricter reading is the safer default for an importer.
 */
export function inferStrength(text: string, options: StrengthOptions = {}): Strength | undefined {
  return readStrength(text, options).strength;
}

/**
 * Whether a written strength contradicts the wording: the wording expresses
 * some strength but not the written one ("应" marked 可). A clause that says
 * both "应……" and "不得……" agrees with either marking, and so does a duty
 * without a marker followed by what it must not lead to (……一次写全，不得让人一趟趟来问).
 */
export function strengthConflicts(
  written: Strength,
  text: string,
  options: StrengthOptions = {},
): Strength | undefined {
  const reading = readStrength(text, options);
  if (reading.markers.size === 0 || reading.markers.has(written)) return undefined;
  if (written === 'shall' && reading.dutyBeforeProhibition !== undefined) return undefined;
  return reading.strength;
}
