/**
 * A number a unit sets otherwise, written out in prose: a text says "5个工作日" where the content
 * elsewhere writes {{complaint-reply-days}}个工作日, the organisation's value is 5, and a unit that
 * reads this very text (text-readers.ts) sets 3 — its staff would read two deadlines. The shape
 * (param-shapes.ts) and the words around the number (param-context.ts) tie a literal to a param.
 * A warning, not an error: only the author can tell what a number means. One per text field and
 * literal, however many units or pages show it.
 */
import type { Assembled } from '../assemble.ts';
import { at } from '../build/context.ts';
import type { Diagnostics } from '../diagnostics.ts';
import { ParamContexts } from '../param-context.ts';
import {
  FILLED,
  learnShapes,
  literalKey,
  literalsIn,
  type Shapes,
  unitWordAt,
  writtenNumber,
} from '../param-shapes.ts';
import { PLACEHOLDER } from '../params.ts';
import { formatPath } from '../source.ts';
import type { ParamValue, ResolvedUnit } from '../types.ts';
import { type ParamText, paramTexts } from './param-texts.ts';
import { textReaders } from './text-readers.ts';

/** A literal looked for: the organisation's value of these params with the unit word they are written with. */
interface Wanted {
  number: string;
  unit: string;
  params: string[];
}

/** Params some unit sets otherwise, each with the units whose value differs from the organisation's. */
type Differing = Map<string, ResolvedUnit[]>;

export function checkLiteralParams(a: Assembled, units: readonly ResolvedUnit[], diags: Diagnostics): void {
  const org = a.organisation;
  if (!org) return;
  const differing: Differing = new Map();
  for (const [name, value] of Object.entries(org.params)) {
    const number = writtenNumber(value);
    const others = number === undefined ? [] : units.filter((u) => writtenNumber(u.params[name]) !== number);
    if (others.length > 0) differing.set(name, others);
  }
  // Most content has no unit that sets a number otherwise: nothing is read further.
  if (differing.size === 0) return;
  const f = a.files;
  const shapes = learnShapes(
    [f.norms, f.commitments, f.etiquette, f.processes, f.assessment, f.services, f.quiz, f.units].flatMap((files) =>
      files.map((x) => x.data as unknown),
    ),
  );
  const wanted = wantedLiterals(shapes, differing, org.params);
  if (wanted.size === 0) return;
  const texts = [...paramTexts(a)];
  const contexts = learnContexts(a, texts, shapes, differing);
  const reads = textReaders(a);
  const keys = new Set(wanted.keys());
  const reported = new Set<string>();
  for (const t of texts) {
    for (const lit of literalsIn(t.text, keys)) {
      const once = [t.pf.file, t.owner, t.field, lit.key].join('\u0000');
      if (reported.has(once)) continue;
      const w = wanted.get(lit.key)!;
      const found = w.params
        .filter((param) => contexts.matches(param, lit.before, lit.after, t.heading))
        .map((param) => ({ param, units: differing.get(param)!.filter((u) => reads(u, t)) }))
        .filter((x) => x.units.length > 0);
      if (found.length === 0) continue;
      reported.add(once);
      report(diags, t, w, lit.written, found);
    }
  }
}

/** Per literal ("5个工作日"), the params it writes out: the organisation's value in each shape the content uses. */
function wantedLiterals(shapes: Shapes, differing: Differing, params: Record<string, ParamValue>): Map<string, Wanted> {
  const wanted = new Map<string, Wanted>();
  for (const param of differing.keys()) {
    const number = writtenNumber(params[param])!;
    for (const unit of shapes.get(param) ?? []) {
      const key = literalKey(number, unit);
      const w = wanted.get(key);
      if (w) w.params.push(param);
      else wanted.set(key, { number, unit, params: [param] });
    }
  }
  return wanted;
}

/**
 * The words written around each param: around its {{name}} in the organisation's texts, and around
 * a unit's own value in the unit's own wording (a unit that rewords 5个工作日 to its 3个工作日
 * shows what the number means).
 */
function learnContexts(a: Assembled, texts: readonly ParamText[], shapes: Shapes, differing: Differing): ParamContexts {
  const contexts = new ParamContexts(texts.map((t) => t.text));
  const plain = (s: string): string => s.replace(PLACEHOLDER, FILLED);
  for (const t of texts) {
    if (!t.text.includes('{{')) continue;
    for (const m of t.text.matchAll(PLACEHOLDER)) {
      if (!differing.has(m[1]!)) continue;
      const end = m.index + m[0].length;
      const after = t.text.slice(unitWordAt(t.text, end)?.end ?? end);
      contexts.learn(m[1]!, plain(t.text.slice(0, m.index)), plain(after), t.heading);
    }
  }
  const files = new Map(a.files.units.map((file) => [file.data.id, file] as const));
  for (const [param, units] of differing)
    for (const u of units) {
      const data = files.get(u.id)?.data;
      const value = writtenNumber(u.params[param]);
      if (!data || value === undefined) continue;
      const keys = new Set([...(shapes.get(param) ?? [])].map((unit) => literalKey(value, unit)));
      for (const text of strings({ ...data, params: undefined }))
        for (const lit of literalsIn(text, keys)) contexts.learn(param, lit.before, lit.after, undefined);
    }
  return contexts;
}

/** Every string inside a value. */
function* strings(v: unknown): Generator<string> {
  if (typeof v === 'string') yield v;
  else if (Array.isArray(v)) for (const x of v) yield* strings(x);
  else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) yield* strings(x);
}

/** At most this many units are named; the rest are counted. */
const NAMED = 4;

/** The units named in the message: a sub-unit with its parent's value is folded into the parent. */
function setters(
  found: { param: string; units: ResolvedUnit[] }[],
  unit: string,
): { who: ResolvedUnit; value: string; below: boolean }[] {
  const out: { who: ResolvedUnit; value: string; below: boolean }[] = [];
  for (const { param, units } of found) {
    const value = (u: ResolvedUnit): string => `${writtenNumber(u.params[param]) ?? String(u.params[param])}${unit}`;
    for (const u of units) {
      const top = units.find((p) => p !== u && u.lineage.includes(p.id) && value(p) === value(u));
      if (top) continue;
      const below = units.some((c) => c !== u && c.lineage.includes(u.id) && value(c) === value(u));
      if (!out.some((o) => o.who === u)) out.push({ who: u, value: value(u), below });
    }
  }
  return out;
}

function report(
  diags: Diagnostics,
  t: ParamText,
  w: Wanted,
  literal: string,
  found: { param: string; units: ResolvedUnit[] }[],
): void {
  const names = found.map((x) => `{{${x.param}}}`);
  const all = setters(found, w.unit);
  const shown = all.slice(0, NAMED);
  const more = all.length - shown.length;
  const zhUnits = shown
    .map((s) => `${s.who.name}（${s.who.id}）${s.below ? '及其下级单位' : ''}定为 ${s.value}`)
    .join('，');
  const enUnits = shown
    .map((s) => `${s.who.id} (${s.who.name})${s.below ? ' and its sub-units' : ''} set${s.below ? '' : 's'} ${s.value}`)
    .join(', ');
  const fix = `${names[0]}${w.unit}`;
  diags.warning(
    at(t.pf, t.path),
    formatPath(t.path),
    'literal-param-value',
    `这里直接写了“${literal}”，即 ${names.join(' 或 ')} 在组织中的值；但${zhUnits}${more > 0 ? `，另有 ${more} 个单位也不同` : ''}，` +
      `这些单位的页面、手册和学习材料会出现两个不同的数。请把“${literal}”改写为 ${fix}，每个单位就显示自己的值（如果这里说的是另一件事的数，可不改） / ` +
      `this text writes "${literal}", the organisation's value of ${names.join(' or ')}, but ${enUnits}${more > 0 ? ` and ${more} more unit(s) differ` : ''}: ` +
      `their pages, handbooks and study material would state two different numbers. Write ${fix} instead, so that each unit shows its own value (if this number is about something else, leave it)`,
  );
}
