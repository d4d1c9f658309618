/**
 * Scripted revisions of the two fixture organisations (test/fixtures/orgs): one edit of each
 * kind — add, remove, reword, change a strength, move to another document, renumber, change a
 * target (a param), change a unit's override — and, per organisation, the change list they must
 * produce, written by hand from the edits.
 */
import { ContentEditor } from './yaml-edit.ts';

export interface ExpectedRevision {
  /** Per changed document: id → 'added' | 'removed' | aspects joined by '+'; every other change listed there is 'renumbered'. */
  documents: Record<string, Record<string, string>>;
  /** The other content as written: exactly these changes. */
  content: Record<string, string>;
  /** Per unit: its own changes (what no document, content file or wider scope reports the same way), exactly. */
  units: Record<string, Record<string, string>>;
}

export function reviseMixedDistrict(dir: string): void {
  const e = new ContentEditor(dir);
  const courtesy = 'norms/group-courtesy.yaml';
  e.setTop(courtesy, ['version'], '2028');
  e.setTop(courtesy, ['effective'], '2028-01-01');
  // Add (the clauses after it in 特殊群体服务 are renumbered).
  e.insert(courtesy, 'gc-special', 'clauses', 1, {
    id: 'gc-hearing',
    text: '对听力不好的群众，一线人员应放慢语速，必要时写字沟通。',
    strength: 'shall',
    tags: ['特殊群体'],
  });
  // Remove.
  e.remove(courtesy, 'gc-no-phone-play');
  // Reword.
  e.set(courtesy, 'gc-no-gifts', {
    text: '一线人员不得收受服务对象的现金、红包、购物卡、礼品和土特产，也不得接受其宴请或娱乐安排。',
  });
  // Strength (应 → 宜).
  e.set(courtesy, 'gc-rise-to-greet', {
    text: '群众走近窗口或柜台时，坐着的员工宜起身或欠身致意，目光接触并先开口问好。',
    strength: 'should',
  });
  // Move to another document: the pause sign goes to the bank counter norms' lobby section.
  e.moveToFile(courtesy, 'gc-pause-sign', 'norms/bank-counter.yaml', 'bk-lobby', 'clauses', 0);
  e.setTop('norms/bank-counter.yaml', ['version'], '2028');
  // Renumber: 投诉与监督 gets chapter 10.
  e.set(courtesy, 'gc-complaints', { number: '10' });
  // A target: the complaint reply limit, 5 → 3 working days.
  e.setTop('organisation.yaml', ['params', 'complaint-reply-days'], 3);
  // A unit's override: the outlet's large-cash appointment, 2 → 3 working days.
  e.override('units/bank-xiangyang-outlet.yaml', 'bank-large-cash', {
    text: '单笔5万元以上取现，预约后3个工作日内备好现金。',
    target: { value: 3, unit: '个工作日', comparator: 'le' },
  });
}

export const MIXED_DISTRICT: ExpectedRevision = {
  documents: {
    'group-courtesy-norms': {
      'gc-hearing': 'added',
      'gc-no-phone-play': 'removed',
      'gc-no-gifts': 'wording',
      'gc-rise-to-greet': 'wording+strength',
      'gc-pause-sign': 'moved+renumbered',
      'gc-complaint-reply': 'wording+renumbered',
    },
    'bank-counter-norms': { 'gc-pause-sign': 'moved+renumbered' },
  },
  // The param reaches the group's commitment (text and target), the complaint process's step and its description.
  content: {
    'grp-complaint-reply': 'wording+target',
    'group-complaint-process': 'note',
    'gp-reply': 'time-limit',
  },
  // A unit's own: its override; its own clauses renumbered by the clauses put in before them.
  units: {
    'bank-chengnan': { 'chengnan-wealth-room': 'renumbered' },
    'bank-xiangyang-outlet': { 'bank-large-cash': 'wording+target' },
    'hospital-outpatient': { 'hosp-escort-elderly': 'renumbered' },
  },
};

export function reviseThreeLevelPower(dir: string): void {
  const e = new ContentEditor(dir);
  const group = 'norms/group-service.yaml';
  e.setTop(group, ['version'], '2028');
  e.setTop(group, ['effective'], '2028-01-01');
  e.insert(group, 'gs-complaints', 'clauses', 2, {
    id: 'gs-complaint-visit',
    text: '投诉办结后，应在5个工作日内回访客户，听取对处理结果的意见。',
    strength: 'shall',
    tags: ['投诉'],
  });
  e.remove(group, 'gs-no-idle-chat');
  e.set(group, 'gs-no-gifts', { text: '员工不得收受客户的财物、购物卡和宴请，客户执意留下的礼品应当天上交并登记。' });
  // Strength (宜 → 应).
  e.set(group, 'gs-seat-client', { text: '客户在柜台前办理时间较长的，应请客户坐下办理。', strength: 'shall' });
  // Move to another document: home service becomes the city power company's intake rule.
  e.moveToFile(group, 'gs-home-service', 'norms/power-business.yaml', 'pb-intake', 'clauses', 0);
  e.setTop('norms/power-business.yaml', ['version'], '2028');
  e.set(group, 'gs-complaints', { number: '8' });
  // A target: the group's complaint reply limit 5 → 4 (the power company keeps its own 3).
  e.setTop('organisation.yaml', ['params', 'complaint-reply-days'], 4);
  // A unit's override: the power company's investigation limit, 2 → 1 working day.
  e.override('units/hc-power.yaml', 'hq-investigate', { timeLimit: '1个工作日' });
}

export const THREE_LEVEL_POWER: ExpectedRevision = {
  documents: {
    'group-service-norms': {
      'gs-complaint-visit': 'added',
      'gs-no-idle-chat': 'removed',
      'gs-no-gifts': 'wording',
      'gs-seat-client': 'wording+strength',
      'gs-home-service': 'moved+renumbered',
      'gs-complaint-reply': 'wording+renumbered',
    },
    'power-business-norms': { 'gs-home-service': 'moved+renumbered' },
  },
  // The param as written (the organisation's value) reaches the group's commitment and the complaint process's reply step.
  content: {
    'grp-complaint-reply': 'wording+target',
    'hq-reply': 'time-limit',
  },
  // The power company keeps its own reply limit: its 投诉应在受理后3个工作日内 only got a number.
  units: {
    'hc-power': {
      'hcp-no-lunch-close': 'renumbered',
      'gs-complaint-reply': 'renumbered',
      'hq-investigate': 'time-limit',
    },
    'songxi-county': { 'sx-market-day-desk': 'renumbered' },
  },
};
