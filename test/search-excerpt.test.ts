/**
 * Search results' excerpts are cut where a text may be cut: never inside a time (8:30), a number
 * with its unit (3个工作日), a date, a phone number or a word (model/text-runs.ts, search/excerpt.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unbreakableRuns } from '../src/model/text-runs.ts';
import { excerptRange } from '../src/search/excerpt.ts';

const inside = (text: string, at: number): boolean => unbreakableRuns(text).some(([a, b]) => a < at && at < b);
const runsOf = (text: string): string[] => unbreakableRuns(text).map(([a, b]) => text.slice(a, b));

describe('runs never cut', () => {
  it('times, ranges, phone numbers, numbers with units, dates and words are one run each', () => {
    expect(runsOf('每日8:30—17:30，午间12:00—13:30值守')).toEqual(['8:30—17:30', '12:00—13:30']);
    expect(runsOf('监督电话0791-86620000，热线95598')).toEqual(['0791-86620000', '95598']);
    expect(runsOf('应在3个工作日内答复，24小时到场，合格率97%')).toEqual(['3个工作日', '24小时', '97%']);
    expect(runsOf('压力不低于0.28MPa，罚款200—500元')).toEqual(['0.28MPa', '200—500元']);
    expect(runsOf('自2027年1月1日起，1月31日前完成；ETC办理')).toEqual(['2027年1月1日', '1月31日', 'ETC']);
    expect(runsOf('Q/YLGY 101—2027 本规范，依据GB/T 15834')).toEqual(['Q/YLGY 101—2027', 'GB/T 15834']);
  });
});

describe('excerptRange', () => {
  // A match at the start; the naive cut (50 characters after it) falls inside 8:30 or 个工作日.
  const filler = '窗口服务人员应当主动热情地接待每一位前来办理业务的客户并耐心解答客户提出的各种问题'.repeat(2);
  const time = `受理${filler.slice(0, 49)}8:30—17:30对外营业`;
  const days = `受理${filler.slice(0, 47)}在3个工作日内办结并回访`;

  it('does not end inside a time or a number with its unit (where a fixed 50 characters did)', () => {
    for (const text of [time, days]) {
      expect(inside(text, 2 + 50), text).toBe(true);
      const [start, end] = excerptRange(text, 0, 2);
      expect(start).toBe(0);
      expect(inside(text, end), text.slice(0, end)).toBe(false);
    }
    expect(time.slice(...excerptRange(time, 0, 2))).toMatch(/8:30—17:30$/);
    expect(days.slice(...excerptRange(days, 0, 2))).toMatch(/3个工作日$/);
  });

  it('does not start inside one either', () => {
    const text = `监督电话0791-86620000${filler}投诉`;
    const pos = text.indexOf('投诉');
    const [start] = excerptRange(text, pos, 2, pos - 8);
    expect(inside(text, pos - (pos - 8))).toBe(true);
    expect(text.slice(start)).toMatch(/^0791-86620000/);
  });

  it('does not start with a mark closing what came before', () => {
    const text = `${filler.slice(0, 40)}：${filler}投诉`;
    const pos = text.indexOf('投诉');
    const [start] = excerptRange(text, pos, 2, pos - 40);
    expect(text[start]).not.toBe('：');
  });

  it('ends just after a punctuation mark near the wanted length', () => {
    const text = `受理${filler.slice(0, 45)}，${filler}`;
    const [, end] = excerptRange(text, 0, 2);
    expect(text[end - 1]).toBe('，');
  });

  it('never cuts inside a run in any text of the example content, wherever the match is', () => {
    const texts: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.(ya?ml|mdx)$/.test(e.name))
          for (const line of fs.readFileSync(p, 'utf8').split('\n'))
            if (/[0-9]/.test(line) && line.trim().length > 20) texts.push(line.trim());
      }
    };
    walk(path.resolve('content'));
    expect(texts.length).toBeGreaterThan(50);
    let cuts = 0;
    for (const text of texts)
      for (let pos = 0; pos < text.length; pos += 3)
        for (const [before, after] of [
          [30, 50],
          [5, 7],
          [12, 20],
        ] as const) {
          const [start, end] = excerptRange(text, pos, 1, before, after);
          expect(start).toBeLessThanOrEqual(pos);
          expect(end).toBeGreaterThanOrEqual(Math.min(text.length, pos + 1));
          expect(inside(text, start), `${text} @${pos} start ${start}`).toBe(false);
          expect(inside(text, end), `${text} @${pos} end ${end}`).toBe(false);
          cuts++;
        }
    expect(cuts).toBeGreaterThan(1000);
  });
});
