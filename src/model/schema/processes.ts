/** The schema of a process chart (content/processes/*.yaml): its nodes and decision branches. */
import { z } from 'zod';
import { Applies, Id, IdList, Keywords, Text } from './common.ts';

const Branch = z.strictObject({
  label: Text.describe('Branch label, e.g. 是 / 否'),
  to: Id.describe('Id of the node this branch leads to'),
});

const NodeBase = {
  id: Id,
  role: Id.describe('Role (swim lane) that performs it'),
  timeLimit: Text.optional().describe('Time limit as written, e.g. 当场, 2个工作日, 24小时'),
  clauses: IdList.optional().describe('Clauses this node implements'),
  keywords: Keywords,
};

export const ProcessNode = z.discriminatedUnion('type', [
  z.strictObject({ ...NodeBase, type: z.literal('start'), label: Text, next: Id }),
  z.strictObject({
    ...NodeBase,
    type: z.literal('step'),
    label: Text.describe('The action, e.g. 登记投诉内容'),
    next: Id,
  }),
  z.strictObject({
    ...NodeBase,
    type: z.literal('decision'),
    label: Text.describe('The question, e.g. 能否当场解决？'),
    branches: z.array(Branch),
  }),
  z.strictObject({ ...NodeBase, type: z.literal('end'), label: Text }),
]);

export const ProcessFile = z
  .strictObject({
    id: Id,
    title: Text,
    description: Text.optional(),
    keywords: Keywords,
    units: z
      .union([z.literal('all'), IdList])
      .default('all')
      .describe('"all" or the ids of the units that follow this process; their sub-units are included'),
    industries: Applies.industries,
    nodes: z.array(ProcessNode).min(2),
  })
  .describe('A process chart (流程): content/processes/*.yaml');
export type ProcessFile = z.infer<typeof ProcessFile>;
