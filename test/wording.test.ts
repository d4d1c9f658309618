/**
 * How the model writes an inspection out for the handbook and the site: its kind is not said
 * twice when the title already says it (the README's own `title: 明查暗访` printed
 * 明查暗访：明查暗访).
 */
import { expect, it } from 'vitest';
import { inspectionKindSaid, inspectionLine } from '../src/model/wording.ts';

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
