/** The schema of content/synonyms.yaml: groups of words search treats as one. */
import { z } from 'zod';
import { Text } from './common.ts';

export const SynonymsFile = z
  .strictObject({
    defaults: z
      .boolean()
      .default(true)
      .describe(
        "Also use guifan's default list of words service staff use interchangeably (false: only the groups below)",
      ),
    groups: z
      .array(
        z
          .array(Text)
          .min(2, { message: '一组同义词至少要有两个词 / a group needs at least two words' })
          .describe('Words that mean the same thing to staff, e.g. [顾客, 客户]'),
      )
      .default([])
      .describe('Groups of interchangeable words: a search for one also finds the others'),
  })
  .describe('Words staff use interchangeably (同义词), applied when searching: content/synonyms.yaml');
export type SynonymsFile = z.infer<typeof SynonymsFile>;
