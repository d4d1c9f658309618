/** Search records of the processes and their steps (a step filed under its process). */
import { join, KEY, type Recorder } from './recorder.ts';

/** Processes and their steps. */
export function processRecords(r: Recorder): void {
  const { model, emit, keywords, roleNames, inUnit, path, unitName } = r;
  for (const p of model.processes) {
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
  }
}
