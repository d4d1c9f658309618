/** The front matter of an MDX page (content/pages/*.mdx). */
import { z } from 'zod';
import { Amount, Applies, IdList, Keywords, Text } from './common.ts';

export const PageFrontmatter = z.strictObject({
  title: Text,
  description: Text.optional(),
  order: Amount.optional(),
  units: z.union([z.literal('all'), IdList]).default('all'),
  industries: Applies.industries,
  keywords: Keywords,
});
export type PageFrontmatter = z.infer<typeof PageFrontmatter>;
