/**
 * The example organisation loads cleanly, meets the quantities the example
 * promises, and its units resolve with every clause's origin recorded.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { itemForRole, loadModel, walkClauses, type Model } from '../src/model/index.ts';
import type { Clause } from '../src/model/types/documents.ts';
import type { ResolvedUnit } from '../src/model/types.ts';

let model: Model;

beforeAll(async () => {
  const { model: m, diagnostics } = await loadModel('content');
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  model = m!;
});

const unit = (id: string): ResolvedUnit => {
  const u = model.units.find((x) => x.id === id);
  if (!u) throw new Error(`no unit ${id}`);
  return u;
};
const clauseIn = (u: ResolvedUnit, id: string): Clause | undefined => {
  for (const d of u.documents) for (const c of walkClauses(d.clauses)) if (c.id === id) return c;
  return undefined;
};

describe('the example content', () => {
  it('has no warnings', async () => {
    const { diagnostics } = await loadModel('content');
    expect(diagnostics).toEqual([]);
  });

  it('meets the quantities of the example', () => {
    const clauses = model.documents.flatMap((d) => [...walkClauses(d.clauses)]);
    expect(model.documents.length).toBeGreaterThanOrEqual(3);
    expect(clauses.length).toBeGreaterThanOrEqual(80);
    expect(Math.max(...clauses.map((c) => c.depth))).toBeGreaterThanOrEqual(3);
    const situations = model.etiquette.flatMap((e) => e.situations);
    expect(situations.length).toBeGreaterThanOrEqual(6);
    const phrases = situations.flatMap((s) => [...s.phrases, ...s.forbidden]);
    expect(phrases.length).toBeGreaterThanOrEqual(30);
    expect(phrases.filter((p) => p.kind === 'forbidden').length).toBeGreaterThanOrEqual(8);
    const targeted = new Set(model.units.flatMap((u) => u.commitments.filter((c) => c.target).map((c) => c.id)));
    expect(targeted.size).toBeGreaterThanOrEqual(12);
    expect(model.processes.length).toBeGreaterThanOrEqual(4);
    expect(model.processes.some((p) => p.nodes.some((n) => n.type === 'decision') && p.lanes.length >= 3)).toBe(true);
    expect(model.assessments.length).toBeGreaterThanOrEqual(1);
    const questions = model.quizzes.flatMap((q) => q.questions);
    expect(questions.length).toBeGreaterThanOrEqual(40);
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(['single', 'multiple', 'truefalse', 'blank']));
    expect(model.pages.length).toBeGreaterThanOrEqual(1);
    expect(new Set(model.units.map((u) => u.industry)).size).toBeGreaterThanOrEqual(3);
  });

  it('gives two roles different applicable clauses', () => {
    const applicable = (roleId: string) =>
      new Set(
        model.documents
          .flatMap((d) => [...walkClauses(d.clauses)])
          .filter((c) => c.roles.length === 0 || c.roles.includes(roleId))
          .map((c) => c.id),
      );
    const sets = model.roles.map((r) => applicable(r.id));
    const distinct = new Set(sets.map((s) => [...s].sort().join(',')));
    expect(distinct.size).toBeGreaterThanOrEqual(2);
  });

  it('roles flow down from the document and parent clauses (appliesTo)', () => {
    const toll = model.documents.find((d) => d.id === 'toll-lane-norms')!;
    expect(toll.roles).toEqual(['toll-collector', 'shift-leader']);
    const all = [...walkClauses(toll.clauses)];
    const unmarked = all.find((c) => c.roles.length === 0)!;
    expect(unmarked.appliesTo).toEqual(toll.roles);
    expect(itemForRole(model, unmarked.id, 'toll-collector')).toBe(true);
    expect(itemForRole(model, unmarked.id, 'counter-clerk')).toBe(false);
    const narrowed = all.find((c) => c.roles.length === 1 && c.roles[0] === 'toll-collector')!;
    expect(itemForRole(model, narrowed.id, 'shift-leader')).toBe(false);
    for (const c of all)
      for (const child of c.children) if (child.roles.length === 0) expect(child.appliesTo).toEqual(c.appliesTo);
    const general = model.documents.find((d) => d.roles.length === 0)!;
    expect([...walkClauses(general.clauses)].some((c) => c.appliesTo.length === 0)).toBe(true);
  });

  it('numbers clauses in GB/T 1.1 style from their position', () => {
    for (const doc of model.documents) {
      for (const c of walkClauses(doc.clauses)) {
        expect(c.number).toMatch(/^\d+(\.\d+)*$/);
        expect(c.number.split('.').length).toBe(c.depth);
        for (const child of c.children) expect(child.number.startsWith(`${c.number}.`)).toBe(true);
      }
    }
  });

  it('is deterministic', async () => {
    const again = await loadModel('content');
    expect(JSON.stringify(again.model)).toBe(JSON.stringify(model));
  });
});

describe('unit inheritance', () => {
  it('a child unit shows inherited, overridden, own and parent-own clauses with their origin', () => {
    const station = unit('power-qingshi-station');
    expect(station.lineage).toEqual(['organisation', 'power-city-hall', 'power-qingshi-station']);

    const overridden = clauseIn(station, 'lunch-break-rotation')!;
    expect(overridden.origin).toMatchObject({
      kind: 'overridden',
      definedBy: 'organisation',
      overriddenBy: 'power-qingshi-station',
    });
    expect(overridden.origin?.reason).toBeTruthy();
    expect(overridden.text).toContain('10分钟内');
    expect(overridden.source.file).toBe('units/power-qingshi-station.yaml');

    const own = clauseIn(station, 'qingshi-market-day-desk')!;
    expect(own.origin).toEqual({ kind: 'own', definedBy: 'power-qingshi-station' });

    const fromParent = clauseIn(station, 'power-low-voltage-fast-track')!;
    expect(fromParent.origin).toEqual({ kind: 'inherited', definedBy: 'power-city-hall' });

    const plain = station.documents
      .flatMap((d) => [...walkClauses(d.clauses)])
      .find((c) => c.origin?.kind === 'inherited' && c.origin.definedBy === 'organisation');
    expect(plain).toBeDefined();

    expect(clauseIn(station, 'guide-to-self-service')).toBeUndefined();
    expect(station.excluded).toContainEqual({
      clauseId: 'guide-to-self-service',
      documentId: expect.any(String),
      by: 'power-qingshi-station',
    });
    // The parent still has the clause the child excluded, with the organisation's wording.
    expect(clauseIn(unit('power-city-hall'), 'guide-to-self-service')?.origin?.kind).toBe('inherited');
    expect(clauseIn(unit('power-city-hall'), 'lunch-break-rotation')?.origin?.kind).toBe('inherited');
  });

  it('added clauses continue the numbering of their siblings; inherited ones keep the organisation numbers', () => {
    const station = unit('power-qingshi-station');
    const hall = unit('power-city-hall');
    const added = clauseIn(station, 'qingshi-home-visit-elderly')!;
    const parent = clauseIn(station, added.parentId!)!;
    const siblingNumbers = parent.children
      .filter((c) => c.id !== added.id && c.origin?.kind !== 'own')
      .map((c) => Number(c.number.split('.').pop()));
    expect(Number(added.number.split('.').pop())).toBeGreaterThan(Math.max(...siblingNumbers));
    const orgClause = model.documents
      .flatMap((d) => [...walkClauses(d.clauses)])
      .find((c) => c.id === 'lunch-break-rotation')!;
    expect(clauseIn(station, 'lunch-break-rotation')!.number).toBe(orgClause.number);
    expect(clauseIn(hall, 'lunch-break-rotation')!.number).toBe(orgClause.number);
  });

  it('params overridden by a unit reach its commitments', () => {
    const station = unit('power-qingshi-station');
    const hall = unit('power-city-hall');
    expect(station.params['repair-arrival-minutes']).toBe(90);
    expect(hall.params['repair-arrival-minutes']).toBe(45);
    const stationRepair = station.commitments.find((c) => c.target?.param === 'repair-arrival-minutes');
    const hallRepair = hall.commitments.find((c) => c.target?.param === 'repair-arrival-minutes');
    expect(stationRepair?.target?.value).toBe(90);
    expect(hallRepair?.target?.value).toBe(45);
    expect(stationRepair?.text).not.toContain('{{');
    // Hotlines: the child overrides the supervision number and inherits the service line.
    expect(station.hotlines.supervision).not.toBe(hall.hotlines.supervision);
    expect(station.hotlines.service).toBe(hall.hotlines.service);
  });

  it('clause wording and quiz questions read params; a unit sees its own values', async () => {
    const { mkdtemp, cp, readFile, writeFile, rm } = await import('node:fs/promises');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'guifan-params-'));
    try {
      await cp('content', dir, { recursive: true });
      const doc = model.documents[0]!;
      const target = [...walkClauses(doc.clauses)].find((c) => c.text && !c.text.includes('{'))!;
      const file = path.join(dir, target.source.file);
      const text = await readFile(file, 'utf8');
      await writeFile(
        file,
        text.replace(target.text!, `${target.text!.replace(/。$/, '')}，抢修{{repair-arrival-minutes}}分钟内到达。`),
      );
      const { model: m, diagnostics } = await loadModel(dir);
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const find = (u: ResolvedUnit | undefined) =>
        (u ? u.documents : m!.documents).flatMap((d) => [...walkClauses(d.clauses)]).find((c) => c.id === target.id);
      const orgValue = m!.organisation.params['repair-arrival-minutes'];
      expect(find(undefined)?.text).toContain(`抢修${orgValue}分钟内`);
      expect(find(undefined)?.template).toContain('{{repair-arrival-minutes}}');
      const station = m!.units.find((u) => u.id === 'power-qingshi-station')!;
      if (find(station)) expect(find(station)!.text).toContain('抢修90分钟内');
      const hall = m!.units.find((u) => u.id === 'power-city-hall')!;
      if (find(hall)) expect(find(hall)!.text).toContain('抢修45分钟内');
      expect(find(station) ?? find(hall)).toBeDefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('every clause of every unit records its origin', () => {
    for (const u of model.units)
      for (const d of u.documents)
        for (const c of walkClauses(d.clauses)) expect(c.origin, `${u.id} ${c.id}`).toBeDefined();
  });
});
