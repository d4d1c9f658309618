/**
 * The resolved model: what every renderer (site, print, quiz) reads.
 *
 * Built once by `loadModel()` from validated content files. Plain data only
 * (no Maps, no classes) so it serialises to JSON unchanged (`guifan build`
 * writes it to dist/model.json).
 */
import type { DocumentStatus, RevisionRecord, VersionHistory } from './changes/types.ts';
import type { BEARERS } from './schema/assessments.ts';
import type { ExamRule } from './schema/organisation.ts';
import type { MATERIAL_FORMS, MATERIAL_NEEDS } from './schema/services.ts';
import type { Strength } from './schema/common.ts';

/** Where something was written: path relative to the content directory, 1-based line and column. */
export interface SourceRef {
  file: string;
  line: number;
  column: number;
}

export interface Role {
  id: string;
  name: string;
  description?: string;
  /** For a group of posts: the roles it stands for (see rolesCovering in view.ts). */
  includes?: string[];
  source: SourceRef;
}

export interface Hotlines {
  service?: string;
  supervision?: string;
  fault?: string;
  other: { label: string; number: string }[];
}

export type ParamValue = string | number;

export interface Organisation {
  id: string;
  name: string;
  shortName: string;
  industry?: string;
  address?: string;
  openingHours?: string;
  hotlines: Hotlines;
  baseUrl: string;
  language: string;
  params: Record<string, ParamValue>;
  description?: string;
  /** The written test's rule (printed papers and the mock exam). */
  exam: ExamRule;
  source: SourceRef;
}

/** How an item came to be in a unit's view (cf. an OSCAL profile resolved against its catalog). */
export interface ItemOrigin {
  /** inherited unchanged, reworded by this unit (or a unit above it), or written for this unit. */
  kind: 'inherited' | 'overridden' | 'own';
  /** 'organisation' or the id of the unit that first wrote the item (or that it was written for). */
  definedBy: string;
  /** The unit whose override gives the current wording, if any. */
  overriddenBy?: string;
  /** The override's stated reason. */
  reason?: string;
}
export type ClauseOrigin = ItemOrigin;

/**
 * Which units an item (or a whole file) is written for, as written; absent fields mean every
 * unit. `appliesToUnit` in applies.ts is the one rule that reads it.
 */
export interface Restriction {
  /** Unit ids; their sub-units are included. */
  units?: string[];
  /** Industries of the units it applies to. */
  industries?: string[];
}

export interface Clause {
  id: string;
  /** Displayed number, e.g. "4.1.13". */
  number: string;
  title?: string;
  /** Wording with {{params}} filled in for the scope it was resolved in (organisation or unit). */
  text?: string;
  /** Wording as written, present only when it uses {{params}}. */
  template?: string;
  /** Normative strength; undefined for headings and informative text. */
  strength?: Strength;
  /** True when the strength was inferred from the wording rather than written. */
  strengthInferred: boolean;
  tags: string[];
  /** Role ids written on the clause; empty means none were written. */
  roles: string[];
  /**
   * Roles the clause applies to: its own roles, else its parent clause's, else its
   * document's; empty means every role. Read through rolesOfItem / roleView (view.ts).
   */
  appliesTo: string[];
  note?: string;
  /** 1 for top-level clauses. */
  depth: number;
  documentId: string;
  parentId?: string;
  children: Clause[];
  source: SourceRef;
  /** Set in unit-resolved documents only. */
  origin?: ClauseOrigin;
  /** The units the clause is written for (absent: every unit that takes the document). */
  restrict?: Restriction;
  /** Title and note as written, present only when they use {{params}} (text's is `template`). */
  templates?: { title?: string; note?: string };
}

export interface NormDocument {
  id: string;
  title: string;
  code?: string;
  issuer: string;
  version: string;
  effective: string;
  scope: string;
  references: { title: string; code?: string; url?: string }[];
  /** Roles the whole document applies to; empty means every role. */
  roles: string[];
  /** The units the document is written for (absent: every unit). */
  restrict?: Restriction;
  clauses: Clause[];
  source: SourceRef;
  /** draft / approved / withdrawn; absent (models built by hand) means approved. See status.ts. */
  status?: DocumentStatus;
  /** Revision records as written (`revisions:`), oldest first. */
  revisions?: RevisionRecord[];
  /** Where `version:` is written, for the warning that content changed but the version did not. */
  versionSource?: SourceRef;
}

export interface Phrase {
  id: string;
  kind: 'standard' | 'forbidden';
  text: string;
  /** Names of the {slots} in the text, in order, e.g. ["金额"]. */
  slots: string[];
  /** For a forbidden phrase: the standard phrase to say instead. */
  instead?: string;
  note?: string;
  situationId: string;
  setId: string;
  /** Chosen for the pocket card. */
  card?: boolean;
  restrict?: Restriction;
  origin?: ItemOrigin;
  source: SourceRef;
}

export interface ConductRule {
  id: string;
  topic: 'posture' | 'dress' | 'badge' | 'expression' | 'behaviour' | 'environment' | 'other';
  text: string;
  strength?: Strength;
  situationId?: string;
  setId: string;
  card?: boolean;
  restrict?: Restriction;
  origin?: ItemOrigin;
  source: SourceRef;
}

export interface RuleSet {
  id: string;
  title: string;
  items: string[];
  card?: boolean;
  restrict?: Restriction;
  origin?: ItemOrigin;
  source: SourceRef;
}

export interface Situation {
  id: string;
  title: string;
  description?: string;
  roles: string[];
  phrases: Phrase[];
  forbidden: Phrase[];
  conduct: ConductRule[];
  setId: string;
  restrict?: Restriction;
  origin?: ItemOrigin;
  source: SourceRef;
}

export interface EtiquetteSet {
  id: string;
  title: string;
  description?: string;
  situations: Situation[];
  ruleSets: RuleSet[];
  conduct: ConductRule[];
  restrict?: Restriction;
  source: SourceRef;
}

export type Comparator = 'le' | 'lt' | 'ge' | 'gt' | 'eq';

export interface Target {
  value: number;
  unit: string;
  comparator: Comparator;
  /** The param the value was read from, when written as {{param}}. */
  param?: string;
  /** Compact, for tables: "≤ 24小时", "≥ 97%", "≥ 0.28 MPa". */
  display: string;
  /** As the public reads it on a board or poster: "24小时内", "不低于97%", "不少于2次/月". */
  wording: string;
}

export interface Commitment {
  id: string;
  title?: string;
  /** Text with {{params}} filled in for the scope it was resolved in. */
  text: string;
  /** Text as written, with {{params}}. */
  template: string;
  target?: Target;
  public: boolean;
  /** Chosen for the pocket card. */
  card?: boolean;
  /** The commitments file it came from, or undefined for a unit's own commitment. */
  setId?: string;
  /** 'organisation' or the unit id that wrote it. */
  definedBy: string;
  /** Title as written, present only when it uses {{params}}. */
  titleTemplate?: string;
  /** The target as written, present only when its value is a {{param}}. */
  targetTemplate?: { value: string; unit: string; comparator: Comparator };
  restrict?: Restriction;
  origin?: ItemOrigin;
  source: SourceRef;
}

export interface CommitmentSet {
  id: string;
  title: string;
  units: 'all' | string[];
  industries?: string[];
  effective?: string;
  /** Resolved against the organisation's params. */
  commitments: Commitment[];
  source: SourceRef;
}

export type ProcessNodeType = 'start' | 'step' | 'decision' | 'end';

export interface ProcessNode {
  id: string;
  type: ProcessNodeType;
  label: string;
  role: string;
  timeLimit?: string;
  clauses: string[];
  /** Outgoing edges; a step's single edge has no label. */
  next: { to: string; label?: string }[];
  processId: string;
  source: SourceRef;
}

export interface Process {
  id: string;
  title: string;
  description?: string;
  units: 'all' | string[];
  industries?: string[];
  nodes: ProcessNode[];
  startId: string;
  /** Role ids in order of first appearance along the nodes: the swim lanes. */
  lanes: string[];
  source: SourceRef;
}

/** Who bears a penalty or consequence: staff 当事人, team 班组, head 单位负责人, unit 本单位. */
export type Bearer = (typeof BEARERS)[number];

export interface EscalationStep {
  /** From this occurrence on; the last step holds for every later one. */
  occurrence: number;
  action: string;
  fine?: number;
  bearer?: Bearer[];
}

export interface Violation {
  id: string;
  text: string;
  clauses: string[];
  penalty: { fine?: number; fineMax?: number; points?: number; text?: string; bearer?: Bearer[] };
  /** Sorted by occurrence. */
  escalation: EscalationStep[];
  restrict?: Restriction;
  origin?: ItemOrigin;
  source: SourceRef;
}

export interface Inspection {
  id: string;
  kind: 'scheduled' | 'unannounced' | 'survey' | 'self';
  title: string;
  frequency?: string;
  restrict?: Restriction;
  origin?: ItemOrigin;
  source: SourceRef;
}

export interface Threshold {
  id: string;
  below: number;
  consequence: string;
  /** Phase ids it holds in; absent: always. */
  phases?: string[];
  bearer?: Bearer[];
  restrict?: Restriction;
  origin?: ItemOrigin;
  source: SourceRef;
}

export interface Award {
  id: string;
  title: string;
  criteria: string;
  /** Prize money in yuan. */
  amount?: number;
  restrict?: Restriction;
  origin?: ItemOrigin;
  source: SourceRef;
}

/** A period of the programme, from and to inclusive (YYYY-MM-DD). */
export interface Phase {
  id: string;
  title: string;
  from: string;
  to?: string;
  source: SourceRef;
}

/** One line of the inspection score sheet; src/model/scoring.ts computes with it. */
export interface ScoreItem {
  id: string;
  section?: string;
  text: string;
  clauses: string[];
  evidence?: string;
  points: number;
  deduct: number;
  /** Most deducted; equals points unless written lower. */
  cap: number;
  repeat?: { factor: number; text?: string };
  violation?: string;
  /** Inspection ids; absent: every inspection but surveys. */
  inspections?: string[];
  restrict?: Restriction;
  origin?: ItemOrigin;
  source: SourceRef;
}

export interface Assessment {
  id: string;
  title: string;
  description?: string;
  inspections: Inspection[];
  phases: Phase[];
  thresholds: Threshold[];
  violations: Violation[];
  scoreItems: ScoreItem[];
  awards: Award[];
  restrict?: Restriction;
  source: SourceRef;
}

export type MaterialForm = (typeof MATERIAL_FORMS)[number];
export type MaterialNeed = (typeof MATERIAL_NEEDS)[number];

/** A material a customer brings for a service (申请材料). */
export interface ServiceMaterial {
  id: string;
  name: string;
  form: MaterialForm;
  copies: number;
  issuer?: string;
  note?: string;
  need: MaterialNeed;
  /** When a conditional material is needed. */
  condition?: string;
  serviceId: string;
  restrict?: Restriction;
  origin?: ItemOrigin;
  source: SourceRef;
}

/** A fee with its amount read (a {{param}} filled) and its wording (model/guide.ts). */
export interface ServiceFee {
  name: string;
  /** Yuan; 0 waived; absent when `text` says how it is set, or where each unit sets it and the scope does not (the group's view). */
  amount?: number;
  amountMax?: number;
  /** How the amount is set when it is not one number. */
  text?: string;
  per?: string;
  basis?: string;
}

/**
 * A time limit as written (当场, 3个工作日, 24小时) and as read: on the spot, or a number of
 * units; `workingDays` when the unit is 工作日. Parsed by the model (build/services.ts).
 */
export interface TimeLimit {
  text: string;
  kind: 'on-the-spot' | 'period';
  value?: number;
  /** As written after the number: 个工作日, 日, 天, 小时, 分钟. */
  unit?: string;
  workingDays: boolean;
}

/** A service item (办事指南), with params filled for the scope it was resolved in. */
export interface Service {
  id: string;
  name: string;
  category?: string;
  summary?: string;
  conditions: string[];
  materials: ServiceMaterial[];
  /** Written steps; absent when the process gives them. */
  steps?: string[];
  process?: string;
  timeLimit: TimeLimit;
  timeLimitNote?: string;
  /** Empty: no fee. */
  fees: ServiceFee[];
  place?: string;
  hours?: string;
  /** As written, filled; absent: the scope's hotlines. */
  phones?: { label: string; number: string }[];
  visits: number;
  online: string[];
  basis: { title: string; code?: string; url?: string }[];
  /** The units it is written for (absent: every unit). */
  restrict?: Restriction;
  origin?: ItemOrigin;
  source: SourceRef;
}

interface QuestionBase {
  id: string;
  stem: string;
  cites: string[];
  explanation?: string;
  difficulty?: 'easy' | 'medium' | 'hard';
  bankId: string;
  restrict?: Restriction;
  origin?: ItemOrigin;
  source: SourceRef;
}
export type Question =
  | (QuestionBase & { type: 'single'; options: string[]; answer: number })
  | (QuestionBase & { type: 'multiple'; options: string[]; answer: number[] })
  | (QuestionBase & { type: 'truefalse'; answer: boolean })
  /** answer: one list of accepted answers per blank (the first is the canonical one). */
  | (QuestionBase & { type: 'blank'; answer: string[][] });

export interface QuizBank {
  id: string;
  title: string;
  questions: Question[];
  restrict?: Restriction;
  source: SourceRef;
}

export interface Page {
  slug: string;
  title: string;
  description?: string;
  order: number;
  units: 'all' | string[];
  industries?: string[];
  /** Absolute path of the .mdx/.md file. */
  file: string;
  /** Words staff use for the page (front matter `keywords`): found by search, shown nowhere else. */
  keywords: string[];
  source: SourceRef;
}

/** Groups of words staff use interchangeably (content/synonyms.yaml), applied by search. */
export interface Synonyms {
  /** Whether guifan's default list for service units applies too. */
  defaults: boolean;
  groups: { words: string[]; source: SourceRef }[];
}

/** Fields of an item that differ in a unit's view: params filled with the unit's values, overrides. */
export type ItemPatch = Record<string, unknown>;

export interface ResolvedUnit {
  id: string;
  name: string;
  shortName: string;
  industry: string;
  parentId?: string;
  /** Ancestors from the organisation down to this unit: ['organisation', ..., id]. */
  lineage: string[];
  address?: string;
  openingHours?: string;
  hotlines: Hotlines;
  params: Record<string, ParamValue>;
  /** The date the unit's standards and commitments take effect (see resolve/effective.ts). */
  effective: string;
  /** The documents as they apply to this unit; every clause has an origin. */
  documents: NormDocument[];
  excluded: { clauseId: string; documentId: string; by: string }[];
  /** Every commitment that applies, public and internal, in board order; params filled in for this unit. */
  commitments: Commitment[];
  /** Ids of the processes that apply to this unit. */
  processes: string[];
  /** Ids of the service items that apply to this unit. */
  services: string[];
  /** Ids of the etiquette sets, assessment rule sets, quiz banks and pages that apply. */
  etiquette: string[];
  assessments: string[];
  quizzes: string[];
  pages: string[];
  /**
   * Items inside those that are not in this unit's view: excluded by it or a unit above it, or
   * written for other units or industries. `unitView()` (view.ts) leaves them out.
   */
  omitted: string[];
  /** Per item id, the fields that differ from the organisation's item; `unitView()` applies them. */
  patches: Record<string, ItemPatch>;
  /** Per item id, where it came from, for items that are not the organisation's unchanged. */
  origins: Record<string, ItemOrigin>;
  /** Roles named anywhere in the unit's view (its posts); sorted as in roles.yaml. */
  roles: string[];
  /**
   * Parts of the view that differ from the organisation's pages of the same name, so the unit
   * needs a page of its own (routes.ts): its etiquette, its assessment, these processes.
   */
  differs: { etiquette: boolean; assessment: boolean; processes: string[] };
  source: SourceRef;
}

/** What an id refers to, for references and deep links. */
export type ItemKind =
  | 'document'
  | 'clause'
  | 'etiquette'
  | 'situation'
  | 'phrase'
  | 'forbidden'
  | 'conduct'
  | 'rule-set'
  | 'commitment-set'
  | 'commitment'
  | 'process'
  | 'node'
  | 'assessment'
  | 'inspection'
  | 'threshold'
  | 'violation'
  | 'award'
  | 'phase'
  | 'score-item'
  | 'service'
  | 'material'
  | 'quiz'
  | 'question'
  | 'role'
  | 'unit'
  | 'organisation';

export interface IndexEntry {
  kind: ItemKind;
  id: string;
  /** Id of the containing document, set, process, bank or unit. */
  container?: string;
  /** Short label for links: a clause number and title, a phrase's text, … */
  label: string;
  source: SourceRef;
}

export interface Model {
  /** Absolute path of the content directory. */
  contentDir: string;
  organisation: Organisation;
  roles: Role[];
  documents: NormDocument[];
  etiquette: EtiquetteSet[];
  commitmentSets: CommitmentSet[];
  processes: Process[];
  assessments: Assessment[];
  services: Service[];
  quizzes: QuizBank[];
  units: ResolvedUnit[];
  pages: Page[];
  /** Every id in the content, globally unique. */
  index: Record<string, IndexEntry>;
  /**
   * `keywords` written on items, by item id (a unit's override adds to the item it rewords).
   * Absent in models built by hand (test fixtures): no keywords.
   */
  keywords?: Record<string, string[]>;
  /** Absent in models built by hand: no file, defaults on. */
  synonyms?: Synonyms;
  /**
   * Documents left out of this model by their status (status.ts): drafts, unless built with
   * --drafts, and withdrawn documents. Absent when none.
   */
  withheld?: { id: string; title: string; version: string; status: DocumentStatus }[];
  /** True when drafts were asked for (`--drafts`): their documents are in, marked draft. */
  drafts?: boolean;
  /** The revisions published so far, newest first (changes/revision.ts); set by `guifan build`. */
  versions?: VersionHistory;
}
