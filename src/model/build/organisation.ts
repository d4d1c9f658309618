/** organisation.yaml → Organisation, and roles.yaml → Role[] with its group checks. */
import type { Diagnostics } from '../diagnostics.ts';
import { checkRef, type IdIndex } from '../ids.ts';
import type { ValidFile } from '../load.ts';
import { formatPath } from '../source.ts';
import type { Hotlines, Organisation, Role } from '../types.ts';
import { at } from './context.ts';

export function normaliseHotlines(
  h:
    | {
        service?: string | undefined;
        supervision?: string | undefined;
        fault?: string | undefined;
        other?: { label: string; number: string }[] | undefined;
      }
    | undefined,
): Hotlines {
  return {
    ...(h?.service ? { service: h.service } : {}),
    ...(h?.supervision ? { supervision: h.supervision } : {}),
    ...(h?.fault ? { fault: h.fault } : {}),
    other: h?.other ?? [],
  };
}

/** The organisation as the model has it; registers its id. */
export function buildOrganisation(orgFile: ValidFile<'organisation'>, ids: IdIndex): Organisation {
  const d = orgFile.data;
  const organisation: Organisation = {
    id: d.id,
    name: d.name,
    shortName: d.shortName ?? d.name,
    ...(d.industry ? { industry: d.industry } : {}),
    ...(d.address ? { address: d.address } : {}),
    ...(d.openingHours ? { openingHours: d.openingHours } : {}),
    hotlines: normaliseHotlines(d.hotlines),
    baseUrl: d.baseUrl.replace(/\/+$/, ''),
    language: d.language,
    params: d.params ?? {},
    ...(d.description ? { description: d.description } : {}),
    exam: d.exam,
    source: at(orgFile.pf, []),
  };
  ids.add('organisation', d.id, d.name, at(orgFile.pf, ['id']), 'id');
  return organisation;
}

/** The roles, registered in the index; a group's members must be roles, and no group may include itself. */
export function buildRoles(files: readonly ValidFile<'roles'>[], ids: IdIndex, diags: Diagnostics): Role[] {
  const roles: Role[] = [];
  for (const f of files) {
    f.data.roles.forEach((r, i) => {
      const source = at(f.pf, ['roles', i]);
      if (ids.add('role', r.id, r.name, at(f.pf, ['roles', i, 'id']), formatPath(['roles', i, 'id']))) {
        roles.push({
          id: r.id,
          name: r.name,
          ...(r.description ? { description: r.description } : {}),
          ...(r.includes ? { includes: r.includes } : {}),
          source,
        });
      }
    });
    // A group names posts (or other groups), never itself through a chain.
    f.data.roles.forEach((r, i) =>
      (r.includes ?? []).forEach((m, j) => {
        const at2 = at(f.pf, ['roles', i, 'includes', j]);
        const p = formatPath(['roles', i, 'includes', j]);
        if (!checkRef(ids, diags, m, ['role'], at2, p)) return;
        if (groupReaches(f.data.roles, m, r.id))
          diags.error(
            at2,
            p,
            'role-group-cycle',
            `岗位组 "${r.id}" 通过 "${m}" 又包含了自己 / role group "${r.id}" includes itself through "${m}"`,
          );
      }),
    );
  }
  return roles;
}

/** Whether role `from` (a group) includes `target`, directly or through other groups. */
function groupReaches(
  roles: readonly { id: string; includes?: string[] | undefined }[],
  from: string,
  target: string,
  seen = new Set<string>(),
): boolean {
  if (from === target) return true;
  if (seen.has(from)) return false;
  seen.add(from);
  return (roles.find((r) => r.id === from)?.includes ?? []).some((m) => groupReaches(roles, m, target, seen));
}
