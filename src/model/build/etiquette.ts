/** An etiquette file → EtiquetteSet: situations, standard and forbidden phrases, conduct rules, rule sets. */
import { restrictionOf } from '../applies.ts';
import { checkRef, type IdIndex } from '../ids.ts';
import type { Diagnostics } from '../diagnostics.ts';
import type { ValidFile } from '../load.ts';
import { formatPath, type ParsedFile } from '../source.ts';
import type { ConductRule, EtiquetteSet, Phrase, RuleSet, Situation } from '../types/etiquette.ts';
import { phraseSlots } from '../wording.ts';
import { at, fillFile, type BuildContext, type Path } from './context.ts';

type Data = ValidFile<'etiquette'>['data'];

/**
 * Builds the set from `data` (the file's data, or a copy with a unit's params filled in);
 * registers ids only when `ids` is given, so a unit's copy can be built without clashing.
 */
export function etiquetteFrom(pf: ParsedFile, d: Data, ids?: IdIndex): EtiquetteSet {
  const conductOf = (rules: Data['conduct'], base: Path, situationId?: string): ConductRule[] =>
    conductFrom(pf, d.id, rules, base, situationId, ids);
  const situations = d.situations.map((s, si): Situation => {
    const base: Path = ['situations', si];
    ids?.add('situation', s.id, s.title, at(pf, [...base, 'id']), formatPath([...base, 'id']), d.id);
    const phrase = (kind: 'standard' | 'forbidden', list: PhraseInput[], key: string): Phrase[] =>
      phrasesFrom(pf, { setId: d.id, situationId: s.id, base: [...base, key] }, kind, list, ids);
    const restrict = restrictionOf(s);
    return {
      id: s.id,
      title: s.title,
      ...(s.description ? { description: s.description } : {}),
      roles: s.roles ?? [],
      phrases: phrase('standard', s.phrases, 'phrases'),
      forbidden: phrase('forbidden', s.forbidden, 'forbidden'),
      conduct: conductOf(s.conduct, [...base, 'conduct'], s.id),
      setId: d.id,
      ...(restrict ? { restrict } : {}),
      source: at(pf, base),
    };
  });
  const ruleSets = d.ruleSets.map((r, i): RuleSet => {
    ids?.add('rule-set', r.id, r.title, at(pf, ['ruleSets', i, 'id']), formatPath(['ruleSets', i, 'id']), d.id);
    const restrict = restrictionOf(r);
    return {
      id: r.id,
      title: r.title,
      items: r.items,
      ...(r.card !== undefined ? { card: r.card } : {}),
      ...(restrict ? { restrict } : {}),
      source: at(pf, ['ruleSets', i]),
    };
  });
  const restrict = restrictionOf(d);
  return {
    id: d.id,
    title: d.title,
    ...(d.description ? { description: d.description } : {}),
    situations,
    ruleSets,
    conduct: conductOf(d.conduct, ['conduct']),
    ...(restrict ? { restrict } : {}),
    source: at(pf, []),
  };
}

export function buildEtiquette(f: ValidFile<'etiquette'>, ctx: BuildContext): EtiquetteSet {
  ctx.ids.add('etiquette', f.data.id, f.data.title, at(f.pf, ['id']), 'id');
  return etiquetteFrom(f.pf, fillFile(f.pf, f.data, ctx), ctx.ids);
}

export function checkEtiquetteRefs(f: ValidFile<'etiquette'>, ids: IdIndex, diags: Diagnostics): void {
  f.data.situations.forEach((s, si) => {
    (s.roles ?? []).forEach((r, i) =>
      checkRef(
        ids,
        diags,
        r,
        ['role'],
        at(f.pf, ['situations', si, 'roles', i]),
        formatPath(['situations', si, 'roles', i]),
      ),
    );
    s.forbidden.forEach((p, i) => {
      if (p.instead)
        checkRef(
          ids,
          diags,
          p.instead,
          ['phrase'],
          at(f.pf, ['situations', si, 'forbidden', i, 'instead']),
          formatPath(['situations', si, 'forbidden', i, 'instead']),
        );
    });
    if (s.phrases.length === 0 && s.forbidden.length === 0 && s.conduct.length === 0) {
      diags.warning(
        at(f.pf, ['situations', si]),
        formatPath(['situations', si]),
        'empty-situation',
        `场景“${s.title}”没有任何用语或行为规范 / situation "${s.title}" has no phrases or conduct rules`,
      );
    }
  });
}

/** A standard or forbidden phrase as written (only a forbidden one has `instead`). */
type PhraseInput = Data['situations'][number]['phrases' | 'forbidden'][number] & { instead?: string | undefined };

/** The conduct rules of a set or of one situation in it, registering their ids when `ids` is given. */
function conductFrom(
  pf: ParsedFile,
  setId: string,
  rules: Data['conduct'],
  base: Path,
  situationId: string | undefined,
  ids: IdIndex | undefined,
): ConductRule[] {
  return rules.map((r, i) => {
    ids?.add(
      'conduct',
      r.id,
      r.text.slice(0, 60),
      at(pf, [...base, i, 'id']),
      formatPath([...base, i, 'id']),
      situationId ?? setId,
    );
    const restrict = restrictionOf(r);
    return {
      id: r.id,
      topic: r.topic,
      text: r.text,
      ...(r.strength ? { strength: r.strength } : {}),
      ...(situationId ? { situationId } : {}),
      setId,
      ...(r.card !== undefined ? { card: r.card } : {}),
      ...(restrict ? { restrict } : {}),
      source: at(pf, [...base, i]),
    };
  });
}

/** A situation's standard or forbidden phrases (at `where.base`), registering their ids when `ids` is given. */
function phrasesFrom(
  pf: ParsedFile,
  where: { setId: string; situationId: string; base: Path },
  kind: 'standard' | 'forbidden',
  list: readonly PhraseInput[],
  ids: IdIndex | undefined,
): Phrase[] {
  const { setId, situationId, base } = where;
  return list.map((p, i) => {
    ids?.add(
      kind === 'standard' ? 'phrase' : 'forbidden',
      p.id,
      p.text,
      at(pf, [...base, i, 'id']),
      formatPath([...base, i, 'id']),
      situationId,
    );
    const restrict = restrictionOf(p);
    return {
      id: p.id,
      kind,
      text: p.text,
      slots: phraseSlots(p.text),
      ...(p.instead ? { instead: p.instead } : {}),
      ...(p.note ? { note: p.note } : {}),
      situationId,
      setId,
      ...(p.card !== undefined ? { card: p.card } : {}),
      ...(restrict ? { restrict } : {}),
      source: at(pf, [...base, i]),
    };
  });
}
