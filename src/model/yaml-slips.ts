/**
 * YAML syntax errors in the words of the people who edit the files, and the slips behind most
 * of them: a tab or a full-width space in the indentation, a full-width colon from a Chinese
 * input method, a missing space after a colon, ": " inside a value, curly quotes from Word,
 * a {{param}} or a phrase's {slot} in unquoted text where YAML reads its braces as a mapping.
 *
 * One slip makes the yaml parser report a cascade of errors. So the loader mends a recognised
 * slip on the line of the first error, parses again, and repeats: each slip is reported once,
 * with what to do, and the rest of the file is still checked as the author meant it. An error
 * that is not a recognised slip is reported once, with a count of the problems after it.
 */
import type { YAMLError } from 'yaml';
import { visible } from './slips.ts';

/** Our wording for every error code of the yaml library (its own messages never reach the user). */
export const YAML_ERROR_WORDS: Record<string, string> = {
  ALIAS_PROPS: '引用（*名称）不能再带锚点或标记 / an alias (*name) cannot carry an anchor or a tag',
  BAD_ALIAS: '引用（*名称）指向不存在的锚点 / an alias (*name) refers to an anchor that does not exist',
  BAD_DIRECTIVE:
    '无法识别以 % 开头的行；若这是文字，请放进英文引号 / a line starting with % is not understood; if it is text, put it in quotes',
  BAD_DQ_ESCAPE:
    '双引号中的反斜杠 \\ 用法不对；要写反斜杠本身请写成 \\\\，或改用单引号 / a backslash \\ in double quotes starts an escape; write \\\\ for a backslash, or use single quotes',
  BAD_INDENT:
    '缩进不正确：同一层的字段要左对齐，下一层要多缩进 / wrong indentation: fields of one level line up, the next level is indented further',
  BAD_PROP_ORDER: '锚点（&名称）或标记（!）的位置不对 / an anchor (&name) or tag (!) is in the wrong place',
  BAD_SCALAR_START:
    '值不能以 @ ` % 等符号开头；请把整段文字放进英文引号 / a value cannot start with @, ` or %; put the text in quotes',
  BLOCK_AS_IMPLICIT_KEY: '缩进或冒号位置不正确 / wrong indentation or a misplaced colon',
  BLOCK_IN_FLOW:
    '方括号 [ ] 或花括号 { } 里不能换行写列表或字段 / a list or fields cannot start on new lines inside [ ] or { }',
  DUPLICATE_KEY: '同一层级中字段名重复 / a field name appears twice at the same level',
  IMPOSSIBLE: '无法读取此处的 YAML 结构 / the YAML structure here cannot be read',
  KEY_OVER_1024_CHARS:
    '字段名过长（可能缺少冒号后的空格，或少了换行） / a field name is too long (a space after a colon or a line break may be missing)',
  MISSING_CHAR:
    '缺少必要的符号：引号或括号没有闭合，或字段名后缺少冒号 / something is missing: a closing quote or bracket, or the colon after a field name',
  MULTILINE_IMPLICIT_KEY:
    '字段名不能跨行：可能缺少冒号，或缩进不对 / a field name cannot span lines: a colon is missing or the indentation is off',
  MULTIPLE_ANCHORS: '同一个值有多个锚点（&名称） / a value has more than one anchor (&name)',
  MULTIPLE_DOCS:
    '一个文件只能有一份内容（不要用 --- 分隔多份） / a file may hold only one document (no --- separators)',
  MULTIPLE_TAGS: '同一个值有多个标记（!） / a value has more than one tag (!)',
  NON_STRING_KEY: '字段名必须是文字 / field names must be text',
  RESOURCE_EXHAUSTION: '文件结构过于复杂，无法读取 / the file is too complex to read',
  TAB_AS_INDENT: '不能用 Tab 键缩进，请改用空格 / tabs cannot be used for indentation; use spaces',
  TAG_RESOLVE_FAILED:
    '无法识别以 ! 开头的类型标记；若这是文字，请放进英文引号 / a tag starting with ! is not understood; if it is text, put it in quotes',
  UNEXPECTED_TOKEN:
    '出现了意外的符号（可能是多余的 ] 或 }，或缺少冒号） / an unexpected character (a stray ] or }, or a missing colon)',
  BAD_COLLECTION_TYPE: '类型标记与内容不符 / the tag does not fit the content',
};

export function yamlErrorMessage(code: string): string {
  return YAML_ERROR_WORDS[code] ?? 'YAML 格式错误 / YAML syntax error';
}

/** A slip found and mended: where it is (1-based), its diagnostic code and message. */
export interface Mend {
  line: number;
  column: number;
  code: string;
  message: string;
}

interface Candidate {
  text: string;
  mend: Mend;
}

const KEY = '[A-Za-z_][A-Za-z0-9_.-]*';
const LEAD = '^([ ]*(?:-[ ]+)*)';
const WIDE_COLON = new RegExp(`${LEAD}(${KEY})[ \\t]*：[ \\t\\u3000]*`);
const NO_SPACE = new RegExp(`${LEAD}(${KEY}):(?=[^\\s:/])`);
const KEY_VALUE = new RegExp(`${LEAD}(${KEY}):([ ]+)(.*)$`);
const ODD_SPACE = /[\u3000\u00a0\u202f\u2007\u2000-\u2006\u2008-\u200a\u205f\ufeff\u200b]/u;

/** The value as a double-quoted YAML string, a trailing " # comment" kept outside. */
function quote(value: string): string {
  const hash = value.search(/\s#/);
  const body = hash >= 0 ? value.slice(0, hash) : value;
  const rest = hash >= 0 ? value.slice(hash) : '';
  return `${JSON.stringify(body.trimEnd())}${rest}`;
}

/** The ways the slip on one line could be mended, most likely first. */
function candidatesFor(lines: string[], index: number): Candidate[] {
  const raw = lines[index]!;
  // CRLF files: the CR stays at the end of the line.
  const cr = raw.endsWith('\r') ? '\r' : '';
  const line = cr ? raw.slice(0, -1) : raw;
  const n = index + 1;
  const out: Candidate[] = [];
  const withLine: Propose = (replacement, mend) => {
    const copy = [...lines];
    copy[index] = replacement + cr;
    out.push({ text: copy.join('\n'), mend: { line: n, ...mend } });
  };
  const indent = /^[ \t\u3000\u00a0\u202f\u2007\u2000-\u200b\u205f\ufeff]*/u.exec(line)![0];
  const rest = line.slice(indent.length);
  tabMends(lines, index, indent, rest, withLine);
  oddSpaceMends(indent, rest, withLine);
  indentMends(lines, index, indent, rest, withLine);
  colonMends(line, withLine);
  valueMends(line, withLine);
  paramMends(line, withLine);
  return out;
}

/** Offers one mended line for the slip found on it. */
type Propose = (replacement: string, mend: Omit<Mend, 'line'>) => void;

/** A tab in the indentation: spaces at the usual widths, or at the previous line's depth. */
function tabMends(lines: readonly string[], index: number, indent: string, rest: string, withLine: Propose): void {
  if (!indent.includes('\t')) return;
  const column = indent.indexOf('\t') + 1;
  const previous = lines
    .slice(0, index)
    .reverse()
    .find((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
  const previousIndent = previous ? /^ */.exec(previous)![0].length : 0;
  const widths = [...new Set([2, 4, 8])];
  const tries = new Set<string>();
  for (const w of widths) tries.add(indent.replace(/\t/g, ' '.repeat(w)));
  tries.add(' '.repeat(previousIndent));
  tries.add(' '.repeat(previousIndent + 2));
  for (const t of tries)
    withLine(t + rest, {
      column,
      code: 'yaml-tab_as_indent',
      message: `这一行用 Tab 键缩进；YAML 只能用空格缩进，请把 Tab 换成空格 / this line is indented with a tab; YAML indentation must use spaces`,
    });
}

/**
 * An indentation of ordinary spaces that lines up with nothing above (seven spaces where the
 * item's fields start at eight): the line is tried at each field's column on the lines above,
 * nearest first, and the message names the field to line up with.
 */
function indentMends(lines: readonly string[], index: number, indent: string, rest: string, withLine: Propose): void {
  if (!/^ *$/.test(indent) || !/^(?:-[ ]+|[A-Za-z_][A-Za-z0-9_-]*:)/.test(rest)) return;
  const columns = new Map<number, { line: number; key: string }>();
  for (let i = index - 1; i >= 0 && columns.size < 6; i--) {
    const m = /^( *)((?:-[ ]+)*)([A-Za-z_][A-Za-z0-9_-]*)?:?/.exec(lines[i]!)!;
    if (lines[i]!.trim() === '' || lines[i]!.trimStart().startsWith('#')) continue;
    const key = m[3] ?? '-';
    const at = m[1]!.length + m[2]!.length;
    if (!columns.has(at)) columns.set(at, { line: i + 1, key });
    if (m[1]!.length === 0) break;
  }
  if (columns.has(indent.length)) return;
  for (const [column, { line, key }] of columns) {
    const name = key === '-' ? ['短横线 -', 'the dash -'] : [key, key];
    withLine(' '.repeat(column) + rest, {
      column: 1,
      code: 'yaml-bad-indent',
      message: `这一行缩进了 ${indent.length} 个空格，和上面的字段对不齐：应与第 ${line} 行的 ${name[0]} 对齐，缩进 ${column} 个空格 / this line is indented ${indent.length} spaces and lines up with no field above: line it up with ${name[1]} on line ${line} (${column} spaces)`,
    });
  }
}

/** A full-width, no-break or zero-width space in the indentation. */
function oddSpaceMends(indent: string, rest: string, withLine: Propose): void {
  const odd = ODD_SPACE.exec(indent);
  if (!odd) return;
  const ch = odd[0];
  const column = indent.indexOf(ch) + 1;
  const what =
    ch === '\u3000'
      ? ['全角空格', '（中文输入法）', 'a full-width space', ' (typed with a Chinese input method)']
      : ch === '\u200b' || ch === '\ufeff'
        ? [
            '看不见的零宽字符',
            '（常见于从网页或 Word 复制）',
            'an invisible zero-width character',
            ' (often copied from a web page or Word)',
          ]
        : ['不间断空格', '（常见于从 Word 或网页复制）', 'a no-break space', ' (often copied from Word or a web page)'];
  const message = `行首缩进中有${what[0]} ${visible(ch)}${what[1]}，请改为普通空格 / the indentation holds ${what[2]} ${visible(ch)}${what[3]}; use ordinary spaces`;
  const ascii = (w: string) => indent.replace(new RegExp(ODD_SPACE.source, 'gu'), w).replace(/\t/g, '  ');
  withLine(ascii(' ') + rest, { column, code: 'yaml-odd-space', message });
  withLine(ascii('  ') + rest, { column, code: 'yaml-odd-space', message });
  withLine(ascii('') + rest, { column, code: 'yaml-odd-space', message });
}

/** A full-width colon after a field name, or a colon without a space after it. */
function colonMends(line: string, withLine: Propose): void {
  const wide = WIDE_COLON.exec(line);
  if (wide) {
    const column = line.indexOf('：', wide[1]!.length) + 1;
    const key = wide[2]!;
    withLine(line.replace(WIDE_COLON, `$1$2: `), {
      column,
      code: 'yaml-fullwidth-colon',
      message: `字段名 ${key} 后面用了中文冒号“：”（中文输入法）；请改为英文冒号加空格，写成 ${key}: … / the field name ${key} is followed by a full-width colon "：" (a Chinese input method); write an ASCII colon and a space: ${key}: …`,
    });
  }
  const glued = NO_SPACE.exec(line);
  if (glued) {
    const key = glued[2]!;
    withLine(line.replace(NO_SPACE, `$1$2: `), {
      column: glued[1]!.length + key.length + 1,
      code: 'yaml-colon-space',
      message: `冒号后面缺少空格：请写成 ${key}: …（英文冒号后加一个空格） / a space is missing after the colon: write ${key}: … (a colon, then a space)`,
    });
  }
}

/** A value in curly quotes, holding ": ", or starting with a character YAML reserves. */
function valueMends(line: string, withLine: Propose): void {
  const kv = KEY_VALUE.exec(line);
  if (!kv) return;
  const [, lead, key, gap, value] = kv as unknown as [string, string, string, string, string];
  const valueColumn = lead.length + key.length + 1 + gap.length + 1;
  const curly = /^[“‘]/.exec(value);
  if (curly) {
    const inner = value.replace(/^[“‘]/, '').replace(/[”’](\s+#.*)?$/, '$1');
    withLine(`${lead}${key}:${gap}${quote(inner)}`, {
      column: valueColumn,
      code: 'yaml-curly-quotes',
      message: `值用中文引号 “ ” 括起来，YAML 不把它当作引号；请改用英文引号 "，写成 ${key}: "…" / the value is wrapped in curly quotes “ ”, which YAML does not treat as quotes; use straight quotes: ${key}: "…"`,
    });
  } else if (!/^["'[{|>&*!%@`]/.test(value) && (/:\s/.test(value) || /:$/.test(value.replace(/\s+#.*$/, '')))) {
    withLine(`${lead}${key}:${gap}${quote(value)}`, {
      column: valueColumn + value.search(/:(\s|$)/),
      code: 'yaml-colon-in-value',
      message: `值中含有“: ”（冒号加空格），YAML 会把它当作新的字段；请把整段文字放进英文引号，写成 ${key}: "…" / the value holds ": " (a colon and a space), which YAML reads as a new field; put the text in quotes: ${key}: "…"`,
    });
  } else if (/^[@`%]/.test(value)) {
    withLine(`${lead}${key}:${gap}${quote(value)}`, {
      column: valueColumn,
      code: 'yaml-bad-scalar_start',
      message: `值不能以 ${value[0]} 开头；请把整段文字放进英文引号，写成 ${key}: "…" / a value cannot start with ${value[0]}; put the text in quotes: ${key}: "…"`,
    });
  }
}

const FLOW_KEY = /([A-Za-z_][A-Za-z0-9_-]*):[ ]+/g;
/** A slot in a text: {{param}}, or a phrase's blank such as {金额} (no space, colon or comma inside). */
const SLOT = /\{\{[^{}]*\}\}|\{[^{}\s:,]+\}/;

/** The message for a {{param}} or a {slot} in a value that is not in quotes. */
function paramMessage(key: string, column: number, slot: string): Omit<Mend, 'line'> {
  const param = slot.startsWith('{{');
  const shown = param ? '{{…}}' : slot;
  return {
    column,
    code: param ? 'yaml-param-unquoted' : 'yaml-slot-unquoted',
    message: `${key} 的值含有 ${shown} 却没有加引号，YAML 把花括号当成了结构；请把整段文字放进英文引号，写成 ${key}: "…${shown}…" / the value of ${key} holds ${shown} but is not in quotes, so YAML reads the braces as structure; put the text in quotes: ${key}: "…${shown}…"`,
  };
}

/**
 * A {{param}} or a phrase's {slot} in a value without quotes, at the value's start or inside
 * { } / [ ] on one line (\`- { id: x, text: 收到您{金额}元。 }\`): the value is put in double quotes.
 */
function paramMends(line: string, withLine: Propose): void {
  const kv = KEY_VALUE.exec(line);
  const atStart = kv ? new RegExp(`^(?:${SLOT.source})`).exec(kv[4]!) : null;
  if (kv && atStart) {
    const [, lead, key, gap, value] = kv as unknown as [string, string, string, string, string];
    withLine(
      `${lead}${key}:${gap}${quote(value)}`,
      paramMessage(key, lead.length + key.length + gap.length + 2, atStart[0]),
    );
    return;
  }
  const open = /^[ ]*(?:-[ ]+)*[{[]/.exec(line);
  const close = /[}\]][ ]*(?:#.*)?$/.exec(line);
  if (!open || !close || !SLOT.test(line.slice(open[0].length, close.index))) return;
  const keys = [...line.slice(0, close.index).matchAll(FLOW_KEY)].filter((m) => m.index >= open[0].length - 1);
  for (const [i, m] of keys.entries()) {
    const start = m.index + m[0].length;
    const next = keys[i + 1];
    const end = next ? line.lastIndexOf(',', next.index) : close.index;
    const value = line.slice(start, end).trimEnd();
    const slot = SLOT.exec(value);
    // A nested mapping or list ({ value: 1 }, [a, b]) is structure, not a slot.
    if (!slot || /^["'[]/.test(value) || /^\{\s/.test(value)) continue;
    const mended = `${line.slice(0, start)}${JSON.stringify(value)}${line.slice(start + value.length)}`;
    withLine(mended, paramMessage(m[1]!, start + 1, slot[0]));
    return;
  }
}

/**
 * Files larger than this are not mended (each try parses the file again; a 190,000-character
 * file took a second a parse on a busy machine). Content files are a few thousand characters
 * (the example's largest is 17 KB); a larger one still gets its first slip reported, once.
 */
const MEND_MAX_CHARS = 64 * 1024;
const MEND_MAX_SLIPS = 8;
/**
 * Characters parsed while mending one file, at most: a small file may try every mend, a large
 * one a few. Counted in characters, not time, so the same file always gives the same report.
 */
const MEND_BUDGET_CHARS = 512 * 1024;

/** What mending needs of a parse: its errors and the line of an offset. */
export interface Parse {
  errors: readonly YAMLError[];
  lineOf: (offset: number) => number;
}

/**
 * Mends recognised slips one at a time, from the first error on. `parse` parses a text. A
 * mend is kept only if the first error then comes later in the file (or none is left).
 * Returns the mends made and the final parse (of the mended text).
 */
export function mendSlips<P extends Parse>(
  text: string,
  parse: (text: string) => P,
): { mends: Mend[]; text: string; parsed: P } {
  let parsed = parse(text);
  const mends: Mend[] = [];
  if (text.length > MEND_MAX_CHARS) return { mends, text, parsed };
  let budget = MEND_BUDGET_CHARS;
  while (parsed.errors.length > 0 && mends.length < MEND_MAX_SLIPS && budget > 0) {
    const first = firstBlocking(parsed.errors);
    if (!first) break;
    const errorLine = parsed.lineOf(first.pos[0]);
    const lines = text.split('\n');
    let better: { text: string; mend: Mend; parsed: P } | undefined;
    // The slip is usually on the error's line, sometimes on the line before it.
    // Of the ways to mend it, the one that leaves the fewest problems (a tab could stand for 2, 4 or 8 spaces).
    const score = (p: P): [number, number] => {
      const next = firstBlocking(p.errors);
      return next ? [p.lineOf(next.pos[0]), -p.errors.length] : [Infinity, 0];
    };
    for (const index of [errorLine - 1, errorLine - 2]) {
      if (index < 0 || index >= lines.length) continue;
      let best: [number, number] | undefined;
      for (const c of candidatesFor(lines, index)) {
        if (budget <= 0) break;
        budget -= c.text.length;
        const again = parse(c.text);
        const s = score(again);
        if (s[0] <= c.mend.line) continue;
        if (!best || s[0] > best[0] || (s[0] === best[0] && s[1] > best[1])) {
          best = s;
          better = { ...c, parsed: again };
        }
        if (s[0] === Infinity && again.errors.length === 0) break;
      }
      if (better) break;
    }
    if (!better) break;
    mends.push(better.mend);
    text = better.text;
    parsed = better.parsed;
  }
  return { mends, text, parsed };
}

/** Duplicate keys do not disturb the parse: they are reported each on its own, not mended. */
export function firstBlocking(errors: readonly YAMLError[]): YAMLError | undefined {
  return errors.find((e) => e.code !== 'DUPLICATE_KEY');
}
