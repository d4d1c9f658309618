/**
 * Slips a new user made in a content directory of their own: a {{param}} left out of quotes
 * (inside { } or at a value's start) and a missing field whose schema is a union (fees:). Each
 * gives one error naming the field, in plain words, with the fix.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';
import { loadModel } from '../src/model/index.ts';
import { testTempDir } from './support/temp-dir.ts';

const ORG =
  'id: city\nname: 澄江城市服务集团\nindustry: other\nbaseUrl: https://std.example.org\nhotlines: { service: "0871-12345" }\nparams: { days: 5 }\n';
const UNIT = 'id: hall\nname: 营业厅\nindustry: water\n';
const ETIQUETTE = `id: talk
title: 用语
situations:
  - id: wait
    title: 等候
    phrases:
      - { id: wait-ask, text: 等了{{days}}分钟还没轮到请再来问我。 }
`;
const COMMITMENTS = `id: promises
title: 承诺
commitments:
  - id: reply
    title: 答复
    text: 书面意见{{days}}个工作日内答复。
    target:
      value: {{days}}
      unit: 个工作日
      comparator: le
`;
const SERVICE = `id: open-account
name: 用水开户
materials: []
timeLimit: 5个工作日
visits: 1
`;

async function errorsOf(files: Record<string, string>) {
  const dir = testTempDir('unquoted');
  for (const [name, text] of Object.entries({ 'organisation.yaml': ORG, 'units/hall.yaml': UNIT, ...files })) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const { diagnostics } = await loadModel(dir);
  return diagnostics.filter((d) => d.severity === 'error');
}

it('names a {{param}} inside { } without quotes as one slip, with the fix', async () => {
  const errors = await errorsOf({ 'etiquette/talk.yaml': ETIQUETTE });
  expect(errors.map((e) => [e.file, e.line, e.column, e.code])).toEqual([
    ['etiquette/talk.yaml', 7, 31, 'yaml-param-unquoted'],
  ]);
  expect(errors[0]!.message).toContain('text: "…{{…}}…"');
});

it('says to quote a value that YAML read as a mapping because of {{param}}', async () => {
  const errors = await errorsOf({ 'commitments/promises.yaml': COMMITMENTS });
  expect(errors).toHaveLength(1);
  expect(errors[0]!.line).toBe(8);
  expect(errors[0]!.message).toContain('请写成 "{{…}}"');
  expect(errors[0]!.message).toContain('数字 或 文字');
});

it('reports a missing union field as missing, in Chinese words', async () => {
  const errors = await errorsOf({ 'services/open-account.yaml': SERVICE });
  expect(errors.map((e) => [e.path, e.code])).toEqual([['fees', 'missing-field']]);
  expect(errors[0]!.message).toMatch(/^缺少必填字段 "fees"（应为 "none" 或 列表/);
  expect(errors[0]!.message).not.toContain('array');
});

// The README's own etiquette example wrote a phrase's blank this way: `{金额}` inside a
// one-line { } item is structure to YAML. One error per slip, naming the slot, and the rest
// of the file still read (the misspelt field after it is found too).
const SLOTS = `id: talk
title: 用语
situations:
  - id: cash
    title: 收付现金
    phrases:
      - { id: cash-in, text: 收到您{金额}元。, card: true }
      - { id: cash-out, text: 找您{找零金额}元，请点清。 }
    conduct:
      - { id: cash-aloud, topic: behaviour, text: 唱收唱付。 }
rulesets: []
`;

it('names a phrase slot such as {金额} inside { } without quotes as one slip each, with the fix', async () => {
  const errors = await errorsOf({ 'etiquette/talk.yaml': SLOTS });
  expect(errors.map((e) => [e.line, e.column, e.code])).toEqual([
    [7, 30, 'yaml-slot-unquoted'],
    [8, 31, 'yaml-slot-unquoted'],
    [11, 1, 'unknown-field'],
  ]);
  expect(errors[0]!.message).toContain('text: "…{金额}…"');
  expect(errors[1]!.message).toContain('{找零金额}');
});
