/**
 * An MDX page split at its headings, for search: each section's heading id is the one the site
 * renders (Astro's Markdown ids come from github-slugger, applied to the heading's text in
 * document order), so a result deep-links to the section.
 */
import GithubSlugger from 'github-slugger';
import { joinWideLines } from '../model/wording.ts';

export interface PageSection {
  /** Heading id on the rendered page. */
  id: string;
  heading: string;
  /** 2 for ##, 3 for ###… */
  depth: number;
  text: string;
}

/** Inline Markdown and JSX reduced to their text. */
function plain(src: string): string {
  const text = src
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]+/g, '')
    .replace(/^\s*(?:[-+*]|\d+\.)\s+/gm, '')
    .replace(/^\s*>\s?/gm, '')
    .replace(/^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/gm, '')
    .replace(/\|/g, ' ');
  // A line break between Chinese characters is no space (model/wording.ts).
  return joinWideLines(text).replace(/\s+/g, ' ').trim();
}

/** The page's lead (text before the first heading) and its sections. */
export function splitPage(source: string): { lead: string; sections: PageSection[] } {
  const body = source
    .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '')
    .replace(/^(import|export) .*$/gm, '')
    .replace(/^```[\s\S]*?^```/gm, '');
  const slugger = new GithubSlugger();
  const sections: PageSection[] = [];
  const lead: string[] = [];
  let current: { id: string; heading: string; depth: number; lines: string[] } | undefined;
  for (const line of body.split(/\r?\n/)) {
    const h = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (h) {
      if (current)
        sections.push({
          id: current.id,
          heading: current.heading,
          depth: current.depth,
          text: plain(current.lines.join('\n')),
        });
      const heading = plain(h[2]!);
      current = { id: slugger.slug(heading), heading, depth: h[1]!.length, lines: [] };
    } else (current ? current.lines : lead).push(line);
  }
  if (current)
    sections.push({
      id: current.id,
      heading: current.heading,
      depth: current.depth,
      text: plain(current.lines.join('\n')),
    });
  return { lead: plain(lead.join('\n')), sections };
}
