/**
 * The resolved model: what every renderer (site, print, quiz) reads. This file holds the frame —
 * the Model itself, the organisation, roles, units, origins and the id index; the types of each
 * content kind are in types/ (documents, etiquette, commitments, processes, assessments,
 * services, quiz, pages, synonyms).
 *
 * Built once by `loadModel()` from validated content files. Plain data only
 * (no Maps, no classes) so it serialises to JSON unchanged (`guifan build`
 * writes it to dist/model.json).
 */
import type { DocumentStatus, VersionHistory } from './changes/types.ts';
import type { ExamRule } from './schema/organisation.ts';
import type { NormDocument } from './types/documents.ts';
import type { Commitment, CommitmentSet } from './types/commitments.ts';
import type { EtiquetteSet } from './types/etiquette.ts';
import type { Process } from './types/processes.ts';
import type { Assessment } from './types/assessments.ts';
import type { Service } from './types/services.ts';
import type { QuizBank } from './types/quiz.ts';
import type { Page } from './types/pages.ts';
import type { Synonyms } from './types/synonyms.ts';

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

/** Fields of an item that differ in a unit's view: params filled with the unit's values, overrides. */
export type ItemPatch = Record<string, unknown>;

export interface ResolvedUnit {
  id: string;
  name: string;
  shortName: string;
  /**
   * Who signs the unit's outputs (落款: poster, handbook): its own `issuer:`, else its parent
   * unit's, else the organisation's name.
   */
  issuer: string;
  /** Where that name is written (the unit's, a parent's or the organisation's file), for errors about it. */
  issuerSource: SourceRef;
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
  /**
   * The unit's posts, sorted as in roles.yaml: the roles its view names and the posts it or a unit
   * above it declares — less a post named only by what every unit shares that other units' own
   * content claims (claim-posts.ts).
   */
  roles: string[];
  /** The posts the unit and the units above it declare (`posts:`), whether or not its content names them. */
  posts: string[];
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
