/**
 * The version step of `guifan build` and `guifan check`: compare the content with the previous
 * version (previous.ts), put the revision into the model's history (so the site, the PDFs and
 * the study banks read it), and say what changed, which posters and cards must be reprinted,
 * and where a document changed without a new version number.
 */
import { isPlacementOnly } from '../model/changes/compare.ts';
import { changeCounts, changeNote, countsWording } from '../model/changes/describe.ts';
import { reprints as findReprints, type Reprint } from '../model/changes/reprint.ts';
import { isEmptyRevision, makeRevision, nextHistory, ownChanges } from '../model/changes/revision.ts';
import type { ItemChange, Revision, VersionHistory } from '../model/changes/types.ts';
import { versionWarnings } from '../model/changes/version-check.ts';
import type { Diagnostic } from '../model/diagnostics.ts';
import type { Model } from '../model/types.ts';
import { previousVersion, PreviousError, readModelJson, type Previous } from './previous.ts';
import path from 'node:path';
import { existsSync } from 'node:fs';

export interface VersionStep {
  /** The model with its revision history (`versions`). */
  model: Model;
  previous?: Previous;
  /** This build against the previous version; undefined for a first build. */
  revision?: Revision;
  reprints: Reprint[];
  /** Documents that changed while their version did not. */
  warnings: Diagnostic[];
  /** Why no comparison was made although an output existed (an unreadable model.json). */
  skipped?: string;
}

export interface VersionOptions {
  contentDir: string;
  outDir: string;
  since?: string;
  drafts?: boolean;
  templatesDir?: string;
}

/** What each card template can hold: the reprint rule compares what the cards would carry. */
async function cardLimits(
  templatesDir: string | undefined,
): Promise<{ phrases: number; forbidden: number; commitments: number }[]> {
  const { defaultTemplatesDir, loadTemplates } = await import('../print/templates.ts');
  return loadTemplates(templatesDir ?? defaultTemplatesDir()).flatMap((t) => (t.kind === 'card' ? [t.limits] : []));
}

/** The history the output already has (its model.json), whatever the new version is compared with. */
async function outputHistory(outDir: string, previous: Previous | undefined): Promise<VersionHistory | undefined> {
  if (previous?.base.kind === 'output') return previous.model.versions;
  const own = path.join(outDir, 'model.json');
  if (!existsSync(own)) return undefined;
  try {
    return (await readModelJson(own)).versions;
  } catch {
    return undefined;
  }
}

/** Only the warnings, for `guifan check`: documents changed since the previous version while their version did not. */
export async function versionWarningsSince(model: Model, options: VersionOptions): Promise<Diagnostic[]> {
  const previous = await previousVersion(options).catch((e: unknown) => {
    if (options.since === undefined && e instanceof PreviousError) return undefined;
    throw e;
  });
  if (!previous || (previous.base.kind === 'output' && previous.model.organisation.id !== model.organisation.id))
    return [];
  const { compareDocuments } = await import('../model/changes/revision.ts');
  const base = previous.base;
  const label =
    base.kind === 'output'
      ? `${options.outDir}/model.json`
      : base.commit
        ? `${base.ref}（${base.commit.slice(0, 7)}）`
        : base.ref;
  try {
    return versionWarnings(model, compareDocuments(previous.model, model), { zh: label, en: label });
  } catch (e) {
    // A model.json of an older guifan (see versionStep): `check` says nothing where `build` only notes it.
    if (e instanceof TypeError && base.kind !== 'git') return [];
    throw e;
  }
}

export async function versionStep(model: Model, options: VersionOptions): Promise<VersionStep> {
  let previous: Previous | undefined;
  try {
    previous = await previousVersion(options);
  } catch (e) {
    // The output's own model.json may come from an older guifan: build anyway, without a revision.
    if (options.since === undefined && e instanceof PreviousError)
      return { model, reprints: [], warnings: [], skipped: e.message };
    throw e;
  }
  // An output of another organisation (a shared out folder) is no previous version of this one.
  if (previous?.base.kind === 'output' && previous.model.organisation.id !== model.organisation.id) {
    return {
      model: { ...model, versions: { revisions: [] } },
      reprints: [],
      warnings: [],
      skipped: `${options.outDir} 中是另一个组织（${previous.model.organisation.id}）的输出 / ${options.outDir} holds another organisation's output (${previous.model.organisation.id})`,
    };
  }
  const history = await outputHistory(options.outDir, previous);
  if (!previous) return { model: { ...model, versions: nextHistory(history, undefined) }, reprints: [], warnings: [] };
  const limits = await cardLimits(options.templatesDir);
  let revision: Revision;
  let reprints: Reprint[];
  try {
    revision = makeRevision(previous.model, model, previous.base);
    reprints = findReprints(previous.model, model, limits);
  } catch (e) {
    // The current model is validated, so a comparison that trips over the previous one means that
    // model.json lacks what today's model has: it was written by an older guifan. Build anyway and
    // keep its history; only this one comparison is lost, and the message says how to get it.
    if (!(e instanceof TypeError) || previous.base.kind === 'git') throw e;
    return {
      model: { ...model, versions: nextHistory(history, undefined) },
      reprints: [],
      warnings: [],
      skipped: olderModel(previous.base.ref),
    };
  }
  return {
    model: { ...model, versions: nextHistory(history, revision) },
    previous,
    revision,
    reprints,
    warnings: versionWarnings(model, revision.documents, sinceLabel(revision)),
  };
}

/** Why a model.json from an older guifan was not compared, and how to compare anyway. */
export function olderModel(ref: string): string {
  return (
    `${ref} 由较早版本的 guifan 写出，格式不同，本次不列出修订；用 --since <git 版本> 可与该版本的内容比较 / ` +
    `${ref} was written by an older guifan in another format, so this build lists no revision; ` +
    `use --since <git revision> to compare with the content of that revision`
  );
}

/** What a revision is compared with, in each language (one label must not hold both: 与 X / Y 相比 / compared with X / Y). */
export function sinceLabel(r: Revision): { zh: string; en: string } {
  if (r.since.kind === 'output') return { zh: '上次生成的版本', en: 'the output being replaced' };
  const ref = r.since.commit ? `${r.since.ref}（${r.since.commit.slice(0, 7)}）` : r.since.ref;
  return { zh: ref, en: ref };
}

const STATUS_LABEL = {
  added: '新增 added',
  removed: '删除 removed',
  changed: '修改 changed',
  moved: '移动 moved',
  renumbered: '编号 renumbered',
} as const;

/** One change on one line: classification, number (new ← old), kind, id, what changed. */
export function changeLine(c: ItemChange): string {
  const placement = isPlacementOnly(c);
  const label =
    c.status !== 'changed'
      ? STATUS_LABEL[c.status]
      : placement
        ? c.aspects.includes('moved')
          ? STATUS_LABEL.moved
          : STATUS_LABEL.renumbered
        : STATUS_LABEL.changed;
  const o = c.old?.number;
  const n = c.new?.number;
  const number =
    c.kind !== 'clause' ? '' : o !== undefined && n !== undefined && o !== n ? `${n} ← ${o}` : (n ?? o ?? '');
  const aspects = c.status === 'changed' ? ` [${c.aspects.join(', ')}]` : '';
  const note = c.status === 'changed' ? `  ${changeNote(c)}` : `  ${(c.new ?? c.old)!.label}`;
  return `  ${label.padEnd(15)} ${number.padEnd(14)} ${c.kind} ${c.id}${aspects}${note}`;
}

/** The build's report: every change once (documents, then the group's other items, then each unit's own), and the reprints. */
export function formatVersionStep(step: VersionStep, model: Model): string {
  const lines: string[] = [];
  if (step.skipped) lines.push(`未与上次的输出比较 / not compared with the previous output: ${step.skipped}`);
  const r = step.revision;
  if (!r) return lines.join('\n');
  const since = sinceLabel(r);
  lines.push(`与${since.zh}相比 / compared with ${since.en}:`);
  if (isEmptyRevision(r)) {
    lines.push('  内容没有变化 / nothing changed');
    return lines.join('\n');
  }
  for (const d of r.documents) {
    const v =
      d.version.old !== undefined && d.version.new !== undefined && d.version.old !== d.version.new
        ? `第${d.version.old}版 → 第${d.version.new}版`
        : d.version.new !== undefined
          ? `第${d.version.new}版`
          : `第${d.version.old}版`;
    const status = {
      added: '新文件 / new document',
      removed: '已删除 / removed',
      withdrawn: '已废止 / withdrawn',
      changed: '',
      same: '',
    }[d.status];
    const counts = changeCounts(d.changes);
    lines.push(
      `《${d.title}》${v}：${status || countsWording(counts)}${status ? '' : ` / ${counts.added} added, ${counts.removed} removed, ${counts.changed} changed, ${counts.placement} moved or renumbered`}`,
    );
    // A clause moved to another document is listed there.
    if (d.status === 'changed')
      for (const c of d.changes) if ((c.new ?? c.old)!.section.id === d.id) lines.push(changeLine(c));
  }
  let section = '';
  for (const c of r.content) {
    if (c.section.id !== section) lines.push(`${c.section.title}（${c.section.kind} ${c.section.id}）:`);
    section = c.section.id;
    lines.push(changeLine(c));
  }
  for (const s of r.scopes) {
    if (s.scope === 'organisation') continue;
    if (s.status !== 'changed') {
      lines.push(
        `单位 / unit ${s.name}（${s.scope}）：${s.status === 'added' ? '新单位 / new unit' : '已删除 / removed'}`,
      );
      continue;
    }
    const unit = model.units.find((u) => u.id === s.scope);
    const own = ownChanges(r, s.scope, unit ? unit.lineage.slice(1, -1) : []);
    const date =
      s.effective.old !== s.effective.new
        ? `施行日期 ${s.effective.old ?? '—'} → ${s.effective.new ?? '—'} / effective date`
        : '';
    if (own.length === 0 && !date) continue;
    lines.push(`单位 / unit ${s.name}（${s.scope}）${date ? `：${date}` : ''}`);
    for (const c of own) lines.push(changeLine(c));
  }
  return lines.join('\n');
}

/** The posters and cards to reprint, with the files they are and why. */
export function formatReprints(list: readonly Reprint[], files: (r: Reprint) => string[]): string {
  if (list.length === 0) return '无需重印公示牌和服务卡 / no poster or card to reprint';
  const lines = ['须重印 / to reprint:'];
  for (const r of list) lines.push(`  ${files(r).join(', ')}　${r.unitName}：${r.reasons.join('、')}`);
  lines.push('只重做这些 PDF / to remake only these PDFs: guifan pdf --only changed');
  return lines.join('\n');
}

/** The files of a reprint: its unit's poster (every poster template) or card (every card template). */
export async function reprintFileNamer(templatesDir?: string): Promise<(r: Reprint) => string[]> {
  const { defaultTemplatesDir, loadTemplates } = await import('../print/templates.ts');
  const templates = loadTemplates(templatesDir ?? defaultTemplatesDir());
  return (r) => templates.filter((t) => t.kind === r.kind).map((t) => `${t.output}-${r.unitId}.pdf`);
}

/** Everything the build says about versions: the changes, the reprints, the version warnings. */
export async function reportVersionStep(
  step: VersionStep,
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<void> {
  const text = formatVersionStep(step, step.model);
  if (text) out(text);
  if (step.revision && !isEmptyRevision(step.revision)) out(formatReprints(step.reprints, await reprintFileNamer()));
  if (step.warnings.length > 0) {
    const { formatDiagnostics } = await import('../model/diagnostics.ts');
    err(formatDiagnostics(step.warnings));
  }
}
