/**
 * The building blocks every content schema uses: ids, text, dates, amounts, safe URLs,
 * strength words, industries, applies-to scoping, hotlines, params and references.
 *
 * Every object in the content schemas is strict (unknown fields are errors, so a misspelt
 * field never silently disappears). Field descriptions double as hover help in editors via
 * the generated JSON Schemas (see ../jsonschema.ts).
 */
import { z } from 'zod';

/** Stable identifier: lower-case ASCII, digits and hyphens. Used in URLs (#c-<id>) and references. */
export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, {
    message: 'id 只能使用小写英文字母、数字和连字符，并以字母或数字开头 / an id may only contain a-z, 0-9 and "-"',
  })
  .max(80)
  .describe('Stable id: never changes once published; used in links (#c-<id>) and references. a-z, 0-9, "-".');

/** Non-empty human text (trimmed). Lines folded by YAML are joined without a space in Chinese (fold.ts). */
export const Text = z.string().trim().min(1, { message: '不能为空 / must not be empty' });

export const IdList = z.array(Id);

/** Words staff use for an item (indexed by search, shown nowhere else). */
export const Keywords = z
  .array(Text)
  .optional()
  .describe('Words staff use for this item, e.g. 工牌 for 工号牌: found by search, shown nowhere else');

/** Years a service standard's dates may fall in: a typo such as 0227 or 20277 is caught. */
const YEARS = { min: 1900, max: 2199 } as const;

/** A calendar date written as YYYY-MM-DD that exists (no 2027-02-30). YAML may already have turned it into a Date. */
export const DateString = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期应写作 YYYY-MM-DD / a date must be written YYYY-MM-DD' })
    .superRefine((v, ctx) => {
      // A value not in the form has been reported already; read as a date it is nonsense (NaN 年).
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return;
      const [y, m, d] = v.split('-').map(Number) as [number, number, number];
      const date = new Date(Date.UTC(y, m - 1, d));
      if (m < 1 || m > 12 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
        ctx.addIssue({
          code: 'custom',
          params: { code: 'invalid-date' },
          message: `日期 ${v} 不存在（${y} 年 ${m} 月没有 ${d} 日） / the date ${v} does not exist (month ${m} of ${y} has no day ${d})`,
        });
      } else if (y < YEARS.min || y > YEARS.max) {
        ctx.addIssue({
          code: 'custom',
          params: { code: 'invalid-date' },
          message: `日期 ${v} 的年份不合理（应在 ${YEARS.min}–${YEARS.max} 之间） / the year of ${v} is out of range (${YEARS.min}–${YEARS.max})`,
        });
      }
    })
    .describe('A date, YYYY-MM-DD'),
);

/** Largest magnitude of a number that is printed (targets, fines, params): beyond it, a typo. */
export const AMOUNT_LIMIT = 1e12;
/** Whether a number prints as written: finite, within ±AMOUNT_LIMIT and not so small that it would print as 1e-7. */
export const isSaneAmount = (v: number): boolean =>
  Number.isFinite(v) && Math.abs(v) <= AMOUNT_LIMIT && (v === 0 || Math.abs(v) >= 1e-6);
const amountMessage = (v: number) =>
  `数值 ${String(v)} 超出合理范围（应在 ±1 万亿以内，且不小于 0.000001），会被印成科学计数法 / the number ${String(v)} is out of range (within ±1e12 and not below 0.000001); it would print in exponent notation`;

export const saneAmount = (v: number, ctx: z.RefinementCtx): void => {
  if (!isSaneAmount(v)) ctx.addIssue({ code: 'custom', params: { code: 'out-of-range' }, message: amountMessage(v) });
};

/** A number as printed on posters and pages. */
export const Amount = z.number().superRefine(saneAmount);

const URL_SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// biome-ignore lint/suspicious/noControlCharactersInRegex: an id must not hold control characters; this pattern finds them
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u00a0\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/u;

/**
 * Why a URL is refused, or undefined: only http(s) addresses and, unless `absolute`, addresses
 * relative to the site are allowed, so no javascript:, data:, vbscript: or file: link (nor one
 * disguised with a tab or an entity) can reach a page or a QR code.
 */
export function urlProblem(value: string, absolute: boolean): string | undefined {
  const shown = JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (CONTROL_OR_SPACE.test(value) || /&(#x?[0-9a-f]+|[a-z]+);?/i.test(value)) {
    return `网址中不能有空格、控制字符或 HTML 实体（实际是 ${shown}） / a URL cannot hold spaces, control characters or HTML entities (found ${shown})`;
  }
  const scheme = URL_SCHEME.exec(value)?.[1]?.toLowerCase();
  const refused = `网址只能以 http:// 或 https:// 开头${absolute ? '' : '，或是相对地址（如 /downloads/）'}，不允许 javascript:、data: 等（实际是 ${shown}） / a URL must start with http:// or https://${absolute ? '' : ' or be relative (e.g. /downloads/)'}; javascript:, data: and other schemes are refused (found ${shown})`;
  if (scheme !== undefined) {
    if (scheme !== 'http' && scheme !== 'https') return refused;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return `网址格式不正确（实际是 ${shown}） / not a valid URL (found ${shown})`;
    }
    if (!url.hostname)
      return `网址缺少域名，如 https://example.org/ （实际是 ${shown}） / the URL has no host, e.g. https://example.org/ (found ${shown})`;
    return undefined;
  }
  if (absolute || value.startsWith('//')) return refused;
  return undefined;
}

/** A link to a web page: http(s), or relative to the site. */
export const SafeUrl = z.string().superRefine((v, ctx) => {
  const problem = urlProblem(v, false);
  if (problem) ctx.addIssue({ code: 'custom', params: { code: 'unsafe-url' }, message: problem });
});

export const STRENGTHS = ['shall', 'shall-not', 'should', 'should-not', 'may'] as const;
export const Strength = z
  .enum(STRENGTHS)
  .describe('Normative strength: shall 应, shall-not 不得, should 宜, should-not 不宜, may 可');
export type Strength = z.infer<typeof Strength>;

export const INDUSTRIES = [
  'power',
  'water',
  'gas',
  'heating',
  'toll',
  'bus',
  'taxi',
  'rail',
  'airport',
  'bank',
  'insurance',
  'telecom',
  'post',
  'hospital',
  'hotel',
  'tourism',
  'retail',
  'property',
  'education',
  'government',
  'other',
] as const;
export const Industry = z.enum(INDUSTRIES).describe('Industry of the organisation or unit');

/**
 * Which units something applies to. Omitted: every unit. A unit named here brings its sub-units
 * along (they inherit what their parent has); `industries` narrows to units of those industries.
 * Written on a file it covers everything in the file; written on an item it narrows further.
 */
export const Applies = {
  units: z
    .union([z.literal('all'), IdList])
    .optional()
    .describe('"all" (the default) or the ids of the units it applies to; their sub-units are included'),
  industries: z.array(Industry).min(1).optional().describe('Only units of these industries (e.g. [bank, hotel])'),
};

/** Put this item on the pocket card (人手一卡); without any, the card chooses the first ones. */
export const OnCard = z.boolean().optional().describe('true: print it on the pocket card (人手一卡)');

/**
 * Hotlines. The three well-known ones have fixed keys so posters and pages can place them;
 * `other` holds any further numbers with their labels.
 */
export const Hotlines = z
  .strictObject({
    service: z.string().trim().min(1).optional().describe('Service hotline (服务热线), e.g. 95598'),
    supervision: z.string().trim().min(1).optional().describe('Supervision / complaint phone (监督电话)'),
    fault: z.string().trim().min(1).optional().describe('Fault / repair line (故障报修电话)'),
    other: z
      .array(z.strictObject({ label: Text, number: z.string().trim().min(1) }))
      .optional()
      .describe('Further numbers, each with a label'),
  })
  .describe('Telephone numbers shown to the public');
export type Hotlines = z.infer<typeof Hotlines>;

/** Named values that commitments, pages, posters and quizzes read: `{{name}}` in text. */
export const Params = z
  .record(z.string().regex(/^[a-z][a-z0-9-]*$/), z.union([z.string(), Amount]))
  .describe('Named values (numbers, times, phone numbers) referenced as {{name}} in text; a unit may override them');

export const Reference = z.strictObject({
  title: Text.describe('Title of the referenced rule, e.g. 《电力供应与使用条例》'),
  code: z.string().trim().optional().describe('Its number, e.g. GB/T 1.1-2020'),
  url: SafeUrl.optional().describe('Link to the rule: https://… or relative to the site'),
});
