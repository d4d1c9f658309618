/** The resolved commitment set: commitments and their measurable targets. */
import type { ItemOrigin, Restriction, SourceRef } from '../types.ts';

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
