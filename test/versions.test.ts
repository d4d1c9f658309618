/**
 * Versions on the example organisation: a scripted revision (test/versions/example-edits.ts: add,
 * remove, reword, change a strength, move, renumber, change a target, a process step, a phrase,
 * a unit's override and a unit's number) committed after the published content in a temporary
 * git repository, compared with `--since HEAD~1`. The change list holds every change once and
 * correctly classified (a moved and renumbered clause is one change); the site marks exactly
 * the changed clauses and every mark lands on its row of the 修订说明 page; the 修订对照表 rows
 * and PDF (print audit at zero, looked at as PNG); the Atom feed is valid with absolute URLs;
 * the 本次修订 practice of each unit holds exactly the questions on its changed items; the
 * weekly question and the flashcards follow the revision.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatVersionStep } from '../src/cli/versions.ts';
import { main } from '../src/cli/main.ts';
import {
  documentPageChanges,
  learnableIds,
  revisionTables,
  studyRevision,
  tableRows,
  type ItemChange,
} from '../src/model/changes/index.ts';
import { changeAnchor, documentPath, paths, practiceKey } from '../src/model/routes.ts';
import type { Model } from '../src/model/types.ts';
import { AUDIT_CHECKS, auditPrint } from '../src/print/audit/index.ts';
import { FontCache } from '../src/print/fonts.ts';
import { buildPrint } from '../src/print/index.ts';
import { defaultTemplatesDir, loadTemplates } from '../src/print/templates.ts';
import { isoWeekOfDay, weeklySchedule, weeksBetween } from '../src/quiz/assemble.ts';
import {
  createStudy,
  memoryStore,
  rateCard,
  addCards,
  emptyDeck,
  writePart,
  readPart,
} from '../src/quiz/client/index.ts';
import { buildSite } from '../src/site/build.ts';
import { scopeQuestions, studyBank, studyScopes, type StudyBankFile } from '../src/site/study.ts';
import { loadBankFile } from '../src/site/study-bank.ts';
import { reviseExample } from './versions/example-edits.ts';
import {
  MIXED_DISTRICT,
  THREE_LEVEL_POWER,
  reviseMixedDistrict,
  reviseThreeLevelPower,
  type ExpectedRevision,
} from './versions/fixture-edits.ts';
import { ownChanges } from '../src/model/changes/index.ts';
import { revisedRepo, type RevisedRepo } from './versions/repo.ts';
import { elements, page } from './support/html.ts';
import { checkLinks } from './support/links.ts';
import { pdftotext } from './support/pdf.ts';
import { testTempDir } from './support/temp-dir.ts';

const TMP = path.resolve('test/.tmp/versions');

/** Every change of a revision as the build lists it: documents, the other content, each unit's own. */
function listed(step: RevisedRepo['step']): string {
  return formatVersionStep(step, step.model);
}

/** id → what the build calls the change (status, or the aspects of a changed item). */
function classification(changes: readonly ItemChange[]): Record<string, string> {
  return Object.fromEntries(changes.map((c) => [c.id, c.status === 'changed' ? c.aspects.join('+') : c.status]));
}

const EXAMPLE: ExpectedRevision = {
  documents: {
    'general-service-norms': {
      'first-contact-follow-up': 'added',
      'verify-identity-before-query': 'removed',
      'no-eat-take-hold-demand': 'wording',
      'treat-clients-equally': 'wording+strength',
      'pause-sign-when-away': 'moved+renumbered',
      // Its reply limit is {{complaint-reply-days}}: the group's new value rewords it.
      'reply-to-complaint-in-time': 'wording',
    },
    'counter-hotline-norms': {},
  },
  content: {
    'greet-while-busy': 'wording',
    'complaint-reply-deadline': 'wording+target',
    // The complaint process writes the reply limit as {{complaint-reply-days}}: its description and reply step follow the param.
    'complaint-handling-process': 'note',
    'complaint-reply-client': 'time-limit',
    'complaint-office-investigates': 'time-limit',
    'complaint-apologise-and-penalise': 'role',
  },
  units: {
    'power-city-hall': { 'power-low-voltage-fast-track': 'renumbered' },
    'power-qingshi-station': { 'lunch-break-rotation': 'wording' },
    'toll-east-station': { 'complaint-reply-deadline': 'wording+target', 'hotline:supervision': 'number' },
  },
};

const ORGS = [
  { name: 'example', source: 'content', revise: reviseExample, expected: EXAMPLE },
  {
    name: 'mixed-district',
    source: 'test/fixtures/orgs/mixed-district',
    revise: reviseMixedDistrict,
    expected: MIXED_DISTRICT,
  },
  {
    name: 'three-level-power',
    source: 'test/fixtures/orgs/three-level-power',
    revise: reviseThreeLevelPower,
    expected: THREE_LEVEL_POWER,
  },
];

const built = new Map<string, Promise<{ repo: RevisedRepo; out: string }>>();
/** Each organisation's revised repository and its site, made once for every test that reads them. */
function revisedSite(org: (typeof ORGS)[number]): Promise<{ repo: RevisedRepo; out: string }> {
  let pending = built.get(org.name);
  if (!pending) {
    pending = (async () => {
      const repo = await revisedRepo(path.resolve(org.source), path.join(TMP, org.name), org.revise);
      const out = path.join(TMP, `${org.name}-site`);
      await buildSite({ contentDir: repo.dir, outDir: out, model: repo.model });
      return { repo, out };
    })();
    built.set(org.name, pending);
  }
  return pending;
}

const hasClass = (name: string) => (v: string) => v.split(' ').includes(name);

for (const org of ORGS) {
  describe(`${org.name}: each kind of edit between two git commits`, () => {
    let repo: RevisedRepo;
    let model: Model;
    let out: string;

    beforeAll(async () => {
      ({ repo, out } = await revisedSite(org));
      model = repo.model;
    }, 600_000);

    it('lists exactly the expected changes, each once; a moved and renumbered clause is one change', () => {
      const r = repo.step.revision!;
      expect(r.documents.map((d) => d.id).sort()).toEqual(Object.keys(org.expected.documents).sort());
      for (const [docId, want] of Object.entries(org.expected.documents)) {
        const d = r.documents.find((x) => x.id === docId)!;
        const got = classification(d.changes);
        expect(Object.keys(got).length, docId).toBe(d.changes.length);
        const named = Object.fromEntries(Object.entries(got).filter(([id]) => id in want));
        expect(named, docId).toEqual(want);
        // Everything else the document lists only got another number (a clause inserted or removed before it, a chapter renumbered).
        const rest = Object.entries(got).filter(([id]) => !(id in want));
        expect(
          rest.filter(([, v]) => v !== 'renumbered'),
          docId,
        ).toEqual([]);
      }
      expect(classification(r.content)).toEqual(org.expected.content);
      // A clause moved to another document: listed, as moved, in both, never removed in one and added in the other.
      for (const d of r.documents)
        for (const c of d.changes)
          if (c.status !== 'changed')
            expect(r.documents.flatMap((x) => x.changes).filter((x) => x.id === c.id).length, c.id).toBe(1);
      const unitsWithOwn: Record<string, Record<string, string>> = {};
      for (const u of model.units) {
        const own = ownChanges(r, u.id, u.lineage.slice(1, -1));
        if (own.length > 0) unitsWithOwn[u.id] = classification(own);
      }
      expect(unitsWithOwn).toEqual(org.expected.units);
    });

    it('marks exactly the changed clauses on every norm page, each linked to its row', () => {
      const pages: { path: string; documentId: string; unitId?: string }[] = [
        ...model.documents.map((d) => ({ path: paths.document(d.id), documentId: d.id })),
        ...model.units.flatMap((u) =>
          u.documents.map((d) => ({ path: paths.unitDocument(u.id, d.id), documentId: d.id, unitId: u.id })),
        ),
      ];
      let marked = 0;
      for (const p of pages) {
        const html = page(out, p.path);
        const marks = elements(html, { tag: 'a', attrs: { class: hasClass('change-mark') } });
        const want = documentPageChanges(model, p.documentId, p.unitId)?.changes.map((c) => c.id) ?? [];
        expect(marks.map((m) => decodeURIComponent(/#chg-(.+)$/.exec(m.attrs.href ?? '')![1]!)).sort(), p.path).toEqual(
          [...want].sort(),
        );
        for (const m of marks) {
          const [pagePath, anchor] = m.attrs.href!.replace(/^\//, '').split('#');
          expect(
            elements(page(out, pagePath!), { tag: 'tr' }).some((row) => row.attrs.id === anchor),
            m.attrs.href,
          ).toBe(true);
        }
        marked += marks.length;
        // The changed document links its 修订说明.
        if (want.length > 0)
          expect(elements(html, { tag: 'a', attrs: { class: 'revisions-link' } }).length, p.path).toBe(1);
      }
      expect(marked).toBeGreaterThan(0);
      // Each change the documents list is on its document's 修订说明 (removed and moved-out ones too).
      for (const d of repo.step.revision!.documents) {
        if (!model.documents.some((x) => x.id === d.id)) continue;
        const rows = new Set(elements(page(out, paths.documentRevisions(d.id)), { tag: 'tr' }).map((e) => e.attrs.id));
        for (const c of d.changes) expect(rows.has(changeAnchor(c.id)), `${d.id} ${c.id}`).toBe(true);
      }
    });

    it('prints the 修订对照表 of every changed document and unit with the rows of the model, audit at zero', async () => {
      const tables = revisionTables(model);
      expect(tables.length).toBeGreaterThan(0);
      const dir = path.join(TMP, `${org.name}-print`);
      fs.rmSync(dir, { recursive: true, force: true });
      const { files } = await buildPrint(model, dir, { only: 'revision', fonts: new FontCache() });
      expect(files.map((f) => path.basename(f)).sort()).toEqual(tables.map((t) => `revision-${t.id}.pdf`).sort());
      const report = await auditPrint(path.join(dir, 'print'), {
        templates: loadTemplates(defaultTemplatesDir()),
        model,
      });
      for (const k of AUDIT_CHECKS) expect(report.totals[k], k).toBe(0);
      for (const t of tables) {
        const pdf = path.join(dir, 'print', `revision-${t.id}.pdf`);
        const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
        // Every row is in the text layer: its number, and the start of its new wording (a cell's first line).
        for (const row of tableRows(t.changes, { placement: true })) {
          if (row.new) expect(text, `${t.id} ${row.id}`).toContain(row.new.replace(/\s+/g, '').slice(0, 6));
          if (row.number) expect(text, `${t.id} ${row.id}`).toContain(row.number);
        }
      }
      execFileSync('pdftoppm', [
        '-r',
        '60',
        '-png',
        '-f',
        '1',
        '-l',
        '1',
        path.join(dir, 'print', `revision-${tables[0]!.id}.pdf`),
        path.join(dir, 'page'),
      ]);
    }, 300_000);

    it('builds the 本次修订 practice of every scope with exactly the questions on its changed items', async () => {
      const scopes = studyScopes(model).filter((s) => s.kind === 'revision');
      const wanted = ['organisation', ...model.units.map((u) => u.id)].filter(
        (id) => studyRevision(model, id) !== undefined,
      );
      expect(scopes.map((s) => s.id ?? 'organisation').sort()).toEqual(wanted.sort());
      for (const scope of scopes) {
        const changed = learnableIds(repo.step.revision!.scopes.find((s) => s.scope === (scope.id ?? 'organisation')));
        expect(changed.size, scope.key).toBeGreaterThan(0);
        const expected = studyBank(model, scope.id).filter((q) => q.sources.some((id) => changed.has(id)));
        expect(
          scopeQuestions(model, scope).map((q) => q.id),
          scope.key,
        ).toEqual(expected.map((q) => q.id));
        const file = await loadBankFile(
          path.join(out, paths.studyBank(scope.key)),
          async (f) => JSON.parse(fs.readFileSync(f, 'utf8')) as StudyBankFile,
        );
        expect(file.questions.map((q) => q.id)).toEqual(expected.map((q) => q.id));
        expect([...file.revision!.items].sort()).toEqual([...changed].sort());
        expect(fs.existsSync(path.join(out, 'study', scope.key, 'index.html')), scope.key).toBe(true);
      }
      // The strength changed somewhere in every organisation: a question contrasts the old and the new word.
      expect(
        studyBank(model).some((q) => q.kind === 'revision-contrast'),
        'contrast questions',
      ).toBe(true);
    });

    it('every link of the revised site lands on a page and an anchor that exist', () => {
      const base = new URL(model.organisation.baseUrl).pathname.replace(/\/?$/, '/');
      const { broken, checked, pages } = checkLinks(out, base, { files: true });
      expect(broken).toEqual([]);
      expect(checked).toBeGreaterThan(pages.size);
    });

    it('publishes the Atom feed', () => {
      const xml = fs.readFileSync(path.join(out, paths.revisionsFeed()), 'utf8');
      const errors: string[] = [];
      new DOMParser({ onError: (level, msg) => void (level !== 'warning' && errors.push(msg)) }).parseFromString(
        xml,
        'application/xml',
      );
      expect(errors).toEqual([]);
      const base = model.organisation.baseUrl.replace(/\/+$/, '');
      for (const m of xml.matchAll(/href="([^"]+)"/g)) expect(m[1]!.startsWith(`${base}/`), m[1]).toBe(true);
      expect(xml.match(/<entry>/g)?.length).toBeGreaterThan(0);
      // The documents' 修订说明 pages link the document.
      for (const d of repo.step.revision!.documents)
        if (model.documents.some((x) => x.id === d.id))
          expect(page(out, paths.documentRevisions(d.id))).toContain(documentPath(model, d.id));
    });
  });
}

describe('example: a revision between two git commits', () => {
  let repo: RevisedRepo;
  let model: Model;
  let out: string;

  beforeAll(async () => {
    ({ repo, out } = await revisedSite(ORGS[0]!));
    model = repo.model;
  }, 600_000);

  it('lists every change once, correctly classified', () => {
    const r = repo.step.revision!;
    const general = r.documents.find((d) => d.id === 'general-service-norms')!;
    expect(general.version).toEqual({ old: '2027.1', new: '2027.2' });
    const own = classification(general.changes.filter((c) => (c.new ?? c.old)!.section.id === 'general-service-norms'));
    // One of each kind; the clauses after the inserted one and before the moved one are only renumbered.
    expect(own['first-contact-follow-up']).toBe('added');
    expect(own['verify-identity-before-query']).toBe('removed');
    expect(own['no-eat-take-hold-demand']).toBe('wording');
    expect(own['treat-clients-equally']).toBe('wording+strength');
    expect(own['pause-sign-when-away']).toBe('moved+renumbered');
    expect(Object.values(own).filter((v) => v === 'renumbered').length).toBeGreaterThan(0);
    expect(
      Object.entries(own)
        .filter(([, v]) => v !== 'renumbered' && v !== 'added' && v !== 'removed')
        .map(([k]) => k)
        .sort(),
    ).toEqual(
      [
        'complaint-reply-limit',
        'no-eat-take-hold-demand',
        'pause-sign-when-away',
        'reply-to-complaint-in-time',
        'treat-clients-equally',
      ]
        .filter((id) => id in own)
        .sort(),
    );
    // Renumbered: the counter norms' last chapter (6 → 8), every clause under it.
    const counter = r.documents.find((d) => d.id === 'counter-hotline-norms')!;
    expect(counter.changes.length).toBeGreaterThan(0);
    for (const c of counter.changes) expect(c.aspects, c.id).toContain('renumbered');
    expect(counter.changes.find((c) => c.id === 'business-handling')?.old?.number).toBe('6');
    expect(counter.changes.find((c) => c.id === 'business-handling')?.new?.number).toBe('8');
    // The other content, as written: the target, the process step, the phrase.
    expect(classification(r.content)).toEqual({
      'greet-while-busy': 'wording',
      'complaint-reply-deadline': 'wording+target',
      // The reply limit's param reaches the complaint process's description and reply step.
      'complaint-handling-process': 'note',
      'complaint-reply-client': 'time-limit',
      'complaint-office-investigates': 'time-limit',
      'complaint-apologise-and-penalise': 'role',
    });
    // The unit's override and the unit's number are the unit's own.
    const text = listed(repo.step);
    expect(text).toMatch(/lunch-break-rotation \[wording\]/);
    expect(text).toMatch(/hotline:supervision \[number\]/);
    // Each change once in the build's list, and no clause both removed and added.
    const lines = text.split('\n').filter((l) => /^ {2}\S/.test(l));
    const ids = lines.map((l) => / (\S+?)(?: \[| {2})/.exec(l.slice(32))?.[1] ?? l);
    const perUnit = new Map<string, number>();
    for (const id of ids) perUnit.set(id, (perUnit.get(id) ?? 0) + 1);
    // A unit's list names a change again only where the unit's own wording of it differs (its hotline in the commitment).
    expect([...perUnit].filter(([id, n]) => n > 1 && id !== 'complaint-reply-deadline')).toEqual([]);
    expect(lines.some((l) => l.includes('pause-sign-when-away') && /删除|新增/.test(l))).toBe(false);
  });

  it('marks exactly the changed clauses on the norm pages, each linked to its row', () => {
    const html = page(out, paths.document('general-service-norms'));
    const marks = elements(html, { tag: 'a', attrs: { class: (v: string) => v.split(' ').includes('change-mark') } });
    const expected = documentPageChanges(model, 'general-service-norms')!.changes.map((c) => c.id);
    const got = marks.map((m) => /#chg-(.+)$/.exec(m.attrs.href ?? '')![1]);
    expect(got.sort()).toEqual([...new Set(expected)].sort());
    const markOf = (id: string) => marks.find((m) => m.attrs.href?.endsWith(`#${changeAnchor(id)}`));
    expect(markOf('first-contact-follow-up')?.attrs.class).toContain('change-mark-new');
    expect(markOf('no-eat-take-hold-demand')?.attrs.class).toContain('change-mark-revised');
    expect(markOf('treat-clients-equally')?.attrs.class).toContain('change-mark-revised');
    expect(markOf('pause-sign-when-away')?.attrs.class).toContain('change-mark-moved');
    expect(markOf('verify-identity-before-query')).toBeUndefined();
    // Every mark lands on a row of the document's 修订说明.
    const revisions = page(out, paths.documentRevisions('general-service-norms'));
    const rows = new Set(
      elements(revisions, { tag: 'tr' })
        .map((e) => e.attrs.id)
        .filter(Boolean),
    );
    for (const id of got) expect(rows.has(changeAnchor(id!)), id).toBe(true);
    // The removed clause is in the table, not on the page.
    expect(rows.has(changeAnchor('verify-identity-before-query'))).toBe(true);
    // A unit's page marks the unit's own change, linked to the unit's 修订说明.
    const unit = page(out, paths.unitDocument('power-qingshi-station', 'counter-hotline-norms'));
    const unitMarks = elements(unit, {
      tag: 'a',
      attrs: { class: (v: string) => v.split(' ').includes('change-mark') },
    });
    expect(
      unitMarks.some((m) =>
        m.attrs.href?.includes(
          `${paths.unitRevisions('power-qingshi-station')}#${changeAnchor('lunch-break-rotation')}`,
        ),
      ),
    ).toBe(true);
    const unitRows = new Set(
      elements(page(out, paths.unitRevisions('power-qingshi-station')), { tag: 'tr' }).map((e) => e.attrs.id),
    );
    for (const m of unitMarks) expect(unitRows.has(/#(.+)$/.exec(m.attrs.href!)![1]), m.attrs.href).toBe(true);
  });

  it('sets out the 修订对照表 rows and prints them (print audit at zero, looked at as PNG)', async () => {
    const tables = revisionTables(model);
    const general = tables.find((t) => t.id === 'general-service-norms')!;
    const rows = tableRows(general.changes);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get('first-contact-follow-up')).toMatchObject({ status: 'added', old: '', note: '新增' });
    expect(byId.get('verify-identity-before-query')).toMatchObject({ status: 'removed', new: '', note: '删除' });
    expect(byId.get('treat-clients-equally')?.note).toContain('要求由“应”改为“宜”');
    expect(byId.get('pause-sign-when-away')).toMatchObject({ number: '5.2.1', oldNumber: '4.2.5' });
    // Renumbering alone is not a row of the printed table.
    expect(rows.every((r) => r.note !== '' && !/^编号由/.test(r.note))).toBe(true);
    const dir = path.join(TMP, 'example-print');
    fs.rmSync(dir, { recursive: true, force: true });
    const fonts = new FontCache();
    const { files } = await buildPrint(model, dir, { only: 'revision', fonts });
    expect(files.map((f) => path.basename(f)).sort()).toEqual(tables.map((t) => `revision-${t.id}.pdf`).sort());
    const report = await auditPrint(path.join(dir, 'print'), {
      templates: loadTemplates(defaultTemplatesDir()),
      model,
    });
    for (const k of AUDIT_CHECKS) expect(report.totals[k], k).toBe(0);
    const pdf = path.join(dir, 'print', 'revision-general-service-norms.pdf');
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', pdf, path.join(dir, 'revision-general')]);
    const fontsList = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    expect(fontsList).toMatch(/yes yes/);
    const textLayer = pdftotext(pdf, { layout: true });
    expect(textLayer).toContain('首问责任人交办后');
  }, 240_000);

  it('publishes a valid Atom feed of revisions with absolute URLs', () => {
    const xml = fs.readFileSync(path.join(out, paths.revisionsFeed()), 'utf8');
    const errors: string[] = [];
    const doc = new DOMParser({
      onError: (level, msg) => void (level !== 'warning' && errors.push(msg)),
    }).parseFromString(xml, 'application/xml');
    expect(errors).toEqual([]);
    const ATOM = 'http://www.w3.org/2005/Atom';
    const feed = doc.documentElement!;
    expect(feed.namespaceURI).toBe(ATOM);
    expect(feed.localName).toBe('feed');
    const child = (el: XmlElement, name: string): XmlElement[] =>
      Array.from(el.childNodes).filter(
        (n): n is XmlElement => n.nodeType === 1 && (n as XmlElement).localName === name,
      );
    for (const name of ['id', 'title', 'updated', 'author']) expect(child(feed, name).length, name).toBe(1);
    const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;
    expect(child(feed, 'updated')[0]!.textContent).toMatch(rfc3339);
    const entries = child(feed, 'entry');
    expect(entries.length).toBe(
      model.versions!.revisions[0]!.documents.length +
        model.versions!.revisions[0]!.scopes.filter((s) => s.scope !== 'organisation').length,
    );
    const ids = new Set<string>();
    const base = model.organisation.baseUrl.replace(/\/+$/, '');
    for (const e of entries) {
      for (const name of ['id', 'title', 'updated', 'summary']) expect(child(e, name).length, name).toBe(1);
      expect(child(e, 'updated')[0]!.textContent).toMatch(rfc3339);
      const id = child(e, 'id')[0]!.textContent!;
      expect(ids.has(id)).toBe(false);
      ids.add(id);
      const href = child(e, 'link')[0]!.getAttribute('href')!;
      expect(href.startsWith(`${base}/`), href).toBe(true);
      // The link lands on a section that exists.
      const [pagePath, anchor] = href.slice(base.length + 1).split('#');
      expect(
        elements(page(out, pagePath!), { tag: 'section' }).some((s) => s.attrs.id === anchor),
        href,
      ).toBe(true);
    }
    // Every page names the feed.
    expect(page(out, paths.home())).toContain('type="application/atom+xml"');
  });

  it('builds a 本次修订 practice per unit holding exactly its changed items’ questions', async () => {
    const scopes = studyScopes(model).filter((s) => s.kind === 'revision');
    expect(scopes.map((s) => s.key).sort()).toEqual(
      ['revision', ...model.units.map((u) => `revision-unit-${u.id}`)].sort(),
    );
    for (const scope of scopes) {
      const changed = learnableIds(repo.step.revision!.scopes.find((s) => s.scope === (scope.id ?? 'organisation')));
      const expected = studyBank(model, scope.id).filter((q) => q.sources.some((id) => changed.has(id)));
      expect(expected.length, scope.key).toBeGreaterThan(0);
      expect(scopeQuestions(model, scope).map((q) => q.id)).toEqual(expected.map((q) => q.id));
      // And the file the page fetches.
      const file = await loadBankFile(
        path.join(out, paths.studyBank(scope.key)),
        async (f) => JSON.parse(fs.readFileSync(f, 'utf8')) as StudyBankFile,
      );
      expect(file.questions.map((q) => q.id)).toEqual(expected.map((q) => q.id));
      expect(file.revision?.items.sort()).toEqual([...changed].sort());
      expect(
        fs.existsSync(
          path.join(
            out,
            practiceKey({ revision: true, ...(scope.id ? { unitId: scope.id } : {}) }).replace(/^/, 'study/'),
            'index.html',
          ),
        ),
      ).toBe(true);
    }
    // Questions contrasting old and new: 5 → 3 个工作日, 应 → 宜, a step's time limit.
    const unitBank = scopeQuestions(model, scopes.find((s) => s.id === 'power-qingshi-station')!);
    const contrast = unitBank.filter((q) => q.kind === 'revision-contrast');
    const about = (id: string) => contrast.find((q) => q.sources.includes(id));
    const deadline = about('complaint-reply-deadline');
    expect(deadline?.type === 'single' && deadline.options[deadline.answer]).toBe('3');
    expect(deadline?.type === 'single' && deadline.options).toContain('5');
    const strength = about('treat-clients-equally');
    expect(strength?.type === 'single' && strength.options[strength.answer]).toBe('宜');
    expect(about('complaint-office-investigates')?.stem).toContain('时限');
    expect(about('lunch-break-rotation')?.explanation).toContain('改为');
    // The hub's data for a chosen unit names its 修订说明 and 本次修订 practice, per post too.
    const mine = JSON.parse(fs.readFileSync(path.join(out, paths.myScopeData('power-qingshi-station')), 'utf8')) as {
      revision?: { page: string; practice: string; roles: Record<string, string> };
    };
    expect(mine.revision?.page).toBe(paths.unitRevisions('power-qingshi-station'));
    expect(mine.revision?.practice).toBe('study/revision-unit-power-qingshi-station/');
    expect(Object.keys(mine.revision?.roles ?? {}).length).toBeGreaterThan(0);
    // The unit's revision page offers the practice per post.
    const unitPage = page(out, paths.unitRevisions('power-qingshi-station'));
    expect(
      elements(unitPage, { tag: 'a', attrs: { class: (v: string) => v.split(' ').includes('revision-practice-role') } })
        .length,
    ).toBeGreaterThan(0);
  });

  it('asks about changed items in the weeks after the effective date, and makes their flashcards new', () => {
    const revision = studyRevision(model, 'power-qingshi-station')!;
    const bank = { questions: studyBank(model, 'power-qingshi-station') };
    const changed = new Set(revision.items);
    const week = weeklySchedule(bank, {}, revision);
    const plain = weeklySchedule(bank, {});
    const first = isoWeekOfDay(revision.effective);
    const changedQuestions = bank.questions.filter((q) => q.sources.some((id) => changed.has(id)));
    const span = Math.min(changedQuestions.length, 12);
    const seen = new Set<string>();
    for (let k = 0; k < span; k++) {
      const w = isoWeekOfDay(
        new Date(Date.parse(`${revision.effective}T12:00:00Z`) + k * 7 * 86400000).toISOString().slice(0, 10),
      );
      expect(weeksBetween(first, w)).toBe(k);
      const q = week(w)!;
      expect(
        q.sources.some((id) => changed.has(id)),
        w,
      ).toBe(true);
      seen.add(q.id);
    }
    expect(seen.size).toBe(span);
    // Before the date and after the span, the usual order.
    const before = isoWeekOfDay(
      new Date(Date.parse(`${revision.effective}T12:00:00Z`) - 7 * 86400000).toISOString().slice(0, 10),
    );
    expect(week(before)).toBe(plain(before));

    // The hub's weeks (the organisation's bank) follow the same rule.
    const hub = JSON.parse(fs.readFileSync(path.join(out, paths.studyBank('hub-summary')), 'utf8')) as StudyBankFile & {
      weeks: Record<string, string | null>;
    };
    const orgRevision = studyRevision(model, 'organisation')!;
    const orgWeek = isoWeekOfDay(orgRevision.effective);
    expect(hub.revision?.id).toBe(orgRevision.id);
    if (orgWeek in hub.weeks) {
      const picked = hub.questions.find((x) => x.id === hub.weeks[orgWeek])!;
      expect(
        picked.sources.some((id) => orgRevision.items.includes(id)),
        orgWeek,
      ).toBe(true);
    }

    // Flashcards: learnt before the revision, made new once; a card reviewed since is left alone.
    const store = memoryStore();
    const t0 = new Date('2027-05-01T09:00:00Z');
    const q = changedQuestions[0]!;
    const other = bank.questions.find((x) => !x.sources.some((id) => changed.has(id)))!;
    let deck = addCards(emptyDeck(), [q.id, other.id], t0);
    deck = rateCard(rateCard(deck, q.id, 'good', t0), other.id, 'good', t0);
    writePart(store, 'org', 'cards', deck, t0);
    const t1 = new Date('2027-07-02T09:00:00Z');
    const study = createStudy({ bank, store, namespace: 'org', hrefFor: () => undefined, now: () => t1, revision });
    const after = readPart(store, 'org', 'cards')!;
    expect(after.cards[q.id]!.reps).toBe(0);
    expect(after.cards[q.id]!.due).toBe(t1.toISOString());
    expect(after.cards[other.id]!.reps).toBe(1);
    expect(study.dueFlashcards().map((c) => c.question.id)).toContain(q.id);
    study.rateFlashcard(q.id, 'good');
    const t2 = new Date('2027-07-03T09:00:00Z');
    createStudy({ bank, store, namespace: 'org', hrefFor: () => undefined, now: () => t2, revision });
    expect(readPart(store, 'org', 'cards')!.cards[q.id]!.reps).toBe(1);
  });
});

describe('guifan build --since HEAD~1 on a content repository', () => {
  it('lists every change once, correctly classified, and the next build keeps the history', async () => {
    const { repo } = await revisedSite(ORGS[1]!);
    // Outside the project: guifan refuses to write its output into its own folders.
    const outDir = path.join(testTempDir('versions-cli'), 'out');
    const run = async (args: string[]): Promise<{ code: number; out: string; err: string }> => {
      let out = '';
      let err = '';
      const code = await main(['build', '--content', repo.dir, '--out', outDir, '--no-site', '--no-pdf', ...args], {
        out: (x) => void (out += `${x}\n`),
        err: (x) => void (err += `${x}\n`),
      });
      return { code, out, err };
    };
    const first = await run(['--since', 'HEAD~1']);
    expect(first.code, first.err).toBe(0);
    const r = repo.step.revision!;
    const lines = first.out.split('\n').filter((l) => /^ {2}(新增|删除|修改|移动|编号) /.test(l));
    // The posters and cards to reprint follow the changes.
    expect(first.out).toMatch(/须重印|no poster or card to reprint/);
    // One line per change: each document's own, the other content, each unit's own.
    const expectedCount =
      r.documents.reduce((n, d) => n + d.changes.filter((c) => (c.new ?? c.old)!.section.id === d.id).length, 0) +
      r.content.length +
      repo.model.units.reduce((n, u) => n + ownChanges(r, u.id, u.lineage.slice(1, -1)).length, 0);
    expect(lines.length).toBe(expectedCount);
    const line = (id: string) => lines.filter((l) => l.includes(` ${id} `) || l.includes(` ${id}  `));
    expect(line('gc-pause-sign')).toHaveLength(1);
    expect(line('gc-pause-sign')[0]).toMatch(/移动 moved .*\[moved, renumbered\].*移至《/);
    expect(line('gc-hearing')[0]).toMatch(/新增 added/);
    expect(line('gc-no-phone-play')[0]).toMatch(/删除 removed/);
    expect(line('gc-rise-to-greet')[0]).toMatch(/\[wording, strength\]/);
    expect(line('bank-large-cash')[0]).toMatch(/\[wording, target\]/);
    const written = JSON.parse(fs.readFileSync(path.join(outDir, 'model.json'), 'utf8')) as Model;
    expect(written.versions?.revisions[0]?.id).toBe(r.id);
    // Without --since the next build compares with the output it replaces: nothing changed, the history stays.
    const second = await run([]);
    expect(second.code, second.err).toBe(0);
    expect(second.out).toContain('nothing changed');
    const again = JSON.parse(fs.readFileSync(path.join(outDir, 'model.json'), 'utf8')) as Model;
    expect(again.versions?.revisions.map((x) => x.id)).toEqual([r.id]);
  }, 600_000);
});
