/**
 * How the model writes an inspection out for the handbook and the site: its kind is not said
 * twice when the title already says it (the README's own `title: 明查暗访` printed
 * 明查暗访：明查暗访), and the answer key's note.
 */
import { expect, it } from 'vitest';
import { gbQuotes, inspectionKindSaid, inspectionLine, quoteInText } from '../src/model/wording.ts';
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
  expect(inspectionKindSaid({ kind: 'unannounced', title: '暗访' })).toBe(false);
  expect(inspectionLine({ kind: 'unannounced', title: '暗访' })).toBe('暗访：明查暗访');
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
