/** The resolved etiquette set: phrases, forbidden phrases, conduct rules, rule sets, situations. */
import type { Strength } from '../schema/common.ts';
import type { ItemOrigin, Restriction, SourceRef } from '../types.ts';

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
