/**
 * The scripted revision of the example organisation (content/): one edit of each kind a
 * revision is made of, as a staff office would make them between two published versions.
 */
import { ContentEditor } from './yaml-edit.ts';

export function reviseExample(dir: string): void {
  const e = new ContentEditor(dir);
  const general = 'norms/general.yaml';
  const counter = 'norms/counter-hotline.yaml';
  // The document's new version and its revision record.
  e.setTop(general, ['version'], '2027.2');
  e.setTop(general, ['effective'], '2027-07-01');
  e.setTop(
    general,
    ['revisions'],
    [
      { version: '2027.1', date: '2026-12-01', approver: '集团服务质量管理委员会', summary: '首次发布。' },
      {
        version: '2027.2',
        date: '2027-06-01',
        approver: '集团服务质量管理委员会',
        summary: '投诉答复时限由5个工作日缩短为3个工作日；增加首问责任人回访要求；调整暂停服务的规定。',
      },
    ],
  );
  // Add: a clause in the middle of first-contact responsibility (the clauses after it are renumbered).
  e.insert(general, 'first-contact-responsibility', 'clauses', 1, {
    id: 'first-contact-follow-up',
    text: '首问责任人交办后，应在1个工作日内跟进承办情况并告知客户。',
    strength: 'shall',
    tags: ['首问负责制'],
  });
  // Remove.
  e.remove(general, 'verify-identity-before-query');
  // Reword.
  e.set(general, 'no-eat-take-hold-demand', {
    text: '服务人员严禁利用职务便利向客户吃、拿、卡、要，严禁借办理业务谋取任何私利。',
  });
  // Change the strength (and the wording that carries it).
  e.set(general, 'treat-clients-equally', {
    text: '无论客户身份、衣着、口音和办理金额如何，服务人员宜一视同仁，热情程度前后一致。',
    strength: 'should',
  });
  // Move: the pause sign goes from work discipline to confidentiality's neighbour, first-contact's hand-off section.
  e.move(general, 'pause-sign-when-away', 'internal-handoff', 'clauses', 0);
  // Renumber: the counter norms' last chapter gets an explicit number (6 → 8).
  e.set(counter, 'business-handling', { number: '8' });
  // A target: the group's complaint reply limit, 5 → 3 working days (a param).
  e.setTop('organisation.yaml', ['params', 'complaint-reply-days'], 3);
  // A process step: its time limit and who does it.
  e.set('processes/complaint-handling.yaml', 'complaint-office-investigates', { timeLimit: '2个工作日' });
  e.set('processes/complaint-handling.yaml', 'complaint-apologise-and-penalise', { role: 'shift-leader' });
  // A phrase.
  e.set('etiquette/window.yaml', 'greet-while-busy', { text: '您好，请稍候，我办完手上这份单据马上为您办理。' });
  // A unit's override, and a unit's hotline.
  e.override('units/power-qingshi-station.yaml', 'lunch-break-rotation', {
    text: '午间12:00—13:30应保留一个综合窗口值守，并在门口公示值班手机号码，客户来电后5分钟内到柜台受理。',
  });
  e.setTop('units/toll-east-station.yaml', ['hotlines', 'supervision'], '0791-86645699');
}
