/**
 * Quoted phrases in etiquette wording: 「您好」, “请稍等”, "再见". A quoted term such as
 * “首问负责制” is not a phrase; a quote counts as one when it is said (a speech word
 * before it, polite words in it, or it follows another phrase in a list).
 */

export interface FoundPhrase {
  text: string;
  forbidden: boolean;
}

const QUOTE = /「([^」]{1,60})」|“([^”]{1,60})”|"([^"]{1,60})"|『([^』]{1,60})』/gu;
const SPEECH_BEFORE =
  /(说|问|答|道|讲|喊|用语|提示语|礼貌语|文明语|招呼|应答|回答|致歉|欢迎|告知|开头语|结束语|使用|忌语|禁语)[^，。；;“「"]{0,3}[：:，,]?\s*$/u;
const POLITE = /(您|请|谢谢|对不起|再见|欢迎|抱歉|稍等|你好|慢走|不客气|没关系)/u;
const FORBIDDEN_BEFORE =
  /(不说|不讲|不得说|严禁说|禁止说|不准说|不能说|忌说|忌用|忌语|禁语|禁用语|不使用|不得使用|严禁使用)[^。；;]{0,8}$/u;
/** Words that stand for a blank in a phrase template: XX, ××, ＊＊, ___. */
const SLOT = /\s*(?:XX|xx|××|＊＊|\*\*|_{2,}|＿{2,}|○○)\s*/gu;

/** Writes the blanks of a phrase as {slots}: 收到您XX元 → 收到您{金额}元. */
export function slotify(text: string): string {
  return text.replace(SLOT, (_m, offset: number, whole: string) => {
    const after = whole.slice(offset + _m.length);
    const before = whole.slice(0, offset);
    if (/工号$/u.test(before)) return '{工号}';
    if (/^元/u.test(after)) return '{金额}';
    if (/^(资料|材料|证件|文件|单据|票据)/u.test(after)) return '{名称}';
    if (/^(号|号码)/u.test(after)) return '{号码}';
    return '{内容}';
  });
}

/**
 * Phrases quoted in `text`. `forbiddenContext` marks every phrase forbidden (a clause
 * under a 忌语 heading).
 */
export function findPhrases(text: string, forbiddenContext: boolean): FoundPhrase[] {
  const out: FoundPhrase[] = [];
  let lastEnd = -1;
  let lastWasPhrase = false;
  for (let m = QUOTE.exec(text); m; m = QUOTE.exec(text)) {
    const inner = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').trim();
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const between = lastEnd >= 0 ? text.slice(lastEnd, m.index) : undefined;
    const listed: boolean = lastWasPhrase && between !== undefined && /^[\s、，,和或及与/]*$/u.test(between);
    const forbidden = forbiddenContext || FORBIDDEN_BEFORE.test(text.slice(0, m.index).slice(-16));
    const said: boolean =
      forbidden || listed || SPEECH_BEFORE.test(before) || POLITE.test(inner) || /[！!？?。]$/u.test(inner);
    lastEnd = m.index + m[0].length;
    lastWasPhrase = said && inner !== '';
    if (!lastWasPhrase) continue;
    const cleaned = slotify(inner.replace(/^[，,。\s]+|[，,\s]+$/gu, ''));
    if (cleaned !== '') out.push({ text: cleaned, forbidden });
  }
  return out;
}

/** A list rule such as "十字文明用语：您好、请、谢谢、对不起、再见". */
export function findRuleSet(text: string): { title: string; items: string[] } | undefined {
  if (/[「“"『]/u.test(text)) return undefined;
  const m = /^([^：:，,。]{2,16})[：:]\s*(.+?)[。；;]?$/u.exec(text.trim());
  if (!m) return undefined;
  const items = (m[2] ?? '')
    .split(/[、，,；;]/u)
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length < 3 || items.some((s) => [...s].length > 10)) return undefined;
  return { title: (m[1] ?? '').trim(), items };
}
