/**
 * Question banks as units keep them, read into plain questions:
 * - numbered questions in Word or plain text, with A–D options (one per line or several on a
 *   line), "答案：B" lines or the answer in the brackets ("（√）", "（3）"), "解析：" lines, and
 *   section headings that give the type (一、单项选择题 …);
 * - tables (Word tables, Excel sheets) with a header row naming the columns: 题型 / 题目 /
 *   选项 or 选项A…D / 答案 / 解析; an Excel sheet named after a type (单选题) gives its type.
 */
import type { SourceLine } from './read.ts';
import { normaliseLine } from './text.ts';

export type QuestionType = 'single' | 'multiple' | 'truefalse' | 'blank';

export interface RawQuestion {
  /** Where a user finds it: "第12段", "line 12", "单选题!3". */
  at: string;
  /** Source line (paragraph, or sheet row) for sorting and listing. */
  line: number;
  typeHint?: QuestionType | 'unsupported';
  stem: string;
  options: string[];
  answer?: string;
  explanation?: string;
}

export function typeFromWords(words: string): QuestionType | 'unsupported' | undefined {
  if (/多项?选|多选|不定项/u.test(words)) return 'multiple';
  if (/单项?选|单选|选择/u.test(words)) return 'single';
  if (/判断|是非|对错/u.test(words)) return 'truefalse';
  if (/填空/u.test(words)) return 'blank';
  if (/简答|问答|论述|案例|计算|名词解释/u.test(words)) return 'unsupported';
  return undefined;
}

const SECTION =
  /^(?:[一二三四五六七八九十]+\s*[、.．]|第[一二三四五六七八九十]+部分|[（(][一二三四五六七八九十]+[)）])?\s*([^\d，。]{0,8}?(?:选择|判断|填空|简答|问答|论述|是非)题?)(?:[（(][^)）]*[)）])?\s*[：:]?$/u;
const QUESTION = /^(?:(\d{1,4})\s*[.、．。)）]|[（(](\d{1,4})[)）])\s*(.+)$/su;
const OPTION_START = /^[（(]?([A-Ha-h])[)）]?\s*[.、．:：]\s*/u;
const OPTION_SPLIT = /\s+(?=[（(]?[A-H][)）]?\s*[.、．:：])|[;；](?=\s*[（(]?[A-H][)）]?\s*[.、．:：])/u;
const ANSWER_LINE = /^[【[]?(?:正确|参考|标准)?答案[】\]]?\s*[：:]?\s*(.+)$/u;
const INLINE_ANSWER = /\s*[【[]?(?:正确|参考|标准)?答案[】\]]?\s*[：:]\s*(\S+)\s*$/u;
const EXPLANATION_LINE = /^[【[]?(?:答案)?解析[】\]]?\s*[：:]\s*(.*)$/u;

/** The options written on one line: "A．右胸前    B．左胸前". */
export function splitOptions(text: string): string[] {
  return text
    .split(/\n|(?:\s*[;；]\s*)(?=[（(]?[A-Ha-h][)）]?\s*[.、．:：])/u)
    .flatMap((part) => part.split(OPTION_SPLIT))
    .map((o) => o.replace(OPTION_START, '').trim())
    .filter((o) => o !== '');
}

/** Numbered questions in paragraphs or lines. Word's list numbers count as typed ones. */
export function readQuestionLines(lines: readonly SourceLine[], unit: '段' | '行'): RawQuestion[] {
  const out: RawQuestion[] = [];
  let typeHint: RawQuestion['typeHint'];
  let q: RawQuestion | undefined;
  for (const raw of lines) {
    if (raw.cells) continue;
    const text = normaliseLine(raw.number ? `${raw.number.text} ${raw.text}` : raw.text);
    if (text === '') continue;
    const section = SECTION.exec(text);
    if (section && !QUESTION.test(text.replace(/^[一二三四五六七八九十]+\s*[、.．]\s*/u, 'x'))) {
      typeHint = typeFromWords(section[1] ?? '');
      q = undefined;
      continue;
    }
    const answer = ANSWER_LINE.exec(text);
    if (answer && q) {
      q.answer = (answer[1] ?? '').trim();
      continue;
    }
    const explanation = EXPLANATION_LINE.exec(text);
    if (explanation && q) {
      q.explanation = (explanation[1] ?? '').trim();
      continue;
    }
    if (q && OPTION_START.test(text)) {
      q.options.push(...splitOptions(text));
      continue;
    }
    const start = QUESTION.exec(text);
    if (start) {
      let stem = (start[3] ?? '').trim();
      const inline = INLINE_ANSWER.exec(stem);
      q = { at: `第 ${raw.line} ${unit}`, line: raw.line, stem, options: [], ...(typeHint ? { typeHint } : {}) };
      if (inline) {
        stem = stem.slice(0, inline.index).trim();
        q.stem = stem;
        q.answer = inline[1] ?? '';
      }
      out.push(q);
      continue;
    }
    // Anything else continues the stem, or the last option.
    if (q) {
      if (q.options.length > 0) q.options[q.options.length - 1] += text;
      else q.stem += text;
    }
  }
  return out;
}

type Role = 'number' | 'type' | 'stem' | 'options' | 'answer' | 'explanation' | `option-${string}`;

/** What each column of a header row holds; undefined when the row is no header of a question table. */
export function headerRoles(cells: readonly string[]): (Role | undefined)[] | undefined {
  const roles = cells.map((raw): Role | undefined => {
    const c = normaliseLine(raw).replace(/\s/gu, '');
    if (c === '') return undefined;
    if (/解析|说明|依据|出处/u.test(c)) return 'explanation';
    if (/答案/u.test(c)) return 'answer';
    if (/题型|类型|题目类型/u.test(c)) return 'type';
    const letter = /^(?:选项)?([A-H])$|^选项([A-H])$/u.exec(c);
    if (letter) return `option-${letter[1] ?? letter[2]}`;
    if (/选项|备选/u.test(c)) return 'options';
    if (/序号|题号|编号/u.test(c)) return 'number';
    if (/题目|题干|试题|问题|内容/u.test(c)) return 'stem';
    return undefined;
  });
  return roles.includes('stem') && roles.includes('answer') ? roles : undefined;
}

/** Questions in rows of cells under a header row; `typeHint` from a sheet's name. */
export function readQuestionRows(
  rows: readonly { cells: string[]; at: string; line: number }[],
  typeHint?: RawQuestion['typeHint'],
): RawQuestion[] {
  const out: RawQuestion[] = [];
  let roles: (Role | undefined)[] | undefined;
  for (const row of rows) {
    const header = headerRoles(row.cells);
    if (header) {
      roles = header;
      continue;
    }
    if (!roles) continue;
    const get = (role: Role): string => normaliseLine(row.cells[roles!.indexOf(role)] ?? '');
    const stem = get('stem');
    if (stem === '') continue;
    const letters = roles.filter((r): r is `option-${string}` => r?.startsWith('option-') === true);
    const options =
      letters.length > 0 ? letters.map((r) => get(r)).filter((o) => o !== '') : splitOptions(get('options'));
    const type = roles.includes('type') ? typeFromWords(get('type')) : typeHint;
    const answer = get('answer');
    const explanation = get('explanation');
    out.push({
      at: row.at,
      line: row.line,
      stem,
      options,
      ...(answer !== '' ? { answer } : {}),
      ...(explanation !== '' ? { explanation } : {}),
      ...(type ? { typeHint: type } : {}),
    });
  }
  return out;
}
