import { describe, expect, it } from 'vitest';
import { inferStrength, strengthConflicts } from '../src/model/strength.ts';

describe('strength from wording', () => {
  it.each([
    ['服务人员应主动问候客户。', 'shall'],
    ['窗口人员必须佩戴工号牌。', 'shall'],
    ['不得以任何理由推诿客户。', 'shall-not'],
    ['严禁向客户索要财物。', 'shall-not'],
    ['营业厅宜设置老年人座椅。', 'should'],
    ['营业厅不宜张贴过期告示。', 'should-not'],
    ['客户可以通过热线预约上门服务。', 'may'],
    ['城区供应可靠，响应及时。', undefined],
    ['营业厅内环境适宜，价格便宜。', undefined],
  ])('%s → %s', (text, want) => {
    expect(inferStrength(text)).toBe(want);
  });

  it('a clause with both 应 and 不得 agrees with either marking', () => {
    const text = '能当场办理的业务应当场办结，不得拖延。';
    expect(strengthConflicts('shall', text)).toBeUndefined();
    expect(strengthConflicts('shall-not', text)).toBeUndefined();
    expect(strengthConflicts('may', text)).toBe('shall-not');
  });

  it('应 marked 可 is a conflict; wording without markers never is', () => {
    expect(strengthConflicts('may', '受理员应起立迎候。')).toBe('shall');
    expect(strengthConflicts('shall', '受理员可以先行登记。')).toBe('may');
    expect(strengthConflicts('shall', '营业时间为8:30—17:30。')).toBeUndefined();
  });
});
