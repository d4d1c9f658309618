/**
 * The pocket card (人手一卡), 85.6 × 54 mm, two sides: what to say and never say; the
 * key commitments and the numbers to call. Auto-fits like the poster.
 */
import type { PDFPage } from 'pdf-lib';
import { cardSelection } from '../model/card.ts';
import type { Model, ResolvedUnit, SourceRef } from '../model/types.ts';
import { unitView } from '../model/view.ts';
import { phraseDisplay } from '../model/wording.ts';
import { contactsOf } from '../model/contacts.ts';
import type { FontCache } from './fonts.ts';
import type { Line } from './layout/lines.ts';
import { Measure, style, Typesetter, type Style } from './render.ts';
import { mm, pageSize, type CardTemplate } from './templates.ts';
import { cardFileName } from './plan.ts';

export class CardOverflowError extends Error {}

export { cardFileName } from './plan.ts';

interface Entry {
  text: string;
  source: SourceRef | undefined;
  what: string;
}

interface Section {
  heading: string;
  entries: Entry[];
  /** Entries set in one line each, label then value (hotlines). */
  bullet: string;
}

function sections(model: Model, unit: ResolvedUnit, template: CardTemplate, blocks: CardTemplate['front']): Section[] {
  // What the card carries is the unit's own choice, made in the model from its view.
  const chosen = cardSelection(unitView(model, unit.id), template.limits);
  return blocks.map((block): Section => {
    switch (block) {
      case 'phrases':
        return { heading: '规范用语', bullet: '○', entries: chosen.phrases.map((p) => ({ text: phraseDisplay(p.text), source: p.source, what: `phrase ${p.id}` })) };
      case 'forbidden':
        return { heading: '服务忌语', bullet: '×', entries: chosen.forbidden.map((p) => ({ text: phraseDisplay(p.text), source: p.source, what: `forbidden phrase ${p.id}` })) };
      case 'commitments': {
        return {
          heading: '服务承诺',
          bullet: '•',
          entries: chosen.commitments.map((c) => ({
            text: c.title && c.target ? `${c.title}　${c.target.wording}` : c.text,
            source: c.source,
            what: `commitment ${c.id}`,
          })),
        };
      }
      case 'hotlines':
        return { heading: '服务电话', bullet: '', entries: contactsOf(unit.hotlines).map((c) => ({ text: `${c.label}　${c.number}`, source: unit.source, what: 'a hotline' })) };
    }
  });
}

interface Plan {
  height: number;
  draw: (t: Typesetter, page: PDFPage) => void;
}

function planSide(model: Model, unit: ResolvedUnit, template: CardTemplate, measure: Measure, blocks: CardTemplate['front'], scale: number, banner: string): Plan {
  const [pageWidth] = pageSize(template);
  const m = template.page.margin;
  const left = mm(m.left);
  const width = pageWidth - mm(m.left) - mm(m.right);
  const sHeading = style(template.type.heading, scale);
  const sBody = style(template.type.body, scale);
  const sSmall = style(template.type.small, scale);
  const bannerLines = measure.lines(banner, sSmall, width, unit.source, 'the card banner');
  const bannerHeight = measure.lineHeight(sSmall) + mm(1.6);
  const ops: ((t: Typesetter, page: PDFPage, top: number) => number)[] = [];
  ops.push((t, page) => {
    t.box(page, 0, 0, pageWidth, mm(m.top) + bannerHeight - mm(0.8), t.colour('accent'));
    t.drawLines(page, bannerLines.slice(0, 1), left, mm(m.top) - mm(0.2), width, sSmall, 'left', t.colour('accentText'));
    return bannerHeight;
  });
  let height = bannerHeight;
  for (const section of sections(model, unit, template, blocks)) {
    const headingHeight = measure.lineHeight(sHeading);
    measure.check(section.heading, sHeading.weight, undefined, 'a card heading');
    const bulletWidth = section.bullet ? measure.width(section.bullet, sBody) + sBody.size * 0.35 : 0;
    const items: { lines: Line[] }[] = section.entries.map((e) => ({ lines: measure.lines(e.text, sBody, width - bulletWidth, e.source, e.what) }));
    const itemsHeight = items.reduce((a, i) => a + i.lines.length * measure.lineHeight(sBody), 0);
    const gap = sBody.size * 0.5;
    height += headingHeight + itemsHeight + gap;
    ops.push((t, page, top) => {
      t.drawLines(page, [{ text: section.heading, width: 0, justify: false }], left, top, width, sHeading, 'left');
      let y = top + headingHeight;
      for (const item of items) {
        if (section.bullet) t.drawLines(page, [{ text: section.bullet, width: 0, justify: false }], left, y, bulletWidth, sBody, 'left', t.colour(section.bullet === '×' ? 'accent' : 'muted'));
        y += t.drawLines(page, item.lines, left + bulletWidth, y, width - bulletWidth, sBody);
      }
      return headingHeight + itemsHeight + gap;
    });
  }
  return {
    height: height - sBody.size * 0.5,
    draw: (t, page) => {
      let top = mm(m.top);
      for (const op of ops) top += op(t, page, top);
    },
  };
}

/**
 * Lays out both sides at the largest scale at which each fits. Below the legible minimum it
 * throws CardOverflowError naming the unit's file and the longest entries of that side.
 * `guifan check` runs this too.
 */
export function fitCard(model: Model, unit: ResolvedUnit, template: CardTemplate, measure: Measure): Plan[] {
  const [, pageHeight] = pageSize(template);
  const available = pageHeight - mm(template.page.margin.top) - mm(template.page.margin.bottom);
  const minScale = template.fit.minBodySize / template.type.body.size;
  const banner = `${unit.shortName}　规范化服务卡`;
  const sides: Plan[] = [];
  for (const [name, blocks] of [['front', template.front], ['back', template.back]] as const) {
    let scale = 1;
    let plan = planSide(model, unit, template, measure, blocks, scale, banner);
    while (plan.height > available) {
      scale = Math.round((scale - template.fit.step) * 1000) / 1000;
      if (scale < minScale - 1e-9) {
        const over = (plan.height - available) / mm(1);
        const longest = sections(model, unit, template, blocks)
          .flatMap((s) => s.entries)
          .filter((e) => e.source)
          .sort((a, b) => [...b.text].length - [...a.text].length)
          .slice(0, 3)
          .map((e) => `${e.what}（${e.source!.file}:${e.source!.line}）`);
        throw new CardOverflowError(
          `${cardFileName(template, unit)}（${template.file}，单位 ${unit.source.file}）：卡片${name === 'front' ? '正面' : '背面'}内容超出 ${over.toFixed(1)} mm；请缩短 ${longest.join('、')}，或减少模板中的条数 / ` +
            `the ${name} of card ${cardFileName(template, unit)} overflows by ${over.toFixed(1)} mm at the minimum size (unit ${unit.source.file}): shorten ${longest.join(', ').replace(/（/g, ' (').replace(/）/g, ')')}, or lower the limits in the template`,
        );
      }
      plan = planSide(model, unit, template, measure, blocks, scale, banner);
    }
    sides.push(plan);
  }
  return sides;
}

export async function buildCard(model: Model, unit: ResolvedUnit, template: CardTemplate, cache: FontCache): Promise<Uint8Array> {
  const measure = new Measure(cache, template);
  const [pageWidth, pageHeight] = pageSize(template);
  const sides = fitCard(model, unit, template, measure);
  const t = await Typesetter.create(cache, measure, {
    title: `规范化服务卡 · ${unit.name}`,
    author: model.organisation.name,
    subject: `${unit.name}规范化服务卡`,
    keywords: ['规范化服务', '服务卡'],
    date: unit.effective,
    language: model.organisation.language,
  });
  await t.prepare();
  for (const side of sides) side.draw(t, t.doc.addPage([pageWidth, pageHeight]));
  return t.save();
}

