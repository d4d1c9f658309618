/** An MDX page as the model lists it (its body is compiled by the site). */
import type { SourceRef } from '../types.ts';

export interface Page {
  slug: string;
  title: string;
  description?: string;
  order: number;
  units: 'all' | string[];
  industries?: string[];
  /** Absolute path of the .mdx/.md file. */
  file: string;
  /** Words staff use for the page (front matter `keywords`): found by search, shown nowhere else. */
  keywords: string[];
  source: SourceRef;
}
