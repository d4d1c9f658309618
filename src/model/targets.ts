/**
 * A commitment's measurable target: its value read from a number or a
 * {{param}}, and the two ways it is written out — compact for tables
 * (≤ 45分钟) and as the public reads it on a board or poster (45分钟内).
 */
import type { Diagnostics } from './diagnostics.ts';
import { lookupParam, reportMissingParam, type Scope } from './params.ts';
import { isSaneAmount } from './schema/common.ts';
import { withWrittenAsHint } from './slips.ts';
import type { Comparator, Target } from './types/commitments.ts';
import type { SourceRef } from './types.ts';

const COMPARATOR_SIGN: Record<Comparator, string> = { le: '≤', lt: '<', ge: '≥', gt: '>', eq: '=' };

/** Units of time: "within" reads 45分钟内; "at least" reads 不少于. */
const TIME_UNIT = /^(秒|秒钟|分|分钟|小时|个?小时|天|日|个?工作日|周|个?月|年|个工作日|工作日)$/;
/**
 * Units that count things or events: "at least" reads 不少于 (2次/月, 4班/日), not 不低于. A count
 * per period (班/日, 趟/周, 车次/天) counts too, whatever its counting word; a price (元/吨) does not.
 * Hours of training (40学时) are counted as well: 不少于40学时.
 */
const COUNT_UNIT =
  /^(次|个|名|人|人次|家|台|辆|件|条|项|场|处|户|班|趟|车次|班次|批|轮|学时|课时|天\/周|次\/[^\s]+|个\/[^\s]+|人\/[^\s]+|(?!元)[\p{Script=Han}]{1,3}\/(?:日|天|周|月|季度?|年|小时|班))$/u;

/** 24 + 小时 → 24小时; 0.28 + MPa → 0.28 MPa (Latin units take a space, Chinese ones and % do not). */
export function formatAmount(value: number, unit: string): string {
  const spaced = /^[A-Za-z]/.test(unit);
  return `${formatNumber(value)}${spaced ? ' ' : ''}${unit}`;
}

/** Numbers as people write them: no exponent, no float noise (0.1 + 0.2), no trailing zeros. */
// One formatter for every call: toLocaleString made a new one each time, 2.3 s of the 100× site's 89 s.
const INTEGER = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 0 });

export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return INTEGER.format(value);
  return String(Number(value.toPrecision(12)));
}

export function formatTarget(value: number, unit: string, comparator: Comparator): string {
  const amount = formatAmount(value, unit);
  // "= 24小时/天" reads oddly on a notice board: an exact target is shown as the bare amount.
  return comparator === 'eq' ? amount : `${COMPARATOR_SIGN[comparator]} ${amount}`;
}

/** The target in words, as printed on the board: 45分钟内, 不超过3次, 不低于98%, 不少于2次/月. */
export function targetWording(value: number, unit: string, comparator: Comparator): string {
  const amount = formatAmount(value, unit);
  const time = TIME_UNIT.test(unit);
  const count = COUNT_UNIT.test(unit);
  switch (comparator) {
    case 'eq':
      return amount;
    case 'le':
      return time ? `${amount}内` : `不超过${amount}`;
    case 'lt':
      return time ? `不到${amount}` : `低于${amount}`;
    case 'ge':
      return count || time ? `不少于${amount}` : `不低于${amount}`;
    case 'gt':
      return count || time ? `多于${amount}` : `高于${amount}`;
  }
}

/**
 * Reports why a target's {{param}} gave no value: not defined (with "did you mean"), or defined
 * as something that is not a number printing as written ("1e21", "三").
 */
export function reportTargetParam(
  diags: Diagnostics,
  source: SourceRef,
  path: string,
  name: string,
  scope: Scope,
  known: readonly string[],
  where?: { id: string; name: string },
): void {
  const value = lookupParam(name, scope);
  if (value === undefined) {
    reportMissingParam(diags, source, path, name, known, where);
    return;
  }
  diags.error(
    source,
    path,
    'not-a-number',
    withWrittenAsHint(
      `参数 "${name}" 的值 ${JSON.stringify(value)} 不是可印出的数字（目标值须为 ±1 万亿以内的数字） / param "${name}" is ${JSON.stringify(value)}, not a number that prints as written (a target is a number within ±1e12)`,
      value,
    ),
  );
}

export function resolveTarget(
  raw: { value: number | string; unit: string; comparator: Comparator },
  scope: Scope,
): Target | { error: string } {
  let value: number;
  let param: string | undefined;
  if (typeof raw.value === 'number') value = raw.value;
  else {
    param = raw.value.slice(2, -2).trim();
    const v = lookupParam(param, scope);
    if (v === undefined) return { error: param };
    value = typeof v === 'number' ? v : Number(v);
    // A param written as text ("1e21") must still print as written: 1e+21小时 is no target.
    if (!isSaneAmount(value)) return { error: param };
  }
  return {
    value,
    unit: raw.unit,
    comparator: raw.comparator,
    ...(param ? { param } : {}),
    display: formatTarget(value, raw.unit, raw.comparator),
    wording: targetWording(value, raw.unit, raw.comparator),
  };
}
