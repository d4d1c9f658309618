/**
 * The model rules the site reads rather than decides: how an origin reads in a
 * unit (a rewording from above is not 沿用), what a role is held to (specific /
 * general), whom a question asks (every cited item's roles), practice
 * addresses, and the weekly rule the hub applies to a year of weeks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel, walkClauses, type Model } from '../src/model/index.ts';
import { differsFromGroup, originNote } from '../src/model/origin.ts';
import { requirementIds, roleRequirements } from '../src/model/role-requirements.ts';
import { anchorId, itemPath, localAnchor, myScopePath, practiceKey, practicePath } from '../src/model/routes.ts';
import { itemForRole, rolesOfItem, rolesOfItems } from '../src/model/item-roles.ts';
import { organisationView, roleView, unitView } from '../src/model/view.ts';
import type { Clause } from '../src/model/types/documents.ts';
import { weeklyQuestion, weeklySchedule } from '../src/quiz/assemble.ts';
import { generateBank } from '../src/quiz/index.ts';

let three: Model;
let example: Model;
let mixed: Model;

beforeAll(async () => {
  three = (await loadModel('test/fixtures/orgs/three-level-power')).model!;
  example = (await loadModel('content')).model!;
  mixed = (await loadModel('test/fixtures/orgs/mixed-district')).model!;
});

const clause = (model: Model, unitId: string, id: string): Clause => {
  for (const d of unitView(model, unitId).documents) for (const c of walkClauses(d.clauses)) if (c.id === id) return c;
  throw new Error(`${unitId} has no clause ${id}`);
};

describe('originNote', () => {
  it('reads a rewording or an addition from a unit above as that unit’s, not as the group’s wording', () => {
    // songxi-county rewords the group's business hours; baishi-point, below it, inherits that wording.
    expect(originNote(clause(three, 'songxi-county', 'pb-business-hours').origin)).toEqual({
      mark: 'overridden',
      reason: expect.stringContaining('六名营业员'),
    });
    expect(originNote(clause(three, 'baishi-point', 'pb-business-hours').origin)).toEqual({
      mark: 'overridden-above',
      by: 'songxi-county',
      reason: expect.stringContaining('六名营业员'),
    });
    // hc-power adds a clause; its grandchild rewords it; its child keeps it.
    expect(originNote(clause(three, 'hc-power', 'hcp-no-lunch-close').origin).mark).toBe('own');
    expect(originNote(clause(three, 'songxi-county', 'hcp-no-lunch-close').origin)).toEqual({
      mark: 'own-above',
      by: 'hc-power',
    });
    expect(originNote(clause(three, 'baishi-point', 'hcp-no-lunch-close').origin).mark).toBe('overridden');
    expect(originNote(clause(three, 'baishi-point', 'sx-market-day-desk').origin)).toEqual({
      mark: 'own-above',
      by: 'songxi-county',
    });
    // The sibling toll station keeps the group's wording.
    expect(originNote(clause(three, 'hc-power', 'pb-business-hours').origin).mark).toBe('inherited');
    expect(differsFromGroup(clause(three, 'hc-power', 'pb-business-hours').origin)).toBe(false);
    expect(differsFromGroup(clause(three, 'baishi-point', 'pb-business-hours').origin)).toBe(true);
    expect(originNote(undefined)).toEqual({ mark: 'inherited' });
  });
});

describe('rolesOfItems', () => {
  it('is the roles every item concerns: a general item does not widen a question to every role', () => {
    const view = unitView(example, 'power-city-hall');
    expect(rolesOfItem(example, 'follow-up-call', view)).toEqual(['quality-office']);
    const lanes = rolesOfItem(example, 'complaint-follow-up-call', view);
    expect(lanes).toEqual(expect.arrayContaining(['counter-clerk', 'quality-office']));
    // A follow-up-call clause and the process's step: the quality office's, not the counter clerk's.
    expect(rolesOfItems(example, ['follow-up-call', 'complaint-follow-up-call'], view)).toEqual(['quality-office']);
    // A teller's clause with a rule set for everyone: the teller's.
    const bank = unitView(mixed, 'bank-chengnan');
    expect(rolesOfItem(mixed, 'bq-sing-steps', bank)).toBe('all');
    expect(rolesOfItems(mixed, ['bk-sing-receive-pay', 'bq-sing-steps'], bank)).toEqual(['bank-teller']);
    expect(rolesOfItems(mixed, ['bq-sing-steps'], bank)).toBe('all');
    expect(rolesOfItems(mixed, [], bank)).toBe('all');
  });

  it('gives the bank’s questions their roles, so a role’s practice asks only about its role view', () => {
    for (const unit of example.units) {
      const view = unitView(example, unit.id);
      const bank = generateBank(example, { seed: 'roles', unitId: unit.id }).questions;
      for (const roleId of unit.roles) {
        const rv = roleView(view, roleId);
        for (const q of bank.filter((x) => x.roles === 'all' || x.roles.includes(roleId))) {
          for (const id of q.sources) {
            if (!view.has(id)) continue;
            expect(itemForRole(example, id, roleId, view), `${unit.id} ${roleId} ${q.id} ${id}`).toBe(true);
            if (
              ['clause', 'situation', 'phrase', 'forbidden', 'node', 'process', 'commitment'].includes(
                example.index[id]!.kind,
              )
            )
              expect(rv.has(id), `${unit.id} ${roleId} ${q.id} ${id}`).toBe(true);
          }
        }
      }
    }
  });
});

describe('roleRequirements', () => {
  it('splits the role view into what is written for the role and what is for everyone, losing nothing', () => {
    const view = unitView(example, 'water-service-dept');
    const req = roleRequirements(example, view, 'counter-clerk');
    const specific = req.specific.clauses.flatMap((d) => d.clauses.map((c) => c.clause));
    const general = req.general.clauses.flatMap((d) => d.clauses.map((c) => c.clause));
    expect(specific.length).toBeGreaterThan(0);
    expect(general.length).toBeGreaterThan(0);
    for (const c of specific) expect(rolesOfItem(example, c.id, view), c.id).not.toBe('all');
    for (const c of general) expect(rolesOfItem(example, c.id, view), c.id).toBe('all');
    // The unit's own clause for counter clerks is there, in the unit's wording.
    expect(specific.map((c) => c.id)).toContain('water-ask-account-number');
    expect(general.find((c) => c.id === 'reply-to-complaint-in-time')?.text).toContain('3个工作日');
    // Every provision of the role view is listed once, in one part.
    const rv = roleView(view, 'counter-clerk');
    const provisions = rv.documents.flatMap((d) =>
      [...walkClauses(d.clauses)].filter((c) => c.text !== undefined).map((c) => c.id),
    );
    expect([...specific, ...general].map((c) => c.id).sort()).toEqual([...provisions].sort());
    // Headings come with their provisions; processes, commitments and rule sets are all there.
    const ids = requirementIds(req);
    for (const c of specific)
      for (const h of req.specific.clauses.flatMap((d) => d.clauses).find((x) => x.clause === c)!.headings)
        expect(ids.has(h.id)).toBe(true);
    for (const c of rv.commitments) expect(ids.has(c.id)).toBe(true);
    for (const p of rv.processes) for (const n of p.nodes) expect(ids.has(n.id)).toBe(true);
    expect(req.specific.processes.flatMap((p) => p.own).every((n) => n.role === 'counter-clerk')).toBe(true);
    expect(req.general.assessmentRules.length).toBeGreaterThan(0);
  });

  it('reads the organisation’s view for a role across the group', () => {
    const req = roleRequirements(example, organisationView(example), 'hotline-operator');
    const ids = requirementIds(req);
    expect(ids.has('answer-within-three-rings')).toBe(true);
    // A clause only a unit added is not the group's.
    expect(ids.has('water-ask-account-number')).toBe(false);
  });
});

describe('routes for practice and anchors', () => {
  it('names practice pages by scope, a unit × role as the unit’s with ?role=', () => {
    expect(practiceKey({})).toBe('all');
    expect(practiceKey({ documentId: 'd' })).toBe('doc-d');
    expect(practiceKey({ roleId: 'r' })).toBe('role-r');
    expect(practiceKey({ unitId: 'u', roleId: 'r' })).toBe('unit-u');
    expect(practicePath({ unitId: 'u' })).toBe('study/unit-u/');
    expect(practicePath({ unitId: 'u', roleId: 'r' })).toBe('study/unit-u/?role=r');
    expect(practicePath({ roleId: 'r' })).toBe('study/role-r/');
    expect(myScopePath({ unitId: 'u', roleId: 'r' })).toBe('study/?unit=u&role=r#me');
    expect(myScopePath()).toBe('study/#me');
    expect(anchorId('clause', 'x')).toBe('c-x');
    expect(localAnchor('node', 'x')).toBe('#step-x');
    // itemPath and the anchors agree.
    expect(itemPath(example, 'first-contact-owner')).toBe(
      `norms/general-service-norms/${localAnchor('clause', 'first-contact-owner')}`,
    );
  });
});

describe('weeklySchedule', () => {
  it('is weeklyQuestion for every week, in every scope', () => {
    const bank = generateBank(example, { seed: 'weekly' });
    for (const scope of [{}, { roleId: 'counter-clerk' }, { roleId: 'toll-collector', unitId: 'all' }]) {
      const pick = weeklySchedule(bank, scope);
      for (let w = 1; w <= 53; w += 4)
        for (const year of [2026, 2027]) {
          const week = `${year}-W${String(w).padStart(2, '0')}`;
          expect(pick(week)?.id, `${JSON.stringify(scope)} ${week}`).toBe(weeklyQuestion(bank, week, scope)?.id);
        }
    }
    expect(weeklySchedule({ questions: [] })('2027-W01')).toBeUndefined();
  });
});
