/**
 * How the model writes an inspection out for the handbook and the site: its kind is not said
 * twice when the title already says it (the README's own `title: 明查暗访` printed
 * 明查暗访：明查暗访), and the answer key's note.
 */
import { expect, it } from 'vitest';
import {
  awardTitle,
  gbQuotes,
  inspectionKindSaid,
  inspectionLine,
  joinWideLines,
  penaltyLine,
  quoteInText,
  thresholdPeriodsSaid,
} from '../src/model/wording.ts';
import { clauseLabel } from '../src/model/clauses.ts';
import { keyNote } from '../src/print/quiz-assembly.ts';

it('writes an inspection with its kind and frequency, the kind once', () => {
  expect(inspectionLine({ kind: 'scheduled', title: '月度服务检查', frequency: '每月一次' })).toBe(
    '月度服务检查：定期检查，每月一次',
  );
  expect(inspectionLine({ kind: 'unannounced', title: '明查暗访', frequency: '每季度不少于两次' })).toBe(
    '明查暗访：每季度不少于两次',
  );
  expect(inspectionLine({ kind: 'unannounced', title: '明查暗访（监督员以客户身份办理业务）' })).toBe(
    '明查暗访（监督员以客户身份办理业务）',
  );
  expect(inspectionLine({ kind: 'self', title: '班组季度自查' })).toBe('班组季度自查');
  // A title that says the kind in its own words is not followed by the kind's name (luping: 暗访（…）：明查暗访).
  expect(inspectionKindSaid({ kind: 'unannounced', title: '暗访' })).toBe(true);
  expect(inspectionLine({ kind: 'unannounced', title: '暗访（督导员装作业主来办事）' })).toBe(
    '暗访（督导员装作业主来办事）',
  );
  expect(inspectionLine({ kind: 'survey', title: '业主满意度问卷调查', frequency: '每半年一次' })).toBe(
    '业主满意度问卷调查：每半年一次',
  );
  expect(inspectionLine({ kind: 'unannounced', title: '服务质量抽查' })).toBe('服务质量抽查：明查暗访');
});

it("gives an award's prize with its name, wherever it is shown", () => {
  expect(awardTitle({ title: '乘客救助奖', amount: 1000 })).toBe('乘客救助奖（奖金1000元）');
  expect(awardTitle({ title: '年度金牌服务班组' })).toBe('年度金牌服务班组');
});

it('names the seed on the answer key only when the template sets one (never the tool’s default)', () => {
  const a = {
    seed: 'guifan',
    versions: [
      { letter: 'A', sections: [] },
      { letter: 'B', sections: [] },
    ],
    total: 100,
  };
  expect(keyNote(a, false)).toBe(
    '本答案适用于A卷、B卷。各卷题目相同，题序和选项顺序不同，请按试卷版本核对。满分100分。',
  );
  expect(keyNote(a, false)).not.toContain('guifan');
  expect(keyNote({ ...a, seed: '2026-春' }, true)).toContain('组卷编号：2026-春');
});

it('quotes a text in a sentence with its own quotes nested, and closes a quote a shortening cut open', () => {
  expect(quoteInText('首问负责')).toBe('“首问负责”');
  // The handbook's foreword named a clause as 条款“为提高……树立“清泉澄川、…” — nested “ and one never closed.
  expect(quoteInText('为提高服务水平，树立“清泉澄川、…')).toBe('“为提高服务水平，树立‘清泉澄川、…’”');
  expect(quoteInText('执行「首问负责制」')).toBe('“执行‘首问负责制’”');
  expect(gbQuotes('「一」『二』“三‘四’”')).toBe('“一”“二”“三‘四’”');
});

it("writes a penalty with its figures unspaced and the content's words after a comma", () => {
  expect(penaltyLine({ fine: 200, fineMax: 500, points: 10, text: '视情节待岗培训。' })).toBe(
    '罚款200–500元，扣10分，视情节待岗培训。',
  );
  expect(penaltyLine({ fine: 200 })).toBe('罚款200元');
  expect(penaltyLine({ text: '退还财物，调离岗位。' })).toBe('退还财物，调离岗位。');
});

it('joins source lines between Chinese characters without a space, and keeps the space between Western words', () => {
  expect(joinWideLines('制度，\n但墙上')).toBe('制度，但墙上');
  expect(joinWideLines('一线员工  \n  知道')).toBe('一线员工知道');
  expect(joinWideLines('Service\nnorms')).toBe('Service\nnorms');
  expect(joinWideLines('达到\n100%')).toBe('达到\n100%');
});

it('a clause as a link ends without its sentence mark', () => {
  const label = clauseLabel({ label: '6.1.1', text: '上岗人员应统一着装。' } as Parameters<typeof clauseLabel>[0]);
  expect(label).toBe('6.1.1 上岗人员应统一着装');
});

it('says which phases a score threshold holds in, so two 低于85分 rules read apart', () => {
  const source = { file: 'assessment/group.yaml', line: 1, column: 1 };
  const phases = [
    { id: 'p1', title: '学习动员阶段', from: '2027-01-01', to: '2027-02-28', source },
    { id: 'p2', title: '全面实施阶段', from: '2027-03-01', source },
  ];
  const threshold = { id: 't', below: 85, consequence: '书面提醒。', source };
  expect(thresholdPeriodsSaid({ ...threshold, phases: ['p1'] }, phases)).toBe('（学习动员阶段）');
  // In the programme's order, whatever order the threshold lists them in.
  expect(thresholdPeriodsSaid({ ...threshold, phases: ['p2', 'p1'] }, phases)).toBe('（学习动员阶段、全面实施阶段）');
  expect(thresholdPeriodsSaid(threshold, phases)).toBe('');
  // A phase whose title has brackets of its own: the inner pair changes shape.
  const bracketed = [{ id: 'h1', title: '上半年（磨合期）', from: '2027-01-01', source }];
  expect(thresholdPeriodsSaid({ ...threshold, phases: ['h1'] }, bracketed)).toBe('（上半年〔磨合期〕）');
});
