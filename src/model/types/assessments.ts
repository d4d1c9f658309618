/** The resolved assessment rules: violations, inspections, thresholds, awards, phases, score items. */
import type { BEARERS } from '../schema/assessments.ts';
import type { ItemOrigin, Restriction, SourceRef } from '../types.ts';

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
