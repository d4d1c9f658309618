/** The schema of a norm document (content/norms/*.yaml): nested clauses and revision records. */
import { NUMBERINGS } from '../numbering.ts';
import { z } from 'zod';
import {
  Amount,
  Applies,
  DateString,
  Id,
  IdList,
  type INDUSTRIES,
  Keywords,
  Reference,
  Strength,
  Text,
} from './common.ts';

export interface ClauseInput {
  id: string;
  number?: string | undefined;
  title?: string | undefined;
  text?: string | undefined;
  strength?: Strength | undefined;
  tags?: string[] | undefined;
  roles?: string[] | undefined;
  note?: string | undefined;
  units?: 'all' | string[] | undefined;
  industries?: (typeof INDUSTRIES)[number][] | undefined;
  keywords?: string[] | undefined;
  clauses?: ClauseInput[] | undefined;
}

/**
 * A clause. A clause with a title and children is a section heading (4 服务规范);
 * a clause with text is a provision. Numbers are derived from position (GB/T 1.1
 * style: 4, 4.1, 4.1.13) unless `number` gives one, which also restarts the count
 * for the following siblings.
 */
export const Clause: z.ZodType<ClauseInput> = z.lazy(() =>
  z
    .strictObject({
      id: Id,
      number: z
        .union([z.string(), z.number()])
        .transform((v) => String(v))
        .pipe(
          z
            .string()
            .regex(/^\d+(\.\d+)*$/, { message: '条款编号应形如 4 或 4.1.13 / a clause number looks like 4 or 4.1.13' }),
        )
        .optional()
        .describe('Explicit displayed number (e.g. 4.1.13); normally derived from order'),
      title: Text.optional().describe('Heading of a section clause'),
      text: Text.optional().describe('Wording of the provision'),
      strength: Strength.optional(),
      tags: z.array(Text).optional(),
      roles: IdList.optional().describe('Role ids this clause applies to; empty means every role'),
      note: Text.optional().describe('Informative note (注), not normative'),
      ...Applies,
      keywords: Keywords,
      clauses: z.array(Clause).optional().describe('Sub-clauses'),
    })
    .refine((c) => c.title !== undefined || c.text !== undefined, {
      message: '条款需要 title（标题）或 text（正文） / a clause needs a title or a text',
    }),
);

/** One published version of a document: its number, date, who approved it and what changed. */
const RevisionRecord = z.strictObject({
  version: z
    .union([z.string(), Amount])
    .transform((v) => String(v))
    .describe('The version this record is for, as in version:'),
  date: DateString.describe('Date of approval or publication'),
  approver: Text.optional().describe('Who approved it (批准人或批准机构)'),
  summary: Text.describe('What changed, in a sentence or two'),
});

export const NormDocumentFile = z
  .strictObject({
    id: Id,
    title: Text,
    code: z.string().trim().optional().describe('Document number, e.g. Q/XX 101-2026'),
    issuer: Text.describe('Who issues the document (发布单位)'),
    version: z.union([z.string(), Amount]).transform((v) => String(v)),
    effective: DateString.describe('Effective date (实施日期)'),
    scope: Text.describe('Scope (范围)'),
    references: z.array(Reference).optional().describe('Normative references (规范性引用文件)'),
    roles: IdList.optional().describe(
      'Roles the whole document applies to (e.g. only toll collectors); omit for every role',
    ),
    ...Applies,
    keywords: Keywords,
    numbering: z
      .enum(NUMBERINGS)
      .default('decimal')
      .describe(
        'How clause numbers are shown: decimal 4.1.13 (GB/T 1.1), or articles 第一章 / 第一条 / （一） / 1. (articles counted through the whole document)',
      ),
    startNumber: z
      .number()
      .int()
      .min(0)
      .max(9999)
      .default(1)
      .describe('Number of the first top-level clause (GB/T 1.1 documents often start at 4)'),
    status: z
      .enum(['draft', 'approved', 'withdrawn'])
      .default('approved')
      .describe(
        'draft 草案 (off the public site and out of print unless built with --drafts), approved 现行, withdrawn 废止',
      ),
    revisions: z.array(RevisionRecord).optional().describe('Revision records (修订记录): one per published version'),
    clauses: z.array(Clause).min(1),
  })
  .describe('A norm document (服务规范): content/norms/*.yaml');
export type NormDocumentFile = z.infer<typeof NormDocumentFile>;
