/**
 * Which printed notices must be reprinted: a unit's commitment poster when anything it shows
 * changed (the unit's name, its public commitments with their targets in words and their order,
 * its numbers, its effective date, the address its QR code opens), its pocket card when the
 * phrases, forbidden phrases, commitments or numbers chosen for the card (card.ts) changed.
 * What a poster or card shows is taken from the same model rules the print code uses.
 */
import { cardSelection, type CardLimits } from '../card.ts';
import { contactsOf } from '../contacts.ts';
import { absoluteUrl, paths } from '../routes.ts';
import type { Model } from '../types.ts';
import { unitView } from '../view.ts';
import { phraseDisplay } from '../wording.ts';

export interface Reprint {
  unitId: string;
  unitName: string;
  kind: 'poster' | 'card';
  /** What changed on it, in words (Chinese): 承诺“投诉限时答复”, 监督电话, 施行日期 … */
  reasons: string[];
}

type Face = Record<string, string>;

/** What a unit's poster shows, part by part. */
export function posterFace(model: Model, unitId: string): Face {
  const unit = model.units.find((u) => u.id === unitId)!;
  const view = unitView(model, unitId);
  const face: Face = {
    单位名称: unit.name,
    发布单位: model.organisation.name,
    施行日期: unit.effective,
    二维码网址: absoluteUrl(model, paths.board(unit.id)),
    承诺顺序: view.publicCommitments.map((c) => c.id).join(','),
  };
  for (const c of view.publicCommitments)
    face[`承诺“${c.title ?? c.id}”`] = `${c.title ?? ''}|${c.text}|${c.target?.wording ?? ''}`;
  for (const c of contactsOf(unit.hotlines)) face[c.label] = c.number;
  return face;
}

/** What a unit's pocket card shows, part by part, for a card template's limits. */
export function cardFace(model: Model, unitId: string, limits: CardLimits): Face {
  const unit = model.units.find((u) => u.id === unitId)!;
  const chosen = cardSelection(unitView(model, unitId), limits);
  const face: Face = { 单位简称: unit.shortName };
  chosen.phrases.forEach((p, i) => (face[`规范用语${i + 1}`] = phraseDisplay(p.text)));
  chosen.forbidden.forEach((p, i) => (face[`服务忌语${i + 1}`] = phraseDisplay(p.text)));
  chosen.rules.forEach((r, i) => (face[`服务守则${i + 1}`] = r.title ? `${r.title}：${r.text}` : r.text));
  face.承诺顺序 = chosen.commitments.map((c) => c.id).join(',');
  for (const c of chosen.commitments)
    face[`承诺“${c.title ?? c.id}”`] = `${c.title ?? ''}|${c.text}|${c.target?.wording ?? ''}`;
  for (const c of contactsOf(unit.hotlines)) face[c.label] = c.number;
  return face;
}

/** The parts of two faces that differ: 新增/删除/修改 of each named part. */
function differences(old: Face, now: Face): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(now))
    if (old[k] === undefined) out.push(`新增${k}`);
    else if (old[k] !== v) out.push(k === '承诺顺序' ? '承诺顺序调整' : `${k}变更`);
  for (const k of Object.keys(old)) if (now[k] === undefined) out.push(`删除${k}`);
  return out;
}

/**
 * The posters and cards of the new model that differ from the old model's, in unit order
 * (a unit that is new gets both). `cardLimits`: one per card template (what it can hold).
 */
export function reprints(old: Model, now: Model, cardLimits: readonly CardLimits[]): Reprint[] {
  const out: Reprint[] = [];
  for (const unit of now.units) {
    const before = old.units.some((u) => u.id === unit.id);
    const poster = before ? differences(posterFace(old, unit.id), posterFace(now, unit.id)) : ['新单位'];
    if (poster.length > 0) out.push({ unitId: unit.id, unitName: unit.name, kind: 'poster', reasons: poster });
    const card = before
      ? [
          ...new Set(
            cardLimits.flatMap((limits) => differences(cardFace(old, unit.id, limits), cardFace(now, unit.id, limits))),
          ),
        ]
      : ['新单位'];
    if (card.length > 0) out.push({ unitId: unit.id, unitName: unit.name, kind: 'card', reasons: card });
  }
  return out;
}
