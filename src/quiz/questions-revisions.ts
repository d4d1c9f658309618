/** Questions on what a revision changed: the new wording against the old. */
import { formatNumber, plausibleWrongNumbers } from './numbers.ts';
import { currentScopeRevision } from '../model/changes/current.ts';
import { learnableChanges } from '../model/changes/marks.ts';
import type { DiffPart, ItemChange } from '../model/changes/types.ts';
import { STRENGTH_LABEL_ZH } from '../model/strength.ts';
import type { SourceRef } from '../model/types.ts';
import { commitmentKindWord } from '../model/wording.ts';
import { arrange, type BankBuilder, chooseDistractors, GENERATED_OPTION_COUNT } from './offers.ts';

/** One replacement in a wording's diff: the old words and the new words at the same place, in the new wording. */
interface Replacement {
  before: string;
  removed: string;
  added: string;
  after: string;
}

/** Every run of words the new wording put in place of old ones (5 → 3, 都应 → 宜), with the new wording around it. */
function replacements(parts: readonly DiffPart[]): Replacement[] {
  const newText = (list: readonly DiffPart[]): string =>
    list
      .filter((p) => p.op !== 'removed')
      .map((p) => p.text)
      .join('');
  const out: Replacement[] = [];
  for (let i = 0; i + 1 < parts.length; i++) {
    const a = parts[i]!;
    const b = parts[i + 1]!;
    if (a.op === 'same' || b.op === 'same' || a.op === b.op) continue;
    out.push({
      before: newText(parts.slice(0, i)),
      removed: a.op === 'removed' ? a.text : b.text,
      added: a.op === 'added' ? a.text : b.text,
      after: newText(parts.slice(i + 2)),
    });
    i++;
  }
  return out;
}

const STRENGTH_WORDS = Object.values(STRENGTH_LABEL_ZH);
const HAS_NUMBER = /\d/;

/** Where a changed item is, for a stem: 《窗口服务通用规范》4.2.3, 服务承诺“投诉答复”, 内部服务标准“岗前培训”. */
function changedItemName(change: ItemChange): string {
  const n = change.new!;
  if (n.kind === 'clause') return `《${n.section.title}》${n.number ?? ''}`;
  if (n.kind === 'commitment') return `${commitmentKindWord({ public: n.fields.public !== '内部' })}“${n.label}”`;
  if (n.kind === 'conduct') return `${n.section.title}的举止要求`;
  return `${n.section.title}`;
}

/**
 * Questions that contrast the old and the new wording of the scope's current revision (本次修订),
 * where a number or a strength changed (5 → 3 个工作日, 应 → 宜) or a step's time limit: the
 * new wording with the changed words as the gap, the old value among the options, the change
 * in the explanation. Only items the bank's view shows in their new wording.
 */
export function revisionQuestions(b: BankBuilder): void {
  const model = b.view.model;
  const current = currentScopeRevision(model, b.view.unitId ?? 'organisation');
  if (!current) return;
  for (const change of learnableChanges(current.scope)) {
    if (change.status !== 'changed') continue;
    const o = change.old!;
    const n = change.new!;
    const source = model.index[change.id]?.source;
    if (!source) continue;
    const rng = b.rng('revision-contrast', change.id);
    if (change.aspects.includes('time-limit') && o.fields['time-limit'] && n.fields['time-limit']) {
      offerTimeLimitContrast(b, change, source, rng);
      continue;
    }
    if (!change.diff) continue;
    // The strength first (what a reader must now do), else the first number that changed.
    const oldStrength = o.fields.strength;
    const newStrength = n.fields.strength;
    const all = replacements(change.diff);
    const strength =
      change.aspects.includes('strength') && oldStrength && newStrength
        ? all.find((x) => x.added.includes(newStrength) && x.removed.includes(oldStrength))
        : undefined;
    const r =
      strength ??
      all.find(
        (x) => HAS_NUMBER.test(x.removed) && HAS_NUMBER.test(x.added) && /^[\d.]+$/.test(x.added.replace(/\D+$/, '')),
      );
    if (!r) continue;
    let pool: string[];
    if (!strength) {
      const m = /[\d.]+/.exec(r.added)!;
      const value = Number.parseFloat(m[0]);
      pool = plausibleWrongNumbers(value, '').map((v) => r.added.replace(m[0], formatNumber(v)));
    } else {
      pool = STRENGTH_WORDS;
    }
    const clash = (x: string, y: string): boolean => x.includes(y) || y.includes(x);
    const distractors = [
      r.removed,
      ...chooseDistractors(
        r.added,
        [{ items: pool.filter((x) => !clash(x, r.removed)) }],
        rng,
        [],
        GENERATED_OPTION_COUNT - 2,
      ),
    ];
    const where = changedItemName(change);
    const stem = `本次修订后，${where}：“${r.before}（　）${r.after}”括号处应为？`;
    const explanation = `本次修订将“${r.removed}”改为“${r.added}”。${where}：${n.wording}`;
    b.offer(
      'revision-contrast',
      [change.id],
      { type: 'single', stem, ...arrange(r.added, distractors, rng), explanation },
      source,
    );
  }
}

/** A step's time limit changed: the new limit asked, the old one among the options. */
function offerTimeLimitContrast(
  b: BankBuilder,
  change: ItemChange,
  source: SourceRef,
  rng: ReturnType<BankBuilder['rng']>,
): void {
  const n = change.new!;
  const was = change.old!.fields['time-limit']!;
  const now = n.fields['time-limit']!;
  const value = Number.parseFloat(now);
  const unit = now.replace(/^[\d.]+/, '');
  const wrong = Number.isFinite(value)
    ? plausibleWrongNumbers(value, unit).map((v) => `${formatNumber(v)}${unit}`)
    : [];
  const distractors = [
    was,
    ...chooseDistractors(now, [{ items: wrong.filter((d) => d !== was) }], rng, [], GENERATED_OPTION_COUNT - 2),
  ];
  const explanation = `本次修订将“${n.label}”环节的时限由“${was}”改为“${now}”（${n.section.title}）。`;
  b.offer(
    'revision-contrast',
    [change.id],
    {
      type: 'single',
      stem: `本次修订后，${n.section.title}中“${n.label}”环节的时限是？`,
      ...arrange(now, distractors, rng),
      explanation,
    },
    source,
  );
}
