/**
 * A question bank for a learning platform: Moodle XML (import into Moodle's question bank)
 * or GIFT (Moodle and other LMSs read it as plain text). Single and multiple choice,
 * true/false and blanks (one blank: short answer; several: a cloze question).
 */
import { writeFile } from 'node:fs/promises';
import type { QuestionInput } from '../model/schema/quiz.ts';
import { BLANK } from '../quiz/types.ts';
import type { ImportOutcome } from './index.ts';
import { ImportError } from './read.ts';

const LETTERS = 'ABCDEFGH';

/** GIFT's special characters are escaped with a backslash. */
const gift = (s: string): string => s.replace(/([~=#{}:\\])/gu, '\\$1');

export function toGift(questions: readonly QuestionInput[]): string {
  const out: string[] = [];
  for (const q of questions) {
    const name = `::${gift(q.id)}::`;
    const feedback = q.explanation !== undefined ? ` ####${gift(q.explanation)}` : '';
    if (q.type === 'single') {
      const opts = q.options.map((o, i) => `${LETTERS[i] === q.answer ? '=' : '~'}${gift(o)}`).join(' ');
      out.push(`${name}${gift(q.stem)} {${opts}${feedback}}`);
    } else if (q.type === 'multiple') {
      // Each right option earns its share; a wrong one takes all away.
      const share = (100 / q.answer.length).toFixed(5).replace(/\.?0+$/u, '');
      const opts = q.options
        .map((o, i) => (q.answer.includes(LETTERS[i] as string) ? `~%${share}%${gift(o)}` : `~%-100%${gift(o)}`))
        .join(' ');
      out.push(`${name}${gift(q.stem)} {${opts}${feedback}}`);
    } else if (q.type === 'truefalse') {
      out.push(`${name}${gift(q.stem)} {${q.answer ? 'T' : 'F'}${feedback}}`);
    } else {
      const parts = q.stem.split(BLANK);
      const text = parts.map((p, i) => {
        const accepted = i < q.answer.length ? q.answer[i] : undefined;
        if (accepted === undefined) return gift(p);
        const list = Array.isArray(accepted) ? accepted : [accepted];
        return `${gift(p)}{${list.map((a) => `=${gift(a)}`).join(' ')}}`;
      });
      out.push(`${name}${text.join('')}`);
    }
  }
  return `// guifan 题库导出 / question bank exported by guifan\n\n${out.join('\n\n')}\n`;
}

const cdata = (s: string): string => `<![CDATA[${s.split(']]>').join(']]]]><![CDATA[>')}]]>`;
const xmlText = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

export function toMoodleXml(questions: readonly QuestionInput[], category: string): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', '<quiz>'];
  out.push(`  <question type="category"><category><text>$course$/${xmlText(category)}</text></category></question>`);
  for (const q of questions) {
    const head = (type: string): string[] => [
      `  <question type="${type}">`,
      `    <name><text>${xmlText(q.id)}</text></name>`,
      `    <questiontext format="html"><text>${cdata(type === 'cloze' ? clozeText(q) : q.stem)}</text></questiontext>`,
      ...(q.explanation !== undefined
        ? [`    <generalfeedback format="html"><text>${cdata(q.explanation)}</text></generalfeedback>`]
        : []),
    ];
    if (q.type === 'single' || q.type === 'multiple') {
      const right = q.type === 'single' ? [q.answer] : q.answer;
      out.push(
        ...head('multichoice'),
        `    <single>${q.type === 'single'}</single>`,
        '    <shuffleanswers>true</shuffleanswers>',
        '    <answernumbering>ABCD</answernumbering>',
      );
      q.options.forEach((o, i) => {
        const isRight = right.includes(LETTERS[i] as string);
        const fraction =
          q.type === 'single' ? (isRight ? 100 : 0) : isRight ? Number((100 / right.length).toFixed(5)) : -100;
        out.push(`    <answer fraction="${fraction}" format="html"><text>${cdata(o)}</text></answer>`);
      });
    } else if (q.type === 'truefalse') {
      out.push(
        ...head('truefalse'),
        `    <answer fraction="${q.answer ? 100 : 0}"><text>true</text></answer>`,
        `    <answer fraction="${q.answer ? 0 : 100}"><text>false</text></answer>`,
      );
    } else if (q.answer.length === 1) {
      const accepted = q.answer[0] as string | string[];
      out.push(...head('shortanswer'), '    <usecase>0</usecase>');
      for (const a of Array.isArray(accepted) ? accepted : [accepted])
        out.push(`    <answer fraction="100"><text>${xmlText(a)}</text></answer>`);
    } else {
      out.push(...head('cloze'));
    }
    out.push('  </question>');
  }
  out.push('</quiz>', '');
  return out.join('\n');
}

/** A blank question with several blanks in Moodle's cloze syntax: {1:SHORTANSWER:=a~=b}. */
function clozeText(q: QuestionInput): string {
  if (q.type !== 'blank') return q.stem;
  const esc = (s: string): string => s.replace(/([~=#{}\\])/gu, '\\$1');
  return q.stem
    .split(BLANK)
    .map((p, i) => {
      const accepted = i < q.answer.length ? q.answer[i] : undefined;
      if (accepted === undefined) return p;
      return `${p}{1:SHORTANSWER:${(Array.isArray(accepted) ? accepted : [accepted]).map((a) => `=${esc(a)}`).join('~')}}`;
    })
    .join('');
}

/** Writes the exports asked for; returns the lines to print. Never overwrites a file. */
export async function writeExports(outcome: ImportOutcome, to: { gift?: string; moodle?: string }): Promise<string[]> {
  const doc = outcome.documents[0];
  if (!doc) return [];
  const questions = (doc.data.questions ?? []) as QuestionInput[];
  const lines: string[] = [];
  const write = async (file: string, text: string, what: string): Promise<void> => {
    try {
      await writeFile(file, text, { encoding: 'utf8', flag: 'wx' });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new ImportError(
        code === 'EEXIST'
          ? `${file} 已存在，不会覆盖 / ${file} exists and is never overwritten`
          : `无法写入 ${file}：${(e as Error).message} / cannot write ${file}`,
      );
    }
    lines.push(
      `已导出 ${questions.length} 道题到 ${file}（${what}） / exported ${questions.length} question(s) to ${file} (${what})`,
    );
  };
  if (to.gift !== undefined) await write(to.gift, toGift(questions), 'GIFT');
  if (to.moodle !== undefined)
    await write(to.moodle, toMoodleXml(questions, String(doc.data.title ?? doc.id)), 'Moodle XML');
  return lines;
}
