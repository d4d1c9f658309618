/** The resolved norm document and its clause tree. */
import type { DocumentStatus, RevisionRecord } from '../changes/types.ts';
import type { Numbering } from '../numbering.ts';
import type { Strength } from '../schema/common.ts';
import type { ClauseOrigin, Restriction, SourceRef } from '../types.ts';

export interface Clause {
  id: string;
  /** Decimal number, e.g. "4.1.13": the clause's place, which orders additions and keeps numbers apart. */
  number: string;
  /**
   * What every output shows as the clause's number (model/numbering.ts): the decimal number, or in a
   * document numbered by articles 第一章, 第十二条, 第十二条之一, （一）, 1.
   */
  label: string;
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
  /** How its clauses' labels are written (numbering.ts); absent means decimal. */
  numbering?: Numbering;
  /** The number its first chapter is given (`startNumber:`), when not 1 (front-chapters.ts). */
  startNumber?: number;
  clauses: Clause[];
  source: SourceRef;
  /** draft / approved / withdrawn; absent (models built by hand) means approved. See status.ts. */
  status?: DocumentStatus;
  /** Revision records as written (`revisions:`), oldest first. */
  revisions?: RevisionRecord[];
  /** Where `version:` is written, for the warning that content changed but the version did not. */
  versionSource?: SourceRef;
}
