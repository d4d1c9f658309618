/**
 * A page the page cache takes has its PDF size marks emptied on its bytes (src/site/page-cache-copy.ts):
 * exactly what fillSizesInHtml with no sizes makes of its text, wherever the pattern does or does not match.
 */
import { describe, expect, it } from 'vitest';
import { fillSizesInHtml } from '../src/print/file-sizes.ts';
import { emptiedMarks } from '../src/site/page-cache-copy.ts';

const mark = (file: string, text: string): string => `<span class="file-size" data-pdf-size="${file}">${text}</span>`;

const cases = [
  '<p>没有标记 / no marks</p>',
  `<li>海报${mark('poster-a.pdf', ' · 356 KB')}</li><li>手册${mark('handbook.pdf', ' · 1.2 MB')}</li>`,
  `<li>${mark('a.pdf', '')}${mark('b.pdf', ' · 9 KB')}</li>`,
  // Places the pattern passes over: an empty value, no '>' after the value, a '<' in the text, no close.
  '<span class="file-size" data-pdf-size=""> · 1 KB</span>',
  '<span class="file-size" data-pdf-size="a.pdf" x> · 1 KB</span>',
  `<span class="file-size" data-pdf-size="a.pdf"> · <b>1</b> KB</span>${mark('c.pdf', ' · 3 KB')}`,
  `<span class="file-size" data-pdf-size="a.pdf"> · 1 KB${mark('d.pdf', ' · 4 KB')}`,
  `${mark('e.pdf', ' · 5 KB')}<script>const a = 'data-pdf-size';</script>`,
];

describe('emptiedMarks', () => {
  it.each(cases)('matches fillSizesInHtml: %s', (html) => {
    const expected = fillSizesInHtml(html, () => undefined);
    const got = emptiedMarks(Buffer.from(html));
    expect((got ?? Buffer.from(html)).toString('utf8')).toBe(expected);
    // Undefined only when nothing changes.
    expect(got === undefined).toBe(expected === html);
  });
});
