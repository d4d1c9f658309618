/** Search records of the processes and their steps (a step filed under its process). */
import { byScope, join, KEY, type Recorder } from './recorder.ts';

/**
 * Processes and their steps. A unit with its own page of a process finds the process and each step
 * there, worded as the group's or not: that page cites each step's clauses in the unit's wording
 * (its time limit where the group's says another or leaves it open), the group's page the group's.
 */
export function processRecords(r: Recorder): void {
  const { model, keywords, roleNames, inUnit, path, unitName, records } = r;
  const emit: Recorder['emit'] = (id, org, key, make) => r.emit(id, org, key, make, true);
  for (const p of model.processes) {
    const start = records.length;
    emit(p.id, p, KEY.process, (x, where) => ({
      path: where.path,
      kind: 'process',
      id: x.id,
      title: x.title,
      content: join(x.description),
      extra: join(keywords(x.id), roleNames(x.lanes)),
      context: where.unitId ? (unitName.get(where.unitId) ?? '') : '',
      units: where.units,
      roles: where.roles,
      // Its scope, for byScope; no step shares its kind, so it joins none.
      group: `${where.unitId ?? ''}/${p.id}/process`,
    }));
    for (const n of p.nodes) {
      emit(n.id, n, KEY.node, (x, where) => ({
        path: where.path,
        kind: 'step',
        id: x.id,
        title: x.label,
        content: join(x.label, x.timeLimit, ...x.next.map((e) => e.label)),
        extra: join(keywords(x.id), roleNames([x.role])),
        context: inUnit(p.title, where.unitId),
        units: where.units,
        roles: where.roles,
        doer: x.role,
        parent: path(p.id, where.unitId),
        group: `${where.unitId ?? ''}/${p.id}`,
      }));
    }
    // The group's process and steps, then each unit's: a unit's steps of the process share a record.
    records.push(...byScope(records.splice(start)));
  }
}
