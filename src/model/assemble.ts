/**
 * From validated files to the organisation's model: each kind built by its own
 * builder (build/*.ts), the global id index, and the checks that need the whole
 * index (references). Units are resolved afterwards, in resolve.ts.
 */
import { buildAssessment, checkAssessmentRefs } from './build/assessment.ts';
import { buildCommitmentSet } from './build/commitments.ts';
import { at, type BuildContext, type Path } from './build/context.ts';
import { buildDocument } from './build/document.ts';
import { buildEtiquette, checkEtiquetteRefs } from './build/etiquette.ts';
import { buildOrganisation, buildRoles } from './build/organisation.ts';
import { buildProcess, checkProcessRefs } from './build/process.ts';
import { buildQuiz } from './build/quiz.ts';
import { buildService, checkServiceRefs } from './build/services.ts';
import { buildSynonyms, collectKeywords } from './build/search.ts';
import type { Diagnostics } from './diagnostics.ts';
import { checkRef, IdIndex } from './ids.ts';
import type { LoadedContent } from './load.ts';
import type { Scope } from './params.ts';
import type { ClauseInput } from './schema/documents.ts';
import type { Kind } from './schema/kinds.ts';
import { formatPath, idsInText, type ParsedFile } from './source.ts';
import type { Assessment } from './types/assessments.ts';
import type { CommitmentSet } from './types/commitments.ts';
import type { EtiquetteSet } from './types/etiquette.ts';
import type { ItemKind, Organisation, Role } from './types.ts';
import type { NormDocument } from './types/documents.ts';
import type { Page } from './types/pages.ts';
import type { Process } from './types/processes.ts';
import type { QuizBank } from './types/quiz.ts';
import type { Service } from './types/services.ts';
import type { Synonyms } from './types/synonyms.ts';
import { walkClauses } from './clauses.ts';
import { inScopeOrder, listedOf, organisationRanks } from './scope-order.ts';

export interface Assembled {
  organisation?: Organisation;
  roles: Role[];
  documents: NormDocument[];
  etiquette: EtiquetteSet[];
  commitmentSets: CommitmentSet[];
  processes: Process[];
  assessments: Assessment[];
  services: Service[];
  quizzes: QuizBank[];
  pages: Page[];
  keywords: Record<string, string[]>;
  synonyms: Synonyms;
  ids: IdIndex;
  /** Raw files, kept for checks that need positions later (units). */
  files: { [K in keyof LoadedContent]: LoadedContent[K] };
}

/** Every kind of item a question may cite (it tests what it cites). */
export const CITABLE: readonly ItemKind[] = [
  'clause',
  'phrase',
  'forbidden',
  'conduct',
  'commitment',
  'node',
  'process',
  'violation',
  'situation',
  'rule-set',
  'threshold',
  'inspection',
  'award',
  'service',
  'material',
];

export function assemble(content: LoadedContent, diags: Diagnostics): Assembled {
  const ids = new IdIndex(diags);
  for (const { pf } of content.invalid) {
    if (pf.data === undefined) for (const id of idsInText(pf.text)) ids.shadow.add(id);
    else collectIds(pf.data, ids.shadow);
  }
  for (const kind of content.unreadable) for (const k of ITEM_KINDS_OF[kind]) ids.unknowable.add(k);

  const organisation = content.organisation[0] && buildOrganisation(content.organisation[0], ids);
  const orgScope: Scope = { params: organisation?.params ?? {}, hotlines: organisation?.hotlines ?? { other: [] } };
  const ctx: BuildContext = { ids, diags, scope: orgScope, paramsKnown: organisation !== undefined };

  const roles = buildRoles(content.roles, ids, diags);

  // Units are registered early so that everything may refer to them.
  for (const f of content.units) {
    ids.add('unit', f.data.id, f.data.name, at(f.pf, ['id']), 'id');
  }

  // Listed from the group's general files to the most specific unit's (scope-order.ts).
  const rank = organisationRanks(content.units.map((f) => f.data));
  const documents = inScopeOrder(
    content.norms.map((f) => buildDocument(f, ctx)),
    rank,
    listedOf,
  );
  const etiquette = inScopeOrder(
    content.etiquette.map((f) => buildEtiquette(f, ctx)),
    rank,
    listedOf,
  );
  const commitmentSets = inScopeOrder(
    content.commitments.map((f) => buildCommitmentSet(f, ctx)),
    rank,
    listedOf,
  );
  const processes = inScopeOrder(
    content.processes.map((f) => buildProcess(f, ctx)),
    rank,
    listedOf,
  );
  const assessments = inScopeOrder(
    content.assessment.map((f) => buildAssessment(f, ctx)),
    rank,
    listedOf,
  );
  const services = inScopeOrder(
    content.services.map((f) => buildService(f, ctx)),
    rank,
    listedOf,
  );
  // Units' own clauses and commitments are registered before references are checked.
  registerUnitItems(content.units, ids);
  const quizzes = content.quiz.map((f) => buildQuiz(f, ctx));

  checkWholeIndexRefs(content, documents, ids, diags);
  const pages = buildPages(content.pages, ids, diags);
  // Every definition is registered by now: each id defined twice is reported once, at its later place.
  ids.reportClashes();

  return {
    ...(organisation ? { organisation } : {}),
    roles,
    documents,
    etiquette,
    commitmentSets,
    processes,
    assessments,
    services,
    quizzes,
    pages,
    keywords: collectKeywords(content, Object.keys(ITEM_KINDS_OF) as Kind[]),
    synonyms: buildSynonyms(content.synonyms[0], diags),
    ids,
    files: content,
  };
}

/** References that need the whole index: roles, nodes, citations, units named anywhere. */
function checkWholeIndexRefs(
  content: LoadedContent,
  documents: readonly NormDocument[],
  ids: IdIndex,
  diags: Diagnostics,
): void {
  for (const doc of documents) {
    for (const c of walkClauses(doc.clauses)) {
      c.roles.forEach((r, i) => checkRef(ids, diags, r, ['role'], c.source, `clauses(${c.id}).roles[${i}]`));
    }
  }
  for (const f of content.etiquette) checkEtiquetteRefs(f, ids, diags);
  for (const f of content.processes) checkProcessRefs(f, ids, diags);
  for (const f of content.assessment) checkAssessmentRefs(f, ids, diags);
  for (const f of content.services) checkServiceRefs(f, ids, diags);
  for (const f of content.quiz) {
    f.data.questions.forEach((q, i) =>
      q.cites.forEach((c, j) =>
        checkRef(
          ids,
          diags,
          c,
          CITABLE,
          at(f.pf, ['questions', i, 'cites', j]),
          formatPath(['questions', i, 'cites', j]),
        ),
      ),
    );
  }
  // `units:` may be written on any file and on most items: every name must be a unit.
  for (const f of [
    ...content.norms,
    ...content.etiquette,
    ...content.commitments,
    ...content.processes,
    ...content.assessment,
    ...content.services,
    ...content.quiz,
  ])
    checkUnitRefs(f.pf, f.data, ids, diags);
}

/** Checks every `units: [...]` list in a file's data, at any depth, against the unit ids. */
function checkUnitRefs(pf: ParsedFile, data: unknown, ids: IdIndex, diags: Diagnostics, path: Path = []): void {
  if (Array.isArray(data)) {
    data.forEach((x, i) => checkUnitRefs(pf, x, ids, diags, [...path, i]));
    return;
  }
  if (data === null || typeof data !== 'object') return;
  for (const [k, v] of Object.entries(data)) {
    if (k === 'units' && Array.isArray(v)) {
      v.forEach((u, i) => {
        if (typeof u === 'string')
          checkRef(ids, diags, u, ['unit'], at(pf, [...path, 'units', i]), formatPath([...path, 'units', i]));
      });
    } else if (typeof v === 'object') checkUnitRefs(pf, v, ids, diags, [...path, k]);
  }
}

/** Which kinds of item each kind of file defines. */
const ITEM_KINDS_OF: Record<Kind, ItemKind[]> = {
  organisation: ['organisation'],
  roles: ['role'],
  norms: ['document', 'clause'],
  etiquette: ['etiquette', 'situation', 'phrase', 'forbidden', 'conduct', 'rule-set'],
  commitments: ['commitment-set', 'commitment'],
  processes: ['process', 'node'],
  assessment: ['assessment', 'inspection', 'phase', 'threshold', 'violation', 'score-item', 'award'],
  services: ['service', 'material'],
  quiz: ['quiz', 'question'],
  units: ['unit', 'clause', 'commitment'],
  synonyms: [],
};

/**
 * Each object once: YAML aliases make the data a graph of shared objects, and walking it as a
 * tree took exponential time (fuzzing: an alias bomb over an empty list, which yaml's alias
 * limit lets through, took 4 s in a 187 KB file; one level more would hang).
 */
function collectIds(data: unknown, into: Set<string>, seen = new Set<object>()): void {
  if (!data || typeof data !== 'object' || seen.has(data)) return;
  seen.add(data);
  if (Array.isArray(data)) for (const x of data) collectIds(x, into, seen);
  else {
    const id = (data as Record<string, unknown>).id;
    if (typeof id === 'string') {
      into.add(id);
      // An id spoilt by a slip (a zero-width space, curly quotes) still stands for the id meant.
      into.add(id.replace(/[\u200b-\u200f\u2060\ufeff\u00a0\u3000“”‘’"'\s]/g, ''));
    }
    for (const v of Object.values(data)) collectIds(v, into, seen);
  }
}

function registerUnitItems(units: LoadedContent['units'], ids: IdIndex): void {
  for (const f of units) {
    f.data.add.forEach((a, ai) => {
      const register = (list: readonly ClauseInput[], base: Path) =>
        list.forEach((c, i) => {
          ids.add(
            'clause',
            c.id,
            (c.title ?? c.text ?? '').slice(0, 60),
            at(f.pf, [...base, i, 'id']),
            formatPath([...base, i, 'id']),
            a.document,
          );
          register(c.clauses ?? [], [...base, i, 'clauses']);
        });
      register(a.clauses, ['add', ai, 'clauses']);
    });
    f.data.commitments.forEach((c, i) =>
      ids.add(
        'commitment',
        c.id,
        c.title ?? c.text.slice(0, 40),
        at(f.pf, ['commitments', i, 'id']),
        formatPath(['commitments', i, 'id']),
        f.data.id,
      ),
    );
  }
}

/** The MDX pages as the model lists them, in menu order; their `units:` checked. */
function buildPages(files: LoadedContent['pages'], ids: IdIndex, diags: Diagnostics): Page[] {
  const pages: Page[] = files.map((p) => ({
    slug: p.slug,
    title: p.data.title,
    ...(p.data.description ? { description: p.data.description } : {}),
    order: p.data.order ?? 100,
    units: p.data.units,
    ...(p.data.industries ? { industries: p.data.industries } : {}),
    file: p.pf.absPath,
    keywords: p.data.keywords ?? [],
    source: { file: p.pf.file, line: 1, column: 1 },
  }));
  for (const p of files) checkUnitRefs(p.pf, p.data, ids, diags);
  pages.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));

  return pages;
}
