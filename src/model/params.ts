/**
 * `{{params}}` and `{{hotline.*}}` in content text: filling them in for a scope
 * (the organisation or one unit), and reporting names that no scope defines.
 */
import type { Diagnostics } from './diagnostics.ts';
import { closest } from './suggest.ts';
import type { Hotlines, ParamValue, SourceRef } from './types.ts';

export const PLACEHOLDER = /\{\{\s*([a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)?)\s*\}\}/g;

/** A {{…}} holding what no name can (an underscore, a capital letter, a Chinese word): a miswritten name. */
const MISWRITTEN = /\{\{(?!\s*[a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)?\s*\}\})([^{}\n]{1,60})\}\}/g;

/** The values text is filled with: the organisation's, or a unit's after its overrides. */
export interface Scope {
  params: Record<string, ParamValue>;
  hotlines: Hotlines;
}

export const HOTLINE_KEYS = ['service', 'supervision', 'fault'] as const;

/** Whether a text uses any {{name}}. */
export function hasPlaceholder(text: string): boolean {
  return text.includes('{{');
}

/**
 * Fills {{param}} and {{hotline.service}} in text; returns the names it could not fill. A name
 * the scope lacks stays as written, or becomes what `fallback` gives for it.
 */
export function interpolate(
  template: string,
  scope: Scope,
  fallback?: (name: string) => string | undefined,
): { text: string; missing: string[] } {
  const missing: string[] = [];
  if (!hasPlaceholder(template)) return { text: template, missing };
  const text = template
    .replace(PLACEHOLDER, (whole, name: string) => {
      const value = lookupParam(name, scope);
      if (value === undefined) {
        missing.push(name);
        return fallback?.(name) ?? whole;
      }
      return String(value);
    })
    .replace(MISWRITTEN, (whole, inner: string) => {
      // {{satisfaction_rate}} is no name a param can have: without this it reached the public as written.
      const name = inner.trim();
      missing.push(name);
      return fallback?.(name) ?? whole;
    });
  return { text, missing };
}

export function lookupParam(name: string, scope: Scope): ParamValue | undefined {
  if (name.startsWith('hotline.')) {
    const key = name.slice('hotline.'.length);
    return (HOTLINE_KEYS as readonly string[]).includes(key)
      ? scope.hotlines[key as (typeof HOTLINE_KEYS)[number]]
      : undefined;
  }
  return scope.params[name];
}

/** Every name a scope can fill: its params and the hotline keys it has. */
export function knownNames(scope: Scope): string[] {
  return [...Object.keys(scope.params), ...HOTLINE_KEYS.filter((k) => scope.hotlines[k]).map((k) => `hotline.${k}`)];
}

/**
 * Reports a {{name}} that is not defined where the text is shown. `where` names the scope
 * (a unit) when the organisation defines it but that unit's view lacks it.
 */
export function reportMissingParam(
  diags: Diagnostics,
  source: SourceRef,
  path: string,
  name: string,
  known: readonly string[] = [],
  where?: { id: string; name: string },
): void {
  const guess = closest(name, known);
  const named = /^[a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)?$/.test(name);
  const hintZh = guess
    ? `，是不是 {{${guess}}}？`
    : named
      ? '（请在 organisation.yaml 的 params 或 hotlines 中定义，单位可再覆盖）'
      : '；参数名只能用小写英文字母、数字和连字符，例如 {{refund-minutes}}，并在 organisation.yaml 的 params 中定义';
  const hintEn = guess
    ? `; did you mean {{${guess}}}?`
    : named
      ? ' (add it to params or hotlines in organisation.yaml; units may override it)'
      : '; a param name is lower-case letters, digits and hyphens, e.g. {{refund-minutes}}, defined under params in organisation.yaml';
  const inZh = where ? `在“${where.name}”中` : '';
  const inEn = where ? ` for unit ${where.id}` : '';
  diags.error(
    source,
    path,
    'unknown-param',
    `文字中的 {{${name}}} ${inZh}没有定义${hintZh} / {{${name}}} in the text is not defined${inEn}${hintEn}`,
  );
}

/**
 * Fills every string inside `value` (objects and arrays walked, nothing else changed). For each
 * name it cannot fill, `onMissing` gets the field path and may give the text to put instead.
 * Values without any placeholder come back as the same object, so callers can tell whether
 * anything changed.
 */
export function fillDeep<T>(
  value: T,
  scope: Scope,
  onMissing?: (path: (string | number)[], name: string) => string | undefined,
  path: (string | number)[] = [],
): T {
  if (typeof value === 'string') {
    if (!hasPlaceholder(value)) return value;
    return interpolate(value, scope, onMissing ? (name) => onMissing(path, name) ?? undefined : undefined).text as T;
  }
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((v, i) => {
      const f = fillDeep(v, scope, onMissing, [...path, i]);
      if (f !== v) changed = true;
      return f;
    });
    return (changed ? out : value) as T;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const f = fillDeep(v, scope, onMissing, [...path, k]);
      if (f !== v) changed = true;
      out[k] = f;
    }
    return (changed ? out : value) as T;
  }
  return value;
}

/** Whether the object at `path` inside `data`, or one around it, is written for some units only. */
export function restrictedAt(data: unknown, path: readonly (string | number)[]): boolean {
  let node: unknown = data;
  for (let i = 0; i <= path.length; i++) {
    if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
      const o = node as Record<string, unknown>;
      if ((o.units !== undefined && o.units !== 'all') || o.industries !== undefined) return true;
    }
    if (i === path.length || node === null || typeof node !== 'object') break;
    node = (node as Record<string | number, unknown>)[path[i]!];
  }
  return false;
}

/** Whether any string inside `value` uses a placeholder. */
export function usesPlaceholders(value: unknown): boolean {
  if (typeof value === 'string') return hasPlaceholder(value);
  if (Array.isArray(value)) return value.some(usesPlaceholders);
  if (value !== null && typeof value === 'object') return Object.values(value).some(usesPlaceholders);
  return false;
}
