/**
 * The change model: what changed between two versions of the content, per norm document and
 * per scope (the organisation's view and each unit's view), item by item. Plain data (it is
 * written into model.json as the revision history, read back by the next build, and read by
 * the site, print and study); built by revision.ts, read by every renderer.
 *
 * Ids are stable and numbers are not: an item is followed by its id, so a clause that moved to
 * another section and got another number is one change (aspects moved + renumbered), never a
 * removal and an addition.
 */
import type { Strength } from '../schema/common.ts';
import type { Comparator } from '../types/commitments.ts';

/** What kind of item changed (the model's item kinds that are shown to readers, and hotlines). */
export type ChangeKind =
  | 'document'
  | 'clause'
  | 'situation'
  | 'phrase'
  | 'forbidden'
  | 'conduct'
  | 'rule-set'
  | 'commitment'
  | 'process'
  | 'node'
  | 'violation'
  | 'threshold'
  | 'inspection'
  | 'award'
  | 'hotline';

/**
 * Which part of an item changed. `moved` and `renumbered` are placement only: the wording a
 * reader learns is the same (see isPlacementOnly).
 */
export const ASPECTS = [
  'wording',
  'title',
  'strength',
  'target',
  'public',
  'roles',
  'note',
  'instead',
  'items',
  'role',
  'time-limit',
  'flow',
  'penalty',
  'escalation',
  'score',
  'consequence',
  'frequency',
  'criteria',
  'number',
  'status',
  'moved',
  'renumbered',
] as const;
export type Aspect = (typeof ASPECTS)[number];

/** Aspects that change where an item stands, not what it says. */
export const PLACEMENT_ASPECTS: readonly Aspect[] = ['moved', 'renumbered'];

/** Where an item is shown: a norm document, an etiquette set, the commitments, a process, an assessment, the contacts. */
export interface Section {
  kind: 'document' | 'etiquette' | 'commitments' | 'process' | 'assessment' | 'contacts';
  id: string;
  title: string;
}

export interface TargetSnapshot {
  value: number;
  unit: string;
  comparator: Comparator;
  /** As the public reads it: 3个工作日内. */
  wording: string;
}

/** One item as it stood in one version: what is compared and what tables print. */
export interface ItemSnapshot {
  id: string;
  kind: ChangeKind;
  section: Section;
  /** The item it sits in: a clause's parent clause, a phrase's situation, a step's process. */
  parent?: string;
  /** Displayed number (a clause's 4.2.3; a commitment's place on the board). */
  number?: string;
  /** Short label for lists: a clause's title or the start of its text, a phrase, a step. */
  label: string;
  /** The wording a reader sees (a heading's title, a clause's text, a phrase with its slots named). */
  wording: string;
  strength?: Strength;
  target?: TargetSnapshot;
  /** Every compared field as display text, by aspect (wording included). */
  fields: Partial<Record<Aspect, string>>;
}

/** A piece of a wording diff: unchanged, added in the new wording, or removed from the old. */
export interface DiffPart {
  op: 'same' | 'added' | 'removed';
  text: string;
}

export type ChangeStatus = 'added' | 'removed' | 'changed';

/** One item's change: listed once, whatever changed about it. */
export interface ItemChange {
  id: string;
  kind: ChangeKind;
  /** Where it is now (where it was, for a removed item). */
  section: Section;
  status: ChangeStatus;
  /** For a changed item, what changed (in ASPECTS order); empty for added and removed items. */
  aspects: Aspect[];
  old?: ItemSnapshot;
  new?: ItemSnapshot;
  /** The wording's diff, when the wording changed. */
  diff?: DiffPart[];
}

/** A norm document's own change: its version, status and effective date between the two versions. */
export interface DocumentVersion {
  id: string;
  title: string;
  code?: string;
  /** added / removed (or withdrawn) / changed (any clause or the version) / same. */
  status: 'added' | 'removed' | 'withdrawn' | 'changed' | 'same';
  version: { old?: string; new?: string };
  effective: { old?: string; new?: string };
}

/** A norm document's clauses as written (every clause, for every unit), old against new. */
export interface DocumentChanges extends DocumentVersion {
  changes: ItemChange[];
}

/** A scope's view (the organisation's, or one unit's), old against new. */
export interface ScopeChanges {
  /** 'organisation' or a unit id. */
  scope: string;
  name: string;
  /** A unit that is new or gone is reported as such, not item by item. */
  status: 'added' | 'removed' | 'changed';
  /** The date its standards take effect, in each version. */
  effective: { old?: string; new?: string };
  /** The documents of the view whose version, status or clauses changed. */
  documents: DocumentVersion[];
  changes: ItemChange[];
}

/** What the new version was compared with. */
export interface RevisionBase {
  /** A git revision of the content, a model.json given with --since, or the output being replaced. */
  kind: 'git' | 'model' | 'output';
  /** The revision as given (HEAD~1), or the file as given; 'model.json' for the output. */
  ref: string;
  /** The commit it resolved to (git only). */
  commit?: string;
}

/** One publication: what it changed against the version before it. */
export interface Revision {
  /** Stable for the same change: a hash of the changes. */
  id: string;
  since: RevisionBase;
  /** When the new version takes effect: the latest effective date of the content compared. */
  effective: string;
  /** Norm documents (as written) that changed. */
  documents: DocumentChanges[];
  /**
   * Everything else as written (etiquette sets, commitments files, processes, assessment files,
   * the organisation's hotlines), with the organisation's values: each change found once.
   */
  content: ItemChange[];
  /** Scopes ('organisation' first, then units in model order) whose view changed. */
  scopes: ScopeChanges[];
}

/** The revisions published so far, newest first; carried from build to build in model.json. */
export interface VersionHistory {
  revisions: Revision[];
}

/** A document's revision record as written in content (`revisions:`). */
export interface RevisionRecord {
  version: string;
  date: string;
  approver?: string;
  summary: string;
}

export type DocumentStatus = 'draft' | 'approved' | 'withdrawn';
