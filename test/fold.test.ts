// YAML folds a line break into a space; model/fold.ts undoes it where Chinese needs no space.
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { refoldChineseLines } from '../src/model/fold.ts';

function folded(text: string): unknown {
  const doc = parseDocument(text);
  refoldChineseLines(doc, text);
  return doc.toJS();
}

describe('refoldChineseLines', () => {
  it('joins Chinese lines without a space', () => {
    expect(folded('t: >-\n  首问负责、\n  限时办结\n')).toEqual({ t: '首问负责、限时办结' });
    expect(folded('t: 首问负责\n  限时办结\n')).toEqual({ t: '首问负责限时办结' });
  });

  it('never leaves a space beside full-width punctuation, even before a param or a digit', () => {
    expect(folded('t: >-\n  由服务质量管理办公室调查，\n  {{complaint-reply-days}}个工作日内答复\n')).toEqual({
      t: '由服务质量管理办公室调查，{{complaint-reply-days}}个工作日内答复',
    });
    expect(folded('t: >-\n  拨打 95598\n  （24小时）\n')).toEqual({ t: '拨打 95598（24小时）' });
  });

  it('keeps the space of a fold between Latin words or beside a number, and spaces written in a line', () => {
    expect(folded('t: >-\n  GB/T\n  32169 标准\n')).toEqual({ t: 'GB/T 32169 标准' });
    expect(folded('t: >-\n  供电\n  95598\n')).toEqual({ t: '供电 95598' });
    expect(folded('t: 《标准化工作导则 第1部分》\n')).toEqual({ t: '《标准化工作导则 第1部分》' });
  });

  it('leaves paragraphs of a folded block alone', () => {
    expect(folded('t: >-\n  第一段，\n\n  第二段\n')).toEqual({ t: '第一段，\n第二段' });
  });
});
