/**
 * What a bank is generated from: one unit's view (model/view.ts, the items the
 * unit has with its own values), or for the organisation's bank every item of
 * the content (the group's and what units add), so that nothing escapes the
 * coverage report. Scope data a question carries (documents, roles, units) is
 * read from the model's views, so a question is in a unit's or a role's
 * practice exactly when what it tests is in that unit's or role's view.
 */
import { flattenClauses } from '../model/clauses.ts';
import type { Clause, NormDocument } from '../model/types/documents.ts';
import type { Commitment } from '../model/types/commitments.ts';
import type { ConductRule, EtiquetteSet, Phrase, Situation } from '../model/types/etiquette.ts';
import type { Model } from '../model/types.ts';
import type { Process } from '../model/types/processes.ts';
import type { QuizBank } from '../model/types/quiz.ts';
import type { Service } from '../model/types/services.ts';
import { rolesOfItems } from '../model/item-roles.ts';
import { unitView, type ScopeView } from '../model/view.ts';
import { idsOf } from '../model/view-cache.ts';
import type { BankQuestionMeta } from './types.ts';

export { flattenClauses };

export interface ClauseEntry {
  clause: Clause;
  document: NormDocument;
}
export interface PhraseEntry {
  phrase: Phrase;
  situation: Situation;
  set: EtiquetteSet;
}

export interface ModelView {
  model: Model;
  unitId?: string;
  /** The unit's view (absent for the organisation's bank). */
  scope?: ScopeView;
  /** Provisions (clauses with text), in document order. */
  clauses: ClauseEntry[];
  etiquette: EtiquetteSet[];
  situations: { situation: Situation; set: EtiquetteSet }[];
  phrases: PhraseEntry[];
  forbidden: PhraseEntry[];
  conduct: ConductRule[];
  commitments: Commitment[];
  processes: Process[];
  /** Service items (办事指南) with their materials as the scope has them. */
  services: Service[];
  /** Hand-written question banks. */
  quizzes: QuizBank[];
  /** A key that is the same for two views with the same etiquette (offers are shared between them). */
  etiquetteKey: string;
  roleName(id: string): string;
  /** Scope data for a question citing these ids. */
  metaFor(sources: readonly string[], questionId?: string): Pick<BankQuestionMeta, 'documents' | 'roles' | 'units'>;
  /** The `units` of metaFor alone, which does not depend on the view. */
  unitsOf(sources: readonly string[], questionId?: string): BankQuestionMeta['units'];
}

function etiquetteEntries(
  sets: readonly EtiquetteSet[],
): Pick<ModelView, 'situations' | 'phrases' | 'forbidden' | 'conduct'> {
  const situations: ModelView['situations'] = [];
  const phrases: PhraseEntry[] = [];
  const forbidden: PhraseEntry[] = [];
  const conduct: ConductRule[] = [];
  for (const set of sets) {
    conduct.push(...set.conduct);
    for (const situation of set.situations) {
      situations.push({ situation, set });
      for (const phrase of situation.phrases) phrases.push({ phrase, situation, set });
      for (const phrase of situation.forbidden) forbidden.push({ phrase, situation, set });
      conduct.push(...situation.conduct);
    }
  }
  return { situations, phrases, forbidden, conduct };
}

const viewCache = new WeakMap<Model, Map<string, ModelView>>();

/** The items of one unit as it resolves them, or (no unit) every item of the content. */
export function viewOf(model: Model, unitId?: string): ModelView {
  let perModel = viewCache.get(model);
  if (!perModel) viewCache.set(model, (perModel = new Map()));
  const key = unitId ?? '';
  let view = perModel.get(key);
  if (!view) perModel.set(key, (view = makeView(model, unitId)));
  return view;
}

/** What the bank is drawn from: a unit's view, or the organisation's content with every unit's clauses and commitments (each once). */
function viewContents(model: Model, scope: ReturnType<typeof unitView> | undefined) {
  const clauses: ClauseEntry[] = [];
  const seenClauses = new Set<string>();
  const addDocuments = (documents: readonly NormDocument[]): void => {
    for (const document of documents) {
      for (const clause of flattenClauses(document.clauses)) {
        if (clause.text === undefined || seenClauses.has(clause.id)) continue;
        seenClauses.add(clause.id);
        clauses.push({ clause, document });
      }
    }
  };
  const commitments: Commitment[] = [];
  const seenCommitments = new Set<string>();
  const addCommitments = (list: readonly Commitment[]): void => {
    for (const commitment of list) {
      if (seenCommitments.has(commitment.id)) continue;
      seenCommitments.add(commitment.id);
      commitments.push(commitment);
    }
  };
  let etiquette: EtiquetteSet[];
  let processes: Process[];
  let services: Service[];
  let quizzes: QuizBank[];
  if (scope) {
    addDocuments(scope.documents);
    addCommitments(scope.commitments);
    etiquette = scope.etiquette;
    processes = scope.processes;
    services = scope.services;
    quizzes = scope.quizzes;
  } else {
    addDocuments(model.documents);
    for (const u of model.units) addDocuments(u.documents);
    for (const set of model.commitmentSets) addCommitments(set.commitments);
    for (const u of model.units) addCommitments(u.commitments);
    etiquette = model.etiquette;
    processes = model.processes;
    services = model.services;
    quizzes = model.quizzes;
  }
  return { clauses, commitments, etiquette, processes, services, quizzes };
}

function makeView(model: Model, unitId?: string): ModelView {
  const scope = unitId === undefined ? undefined : unitView(model, unitId);
  const { clauses, commitments, etiquette, processes, services, quizzes } = viewContents(model, scope);
  const entries = etiquetteEntries(etiquette);
  const unit = scope?.unit;
  const etiquetteKey = unit ? etiquetteSignature(model, unit) : '';

  const roleNames = new Map(model.roles.map((r) => [r.id, r.name]));
  const unitsOf = (sources: readonly string[], questionId?: string): BankQuestionMeta['units'] =>
    unitsHaving(model, questionId !== undefined ? [questionId] : sources);
  const docOf = new Map<string, string>();
  for (const { clause, document } of clauses) docOf.set(clause.id, document.id);

  return {
    model,
    ...(unitId === undefined ? {} : { unitId }),
    ...(scope ? { scope } : {}),
    clauses,
    etiquette,
    ...entries,
    commitments,
    processes,
    services,
    quizzes,
    etiquetteKey,
    roleName: (id) => roleNames.get(id) ?? id,
    unitsOf,
    metaFor(sources, questionId) {
      const documents = new Set<string>();
      for (const id of sources) {
        const doc = docOf.get(id) ?? modelDocumentOf(model, id);
        if (doc) documents.add(doc);
      }
      // Whom a question asks is the model's rule (view.ts): the roles every cited item concerns,
      // so a role is asked only about what its role view (handbook, role page) holds.
      return {
        documents: [...documents],
        roles: rolesOfItems(model, sources, scope),
        units: unitsOf(sources, questionId),
      };
    },
  };
}

function modelDocumentOf(model: Model, id: string): string | undefined {
  const e = model.index[id];
  return e?.kind === 'clause' ? e.container : undefined;
}

/** The etiquette part of a unit's resolution: units with the same one share generated etiquette questions. */
function etiquetteSignature(model: Model, unit: NonNullable<ScopeView['unit']>): string {
  const isEtiquette = (id: string): boolean => {
    const k = model.index[id]?.kind;
    return k === 'situation' || k === 'phrase' || k === 'forbidden' || k === 'conduct' || k === 'rule-set';
  };
  const omitted = unit.omitted.filter(isEtiquette);
  const patches = Object.entries(unit.patches).filter(([id]) => isEtiquette(id));
  return JSON.stringify([unit.etiquette, omitted, patches]);
}

/**
 * The units whose views hold every id (in the model's order); 'all' when every unit does.
 * Per model and id list, since a group's banks ask it again and again. A list of several ids is
 * read from each id's units, so a unit's view is asked about an id once (at 100× the group's
 * 101 banks asked the 100 unit views about every question's cited ids: 1.9 s of the site). One
 * id's units come from a table of every id's holders, made once per model by going through each
 * unit's ids: asking each of the 100 views about each of the ~40,000 ids asked was 2.2 s of the
 * 14 s the banks took at 100×, once per process that makes them (the site's, the PDF cache's check).
 */
const holdersCache = new WeakMap<
  Model,
  { views: ScopeView[]; byKey: Map<string, BankQuestionMeta['units']>; byId?: Map<string, string[]> }
>();
function unitsHaving(model: Model, ids: readonly string[]): BankQuestionMeta['units'] {
  let perModel = holdersCache.get(model);
  if (!perModel) {
    perModel = { views: model.units.map((u) => unitView(model, u.id)), byKey: new Map() };
    holdersCache.set(model, perModel);
  }
  const { views, byKey } = perModel;
  const key = ids.join('\u241f');
  let units = byKey.get(key);
  if (units === undefined) {
    if (ids.length === 1) {
      const having = (perModel.byId ??= holdersById(views)).get(ids[0]!) ?? [];
      units = having.length === model.units.length ? 'all' : having;
    } else {
      // No id, or each held by every unit: 'all'; else the units of the first not held by all that hold the others.
      const each = ids.map((id) => unitsHaving(model, [id])).filter((x): x is string[] => x !== 'all');
      units =
        each.length === 0
          ? 'all'
          : each.slice(1).reduce((acc, x) => {
              const set = new Set(x);
              return acc.filter((u) => set.has(u));
            }, each[0]!);
    }
    byKey.set(key, units);
  }
  return units;
}

/** Each id's holders among `views`, in their order: what `views.filter((v) => v.has(id))` gives, for every id at once. */
function holdersById(views: readonly ScopeView[]): Map<string, string[]> {
  const byId = new Map<string, string[]>();
  for (const view of views) {
    const ids = idsOf(view);
    // Every view comes from view.ts, which registers its table.
    if (ids === undefined) throw new Error(`view ${view.id} was not made by view.ts`);
    for (const id of ids) {
      if (!view.has(id)) continue;
      const list = byId.get(id);
      if (list) list.push(view.id);
      else byId.set(id, [view.id]);
    }
  }
  return byId;
}
