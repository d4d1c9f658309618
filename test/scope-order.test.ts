/**
 * Documents, etiquette files, commitment sets, processes, assessment rules and service guides in
 * the order a clerk reads them: what the whole
 * group follows first, then a trade's (industries:), then a company's, then a unit's own, the
 * deeper unit later (model/scope-order.ts); within one scope by document number. On every unit
 * view of the example and the fixture organisations, and as the handbook's contents, the study hub
 * and the site's home and unit pages list them: the model's order, no renderer's own.
 * (tingzhou-transport listed its bus norms, norms/coach-station.yaml, before the group's general
 * norms: file-name order.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModelOrThrow } from '../src/model/index.ts';
import type { Model, Restriction } from '../src/model/types.ts';
import { unitView } from '../src/model/view.ts';
import { FontCache } from '../src/print/fonts.ts';
import { layoutHandbook } from '../src/print/handbook.ts';
import { Measure } from '../src/print/measure.ts';
import { handbookScopes } from '../src/print/plan.ts';
import { defaultTemplatesDir, type HandbookTemplate, loadTemplates } from '../src/print/templates.ts';
import { studyScopes } from '../src/site/study.ts';
import { builtOrganisation } from './support/built.ts';
import { EXAMPLE_AND_FIXTURE_ORGS } from './support/orgs.ts';

const TINGZHOU = 'test/fixtures/orgs/tingzhou-transport';
const SCOPE_NAMES = ['group', 'trade', 'company', 'unit', 'sub-unit', 'sub-sub-unit'];

/** How specific a scope is for a unit on `lineage` (organisation first, the unit last), as a word. */
function scopeFor(lineage: readonly string[], r: Restriction | undefined): string {
  const rank = r?.units?.length ? 1 + Math.max(1, ...r.units.map((u) => lineage.indexOf(u))) : r?.industries ? 1 : 0;
  return `${rank} ${SCOPE_NAMES[rank]}`;
}

const setRestriction = (set: { units: 'all' | string[]; industries?: string[] }): Restriction | undefined =>
  set.units !== 'all' ? { units: set.units } : set.industries ? { industries: set.industries } : undefined;

/** Each unit's documents, etiquette files and commitment sets (a unit's own commitments as own:<unit>), scope by scope. */
function unitOrders(model: Model) {
  return model.units.map((u) => {
    const view = unitView(model, u.id);
    const lineage = u.lineage;
    const sets = [...new Set(view.commitments.map((c) => c.setId ?? `own:${c.definedBy}`))];
    return {
      unit: u.id,
      documents: view.documents.map((d) => scopeFor(lineage, d.restrict)),
      etiquette: view.etiquette.map((s) => scopeFor(lineage, s.restrict)),
      processes: view.processes.map((p) => scopeFor(lineage, setRestriction(p))),
      assessments: view.assessments.map((x) => scopeFor(lineage, x.restrict)),
      services: view.services.map((x) => scopeFor(lineage, x.restrict)),
      commitments: sets.map((id) => {
        if (id.startsWith('own:')) return scopeFor(lineage, { units: [id.slice(4)] });
        const set = model.commitmentSets.find((s) => s.id === id)!;
        return scopeFor(lineage, setRestriction(set));
      }),
    };
  });
}

const ascending = (xs: readonly string[]): boolean =>
  xs.every((x, i) => i === 0 || parseInt(xs[i - 1]!, 10) <= parseInt(x, 10));

const models = new Map<string, Model>();
beforeAll(async () => {
  for (const dir of EXAMPLE_AND_FIXTURE_ORGS) models.set(dir, await loadModelOrThrow(dir));
}, 120_000);

describe('the model lists from the most general scope to the most specific', () => {
  it('on every unit of every organisation: documents, etiquette files, commitment sets, processes, assessment rules and service guides', () => {
    const out: string[] = [];
    let units = 0;
    for (const [dir, model] of models)
      for (const u of unitOrders(model)) {
        units += 1;
        for (const kind of ['documents', 'etiquette', 'commitments', 'processes', 'assessments', 'services'] as const)
          if (!ascending(u[kind])) out.push(`${dir} ${u.unit} ${kind}: ${u[kind].join(' → ')}`);
      }
    expect(units).toBeGreaterThan(30);
    expect(out).toEqual([]);
  });

  it('on the organisation’s own lists: group, then trades, then units by depth', () => {
    const out: string[] = [];
    for (const [dir, model] of models) {
      const depth = (id: string): number => model.units.find((u) => u.id === id)?.lineage.length ?? 2;
      const rank = (r: Restriction | undefined): string =>
        String(r?.units?.length ? Math.min(...r.units.map(depth)) : r?.industries ? 1 : 0);
      const lists = {
        documents: model.documents.map((d) => rank(d.restrict)),
        etiquette: model.etiquette.map((s) => rank(s.restrict)),
        commitments: model.commitmentSets.map((s) => rank(setRestriction(s))),
        processes: model.processes.map((p) => rank(setRestriction(p))),
        assessments: model.assessments.map((x) => rank(x.restrict)),
        services: model.services.map((x) => rank(x.restrict)),
      };
      for (const [kind, list] of Object.entries(lists)) if (!ascending(list)) out.push(`${dir} ${kind}: ${list}`);
    }
    expect(out).toEqual([]);
  });

  it('tingzhou-transport: the group’s general norms before the coach stations’, theirs before the inspection company’s', () => {
    const model = models.get(TINGZHOU)!;
    expect(model.documents.map((d) => d.id)).toEqual(['general-norms', 'coach-station-norms', 'inspection-norms']);
    expect(model.etiquette.map((s) => s.id)).toEqual(['general-etiquette', 'coach-etiquette']);
    expect(model.commitmentSets.map((s) => s.id)).toEqual([
      'group-commitments',
      'coach-commitments',
      'inspection-commitments',
    ]);
    const pengkou = unitView(model, 'tz-coach-pengkou');
    expect(pengkou.documents.map((d) => d.id)).toEqual(['general-norms', 'coach-station-norms']);
    expect(pengkou.etiquette.map((s) => s.id)).toEqual(['general-etiquette', 'coach-etiquette']);
    // The group's promises, the trade's, then what 连城汽车站 promised for itself and its stop.
    expect([...new Set(pengkou.commitments.map((c) => c.setId ?? c.definedBy))]).toEqual([
      'group-commitments',
      'coach-commitments',
      'tz-coach-liancheng',
    ]);
    expect(unitView(model, 'tz-inspect-east').documents.map((d) => d.id)).toEqual([
      'general-norms',
      'inspection-norms',
    ]);
  });

  it('within one scope by document number, not file name (Q/YLGY 101 before 102; Q/LXMS 03 before 04)', () => {
    const ids = (dir: string) => models.get(dir)!.documents.map((d) => d.id);
    expect(ids('content').slice(0, 2)).toEqual(['general-service-norms', 'counter-hotline-norms']);
    const lanxi = ids('test/fixtures/orgs/lanxi-civic');
    expect(lanxi.indexOf('lx-rail-norms')).toBeLessThan(lanxi.indexOf('lx-post-norms'));
  });

  it('moves no clause number: a unit’s clauses keep the labels the group’s documents give them', () => {
    const model = models.get(TINGZHOU)!;
    const labels = new Map(
      model.documents.flatMap((d) => {
        const out: [string, string][] = [];
        const walk = (cs: typeof d.clauses): void => cs.forEach((c) => (out.push([c.id, c.label]), walk(c.children)));
        walk(d.clauses);
        return out;
      }),
    );
    expect(labels.get('g-greet')).toBe('4.1');
    for (const u of model.units)
      for (const d of u.documents) {
        const walk = (cs: typeof d.clauses): void =>
          cs.forEach((c) => {
            if (labels.has(c.id)) expect(`${u.id} ${c.id} ${c.label}`).toBe(`${u.id} ${c.id} ${labels.get(c.id)}`);
            walk(c.children);
          });
        walk(d.clauses);
      }
  });
});

describe('every output lists the model’s order', () => {
  it('the handbook’s contents: documents and etiquette files as the scope’s view has them', async () => {
    const template = loadTemplates(defaultTemplatesDir()).find(
      (t): t is HandbookTemplate => t.kind === 'handbook' && t.output === 'handbook',
    )!;
    const measure = new Measure(new FontCache(), template);
    const out: string[] = [];
    let handbooks = 0;
    for (const dir of [TINGZHOU, 'test/fixtures/orgs/three-level-power', 'content']) {
      const model = models.get(dir)!;
      for (const scope of handbookScopes(model, template).filter((s) => s.roleId === undefined)) {
        const { view, headings } = await layoutHandbook(model, scope, template, measure);
        handbooks += 1;
        const chapters = headings.filter((h) => h.level === 1).map((h) => h.title);
        const expected = [
          ...view.documents.filter((d) => d.clauses.length > 0).map((d) => d.title),
          ...view.etiquette.map((s) => s.title),
        ];
        const listed = chapters.filter((t) => expected.includes(t));
        if (listed.join('|') !== expected.join('|'))
          out.push(`${dir} ${scope.id}: ${listed.join(' → ')} ≠ ${expected.join(' → ')}`);
        // And a unit's handbook opens on the group's general norms, whatever its files are named.
        const lineage = view.unit?.lineage ?? ['organisation'];
        const scopes = chapters.flatMap((t) => {
          const d = view.documents.find((x) => x.title === t);
          return d ? [scopeFor(lineage, d.restrict)] : [];
        });
        if (!ascending(scopes)) out.push(`${dir} ${scope.id}: ${scopes.join(' → ')}`);
      }
    }
    expect(handbooks).toBeGreaterThan(10);
    expect(out).toEqual([]);
  }, 240_000);

  it('the study hub: practice by document in the model’s order', () => {
    for (const [dir, model] of models)
      expect(
        studyScopes(model)
          .filter((s) => s.kind === 'document')
          .map((s) => s.id),
        dir,
      ).toEqual(model.documents.map((d) => d.id));
    const tingzhou = studyScopes(models.get(TINGZHOU)!).filter((s) => s.kind === 'document');
    expect(tingzhou.map((s) => s.id)).toEqual(['general-norms', 'coach-station-norms', 'inspection-norms']);
  });

  it('the built site: the home page’s documents and each unit page’s, as the model lists them', async () => {
    for (const dir of ['content', TINGZHOU]) {
      const model = models.get(dir)!;
      const { out } = await builtOrganisation(dir);
      const home = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
      const docsSection = home.slice(home.indexOf('id="h-docs"'));
      const all = model.documents.map((d) => d.title);
      expect(titlesIn(docsSection, all), dir).toEqual(all);
      if (dir === TINGZHOU) expect(all[0]).toBe('窗口服务通用规范');
      for (const u of model.units) {
        const page = fs.readFileSync(path.join(out, 'units', u.id, 'index.html'), 'utf8');
        const norms = page.slice(page.indexOf('id="h-norms"'));
        const titles = unitView(model, u.id).documents.map((d) => d.title);
        expect(titlesIn(norms, titles), `${dir} ${u.id}`).toEqual(titles);
      }
    }
  }, 600_000);
});

/** The titles, in the order the page first shows each. */
function titlesIn(html: string, titles: readonly string[]): string[] {
  return titles
    .map((t) => ({ t, at: html.indexOf(`>${t}<`) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((x) => x.t);
}
