/**
 * What a quiz paper holds, as plain data: the questions of each section chosen from the
 * generated bank (src/quiz), each version's question and option order, the answers as the key
 * prints them and the clause each question cites; the wording of section titles, marks and
 * quotes on the paper. Nothing here measures or draws.
 */
import type { Model } from '../model/types.ts';
import type { NormDocument } from '../model/types/documents.ts';
import { walkClauses } from '../model/clauses.ts';
import { scopeView } from '../model/view.ts';
import { commitmentKindWord } from '../model/wording.ts';
import {
  choosePaperQuestions,
  DEFAULT_SEED,
  arrangeOptions,
  type BankQuestion,
  type GeneratedBank,
} from '../quiz/index.ts';
import { rngFor } from '../quiz/random.ts';
import { type BankOf, recentBanks } from './recent-banks.ts';
import { versionLetters, type QuizPaperScope } from './plan.ts';
import type { QuizQuestionType, QuizTemplate } from './templates.ts';

export const SECTION_TITLES: Record<QuizQuestionType, string> = {
  single: '单项选择题',
  multiple: '多项选择题',
  truefalse: '判断题',
  blank: '填空题',
};

export const SECTION_NOTES: Record<QuizQuestionType, string> = {
  single: '每题只有一个正确选项，请将其字母填入题中括号内。',
  multiple: '每题有两个或两个以上正确选项，请将其字母填入题中括号内；少选、多选、错选均不得分。',
  truefalse: '认为正确的在括号内画“✓”，错误的画“×”。',
  blank: '请在横线上填写正确答案。',
};

export const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** Answer marks for true/false questions, as written on the paper: a tick (U+2713), not the root sign √. */
export const TRUE_MARK = '✓';
export const FALSE_MARK = '×';
/** Where a choice answer is written: the brackets are text, the inside an inline blank. */
export const BRACKET = '（　　）';
export const BRACKET_INSIDE = '　　';
/** Invisible text under a drawn blank, so copied or extracted text shows where the blank is. */
export const BLANK_TEXT = '＿';

/** The section heading already says 判断题: a stem's own 判断正误： prefix goes. */
export function trueFalseStem(stem: string): string {
  return stem.replace(/^\s*判断(?:正误|对错)?[：:]\s*/u, '');
}

/** 1.5 → "1.5", 2 → "2" */
export const num = (n: number): string => String(Math.round(n * 100) / 100);

/**
 * The key's opening note. A seed the template sets is named, so the organiser can make the same
 * papers again; guifan's default seed is not (it read 组卷种子：guifan — the tool's name, and a
 * word no clerk uses).
 */
export function keyNote(a: Pick<QuizAssembly, 'seed' | 'versions' | 'total'>, seedSet: boolean): string {
  const letters = a.versions.map((v) => `${v.letter}卷`);
  const seed = seedSet ? `组卷编号：${a.seed}（编号和内容不变，试卷与答案不变）。` : '';
  return `本答案适用于${letters.join('、')}。各卷题目相同，题序和选项顺序不同，请按试卷版本核对。满分${num(a.total)}分。${seed}`;
}

export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

export interface QuizSectionPick {
  type: QuizQuestionType;
  points: number;
  note: string;
  /** Chinese section number: 一, 二, … (sections the bank cannot fill are left out). */
  numeral: string;
  questions: BankQuestion[];
}

export interface QuizVersion {
  letter: string;
  /** Per section, the questions in this version's order with options shuffled for it. */
  sections: BankQuestion[][];
}

export interface QuizAssembly {
  seed: string;
  sections: QuizSectionPick[];
  versions: QuizVersion[];
  total: number;
}

/**
 * Each unit's bank made once per model object, the last few kept: without the PDF cache's derived
 * values (cache/derived.ts, which share one bank among a unit's scopes the same way), every quiz
 * job of a unit (the unit's paper and each role's) generated the same bank again from all the
 * unit's content — 8 % of a 10× print worker. The bank depends only on the model, seed and unit.
 */
const banksBy = new WeakMap<Model, BankOf>();

function bankOf(model: Model, seed: string, unitId: string | undefined): GeneratedBank {
  let banks = banksBy.get(model);
  if (!banks) banksBy.set(model, (banks = recentBanks(model)));
  return banks(seed, unitId);
}

/**
 * Which questions the papers of a scope ask (the same for every version), and each version's
 * order. Exported for tests and for anyone who wants the papers as data.
 */
export function assembleQuiz(
  model: Model,
  scope: QuizPaperScope,
  template: QuizTemplate,
  /** The scope's unit's bank for the template's seed, when the caller made it already (src/print/cache/derived.ts). */
  bank: GeneratedBank = bankOf(model, template.seed ?? DEFAULT_SEED, scope.unitId),
): QuizAssembly {
  const seed = template.seed ?? DEFAULT_SEED;
  // The group's paper asks what applies in every unit; a unit's, what applies there (to the role).
  const quizScope = { unitId: scope.unitId ?? 'all', ...(scope.roleId !== undefined ? { roleId: scope.roleId } : {}) };
  const chosen = choosePaperQuestions(bank, model.organisation.exam, quizScope, seed);
  const sections: QuizSectionPick[] = chosen.sections.map((section, i) => ({
    type: section.type,
    points: section.points,
    note: template.notes[section.type] ?? SECTION_NOTES[section.type],
    numeral: NUMERALS[i] ?? String(i + 1),
    questions: section.questions,
  }));
  const versions: QuizVersion[] = [];
  for (const letter of versionLetters(template.versions)) {
    const ordered = sections.map((section) => {
      const ids = (qs: BankQuestion[]): string => qs.map((q) => q.id).join(',');
      const taken = new Set(versions.map((v) => ids(v.sections[sections.indexOf(section)]!)));
      // Another version's order again would defeat the point of versions: draw again (deterministically).
      let order = section.questions;
      for (let attempt = 0; attempt < 20; attempt++) {
        order = rngFor(seed, 'paper-order', scope.id, letter, section.type, attempt).shuffle(section.questions);
        if (section.questions.length < 2 || !taken.has(ids(order))) break;
      }
      return arrangeOptions(order, `${seed}:${scope.id}:${letter}`);
    });
    versions.push({ letter, sections: ordered });
  }
  const total = sections.reduce((a, s) => a + s.points * s.questions.length, 0);
  return { seed, sections, versions, total };
}

/** The accepted answers of a blank question, one string per blank: 谁受理（或：…）. */
export function blankAnswerText(q: Extract<BankQuestion, { type: 'blank' }>): string[] {
  return q.answer.map((accepted) =>
    accepted.length > 1 ? `${accepted[0]}（或：${accepted.slice(1).join('／')}）` : (accepted[0] ?? ''),
  );
}

/** The answer as the key prints it: C, ABD, √, or the words for each blank. */
export function answerText(q: BankQuestion): string {
  switch (q.type) {
    case 'single':
      return optionLetter(q.answer);
    case 'multiple':
      return q.answer.map(optionLetter).join('');
    case 'truefalse':
      return q.answer ? TRUE_MARK : FALSE_MARK;
    case 'blank': {
      const parts = blankAnswerText(q);
      return parts.length === 1 ? parts[0]! : parts.map((p, i) => `${String.fromCodePoint(0x2460 + i)}${p}`).join('　');
    }
  }
}

/**
 * Where a question comes from, as a grader looks it up: the document code and clause number
 * for clauses (as the scope's own handbook numbers them), otherwise the set or process and the
 * item. Read from the scope's view: a paper's questions cite what its scope has, and a unit's
 * key is graded against the unit's handbook (walking every unit's documents for each paper made
 * a 100-unit group's papers cost as the square of its size).
 */
export function citeLabels(model: Model, unitId?: string): (ids: readonly string[]) => string {
  const clauses = new Map<string, string>();
  const add = (documents: readonly NormDocument[]): void => {
    for (const d of documents)
      for (const c of walkClauses(d.clauses))
        if (!clauses.has(c.id)) clauses.set(c.id, `${d.code ?? `《${d.title}》`} ${c.label}`);
  };
  const view = scopeView(model, unitId);
  add(view.documents);
  // A clause outside the scope (none on a paper made from the scope's bank): the organisation's
  // documents, then clauses units add to them, as before views existed.
  let everywhere = false;
  const clauseLabel = (id: string): string | undefined => {
    if (!clauses.has(id) && !everywhere && model.index[id]?.kind === 'clause') {
      everywhere = true;
      const scoped = new Map(clauses);
      clauses.clear();
      add([...model.documents, ...model.units.flatMap((u) => u.documents)]);
      for (const [k, v] of scoped) clauses.set(k, v);
    }
    return clauses.get(id);
  };
  const titleOf = (id: string | undefined): string | undefined => {
    if (id === undefined) return undefined;
    const e = model.index[id];
    return e ? e.label : undefined;
  };
  const one = (id: string): string => {
    const clause = clauseLabel(id);
    if (clause) return clause;
    const e = model.index[id];
    if (!e) return id;
    switch (e.kind) {
      case 'phrase':
      case 'forbidden':
      case 'conduct':
        return `${titleOf(e.container) ?? ''}（${e.kind === 'forbidden' ? '服务忌语' : e.kind === 'conduct' ? '仪容举止' : '规范用语'}）`;
      case 'situation':
        return `${e.label}（规范用语）`;
      case 'node':
        return `${titleOf(e.container) ?? e.label}`;
      case 'commitment': {
        // The grader looks an internal one up under 内部服务标准, not on the public board.
        const commitment = view.commitments.find((c) => c.id === id);
        return `${commitmentKindWord(commitment ?? { public: true })}：${e.label}`;
      }
      default:
        return e.label;
    }
  };
  return (ids) => [...new Set(ids.map(one))].join('；');
}
