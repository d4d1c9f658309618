/**
 * An inspection reads the same on the site as in the handbook: its title, then what the model says
 * after it (wording.ts inspectionNote: the kind where the title does not say it, then how often).
 * The site once wrote the kind before the title and the frequency in a bracket after it, so a title
 * ending in an aside read 暗访（督导员以普通群众身份办事）（每个单位每月不少于1次） while the
 * handbook said 暗访（督导员以普通群众身份办事）：每个单位每月不少于1次. Checked on the example and
 * every organisation under test/fixtures/orgs/, on the group's assessment page and units' own.
 */
import { describe, expect, it } from 'vitest';
import { loadModel } from '../src/model/index.ts';
import { anchorId, paths } from '../src/model/routes.ts';
import type { Inspection } from '../src/model/types/assessments.ts';
import { unitView } from '../src/model/view.ts';
import { inspectionLine } from '../src/model/wording.ts';
import { builtOrganisation } from './support/built.ts';
import { elements, page, unescapeHtml } from './support/html.ts';
import { EXAMPLE_AND_FIXTURE_ORGS } from './support/orgs.ts';

/** A line's text as read: tags gone (no space for them), the origin mark (a unit's own, changed …) left out. */
const lineText = (inner: string): string =>
  unescapeHtml(inner.replace(/<span class="origin[\s\S]*?<\/span>/g, '').replace(/<[^>]+>/g, '')).trim();

describe.each(EXAMPLE_AND_FIXTURE_ORGS)('%s: inspections on the site', (dir) => {
  it('read as the handbook words them, with no bracket after a bracket', async () => {
    const { model } = await loadModel(dir);
    const { out } = await builtOrganisation(dir);
    const pages: { path: string; inspections: readonly Inspection[] }[] = [
      { path: paths.assessment(), inspections: model!.assessments.flatMap((a) => a.inspections) },
      ...model!.units
        .filter((u) => u.differs.assessment)
        .map((u) => ({
          path: paths.unitAssessment(u.id),
          inspections: unitView(model!, u.id).assessments.flatMap((a) => a.inspections),
        })),
    ];
    let lines = 0;
    for (const p of pages) {
      if (p.inspections.length === 0) continue;
      const html = page(out, p.path);
      for (const i of p.inspections) {
        const [li] = elements(html, { tag: 'li', attrs: { id: anchorId('inspection', i.id) } });
        expect(li, `${p.path}: inspection ${i.id}`).toBeDefined();
        const text = lineText(li!.inner);
        expect(text, `${p.path} ${i.id}`).toBe(inspectionLine(i));
        expect(text).not.toMatch(/）（/);
        lines++;
      }
    }
    if (model!.assessments.some((a) => a.inspections.length > 0)) expect(lines).toBeGreaterThan(0);
  }, 600_000);
});
