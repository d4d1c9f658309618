/**
 * Quiz papers for the unified written test (统一笔试): versions A, B, … with the same
 * questions, each version with its own question order within a section and its own option
 * order, and a separate answer key listing every version's answers with the clause each
 * question cites. Questions come from the generated bank (src/quiz), so papers stay in step
 * with the standards; the same seed gives byte-identical PDFs. This file composes each paper
 * (quiz-compose.ts) from its assembly (quiz-assembly.ts), paginates it and draws it (quiz-draw.ts).
 */
import type { Model } from '../model/types.ts';
import { scopeView } from '../model/view.ts';
import type { FontCache } from './fonts.ts';
import { paginate } from './layout/flow.ts';
import type { QuizPaperScope } from './plan.ts';
import { Measure } from './measure.ts';
import { Typesetter } from './render.ts';
import { mm, pageSize, type QuizTemplate } from './templates.ts';
import { pageBox } from './page-box.ts';
import {
  answerText,
  assembleQuiz,
  citeLabels,
  FALSE_MARK,
  num,
  SECTION_TITLES,
  keyNote,
  TRUE_MARK,
  type QuizAssembly,
  type QuizVersion,
} from './quiz-assembly.ts';
import { QuizComposer } from './quiz-compose.ts';
import { drawFragment, drawSealingLine } from './quiz-draw.ts';

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}

function questionCount(a: QuizAssembly): number {
  return a.sections.reduce((n, s) => n + s.questions.length, 0);
}

function composePaper(
  model: Model,
  scope: QuizPaperScope,
  template: QuizTemplate,
  measure: Measure,
  a: QuizAssembly,
  v: QuizVersion,
  pages: number,
): QuizComposer {
  const c = new QuizComposer(template, measure);
  const s = c.s;
  c.text(scope.label, s.unit, { align: 'center' }, undefined, 'the unit name');
  c.text(`${template.title}试卷（${v.letter}卷）`, s.title, {
    align: 'center',
    space: s.unit.size * 0.3,
    after: s.title.size * 0.6,
  });
  // With a sealing line the candidate's fields are in the sealed strip; the score stays on top.
  const fields = template.sealingLine ? template.fields.filter((f) => f === '得分') : template.fields;
  if (fields.length > 0)
    c.blocks.push({
      rows: [c.lh(s.field) * 1.5],
      keepTogether: true,
      content: { type: 'fields', labels: fields, style: s.field },
    });
  // 得分栏: a grader writes each section's score and the total.
  const headers = [...a.sections.map((x) => x.numeral), '总分'];
  const cols = headers.length;
  const labelShare = 0.16;
  const widths = headers.map(() => (c.width * (1 - labelShare)) / cols);
  const rowHeight = c.lh(s.table) * 1.25;
  c.blocks.push({
    rows: [rowHeight * 3.6],
    spaceBefore: s.field.size * 0.6,
    spaceAfter: s.field.size * 0.4,
    keepTogether: true,
    content: {
      type: 'scores',
      headers,
      points: [...a.sections.map((x) => num(x.points * x.questions.length)), num(a.total)],
      widths,
      rowHeight,
    },
  });
  if (template.instructions.length > 0) {
    c.text(
      '考生须知',
      { ...s.instructions, weight: 'bold' },
      { align: 'left', space: s.instructions.size * 0.6, keepWithNext: true },
    );
    const values = {
      pages: String(pages),
      total: num(a.total),
      minutes: String(model.organisation.exam.minutes),
      questions: String(questionCount(a)),
      version: `${v.letter}卷`,
    };
    template.instructions.forEach((line, i) =>
      c.numbered(`${i + 1}．`, fill(line, values), s.instructions, s.instructions.size * 0.15),
    );
  }
  a.sections.forEach((section, si) => {
    const n = section.questions.length;
    c.heading(
      `${section.numeral}、${SECTION_TITLES[section.type]}（共${n}题，每题${num(section.points)}分，计${num(n * section.points)}分）`,
      section.note,
    );
    v.sections[si]!.forEach((q, i) => c.question(i + 1, q));
  });
  return c;
}

function composeKey(
  model: Model,
  scope: QuizPaperScope,
  template: QuizTemplate,
  measure: Measure,
  a: QuizAssembly,
): QuizComposer {
  const c = new QuizComposer(template, measure);
  const s = c.s;
  const cite = citeLabels(model, scope.unitId);
  const letters = a.versions.map((v) => `${v.letter}卷`);
  c.text(scope.label, s.unit, { align: 'center' }, undefined, 'the unit name');
  c.text(`${template.title}参考答案及评分标准`, s.title, {
    align: 'center',
    space: s.unit.size * 0.3,
    after: s.title.size * 0.5,
  });
  c.text(keyNote(a, template.seed !== undefined), s.note, { space: 0 });
  const share = 0.9 / a.versions.length;
  a.sections.forEach((section, si) => {
    const n = section.questions.length;
    c.heading(
      `${section.numeral}、${SECTION_TITLES[section.type]}（每题${num(section.points)}分，共${num(n * section.points)}分）`,
      undefined,
    );
    c.table(
      [0.1, ...a.versions.map(() => share)],
      ['题号', ...letters],
      section.questions.map((_, i) => [
        [{ text: String(i + 1), style: s.table }],
        ...a.versions.map((v) => [{ text: answerText(v.sections[si]![i]!), style: s.table }]),
      ]),
      section.type === 'blank' ? 1 : 1 + a.versions.length,
    );
  });
  c.heading('评分说明', undefined);
  const rules: string[] = [];
  for (const section of a.sections) {
    const p = num(section.points);
    if (section.type === 'single') rules.push(`单项选择题每题${p}分，选对得分，选错或不选不得分。`);
    if (section.type === 'multiple')
      rules.push(`多项选择题每题${p}分，须选出全部正确选项方可得分，少选、多选、错选均不得分。`);
    if (section.type === 'truefalse') rules.push(`判断题每题${p}分，“${TRUE_MARK}”表示正确，“${FALSE_MARK}”表示错误。`);
    if (section.type === 'blank')
      rules.push(`填空题每题${p}分，有多个空的按空平均计分；括号内“或”后所列答案同样给分，错别字不给分。`);
  }
  rules.forEach((r, i) => c.numbered(`${i + 1}．`, r, s.instructions, s.instructions.size * 0.15));
  // Where each question comes from, once per question, with its number in every version.
  c.heading('题目出处', '讲评时按出处查阅条款原文；各卷题号分列。');
  const first = a.versions[0]!;
  const versionShare = Math.min(0.1, 0.4 / a.versions.length);
  a.sections.forEach((section, si) => {
    c.text(
      `${section.numeral}、${SECTION_TITLES[section.type]}`,
      { ...s.table, weight: 'bold' },
      { align: 'left', space: s.table.size * 0.8, keepWithNext: true },
    );
    c.table(
      [...a.versions.map(() => versionShare), 1 - versionShare * a.versions.length],
      [...letters, '依据'],
      first.sections[si]!.map((q) => [
        ...a.versions.map((v) => [
          { text: String(v.sections[si]!.findIndex((x) => x.id === q.id) + 1), style: s.table },
        ]),
        [{ text: cite(q.sources), style: s.table }],
      ]),
      a.versions.length,
    );
  });
  return c;
}

async function render(
  model: Model,
  template: QuizTemplate,
  measure: Measure,
  cache: FontCache,
  c: QuizComposer,
  info: {
    title: string;
    subject: string;
    header: string;
    version: string;
    date: string;
    /** Who signs it: the scope's issuer (model/view.ts), as on the unit's card, poster and handbook. */
    author: string;
    sealed?: boolean;
  },
): Promise<Uint8Array> {
  const box = pageBox(template);
  const { pageWidth, pageHeight, margin: m } = box;
  const contentTop = m.top;
  const contentHeight = box.height;
  const left = m.left;
  const pages = paginate(c.blocks, contentHeight);
  const t = await Typesetter.create(cache, measure, {
    title: info.title,
    author: info.author,
    subject: info.subject,
    keywords: ['规范化服务', '统一考试', info.version],
    date: info.date,
    language: model.organisation.language,
  });
  await t.prepare();
  const sh = c.s.header;
  pages.forEach((flow, i) => {
    const page = t.doc.addPage([pageWidth, pageHeight]);
    // The sealing strip first: extracted text reads it before the page's questions, like a header.
    if (info.sealed) drawSealingLine(t, page, template, i === 0);
    for (const f of flow.fragments)
      drawFragment(t, c, page, f.block.content, f.from, f.to, contentTop + f.y, left, f.continued);
    // Running header and footer are pagination artifacts, not content.
    t.marked(page, 'Artifact', { type: 'Pagination' }, () => {
      if (i > 0) {
        const headerTop = m.top * 0.45;
        const text = info.header;
        measure.check(text, sh.weight, undefined, `the header in ${template.file}`);
        t.drawLines(page, [measure.line(text, sh)], left, headerTop, c.width, sh, 'left');
        t.rule(page, left, headerTop + measure.lineHeight(sh) + 1, c.width, t.colour('rule'), 0.4);
      }
      const footer = fill(template.footer, { version: info.version, page: String(i + 1), pages: String(pages.length) });
      measure.check(footer, sh.weight, undefined, `the footer in ${template.file}`);
      t.drawLines(page, [measure.line(footer, sh)], left, pageHeight - m.bottom * 0.62, c.width, sh, 'center');
    });
  });
  return t.save();
}

/** Every version's paper and the answer key of one scope. */
export async function buildQuizPapers(
  model: Model,
  scope: QuizPaperScope,
  template: QuizTemplate,
  cache: FontCache,
  /** The scope's papers as data, when the caller made them already (src/print/cache/derived.ts). */
  assembly?: QuizAssembly,
): Promise<{ papers: Uint8Array[]; key: Uint8Array }> {
  const measure = new Measure(cache, template);
  const a = assembly ?? assembleQuiz(model, scope, template);
  const [, pageHeight] = pageSize(template);
  const contentHeight = pageHeight - mm(template.page.margin.top) - mm(template.page.margin.bottom);
  const papers: Uint8Array[] = [];
  const { effective: date, issuer: author } = scopeView(model, scope.unitId);
  for (const v of a.versions) {
    // The instructions state the page count, which they can change: settle it first.
    let pages = 1;
    let layout = composePaper(model, scope, template, measure, a, v, pages);
    for (let i = 0; i < 3; i++) {
      const n = paginate(layout.blocks, contentHeight).length;
      if (n === pages) break;
      pages = n;
      layout = composePaper(model, scope, template, measure, a, v, pages);
    }
    const version = `${v.letter}卷`;
    papers.push(
      await render(model, template, measure, cache, layout, {
        title: `${scope.label}${template.title}试卷（${version}）`,
        subject: `${scope.label}规范化服务统一考试${version}，共${questionCount(a)}题，满分${num(a.total)}分`,
        header: fill(template.header, { unit: scope.label, title: template.title, version }),
        version,
        date,
        author,
        sealed: template.sealingLine,
      }),
    );
  }
  const keyComposer = composeKey(model, scope, template, measure, a);
  const key = await render(model, template, measure, cache, keyComposer, {
    title: `${scope.label}${template.title}参考答案`,
    subject: `${scope.label}规范化服务统一考试参考答案（${a.versions.map((v) => `${v.letter}卷`).join('、')}）`,
    header: fill(template.header, { unit: scope.label, title: template.title, version: '参考答案' }),
    version: '参考答案',
    date,
    author,
  });
  return { papers, key };
}
