/**
 * Items as they stand in one version, for comparison: every clause of a document, and every
 * item of a scope's view (clauses, situations, phrases, conduct rules, rule sets, commitments,
 * processes and their steps, assessment rules, hotlines) with the fields a reader sees, as the
 * reader sees them (params filled, phrases with their slots named, targets in words).
 */
import { walkClauses } from '../clauses.ts';
import type { Strength } from '../schema/common.ts';
import type { Clause, NormDocument } from '../types/documents.ts';
import type { Commitment } from '../types/commitments.ts';
import type { Model, Role } from '../types.ts';
import type { ScopeView } from '../view.ts';
import { phraseDisplay, strengthWord, thresholdPeriodsSaid } from '../wording.ts';
import type { ItemSnapshot, Section } from './types.ts';

/** At most this many characters of a text name an item in a list. */
const LABEL_LENGTH = 24;

function short(text: string): string {
  const chars = [...text];
  return chars.length > LABEL_LENGTH ? `${chars.slice(0, LABEL_LENGTH - 1).join('')}…` : text;
}

/** Fields whose value is undefined are left out, so an absent note equals an absent note. */
function fields(f: Record<string, string | undefined>): ItemSnapshot['fields'] {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(f)) if (v !== undefined && v !== '') out[k] = v;
  return out as ItemSnapshot['fields'];
}

function clauseSnapshot(c: Clause, section: Section, roleName: (id: string) => string): ItemSnapshot {
  const wording = c.text ?? c.title ?? '';
  return {
    id: c.id,
    kind: 'clause',
    section,
    ...(c.parentId !== undefined ? { parent: c.parentId } : {}),
    number: c.label,
    label: c.title ?? short(c.text ?? ''),
    wording,
    ...(c.strength ? { strength: c.strength } : {}),
    fields: fields({
      wording: c.text,
      title: c.title,
      strength: c.strength ? strengthWord(c.strength) : undefined,
      roles: c.appliesTo.map(roleName).join('、'),
      note: c.note,
    }),
  };
}

/** Every clause of a document, in reading order. */
export function documentSnapshots(model: Model, doc: NormDocument): ItemSnapshot[] {
  const section: Section = { kind: 'document', id: doc.id, title: doc.title };
  const name = roleNamer(model.roles);
  return [...walkClauses(doc.clauses)].map((c) => clauseSnapshot(c, section, name));
}

function roleNamer(roles: readonly Role[]): (id: string) => string {
  const names = new Map(roles.map((r) => [r.id, r.name]));
  return (id) => names.get(id) ?? id;
}

function penaltyWording(p: { fine?: number; fineMax?: number; points?: number; text?: string }): string {
  return [
    p.fine !== undefined ? (p.fineMax !== undefined ? `罚款${p.fine}–${p.fineMax}元` : `罚款${p.fine}元`) : '',
    p.points !== undefined ? `扣${p.points}分` : '',
    p.text ?? '',
  ]
    .filter(Boolean)
    .join('，');
}

/** What a list of items is taken from: a scope's view, or the content as written. */
type Parts = Pick<ScopeView, 'documents' | 'etiquette' | 'processes' | 'assessments' | 'hotlines'> & {
  /** Commitments in groups: the board's (one section), or each commitments file's. */
  commitments: { section: Section; list: readonly Commitment[] }[];
};

/** Every item of a scope's view, in the order its pages show them. */
export function viewSnapshots(model: Model, view: ScopeView): ItemSnapshot[] {
  return snapshotsOf(model, {
    ...view,
    commitments: [{ section: { kind: 'commitments', id: 'commitments', title: '服务承诺' }, list: view.commitments }],
  });
}

/**
 * Everything but the norm documents as written, with the organisation's values: every etiquette
 * set, commitments file, process and assessment file (also what is written for some units
 * only), and the organisation's hotlines. A change made in one of these files is found once
 * here, however many units show it.
 */
export function writtenSnapshots(model: Model): ItemSnapshot[] {
  return snapshotsOf(model, {
    documents: [],
    etiquette: model.etiquette,
    commitments: model.commitmentSets.map((set) => ({
      section: { kind: 'commitments', id: set.id, title: set.title },
      list: set.commitments,
    })),
    processes: model.processes,
    assessments: model.assessments,
    hotlines: model.organisation.hotlines,
  });
}

function snapshotsOf(model: Model, view: Parts): ItemSnapshot[] {
  const name = roleNamer(model.roles);
  const out: ItemSnapshot[] = [];
  for (const doc of view.documents) {
    const section: Section = { kind: 'document', id: doc.id, title: doc.title };
    for (const c of walkClauses(doc.clauses)) out.push(clauseSnapshot(c, section, name));
  }
  return [
    ...out,
    ...etiquetteSnapshots(view, name),
    ...commitmentSnapshots(view),
    ...processSnapshots(view, name),
    ...assessmentSnapshots(view),
    ...hotlineSnapshots(view),
  ];
}

/** The situations, phrases, conduct rules and rule sets of the etiquette sets. */
function etiquetteSnapshots(view: Parts, name: (id: string) => string): ItemSnapshot[] {
  const out: ItemSnapshot[] = [];
  for (const set of view.etiquette) {
    const section: Section = { kind: 'etiquette', id: set.id, title: set.title };
    for (const s of set.situations) {
      out.push({
        id: s.id,
        kind: 'situation',
        section,
        label: s.title,
        wording: s.title,
        fields: fields({ title: s.title, roles: s.roles.map(name).join('、'), note: s.description }),
      });
      for (const p of [...s.phrases, ...s.forbidden]) {
        const text = phraseDisplay(p.text);
        out.push({
          id: p.id,
          kind: p.kind === 'forbidden' ? 'forbidden' : 'phrase',
          section,
          parent: s.id,
          label: short(text),
          wording: text,
          fields: fields({ wording: text, instead: p.instead, note: p.note }),
        });
      }
      for (const r of s.conduct) out.push(conductSnapshot(r, section, s.id));
    }
    for (const rs of set.ruleSets) {
      const items = rs.items.join('、');
      out.push({
        id: rs.id,
        kind: 'rule-set',
        section,
        label: rs.title,
        wording: `${rs.title}：${items}`,
        fields: fields({ title: rs.title, items }),
      });
    }
    for (const r of set.conduct) out.push(conductSnapshot(r, section, undefined));
  }
  return out;
}

/** The commitments of each board, numbered as printed. */
function commitmentSnapshots(view: Parts): ItemSnapshot[] {
  const out: ItemSnapshot[] = [];
  for (const { section: board, list } of view.commitments) {
    list.forEach((c, i) => {
      const target = c.target
        ? { value: c.target.value, unit: c.target.unit, comparator: c.target.comparator, wording: c.target.wording }
        : undefined;
      out.push({
        id: c.id,
        kind: 'commitment',
        section: board,
        number: String(i + 1),
        label: c.title ?? short(c.text),
        wording: c.text,
        ...(target ? { target } : {}),
        fields: fields({
          wording: c.text,
          title: c.title,
          target: c.target ? `${c.target.display}（${c.target.wording}）` : undefined,
          public: c.public ? '对外公开' : '内部',
        }),
      });
    });
  }
  return out;
}

/** Each process and its steps, with the flow out of each step. */
function processSnapshots(view: Parts, name: (id: string) => string): ItemSnapshot[] {
  const out: ItemSnapshot[] = [];
  for (const p of view.processes) {
    const section: Section = { kind: 'process', id: p.id, title: p.title };
    out.push({
      id: p.id,
      kind: 'process',
      section,
      label: p.title,
      wording: p.title,
      fields: fields({ title: p.title, note: p.description }),
    });
    const labelOf = new Map(p.nodes.map((n) => [n.id, n.label]));
    for (const n of p.nodes) {
      const flow = n.next.map((e) => `${e.label ? `${e.label}：` : ''}${labelOf.get(e.to) ?? e.to}`).join('；');
      out.push({
        id: n.id,
        kind: 'node',
        section,
        parent: p.id,
        label: n.label,
        wording: n.label,
        fields: fields({ wording: n.label, role: name(n.role), 'time-limit': n.timeLimit, flow }),
      });
    }
  }
  return out;
}

/** Inspections, thresholds, violations and awards. */
function assessmentSnapshots(view: Parts): ItemSnapshot[] {
  const out: ItemSnapshot[] = [];
  for (const a of view.assessments) {
    const section: Section = { kind: 'assessment', id: a.id, title: a.title };
    for (const i of a.inspections)
      out.push({
        id: i.id,
        kind: 'inspection',
        section,
        label: i.title,
        wording: i.title,
        fields: fields({ title: i.title, frequency: i.frequency }),
      });
    for (const t of a.thresholds) {
      const wording = `考核得分低于${t.below}分${thresholdPeriodsSaid(t, a.phases)}：${t.consequence}`;
      out.push({
        id: t.id,
        kind: 'threshold',
        section,
        label: short(wording),
        wording,
        fields: fields({ score: String(t.below), consequence: t.consequence }),
      });
    }
    for (const v of a.violations) {
      out.push({
        id: v.id,
        kind: 'violation',
        section,
        label: short(v.text),
        wording: v.text,
        fields: fields({
          wording: v.text,
          penalty: penaltyWording(v.penalty),
          escalation: v.escalation.map((e) => `第${e.occurrence}次：${e.action}`).join('；'),
        }),
      });
    }
    for (const w of a.awards)
      out.push({
        id: w.id,
        kind: 'award',
        section,
        label: w.title,
        wording: w.title,
        fields: fields({ title: w.title, criteria: w.criteria }),
      });
  }
  return out;
}

/** The hotlines, one item per number. */
function hotlineSnapshots(view: Parts): ItemSnapshot[] {
  const out: ItemSnapshot[] = [];
  // Hotlines by what they are (ids with a colon, which content ids never have) (not as contactsOf merges them), so a number is followed by its role.
  const contacts: Section = { kind: 'contacts', id: 'contacts', title: '服务电话' };
  const h = view.hotlines;
  const lines: [string, string, string | undefined][] = [
    ['hotline:service', '服务热线', h.service],
    ['hotline:fault', '故障报修', h.fault],
    ['hotline:supervision', '监督电话', h.supervision],
    ...h.other.map((o): [string, string, string] => [`hotline:other:${o.label}`, o.label, o.number]),
  ];
  for (const [id, label, number] of lines) {
    if (number !== undefined)
      out.push({
        id,
        kind: 'hotline',
        section: contacts,
        label,
        wording: `${label}　${number}`,
        fields: fields({ number }),
      });
  }
  return out;
}

function conductSnapshot(
  r: { id: string; text: string; strength?: Strength },
  section: Section,
  parent: string | undefined,
): ItemSnapshot {
  return {
    id: r.id,
    kind: 'conduct',
    section,
    ...(parent !== undefined ? { parent } : {}),
    label: short(r.text),
    wording: r.text,
    ...(r.strength ? { strength: r.strength } : {}),
    fields: fields({ wording: r.text, strength: r.strength ? strengthWord(r.strength) : undefined }),
  };
}
