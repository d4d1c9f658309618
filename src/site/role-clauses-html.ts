/**
 * A role page's provisions (RoleItems.astro's first part) as one HTML string: a group's post page
 * lists thousands of them (9,156 items on one page at 100×) and a unit's hundreds, and as Astro
 * components (a list item and a strength mark each) they were most of the site's 16 s of unit
 * post pages. The markup is what the components wrote, byte for byte (compressHTML: no space
 * beside an expression), escaped as clause-html.ts escapes.
 */
import type { Model } from '../model/types.ts';
import type { RoleItems } from '../model/role-requirements.ts';
import { documentPath } from '../model/routes.ts';
import { ORIGIN_SIGN, UI, strengthLabel, type Locale } from './i18n/ui.ts';
import { attr, text } from './clause-html.ts';
import type { itemHref, originMark } from './item-marks.ts';
import { href } from './lib.ts';

type Run = {
  headings: RoleItems['clauses'][number]['clauses'][number]['headings'];
  clauses: RoleItems['clauses'][number]['clauses'];
};

/** Provisions in runs under the same headings, so each heading is written once. */
function runs(clauses: RoleItems['clauses'][number]['clauses']): Run[] {
  const out: Run[] = [];
  for (const rc of clauses) {
    const last = out[out.length - 1];
    const key = rc.headings.map((h) => h.id).join('/');
    if (last && last.headings.map((h) => h.id).join('/') === key) last.clauses.push(rc);
    else out.push({ headings: rc.headings, clauses: [rc] });
  }
  return out;
}

export interface RoleClausesPage {
  model: Model;
  locale: Locale;
  unitId: string | undefined;
  idPrefix: string;
  link: ReturnType<typeof itemHref>;
  mark: ReturnType<typeof originMark>;
}

/** The provisions part of a role page: by document, runs under their headings, each provision a line. */
export function roleClausesHtml(clauses: RoleItems['clauses'], page: RoleClausesPage): string {
  const { model, locale, unitId, idPrefix, link, mark } = page;
  const lang = attr('lang', locale === 'en' ? 'zh-CN' : undefined);
  let out = `<section${attr('aria-labelledby', `${idPrefix}-clauses`)} class="role-part role-clauses"><h3${attr('id', `${idPrefix}-clauses`)}>${text(UI[locale].norms)}</h3>`;
  for (const { document, clauses: list } of clauses) {
    out += `<h4><a${attr('href', href(locale, documentPath(model, document.id, unitId)))}${lang}>${text(document.title)}</a></h4>`;
    for (const run of runs(list)) {
      if (run.headings.length > 0)
        out += `<p class="role-headings">${run.headings
          .map(
            (h, i) =>
              `${i > 0 ? ' › ' : ''}<a${attr('href', link(h.id))}><span class="clause-number">${text(h.label)}</span><span${lang}>${text(h.title ?? '')}</span></a>`,
          )
          .join('')}</p>`;
      out += '<ul class="clause-summary">';
      for (const { clause: c } of run.clauses) {
        const strength = c.strength
          ? `<span${attr('class', `strength strength-${c.strength}`)}>【${text(strengthLabel(c.strength, locale))}】</span>`
          : '';
        const title = c.title ? `<strong${lang}>${text(c.title)}</strong>` : '';
        const m = mark(c.id);
        const origin = m
          ? `<span${attr('class', `origin origin-${m.note.mark}`)}>${text(ORIGIN_SIGN[m.note.mark])}${text(m.text)}</span>`
          : '';
        out += `<li${attr('data-item', c.id)}><a${attr('href', link(c.id))}><span class="clause-number">${text(c.label)}</span></a>${strength}${title}<span${lang}>${text(c.text ?? '')}</span>${origin}</li>`;
      }
      out += '</ul>';
    }
  }
  return `${out}</section>`;
}
