/**
 * The commitment poster for a unit's public notice board: title, unit, numbered commitments
 * with their targets set large, hotlines, a QR code to the unit's commitments page and the
 * 落款 (issuer and date, with room for the official seal). Its pieces are poster-pieces.ts's.
 *
 * Everything is sized for the distance people read it from (posterMinimums): all sizes step
 * down together until the poster fits, but never below the minimums. When the commitments do
 * not fit at the minimums in full, the template says what gives: `qr-page` keeps each
 * commitment's title and target and leaves its description to the page the QR code opens (the
 * site's commitments page shows every text); `second-sheet` continues on more sheets; `fail`
 * stops the build. What was done is reported through `note`.
 */
import type { Model, ResolvedUnit } from '../model/types.ts';
import { unitView } from '../model/view.ts';
import type { FontCache } from './fonts.ts';
import { Measure } from './measure.ts';
import { Typesetter } from './render.ts';
import { mm, posterMinimums, type PosterTemplate } from './templates.ts';
import { pageBox } from './page-box.ts';
import { posterFileName } from './plan.ts';
import { drawTrimMarks, setTrim } from './trim.ts';
import { planPoster, styleFloor, styles, type Mode, type Piece, type Plan, type TypeKey } from './poster-pieces.ts';

export class PosterOverflowError extends Error {}

const sum = (pieces: Piece[]): number => pieces.reduce((a, p) => a + p.height, 0);
/** The least height the pieces can take: each gives up what it may shrink. */
const least = (pieces: Piece[]): number => pieces.reduce((a, p) => a + p.height - (p.shrink ?? 0), 0);

/** Sheets of pieces: the head on each, the intro on the first, the rows in order, the foot at the bottom of the last. */
function sheets(plan: Plan, available: number): { pieces: Piece[]; foot: Piece[] }[] | undefined {
  const head = sum(plan.head);
  const out: { pieces: Piece[]; foot: Piece[] }[] = [];
  let current: Piece[] = [...plan.head, ...plan.intro];
  let used = sum(current);
  for (const row of plan.rows) {
    if (used + row.height > available) {
      if (current.length === plan.head.length + (out.length === 0 ? plan.intro.length : 0)) return undefined;
      out.push({ pieces: current, foot: [] });
      current = [...plan.head];
      used = head;
    }
    current.push(row);
    used += row.height;
  }
  if (used + least(plan.foot) > available) {
    out.push({ pieces: current, foot: [] });
    current = [...plan.head];
    if (head + least(plan.foot) > available) return undefined;
  }
  out.push({ pieces: current, foot: plan.foot });
  return out;
}

/** The longest public commitments in a unit's view, with where each is written: what to shorten first. */
export function longestCommitments(model: Model, unit: ResolvedUnit, count = 3): string[] {
  return unitView(model, unit.id)
    .publicCommitments.map((c) => ({ c, length: [...`${c.title ?? ''}${c.text}`].length }))
    .sort((a, b) => b.length - a.length)
    .slice(0, count)
    .map(({ c }) => `${c.id}（${c.source.file}:${c.source.line}）`);
}

/** How the poster is laid out: its sheets and the scale they were set at. */
export interface PosterLayout {
  pages: { pieces: Piece[]; foot: Piece[] }[];
  scale: number;
}

/** The scales tried, from 1 down by fit.step to the first at which every size is at its minimum. */
function scalesTried(template: PosterTemplate): number[] {
  const scales: number[] = [];
  for (let scale = 1; ; scale = Math.round((scale - template.fit.step) * 1000) / 1000) {
    scales.push(scale);
    if (
      scale <= 0 ||
      (Object.entries(template.type) as [TypeKey, { size: number }][]).every(
        ([k, spec]) => spec.size * scale <= styleFloor(template, k),
      )
    )
      break;
  }
  return scales;
}

/** The first of `count` tries (largest scale first) that fits, by bisection; undefined when not even the last fits. */
function largestFitting<T extends { fits: boolean }>(count: number, at: (i: number) => T): T | undefined {
  let best = at(count - 1);
  if (!best.fits) return undefined;
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const tried = at(mid);
    if (tried.fits) {
      best = tried;
      hi = mid;
    } else lo = mid + 1;
  }
  return best;
}

/**
 * Lays the poster out as the build prints it (largest scale that fits, then what the template's
 * `overflow` says). Where the build would stop, it throws PosterOverflowError naming the unit's
 * file and the commitments to shorten. `guifan check` runs this too, so check fails where the
 * build would.
 */
export function fitPoster(
  model: Model,
  unit: ResolvedUnit,
  template: PosterTemplate,
  measure: Measure,
  note?: (message: string) => void,
): PosterLayout {
  const box = pageBox(template);
  const available = box.height;
  const min = posterMinimums(template);
  const name = posterFileName(template, unit);
  const longest = longestCommitments(model, unit);
  const shorten = longest.length
    ? `请缩短承诺 ${longest.join('、')}，或改用更大的模板`
    : '请缩短单位名称或服务电话，或改用更大的模板';
  const shortenEn = longest.length
    ? `shorten the commitments ${longest.join(', ').replace(/（/g, ' (').replace(/）/g, ')')} or use a larger template`
    : 'shorten the unit name or hotlines, or use a larger template';
  const scales = scalesTried(template);
  // The largest scale at which the plan fits one sheet (a smaller scale never makes it taller):
  // undefined when it does not fit even at the minimums, else found by bisection.
  const fit = (mode: Mode): { plan: Plan; scale: number } | undefined => {
    const at = (i: number): { plan: Plan; scale: number; fits: boolean } => {
      const plan = planPoster(model, unit, template, measure, scales[i]!, mode);
      return {
        plan,
        scale: scales[i]!,
        fits: sum(plan.head) + sum(plan.intro) + sum(plan.rows) + least(plan.foot) <= available,
      };
    };
    return largestFitting(scales.length, at);
  };
  let chosen = fit('full');
  let pages: { pieces: Piece[]; foot: Piece[] }[] | undefined = chosen
    ? [{ pieces: [...chosen.plan.head, ...chosen.plan.intro, ...chosen.plan.rows], foot: chosen.plan.foot }]
    : undefined;
  if (!pages) {
    const count = unitView(model, unit.id).publicCommitments.length;
    const why = `${count} 条承诺的全文在最小字号 ${min.body} pt 下放不下 / the ${count} commitments do not fit in full at the minimum ${min.body} pt`;
    if (template.overflow === 'fail') {
      const plan = planPoster(model, unit, template, measure, 0, 'full');
      const over = (sum(plan.head) + sum(plan.intro) + sum(plan.rows) + least(plan.foot) - available) / mm(1);
      throw new PosterOverflowError(
        `${name}（${template.file}，单位 ${unit.source.file}）：内容超出版面 ${over.toFixed(1)} mm，已缩到最小字号 ${min.body} pt；${shorten} / ` +
          `poster ${name} overflows the page by ${over.toFixed(1)} mm even at the minimum body size ${min.body} pt (unit ${unit.source.file}): ${shortenEn}`,
      );
    }
    const compact = template.overflow === 'qr-page' ? fit('compact') : undefined;
    if (compact) {
      chosen = compact;
      pages = [
        { pieces: [...compact.plan.head, ...compact.plan.intro, ...compact.plan.rows], foot: compact.plan.foot },
      ];
      note?.(
        `${name}：${why}；正文移至二维码所指的承诺页面，海报保留标题和目标值（无目标值的承诺保留正文） / descriptions moved to the page the QR code opens; titles and targets kept (the text of a commitment without a target)`,
      );
    } else {
      // More sheets, at the minimum sizes: full texts (second-sheet), or titles and targets when even those need more than one sheet.
      const mode: Mode = template.overflow === 'qr-page' ? 'compact' : 'full';
      const plan = planPoster(model, unit, template, measure, 0, mode);
      pages = sheets(plan, available);
      if (!pages)
        throw new PosterOverflowError(
          `${name}（${template.file}，单位 ${unit.source.file}）：版面放不下最小字号的标题和页脚；请缩短单位名称或服务电话，或改用更大的模板 / poster ${name}: even the title and footer do not fit the page at the minimum sizes (unit ${unit.source.file}): shorten the unit name or hotlines, or use a larger template`,
        );
      chosen = { plan, scale: 0 };
      note?.(
        `${name}：${why}；分 ${pages.length} 张印制${mode === 'compact' ? '（正文移至二维码页面）' : ''} / printed on ${pages.length} sheets${mode === 'compact' ? ' with titles and targets only' : ''}`,
      );
    }
  }
  return { pages, scale: chosen!.scale };
}

export async function buildPoster(
  model: Model,
  unit: ResolvedUnit,
  template: PosterTemplate,
  cache: FontCache,
  note?: (message: string) => void,
): Promise<Uint8Array> {
  const measure = new Measure(cache, template);
  const box = pageBox(template);
  const { pageWidth, pageHeight, margin: m } = box;
  const available = box.height;
  const { pages, scale } = fitPoster(model, unit, template, measure, note);

  const t = await Typesetter.create(cache, measure, {
    title: `${template.title} · ${unit.name}`,
    author: unit.issuer,
    subject: `${unit.name}${template.title}`,
    keywords: ['服务承诺', unit.name],
    date: unit.effective,
    language: model.organisation.language,
  });
  await t.prepare();
  for (const sheet of pages) {
    const page = t.doc.addPage([pageWidth, pageHeight]);
    // Leftover room goes to the gaps between commitments; the foot stays at the bottom (its
    // gap above shrunk by what the sheet lacks).
    const spare = available - sum(sheet.pieces) - sum(sheet.foot);
    const stretch = sheet.pieces.reduce((a, p) => a + p.stretch, 0);
    const ratio = stretch > 0 ? Math.min(1, Math.max(0, spare) / stretch) : 0;
    const footHeight = sum(sheet.foot) - Math.min(Math.max(0, -spare), sum(sheet.foot) - least(sheet.foot));
    let top = m.top;
    for (const p of sheet.pieces) {
      const extra = p.stretch * ratio;
      p.draw(t, page, top, extra);
      top += p.height + extra;
    }
    let bottomTop = pageHeight - m.bottom - footHeight;
    let shrunk = sum(sheet.foot) - footHeight;
    for (const p of sheet.foot) {
      const give = Math.min(shrunk, p.shrink ?? 0);
      shrunk -= give;
      p.draw(t, page, bottomTop, 0);
      bottomTop += p.height - give;
    }
    if (pages.length > 1) {
      const s = styles(template, scale).small;
      const label = `第${pages.indexOf(sheet) + 1}张　共${pages.length}张`;
      t.marked(page, 'Artifact', { type: 'Pagination' }, () =>
        t.drawLines(page, [measure.line(label, s)], m.left, pageHeight - m.bottom * 0.9, box.width, s, 'right'),
      );
    }
    setTrim(page, mm(template.bleed), template.cropMarks);
    if (template.cropMarks)
      t.marked(page, 'Artifact', { type: 'Layout' }, () => drawTrimMarks(page, mm(template.bleed)));
  }
  return t.save();
}
