/** The synonym groups search applies. */
import type { SourceRef } from '../types.ts';

/** Groups of words staff use interchangeably (content/synonyms.yaml), applied by search. */
export interface Synonyms {
  /** Whether guifan's default list for service units applies too. */
  defaults: boolean;
  groups: { words: string[]; source: SourceRef }[];
}
