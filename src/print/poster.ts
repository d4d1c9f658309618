/**
 * The commitment poster for a unit's public notice board: title, unit, numbered
 * commitments with their targets set large, hotlines, a QR code to the unit's
 * commitments page and the effective date. Everything scales down together until it
 * fits; below the template's legible minimum the build fails and says by how much.
 */
import type { PDFPage } from 'pdf-lib';
import type { Model, ResolvedUnit } from '../model/types.ts';
import { absoluteUrl, paths } from '../model/routes.ts';
import { unitView } from '../model/view.ts';
import { formatDate } from '../model/wording.ts';
import { contactsOf } from '../model/contacts.ts';
import type { FontCache } from './fonts.ts';
import { drawQr } from './qr.ts';
import { Measure, style, Typesetter, type Style } from './render.ts';
import { mm, pageSize, type PosterTemplate } from './templates.ts';
import { posterFileName } from './plan.ts';

export class PosterOverflowError extends Error {}

interface Piece {
  height: number;
  /** Stretchable: extra height it may take when the page has room. */
  stretch: number;
  /** Pinned to the bottom of the page with everything after it. */
  bottom: boolean;
  draw: (t: Typesetter, page: PDFPage, top: number, extra: number) => void;
}

export { posterFileName } from './plan.ts';

function planPoster(model: Model, unit: ResolvedUnit, template: PosterTemplate, measure: Measure, scale: number): Piece[] {
  const [pageWidth] = pageSize(template);
  const m = template.page.margin;
  const left = mm(m.left);
  const width = pageWidth - mm(m.left) - mm(m.right);
  const ty = template.type;
  const S = (k: keyof typeof ty): Style => style(ty[k], scale);
  const gap = S('commitment').size;
  const pieces: Piece[] = [];
  let afterContacts = false;

  for (const block of template.blocks) {
    if (block === 'contacts') afterContacts = true;
    const bottom = afterContacts;
    if (block === 'title') {
      const s = S('title');
      const lines = measure.lines(template.title, s, width, undefined, 'the poster title');
      const pad = s.size * 0.45;
      const height = lines.length * measure.lineHeight(s) + pad * 2;
      pieces.push({
        height: height + gap,
        stretch: 0,
        bottom,
        draw: (t, page, top) => {
          // The band bleeds to the page edges above and beside the title.
          t.box(page, 0, 0, pageWidth, top + height, t.colour('accent'));
          t.drawLines(page, lines, left, top + pad, width, s, 'center');
        },
      });
    } else if (block === 'unit' || (block === 'intro' && template.intro)) {
      const s = S(block === 'unit' ? 'unit' : 'intro');
      const text = block === 'unit' ? unit.name : (template.intro ?? '');
      const lines = measure.lines(text, s, width, unit.source, block === 'unit' ? 'the unit name' : 'the poster intro');
      const height = lines.length * measure.lineHeight(s);
      pieces.push({ height: height + gap * 0.6, stretch: gap, bottom, draw: (t, page, top) => void t.drawLines(page, lines, left, top, width, s, 'center') });
    } else if (block === 'commitments') {
      const commitments = unitView(model, unit.id).publicCommitments;
      const sNum = S('number');
      const sTitle = S('commitmentTitle');
      const sText = S('commitment');
      const sTarget = S('target');
      const disc = sNum.size * 2;
      const targets = commitments.map((c) => c.target?.wording ?? '');
      for (const [i, c] of commitments.entries()) if (c.target) measure.check(targets[i]!, sTarget.weight, c.source, `commitment ${c.id}'s target`);
      const targetWidth = Math.min(width * 0.36, Math.max(0, ...targets.map((d) => measure.width(d, sTarget))));
      const textLeft = left + disc + gap;
      const textWidth = width - disc - gap - (targetWidth > 0 ? targetWidth + gap : 0);
      const rowGap = gap * 0.6;
      commitments.forEach((c, i) => {
        // The title runs in, bold, before the text: one line less per commitment.
        const runIn = c.title ? `${c.title}　` : '';
        const styleAt = (index: number): Style => (index < runIn.length ? sTitle : sText);
        const textLines = measure.lines(runIn + c.text, sText, textWidth, c.source, `commitment ${c.id}`, undefined, styleAt);
        const textHeight = textLines.length * measure.lineHeight(sText);
        const targetHeight = c.target ? measure.lineHeight(sTarget) : 0;
        const height = Math.max(disc, textHeight, targetHeight);
        const last = i === commitments.length - 1;
        // Space before (above a rule) and after each row; spare page height widens both.
        const sides = (i === 0 ? 0 : 1) + (last ? 0 : 1);
        pieces.push({
          height: height + rowGap * sides + (last ? gap : 0),
          stretch: rowGap * 1.5 * sides,
          bottom,
          draw: (t, page, top, extra) => {
            const each = sides > 0 ? extra / sides : 0;
            const rowTop = top + (i === 0 ? 0 : rowGap + each);
            if (i > 0) t.rule(page, left, top, width, t.colour('rule'), 0.6 * scale);
            const cy = page.getHeight() - rowTop - height / 2;
            page.drawCircle({ x: left + disc / 2, y: cy, size: disc / 2, color: t.colour('accent') });
            const number = String(i + 1);
            const nw = measure.width(number, sNum);
            const face = measure.faces[sNum.weight];
            t.text(page, number, left + disc / 2 - nw / 2, cy - ((face.ascent + face.descent) / 2) * sNum.size * 0.93, sNum);
            const y = rowTop + Math.max(0, (height - textHeight) / 2);
            t.drawLines(page, textLines, textLeft, y, textWidth, sText, 'justify', undefined, styleAt);
            if (c.target) {
              const tl = [{ text: targets[i]!, width: measure.width(targets[i]!, sTarget), justify: false }];
              const ttop = rowTop + (height - measure.lineHeight(sTarget)) / 2;
              t.drawLines(page, tl, left + width - targetWidth, ttop, targetWidth, sTarget, 'right');
            }
          },
        });
      });
    } else if (block === 'contacts') {
      const contacts = contactsOf(unit.hotlines);
      const sLabel = S('contactLabel');
      const sNumber = S('contact');
      const sSmall = S('small');
      const pad = gap;
      const qrSide = mm(template.qr.size) * Math.max(scale, 0.75);
      const url = absoluteUrl(model, paths.board(unit.id));
      const captionLines = measure.lines(template.qr.caption, sSmall, qrSide * 1.4, template.qr.caption === '' ? undefined : unit.source, 'the QR caption');
      const qrHeight = qrSide + captionLines.length * measure.lineHeight(sSmall);
      const colWidth = width - pad * 3 - qrSide * 1.4;
      for (const c of contacts) {
        measure.check(c.label, sLabel.weight, unit.source, 'a hotline label');
        measure.check(c.number, sNumber.weight, unit.source, 'a hotline number');
      }
      const widest = Math.max(0, ...contacts.map((c) => Math.max(measure.width(c.number, sNumber), measure.width(c.label, sLabel))));
      // Contacts in two columns when there are more than two and they fit side by side.
      const columns = contacts.length > 2 && widest <= colWidth / 2 - pad ? 2 : 1;
      const cellWidth = colWidth / columns;
      const cellHeight = measure.lineHeight(sLabel) + measure.lineHeight(sNumber) + pad * 0.35;
      // A number wider than the panel counts as overflow, so that auto-fit shrinks the type.
      const tooWide = Math.max(0, widest - cellWidth);
      const listHeight = Math.ceil(contacts.length / columns) * cellHeight;
      const height = Math.max(listHeight, qrHeight) + pad * 2 + tooWide;
      pieces.push({
        height: height + gap * 0.8,
        stretch: 0,
        bottom,
        draw: (t, page, top) => {
          t.box(page, left, top, width, height, t.colour('tint'), pad * 0.6);
          const listTop = top + pad + (Math.max(listHeight, qrHeight) - listHeight) / 2;
          contacts.forEach((c, i) => {
            const col = i % columns;
            const row = Math.floor(i / columns);
            const x = left + pad + col * cellWidth;
            const y = listTop + row * cellHeight;
            t.drawLines(page, [{ text: c.label, width: 0, justify: false }], x, y, cellWidth, sLabel, 'left');
            t.drawLines(page, [{ text: c.number, width: 0, justify: false }], x, y + measure.lineHeight(sLabel), cellWidth, sNumber, 'left');
          });
          const qrLeft = left + width - pad - qrSide * 1.2;
          drawQr(page, url, qrLeft, page.getHeight() - top - pad, qrSide);
          t.drawLines(page, captionLines, qrLeft - qrSide * 0.2, top + pad + qrSide, qrSide * 1.4, sSmall, 'center');
        },
      });
    } else if (block === 'effective') {
      const s = S('small');
      const effective = unit.effective;
      const text = `${model.organisation.name}　自${formatDate(effective)}起施行`;
      const lines = measure.lines(text, s, width, model.organisation.source, 'the effective-date line');
      pieces.push({ height: lines.length * measure.lineHeight(s), stretch: 0, bottom, draw: (t, page, top) => void t.drawLines(page, lines, left, top, width, s, 'center') });
    }
  }
  return pieces;
}

/** The longest public commitments of a unit, with where each is written: what to shorten first. */
export function longestCommitments(unit: ResolvedUnit, count = 3): string[] {
  return unit.commitments
    .filter((c) => c.public)
    .map((c) => ({ c, length: [...`${c.title ?? ''}${c.text}`].length }))
    .sort((a, b) => b.length - a.length)
    .slice(0, count)
    .map(({ c }) => `${c.id}（${c.source.file}:${c.source.line}）`);
}

/**
 * Lays the poster out at the largest scale (in steps) at which it fits the page. Below the
 * template's legible minimum it throws PosterOverflowError naming the unit's file and the
 * commitments to shorten. `guifan check` runs this too, so check fails where the build would.
 */
export function fitPoster(model: Model, unit: ResolvedUnit, template: PosterTemplate, measure: Measure): { pieces: Piece[]; used: number; available: number } {
  const [, pageHeight] = pageSize(template);
  const m = template.page.margin;
  const available = pageHeight - mm(m.top) - mm(m.bottom);
  const minScale = template.fit.minBodySize / template.type.commitment.size;
  let scale = 1;
  let pieces = planPoster(model, unit, template, measure, scale);
  let used = pieces.reduce((a, p) => a + p.height, 0);
  while (used > available) {
    const next = Math.round((scale - template.fit.step) * 1000) / 1000;
    if (next < minScale - 1e-9) {
      const over = (used - available) / mm(1);
      const longest = longestCommitments(unit);
      const shorten = longest.length ? `请缩短承诺 ${longest.join('、')}，或改用更大的模板` : '请缩短单位名称或服务电话，或改用更大的模板';
      const shortenEn = longest.length ? `shorten the commitments ${longest.join(', ').replace(/（/g, ' (').replace(/）/g, ')')} or use a larger template` : 'shorten the unit name or hotlines, or use a larger template';
      throw new PosterOverflowError(
        `${posterFileName(template, unit)}（${template.file}，单位 ${unit.source.file}）：内容超出版面 ${over.toFixed(1)} mm，已缩到最小字号 ${template.fit.minBodySize} pt；${shorten} / ` +
          `poster ${posterFileName(template, unit)} overflows the page by ${over.toFixed(1)} mm even at the minimum body size ` +
          `${template.fit.minBodySize} pt (unit ${unit.source.file}): ${shortenEn}`,
      );
    }
    scale = next;
    pieces = planPoster(model, unit, template, measure, scale);
    used = pieces.reduce((a, p) => a + p.height, 0);
  }
  return { pieces, used, available };
}

export async function buildPoster(model: Model, unit: ResolvedUnit, template: PosterTemplate, cache: FontCache): Promise<Uint8Array> {
  const measure = new Measure(cache, template);
  const [pageWidth, pageHeight] = pageSize(template);
  const m = template.page.margin;
  const { pieces, used, available } = fitPoster(model, unit, template, measure);

  const t = await Typesetter.create(cache, measure, {
    title: `${template.title} · ${unit.name}`,
    author: model.organisation.name,
    subject: `${unit.name}${template.title}`,
    keywords: ['服务承诺', unit.name],
    date: unit.effective,
    language: model.organisation.language,
  });
  await t.prepare();
  const page = t.doc.addPage([pageWidth, pageHeight]);
  // Leftover room goes first to the gaps between commitments, then stays at the bottom.
  let spare = available - used;
  const stretch = pieces.filter((p) => !p.bottom).reduce((a, p) => a + p.stretch, 0);
  const ratio = stretch > 0 ? Math.min(1, spare / stretch) : 0;
  let top = mm(m.top);
  for (const p of pieces.filter((q) => !q.bottom)) {
    const extra = p.stretch * ratio;
    p.draw(t, page, top, extra);
    top += p.height + extra;
  }
  spare -= stretch * ratio;
  let bottomTop = pageHeight - mm(m.bottom) - pieces.filter((p) => p.bottom).reduce((a, p) => a + p.height, 0);
  for (const p of pieces.filter((q) => q.bottom)) {
    p.draw(t, page, bottomTop, 0);
    bottomTop += p.height;
  }
  return t.save();
}
