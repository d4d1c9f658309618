/**
 * The table of contents of a norm page (本页目录): its entries from the
 * document's clauses, and the inline script that follows the reading — the
 * entry of the section being read is marked (aria-current) and kept in view
 * in the side column, its words shown in the phone's bar; choosing an entry
 * closes the phone's popover. Nothing moves the page: the bar's height is
 * fixed and the mark changes colours, not sizes.
 */
import type { Clause } from '../model/types/documents.ts';

export interface TocEntry {
  id: string;
  number: string;
  title: string;
  children: TocEntry[];
}

/** Top-level clauses, and their titled children, as the contents list them. */
export function tocEntries(clauses: readonly Clause[]): TocEntry[] {
  const label = (c: Clause): string => c.title ?? (c.text ?? '').slice(0, 24);
  return clauses.map((c) => ({
    id: c.id,
    number: c.label,
    title: label(c),
    children: c.children
      .filter((k) => k.title)
      .map((k) => ({ id: k.id, number: k.label, title: label(k), children: [] })),
  }));
}

export const TOC_SCRIPT = `(function(){var toc=document.getElementById('page-toc');if(!toc)return;var cur=document.querySelector('.toc-current');var items=[];toc.querySelectorAll('a[href^="#"]').forEach(function(a){var el=document.getElementById(decodeURIComponent(a.hash.slice(1)));if(el)items.push([el,a])});if(!items.length)return;var active=null,queued=false;function pick(){queued=false;var line=innerHeight*0.3,best=items[0][1];for(var i=0;i<items.length;i++){if(items[i][0].getBoundingClientRect().top<line)best=items[i][1];else break}if(best===active)return;if(active)active.removeAttribute('aria-current');active=best;best.setAttribute('aria-current','true');if(cur)cur.textContent=best.textContent.replace(/\\s+/g,' ').trim();if(toc.scrollHeight>toc.clientHeight){var t=best.offsetTop;if(t<toc.scrollTop+24||t>toc.scrollTop+toc.clientHeight-48)toc.scrollTop=t-toc.clientHeight/3}}addEventListener('scroll',function(){if(!queued){queued=true;requestAnimationFrame(pick)}},{passive:true});addEventListener('hashchange',pick);pick();toc.addEventListener('click',function(e){if(e.target.closest&&e.target.closest('a')&&toc.matches(':popover-open'))toc.hidePopover()})})()`;
