/**
 * Turns zod issues into diagnostics a non-programmer can act on: the position
 * of the offending value in the YAML file, the field path, what was expected
 * and what was found, in Chinese and English, with "did you mean" for
 * misspelt field names.
 */
import type { z } from 'zod';
import { closest, type Diagnostics } from './diagnostics.ts';
import { unquotedParamHint, visible, withSlipHint, withWrittenAsHint } from './slips.ts';
import { describeFound, meantValue, TYPE_EN, TYPE_ZH, withFound } from './type-words.ts';
import { formatPath, hasKey, locate, type ParsedFile } from './source.ts';

type Issue = z.core.$ZodIssue;

/** The parts of zod's internal definition this module reads. */
interface SchemaDef {
  type: string;
  shape?: Record<string, SchemaLike>;
  element?: SchemaLike;
  innerType?: SchemaLike;
  getter?: () => SchemaLike;
  in?: SchemaLike;
  out?: SchemaLike;
  options?: SchemaLike[];
  discriminator?: string;
  values?: unknown[];
}
interface SchemaLike {
  _zod: { def: SchemaDef };
}

/** Strips wrappers (optional, default, lazy, pipes) down to the schema that decides the shape. */
function unwrap(s: SchemaLike): SchemaLike {
  for (let guard = 0; guard < 20; guard++) {
    const def = s._zod.def;
    if (def.innerType) s = def.innerType;
    else if (def.type === 'lazy' && def.getter) s = def.getter();
    else if (def.type === 'pipe' && def.in && def.out) {
      const out = unwrap(def.out);
      s = out._zod.def.type === 'transform' ? def.in : out;
      if (s === out) return s;
    } else return s;
  }
  return s;
}

function pick(s: SchemaLike, data: unknown): SchemaLike {
  s = unwrap(s);
  const def = s._zod.def;
  if (def.type === 'union' && def.options) {
    const objects = def.options.map(unwrap).filter((o) => o._zod.def.type === 'object');
    if (def.discriminator && data && typeof data === 'object') {
      const value = (data as Record<string, unknown>)[def.discriminator];
      const match = objects.find((o) => {
        const lit = o._zod.def.shape?.[def.discriminator!];
        return lit !== undefined && (unwrap(lit)._zod.def.values ?? []).includes(value);
      });
      if (match) return match;
    }
    if (objects[0]) return objects[0];
  }
  return s;
}

/** Field names allowed at path, following the data to choose among union members. */
export function knownKeysAt(schema: SchemaLike, path: readonly PropertyKey[], data: unknown): string[] {
  let s = pick(schema, data);
  let d: unknown = data;
  for (const seg of path) {
    const def = s._zod.def;
    d = d && typeof d === 'object' ? (d as Record<PropertyKey, unknown>)[seg] : undefined;
    if (def.type === 'object' && def.shape && typeof seg === 'string' && def.shape[seg]) s = pick(def.shape[seg], d);
    else if (def.type === 'array' && def.element) s = pick(def.element, d);
    else return [];
  }
  const def = s._zod.def;
  if (def.type === 'union' && def.options) {
    return [...new Set(def.options.map(unwrap).flatMap((o) => Object.keys(o._zod.def.shape ?? {})))];
  }
  return Object.keys(def.shape ?? {});
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let d = data;
  for (const seg of path) {
    if (d === null || typeof d !== 'object') return undefined;
    d = (d as Record<PropertyKey, unknown>)[seg];
  }
  return d;
}

/** Our own schema messages are already bilingual ("中文 / English"). */
const isOwnMessage = (m: string) => m.includes(' / ');

export function reportZodIssues(
  pf: ParsedFile,
  schema: SchemaLike,
  issues: readonly Issue[],
  diags: Diagnostics,
): void {
  const all = flatten(issues);
  // A misspelt required field (nmae for name) is one slip: "did you mean name" says it all, so
  // the missing "name" is not reported as well.
  const meant = new Set<string>();
  for (const issue of all) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = knownKeysAt(schema, issue.path, pf.data);
    for (const key of issue.keys) {
      const guess = closest(
        key,
        known.filter((k) => !hasKey(pf, [...issue.path, k])),
      );
      if (guess) meant.add(formatPath([...issue.path, guess]));
    }
  }
  for (const issue of all) {
    if (
      issue.code === 'invalid_type' &&
      valueAt(pf.data, issue.path) === undefined &&
      meant.has(formatPath(issue.path))
    )
      continue;
    if (issue.code === 'invalid_union' && 'discriminator' in issue && typeof issue.discriminator === 'string') {
      const key = [...issue.path, issue.discriminator];
      if (valueAt(pf.data, key) === undefined && meant.has(formatPath(key))) continue;
    }
    report(pf, schema, issue, diags);
  }
}

/** Unions report one list of issues per member; keep the member that matched best. */
function flatten(issues: readonly Issue[]): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    if (issue.code === 'invalid_union' && issue.errors.length > 0 && !('note' in issue && issue.note)) {
      // The member with the fewest (and deepest) issues is the one the author meant.
      const best = [...issue.errors].sort((a, b) => a.length - b.length || depthOf(b) - depthOf(a))[0]!;
      const prefixed = best.map((i) => ({ ...i, path: [...issue.path, ...i.path] }) as Issue);
      // A member that failed at its root (wrong kind of value altogether) tells less than the union.
      if (best.every((i) => i.path.length === 0) && issue.errors.length > 1) out.push(issue);
      else out.push(...flatten(prefixed));
    } else out.push(issue);
  }
  return out;
}
const depthOf = (list: readonly Issue[]) => Math.max(...list.map((i) => i.path.length));

function report(pf: ParsedFile, schema: SchemaLike, issue: Issue, diags: Diagnostics): void {
  const path = issue.path;
  const where = formatPath(path);
  const found = valueAt(pf.data, path);
  switch (issue.code) {
    case 'unrecognized_keys':
      reportUnknownKeys(pf, schema, issue, diags);
      return;
    case 'invalid_type':
      reportType(pf, issue, where, found, diags);
      return;
    case 'invalid_value':
      reportValue(pf, issue, where, found, diags);
      return;
    case 'invalid_union':
      reportUnion(pf, issue, where, found, diags);
      return;
    case 'too_small':
    case 'too_big':
      reportSize(pf, issue, where, found, diags);
      return;
    case 'invalid_format': {
      const at = locate(pf, path);
      const f = describeFound(found);
      const msg = isOwnMessage(issue.message)
        ? withFound(issue.message, f)
        : issue.format === 'url'
          ? `网址格式不正确，应以 https:// 开头，实际是${f.zh} / not a valid URL (https://…), found ${f.en}`
          : `格式不正确（${issue.format}），实际是${f.zh} / wrong format (${issue.format}), found ${f.en}`;
      diags.error(at, where, 'invalid-format', withWrittenAsHint(withSlipHint(msg, found), found));
      return;
    }
    case 'invalid_key': {
      const at = locate(pf, path, { key: true });
      diags.error(
        at,
        where,
        'invalid-key',
        `名称格式不正确：只能使用小写英文字母、数字和连字符 / invalid name: use a-z, 0-9 and "-"`,
      );
      return;
    }
    default: {
      const at = locate(pf, path);
      // Our own checks name their kind of problem (invalid-date, unsafe-url, out-of-range).
      const own = issue.code === 'custom' && typeof issue.params?.code === 'string' ? issue.params.code : 'invalid';
      diags.error(
        at,
        where,
        own,
        withSlipHint(isOwnMessage(issue.message) ? issue.message : `内容不符合要求 / invalid: ${issue.message}`, found),
      );
    }
  }
}

/** A missing required field, or a value of the wrong type. */
function reportType(
  pf: ParsedFile,
  issue: Extract<Issue, { code: 'invalid_type' }>,
  where: string,
  found: unknown,
  diags: Diagnostics,
): void {
  const path = issue.path;
  const at = locate(pf, path);
  if (!at.exists || found === undefined) {
    const field = String(path[path.length - 1] ?? '');
    diags.error(
      at,
      where,
      'missing-field',
      `缺少必填字段 "${field}"（应为${TYPE_ZH[issue.expected] ?? issue.expected}） / missing required field "${field}" (expected ${TYPE_EN[issue.expected] ?? issue.expected})`,
    );
    return;
  }
  const f = describeFound(found);
  const hint = unquotedParamHint(pf.text.split('\n')[at.line - 1] ?? '', found);
  diags.error(
    at,
    where,
    'wrong-type',
    withWrittenAsHint(
      `类型不对：应为${TYPE_ZH[issue.expected] ?? issue.expected}，实际是${f.zh}${hint.zh} / wrong type: expected ${TYPE_EN[issue.expected] ?? issue.expected}, found ${f.en}${hint.en}`,
      issue.expected === 'number' ? found : undefined,
    ),
  );
}

/** A value not among the allowed ones, with the nearest allowed one. */
function reportValue(
  pf: ParsedFile,
  issue: Extract<Issue, { code: 'invalid_value' }>,
  where: string,
  found: unknown,
  diags: Diagnostics,
): void {
  const path = issue.path;
  const at = locate(pf, path);
  const options = issue.values.map((v) => String(v)).join('、');
  const allowed = issue.values.map(String);
  // 不少于 is not near "ge" letter by letter, but it is what the clerk meant.
  const guess = typeof found === 'string' ? (meantValue(found, allowed) ?? closest(found, allowed)) : undefined;
  const f = describeFound(found);
  if (found === undefined) {
    const field = String(path[path.length - 1] ?? '');
    diags.error(
      at,
      where,
      'missing-field',
      `缺少必填字段 "${field}"（应为 ${options} 之一） / missing required field "${field}" (one of ${allowed.join(', ')})`,
    );
    return;
  }
  diags.error(
    at,
    where,
    'invalid-value',
    withSlipHint(
      `取值无效：应为 ${options} 之一，实际是${f.zh}${guess ? `，是不是想写 "${guess}"？` : ''} / invalid value: expected one of ${issue.values.map(String).join(', ')}, found ${f.en}${guess ? `; did you mean "${guess}"?` : ''}`,
      found,
    ),
  );
}

/** Unknown fields, each at its key, with the closest allowed field or the list of them. */
function reportUnknownKeys(
  pf: ParsedFile,
  schema: SchemaLike,
  issue: Extract<Issue, { code: 'unrecognized_keys' }>,
  diags: Diagnostics,
): void {
  const path = issue.path;
  const known = knownKeysAt(schema, path, pf.data);
  for (const key of issue.keys) {
    const keyPath = [...path, key];
    const at = locate(pf, keyPath, { key: true });
    const guess = closest(
      key,
      known.filter((k) => !hasKey(pf, [...path, k])),
    );
    const hint = guess ? `，是不是想写 "${guess}"？` : `；可用字段：${known.join(', ')}`;
    const hintEn = guess ? `; did you mean "${guess}"?` : `; allowed fields: ${known.join(', ')}`;
    diags.error(
      at,
      formatPath(keyPath),
      'unknown-field',
      withSlipHint(`未知字段 "${visible(key)}"${hint} / unknown field "${visible(key)}"${hintEn}`, key),
    );
  }
}

/** A value that fits no member of a union: the discriminator's options, or what each member expected. */
function reportUnion(
  pf: ParsedFile,
  issue: Extract<Issue, { code: 'invalid_union' }>,
  where: string,
  found: unknown,
  diags: Diagnostics,
): void {
  const path = issue.path;
  const at = locate(pf, path);
  const f = describeFound(found);
  if ('discriminator' in issue && issue.discriminator) {
    const options = (issue as { options?: unknown[] }).options?.map(String) ?? [];
    const guess = typeof found === 'string' ? (meantValue(found, options) ?? closest(found, options)) : undefined;
    diags.error(
      at,
      where,
      found === undefined ? 'missing-field' : 'invalid-value',
      found === undefined
        ? `缺少必填字段 "${issue.discriminator}"（应为 ${options.join('、')} 之一） / missing required field "${issue.discriminator}" (one of ${options.join(', ')})`
        : `取值无效：应为 ${options.join('、')} 之一，实际是${f.zh}${guess ? `，是不是想写 "${guess}"？` : ''} / invalid value: expected one of ${options.join(', ')}, found ${f.en}${guess ? `; did you mean "${guess}"?` : ''}`,
    );
    return;
  }
  // Each alternative in the reader's words: "none" 或 列表, not "none" or array.
  const alternatives = issue.errors
    .map((list) => list.find((i) => i.path.length === 0))
    .filter((i): i is Issue => i !== undefined)
    .map((i) => {
      if (i.code === 'invalid_value') {
        const values = i.values.map((v) => JSON.stringify(v)).join('/');
        return { zh: values, en: values };
      }
      if (i.code === 'invalid_type')
        return { zh: TYPE_ZH[i.expected] ?? i.expected, en: TYPE_EN[i.expected] ?? i.expected };
      return undefined;
    })
    .filter((a) => a !== undefined);
  const zh = alternatives.map((a) => a.zh).join(' 或 ');
  const en = alternatives.map((a) => a.en).join(' or ');
  if (found === undefined) {
    const field = String(path[path.length - 1] ?? '');
    diags.error(
      at,
      where,
      'missing-field',
      `缺少必填字段 "${field}"（应为 ${zh}） / missing required field "${field}" (expected ${en})`,
    );
    return;
  }
  const hint = unquotedParamHint(pf.text.split('\n')[at.line - 1] ?? '', found);
  diags.error(
    at,
    where,
    'wrong-type',
    `取值不符合要求：应为 ${zh}，实际是${f.zh}${hint.zh} / invalid value: expected ${en}, found ${f.en}${hint.en}`,
  );
}

/** Too few or too many items, too short a text, too small or too big a number. */
function reportSize(
  pf: ParsedFile,
  issue: Extract<Issue, { code: 'too_small' | 'too_big' }>,
  where: string,
  found: unknown,
  diags: Diagnostics,
): void {
  const path = issue.path;
  if (issue.code === 'too_small') {
    const at = locate(pf, path);
    if (issue.origin === 'array') {
      diags.error(at, where, 'too-few', `至少需要 ${issue.minimum} 项 / needs at least ${issue.minimum} item(s)`);
    } else if (issue.origin === 'string') {
      diags.error(at, where, 'empty', isOwnMessage(issue.message) ? issue.message : `不能为空 / must not be empty`);
    } else {
      diags.error(
        at,
        where,
        'too-small',
        `数值应不小于 ${issue.minimum}，实际是 ${String(found)} / must be at least ${issue.minimum}, found ${String(found)}`,
      );
    }
    return;
  }
  const at = locate(pf, path);
  const unit =
    issue.origin === 'array' ? ['项', 'items'] : issue.origin === 'string' ? ['个字符', 'characters'] : ['', ''];
  const f = issue.origin === 'number' ? describeFound(found) : undefined;
  diags.error(
    at,
    where,
    'too-big',
    `超出上限 ${issue.maximum}${unit[0]}${f ? `，实际是${f.zh}` : ''} / more than the maximum of ${issue.maximum} ${unit[1]}${f ? `, found ${f.en}` : ''}`,
  );
}
