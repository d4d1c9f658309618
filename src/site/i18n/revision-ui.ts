/**
 * Words of the revision pages (修订说明), the change marks on norm pages, the feed and the
 * 本次修订 practice, in both locales. Kept apart from ui.ts: content (wordings, notes) stays
 * Chinese; these are the site's own words around it.
 */
import type { Locale } from './ui.ts';

const zh = {
  revisions: '修订说明',
  revisionsOf: (title: string) => `${title} 修订说明`,
  revisionsIntro: '各次修订的变化，最近一次在前。每项列出原文、新文和修改说明，改动的字词已标出。',
  noRevisions: '尚无修订记录：本站首次发布以来内容没有变化。',
  currentRevision: '本次修订',
  earlierRevision: '此前的修订',
  comparedWith: (old: string | undefined, now: string | undefined) =>
    old && now && old !== now ? `第${now}版与第${old}版相比` : now ? `第${now}版` : '',
  effectiveOn: (date: string) => `${date}起施行`,
  mainChanges: '主要变化',
  table: '修订对照表',
  number: '编号',
  oldWording: '原文',
  newWording: '新文',
  note: '说明',
  section: '所在部分',
  pdf: '下载修订对照表（PDF）',
  records: '修订记录',
  version: '版本',
  date: '日期',
  approver: '批准',
  summary: '修订内容',
  documents: '有变化的规范文件',
  units: '有变化的单位',
  documentStatus: { added: '新增文件', removed: '已删除', withdrawn: '已废止', changed: '已修订', same: '' } as Record<
    string,
    string
  >,
  unitAdded: '新单位',
  unitRemoved: '已撤销的单位',
  practice: '练习本次修订的内容',
  practiceForRole: (role: string) => `${role}的本次修订练习`,
  markNew: '新增',
  markRevised: '修订',
  markMoved: (old: string) => `原${old}`,
  markTitle: '查看修订对照',
  seeRevisions: '修订说明',
  feed: '修订订阅（Atom）',
  feedTitle: (org: string) => `${org} 服务规范修订`,
  unchangedPlacement: (n: number) => `另有${n}项仅调整位置或编号。`,
  empty: '（无）',
};

type Strings = typeof zh;

const en: Strings = {
  ...zh,
  revisions: 'Revision notes',
  revisionsOf: (title: string) => `Revision notes: ${title}`,
  revisionsIntro:
    'What each revision changed, latest first: old wording beside new, with the changed words marked, and a note.',
  noRevisions: 'No revisions yet: nothing has changed since the site was first published.',
  currentRevision: 'Current revision',
  earlierRevision: 'Earlier revision',
  comparedWith: (old: string | undefined, now: string | undefined) =>
    old && now && old !== now ? `Version ${now} against version ${old}` : now ? `Version ${now}` : '',
  effectiveOn: (date: string) => `in force from ${date}`,
  mainChanges: 'Main changes',
  table: 'Comparison table',
  number: 'No.',
  oldWording: 'Old wording',
  newWording: 'New wording',
  note: 'Note',
  section: 'Part',
  pdf: 'Download the comparison table (PDF)',
  records: 'Revision records',
  version: 'Version',
  date: 'Date',
  approver: 'Approved by',
  summary: 'Summary',
  documents: 'Norm documents changed',
  units: 'Units whose standards changed',
  documentStatus: { added: 'new document', removed: 'removed', withdrawn: 'withdrawn', changed: 'revised', same: '' },
  unitAdded: 'new unit',
  unitRemoved: 'unit removed',
  practice: 'Practise what this revision changed',
  practiceForRole: (role: string) => `This revision for ${role}`,
  markNew: 'New',
  markRevised: 'Revised',
  markMoved: (old: string) => `was ${old}`,
  markTitle: 'See the comparison',
  seeRevisions: 'Revision notes',
  feed: 'Revisions feed (Atom)',
  unchangedPlacement: (n: number) => `${n} more item(s) only moved or renumbered.`,
  empty: '(none)',
};

export const REVISION_UI: Record<Locale, Strings> = { 'zh-CN': zh, en };
