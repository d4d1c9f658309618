/**
 * What a bank is generated from: the model's items seen from the whole
 * organisation or from one unit, and the scope data (documents, roles, units)
 * a question inherits from the items it cites.
 */
import type {
  Clause,
  Commitment,
  ConductRule,
  EtiquetteSet,
  Model,
  NormDocument,
  Phrase,
  Process,
  ProcessNode,
  Situation,
} from '../model/types.ts';
import type { BankQuestionMeta } from './types.ts';

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
  /** Provisions (clauses with text), in document order. */
  clauses: ClauseEntry[];
  situations: { situation: Situation; set: EtiquetteSet }[];
  phrases: PhraseEntry[];
  forbidden: PhraseEntry[];
  conduct: ConductRule[];
  commitments: Commitment[];
  processes: Process[];
  roleName(id: string): string;
  /** Scope data for a question citing these ids. */
  metaFor(sources: readonly string[]): Pick<BankQuestionMeta, 'documents' | 'roles' | 'units'>;
  /** The `units` of metaFor alone, which does not depend on the view. */
  unitsOf(sources: readonly string[]): BankQuestionMeta['units'];
}

export function flattenClauses(clauses: readonly Clause[]): Clause[] {
  const out: Clause[] = [];
  const walk = (list: readonly Clause[]): void => {
    for (const clause of list) {
      out.push(clause);
      walk(clause.children);
    }
  };
  walk(clauses);
  return out;
}

/**
 * The items of the organisation (plus what units add on their own, so nothing
 * escapes the coverage report), or of one unit as it resolves them.
 */
export function viewOf(model: Model, unitId?: string): ModelView {
  const unit = unitId === undefined ? undefined : model.units.find((u) => u.id === unitId);
  if (unitId !== undefined && unit === undefined) throw new Error(`unknown unit: ${unitId}`);

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
  let processes: Process[];
  if (unit) {
    addDocuments(unit.documents);
    addCommitments(unit.commitments);
    processes = model.processes.filter((p) => unit.processes.includes(p.id));
  } else {
    addDocuments(model.documents);
    for (const u of model.units) addDocuments(u.documents);
    for (const set of model.commitmentSets) addCommitments(set.commitments);
    for (const u of model.units) addCommitments(u.commitments);
    processes = model.processes;
  }

  const { situations, phrases, forbidden, conduct, modelClauseById, situationOf, processOfNode, nodeById, processById, unitsHaving, unitCount } = modelLookups(model);
  // The view's own clauses (a unit's resolved wording) before the organisation's.
  const viewClauseById = new Map<string, ClauseEntry>();
  for (const entry of clauses) viewClauseById.set(entry.clause.id, entry);
  const clauseById = (id: string): ClauseEntry | undefined => viewClauseById.get(id) ?? modelClauseById.get(id);
  const unitScoped = (id: string): boolean => {
    const kind = model.index[id]?.kind;
    return kind === 'clause' || kind === 'document' || kind === 'commitment' || kind === 'process' || kind === 'node';
  };

  const roleNames = new Map(model.roles.map((r) => [r.id, r.name]));
  /** The units that have every unit-scoped item cited (in the model's order); the same in every view. */
  const unitsOf = (sources: readonly string[]): BankQuestionMeta['units'] => {
    let having: number[] | undefined;
    for (const id of sources) {
      if (!unitScoped(id)) continue;
      const holders = unitsHaving.get(id);
      having = having === undefined ? (holders ?? []) : having.filter((i) => holders?.has(i));
    }
    return having === undefined ? 'all' : having.length === unitCount ? 'all' : having.map((i) => model.units[i]!.id);
  };

  return {
    model,
    ...(unitId === undefined ? {} : { unitId }),
    clauses,
    situations,
    phrases,
    forbidden,
    conduct,
    commitments,
    processes,
    roleName: (id) => roleNames.get(id) ?? id,
    unitsOf,
    metaFor(sources) {
      const documents = new Set<string>();
      const roles = new Set<string>();
      let allRoles = false;
      for (const id of sources) {
        const clause = clauseById(id);
        if (clause) {
          documents.add(clause.document.id);
          if (clause.clause.appliesTo.length === 0) allRoles = true;
          else clause.clause.appliesTo.forEach((r) => roles.add(r));
          continue;
        }
        const situation = situationOf.get(id);
        if (situation) {
          if (situation.roles.length === 0) allRoles = true;
          else situation.roles.forEach((r) => roles.add(r));
          continue;
        }
        const process = processOfNode.get(id) ?? processById.get(id);
        if (process) {
          const node = nodeById.get(id);
          if (node) roles.add(node.role);
          process.lanes.forEach((r) => roles.add(r));
          continue;
        }
        if (model.index[id]?.kind === 'role') roles.add(id);
        else allRoles = true; // commitments, assessment rules, …: everyone's business
      }
      return {
        documents: [...documents],
        roles: allRoles ? 'all' : [...roles],
        units: unitsOf(sources),
      };
    },
  };
}

interface ModelLookups {
  situations: ModelView['situations'];
  phrases: PhraseEntry[];
  forbidden: PhraseEntry[];
  conduct: ConductRule[];
  /** Clauses of the organisation's documents. */
  modelClauseById: Map<string, ClauseEntry>;
  situationOf: Map<string, Situation>;
  processOfNode: Map<string, Process>;
  nodeById: Map<string, ProcessNode>;
  processById: Map<string, Process>;
  /** Which units (indices into model.units, ascending) have a clause / document / commitment / process / node id. */
  unitsHaving: Map<string, UnitIndices>;
  unitCount: number;
}

/** Ascending unit indices, with a set for lookups. */
type UnitIndices = number[] & { has(i: number): boolean };

/**
 * What every view of a model shares, built once per model: a group's hundred
 * unit banks would otherwise each index every unit's documents again.
 */
const lookupsCache = new WeakMap<Model, ModelLookups>();

function modelLookups(model: Model): ModelLookups {
  const cached = lookupsCache.get(model);
  if (cached) return cached;
  const situations: ModelView['situations'] = [];
  const phrases: PhraseEntry[] = [];
  const forbidden: PhraseEntry[] = [];
  const conduct: ConductRule[] = [];
  for (const set of model.etiquette) {
    conduct.push(...set.conduct);
    for (const situation of set.situations) {
      situations.push({ situation, set });
      for (const phrase of situation.phrases) phrases.push({ phrase, situation, set });
      for (const phrase of situation.forbidden) forbidden.push({ phrase, situation, set });
      conduct.push(...situation.conduct);
    }
  }

  const modelClauseById = new Map<string, ClauseEntry>();
  for (const document of model.documents) for (const clause of flattenClauses(document.clauses)) modelClauseById.set(clause.id, { clause, document });
  const situationOf = new Map<string, Situation>();
  for (const { phrase, situation } of [...phrases, ...forbidden]) situationOf.set(phrase.id, situation);
  for (const { situation } of situations) {
    situationOf.set(situation.id, situation);
    for (const rule of situation.conduct) situationOf.set(rule.id, situation);
  }
  const processOfNode = new Map<string, Process>();
  const nodeById = new Map<string, ProcessNode>();
  for (const process of model.processes) {
    for (const node of process.nodes) {
      processOfNode.set(node.id, process);
      nodeById.set(node.id, node);
    }
  }
  const processById = new Map(model.processes.map((p) => [p.id, p]));

  const holders = new Map<string, Set<number>>();
  model.units.forEach((u, i) => {
    const add = (id: string): void => {
      let set = holders.get(id);
      if (!set) {
        set = new Set();
        holders.set(id, set);
      }
      set.add(i);
    };
    for (const document of u.documents) {
      add(document.id);
      for (const clause of flattenClauses(document.clauses)) add(clause.id);
    }
    for (const commitment of u.commitments) add(commitment.id);
    for (const processId of u.processes) {
      add(processId);
      for (const node of processById.get(processId)?.nodes ?? []) add(node.id);
    }
  });
  const unitsHaving = new Map<string, UnitIndices>();
  for (const [id, set] of holders) unitsHaving.set(id, Object.assign([...set].sort((a, b) => a - b), { has: (i: number) => set.has(i) }));

  const lookups: ModelLookups = { situations, phrases, forbidden, conduct, modelClauseById, situationOf, processOfNode, nodeById, processById, unitsHaving, unitCount: model.units.length };
  lookupsCache.set(model, lookups);
  return lookups;
}
