/**
 * The clause list of a norm page as one HTML string. A group's site renders
 * some 2,000 norm pages of ~60 clauses; as Astro components (a list item, a
 * heading and a strength mark per clause) that was most of their time. The
 * markup follows Astro's escaping of text and attributes.
 *
 * A clause's number is its link (#c-<id>), shown as a link on hover and
 * focus, instead of a "链接" after every clause. On a unit's page only the
 * marks that tell something are shown (本单位修订/新增, 上级单位…): the page
 * says once that unmarked provisions are the group's wording (沿用).
 */
import type { Clause } from '../model/types/documents.ts';
import type { Model } from '../model/types.ts';
import { originNote } from '../model/origin.ts';
import { anchorId, localAnchor } from '../model/routes.ts';
import { ORIGIN_SIGN, UI, strengthLabel, type Locale } from './i18n/ui.ts';
import { href, originText, roleName } from './lib.ts';
import { REVISION_UI } from './i18n/revision-ui.ts';
import type { ClauseMark } from './revisions.ts';

/** Text content, escaped as Astro escapes expressions (html-escaper). */
export function text(value: string): string {
  return value.replace(
    /[&<>'"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' })[c] ?? c,
  );
}

/** An attribute as Astro writes it: left out when undefined, `&` and `"` as numeric references. */
export function attr(name: string, value: string | undefined): string {
  if (value === undefined) return '';
  if (value === '') return ` ${name}`;
  return ` ${name}="${value.replace(/&/g, '&#38;').replace(/"/g, '&#34;')}"`;
}

/**
 * `marks`: the clauses the page's current revision added or changed (site/revisions.ts
 * clauseMarks), each marked 新增 / 修订 (or with its old number) and linked to its row on the
 * 修订说明 page.
 */
export function clauseTreeHtml(
  clauses: readonly Clause[],
  locale: Locale,
  model: Model,
  showOrigin = false,
  marks?: ReadonlyMap<string, ClauseMark>,
): string {
  const s = UI[locale];
  const r = REVISION_UI[locale];
  const changeMark = (m: ClauseMark): string => {
    const label = m.mark === 'new' ? r.markNew : m.mark === 'revised' ? r.markRevised : r.markMoved(m.oldNumber ?? '');
    const was = m.mark !== 'moved' && m.oldNumber !== undefined ? ` ${r.markMoved(m.oldNumber)}` : '';
    return `<a${attr('class', `change-mark change-mark-${m.mark}`)}${attr('href', href(locale, m.path))}${attr('title', r.markTitle)}>${text(label + was)}</a>`;
  };
  const zh = locale === 'en' ? 'zh-CN' : undefined;
  const lang = attr('lang', zh);
  const numberLink = (c: Clause): string =>
    `<a class="clause-number"${attr('href', localAnchor('clause', c.id))}${attr('title', s.clauseLinkTitle)}>${text(c.label)}</a>`;
  const list = (items: readonly Clause[]): string => {
    let out = '<ol class="clauses"> ';
    for (const c of items) {
      const isSection = c.children.length > 0 && c.title !== undefined && c.text === undefined;
      // How the unit's reader sees the origin (model/origin.ts): a parent's rewording is not 沿用.
      const origin = c.origin ? originNote(c.origin) : undefined;
      // The group's wording (沿用) is the rule and said once by the page; only departures are marked.
      const markOrigin = showOrigin && origin !== undefined && origin.mark !== 'inherited';
      const classes = ['clause', `depth-${c.depth}`, isSection ? 'section' : '', origin ? `origin-${origin.mark}` : '']
        .filter(Boolean)
        .join(' ');
      let heading = '';
      if (c.title) {
        const tag = `h${Math.min(6, Math.max(2, c.depth + 1))}`;
        heading = `<${tag} class="clause-head"> ${numberLink(c)} <span${lang}>${text(c.title)}</span> </${tag}>`;
      }
      let body = '';
      if (c.text !== undefined) {
        const number = !c.title ? numberLink(c) : '';
        const strength = c.strength
          ? `<span${attr('class', `strength strength-${c.strength}`)}>【${text(strengthLabel(c.strength, locale))}】</span>`
          : '';
        body = `<p class="clause-text"> ${number} ${strength} <span${lang}>${text(c.text)}</span> </p>`;
      }
      let meta = '';
      const changed = marks?.get(c.id);
      if (markOrigin || (showOrigin && origin?.reason) || c.roles.length > 0 || changed) {
        const mark =
          markOrigin && origin
            ? `<span${attr('class', `origin origin-${origin.mark}`)}> ${ORIGIN_SIGN[origin.mark]} ${text(originText(model, c.origin, locale))} </span>`
            : '';
        const reason =
          showOrigin && origin?.reason
            ? `<span class="origin-reason">${text(s.reason)}${s.colon}<span${lang}>${text(origin.reason)}</span></span>`
            : '';
        const roles =
          c.roles.length > 0
            ? `<span class="roles">${text(s.appliesTo)}${s.colon}<span${lang}>${text(c.roles.map((r) => roleName(model, r)).join('、'))}</span></span>`
            : '';
        meta = `<p class="clause-meta"> ${changed ? changeMark(changed) : ''}${mark} ${reason} ${roles} </p>`;
      }
      const note = c.note
        ? `<p class="clause-note"><span class="note-label">${text(s.note)}${s.colon}</span><span${lang}>${text(c.note)}</span></p>`
        : '';
      const children = c.children.length > 0 ? list(c.children) : '';
      out += `<li${attr('id', anchorId('clause', c.id))}${attr('class', classes)}> ${heading} ${body} ${meta} ${note} ${children} </li>`;
    }
    return `${out} </ol>`;
  };
  return list(clauses);
}
