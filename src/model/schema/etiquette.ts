/** The schema of an etiquette file (content/etiquette/*.yaml): phrases, forbidden phrases, conduct rules, situations, rule sets. */
import { z } from 'zod';
import { Applies, Id, IdList, Keywords, OnCard, Strength, Text } from './common.ts';

const Phrase = z.strictObject({
  id: Id,
  text: Text.describe('The phrase; write slots as {金额} — they are shown as blanks to fill, e.g. 收到您{金额}元'),
  note: Text.optional(),
  card: OnCard,
  ...Applies,
  keywords: Keywords,
});

const ForbiddenPhrase = z.strictObject({
  id: Id,
  text: Text.describe('A phrase never to be said (服务忌语)'),
  instead: Id.optional().describe('Id of the standard phrase to use instead'),
  note: Text.optional(),
  card: OnCard,
  ...Applies,
  keywords: Keywords,
});

export const CONDUCT_TOPICS = ['posture', 'dress', 'badge', 'expression', 'behaviour', 'environment', 'other'] as const;
const ConductRule = z.strictObject({
  id: Id,
  topic: z
    .enum(CONDUCT_TOPICS)
    .describe('posture 仪态, dress 着装, badge 工号牌, expression 表情, behaviour 举止, environment 环境'),
  text: Text,
  strength: Strength.optional(),
  card: OnCard,
  ...Applies,
  keywords: Keywords,
});

const Situation = z.strictObject({
  id: Id,
  title: Text.describe('The situation, e.g. 迎候客户'),
  description: Text.optional(),
  roles: IdList.optional(),
  phrases: z.array(Phrase).default([]).describe('Standard phrases (规范用语)'),
  forbidden: z.array(ForbiddenPhrase).default([]).describe('Forbidden phrases (服务忌语)'),
  conduct: z.array(ConductRule).default([]).describe('What to do, e.g. stand up and smile'),
  ...Applies,
  keywords: Keywords,
});

const RuleSet = z.strictObject({
  id: Id,
  title: Text.describe('e.g. 十字文明用语, 五声服务'),
  items: z.array(Text).min(1),
  card: OnCard,
  ...Applies,
  keywords: Keywords,
});

export const EtiquetteFile = z
  .strictObject({
    id: Id,
    title: Text,
    description: Text.optional(),
    situations: z
      .array(Situation)
      .default([])
      .describe('Situations with their phrases; a file may hold only rule sets and conduct rules'),
    ruleSets: z.array(RuleSet).default([]),
    conduct: z.array(ConductRule).default([]).describe('General conduct rules: posture, dress, badge'),
    ...Applies,
    keywords: Keywords,
  })
  .describe('An etiquette set (礼仪与文明用语): content/etiquette/*.yaml');
export type EtiquetteFile = z.infer<typeof EtiquetteFile>;
