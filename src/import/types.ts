/**
 * The importer's data: the kinds it writes, its warnings, and the clause tree of a document
 * (clauses, front matter) as the phases build it, from marker to finished number and id.
 */
import type { Strength } from '../model/schema.ts';
import type { Scheme } from './numbering.ts';

export type ImportKind = 'norms' | 'etiquette' | 'commitments' | 'quiz';
export const IMPORT_KINDS: readonly ImportKind[] = ['norms', 'etiquette', 'commitments', 'quiz'];

/** Something the importer was unsure about; `line` is the source line (paragraph for .docx). */
export interface ImportWarning {
  line?: number;
  /** Where a reader finds it: the heading path and the first words of the paragraph. */
  where?: string;
  message: string;
}

/** What the importer decided a commitment promises: one figure, a range, or nothing. */
export type TargetDecision =
  | { kind: 'value'; value: number; unit: string; comparator: 'le' | 'lt' | 'ge' | 'gt' | 'eq'; written: string }
  | { kind: 'range'; min: number; max: number; unit: string; written: string };

/** A line of the source with where it came from. */
export interface Located {
  text: string;
  line: number;
}

/** One numbered (or heading) block of the source and what follows it until the next marker. */
export interface ImportedClause {
  scheme: Scheme;
  /** The marker as written in the source, e.g. "（一）", "4.1.7"; empty for an unnumbered heading. */
  marker: string;
  ordinal: number;
  /** Decimal numbers: every part. */
  parts?: number[];
  /** Source line of the marker. */
  line: number;
  /** Came from a Markdown / Word heading. */
  heading: boolean;
  /** Its heading level (0 = Word Title style), when it came from a heading. */
  headingLevel?: number;
  /** Markdown list nesting level of the marker line (0 outside nested lists). */
  indent: number;
  /** Text on the marker's line (with continuation lines joined). */
  head: string;
  /** Further paragraphs before the next marker. */
  body: string[];
  /** Source line of each paragraph of `body`. */
  bodyLines: number[];
  /** A table row: its cells after the 序号 cell, and the table's header cells for them. */
  cells?: { values: string[]; header?: string[] };
  /** The number is Word's own list number (so a start other than 1 is no typing slip). */
  wordNumber?: boolean;
  children: ImportedClause[];
  /** Set by finishing the tree: the displayed number, unique in the document. */
  number: string;
  /** The number differs from what position would give, so the YAML states it. */
  numberWritten: boolean;
  id: string;
  title?: string;
  text?: string;
  strength?: Strength;
  /** Commitments: the figure promised (set when the commitments are built). */
  target?: TargetDecision;
  /** What a human should decide about this clause (becomes a `# TODO` comment). */
  todo: string[];
}

/** What stood before the first clause (and in a signature block at the end). */
export interface FrontMatter {
  title?: Located;
  issuer?: Located;
  issued?: Located;
  effective?: Located;
  version?: Located;
  code?: Located;
  scope?: Located;
  /** Other front paragraphs (forewords, purpose statements). */
  intro: Located[];
  /** Lines of no clause kept for the comment: boilerplate, signatures, closing paragraphs. */
  notes: Located[];
}

export interface ImportedTree {
  file: string;
  docId: string;
  front: FrontMatter;
  clauses: ImportedClause[];
  /** Number of the first top-level clause (GB/T documents often start at 4). */
  startNumber: number;
}
