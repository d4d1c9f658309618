/** The table of content kinds: each kind's schema and where its files live in a content directory. */
import { OrganisationFile, RolesFile } from './organisation.ts';
import { NormDocumentFile } from './documents.ts';
import { EtiquetteFile } from './etiquette.ts';
import { CommitmentsFile } from './commitments.ts';
import { ProcessFile } from './processes.ts';
import { AssessmentFile } from './assessments.ts';
import { QuizFile } from './quiz.ts';
import { ServiceFile } from './services.ts';
import { UnitFile } from './units.ts';
import { SynonymsFile } from './synonyms.ts';

/** Where each kind lives in a content directory. */
export const KINDS = {
  organisation: { schema: OrganisationFile, pattern: 'organisation.yaml', many: false },
  roles: { schema: RolesFile, pattern: 'roles.yaml', many: false },
  norms: { schema: NormDocumentFile, pattern: 'norms/*.yaml', many: true },
  etiquette: { schema: EtiquetteFile, pattern: 'etiquette/*.yaml', many: true },
  commitments: { schema: CommitmentsFile, pattern: 'commitments/*.yaml', many: true },
  processes: { schema: ProcessFile, pattern: 'processes/*.yaml', many: true },
  assessment: { schema: AssessmentFile, pattern: 'assessment/*.yaml', many: true },
  quiz: { schema: QuizFile, pattern: 'quiz/*.yaml', many: true },
  services: { schema: ServiceFile, pattern: 'services/*.yaml', many: true },
  units: { schema: UnitFile, pattern: 'units/*.yaml', many: true },
  synonyms: { schema: SynonymsFile, pattern: 'synonyms.yaml', many: false },
} as const;
export type Kind = keyof typeof KINDS;
