/**
 * A unit's params over the ones it inherits. Where the inherited value is a number and the unit
 * writes its own another way (二十, ２０, 20分钟), that is one error at the unit's line, with the
 * digits to write; the inherited value stands meanwhile, so the targets, texts and questions that
 * read the param are not reported again, each at a file the clerk did not touch.
 */
import { at } from '../build/context.ts';
import type { Diagnostics } from '../diagnostics.ts';
import type { ValidFile } from '../load.ts';
import { numberWrittenAs } from '../slips.ts';
import type { ParamValue } from '../types.ts';

export function unitParams(
  f: ValidFile<'units'>,
  inherited: Record<string, ParamValue>,
  diags: Diagnostics,
): Record<string, ParamValue> {
  const params = { ...inherited };
  for (const [name, value] of Object.entries(f.data.params ?? {})) {
    const before = inherited[name];
    const digits = typeof value === 'string' ? numberWrittenAs(value) : undefined;
    if (typeof before === 'number' && digits !== undefined) {
      diags.error(
        at(f.pf, ['params', name]),
        `params.${name}`,
        'param-not-digits',
        `参数 ${name} 应写阿拉伯数字（上级单位或集团写的是 ${before}），实际是文字 ${JSON.stringify(value)}；请写成 ${digits} / param ${name} is a number (${before} above this unit), found text ${JSON.stringify(value)}; write ${digits}`,
      );
      continue;
    }
    params[name] = value;
  }
  return params;
}
