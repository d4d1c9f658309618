/**
 * Normative strength from Chinese wording (GB/T 1.1 verbal forms).
 *
 * Used by the checker (warn when the written strength contradicts the wording)
 * and by the importer (infer a strength where none is written).
 * The single characters 应/可/宜 are also parts of common words (供应, 响应,
 * 可靠, 便宜 …); those words are masked before looking for the markers.
 */
import type { Strength } from './schema.ts';

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

/** Words that contain a marker character without carrying its normative meaning. */
const NON_NORMATIVE_WORDS = [
  // 应
  '供应', '响应', '相应', '应答', '答应', '反应', '适应', '对应', '应急', '应用', '回应', '应对', '照应',
  '呼应', '感应', '效应', '应聘', '应收', '应届', '理应', '应邀', '报应', '应酬', '内应', '接应', '顺应',
  // 可
  '可能', '可靠', '许可', '认可', '可是', '可口', '可爱', '可怕', '可惜', '可见', '宁可', '可观', '可贵',
  '可信', '可疑', '可控', '可行', '可持续', '可视', '不可或缺', '可乘之机',
  // 宜
  '便宜', '事宜', '适宜', '宜人', '相宜', '机宜',
  // 须
  '须知', '胡须', '必须品',
  // 得
  '得到', '获得', '取得', '得分', '心得', '记得', '觉得', '值得', '懂得', '显得', '晓得',
];

const SHALL_NOT = /(不得|严禁|禁止|不准|不应|不许|不可|不能|切勿|杜绝|决不|绝不|不要)/;
const SHOULD_NOT = /不宜/;
const SHALL = /(应当|应该|必须|务必|须|应)/;
const SHOULD = /(宜|提倡|鼓励)/;
const MAY = /(可以|可|允许)/;

function mask(text: string): string {
  let out = text;
  for (const word of NON_NORMATIVE_WORDS) {
    if (out.includes(word)) out = out.split(word).join('□'.repeat(word.length));
  }
  return out;
}

/** Every strength the wording expresses; negated forms are removed before looking for positive ones. */
export function strengthMarkers(text: string): Set<Strength> {
  let t = mask(text);
  const found = new Set<Strength>();
  const take = (re: RegExp, strength: Strength) => {
    const global = new RegExp(re.source, 'g');
    if (global.test(t)) {
      found.add(strength);
      t = t.replace(global, (m) => '□'.repeat(m.length));
    }
  };
  take(SHOULD_NOT, 'should-not');
  take(SHALL_NOT, 'shall-not');
  take(SHALL, 'shall');
  take(SHOULD, 'should');
  take(MAY, 'may');
  return found;
}

/**
 * The strength the wording expresses, or undefined when it expresses none.
 * Prohibitions win over obligations ("应……不得……" is read as a prohibition),
 * because the stricter reading is the safer default for an importer.
 */
export function inferStrength(text: string): Strength | undefined {
  const markers = strengthMarkers(text);
  for (const s of ['should-not', 'shall-not', 'shall', 'should', 'may'] as const) if (markers.has(s)) return s;
  return undefined;
}

/**
 * Whether a written strength contradicts the wording: the wording expresses
 * some strength but not the written one ("应" marked 可). A clause that says
 * both "应……" and "不得……" agrees with either marking.
 */
export function strengthConflicts(written: Strength, text: string): Strength | undefined {
  const markers = strengthMarkers(text);
  if (markers.size === 0 || markers.has(written)) return undefined;
  return inferStrength(text);
}
