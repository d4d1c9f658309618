/**
 * One unit, every output: for every unit of the example and of each fixture organisation, the
 * poster, the pocket card, the unit's handbook, its question bank and its quiz paper carry the
 * items of the unit's view (model/view.ts) with the unit's values — and nothing of an item the
 * unit does not have (another unit's or industry's commitment, phrase, clause or violation).
 * So are its search records; the site's pages are held to the same view in test/site-scope.test.ts.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cardSelection } from '../src/model/card.ts';
import { walkClauses } from '../src/model/clauses.ts';
import { contactsOf } from '../src/model/contacts.ts';
import { ORIGIN_WORDS, originNote, originWords } from '../src/model/origin.ts';
import { unitShortName } from '../src/model/unit-tree.ts';
import { loadModel, type Model } from '../src/model/index.ts';
import { unitView, type ScopeView } from '../src/model/view.ts';
import { awardTitle, phraseDisplay } from '../src/model/wording.ts';
import { FontCache } from '../src/print/fonts.ts';
import { buildPrint, defaultTemplatesDir, loadTemplates } from '../src/print/index.ts';
import { assembleQuiz } from '../src/print/quiz-assembly.ts';
import type { CardTemplate, QuizTemplate } from '../src/print/templates.ts';
import { DEFAULT_SEED, generateBank } from '../src/quiz/index.ts';
import { pdftotext, squash } from './support/pdf.ts';
import { suiteTempDir } from './support/temp-dir.ts';
import { buildSearchRecords, type SearchRecord } from '../src/search/records.ts';

const ORGS = [
  { name: 'example', dir: 'content' },
  { name: 'mixed-district', dir: 'test/fixtures/orgs/mixed-district' },
  { name: 'three-level-power', dir: 'test/fixtures/orgs/three-level-power' },
  { name: 'chengchuan-water-bus', dir: 'test/fixtures/orgs/chengchuan-water-bus' },
];

const fonts = new FontCache();
const templates = loadTemplates(defaultTemplatesDir());
const cardTemplate = templates.find((t): t is CardTemplate & { kind: 'card' } => t.kind === 'card')!;
const quizTemplate = templates.find((t): t is QuizTemplate & { kind: 'quiz' } => t.kind === 'quiz')!;

/** Texts of items by id over the whole content: the organisation's and every unit's version. */
interface Item {
  id: string;
  kind: 'commitment' | 'phrase' | 'clause' | 'violation';
  text: string;
}
function itemsOfView(view: ScopeView): Item[] {
  const out: Item[] = [];
  for (const c of view.commitments) out.push({ id: c.id, kind: 'commitment', text: c.text });
  for (const set of view.etiquette)
    for (const s of set.situations)
      for (const p of [...s.phrases, ...s.forbidden])
        out.push({ id: p.id, kind: 'phrase', text: phraseDisplay(p.text) });
  for (const d of view.documents)
    for (const c of walkClauses(d.clauses)) if (c.text) out.push({ id: c.id, kind: 'clause', text: c.text });
  for (const a of view.assessments)
    for (const v of a.violations) out.push({ id: v.id, kind: 'violation', text: v.text });
  return out;
}

/**
 * Items some other unit (or the organisation) has and this unit does not, whose wording appears
 * nowhere in this unit's view: if one of these is printed, the output leaked another unit's item.
 */
function foreignItems(model: Model, view: ScopeView): Item[] {
  const own = itemsOfView(view).map((i) => squash(i.text));
  const seen = new Set<string>();
  const out: Item[] = [];
  for (const other of [...model.units.map((u) => unitView(model, u.id))]) {
    for (const item of itemsOfView(other)) {
      if (view.has(item.id) || seen.has(item.id)) continue;
      seen.add(item.id);
      const t = squash(item.text);
      if (t.length < 6 || own.some((o) => o.includes(t) || t.includes(o))) continue;
      out.push(item);
    }
  }
  return out;
}

for (const org of ORGS) {
  describe(`${org.name}: every output of a unit agrees with its view`, () => {
    let model: Model;
    const out = suiteTempDir(`scope-${org.name}`);
    const text = (file: string): string => squash(pdftotext(path.join(out, 'print', file)));

    beforeAll(async () => {
      const loaded = await loadModel(org.dir);
      model = loaded.model!;
      for (const u of model.units) {
        for (const only of [`poster:${u.id}`, `card:${u.id}`, `handbook:${u.id}`])
          await buildPrint(model, out, { only, fonts, templates });
      }
      await buildPrint(model, out, { only: 'handbook:all', fonts, templates });
    }, 240_000);

    it('writes a poster, a card and a handbook for every unit', () => {
      const files = readdirSync(path.join(out, 'print'));
      for (const u of model.units)
        for (const f of [`poster-${u.id}.pdf`, `card-${u.id}.pdf`, `handbook-${u.id}.pdf`]) expect(files).toContain(f);
    });

    it("the poster shows the unit's public commitments with its values and numbers, and no other unit's", () => {
      for (const u of model.units) {
        const view = unitView(model, u.id);
        const t = text(`poster-${u.id}.pdf`);
        for (const c of view.publicCommitments) {
          if (c.title) expect(t, `${u.id}: ${c.id} title`).toContain(squash(c.title));
          if (c.target) expect(t, `${u.id}: ${c.id} target`).toContain(squash(c.target.wording));
        }
        for (const c of view.internalCommitments) expect(t, `${u.id}: internal ${c.id}`).not.toContain(squash(c.text));
        for (const contact of contactsOf(view.hotlines))
          expect(t, `${u.id}: ${contact.label}`).toContain(squash(contact.number));
        for (const f of foreignItems(model, view).filter((i) => i.kind === 'commitment'))
          expect(t, `${u.id}: foreign ${f.id}`).not.toContain(squash(f.text));
        // One supervision phone: the unit's. The group's (when different) is not on its poster.
        const groupSupervision = model.organisation.hotlines.supervision;
        if (groupSupervision && groupSupervision !== view.hotlines.supervision)
          expect(t, `${u.id}: group supervision phone`).not.toContain(squash(groupSupervision));
      }
    });

    it("the card carries the unit's own phrases and commitments, and no other unit's", () => {
      for (const u of model.units) {
        const view = unitView(model, u.id);
        const t = text(`card-${u.id}.pdf`);
        const chosen = cardSelection(view, cardTemplate.limits);
        for (const p of [...chosen.phrases, ...chosen.forbidden])
          expect(t, `${u.id}: ${p.id}`).toContain(squash(phraseDisplay(p.text)));
        for (const c of chosen.commitments)
          expect(t, `${u.id}: ${c.id}`).toContain(squash(c.title && c.target ? c.target.wording : c.text));
        // The rule sets and conduct rules content marks card: true (before: accepted, never printed).
        for (const r of chosen.rules) expect(t, `${u.id}: ${r.id}`).toContain(squash(r.text));
        for (const f of foreignItems(model, view).filter((i) => i.kind === 'phrase' || i.kind === 'commitment'))
          expect(t, `${u.id}: foreign ${f.kind} ${f.id}`).not.toContain(squash(f.text));
      }
    });

    it("the unit's handbook prints every clause of its view in the unit's wording, and nothing of another unit", () => {
      for (const u of model.units) {
        const view = unitView(model, u.id);
        const t = text(`handbook-${u.id}.pdf`);
        let from = 0;
        for (const d of view.documents) {
          for (const c of walkClauses(d.clauses)) {
            if (!c.text) continue;
            const at = t.indexOf(squash(c.text), from);
            expect(at, `${u.id}: clause ${c.id} (${c.origin?.kind}) in order`).toBeGreaterThanOrEqual(0);
            from = at;
          }
        }
        for (const c of view.commitments) expect(t, `${u.id}: commitment ${c.id}`).toContain(squash(c.text));
        // An award with its prize (yanzhou's 乘客救助奖 read …每次奖励。 with the 1000 yuan nowhere).
        for (const w of view.assessments.flatMap((a) => a.awards))
          expect(t, `${u.id}: award ${w.id}`).toContain(squash(awardTitle(w)));
        for (const f of foreignItems(model, view))
          expect(t, `${u.id}: foreign ${f.kind} ${f.id}`).not.toContain(squash(f.text));
      }
    });

    it("the unit's handbook marks each clause the unit or a unit above reworded or added, as its pages do, and names the clauses it does not apply", () => {
      let marked = 0;
      for (const u of model.units) {
        const view = unitView(model, u.id);
        const t = text(`handbook-${u.id}.pdf`);
        let here = 0;
        for (const d of view.documents) {
          for (const c of walkClauses(d.clauses)) {
            const note = originNote(c.origin);
            if (!c.text || note.mark === 'inherited') continue;
            here++;
            // The mark right after the clause's wording (its note, if any, after the mark), with the reason given.
            const words = squash(originWords(note, (id) => unitShortName(model, id)));
            const at = t.indexOf(squash(c.text));
            expect(t.slice(at, at + squash(c.text).length + words.length + 4), `${u.id}: mark of ${c.id}`).toContain(
              words,
            );
            if (note.reason) expect(t, `${u.id}: reason of ${c.id}`).toContain(squash(note.reason));
          }
        }
        if (here > 0) expect(t, u.id).toContain(squash(ORIGIN_WORDS.legend));
        marked += here;
        // Each clause it does not apply, by its number as the unit above has it (the group's, or the parent's for one the parent added).
        const above = u.parentId !== undefined ? unitView(model, u.parentId).documents : [];
        for (const e of u.excluded) {
          const clause = [...above, ...model.documents]
            .filter((d) => d.id === e.documentId)
            .flatMap((d) => [...walkClauses(d.clauses)])
            .find((c) => c.id === e.clauseId)!;
          expect(t, `${u.id}: excluded ${e.clauseId}`).toContain(
            squash(`${clause.label}（${clause.text!.slice(0, 4)}`),
          );
        }
      }
      // The group's own handbook marks nothing.
      expect(text('handbook-all.pdf')).not.toContain(squash(ORIGIN_WORDS.overridden));
      if (org.name !== 'example') expect(marked).toBeGreaterThan(0);
    });

    it("the unit's handbook sets a rule set's words on one line, and longer items one to a line", () => {
      for (const u of model.units) {
        const view = unitView(model, u.id);
        const lines = pdftotext(path.join(out, 'print', `handbook-${u.id}.pdf`))
          .split('\n')
          .map((l) => squash(l).replace(/^•/, ''));
        // Every rule set of the view (a set without situations too), never an item broken across lines.
        for (const rs of view.etiquette.flatMap((e) => e.ruleSets)) {
          const inline = lines.includes(squash(rs.items.join('')));
          const each = rs.items.every((i) => lines.includes(squash(i)));
          expect(inline || each, `${u.id}: ${rs.id}`).toBe(true);
          if (rs.items.join('').length > 30) expect(each, `${u.id}: ${rs.id} one to a line`).toBe(true);
        }
      }
    });

    it("the unit's search records are its view's items, with its wording, and nothing of another unit", () => {
      const records = buildSearchRecords(model);
      // What a result says holds it never ends on a separator (服务承诺 · 租车门店 · ).
      expect(records.filter((r) => /·\s*$|^\s*·/.test(r.context ?? '')).map((r) => r.id)).toEqual([]);
      const inUnit = (r: SearchRecord, unitId: string) => r.units === 'all' || r.units.includes(unitId);
      for (const u of model.units) {
        const view = unitView(model, u.id);
        const mine = records.filter((r) => inUnit(r, u.id));
        const ids = new Set(mine.map((r) => r.id));
        // Every clause, phrase, public commitment, step and violation of the view is findable in the unit…
        for (const item of itemsOfView(view)) {
          if (item.kind === 'commitment' && !view.publicCommitments.some((c) => c.id === item.id)) continue;
          expect(ids.has(item.id), `${u.id}: ${item.kind} ${item.id}`).toBe(true);
          // …with the unit's own wording.
          const rec = mine.find((r) => r.id === item.id)!;
          expect(squash(`${rec.title}${rec.content}`), `${u.id}: wording of ${item.id}`).toContain(
            squash(item.text).slice(0, 12),
          );
        }
        for (const p of view.processes)
          for (const n of p.nodes) expect(ids.has(n.id), `${u.id}: step ${n.id}`).toBe(true);
        // …and nothing filed under the unit is outside its view.
        for (const r of mine)
          if (
            [
              'clause',
              'phrase',
              'forbidden',
              'commitment',
              'step',
              'violation',
              'situation',
              'conduct',
              'rule-set',
            ].includes(r.kind)
          )
            expect(view.has(r.id), `${u.id}: record ${r.kind} ${r.id}`).toBe(true);
      }
    });

    it("the unit's question bank and paper ask only about the unit's items, and the paper adds up to full marks", () => {
      for (const u of model.units) {
        const view = unitView(model, u.id);
        const bank = generateBank(model, { seed: DEFAULT_SEED, unitId: u.id });
        expect(bank.questions.length, u.id).toBeGreaterThan(20);
        for (const q of bank.questions)
          for (const id of q.sources) expect(view.has(id), `${u.id}: ${q.id} cites ${id}`).toBe(true);
        const paper = assembleQuiz(model, { id: u.id, unitId: u.id, label: u.name }, quizTemplate);
        expect(paper.total, u.id).toBe(model.organisation.exam.total);
        // Each version's key spreads the single-choice answers over A–D (yanzhou's read D 13 times in 22).
        for (const v of paper.versions)
          for (const section of v.sections) {
            const four = section.filter((q) => q.type === 'single' && q.options.length === 4);
            if (four.length < section.filter((q) => q.type === 'single').length) continue;
            const counts = [0, 1, 2, 3].map((l) => four.filter((q) => q.type === 'single' && q.answer === l).length);
            expect(Math.max(...counts) - Math.min(...counts), `${u.id} ${v.letter}: ${counts}`).toBeLessThanOrEqual(1);
          }
        for (const s of paper.sections)
          for (const q of s.questions)
            for (const id of q.sources) expect(view.has(id), `${u.id} paper: ${q.id} cites ${id}`).toBe(true);
        for (const role of view.roles) {
          const rolePaper = assembleQuiz(
            model,
            { id: `${u.id}__${role}`, unitId: u.id, roleId: role, label: role },
            quizTemplate,
          );
          expect(rolePaper.total, `${u.id} × ${role}`).toBe(model.organisation.exam.total);
        }
      }
    });
  });
}

describe('what a pocket card carries', () => {
  const limits = { phrases: 4, forbidden: 3, commitments: 4 };
  const ids = async (org: string, unit: string) => {
    const loaded = await loadModel(org);
    const chosen = cardSelection(unitView(loaded.model!, unit), limits);
    return { phrases: chosen.phrases.map((p) => p.id), forbidden: chosen.forbidden.map((p) => p.id) };
  };

  it('takes a trade’s phrases from its etiquette file even when only the group’s file marks card: true', async () => {
    // jichuan-ops: the group's file marks its greeting and one forbidden phrase, the cable TV
    // file marks nothing. Before, the cable hall's card carried the group's two lines only.
    const cable = await ids('test/fixtures/orgs/jichuan-ops', 'jc-cable');
    expect(cable.phrases[0]).toBe('jq-hello');
    expect(cable.phrases.slice(1)).toEqual([
      expect.stringMatching(/^cq-/),
      expect.stringMatching(/^cq-/),
      expect.stringMatching(/^cq-/),
    ]);
    expect(cable.forbidden[0]).toBe('jq-no-hurry');
    expect(cable.forbidden.slice(1).every((id) => id.startsWith('cq-'))).toBe(true);
  });

  it('takes a trade’s commitments from its file even when only the group’s file marks card: true', async () => {
    // lanxi-civic: the group's file marks two, the post office's file marks none.
    const loaded = await loadModel('test/fixtures/orgs/lanxi-civic');
    const chosen = cardSelection(unitView(loaded.model!, 'lx-post'), limits).commitments.map((c) => c.id);
    expect(chosen.slice(0, 2)).toEqual(['lxc-wait', 'lxc-supervise']);
    expect(chosen.slice(2).length).toBeGreaterThan(0);
    expect(chosen.slice(2).every((id) => id.startsWith('lpc-'))).toBe(true);
  });

  it('carries the rule sets and conduct rules content marks, and none it does not', async () => {
    const loaded = await loadModel('test/fixtures/orgs/chengchuan-water-bus');
    const rules = cardSelection(unitView(loaded.model!, 'water-hall'), limits).rules;
    expect(rules.map((r) => [r.title, r.text])).toEqual([
      ['十字文明用语', '您好、请、谢谢、对不起、再见'],
      [undefined, '收费时唱收唱付，票款当面点清。'],
    ]);
    const example = await loadModel('content');
    expect(cardSelection(unitView(example.model!, 'power-city-hall'), limits).rules).toEqual([]);
  });

  it('keeps exactly what content marked where every file marks, and the first of each situation where none does', async () => {
    expect(await ids('test/fixtures/orgs/three-level-power', 'hc-power')).toEqual({
      phrases: ['hg-hello', 'pq-received', 'pq-change', 'pq-home-knock'],
      forbidden: ['hg-no-dunno', 'pq-no-tip'],
    });
    const example = await loadModel('content');
    const view = unitView(example.model!, 'power-city-hall');
    const firsts = view.etiquette.flatMap((set) => set.situations).flatMap((s) => s.phrases.slice(0, 1));
    expect(cardSelection(view, limits).phrases.every((p) => firsts.includes(p))).toBe(true);
  });
});
