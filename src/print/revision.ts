/**
 * The 修订对照表 of the latest revision, for a norm document, a unit or the group: a title, the
 * versions and dates, the revision record's summary, then per part (document, etiquette set,
 * commitments, process, assessment, hotlines) a table — number, old wording, new wording, note —
 * whose header repeats on every page and whose rows never split. The words that changed are set
 * in the template's `changed` style inside the old and the new wording. What the rows say is the
 * change model's (src/model/changes/describe.ts); this file only sets it.
 */
import type { PDFPage } from 'pdf-lib';
import {
  tableRows,
  countsWording,
  changeCounts,
  kindName,
  type TableRow as ChangeRow,
} from '../model/changes/describe.ts';
import type { RevisionTableScope } from '../model/changes/revision.ts';
import type { DiffPart } from '../model/changes/types.ts';
import { diffWording } from '../model/changes/wording-diff.ts';
import type { Model } from '../model/types.ts';
import { formatDate } from '../model/wording.ts';
import type { FontCache } from './fonts.ts';
import { paginate, type FlowBlock } from './layout/flow.ts';
import type { Line } from './layout/lines.ts';
import { Measure, style, tidySpaces, type Style } from './measure.ts';
import { Typesetter } from './render.ts';
import { drawTable, tableHeights, type Cell, type Table, type TableRow } from './table.ts';
import type { RevisionTemplate } from './templates.ts';
import { pageBox } from './page-box.ts';

type S = Record<keyof RevisionTemplate['type'], Style>;

type Content = { type: 'text'; lines: Line[]; style: Style } | Table;

/** A text with the parts of one side of a diff marked: [start, end) ranges of changed characters. */
function marked(
  diff: readonly DiffPart[] | undefined,
  text: string,
  side: 'old' | 'new',
): { text: string; ranges: [number, number][] } {
  if (!diff) return { text, ranges: [] };
  const ranges: [number, number][] = [];
  let out = '';
  for (const p of diff) {
    if (p.op !== 'same' && p.op !== (side === 'old' ? 'removed' : 'added')) continue;
    if (p.op !== 'same') ranges.push([out.length, out.length + p.text.length]);
    out += p.text;
  }
  return { text: out, ranges };
}

class Composer {
  readonly blocks: FlowBlock<Content>[] = [];
  readonly s: S;

  constructor(
    readonly measure: Measure,
    readonly width: number,
    readonly template: RevisionTemplate,
  ) {
    this.s = Object.fromEntries(Object.entries(template.type).map(([k, v]) => [k, style(v)])) as S;
  }

  text(text: string, s: Style, what: string, space: number, keepWithNext = false): void {
    const lines = this.measure.lines(text, s, this.width, undefined, what);
    this.blocks.push({
      rows: lines.map(() => this.measure.lineHeight(s)),
      spaceBefore: space,
      keepWithNext,
      keepTogether: keepWithNext,
      orphans: 2,
      widows: 2,
      content: { type: 'text', lines, style: s },
    });
  }

  /** One paragraph; `ranges`: which characters of its text are set in the changed style. */
  cell(text: string, s: Style, width: number, what: string, ranges: [number, number][] = []): Cell {
    const changed = this.s.changed;
    const styleAt =
      ranges.length > 0 ? (i: number): Style => (ranges.some(([a, b]) => i >= a && i < b) ? changed : s) : undefined;
    // Flush left, as every table cell of the print engine: a narrow column justified leaves a character alone on its last line.
    return {
      paras: [
        {
          lines: this.measure.lines(text, s, width, undefined, what, undefined, styleAt, true),
          style: s,
          ...(styleAt ? { styleAt } : {}),
        },
      ],
      align: 'left',
    };
  }

  table(rows: ChangeRow[]): void {
    const c = this.template.columns;
    const total = c.number + c.old + c.new + c.note;
    const widths = [c.number, c.old, c.new, c.note].map((f) => (f / total) * this.width);
    const pad = this.s.table.size * 0.45;
    const inner = (i: number): number => widths[i]! - pad * 2;
    const header = ['条款号', '原条文', '修订后条文', '说明'].map((h, i) =>
      this.cell(h, this.s.tableHeader, inner(i), 'the table header'),
    );
    const body: TableRow[] = rows.map((r) => {
      const what = `the row of ${r.id}`;
      // The wordings as they will be set (spaces between Chinese characters dropped), diffed as such.
      const o = tidySpaces(r.old);
      const n = tidySpaces(r.new);
      const diff = o && n && o !== n ? diffWording(o, n) : undefined;
      const number =
        r.kind === 'clause'
          ? r.oldNumber !== undefined
            ? `${r.number}\n（原${r.oldNumber}）`
            : r.number
          : kindName(r.kind);
      const old = marked(diff, o, 'old');
      const now = marked(diff, n, 'new');
      return {
        cells: [
          this.cell(number, this.s.table, inner(0), what),
          this.cell(old.text || '—', this.s.table, inner(1), what, old.ranges),
          this.cell(now.text || '（删除）', this.s.table, inner(2), what, now.ranges),
          this.cell(r.note, this.s.small, inner(3), what),
        ],
      };
    });
    // One paragraph a cell: no gap between paragraphs.
    const { headerHeight, rowHeights } = tableHeights(this.measure, header, body, pad, 0);
    this.blocks.push({
      rows: rowHeights,
      header: headerHeight,
      spaceBefore: this.s.body.size * 0.5,
      spaceAfter: this.s.body.size * 0.4,
      orphans: 1,
      widows: Math.min(2, rowHeights.length),
      content: {
        type: 'table',
        widths,
        header,
        rows: body,
        headerHeight,
        rowHeights,
        pad,
        paraGap: 0,
        grid: false,
        kind: 'booklet',
      },
    });
  }
}

/** 第2027.1版 → 第2027.2版 */
function versionWording(v: { old?: string; new?: string }): string {
  if (v.old !== undefined && v.new !== undefined && v.old !== v.new) return `第${v.old}版 → 第${v.new}版`;
  return v.new !== undefined ? `第${v.new}版` : `第${v.old}版（已删除）`;
}

/** The parts of a table's changes, in their order: one table each. */
function parts(table: RevisionTableScope): { title: string; rows: ChangeRow[] }[] {
  const out: { key: string; title: string; rows: ChangeRow[] }[] = [];
  // A document's table is one table: a clause moved out to another document is a row of it (its note says where it went), after the document's own.
  const own = (id: string): boolean =>
    table.documentId === undefined || table.changes.find((c) => c.id === id)!.section.id === table.documentId;
  const rows = tableRows(table.changes, { placement: true });
  for (const row of [...rows.filter((r) => own(r.id)), ...rows.filter((r) => !own(r.id))]) {
    const change = table.changes.find((c) => c.id === row.id)!;
    const key = table.kind === 'document' ? 'document' : `${change.section.kind}:${change.section.id}`;
    let part = out.find((p) => p.key === key);
    if (!part)
      out.push(
        (part = {
          key,
          title: change.section.kind === 'document' ? `《${change.section.title}》` : change.section.title,
          rows: [],
        }),
      );
    part.rows.push(row);
  }
  return out;
}

/** The table's head: its title, the versions compared and their effective date, the counts and the revision record. */
function composeHead(c: Composer, model: Model, table: RevisionTableScope, title: string): void {
  const s = c.s;
  c.text(title, s.title, 'the title', 0);
  const versions = table.versions.filter((v) => v.status !== 'same');
  const dated = table.effective.new ? `自${formatDate(table.effective.new)}起实施` : '';
  if (table.kind === 'document')
    c.text(
      [versionWording(versions[0]?.version ?? {}), dated].filter(Boolean).join('　'),
      s.meta,
      'the versions',
      s.meta.size * 0.5,
    );
  else {
    if (dated) c.text(dated, s.meta, 'the effective date', s.meta.size * 0.5);
    for (const v of versions)
      c.text(
        `《${v.title}》${v.status === 'added' ? '（新增文件）' : v.status === 'removed' || v.status === 'withdrawn' ? '（废止）' : versionWording(v.version)}`,
        s.meta,
        'the versions',
        s.meta.size * 0.2,
      );
  }
  c.text(`本次修订：${countsWording(changeCounts(table.changes))}。`, s.body, 'the summary', s.body.size * 0.6);
  // The revision record written for the new version (revisions: in the document), when there is one.
  if (table.documentId) {
    const doc = model.documents.find((d) => d.id === table.documentId);
    const record = doc?.revisions?.find((r) => r.version === doc.version);
    if (record)
      c.text(
        `修订说明：${record.summary}（${[record.approver ? `${record.approver}批准` : '', formatDate(record.date)].filter(Boolean).join('，')}）`,
        s.body,
        'the revision record',
        s.body.size * 0.3,
      );
  }
}

export async function buildRevisionTable(
  model: Model,
  table: RevisionTableScope,
  template: RevisionTemplate,
  cache: FontCache,
): Promise<Uint8Array> {
  const measure = new Measure(cache, template);
  const box = pageBox(template);
  const { pageWidth, pageHeight, margin: m } = box;
  const left = m.left;
  const width = box.width;
  const contentTop = m.top;
  const contentHeight = box.height;
  const c = new Composer(measure, width, template);
  const title = `${table.title}${template.title}`;
  const s = c.s;

  composeHead(c, model, table, title);
  for (const part of parts(table)) {
    if (table.kind !== 'document') c.text(part.title, s.section, 'a part title', s.section.size * 0.9, true);
    c.table(part.rows);
  }

  const pages = paginate(c.blocks, contentHeight);
  const t = await Typesetter.create(cache, measure, {
    title,
    author: model.organisation.name,
    subject: `${title}：条款号、原条文、修订后条文、说明`,
    keywords: ['修订对照表', table.title],
    date: table.effective.new ?? model.versions?.revisions[0]?.effective ?? '2000-01-01',
    language: model.organisation.language,
  });
  await t.prepare();
  const header = template.header.replace('{title}', title);
  pages.forEach((flow, i) => {
    const page = t.doc.addPage([pageWidth, pageHeight]);
    for (const f of flow.fragments) draw(t, c, page, f.block.content, f.from, f.to, contentTop + f.y, left, width);
    const sh = s.header;
    const headerTop = m.top * 0.45;
    if (i > 0) {
      t.drawLines(page, [{ text: header, width: 0, justify: false }], left, headerTop, width, sh, 'left');
      t.rule(page, left, headerTop + measure.lineHeight(sh) + 1, width, t.colour('rule'), 0.4);
    }
    const footer = template.footer.replace('{page}', String(i + 1)).replace('{pages}', String(pages.length));
    measure.check(footer, sh.weight, undefined, `the footer in ${template.file}`);
    t.drawLines(
      page,
      [{ text: footer, width: 0, justify: false }],
      left,
      pageHeight - m.bottom * 0.62,
      width,
      sh,
      'center',
    );
  });
  return t.save();
}

function draw(
  t: Typesetter,
  _c: Composer,
  page: PDFPage,
  content: Content,
  from: number,
  to: number,
  top: number,
  left: number,
  width: number,
): void {
  if (content.type === 'text') {
    t.drawLines(page, content.lines.slice(from, to), left, top, width, content.style, 'left');
    return;
  }
  drawTable(t, page, content, from, to, top, left, width, from > 0);
}
