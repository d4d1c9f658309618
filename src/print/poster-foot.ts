/**
 * The poster's foot: the QR code to the unit's commitments page with its caption, the numbers to
 * call in a tinted panel, and the 落款 band (the unit's name, the date, the QR code when it is there).
 */
import type { PDFPage } from 'pdf-lib';
import type { Model, ResolvedUnit } from '../model/types.ts';
import { contactsOf } from '../model/contacts.ts';
import { absoluteUrl, paths } from '../model/routes.ts';
import { formatDate } from '../model/wording.ts';
import { drawQr } from './qr.ts';
import type { Measure, Style } from './measure.ts';
import type { Typesetter } from './render.ts';
import { mm, posterMinimums, type PosterTemplate } from './templates.ts';

import type { Piece, TypeKey, Mode } from './poster-pieces.ts';

/** The QR code to the unit's commitments page with its caption beside it; in compact mode the caption says the full texts are there. */
export interface QrBlock {
  side: number;
  width: number;
  height: number;
  draw: (t: Typesetter, page: PDFPage, left: number, top: number) => void;
}

export function qrBlock(
  model: Model,
  unit: ResolvedUnit,
  template: PosterTemplate,
  S: Record<TypeKey, Style>,
  measure: Measure,
  scale: number,
  mode: Mode,
): QrBlock {
  const side = Math.max(mm(posterMinimums(template).qr), mm(template.qr.size) * scale);
  const url = absoluteUrl(model, paths.board(unit.id));
  const caption = mode === 'compact' ? `${template.qr.caption}（各项承诺全文）` : template.qr.caption;
  const gap = S.small.size * 0.6;
  const captionWidth = side * 1.8;
  const captionLines = measure.lines(
    caption,
    S.small,
    captionWidth,
    template.qr.caption === '' ? undefined : unit.source,
    'the QR caption',
  );
  const captionHeight = captionLines.length * measure.lineHeight(S.small);
  return {
    side,
    width: side + gap + captionWidth,
    height: Math.max(side, captionHeight),
    draw: (t, page, left, top) => {
      t.marked(
        page,
        'Figure',
        { alt: `二维码：${url}`, bbox: [left, page.getHeight() - top - side, left + side, page.getHeight() - top] },
        () => drawQr(page, url, left, page.getHeight() - top, side),
      );
      t.drawLines(
        page,
        captionLines,
        left + side + gap,
        top + (side - captionHeight) / 2,
        captionWidth,
        S.small,
        'left',
      );
    },
  };
}

/** The numbers to call, in a tinted panel (with the QR code at its right when there is no 落款 band to hold it). */
export function contactsPiece(
  unit: ResolvedUnit,
  S: Record<TypeKey, Style>,
  measure: Measure,
  left: number,
  width: number,
  qr: QrBlock | undefined,
): Piece {
  const contacts = contactsOf(unit.hotlines);
  const pad = S.commitment.size;
  const colWidth = width - pad * 2 - (qr ? qr.width + pad : 0);
  for (const c of contacts) {
    measure.check(c.label, S.contactLabel.weight, unit.source, 'a hotline label');
    measure.check(c.number, S.contact.weight, unit.source, 'a hotline number');
  }
  const widest = Math.max(
    0,
    ...contacts.map((c) => Math.max(measure.width(c.number, S.contact), measure.width(c.label, S.contactLabel))),
  );
  // Side by side in as many columns as fit (up to four).
  const columns = Math.max(1, Math.min(contacts.length, [4, 3, 2].find((n) => widest <= colWidth / n - pad) ?? 1));
  const cellWidth = colWidth / columns;
  const cellHeight = measure.lineHeight(S.contactLabel) + measure.lineHeight(S.contact) + pad * 0.35;
  // A number wider than the panel counts as overflow, so that auto-fit shrinks the type.
  const tooWide = Math.max(0, widest - cellWidth);
  const listHeight = Math.ceil(contacts.length / columns) * cellHeight - pad * 0.35;
  const inner = Math.max(listHeight, qr?.height ?? 0);
  const height = inner + pad * 1.6 + tooWide;
  return {
    height: height + pad * 0.8,
    stretch: 0,
    draw: (t, page, top) => {
      t.box(page, left, top, width, height, t.colour('tint'), pad * 0.6);
      const listTop = top + pad * 0.8 + (inner - listHeight) / 2;
      contacts.forEach((c, i) => {
        const x = left + pad + (i % columns) * cellWidth;
        const y = listTop + Math.floor(i / columns) * cellHeight;
        t.drawLines(page, [measure.line(c.label, S.contactLabel)], x, y, cellWidth, S.contactLabel, 'left');
        t.drawLines(
          page,
          [measure.line(c.number, S.contact)],
          x,
          y + measure.lineHeight(S.contactLabel),
          cellWidth,
          S.contact,
          'left',
        );
      });
      qr?.draw(t, page, left + width - pad - qr.width, top + pad * 0.8 + (inner - qr.height) / 2);
    },
  };
}

/**
 * 落款: the issuer and the date it takes effect (2027年1月1日), right-aligned as in an official
 * notice, in a band as tall as the seal stamped across them (骑年盖月), so that the seal touches
 * nothing else; the QR code, when it is not in the contacts panel, stands at the band's left.
 */
export function signaturePiece(
  unit: ResolvedUnit,
  template: PosterTemplate,
  S: Record<TypeKey, Style>,
  measure: Measure,
  left: number,
  width: number,
  qr: QrBlock | undefined,
): Piece {
  const s = S.small;
  // The unit's issuer (a company under a group signs with its own name), not always the group's.
  const issuer = unit.issuer;
  const date = formatDate(unit.effective);
  measure.check(issuer + date, s.weight, unit.issuerSource, 'the 落款');
  const lh = measure.lineHeight(s);
  const seal = mm(template.signature.seal);
  const blockWidth = Math.max(measure.width(issuer, s), measure.width(date, s));
  const height = Math.max(seal, lh * 2, qr?.height ?? 0);
  return {
    height,
    stretch: 0,
    draw: (t, page, top) => {
      qr?.draw(t, page, left, top + (height - qr.height) / 2);
      const x = left + width - blockWidth - s.size;
      // The two lines sit in the middle of the seal's square, the date last.
      const textTop = top + height / 2 - lh * 0.6;
      t.drawLines(page, [measure.line(issuer, s)], x, textTop, blockWidth, s, 'center');
      t.drawLines(page, [measure.line(date, s)], x, textTop + lh, blockWidth, s, 'center');
    },
  };
}
