/**
 * A role page's parts after its provisions (RoleItems.astro): etiquette, commitments, processes,
 * assessment and service items, as one HTML string each, as role-clauses-html.ts writes the
 * provisions. As Astro components (a list item, a link and a strength mark per phrase, step or
 * commitment) they were some 1 s of the 1,168 unit post pages at 100×, and most of their garbage.
 * The markup is what the components wrote, byte for byte (compressHTML: no space beside an
 * expression), escaped as clause-html.ts escapes.
 */
import type { RoleItems } from '../model/role-requirements.ts';
import type { Strength } from '../model/schema/common.ts';
import type { Model } from '../model/types.ts';
import { awardTitle, thresholdPeriodsSaid } from '../model/wording.ts';
import { attr, text } from './clause-html.ts';
import { UI, nodeTypeLabel, strengthLabel, type Locale } from './i18n/ui.ts';
import type { itemHref } from './item-marks.ts';
import { phraseDisplay, roleName } from './lib.ts';

export interface RoleItemsPage {
  model: Model;
  locale: Locale;
  idPrefix: string;
  link: ReturnType<typeof itemHref>;
}

/** Strength.astro's mark. */
function strengthHtml(strength: Strength | undefined, locale: Locale): string {
  return strength
    ? `<span${attr('class', `strength strength-${strength}`)}>【${text(strengthLabel(strength, locale))}】</span>`
    : '';
}

/** `<section>` of one part, with its heading. */
function part(page: RoleItemsPage, name: string, heading: string, body: string): string {
  const id = `${page.idPrefix}-${name}`;
  return `<section${attr('aria-labelledby', id)} class="role-part role-${name}"><h3${attr('id', id)}>${heading}</h3>${body}</section>`;
}

/** A link to an item, its text in the content's language. */
function itemLink(page: RoleItemsPage, id: string, content: string, lang: string): string {
  return `<a${attr('href', page.link(id))}${lang}>${text(content)}</a>`;
}

function etiquetteHtml(items: RoleItems, page: RoleItemsPage, lang: string): string {
  const s = UI[page.locale];
  const phraseCount = items.situations.reduce(
    (n, x) => n + x.situation.phrases.length + x.situation.forbidden.length,
    0,
  );
  const conduct = (list: readonly { id: string; text: string; strength?: Strength }[]): string =>
    `<ul class="conduct">${list.map((r) => `<li${attr('data-item', r.id)}>${strengthHtml(r.strength, page.locale)}${itemLink(page, r.id, r.text, lang)}</li>`).join('')}</ul>`;
  let out = '';
  for (const { situation: sit } of items.situations) {
    out += `<div class="role-situation"${attr('data-item', sit.id)}><h4>${itemLink(page, sit.id, sit.title, lang)}</h4><ul class="phrases compact">`;
    for (const p of sit.phrases)
      out += `<li class="phrase phrase-standard"${attr('data-item', p.id)}><span class="phrase-mark"><span aria-hidden="true">✓</span>${text(s.standardMark)}</span><a${attr('href', page.link(p.id))}><q lang="zh-CN">${text(phraseDisplay(p.text))}</q></a></li>`;
    for (const p of sit.forbidden)
      out += `<li class="phrase phrase-forbidden"${attr('data-item', p.id)}><span class="phrase-mark"><span aria-hidden="true">✗</span>${text(s.forbiddenMark)}</span><a${attr('href', page.link(p.id))}><q lang="zh-CN"><del>${text(phraseDisplay(p.text))}</del></q></a></li>`;
    out += '</ul>';
    if (sit.conduct.length > 0) out += conduct(sit.conduct);
    out += '</div>';
  }
  if (items.ruleSets.length > 0)
    out += `<ul class="clause-summary">${items.ruleSets.map(({ ruleSet }) => `<li${attr('data-item', ruleSet.id)}>${itemLink(page, ruleSet.id, ruleSet.title, lang)}：<span${lang}>${text(ruleSet.items.join('、'))}</span></li>`).join('')}</ul>`;
  if (items.conduct.length > 0) out += conduct(items.conduct.map(({ rule }) => rule));
  const count = phraseCount > 0 ? `<span class="muted"> · ${phraseCount}</span>` : '';
  return part(page, 'etiquette', `${text(s.etiquette)}${count}`, out);
}

function commitmentsHtml(items: RoleItems, page: RoleItemsPage, lang: string): string {
  const s = UI[page.locale];
  const list = items.commitments
    .map(
      (c) =>
        `<li${attr('data-item', c.id)}>${itemLink(page, c.id, c.title ?? c.text, lang)}${c.target ? `<span class="target"${lang}>${text(c.target.wording)}</span>` : ''}${c.title ? `<span${lang}>${text(c.text)}</span>` : ''}${c.public ? '' : `<span class="muted">（${text(s.internalCommitment)}）</span>`}</li>`,
    )
    .join('');
  return part(page, 'commitments', text(s.commitments), `<ul class="clause-summary">${list}</ul>`);
}

function processesHtml(items: RoleItems, page: RoleItemsPage, lang: string): string {
  const { model, locale } = page;
  const s = UI[locale];
  let out = '';
  for (const { process, own } of items.processes) {
    out += `<div class="role-process"${attr('data-item', process.id)}><h4>${itemLink(page, process.id, process.title, lang)}</h4><ol class="role-steps">`;
    for (const n of process.nodes) {
      const mine = own.includes(n);
      const whose = mine
        ? `<strong class="own-mark">（${text(s.ownSteps)}）</strong>`
        : `<span class="muted"${lang}>（${text(s.stepRoleOf(roleName(model, n.role)))}）</span>`;
      const limit = n.timeLimit
        ? `<span class="muted">${text(s.timeLimit)}${text(s.colon)}<span${lang}>${text(n.timeLimit)}</span></span>`
        : '';
      out += `<li${attr('data-item', n.id)}${mine ? ' class="own-step"' : ''}><span class="step-type">${text(nodeTypeLabel(n.type, locale))}</span>${itemLink(page, n.id, n.label, lang)}${whose}${limit}</li>`;
    }
    out += '</ol></div>';
  }
  return part(page, 'processes', text(s.processes), out);
}

function assessmentHtml(items: RoleItems, page: RoleItemsPage, lang: string): string {
  const s = UI[page.locale];
  let out = '';
  if (items.violations.length > 0) {
    out += '<ul class="clause-summary">';
    for (const { violation: v } of items.violations) {
      const penalty = [
        v.penalty.fine !== undefined ? s.fineYuan(v.penalty.fine, v.penalty.fineMax) : undefined,
        v.penalty.points !== undefined ? s.points(v.penalty.points) : undefined,
      ]
        .filter(Boolean)
        .join('；');
      out += `<li${attr('data-item', v.id)}>${itemLink(page, v.id, v.text, lang)}<span class="muted">${text(penalty)}</span></li>`;
    }
    out += '</ul>';
  }
  for (const { assessment, inspections, thresholds, awards } of items.assessmentRules) {
    out += '<ul class="quick-links">';
    for (const i of inspections) out += `<li${attr('data-item', i.id)}>${itemLink(page, i.id, i.title, lang)}</li>`;
    // Two 低于85分 (a lenient first phase and the rest) are told apart by their phases, as on the assessment page.
    for (const t of thresholds)
      out += `<li${attr('data-item', t.id)}>${itemLink(page, t.id, `${s.belowPoints(t.below)}${thresholdPeriodsSaid(t, assessment.phases)}`, '')}</li>`;
    for (const w of awards) out += `<li${attr('data-item', w.id)}>${itemLink(page, w.id, awardTitle(w), lang)}</li>`;
    out += '</ul>';
  }
  return part(page, 'assessment', text(s.assessment), out);
}

function servicesHtml(items: RoleItems, page: RoleItemsPage, lang: string): string {
  const s = UI[page.locale];
  const list = items.services
    .map((sv) => {
      const materials = sv.materials
        .map(
          (m, i) =>
            `${i > 0 ? '、' : ''}<a${attr('href', page.link(m.id))}${attr('data-item', m.id)}>${text(m.name)}</a>`,
        )
        .join('');
      return `<li${attr('data-item', sv.id)}>${itemLink(page, sv.id, sv.name, lang)}：<span${lang}>${materials}</span></li>`;
    })
    .join('');
  return part(page, 'services', text(s.services), `<ul class="clause-summary">${list}</ul>`);
}

/** The parts of a role page after its provisions, each when it has something. */
export function roleItemsHtml(items: RoleItems, page: RoleItemsPage): string {
  const lang = attr('lang', page.locale === 'en' ? 'zh-CN' : undefined);
  let out = '';
  if (items.situations.length > 0 || items.ruleSets.length > 0 || items.conduct.length > 0)
    out += etiquetteHtml(items, page, lang);
  if (items.commitments.length > 0) out += commitmentsHtml(items, page, lang);
  if (items.processes.length > 0) out += processesHtml(items, page, lang);
  if (items.violations.length > 0 || items.assessmentRules.length > 0) out += assessmentHtml(items, page, lang);
  if (items.services.length > 0) out += servicesHtml(items, page, lang);
  return out;
}
