/**
 * The print line breaker weighs a break inside a Chinese word (as Intl.Segmenter finds words):
 * Chinese may break between any two Han characters, but 监督电 / 话 reads worse than 监督 / 电话,
 * so the breaker takes a nearly-as-good break instead, never at the price of a ragged line or an
 * extra line. 10 pt a character: a line of 18 takes 18 characters, its 17 Han gaps up to 1.36 pt.
 */
import { describe, expect, it } from 'vitest';
import { breakLines, type Line } from '../src/print/layout/lines.ts';
import { wordInteriors } from '../src/diagram/words.ts';

const advance = (): number => 10;
const texts = (lines: Line[]): string[] => lines.map((l) => l.text);

describe('words at line ends', () => {
  it('finds the inside of words of two or more Han characters', () => {
    // 对/我们/的/服务/有/意见/，/请拨/打/集团/监督/电话
    const text = '对我们的服务有意见，请拨打集团监督电话';
    expect([...wordInteriors(text)].map((p) => `${text[p - 1]}|${text[p]}`)).toEqual([
      '我|们',
      '服|务',
      '意|见',
      '请|拨',
      '集|团',
      '监|督',
      '电|话',
    ]);
    expect(wordInteriors('0623-5510315').size).toBe(0);
  });

  it('breaks one character earlier, the line justified, rather than split a word', () => {
    // Filled to the measure the first line ends 监督电 / 话 (the breaker's choice before).
    const lines = breakLines('对我们的服务有意见，请拨打集团监督电话，我们会认真处理。', { width: 180, advance });
    expect(texts(lines)).toEqual(['对我们的服务有意见，请拨打集团监督', '电话，我们会认真处理。']);
    expect(lines[0]!.justify).toBe(true);
  });

  it('still splits a word when every other break would leave a line ragged', () => {
    // 对服务不满意请拨打 / 监督电话 needs 1 em over 8 Han gaps (at most 0.76 em).
    const lines = breakLines('对服务不满意请拨打监督电话', { width: 100, advance });
    expect(texts(lines)).toEqual(['对服务不满意请拨打监', '督电话']);
    expect(lines[0]!.justify).toBe(true);
  });

  it('never adds a line to keep a word whole', () => {
    // As few lines as the characters need at 9, 12 and 15 a line, whichever breaks read best.
    const text = '您好我是维修员这是我的工作证今天来检查燃气管道请您开门谢谢';
    for (const width of [90, 120, 150])
      expect(breakLines(text, { width, advance })).toHaveLength(Math.ceil(text.length / (width / 10)));
  });

  it('keeps words whole in a ragged table cell when a line has room to spare', () => {
    expect(texts(breakLines('系统坏了，改天再来吧。', { width: 80, advance, ragged: true }))).toEqual([
      '系统坏了，',
      '改天再来吧。',
    ]);
  });
});
