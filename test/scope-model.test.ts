/**
 * Unit views against facts written by hand (test/fixtures/orgs/expected/<org>.yaml): for every
 * unit of the fixture organisations, the model must give exactly the hotlines, documents, public
 * and internal commitments with their values, the items it has and has not, its wordings, time
 * limits, blank answers, clause numbers and pages that a person reading the content found. The
 * three-level organisation makes this the inheritance test: commitments, params, exclusions and
 * additions through every level. Plus: no displayed number twice in any unit.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel, type Model } from '../src/model/index.ts';
import { walkClauses } from '../src/model/clauses.ts';
import { formatAmount } from '../src/model/targets.ts';
import { unitView, type ScopeView } from '../src/model/view.ts';

const ORGS = ['mixed-district', 'three-level-power'] as const;

interface UnitFacts {
  industry?: string;
  parent?: string;
  hotlines?: { service?: string; supervision?: string; fault?: string };
  documents?: string[];
  commitments?: Record<string, string | null>;
  internal?: string[];
  has?: string[];
  hasNot?: string[];
  overridden?: Record<string, string>;
  wording?: Record<string, string>;
  timeLimits?: Record<string, string>;
  answers?: Record<string, string[] | string>;
  numbers?: Record<string, string>;
  pages?: string[];
}

/** Every text of an item in a view, by id (clauses, phrases, conduct, rule sets, commitments, steps, questions, assessment). */
function textsOf(view: ScopeView): Map<string, string> {
  const m = new Map<string, string>();
  for (const d of view.documents)
    for (const c of walkClauses(d.clauses)) m.set(c.id, [c.title, c.text, c.note].filter(Boolean).join(' '));
  for (const set of view.etiquette) {
    for (const s of set.situations) {
      m.set(s.id, [s.title, s.description].filter(Boolean).join(' '));
      for (const x of [...s.phrases, ...s.forbidden]) m.set(x.id, [x.text, x.note].filter(Boolean).join(' '));
      for (const x of s.conduct) m.set(x.id, x.text);
    }
    for (const r of set.ruleSets) m.set(r.id, `${r.title} ${r.items.join(' ')}`);
    for (const r of set.conduct) m.set(r.id, r.text);
  }
  for (const c of view.commitments) m.set(c.id, [c.title, c.text, c.target?.wording].filter(Boolean).join(' '));
  for (const p of view.processes) {
    m.set(p.id, [p.title, p.description].filter(Boolean).join(' '));
    for (const n of p.nodes) m.set(n.id, [n.label, n.timeLimit].filter(Boolean).join(' '));
  }
  for (const a of view.assessments) {
    for (const x of a.inspections) m.set(x.id, [x.title, x.frequency].filter(Boolean).join(' '));
    for (const x of a.thresholds) m.set(x.id, `${x.below} ${x.consequence}`);
    for (const x of a.violations)
      m.set(x.id, [x.text, x.penalty.text, ...x.escalation.map((e) => e.action)].filter(Boolean).join(' '));
    for (const x of a.awards) m.set(x.id, `${x.title} ${x.criteria}`);
  }
  for (const q of view.quizzes) {
    for (const x of q.questions) {
      const extra =
        x.type === 'single' || x.type === 'multiple' ? x.options : x.type === 'blank' ? x.answer.flat() : [];
      m.set(x.id, [x.stem, x.explanation, ...extra].filter(Boolean).join(' '));
    }
  }
  return m;
}

for (const org of ORGS) {
  describe(`unit views of ${org} agree with the facts written by hand`, () => {
    let model: Model;
    const expected = parse(readFileSync(path.join('test/fixtures/orgs/expected', `${org}.yaml`), 'utf8')) as {
      units: Record<string, UnitFacts>;
    };

    beforeAll(async () => {
      const loaded = await loadModel(path.join('test/fixtures/orgs', org));
      expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      model = loaded.model!;
    });

    it('has every unit the facts name, and facts for every unit', () => {
      expect(model.units.map((u) => u.id).sort()).toEqual(Object.keys(expected.units).sort());
    });

    for (const [unitId, facts] of Object.entries(expected.units)) {
      it(`${unitId}: hotlines, documents, commitments, membership, wording, limits, answers, numbers, pages`, () => {
        const view = unitView(model, unitId);
        const unit = view.unit!;
        if (facts.industry) expect(unit.industry).toBe(facts.industry);
        if (facts.parent !== undefined) expect(unit.parentId).toBe(facts.parent);
        if (facts.hotlines) {
          const shown = {
            service: unit.hotlines.service,
            supervision: unit.hotlines.supervision,
            fault: unit.hotlines.fault,
          };
          for (const k of ['service', 'supervision', 'fault'] as const)
            expect(shown[k], `hotline ${k}`).toBe(facts.hotlines[k]);
        }
        if (facts.documents) expect(view.documents.map((d) => d.id).sort()).toEqual([...facts.documents].sort());
        if (facts.commitments) {
          const shown = Object.fromEntries(
            view.publicCommitments.map((c) => [c.id, c.target ? formatAmount(c.target.value, c.target.unit) : null]),
          );
          expect(shown).toEqual(facts.commitments);
        }
        if (facts.internal)
          expect(view.internalCommitments.map((c) => c.id).sort()).toEqual([...facts.internal].sort());
        for (const id of facts.has ?? []) expect(view.has(id), `${unitId} has ${id}`).toBe(true);
        for (const id of facts.hasNot ?? []) expect(view.has(id), `${unitId} has not ${id}`).toBe(false);
        const texts = textsOf(view);
        for (const [id, piece] of Object.entries({ ...facts.overridden, ...facts.wording })) {
          expect(texts.get(id), `${unitId}: wording of ${id}`).toContain(piece);
        }
        for (const [id, piece] of Object.entries(facts.overridden ?? {})) {
          // The organisation's own text must not already say it: it is the unit's wording.
          const orgText = textsOfOrg(model).get(id) ?? '';
          expect(orgText, `${id}: the organisation's wording differs`).not.toContain(piece);
        }
        for (const [id, limit] of Object.entries(facts.timeLimits ?? {})) {
          const node = view.processes.flatMap((p) => p.nodes).find((n) => n.id === id);
          expect(node?.timeLimit, `${unitId}: time limit of ${id}`).toBe(limit);
        }
        for (const [id, answer] of Object.entries(facts.answers ?? {})) {
          const q = view.quizzes.flatMap((b) => b.questions).find((x) => x.id === id);
          expect(q?.type, `${unitId}: ${id} is a blank question in the view`).toBe('blank');
          const answers = q?.type === 'blank' ? q.answer.map((a) => a[0]) : [];
          expect(answers).toEqual(Array.isArray(answer) ? answer : [answer]);
        }
        const numbers = new Map(
          view.documents.flatMap((d) => [...walkClauses(d.clauses)].map((c) => [c.id, c.number] as const)),
        );
        for (const [id, number] of Object.entries(facts.numbers ?? {}))
          expect(numbers.get(id), `${unitId}: number of ${id}`).toBe(number);
        if (facts.pages) expect(view.pages.map((p) => p.slug).sort()).toEqual([...facts.pages].sort());
      });
    }

    it('never shows one number for two clauses in a unit', () => {
      for (const u of model.units) {
        for (const d of unitView(model, u.id).documents) {
          const numbers = [...walkClauses(d.clauses)].map((c) => c.number);
          expect(numbers.length, `${u.id} ${d.id}`).toBe(new Set(numbers).size);
        }
      }
    });
  });
}

const orgTexts = new WeakMap<Model, Map<string, string>>();
function textsOfOrg(model: Model): Map<string, string> {
  let m = orgTexts.get(model);
  if (!m) {
    m = new Map();
    for (const d of model.documents)
      for (const c of walkClauses(d.clauses)) m.set(c.id, [c.title, c.text, c.note].filter(Boolean).join(' '));
    for (const set of model.etiquette)
      for (const s of set.situations) for (const x of [...s.phrases, ...s.forbidden]) m.set(x.id, x.text);
    for (const set of model.commitmentSets)
      for (const c of set.commitments) m.set(c.id, [c.title, c.text].filter(Boolean).join(' '));
    for (const p of model.processes)
      for (const n of p.nodes) m.set(n.id, [n.label, n.timeLimit].filter(Boolean).join(' '));
    for (const q of model.quizzes) for (const x of q.questions) m.set(x.id, x.stem);
    orgTexts.set(model, m);
  }
  return m;
}
