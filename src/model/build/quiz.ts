/** A quiz file → QuizBank: hand-written questions with answers checked against options and blanks. */
import { restrictionOf } from '../applies.ts';
import type { Diagnostics } from '../diagnostics.ts';
import type { IdIndex } from '../ids.ts';
import type { ValidFile } from '../load.ts';
import { formatPath, type ParsedFile } from '../source.ts';
import type { Question, QuizBank } from '../types/quiz.ts';
import { countBlanks } from '../wording.ts';
import { at, fillFile, type BuildContext, type Path } from './context.ts';

type Data = ValidFile<'quiz'>['data'];

/**
 * Builds the bank from `data` (the file's, or a copy with a unit's params); registers ids and
 * reports answer errors only when `ids` and `diags` are given, so a unit's copy is built quietly.
 */
export function quizFrom(pf: ParsedFile, d: Data, ids?: IdIndex, diags?: Diagnostics): QuizBank {
  const questions: Question[] = [];
  d.questions.forEach((q, i) => {
    const base: Path = ['questions', i];
    ids?.add('question', q.id, q.stem.slice(0, 60), at(pf, [...base, 'id']), formatPath([...base, 'id']), d.id);
    const restrict = restrictionOf(q);
    const common = {
      id: q.id,
      stem: q.stem,
      cites: q.cites,
      ...(q.explanation ? { explanation: q.explanation } : {}),
      ...(q.difficulty ? { difficulty: q.difficulty } : {}),
      bankId: d.id,
      ...(restrict ? { restrict } : {}),
      source: at(pf, base),
    };
    const letterIndex = (letter: string, j?: number): number | undefined =>
      q.type === 'single' || q.type === 'multiple' ? optionIndex(pf, base, q.options, letter, j, diags) : undefined;
    if (q.type === 'single' || q.type === 'multiple') checkOptionsDiffer(pf, base, q.options, diags);
    if (q.type === 'single') {
      const a = letterIndex(q.answer);
      if (a !== undefined) questions.push({ ...common, type: 'single', options: q.options, answer: a });
    } else if (q.type === 'multiple') {
      const answers = q.answer.map((l, j) => letterIndex(l, j));
      if (new Set(q.answer).size !== q.answer.length)
        diags?.error(
          at(pf, [...base, 'answer']),
          formatPath([...base, 'answer']),
          'duplicate-answer',
          '答案中有重复的字母 / the answer lists a letter twice',
        );
      if (answers.every((a): a is number => a !== undefined))
        questions.push({
          ...common,
          type: 'multiple',
          options: q.options,
          answer: [...new Set(answers)].sort((a, b) => a - b),
        });
    } else if (q.type === 'truefalse') {
      questions.push({ ...common, type: 'truefalse', answer: q.answer });
    } else {
      const blanks = countBlanks(q.stem);
      if (blanks !== q.answer.length) {
        diags?.error(
          at(pf, [...base, 'stem']),
          formatPath([...base, 'stem']),
          'blank-count',
          `题干有 ${blanks} 个空（____），答案有 ${q.answer.length} 个 / the stem has ${blanks} blank(s) (____) but ${q.answer.length} answer(s)`,
        );
      } else {
        questions.push({ ...common, type: 'blank', answer: q.answer.map((a) => (Array.isArray(a) ? a : [a])) });
      }
    }
  });
  const restrict = restrictionOf(d);
  return { id: d.id, title: d.title, questions, ...(restrict ? { restrict } : {}), source: at(pf, []) };
}

/** The option an answer letter names (A = 0), or undefined (reported) when there is no such option. */
function optionIndex(
  pf: ParsedFile,
  base: Path,
  options: readonly string[],
  letter: string,
  j: number | undefined,
  diags: Diagnostics | undefined,
): number | undefined {
  const idx = letter.charCodeAt(0) - 65;
  if (idx >= options.length) {
    const p = j === undefined ? [...base, 'answer'] : [...base, 'answer', j];
    const last = String.fromCharCode(64 + options.length);
    diags?.error(
      at(pf, p),
      formatPath(p),
      'answer-not-in-options',
      `答案 ${letter} 不在选项中（只有 A–${last}） / answer ${letter} is not among the options (A–${last})`,
    );
    return undefined;
  }
  return idx;
}

/** Reports an option written twice in one question. */
function checkOptionsDiffer(
  pf: ParsedFile,
  base: Path,
  options: readonly string[],
  diags: Diagnostics | undefined,
): void {
  const seen = new Map<string, number>();
  options.forEach((o, j) => {
    const prev = seen.get(o);
    if (prev !== undefined)
      diags?.error(
        at(pf, [...base, 'options', j]),
        formatPath([...base, 'options', j]),
        'duplicate-option',
        `选项 ${String.fromCharCode(65 + j)} 与 ${String.fromCharCode(65 + prev)} 相同 / option ${String.fromCharCode(65 + j)} repeats option ${String.fromCharCode(65 + prev)}`,
      );
    else seen.set(o, j);
  });
}

export function buildQuiz(f: ValidFile<'quiz'>, ctx: BuildContext): QuizBank {
  ctx.ids.add('quiz', f.data.id, f.data.title, at(f.pf, ['id']), 'id');
  // Questions read the organisation's params, so a changed number reaches the quiz too.
  return quizFrom(f.pf, fillFile(f.pf, f.data, ctx), ctx.ids, ctx.diags);
}
