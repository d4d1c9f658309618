/**
 * `guifan new DIR`: a small organisation with one file of every kind, valid as
 * written, plus editor schemas, so a unit starts from something that builds
 * and replaces the wording with its own.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { vscodeYamlSettings, writeJsonSchemas } from '../model/jsonschema.ts';
import { UsageError } from './errors.ts';
import { makeFolder } from './make-folder.ts';

const schemaLine = (kind: string, depth: number) =>
  `# yaml-language-server: $schema=${'../'.repeat(depth)}.schemas/${kind}.schema.json\n`;

const FILES: Record<string, string> = {
  'organisation.yaml': `${schemaLine('organisation', 0)}id: my-org
name: 示例公用事业公司
shortName: 示例公司
industry: water
address: 示例市人民路 1 号
openingHours: 周一至周日 8:30—17:30
baseUrl: https://example.org/standards
hotlines:
  service: "0000-1234567"
  supervision: "0000-7654321"
params:
  reply-days: 3
`,
  'roles.yaml': `${schemaLine('roles', 0)}roles:
  - id: counter-clerk
    name: 窗口受理员
  - id: team-leader
    name: 班组长
`,
  'units/main-hall.yaml': `${schemaLine('units', 1)}id: main-hall
name: 示例公司营业厅
industry: water
effective: 2026-01-01
`,
  'norms/service-norms.yaml': `${schemaLine('norms', 1)}id: service-norms
title: 窗口服务规范
issuer: 示例公用事业公司
version: "1.0"
effective: 2026-01-01
scope: 本规范适用于公司各营业窗口的服务工作。
startNumber: 4
clauses:
  - id: conduct
    title: 服务行为
    clauses:
      - id: conduct-greeting
        text: 客户到达窗口时，受理员应起立微笑，主动问候。
        strength: shall
        roles: [counter-clerk]
      - id: conduct-no-refusal
        text: 不得以任何理由推诿客户。
        strength: shall-not
  - id: handoff
    title: 首问负责
    clauses:
      - id: handoff-first-contact
        text: 首位接待客户的员工应负责到底，直至交接给承办人。
        strength: shall
`,
  'etiquette/counter.yaml': `${schemaLine('etiquette', 1)}id: counter-etiquette
title: 窗口文明用语
situations:
  - id: greeting
    title: 迎候客户
    phrases:
      - id: greeting-hello
        text: 您好，请问您办理什么业务？
    forbidden:
      - id: greeting-rude
        text: 有什么事快说。
        instead: greeting-hello
    conduct:
      - id: greeting-stand
        topic: posture
        text: 起立迎候，面带微笑。
`,
  'commitments/public.yaml': `${schemaLine('commitments', 1)}id: public-commitments
title: 服务承诺
effective: 2026-01-01
commitments:
  - id: reply-in-days
    title: 答复时限
    text: 客户书面意见在{{reply-days}}个工作日内答复。
    target: { value: "{{reply-days}}", unit: 个工作日, comparator: le }
`,
  'processes/complaint.yaml': `${schemaLine('processes', 1)}id: complaint
title: 投诉处理流程
nodes:
  - { id: complaint-start, type: start, role: counter-clerk, label: 受理投诉, next: complaint-record }
  - { id: complaint-record, type: step, role: counter-clerk, label: 登记投诉内容, timeLimit: 当场, next: complaint-solved }
  - id: complaint-solved
    type: decision
    role: team-leader
    label: 能否当场解决？
    branches:
      - { label: 能, to: complaint-end }
      - { label: 不能, to: complaint-escalate }
  - { id: complaint-escalate, type: step, role: team-leader, label: 上报并跟进处理, timeLimit: 2个工作日, next: complaint-end }
  - { id: complaint-end, type: end, role: counter-clerk, label: 回访归档 }
`,
  'assessment/rules.yaml': `${schemaLine('assessment', 1)}id: service-assessment
title: 服务考核办法
inspections:
  - { id: monthly-check, kind: scheduled, title: 月度检查, frequency: 每月一次 }
thresholds:
  - { id: below-85, below: 85, consequence: 扣减当月服务奖 }
violations:
  - id: violation-refusal
    text: 推诿客户
    clauses: [conduct-no-refusal]
    penalty: { fine: 200 }
`,
  'quiz/basics.yaml': `${schemaLine('quiz', 1)}id: basics
title: 基础知识题
questions:
  - id: q-greeting
    type: single
    stem: 客户到达窗口时，受理员应当怎么做？
    options: [继续手头工作, 起立微笑、主动问候, 示意客户等待]
    answer: B
    cites: [conduct-greeting]
  - id: q-no-refusal
    type: truefalse
    stem: 受理员可以因业务繁忙推诿客户。
    answer: false
    cites: [conduct-no-refusal]
`,
  'pages/about.mdx': `---
title: 关于本规范
description: 本站点收录的服务规范说明。
---

本站点收录本公司的服务规范、文明用语、服务承诺和业务流程，供员工学习、供客户查阅。
`,
};

export async function scaffold(dir: string): Promise<string[]> {
  const root = path.resolve(dir);
  const existing = await readdir(root).catch(() => [] as string[]);
  if (existing.length > 0)
    throw new UsageError(
      `目录 ${dir} 不是空的，为避免覆盖已停止 / ${dir} is not empty; stopped so nothing is overwritten`,
    );
  // The folder the user named, made first so that no recursive mkdir below starts from nothing (make-folder.ts).
  makeFolder(root);
  const written: string[] = [];
  for (const [rel, text] of Object.entries(FILES)) {
    const file = path.join(root, rel);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
    written.push(file);
  }
  written.push(...(await writeJsonSchemas(path.join(root, '.schemas'))));
  const settings = path.join(root, '.vscode', 'settings.json');
  await mkdir(path.dirname(settings), { recursive: true });
  await writeFile(settings, `${JSON.stringify({ 'yaml.schemas': vscodeYamlSettings('./.schemas', '') }, null, 2)}\n`);
  written.push(settings);
  return written;
}
