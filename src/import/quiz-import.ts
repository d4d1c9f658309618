/**
 * `guifan import BANK --kind quiz`: a question bank from Word (.docx paragraphs or tables),
 * Excel (.xlsx, one sheet per type or a 题型 column) or plain text, written as
 * content/quiz/<id>.yaml. Each question cites the item it tests, found by text similarity
 * against the content directory (which must pass `guifan check` first); unsure citations and
 * questions the bank would leave out are marked TODO and warned about with their position.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Document, isMap, isSeq } from 'yaml';
import { QuizFile, type QuestionInput } from '../model/schema/quiz.ts';
import type { Question } from '../model/types/quiz.ts';
import { validateQuestion } from '../quiz/validate.ts';
import { BLANK, REJECTION_REASONS } from '../quiz/types.ts';
import { documentIdFromFile, existingIds } from './ids.ts';
import type { ImportOptions, ImportOutcome, ImportResult } from './index.ts';
import { buildIndex, candidatesOf, matchText } from './quiz-match.ts';
import {
  readQuestionLines,
  readQuestionRows,
  typeFromWords,
  type QuestionType,
  type RawQuestion,
} from './quiz-read.ts';
import { ImportError, readSource } from './read.ts';
import { normaliseLine, shorten } from './text.ts';
import type { ImportWarning } from './types.ts';
import { exists, writeResults } from './write.ts';

const LETTERS = 'ABCDEFGH';

/** A question before its citation is known (Omit over each member of the union). */
type Uncited = QuestionInput extends infer Q ? (Q extends unknown ? Omit<Q, 'cites'> : never) : never;
const TRUE_WORDS = /^(?:√|✓|✔|对|正确|是|T|TRUE|Y|YES|V)$/iu;
const FALSE_WORDS = /^(?:×|✗|✘|X|错|错误|否|F|FALSE|N|NO)$/iu;

async function readWorkbook(file: string): Promise<RawQuestion[]> {
  // Loaded only for Excel files (it is large), through require: the CLI's precompiled bundle runs as a script that cannot import().
  const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
  } catch (e) {
    throw new ImportError(`无法读取 Excel 文件 ${file}：${(e as Error).message} / cannot read the .xlsx file ${file}`);
  }
  const out: RawQuestion[] = [];
  for (const ws of wb.worksheets) {
    const rows: { cells: string[]; at: string; line: number }[] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const cells: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(row.getCell(c).text ?? '');
      rows.push({ cells, at: `工作表「${ws.name}」第 ${r} 行`, line: r });
    });
    out.push(...readQuestionRows(rows, typeFromWords(ws.name)));
  }
  return out;
}

async function readBank(
  file: string,
): Promise<{ raw: RawQuestion[]; title?: string; format: ImportOutcome['format'] }> {
  if (path.extname(file).toLowerCase() === '.xlsx') {
    try {
      await readFile(file);
    } catch {
      throw new ImportError(`无法读取 ${file}：文件不存在或没有读取权限 / cannot read ${file}`);
    }
    return { raw: await readWorkbook(file), format: 'xlsx' };
  }
  const source = await readSource(file);
  const unit = source.format === 'docx' ? '段' : '行';
  const rows = source.lines
    .filter((l) => l.cells)
    .map((l) => ({ cells: l.cells as string[], at: `表格第 ${l.line} ${unit}`, line: l.line }));
  const raw = [...readQuestionLines(source.lines, unit), ...readQuestionRows(rows)].sort((a, b) => a.line - b.line);
  const first = source.lines.find((l) => !l.cells && l.text.trim() !== '');
  const title =
    first && !/^\s*(?:\d|[（(]\d|[一二三四五六七八九十]+[、.．])/u.test(first.text)
      ? normaliseLine(first.text)
      : undefined;
  return { raw, ...(title ? { title } : {}), format: source.format };
}

/** Turns a read question into a quiz question, or says why it cannot be one. */
function shape(q: RawQuestion, id: string): { question: Uncited } | { skip: string } {
  let stem = q.stem.trim();
  let answer = (q.answer ?? '').replace(/\s/gu, '');
  const options = q.options;
  let type: QuestionType | undefined = q.typeHint === 'unsupported' ? undefined : q.typeHint;
  if (q.typeHint === 'unsupported')
    return {
      skip: '简答、论述等题型 guifan 不支持 / question type not supported (only choice, true/false and blanks)',
    };
  // The answer written in the stem's brackets: （√）, （B）, （3）.
  const bracket = /[（(]\s*([^（）()]{1,20}?)\s*[)）]/gu;
  if (answer === '') {
    for (const m of stem.matchAll(bracket)) {
      const inner = (m[1] ?? '').trim();
      const isTf = TRUE_WORDS.test(inner) || FALSE_WORDS.test(inner);
      const isLetters = options.length >= 2 && /^[A-H]{1,8}$/u.test(inner);
      const isBlank = options.length === 0 && !isTf && (type === 'blank' || type === undefined) && inner !== '';
      if (isTf || isLetters || isBlank) {
        answer = inner;
        stem = isBlank ? stem.replace(m[0], BLANK) : stem.replace(m[0], '（　）');
        if (isBlank) type ??= 'blank';
        break;
      }
    }
  }
  if (answer === '') return { skip: '没有找到答案 / no answer found' };
  type ??=
    options.length >= 2
      ? /^[A-H]{2,}$/u.test(answer.toUpperCase())
        ? 'multiple'
        : 'single'
      : TRUE_WORDS.test(answer) || FALSE_WORDS.test(answer)
        ? 'truefalse'
        : 'blank';
  const base = { id, stem, ...(q.explanation ? { explanation: q.explanation } : {}) };
  if (type === 'single' || type === 'multiple') {
    if (options.length < 2)
      return { skip: `选择题只有 ${options.length} 个选项 / a choice question with ${options.length} option(s)` };
    const letters = [...new Set(answer.toUpperCase().replace(/[^A-H]/gu, ''))].sort();
    if (letters.length === 0 || letters.some((l) => LETTERS.indexOf(l) >= options.length))
      return { skip: `答案 ${answer} 不在选项中 / answer ${answer} is not one of the options` };
    if (type === 'single' && letters.length > 1) type = 'multiple';
    if (type === 'single') return { question: { ...base, type, options, answer: letters[0] as string } };
    return { question: { ...base, type: 'multiple', options, answer: letters } };
  }
  if (type === 'truefalse') {
    const value = TRUE_WORDS.test(answer) ? true : FALSE_WORDS.test(answer) ? false : undefined;
    if (value === undefined)
      return { skip: `判断题的答案「${answer}」不是对或错 / a true/false answer "${answer}" is neither` };
    return {
      question: {
        ...base,
        type,
        stem: stem.replace(/\s*[（(]\s*[)）]\s*$/u, '').replace(/\s*[（(]\s*[)）]\s*([。？?])?$/u, '$1'),
        answer: value,
      },
    };
  }
  // A blank: every run of underscores, or empty brackets, is one blank written as ____.
  let blankStem = stem.replace(/[_＿]{2,}/gu, BLANK);
  if (!blankStem.includes(BLANK)) blankStem = blankStem.replace(/[（(]\s*[)）]/u, BLANK);
  if (!blankStem.includes(BLANK)) return { skip: '填空题的题干中没有空 / a blank question without a blank' };
  const blanks = blankStem.split(BLANK).length - 1;
  const parts = blanks > 1 ? answer.split(/[;；、,，|/]/u).filter((a) => a !== '') : [answer];
  if (parts.length !== blanks)
    return { skip: `有 ${blanks} 个空，答案有 ${parts.length} 个 / ${blanks} blanks but ${parts.length} answers` };
  return { question: { ...base, type: 'blank', stem: blankStem, answer: parts } };
}

/** The question read as a statement, its right answer filled in: what the cited item should say. */
function probeOf(q: Uncited): string {
  if (q.type === 'blank') {
    const parts = q.stem.split(BLANK);
    return parts.map((p, i) => `${p}${i < q.answer.length ? String(q.answer[i]) : ''}`).join('');
  }
  if (q.type === 'single' || q.type === 'multiple') {
    const right = (q.type === 'single' ? [q.answer] : q.answer)
      .map((l) => q.options[LETTERS.indexOf(l)] ?? '')
      .join('、');
    return /[（(]\s*[)）]|（　）/u.test(q.stem) ? q.stem.replace(/[（(]\s*[)）]|（　）/u, right) : `${q.stem}${right}`;
  }
  return q.stem;
}

/** The question as the bank sees it (answers as option indices), for the bank's own checks. */
function asModelQuestion(q: QuestionInput): Question {
  const base = {
    id: q.id,
    stem: q.stem,
    cites: q.cites,
    source: { file: '', line: 0, column: 0 },
  } as unknown as Question;
  if (q.type === 'single')
    return { ...base, type: 'single', options: q.options, answer: LETTERS.indexOf(q.answer) } as Question;
  if (q.type === 'multiple')
    return {
      ...base,
      type: 'multiple',
      options: q.options,
      answer: q.answer.map((l) => LETTERS.indexOf(l)),
    } as Question;
  if (q.type === 'truefalse') return { ...base, type: 'truefalse', answer: q.answer } as Question;
  return { ...base, type: 'blank', answer: q.answer.map((a) => (Array.isArray(a) ? a : [a])) } as Question;
}

/** What can be cited: the content directory's clauses, phrases and commitments, indexed for matching. It must pass `guifan check`. */
async function citableIndex(contentDir: string): Promise<ReturnType<typeof buildIndex>> {
  const { loadModel } = await import('../model/index.ts');
  const { model, diagnostics } = (await exists(path.join(contentDir, 'organisation.yaml')))
    ? await loadModel(contentDir)
    : { model: undefined, diagnostics: [] };
  if (!model) {
    const n = diagnostics.filter((d) => d.severity === 'error').length;
    throw new ImportError(
      `题目要引用规范、用语或承诺，需要先有能通过 guifan check 的内容目录（${contentDir}${n > 0 ? `：${n} 个错误` : '：没有 organisation.yaml'}）；请先导入或修正内容 / questions cite clauses, phrases or commitments: ${contentDir} must pass guifan check first`,
    );
  }
  const index = buildIndex(candidatesOf(model));
  if (index.candidates.length === 0)
    throw new ImportError(
      `${contentDir} 中还没有可引用的条款、用语或承诺；请先导入规范 / nothing to cite in ${contentDir} yet: import the norms first`,
    );
  return index;
}

/** The bank's id: from --id or the file name, with -b, -c … while it is taken. */
async function bankId(options: ImportOptions & { contentDir: string }): Promise<string> {
  const baseId = options.id ?? documentIdFromFile(options.file);
  const taken = await existingIds(options.contentDir);
  let docId = baseId;
  for (
    let k = 1;
    taken.has(docId) ||
    (options.out === undefined && (await exists(path.join(options.contentDir, 'quiz', `${docId}.yaml`))));
    k++
  )
    docId = `${baseId}-${String.fromCharCode(97 + k)}`;
  return docId;
}

/** The questions shaped and cited, with TODO comments (by question index), warnings, the unsure ones and the listing. */
interface CitedBank {
  questions: QuestionInput[];
  comments: { index: number; text: string }[];
  warnings: ImportWarning[];
  unsure: string[];
  summary: string[];
}

/** Shapes every raw question, cites the item it tests (a guess is marked TODO) and notes what the bank would leave out. */
function citeQuestions(raw: readonly RawQuestion[], docId: string, index: ReturnType<typeof buildIndex>): CitedBank {
  const bank: CitedBank = { questions: [], comments: [], warnings: [], unsure: [], summary: [] };
  const { questions, comments, warnings } = bank;
  for (const q of raw) {
    const id = `${docId}-q${questions.length + 1}`;
    const shaped = shape(q, id);
    const where = `${q.at}「${shorten(q.stem, 14)}」`;
    if ('skip' in shaped) {
      warnings.push({
        line: q.line,
        where,
        message: `这道题没有导入：${shaped.skip.split(' / ')[0]} / question left out: ${shaped.skip.split(' / ')[1] ?? shaped.skip}`,
      });
      continue;
    }
    const match = matchText(probeOf(shaped.question), index);
    const best = match.best as NonNullable<typeof match.best>;
    const question = { ...shaped.question, cites: [best.id] } as QuestionInput;
    const k = questions.length;
    questions.push(question);
    bank.summary.push(
      `${id} ${question.type} → ${best.id}（${best.label}，${match.score.toFixed(2)}${match.sure ? '' : '，待确认'}）  ${shorten(question.stem, 30)}`,
    );
    if (!match.sure) {
      bank.unsure.push(id);
      const alt = match.second
        ? `；也可能是 ${match.second.id}（${match.second.label}「${shorten(match.second.text, 16)}」） / or ${match.second.id}`
        : '';
      comments.push({
        index: k,
        text: `TODO: 出处不确定，暂引 ${best.id}（${best.label}「${shorten(best.text, 16)}」）${alt} / unsure which item this tests: check cites`,
      });
      warnings.push({
        line: q.line,
        where,
        message: `题目的出处不确定，暂引 ${best.id}（${best.label}），请核对 cites / unsure which item the question tests; cites ${best.id} for now`,
      });
    }
    for (const problem of validateQuestion(asModelQuestion(question))) {
      const reason = REJECTION_REASONS[problem.reason];
      comments.push({
        index: k,
        text: `TODO: 题库会略过这道题：${reason}（${problem.detail}） / the bank will leave this question out`,
      });
      warnings.push({
        line: q.line,
        where,
        message: `题库会略过这道题：${reason.split(' / ')[0]}（${problem.detail}） / the bank will leave this question out: ${reason.split(' / ')[1] ?? ''}`,
      });
    }
  }
  return bank;
}

/** The bank's YAML: where it came from, then each question with its TODO comments above it. */
function bankYaml(data: Record<string, unknown>, comments: CitedBank['comments'], file: string, today: string): string {
  const doc = new Document(data);
  doc.commentBefore = [
    ` 由 guifan import 从 ${path.basename(file)} 导入（${today}） / imported from ${path.basename(file)}`,
    ` 每道题的 cites 是按文字相似度找到的出处；标 TODO 的请核对，然后运行 guifan check / cites were found by text similarity: check those marked TODO, then run guifan check`,
  ].join('\n');
  const seq = doc.get('questions', true);
  if (isSeq(seq)) {
    for (const c of comments) {
      const node = seq.items[c.index];
      if (isMap(node)) node.commentBefore = node.commentBefore ? `${node.commentBefore}\n ${c.text}` : ` ${c.text}`;
    }
  }
  return doc.toString({ lineWidth: 0, indentSeq: true });
}

export async function importQuiz(
  options: ImportOptions & { contentDir: string; today: string },
): Promise<ImportOutcome> {
  const { raw, title, format } = await readBank(options.file);
  if (raw.length === 0) {
    throw new ImportError(
      `${options.file} 中没有找到带编号的题目或题目表格 / no numbered questions or question table found in ${options.file}`,
    );
  }
  const index = await citableIndex(options.contentDir);
  const docId = await bankId(options);
  const { questions, comments, warnings, unsure, summary } = citeQuestions(raw, docId, index);
  if (questions.length === 0)
    throw new ImportError(`${options.file} 中没有能导入的题目 / no question in ${options.file} could be imported`);

  const data = { id: docId, title: title ?? path.basename(options.file).replace(/\.[^.]+$/u, ''), questions };
  const check = QuizFile.safeParse(data);
  if (!check.success) {
    const issues = check.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ImportError(
      `导入结果不符合 quiz 的格式（导入程序的缺陷，请报告） / imported content does not fit the quiz schema (an importer bug): ${issues}`,
    );
  }
  const targetPath = options.out ?? path.join(options.contentDir, 'quiz', `${docId}.yaml`);
  const result: ImportResult = {
    kind: 'quiz',
    id: docId,
    yamlText: bankYaml(data, comments, options.file, options.today),
    targetPath,
    warnings: warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
    tree: { file: options.file, docId, front: { intro: [], notes: [] }, clauses: [], startNumber: 1 },
    data,
    summary,
    clauseCount: questions.length,
    unsure,
  };
  if (!options.dryRun) await writeResults([result]);
  return { kind: 'quiz', file: options.file, format, documents: [result], warnings: [] };
}
