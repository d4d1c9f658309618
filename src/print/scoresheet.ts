/**
 * The inspection score sheet (检查评分表) of one unit and inspection: each item with its clause
 * numbers, how it is checked, its points and deduction rule, columns to write the deduction,
 * the score and the reason; the totals, the 100-point conversion when the unit's sheet has
 * fewer points, the thresholds with their phases, and the signatures. Given a visit, the same
 * sheet comes out filled in, every number from model/scoring.ts — the computation the
 * inspector's phone page runs.
 */
import { scoreSheet } from '../model/scoresheet.ts';
import {
  deductionRule,
  fineText,
  itemReason,
  scoreVisit,
  thresholdText,
  type ScoreSheet,
  type Visit,
} from '../model/scoring.ts';
import type { Model, ResolvedUnit } from '../model/types.ts';
import { unitView } from '../model/view.ts';
import { Composer, drawBlock, type TableInput } from './compose.ts';
import type { FontCache } from './fonts.ts';
import { paginate } from './layout/flow.ts';
import { Measure, style, type Style } from './measure.ts';
import { Typesetter } from './render.ts';
import type { ScoreSheetTemplate } from './templates.ts';
import { pageBox } from './page-box.ts';

type Styles = Record<keyof ScoreSheetTemplate['type'], Style>;

/** The sheet's rows: one per item (a section's first item leads with its name), then the total; filled from a visit's result. */
function itemRows(sheet: ScoreSheet, result: ReturnType<typeof scoreVisit> | undefined): TableInput['rows'] {
  const rows: TableInput['rows'] = [];
  let section: string | undefined;
  sheet.items.forEach((item, i) => {
    const lead = item.section && item.section !== section ? item.section : undefined;
    section = item.section ?? section;
    const r = result?.items[i];
    rows.push({
      lead,
      cells: [
        String(i + 1),
        item.text,
        item.clauseNumbers.join('\n'),
        item.evidence ?? '',
        String(item.points),
        deductionRule(item),
        r ? String(r.deduction) : '',
        r ? String(r.score) : '',
        r ? itemReason(r) : '',
      ],
    });
  });
  rows.push({
    cells: [
      '',
      '合计',
      '',
      '',
      String(sheet.points),
      '',
      result ? String(result.deducted) : '',
      result ? String(result.raw) : '',
      '',
    ],
  });
  return rows;
}

function compose(
  c: Composer,
  s: Styles,
  sheet: ScoreSheet,
  template: ScoreSheetTemplate,
  visit: Visit | undefined,
): void {
  const result = visit ? scoreVisit(sheet, visit) : undefined;
  c.para(`${sheet.inspection.title}　${template.title}`, s.title, { align: 'center', space: 0 });
  c.para(
    `${sheet.organisation}　${sheet.assessmentTitle}${sheet.inspection.frequency ? `　（${sheet.inspection.frequency}）` : ''}`,
    s.subtitle,
    { align: 'center', space: s.subtitle.size * 0.2 },
  );
  c.fields(
    [
      { label: '被检查单位：', value: sheet.unitName, share: 0.46 },
      { label: '检查日期：', value: visit?.date, share: 0.24 },
      { label: '检查人：', value: visit?.inspector, share: 0.3 },
    ],
    s.field,
  );
  const rows = itemRows(sheet, result);
  c.table({
    columns: [0.035, 0.17, 0.06, 0.15, 0.045, 0.26, 0.045, 0.045, 0.19],
    header: ['序号', '检查项目', '条款', '检查方法', '分值', '扣分标准', '扣分', '得分', '扣分原因'],
    rows,
    style: s.table,
    headerStyle: s.tableHeader,
    leadStyle: s.section,
    align: ['center', 'left', 'center', 'left', 'center', 'left', 'center', 'center', 'left'],
    grid: true,
  });
  const scaled = sheet.points !== 100;
  c.para(
    `本表满分${sheet.points}分${scaled ? `，缺项按比例折算为百分制（得分÷${sheet.points}×100）` : ''}。百分制得分：${result ? `${result.score}分` : '＿＿＿＿分'}`,
    s.body,
    { space: s.body.size * 0.8, align: 'left' },
  );
  if (result) {
    c.para(
      `适用分数线：${result.consequence ? thresholdText(result.consequence) : '未低于分数线'}${result.fines.amount > 0 ? `；罚款合计${fineText({ amount: result.fines.amount, max: result.fines.max })}` : ''}`,
      s.body,
      { align: 'left' },
    );
  }
  if (sheet.thresholds.length > 0) {
    c.heading('考核分数线', s.section, { space: s.body.size * 0.8 });
    for (const t of sheet.thresholds) c.para(thresholdText(t), s.small, { space: s.small.size * 0.2, align: 'left' });
  }
  c.fields(
    [
      ...template.signatures.map((label) => ({ label: `${label}（签字）：`, share: 0.8 / template.signatures.length })),
      { label: '日期：', value: visit?.date, share: 0.2 },
    ],
    s.field,
    s.field.size * 1.6,
  );
}

/** A unit's sheet for one inspection: blank, or filled in from a visit. */
export async function buildScoreSheet(
  model: Model,
  unit: ResolvedUnit,
  inspectionId: string,
  template: ScoreSheetTemplate,
  cache: FontCache,
  visit?: Visit,
): Promise<Uint8Array> {
  const sheet = scoreSheet(unitView(model, unit.id), model.organisation.name, inspectionId);
  if (!sheet) throw new Error(`${unit.id} has no score sheet for ${inspectionId}`);
  const measure = new Measure(cache, template);
  const box = pageBox(template);
  const { pageWidth, pageHeight, margin: m } = box;
  const width = box.width;
  const s = Object.fromEntries(Object.entries(template.type).map(([k, v]) => [k, style(v)])) as Styles;
  const c = new Composer(measure, width);
  compose(c, s, sheet, template, visit);
  const pages = paginate(c.blocks, box.height);
  const t = await Typesetter.create(cache, measure, {
    title: `${sheet.inspection.title}${template.title}（${unit.name}）`,
    author: model.organisation.name,
    subject: `${unit.name}${sheet.assessmentTitle}`,
    keywords: ['检查评分表', sheet.inspection.title, unit.name],
    date: visit?.date ?? unit.effective,
    language: model.organisation.language,
  });
  await t.prepare();
  pages.forEach((flow, i) => {
    const page = t.doc.addPage([pageWidth, pageHeight]);
    for (const f of flow.fragments) drawBlock(t, page, f.block.content, f.from, f.to, m.top + f.y, m.left, width);
    if (pages.length > 1) {
      const footer = `第${i + 1}页　共${pages.length}页`;
      t.drawLines(
        page,
        [{ text: footer, width: 0, justify: false }],
        m.left,
        pageHeight - m.bottom * 0.75,
        width,
        s.small,
        'center',
      );
    }
  });
  return t.save();
}
