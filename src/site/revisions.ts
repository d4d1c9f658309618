/**
 * The revision pages (修订说明), the change marks of norm pages and the Atom feed, build side:
 * what the model's change history holds, put as the pages show it. Every rule (which revision
 * is current, what a change is called, its table row, its note) is the model's
 * (model/changes); every address is routes'. Pure: model in, data out.
 */
import { changeCounts, countsWording, mainChanges, tableRows, type TableRow } from '../model/changes/describe.ts';
import {
  currentDocumentRevision,
  currentScopeRevision,
  documentHistory,
  documentPageChanges,
  scopeHistory,
} from '../model/changes/current.ts';
import { itemMarks } from '../model/changes/marks.ts';
import type { DocumentVersion, ItemChange, Revision, RevisionRecord } from '../model/changes/types.ts';
import { absoluteUrl, anchorId, changeAnchor, changePath, paths } from '../model/routes.ts';
import type { Model } from '../model/types.ts';
import { formatDate } from '../model/wording.ts';

/** A table row with the anchor its change is linked at. */
export interface ChangeRow extends TableRow {
  anchor: string;
}

/** Rows of one part (a document, an etiquette set, a process …). */
export interface RowGroup {
  title: string;
  rows: ChangeRow[];
}

/** One revision as a 修订说明 page shows it. */
export interface RevisionSection {
  revision: Revision;
  /** The anchor of the section (rev-<id>). */
  anchor: string;
  /** The page's current revision (its rows anchored chg-<item>). */
  current: boolean;
  /** Versions old → new of the documents concerned (a document page: its own). */
  versions: DocumentVersion[];
  /** When the new version takes effect (YYYY-MM-DD). */
  effective?: string;
  /** The revision record written in content for the new version (a document's). */
  record?: RevisionRecord;
  /** The main changes in the GB/T 1.1 manner. */
  main: string[];
  /** 新增3项，删除1项 … */
  counts: string;
  groups: RowGroup[];
  /** A unit that is new or gone in this revision. */
  status?: 'added' | 'removed';
}

/** Rows grouped by the part they are in now; a document's own part first (a clause moved out of it is listed under where it went). */
function rowsOf(changes: readonly ItemChange[], revisionId: string | undefined, first?: string): RowGroup[] {
  const groups = new Map<string, RowGroup>();
  const byId = new Map(changes.map((c) => [c.id, c]));
  for (const row of tableRows(changes, { placement: true })) {
    const c = byId.get(row.id)!;
    const key = `${c.section.kind}:${c.section.id}`;
    let g = groups.get(key);
    if (!g)
      groups.set(
        key,
        (g = { title: c.section.kind === 'document' ? `《${c.section.title}》` : c.section.title, rows: [] }),
      );
    g.rows.push({ ...row, anchor: changeAnchor(row.id, revisionId) });
  }
  const list = [...groups.entries()];
  return [...list.filter(([k]) => k === `document:${first}`), ...list.filter(([k]) => k !== `document:${first}`)].map(
    ([, g]) => g,
  );
}

/** The document's revisions, newest first (its current one marked). */
export function documentRevisionSections(model: Model, documentId: string): RevisionSection[] {
  const current = currentDocumentRevision(model, documentId)?.revision.id;
  const doc = model.documents.find((d) => d.id === documentId);
  return documentHistory(model, documentId).map(({ revision, document }) => {
    const isCurrent = revision.id === current;
    const { changes, ...version } = document;
    const record = doc?.revisions?.find((r) => r.version === document.version.new);
    return {
      revision,
      anchor: anchorId('revision', revision.id),
      current: isCurrent,
      versions: [version],
      ...(document.effective.new ? { effective: document.effective.new } : {}),
      ...(record ? { record } : {}),
      main: mainChanges(changes, document.version.old),
      counts: countsWording(changeCounts(changes)),
      groups: rowsOf(changes, isCurrent ? undefined : revision.id, documentId),
    };
  });
}

/** A unit's (or the organisation's) revisions: what its view changed, newest first. */
export function scopeRevisionSections(model: Model, scope: string): RevisionSection[] {
  const current = currentScopeRevision(model, scope)?.revision.id;
  return scopeHistory(model, scope).map(({ revision, scope: s }) => {
    const isCurrent = revision.id === current;
    return {
      revision,
      anchor: anchorId('revision', revision.id),
      current: isCurrent,
      versions: s.documents,
      ...(s.effective.new ? { effective: s.effective.new } : {}),
      main: mainChanges(s.changes),
      counts: countsWording(changeCounts(s.changes)),
      groups: rowsOf(s.changes, isCurrent ? undefined : revision.id),
      ...(s.status !== 'changed' ? { status: s.status } : {}),
    };
  });
}

/** A clause's mark on a norm page: 新增 / 修订 (or its old number), and where its comparison is. */
export interface ClauseMark {
  mark: 'new' | 'revised' | 'moved';
  oldNumber?: string;
  /** Locale-neutral site path of its row on the 修订说明 page. */
  path: string;
}

/** The marks of a norm page: the organisation's document, or a unit's (its view's changes). */
export function clauseMarks(model: Model, documentId: string, unitId?: string): Map<string, ClauseMark> {
  const out = new Map<string, ClauseMark>();
  const page = documentPageChanges(model, documentId, unitId);
  if (!page) return out;
  const where = unitId !== undefined ? { unitId } : { documentId };
  for (const [id, m] of itemMarks(page.changes)) {
    out.set(id, {
      mark: m.mark,
      ...(m.oldNumber !== undefined ? { oldNumber: m.oldNumber } : {}),
      path: changePath(id, where),
    });
  }
  return out;
}

/** One entry of the Atom feed: a revision of a document, or of a unit's standards. */
export interface FeedEntry {
  /** A tag-like IRI: the page's absolute URL with the revision's anchor. */
  id: string;
  title: string;
  /** Absolute URL of the 修订说明 section. */
  link: string;
  /** RFC 3339. */
  updated: string;
  summary: string;
}

/** A date as RFC 3339 at the start of the day, China time (the standards' own dates are Chinese calendar days). */
const atomDate = (day: string): string => `${day}T00:00:00+08:00`;

/** Every revision of the history, per document and per unit, newest first. */
export function feedEntries(model: Model): FeedEntry[] {
  const entries: FeedEntry[] = [];
  for (const revision of model.versions?.revisions ?? []) {
    for (const d of revision.documents) {
      const doc = model.documents.find((x) => x.id === d.id);
      const page = doc ? paths.documentRevisions(d.id) : paths.revisions();
      const link = absoluteUrl(model, `${page}#${anchorId('revision', revision.id)}`);
      const record = doc?.revisions?.find((r) => r.version === d.version.new);
      const version = d.version.new !== undefined && d.version.new !== d.version.old ? `第${d.version.new}版` : '修订';
      const status =
        d.status === 'added'
          ? '（新增文件）'
          : d.status === 'withdrawn'
            ? '（废止）'
            : d.status === 'removed'
              ? '（删除）'
              : '';
      const main = mainChanges(d.changes, d.version.old);
      entries.push({
        // A document gone from the content has no page of its own: its entry is told apart by its id.
        id: doc ? link : `${link}-${d.id}`,
        title: `《${d.title}》${version}${status}`,
        link,
        updated: atomDate(record?.date ?? d.effective.new ?? revision.effective),
        summary: [
          record?.summary,
          d.effective.new ? `${formatDate(d.effective.new)}起施行。` : '',
          countsWording(changeCounts(d.changes)),
          ...main.map((m) => `${m}；`),
        ]
          .filter(Boolean)
          .join('\n'),
      });
    }
    for (const s of revision.scopes) {
      if (s.scope === 'organisation' || !model.units.some((u) => u.id === s.scope)) continue;
      const link = absoluteUrl(model, `${paths.unitRevisions(s.scope)}#${anchorId('revision', revision.id)}`);
      entries.push({
        id: link,
        title: `${s.name}服务标准修订`,
        link,
        updated: atomDate(s.effective.new ?? revision.effective),
        summary: [
          s.status === 'added'
            ? '新单位'
            : s.status === 'removed'
              ? '单位撤销'
              : countsWording(changeCounts(s.changes)),
          ...mainChanges(s.changes).map((m) => `${m}；`),
        ].join('\n'),
      });
    }
  }
  return entries.sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0));
}

const xml = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** The Atom feed (RFC 4287) of the site's revisions. */
export function atomFeed(model: Model): string {
  const entries = feedEntries(model);
  const self = absoluteUrl(model, paths.revisionsFeed());
  const alternate = absoluteUrl(model, paths.revisions());
  const days = [...model.documents.map((d) => d.effective), ...entries.map((e) => e.updated.slice(0, 10))].sort();
  const updated = entries[0]?.updated ?? atomDate(days[days.length - 1] ?? '2000-01-01');
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${xml(self)}</id>`,
    `  <title>${xml(`${model.organisation.shortName} 服务规范修订`)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${xml(model.organisation.name)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(alternate)}"/>`,
  ];
  for (const e of entries) {
    lines.push(
      '  <entry>',
      `    <id>${xml(e.id)}</id>`,
      `    <title>${xml(e.title)}</title>`,
      `    <updated>${e.updated}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xml(e.link)}"/>`,
      `    <summary type="text">${xml(e.summary)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
