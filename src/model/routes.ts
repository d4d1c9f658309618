/**
 * Every address on the site, in one place: the site's pages, search records,
 * study links, the downloads list and the poster's QR code all take their paths
 * from here. Paths are relative to the site's base and without a locale prefix
 * ('norms/x/#c-y'); the site adds both. A unit has a page of its own for a part
 * only where its view differs from the organisation's (ResolvedUnit.differs),
 * so a group of a hundred identical units does not build a hundred copies.
 */
import { sharedWeakMap } from './lent.ts';
import { scoreItemSheet } from './score-item-sheets.ts';
import type { Model, ResolvedUnit } from './types.ts';
import type { Clause, NormDocument } from './types/documents.ts';

export const paths = {
  home: (): string => '',
  norms: (): string => 'norms/',
  document: (docId: string): string => `norms/${docId}/`,
  etiquette: (): string => 'etiquette/',
  commitments: (): string => 'commitments/',
  processes: (): string => 'processes/',
  process: (processId: string): string => `processes/${processId}/`,
  assessment: (): string => 'assessment/',
  roles: (): string => 'roles/',
  role: (roleId: string): string => `roles/${roleId}/`,
  units: (): string => 'units/',
  unit: (unitId: string): string => `units/${unitId}/`,
  /** The unit's public notice board: the page the poster's QR code opens. */
  board: (unitId: string): string => `units/${unitId}/commitments/`,
  unitDocument: (unitId: string, docId: string): string => `units/${unitId}/norms/${docId}/`,
  unitEtiquette: (unitId: string): string => `units/${unitId}/etiquette/`,
  unitProcess: (unitId: string, processId: string): string => `units/${unitId}/processes/${processId}/`,
  unitAssessment: (unitId: string): string => `units/${unitId}/assessment/`,
  unitRole: (unitId: string, roleId: string): string => `units/${unitId}/roles/${roleId}/`,
  /** Service guides: every unit's index, a unit's index, one guide, its one-time notice slip. */
  services: (): string => 'services/',
  unitServices: (unitId: string): string => `units/${unitId}/services/`,
  unitService: (unitId: string, serviceId: string): string => `units/${unitId}/services/${serviceId}/`,
  serviceSlip: (unitId: string, serviceId: string): string => `units/${unitId}/services/${serviceId}/slip/`,
  /** A unit's score sheets, and the inspector's phone page for one of them. */
  inspections: (unitId: string): string => `units/${unitId}/inspections/`,
  scoreSheet: (unitId: string, inspectionId: string): string => `units/${unitId}/inspections/${inspectionId}/`,
  page: (slug: string): string => `pages/${slug}/`,
  downloads: (): string => 'downloads/',
  study: (): string => 'study/',
  /** A practice scope's question file (study keys: see practiceKey). */
  studyBank: (key: string): string => `study/bank/${key}.json`,
  /** What the study hub shows for a chosen unit (or 'organisation'): its posts, practice, files. */
  myScopeData: (scopeId: string): string => `study/scope/${scopeId}.json`,
  search: (): string => 'search/',
  /** 修订说明: every revision of the history (the organisation's). */
  revisions: (): string => 'revisions/',
  /** A norm document's 修订说明 (its current revision and earlier ones). */
  documentRevisions: (docId: string): string => `norms/${docId}/revisions/`,
  /** A unit's 修订说明: what its view changed. */
  unitRevisions: (unitId: string): string => `units/${unitId}/revisions/`,
  /** The Atom feed of revisions: not localised. */
  revisionsFeed: (): string => 'revisions.xml',
  /** A published PDF (posters, handbooks, cards): not localised. */
  print: (file: string): string => `print/${file}`,
} as const;

/**
 * What a practice is of: a unit (its own wording), a role, a document; a unit and a role together
 * is the unit's practice for that role. `revision`: only the items the scope's current revision
 * changed (本次修订), of a unit or the organisation, with a role as ?role=.
 */
export interface PracticeScope {
  unitId?: string;
  roleId?: string;
  documentId?: string;
  revision?: boolean;
}

/**
 * The study page and bank file of a scope: 'unit-<u>', 'role-<r>', 'doc-<d>' or 'all'; a unit × role
 * uses its unit's; 本次修订 is 'revision-unit-<u>' or 'revision' (the organisation's).
 */
export function practiceKey(scope: PracticeScope): string {
  if (scope.revision) return scope.unitId !== undefined ? `revision-unit-${scope.unitId}` : 'revision';
  if (scope.unitId !== undefined) return `unit-${scope.unitId}`;
  if (scope.roleId !== undefined) return `role-${scope.roleId}`;
  if (scope.documentId !== undefined) return `doc-${scope.documentId}`;
  return 'all';
}

/** Where a scope is practised; a unit × role is the unit's practice page told the role (?role=). */
export function practicePath(scope: PracticeScope): string {
  const page = `study/${practiceKey(scope)}/`;
  return (scope.unitId !== undefined || scope.revision) && scope.roleId !== undefined
    ? `${page}?role=${encodeURIComponent(scope.roleId)}`
    : page;
}

/** The study hub's "my unit and role" chooser, with a unit and role offered (saved only when the reader says so). */
export function myScopePath(scope: { unitId?: string; roleId?: string } = {}): string {
  const query = new URLSearchParams({
    ...(scope.unitId ? { unit: scope.unitId } : {}),
    ...(scope.roleId ? { role: scope.roleId } : {}),
  }).toString();
  return `study/${query ? `?${query}` : ''}#me`;
}

/** Anchor prefixes of each kind of item on its page (id="c-<clause>" …). */
export const ANCHOR = {
  clause: 'c-',
  phrase: 'p-',
  forbidden: 'p-',
  conduct: 'r-',
  'rule-set': 'rs-',
  situation: 's-',
  etiquette: 'e-',
  commitment: 'cm-',
  'commitment-set': 'set-',
  node: 'step-',
  inspection: 'i-',
  /** A period of an assessment (试行期, 正式考核期), listed with its dates. */
  phase: 'ph-',
  threshold: 't-',
  violation: 'v-',
  award: 'w-',
  assessment: 'a-',
  /** A change's row on a 修订说明 page. */
  change: 'chg-',
  /** A revision's section on a 修订说明 page. */
  revision: 'rev-',
  material: 'm-',
  'score-item': 'si-',
} as const;

/** The id attribute of an item on its page (id="c-<clause>"): the anchor every link above lands on. */
export function anchorId(kind: keyof typeof ANCHOR, id: string): string {
  return `${ANCHOR[kind]}${id}`;
}

/**
 * The group's sections that hold something: a kind the content has none of (办事指南 for an
 * organisation without service guides) is not offered in the navigation, where it led to an empty page.
 */
export function siteSections(
  model: Model,
): Record<'etiquette' | 'commitments' | 'processes' | 'services' | 'assessment', boolean> {
  return {
    etiquette: model.etiquette.length > 0,
    commitments: model.commitmentSets.length > 0 || model.units.some((u) => u.commitments.length > 0),
    processes: model.processes.length > 0,
    services: model.services.length > 0,
    assessment: model.assessments.length > 0,
  };
}

/** The pages a unit has of its own, beyond its home, board and documents. */
export function unitSections(unit: ResolvedUnit): {
  etiquette: boolean;
  assessment: boolean;
  processes: string[];
  roles: string[];
} {
  return {
    etiquette: unit.differs.etiquette,
    assessment: unit.differs.assessment,
    processes: unit.differs.processes,
    roles: unit.roles,
  };
}

function unitOf(model: Model, unitId: string | undefined): ResolvedUnit | undefined {
  return unitId === undefined ? undefined : model.units.find((u) => u.id === unitId);
}

/** Where the etiquette page of a scope is: the unit's own when its phrasebook differs. */
export function etiquettePath(model: Model, unitId?: string): string {
  const unit = unitOf(model, unitId);
  return unit?.differs.etiquette ? paths.unitEtiquette(unit.id) : paths.etiquette();
}

export function assessmentPath(model: Model, unitId?: string): string {
  const unit = unitOf(model, unitId);
  return unit?.differs.assessment ? paths.unitAssessment(unit.id) : paths.assessment();
}

export function processPath(model: Model, processId: string, unitId?: string): string {
  const unit = unitOf(model, unitId);
  return unit?.differs.processes.includes(processId) ? paths.unitProcess(unit.id, processId) : paths.process(processId);
}

export function rolePath(model: Model, roleId: string, unitId?: string): string {
  const unit = unitOf(model, unitId);
  return unit?.roles.includes(roleId) ? paths.unitRole(unit.id, roleId) : paths.role(roleId);
}

export function documentPath(model: Model, docId: string, unitId?: string): string {
  const unit = unitOf(model, unitId);
  if (unit?.documents.some((d) => d.id === docId)) return paths.unitDocument(unit.id, docId);
  if (model.documents.some((d) => d.id === docId)) return paths.document(docId);
  return paths.document(docId);
}

const withAnchor = (page: string, prefix: string, id: string): string => `${page}#${prefix}${id}`;

/** A link to an item on the same page: '#c-<id>'. */
export function localAnchor(kind: keyof typeof ANCHOR, id: string): string {
  return `#${anchorId(kind, id)}`;
}

/** Per model, where each clause and commitment of any unit is shown, for ids the organisation's pages lack. */
const firstHolder = new WeakMap<Model, Map<string, string>>();
function holders(model: Model): Map<string, string> {
  let m = firstHolder.get(model);
  if (m) return m;
  m = new Map();
  const orgClauses = new Set<string>();
  const walk = (list: { id: string; children: unknown[] }[], visit: (id: string) => void): void => {
    for (const c of list) {
      visit(c.id);
      walk(c.children as { id: string; children: unknown[] }[], visit);
    }
  };
  for (const d of model.documents) walk(d.clauses, (id) => orgClauses.add(id));
  for (const u of model.units) {
    for (const d of u.documents)
      walk(
        d.clauses,
        (id) =>
          !orgClauses.has(id) &&
          !m!.has(id) &&
          m!.set(id, withAnchor(paths.unitDocument(u.id, d.id), ANCHOR.clause, id)),
      );
    for (const c of u.commitments)
      if (!m.has(`cm:${c.id}`))
        m.set(`cm:${c.id}`, withAnchor(c.public ? paths.board(u.id) : paths.unit(u.id), ANCHOR.commitment, c.id));
  }
  firstHolder.set(model, m);
  return m;
}

/**
 * Where a clause or commitment (`cm:ID`) the organisation's pages lack is shown, as plain data:
 * `guifan build`'s page cache makes it once outside the pages' read traces and lends it
 * (site/site-lent.ts), so a page linking to one item reads that item's entry, not every clause of
 * every unit (at 30× a unit's role page read 357,684 of them to link a few).
 */
export function itemHolders(model: Model): Record<string, string> {
  return Object.fromEntries(holders(model));
}

/** Shared by every copy of this module (lent.ts): the page cache lends from the CLI's copy. */
const lentHolders = sharedWeakMap<Model, Readonly<Record<string, string>>>('itemHolders');

/** Have `model`'s items be found where `holders` (itemHolders of the same model) says. */
export function lendItemHolders(model: Model, holders: Readonly<Record<string, string>>): void {
  lentHolders.set(model, holders);
}

/** Where a unit shows an item the organisation's pages lack (lent, or found in the model). */
function holderOf(model: Model, key: string): string | undefined {
  const lent = lentHolders.get(model);
  if (lent) return Object.hasOwn(lent, key) ? lent[key] : undefined;
  return holders(model).get(key);
}

/**
 * The unit a page of the site belongs to (a path under units/<unit>/ of a unit the model has), or
 * undefined for the organisation's pages: a search started there is a search in that unit.
 */
export function pageUnit(model: Model, path: string): string | undefined {
  const id = /^units\/([^/#?]+)\//.exec(path)?.[1];
  return id !== undefined && model.units.some((u) => u.id === id) ? id : undefined;
}

/**
 * Where an item is shown, for a reader in a unit's scope (its own pages where it has them) or
 * the organisation's; undefined when the item has no page (questions, banks).
 */
export function itemPath(model: Model, id: string, unitId?: string): string | undefined {
  const entry = model.index[id];
  if (!entry) return undefined;
  const unit = unitOf(model, unitId);
  const container = entry.container ?? '';
  switch (entry.kind) {
    case 'clause': {
      const doc = unit?.documents.find((d) => clauseIds(d).has(id));
      if (unit && doc) return withAnchor(paths.unitDocument(unit.id, doc.id), ANCHOR.clause, id);
      const orgDoc = model.documents.find((d) => d.id === container && clauseIds(d).has(id));
      return orgDoc ? withAnchor(paths.document(orgDoc.id), ANCHOR.clause, id) : holderOf(model, id);
    }
    case 'document':
      return documentPath(model, id, unitId);
    case 'phrase':
    case 'forbidden':
    case 'conduct':
    case 'rule-set':
    case 'situation':
    case 'etiquette':
      return withAnchor(etiquettePath(model, unitId), ANCHOR[entry.kind], id);
    case 'commitment': {
      const own = unit?.commitments.find((c) => c.id === id);
      if (unit && own)
        return withAnchor(own.public ? paths.board(unit.id) : paths.unit(unit.id), ANCHOR.commitment, id);
      // The group's public commitments are listed on /commitments/ (each unit's values beside them).
      if (model.commitmentSets.some((set) => set.commitments.some((c) => c.id === id && c.public)))
        return withAnchor(paths.commitments(), ANCHOR.commitment, id);
      return holderOf(model, `cm:${id}`);
    }
    case 'commitment-set':
      return withAnchor(paths.commitments(), ANCHOR['commitment-set'], id);
    case 'process':
      return processPath(model, id, unitId);
    case 'node':
      return withAnchor(processPath(model, container, unitId), ANCHOR.node, id);
    case 'inspection':
    case 'phase':
    case 'threshold':
    case 'violation':
    case 'award':
    case 'assessment':
      return withAnchor(assessmentPath(model, unitId), ANCHOR[entry.kind], id);
    case 'score-item': {
      const sheet = scoreItemSheet(model, id, unitId);
      return sheet && withAnchor(paths.scoreSheet(sheet.unitId, sheet.inspectionId), ANCHOR[entry.kind], id);
    }
    case 'service':
    case 'material': {
      // A guide is a unit's page (its phones, place, hours): the reader's unit, else the first that has it.
      const serviceId = entry.kind === 'service' ? id : container;
      const holder = unit?.services.includes(serviceId)
        ? unit
        : model.units.find((u) => u.services.includes(serviceId));
      if (!holder) return undefined;
      const page = paths.unitService(holder.id, serviceId);
      return entry.kind === 'material' ? withAnchor(page, ANCHOR.material, id) : page;
    }
    case 'unit':
      return paths.unit(id);
    case 'role':
      return rolePath(model, id, unitId);
    case 'organisation':
      return paths.home();
    default:
      return undefined;
  }
}

/**
 * Where a unit shows an item on a page of its own rather than the group's (its assessment page, its
 * etiquette, its copy of a process); undefined where it reads the group's page. An item worded as
 * the group's can still read otherwise there: the page gives the unit's values, scores and the
 * clauses it cites in the unit's wording.
 */
export function ownItemPath(model: Model, id: string, unitId: string): string | undefined {
  const own = itemPath(model, id, unitId);
  return own !== undefined && own !== itemPath(model, id) ? own : undefined;
}

/**
 * Every clause id of a document, made once per document: a unit's role page asks for hundreds of
 * items' paths, and walking the unit's documents for each took 7 s of the 100× site's 89 s.
 */
const clauseIdsOf = new WeakMap<NormDocument, Set<string>>();
function clauseIds(doc: NormDocument): Set<string> {
  let ids = clauseIdsOf.get(doc);
  if (!ids) {
    ids = new Set();
    const walk = (list: readonly Clause[]): void => {
      for (const c of list) {
        ids!.add(c.id);
        walk(c.children);
      }
    };
    walk(doc.clauses);
    clauseIdsOf.set(doc, ids);
  }
  return ids;
}

/**
 * Where a change is set out, old beside new: its row on the document's 修订说明 page (the
 * organisation's pages) or the unit's; an earlier revision's rows carry the revision's id.
 */
export function changePath(
  itemId: string,
  where: { documentId: string } | { unitId: string },
  revisionId?: string,
): string {
  const page = 'unitId' in where ? paths.unitRevisions(where.unitId) : paths.documentRevisions(where.documentId);
  return `${page}#${changeAnchor(itemId, revisionId)}`;
}

/** The id attribute of a change's row: chg-<item> for the current revision, chg-<revision>-<item> for earlier ones. */
export function changeAnchor(itemId: string, revisionId?: string): string {
  return anchorId('change', revisionId === undefined ? itemId : `${revisionId}-${itemId}`);
}

/** An absolute URL on the published site, e.g. for a QR code: base URL + path. */
export function absoluteUrl(model: Model, sitePath: string): string {
  return `${model.organisation.baseUrl.replace(/\/+$/, '')}/${sitePath.replace(/^\/+/, '')}`;
}
