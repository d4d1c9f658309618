/**
 * Study mode, build side: the question bank (generated once per build with the
 * default seed), the practice scopes (one per norm document and per role, plus
 * the whole bank), the link of every cited id to its anchor on the site, and
 * the JSON each practice page fetches. Pure: model in, data out.
 * Long (a little over 400 lines): the topics of a scope share the per-model caches (derived)
 * with the bank files; apart, the caches would have to be exported.
 */
import { citedItemLabel } from '../model/cited.ts';
import type { Model } from '../model/types.ts';
import { unitView } from '../model/view.ts';
import { itemPath, practiceKey } from '../model/routes.ts';
import { phraseDisplay } from '../model/wording.ts';
import {
  DEFAULT_SEED,
  generateBank,
  inScope,
  type BankQuestion,
  type QuestionKind,
  type QuizScope,
} from '../quiz/index.ts';
import { studyRevision, type StudyRevision } from '../model/changes/current.ts';

/** A cited item as the page needs it: what to call it and where it is (locale-neutral site path). */
export interface CitedItem {
  id: string;
  label: string;
  /** 'norms/x/#c-y' — no base, no locale; undefined when the item has no page. */
  path?: string;
}

/**
 * A question as shipped to the browser: the bank question without the fields
 * only the build uses (file positions, bank id, `cites` = `sources`). What its
 * `sources` ids are called and link to is in the file's `items`, once per id.
 */
export type StudyQuestion = DistributiveOmit<BankQuestion, 'source' | 'bankId' | 'cites' | 'difficulty'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface StudyScope {
  /**
   * 'all', 'doc-<documentId>', 'role-<roleId>', 'unit-<unitId>', 'revision' or 'revision-unit-<unitId>'
   * (routes' practiceKey): the page slug and the JSON file name.
   */
  key: string;
  /** 'revision': 本次修订, the questions on what the current revision of a unit's (or the organisation's) view changed. */
  kind: 'all' | 'document' | 'role' | 'unit' | 'revision';
  /** Document, role or unit id (a revision scope: its unit's, none for the organisation's). */
  id?: string;
  /** Chinese title of the document, role or unit (content, not UI). */
  title?: string;
  /**
   * What the scope's questions are: a unit scope is the unit's own bank (its resolved wording),
   * not a filter; the others filter the organisation's bank with the quiz core's inScope — a
   * role's practice across the group is what every unit asks of the role (unitId 'all', as its
   * printed paper), a unit × role is the unit's bank with the role (the practice page's ?role=).
   */
  scope: QuizScope;
}

export interface StudyBankFile {
  version: 1;
  seed: string;
  scope: string;
  /** Name of the document, role or unit (Chinese content). */
  title?: string;
  /** Every id the questions cite: its label and its page anchor. */
  items: Record<string, Omit<CitedItem, 'id'>>;
  questions: StudyQuestion[];
  /** Files of the same folder whose questions belong to this bank too, inserted before questions[at] (see study-bank.ts). */
  include?: { file: string; at: number }[];
  /**
   * The scope's current revision: the items it changed (model/changes studyRevision). The study
   * code makes the flashcards of their questions new and the weekly question prefers them.
   */
  revision?: StudyRevision;
}

/** The etiquette questions, alike in every unit's bank and the whole bank: one file the browser caches once. */
export const SHARED_BANK = 'shared-etiquette';
const SHARED_KINDS: ReadonlySet<QuestionKind> = new Set([
  'etiquette-phrase',
  'etiquette-forbidden',
  'etiquette-ruleset',
]);

const bankCache = new WeakMap<Model, Map<string, BankQuestion[]>>();

/**
 * The bank (hand-written + generated) of the organisation, or of one unit as
 * it resolves the standards; generated once per model and unit.
 */
export function studyBank(model: Model, unitId?: string): BankQuestion[] {
  let perUnit = bankCache.get(model);
  if (!perUnit) {
    perUnit = new Map();
    bankCache.set(model, perUnit);
  }
  const key = unitId ?? '';
  let questions = perUnit.get(key);
  if (!questions) {
    questions = generateBank(model, { seed: DEFAULT_SEED, ...(unitId === undefined ? {} : { unitId }) }).questions;
    perUnit.set(key, questions);
  }
  return questions;
}

const scopesCache = new WeakMap<Model, StudyScope[]>();

export function studyScopes(model: Model): StudyScope[] {
  let scopes = scopesCache.get(model);
  if (!scopes) {
    scopes = listScopes(model);
    scopesCache.set(model, scopes);
  }
  return scopes;
}

function listScopes(model: Model): StudyScope[] {
  return [
    { key: practiceKey({}), kind: 'all', scope: {} },
    ...model.documents.map(
      (d): StudyScope => ({
        key: practiceKey({ documentId: d.id }),
        kind: 'document',
        id: d.id,
        title: d.title,
        scope: { documentId: d.id },
      }),
    ),
    ...model.roles.map(
      (r): StudyScope => ({
        key: practiceKey({ roleId: r.id }),
        kind: 'role',
        id: r.id,
        title: r.name,
        scope: { roleId: r.id, unitId: 'all' },
      }),
    ),
    ...model.units.map(
      (u): StudyScope => ({
        key: practiceKey({ unitId: u.id }),
        kind: 'unit',
        id: u.id,
        title: u.shortName,
        scope: { unitId: u.id },
      }),
    ),
    ...revisionScopes(model),
  ];
}

/**
 * 本次修订: for the organisation and each unit whose current revision changed something to learn,
 * the questions (by the quiz core's inScope) citing a changed item of its view; a role's are
 * the page's ?role= filter, as a unit's practice.
 */
function revisionScopes(model: Model): StudyScope[] {
  const out: StudyScope[] = [];
  const org = studyRevision(model, 'organisation');
  if (org)
    out.push({
      key: practiceKey({ revision: true }),
      kind: 'revision',
      title: `${model.organisation.shortName}（本次修订）`,
      scope: { items: org.items },
    });
  for (const u of model.units) {
    const r = studyRevision(model, u.id);
    if (r)
      out.push({
        key: practiceKey({ revision: true, unitId: u.id }),
        kind: 'revision',
        id: u.id,
        title: `${u.shortName}（本次修订）`,
        scope: { unitId: u.id, items: r.items },
      });
  }
  return out;
}

/** The 本次修订 practice of a unit (or the organisation's), when its current revision changed something to learn. */
export function revisionScope(model: Model, unitId?: string): StudyScope | undefined {
  const key = practiceKey({ revision: true, ...(unitId !== undefined ? { unitId } : {}) });
  return studyScopes(model).find((x) => x.key === key);
}

/** The revision a scope's study file carries: the unit's for its files, else the organisation's. */
function fileRevision(model: Model, scope: StudyScope): StudyRevision | undefined {
  return studyRevision(
    model,
    (scope.kind === 'unit' || scope.kind === 'revision') && scope.id !== undefined ? scope.id : 'organisation',
  );
}

/**
 * What pages derive from the model and reuse: a scope's questions and topics
 * are asked for by its page in both languages, by the hub and by its JSON;
 * built once per model and scope key (the JSON files are not kept: each is
 * written once).
 */
interface Derived {
  questions: Map<string, BankQuestion[]>;
  topics: Map<string, ScopeTopics>;
  paths: Map<string, (id: string) => string | undefined>;
  labels: Map<string, string>;
  items: Map<string, Map<string, { item: CitedItem; entry: Omit<CitedItem, 'id'> }>>;
}
const derivedCache = new WeakMap<Model, Derived>();
function derived(model: Model): Derived {
  let d = derivedCache.get(model);
  if (!d) {
    d = { questions: new Map(), topics: new Map(), paths: new Map(), labels: new Map(), items: new Map() };
    derivedCache.set(model, d);
  }
  return d;
}

/** The questions of a scope: a filter over the organisation's bank (same rule as the client's `inScope`), or a unit's own bank. */
export function scopeQuestions(model: Model, scope: StudyScope): BankQuestion[] {
  const cache = derived(model).questions;
  let questions = cache.get(scope.key);
  if (!questions) {
    if (scope.kind === 'unit' && scope.scope.unitId !== undefined) questions = studyBank(model, scope.scope.unitId);
    // 本次修订: the unit's own bank (its wording), or the organisation's, filtered to the changed items.
    else if (scope.kind === 'revision') questions = questionsInScope(studyBank(model, scope.scope.unitId), scope);
    else if (scope.kind === 'document' && scope.scope.documentId !== undefined)
      questions = questionsByDocument(model).get(scope.scope.documentId) ?? [];
    else questions = questionsInScope(studyBank(model), scope);
    cache.set(scope.key, questions);
  }
  return questions;
}

/** The organisation's questions per document they cite, in bank order (questionsInScope of each document scope, in one pass). */
const byDocumentCache = new WeakMap<Model, Map<string, BankQuestion[]>>();
export function questionsByDocument(model: Model): Map<string, BankQuestion[]> {
  let byDocument = byDocumentCache.get(model);
  if (!byDocument) {
    byDocument = new Map();
    for (const q of studyBank(model)) {
      for (const documentId of new Set(q.documents)) {
        let list = byDocument.get(documentId);
        if (!list) byDocument.set(documentId, (list = []));
        list.push(q);
      }
    }
    byDocumentCache.set(model, byDocument);
  }
  return byDocument;
}

/** The questions of a scope, by the quiz core's one rule (inScope), the same the browser and the printed papers apply. */
export function questionsInScope(questions: readonly BankQuestion[], scope: StudyScope): BankQuestion[] {
  return questions.filter((q) => inScope(q, scope.scope));
}

/**
 * Where each id is shown on the site (locale-neutral path with anchor), for a
 * reader in a unit's scope or the organisation's: routes' itemPath, the one
 * address of every item (a unit's own wording on its pages where it has them).
 */
export function citedPaths(model: Model, unitId?: string): (id: string) => string | undefined {
  const cache = derived(model).paths;
  let pathOf = cache.get(unitId ?? '');
  if (!pathOf) {
    pathOf = (id) => itemPath(model, id, unitId);
    cache.set(unitId ?? '', pathOf);
  }
  return pathOf;
}

/**
 * A cited id as a page's topic (item) and as a bank file's entry (label and
 * path), made once per model and scope (routes may send a unit's reader to the
 * unit's own page of any kind of item).
 */
function citedItems(
  model: Model,
  unitId: string | undefined,
): (id: string) => { item: CitedItem; entry: Omit<CitedItem, 'id'> } {
  const cache = derived(model).items;
  let known = cache.get(unitId ?? '');
  if (!known) cache.set(unitId ?? '', (known = new Map()));
  const perScope = known;
  const pathOf = citedPaths(model, unitId);
  return (id) => {
    let cited = perScope.get(id);
    if (!cited) {
      const path = pathOf(id);
      const entry = { label: citedLabel(model, id, unitId), ...(path === undefined ? {} : { path }) };
      cited = { item: { id, ...entry }, entry };
      perScope.set(id, cited);
    }
    return cited;
  };
}

/** Longest link text; a clause without a title is labelled by its whole text, which makes links too long to scan. */
const LABEL_MAX = 28;

/** Label of a cited item for links: "4.1.3 首问负责" (in a unit's scope as the unit words it), a phrase, a step… */
export function citedLabel(model: Model, id: string, unitId?: string): string {
  const cache = derived(model).labels;
  const key = `${unitId ?? ''}|${id}`;
  let label = cache.get(key);
  if (label === undefined) {
    label = makeCitedLabel(model, id, unitId);
    cache.set(key, label);
  }
  return label;
}

function makeCitedLabel(model: Model, id: string, unitId: string | undefined): string {
  const entry = model.index[id];
  if (!entry) return id;
  // unitId 'all' (a role's practice across the group) is no unit's: the group's words.
  const view = model.units.some((u) => u.id === unitId) ? unitView(model, unitId!) : undefined;
  const own = citedItemLabel(model, view, id);
  const label = entry.kind === 'phrase' || entry.kind === 'forbidden' ? `「${phraseDisplay(own)}」` : own;
  return [...label].length > LABEL_MAX ? `${[...label].slice(0, LABEL_MAX - 1).join('')}…` : label;
}

export function toStudyQuestion(q: BankQuestion): StudyQuestion {
  const { source: _source, bankId: _bankId, cites: _cites, difficulty: _difficulty, ...rest } = q;
  return rest as StudyQuestion;
}

/** The JSON of one scope, as the practice page fetches it. */
export function studyBankFile(model: Model, scope: StudyScope): StudyBankFile {
  const questions = scopeQuestions(model, scope);
  const split = scope.kind === 'unit' || scope.kind === 'all' ? splitShared(model, questions) : undefined;
  const own = split ? split.own : questions;
  const revision = fileRevision(model, scope);
  const file = {
    ...bankFile(model, scope.key, scope.title, own, scope.scope.unitId),
    ...(revision ? { revision } : {}),
  };
  return split ? { ...file, include: [{ file: `${SHARED_BANK}.json`, at: split.at }] } : file;
}

/**
 * The files a scope's bank file includes (studyBankFile's include), without making the file: its
 * page preloads them, in both languages (at 100× the 101 unit pages made their whole bank file
 * twice over for this: 0.2 s).
 */
export function studyBankIncludes(model: Model, scope: StudyScope): string[] {
  if (scope.kind !== 'unit' && scope.kind !== 'all') return [];
  return splitShared(model, scopeQuestions(model, scope)) ? [`${SHARED_BANK}.json`] : [];
}

/** The file of the shared etiquette questions (what splitShared leaves out of the unit and whole-bank files). */
export function sharedBankFile(model: Model): StudyBankFile {
  return bankFile(model, SHARED_BANK, undefined, sharedBlock(model) ?? [], undefined);
}

export function bankFile(
  model: Model,
  key: string,
  title: string | undefined,
  questions: readonly BankQuestion[],
  unitId: string | undefined,
): StudyBankFile {
  const items: StudyBankFile['items'] = {};
  const cited = citedItems(model, unitId);
  for (const q of questions) {
    for (const id of q.sources) if (!items[id]) items[id] = cited(id).entry;
  }
  return {
    version: 1,
    seed: DEFAULT_SEED,
    scope: key,
    ...(title === undefined ? {} : { title }),
    items,
    questions: questions.map(toStudyQuestion),
  };
}

/** The organisation bank's run of etiquette questions; undefined when they are not one run. */
const sharedBlockCache = new WeakMap<Model, BankQuestion[] | undefined>();
function sharedBlock(model: Model): BankQuestion[] | undefined {
  if (sharedBlockCache.has(model)) return sharedBlockCache.get(model);
  const run = sharedRun(studyBank(model));
  const block =
    run && studyBank(model).filter((q) => SHARED_KINDS.has(q.kind)).length === run.end - run.start
      ? studyBank(model).slice(run.start, run.end)
      : undefined;
  sharedBlockCache.set(model, block);
  return block;
}

function sharedRun(questions: readonly BankQuestion[]): { start: number; end: number } | undefined {
  const start = questions.findIndex((q) => SHARED_KINDS.has(q.kind));
  if (start < 0) return undefined;
  let end = start;
  while (end < questions.length && SHARED_KINDS.has(questions[end]!.kind)) end++;
  return { start, end };
}

/**
 * A bank without its etiquette run when that run is exactly the shared one
 * (a unit's bank replays the organisation's etiquette questions; one of them
 * may still drop out as a duplicate of the unit's own, and then the bank keeps
 * its questions whole).
 */
function splitShared(
  model: Model,
  questions: readonly BankQuestion[],
): { own: BankQuestion[]; at: number } | undefined {
  const block = sharedBlock(model);
  const run = sharedRun(questions);
  if (!block || !run || run.end - run.start !== block.length) return undefined;
  for (let i = 0; i < block.length; i++) {
    const a = questions[run.start + i]!;
    const b = block[i]!;
    if (a !== b && JSON.stringify(a) !== JSON.stringify(b)) return undefined;
  }
  return { own: [...questions.slice(0, run.start), ...questions.slice(run.end)], at: run.start };
}

/** A page of the site that a scope's questions test, with how many of its items they cite. */
export interface TopicPage {
  /** Locale-neutral site path of the page ('norms/x/', 'etiquette/'). */
  path: string;
  count: number;
  /** What the page is: a site section named by the UI, or content with a (Chinese) title. */
  section: 'etiquette' | 'commitments' | 'assessment' | 'content';
  /** Chinese title of a content page (document, process, unit, role), or the unit of a unit's commitments board. */
  title?: string;
}

/** Above this many items, a practice page lists the pages its questions cite rather than every item: a group's unit covers thousands. */
export const TOPIC_ITEMS_MAX = 250;

/** The pages cited items live on, in order of first citation. */
export function topicPages(model: Model, items: readonly CitedItem[]): TopicPage[] {
  const pages = new Map<string, TopicPage>();
  for (const item of items) {
    if (item.path === undefined) continue;
    const path = item.path.replace(/#.*$/, '');
    const page = pages.get(path);
    if (page) page.count += 1;
    else pages.set(path, { path, count: 1, ...describePage(model, path) });
  }
  return [...pages.values()];
}

function describePage(model: Model, path: string): Pick<TopicPage, 'section' | 'title'> {
  const parts = path.split('/').filter(Boolean);
  const [first, id] = parts;
  const unitName = (unitId: string | undefined): string | undefined =>
    model.units.find((u) => u.id === unitId)?.shortName ?? unitId;
  const named = (title: string | undefined): Pick<TopicPage, 'section' | 'title'> => ({
    section: 'content',
    ...(title === undefined ? {} : { title }),
  });
  if (first === 'etiquette') return { section: 'etiquette' };
  if (first === 'assessment') return { section: 'assessment' };
  if (first === 'commitments') return { section: 'commitments' };
  if (first === 'norms') return named(model.documents.find((d) => d.id === id)?.title ?? id);
  if (first === 'processes') return named(model.processes.find((p) => p.id === id)?.title ?? id);
  if (first === 'roles') return named(model.roles.find((r) => r.id === id)?.name ?? id);
  if (first === 'units' && parts[2] === 'commitments')
    return { section: 'commitments', ...(unitName(id) === undefined ? {} : { title: unitName(id) }) };
  if (first === 'units' && parts[2] === 'etiquette')
    return { section: 'etiquette', ...(unitName(id) === undefined ? {} : { title: unitName(id) }) };
  if (first === 'units' && parts[2] === 'assessment')
    return { section: 'assessment', ...(unitName(id) === undefined ? {} : { title: unitName(id) }) };
  if (first === 'units' && parts[2] === 'processes')
    return named(`${unitName(id)} · ${model.processes.find((p) => p.id === parts[3])?.title ?? parts[3]}`);
  if (first === 'units' && parts[2] === 'roles')
    return named(`${unitName(id)} · ${model.roles.find((r) => r.id === parts[3])?.name ?? parts[3]}`);
  if (first === 'units' && parts[2] === 'norms') {
    const unit = model.units.find((u) => u.id === id);
    const doc = unit?.documents.find((d) => d.id === parts[3]) ?? model.documents.find((d) => d.id === parts[3]);
    return named(`${unitName(id)} · ${doc?.title ?? parts[3]}`);
  }
  if (first === 'units') return named(unitName(id));
  return named(path);
}

/** Topics of a scope for the page without JavaScript: questions per kind, and the items they test. */
export interface ScopeTopics {
  kinds: [QuestionKind, number][];
  items: CitedItem[];
  /** The pages the items are on (listed instead of the items when there are more than TOPIC_ITEMS_MAX). */
  pages: TopicPage[];
}

export function scopeTopics(model: Model, scope: StudyScope): ScopeTopics {
  const cache = derived(model).topics;
  let topics = cache.get(scope.key);
  if (!topics) {
    topics = makeScopeTopics(model, scope);
    cache.set(scope.key, topics);
  }
  return topics;
}

function makeScopeTopics(model: Model, scope: StudyScope): ScopeTopics {
  const questions = scopeQuestions(model, scope);
  const kinds = new Map<QuestionKind, number>();
  const items = new Map<string, CitedItem>();
  const cited = citedItems(model, scope.scope.unitId);
  for (const q of questions) {
    kinds.set(q.kind, (kinds.get(q.kind) ?? 0) + 1);
    for (const id of q.sources) if (!items.has(id)) items.set(id, cited(id).item);
  }
  const list = [...items.values()];
  return { kinds: [...kinds.entries()], items: list, pages: topicPages(model, list) };
}
