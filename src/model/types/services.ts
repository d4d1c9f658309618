/** The resolved service guide (办事指南): materials, fees, time limits. */
import type { MATERIAL_FORMS, MATERIAL_NEEDS } from '../schema/services.ts';
import type { ItemOrigin, Restriction, SourceRef } from '../types.ts';

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
