/**
 * Changes put into words, one rule for every output: the rows of a 修订对照表 (number, old
 * wording, new wording, note), the main changes a foreword lists in the GB/T 1.1 manner
 * (增加了…… / 删除了…… / 将……由……改为……), and the counts a summary gives. The site's
 * revision pages, the PDF table, the handbook's foreword and the build's report read these.
 */
import { isPlacementOnly } from './compare.ts';
import type { Aspect, ChangeKind, DiffPart, ItemChange, ItemSnapshot } from './types.ts';
import { diffWording } from './wording-diff.ts';
import { quoteInText } from '../wording.ts';

/** What a kind of item is called in a sentence. */
const KIND_NAME: Record<ChangeKind, string> = {
  document: '文件',
  clause: '条款',
  situation: '服务情形',
  phrase: '规范用语',
  forbidden: '服务忌语',
  conduct: '举止要求',
  'rule-set': '规范口诀',
  commitment: '服务承诺',
  process: '流程',
  node: '流程环节',
  violation: '违规处理',
  threshold: '考核标准',
  inspection: '检查方式',
  award: '表彰奖励',
  hotline: '服务电话',
};

export function kindName(kind: ChangeKind): string {
  return KIND_NAME[kind];
}

/** The full wording of an item as a table prints it: what a reader compares, old beside new. */
export function fullWording(s: ItemSnapshot): string {
  const f = s.fields;
  switch (s.kind) {
    case 'clause':
      return f.title && f.wording ? `${f.title}：${f.wording}` : s.wording;
    case 'commitment':
      return `${f.title ? `${f.title}：` : ''}${s.wording}${s.target ? `（目标：${s.target.wording}）` : ''}${f.public === '内部' ? '（内部）' : ''}`;
    case 'node':
      return `${s.wording}（${[f.role, f['time-limit'] ? `时限${f['time-limit']}` : undefined].filter(Boolean).join('，')}）`;
    case 'phrase':
    case 'forbidden':
      return `「${s.wording}」`;
    case 'violation':
      return `${s.wording}：${f.penalty ?? ''}${f.escalation ? `；${f.escalation}` : ''}`;
    case 'inspection':
      // As the handbook and the assessment page give it (inspectionLine): after a colon, never a bracket the title may end in.
      return f.frequency ? `${s.wording}：${f.frequency}` : s.wording;
    case 'award':
      return `${s.wording}：${f.criteria ?? ''}`;
    default:
      return s.wording;
  }
}

/** How a reader names the item in a sentence: 条款“首问负责”, 服务承诺“投诉限时答复”. */
export function itemName(s: ItemSnapshot): string {
  return `${KIND_NAME[s.kind]}${quoteInText(s.label)}`;
}

const quoted = (s: string | undefined): string => quoteInText(s ?? '无');

/** One aspect of a change in words, e.g. 要求由“应”改为“宜”. */
function aspectNote(aspect: Aspect, o: ItemSnapshot, n: ItemSnapshot): string {
  const from = (a: Aspect): string => `由${quoted(o.fields[a])}改为${quoted(n.fields[a])}`;
  switch (aspect) {
    case 'wording':
      return '修改措辞';
    case 'title':
      return `标题${from('title')}`;
    case 'strength':
      return `要求${from('strength')}`;
    case 'target':
      return `目标由${quoted(o.target?.wording)}改为${quoted(n.target?.wording)}`;
    case 'public':
      return `${from('public')}`;
    case 'roles':
      return `适用岗位${from('roles')}`;
    case 'note':
      return '修改注';
    case 'instead':
      return '修改应改说的用语';
    case 'items':
      return '修改口诀内容';
    case 'role':
      return `承办岗位${from('role')}`;
    case 'time-limit':
      return `时限${from('time-limit')}`;
    case 'flow':
      return '调整流程走向';
    case 'penalty':
      return `处罚${from('penalty')}`;
    case 'escalation':
      return '修改屡犯处理';
    case 'score':
      return `分数线${from('score')}`;
    case 'consequence':
      return '修改考核后果';
    case 'frequency':
      return `频次${from('frequency')}`;
    case 'criteria':
      return '修改评选条件';
    case 'number':
      return `号码${from('number')}`;
    case 'status':
      return '状态变更';
    case 'moved':
      if (o.section.id !== n.section.id)
        return `${o.number !== undefined ? `由${o.number}` : ''}移至${n.section.kind === 'document' ? `《${n.section.title}》` : n.section.title}${n.number ?? ''}`;
      return o.number !== undefined && n.number !== undefined && o.number !== n.number
        ? `由${o.number}移至${n.number}`
        : '调整位置';
    case 'renumbered':
      return `编号由${o.number ?? ''}改为${n.number ?? ''}`;
  }
}

/** The note of a change: 新增, 删除, or what changed (要求由“应”改为“宜”；由4.2.3移至5.1.2). */
export function changeNote(change: ItemChange): string {
  if (change.status === 'added') return '新增';
  if (change.status === 'removed') return '删除';
  const o = change.old!;
  const n = change.new!;
  // A move that changed the number says both; the number alone is then not said again.
  const aspects = change.aspects.includes('moved') ? change.aspects.filter((a) => a !== 'renumbered') : change.aspects;
  return aspects.map((a) => aspectNote(a, o, n)).join('；');
}

/** A row of the 修订对照表. */
export interface TableRow {
  id: string;
  kind: ChangeKind;
  status: ItemChange['status'];
  /** The number now (for a removed item, the number it had); '' for items without one. */
  number: string;
  /** The number it had, when it differs. */
  oldNumber?: string;
  /** Section the item is in (document, etiquette set, process …). */
  section: string;
  old: string;
  new: string;
  /** The two wordings' diff, when both exist and differ. */
  diff?: DiffPart[];
  note: string;
}

/** Commitments carry a board position, not a number a reader cites. */
const CITED_NUMBER: ReadonlySet<ChangeKind> = new Set(['clause']);

/**
 * The rows of a 修订对照表 for a list of changes, in its order. A clause that only got another
 * number is left out unless asked for (`placement`); one that moved is a row (a reader looking
 * for the old 4.2.5 finds where it went).
 */
export function tableRows(changes: readonly ItemChange[], options: { placement?: boolean } = {}): TableRow[] {
  const rows: TableRow[] = [];
  for (const c of changes) {
    if (!options.placement && isPlacementOnly(c) && !c.aspects.includes('moved')) continue;
    const o = c.old ? fullWording(c.old) : '';
    const n = c.new ? fullWording(c.new) : '';
    const cited = CITED_NUMBER.has(c.kind);
    const number = cited ? (c.new?.number ?? c.old?.number ?? '') : '';
    const oldNumber =
      cited && c.old?.number !== undefined && c.new?.number !== undefined && c.old.number !== c.new.number
        ? c.old.number
        : undefined;
    rows.push({
      id: c.id,
      kind: c.kind,
      status: c.status,
      number,
      ...(oldNumber !== undefined ? { oldNumber } : {}),
      section: c.section.title,
      old: o,
      new: n,
      ...(o && n && o !== n ? { diff: diffWording(o, n) } : {}),
      note: changeNote(c),
    });
  }
  return rows;
}

const seeNumber = (s: ItemSnapshot | undefined): string =>
  s?.number !== undefined && s.kind === 'clause' ? `（见${s.number}）` : '';

/**
 * The main changes as a foreword lists them (GB/T 1.1: 与……相比，除编辑性改动外，主要技术变化如下),
 * one sentence per change; renumbering alone is editorial and not listed.
 */
export function mainChanges(changes: readonly ItemChange[], previousVersion?: string): string[] {
  const was = (s: ItemSnapshot): string =>
    s.number !== undefined && s.kind === 'clause'
      ? `（${previousVersion ? `${previousVersion}版的` : '原'}${s.number}）`
      : '';
  const out: string[] = [];
  for (const c of changes) {
    if (isPlacementOnly(c) && !c.aspects.includes('moved')) continue;
    if (c.status === 'added') {
      out.push(`增加了${itemName(c.new!)}${seeNumber(c.new)}`);
      continue;
    }
    if (c.status === 'removed') {
      out.push(`删除了${itemName(c.old!)}${was(c.old!)}`);
      continue;
    }
    const o = c.old!;
    const n = c.new!;
    const parts: string[] = [];
    for (const a of c.aspects) {
      if (a === 'strength') parts.push(`要求由${quoted(o.fields.strength)}改为${quoted(n.fields.strength)}`);
      else if (a === 'target') parts.push(`目标由${quoted(o.target?.wording)}改为${quoted(n.target?.wording)}`);
      else if (a === 'time-limit')
        parts.push(`时限由${quoted(o.fields['time-limit'])}改为${quoted(n.fields['time-limit'])}`);
      else if (a === 'role') parts.push(`承办岗位由${quoted(o.fields.role)}改为${quoted(n.fields.role)}`);
      else if (a === 'number') parts.push(`号码由${quoted(o.fields.number)}改为${quoted(n.fields.number)}`);
    }
    const moved =
      c.aspects.includes('moved') && o.number !== n.number && o.number !== undefined && n.number !== undefined;
    const reworded = c.aspects.some(
      (a) => !['strength', 'target', 'time-limit', 'role', 'number', 'moved', 'renumbered'].includes(a),
    );
    if (parts.length > 0) out.push(`将${itemName(n)}的${parts.join('，')}${seeNumber(n)}`);
    else if (reworded) out.push(`更改了${itemName(n)}${seeNumber(n)}`);
    if (moved) out.push(`将${itemName(n)}由${o.number}移至${n.number}`);
    else if (c.aspects.includes('moved') && parts.length === 0 && !reworded)
      out.push(`调整了${itemName(n)}的位置${seeNumber(n)}`);
  }
  return out;
}

export interface ChangeCounts {
  added: number;
  removed: number;
  /** Changed in what they say. */
  changed: number;
  /** Moved or renumbered only. */
  placement: number;
}

export function changeCounts(changes: readonly ItemChange[]): ChangeCounts {
  const n: ChangeCounts = { added: 0, removed: 0, changed: 0, placement: 0 };
  for (const c of changes) {
    if (c.status === 'added') n.added++;
    else if (c.status === 'removed') n.removed++;
    else if (isPlacementOnly(c)) n.placement++;
    else n.changed++;
  }
  return n;
}

/** 新增3项，删除1项，修改5项，调整编号2项 (parts with zero left out). */
export function countsWording(n: ChangeCounts): string {
  const parts = [
    n.added ? `新增${n.added}项` : '',
    n.removed ? `删除${n.removed}项` : '',
    n.changed ? `修改${n.changed}项` : '',
    n.placement ? `调整位置或编号${n.placement}项` : '',
  ].filter(Boolean);
  return parts.length ? parts.join('，') : '无变化';
}
