/** Chinese numerals, as service documents write their quantities (三个工作日, 十五分钟, 第十二条). */

const DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Value of a Chinese numeral up to 9999 (一, 十二, 二十, 一百零五), or undefined. Arabic digits pass through. */
export function chineseNumeral(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^[零〇一二两三四五六七八九十百千]+$/u.test(s)) return undefined;
  let total = 0;
  let current = 0;
  const units: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
  for (const ch of s) {
    const d = DIGIT[ch];
    if (d !== undefined) {
      current = d;
      continue;
    }
    const unit = units[ch];
    if (unit === undefined) return undefined;
    total += (current === 0 ? 1 : current) * unit;
    current = 0;
  }
  return total + current;
}

const HAN_DIGITS = '〇一二三四五六七八九';

/** 1 → 一, 12 → 十二, 20 → 二十, 105 → 一百零五, 110 → 一百一十 (as documents and Word's chineseCounting write them). */
export function chineseCounting(n: number): string {
  if (n <= 0 || !Number.isInteger(n)) return String(n);
  if (n < 10) return HAN_DIGITS[n] ?? String(n);
  if (n < 20) return `十${n % 10 === 0 ? '' : HAN_DIGITS[n % 10]}`;
  if (n < 100) return `${HAN_DIGITS[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : HAN_DIGITS[n % 10]}`;
  if (n < 1000) {
    const rest = n % 100;
    return `${HAN_DIGITS[Math.floor(n / 100)]}百${rest === 0 ? '' : rest < 10 ? `零${HAN_DIGITS[rest]}` : rest < 20 ? `一${chineseCounting(rest)}` : chineseCounting(rest)}`;
  }
  return String(n);
}
