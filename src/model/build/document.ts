/** A norm document file → NormDocument: clause trees, numbers, ids, duplicate numbers. */
import { restrictionOf } from '../applies.ts';
import { assignAppliesTo, buildClauses, clauseLabel, walkClauses } from '../clauses.ts';
import { FIRST_PROVISION_CHAPTER } from '../front-chapters.ts';
import { checkRef } from '../ids.ts';
import { labelClauses } from '../numbering.ts';
import type { ValidFile } from '../load.ts';
import type { ClauseInput } from '../schema/documents.ts';
import { formatPath, locate } from '../source.ts';
import type { Clause, NormDocument } from '../types/documents.ts';
import { at, reporter, type BuildContext, type Path } from './context.ts';

export function buildDocument(f: ValidFile<'norms'>, ctx: BuildContext): NormDocument {
  const { ids, diags } = ctx;
  const d = f.data;
  ids.add('document', d.id, d.title, at(f.pf, ['id']), 'id');
  const restrict = restrictionOf(d);
  const clauses = buildClauses(
    d.clauses,
    {
      pf: f.pf,
      path: ['clauses'],
      documentId: d.id,
      parentNumber: '',
      depth: 1,
      start: d.startNumber,
      scope: ctx.scope,
      restricted: restrict !== undefined,
      report: reporter(ctx),
    },
    diags,
  );
  assignAppliesTo(clauses, d.roles ?? []);
  labelClauses(clauses, d.numbering);
  // Roles are registered before documents are built, so the reference can be checked here.
  (d.roles ?? []).forEach((r, i) =>
    checkRef(ids, diags, r, ['role'], at(f.pf, ['roles', i]), formatPath(['roles', i])),
  );
  checkStartNumber(f, ctx);
  const numbers = new Map<string, Clause>();
  // One walk for all paths: searching the tree per clause was quadratic (39,000 clauses took 260 s).
  const idPaths = clauseIdPaths(d.clauses);
  for (const c of walkClauses(clauses)) {
    const idPath = idPaths.get(c.id) ?? [];
    ids.add('clause', c.id, clauseLabel(c), locate(f.pf, idPath), formatPath(idPath), d.id);
    const prior = numbers.get(c.number);
    if (prior) {
      // Point at the `number:` the writer typed when there is one (else the clause), and say how to mend it.
      const numberPath = [...idPath.slice(0, -1), 'number'];
      const written = locate(f.pf, numberPath);
      diags.error(
        written.exists ? written : c.source,
        formatPath(written.exists ? numberPath : idPath),
        'duplicate-number',
        `条款编号 ${c.number} 重复（另见第 ${prior.source.line} 行）：改成本文件未用过的编号，或删去 number:，编号即按条款的位置自动排出 / ` +
          `duplicate clause number ${c.number} (also at line ${prior.source.line}): give this clause a number not used in the file, or remove number: and it is numbered by its place`,
      );
    } else numbers.set(c.number, c);
  }
  return {
    id: d.id,
    title: d.title,
    ...(d.code ? { code: d.code } : {}),
    issuer: d.issuer,
    version: d.version,
    effective: d.effective,
    scope: d.scope,
    references: (d.references ?? []).map((r) => ({
      title: r.title,
      ...(r.code ? { code: r.code } : {}),
      ...(r.url ? { url: r.url } : {}),
    })),
    roles: d.roles ?? [],
    ...(restrict ? { restrict } : {}),
    ...(d.numbering !== 'decimal' ? { numbering: d.numbering } : {}),
    ...(d.startNumber !== 1 ? { startNumber: d.startNumber } : {}),
    clauses,
    source: at(f.pf, []),
    status: d.status,
    ...(d.revisions ? { revisions: [...d.revisions].sort((a, b) => a.date.localeCompare(b.date)) } : {}),
    versionSource: at(f.pf, ['version']),
  };
}

/** Field path of each clause id's first occurrence in a norm file, e.g. clauses[0].clauses[2].id. */
export function clauseIdPaths(
  inputs: readonly ClauseInput[],
  prefix: Path = ['clauses'],
  into = new Map<string, Path>(),
): Map<string, Path> {
  inputs.forEach((c, i) => {
    if (!into.has(c.id)) into.set(c.id, [...prefix, i, 'id']);
    if (c.clauses?.length) clauseIdPaths(c.clauses, [...prefix, i, 'clauses'], into);
  });
  return into;
}

/**
 * A decimal document whose first chapter comes after 4 leaves chapters missing: GB/T 1.1's front
 * chapters (1 范围, 2 规范性引用文件, 3 术语和定义) fill 1–3 only, so a reader of `startNumber: 7` looks
 * for 4–6 and finds nothing. Usually a slip for 4; a warning, since a document may continue another.
 */
function checkStartNumber(f: ValidFile<'norms'>, ctx: BuildContext): void {
  const { startNumber: start, numbering } = f.data;
  if (numbering !== 'decimal' || start <= FIRST_PROVISION_CHAPTER) return;
  const one = start === FIRST_PROVISION_CHAPTER + 1;
  const missing = one ? `${start - 1}` : `${FIRST_PROVISION_CHAPTER}–${start - 1}`;
  ctx.diags.warning(
    at(f.pf, ['startNumber']),
    'startNumber',
    'start-number-gap',
    `第一章编为 ${start}，第 ${missing} 章却不存在（前 3 章是范围、规范性引用文件、术语和定义）：按 GB/T 1.1 写 startNumber: ${FIRST_PROVISION_CHAPTER}；若本文件确实接续另一文件的编号，可不理会此提示 / ` +
      `the first chapter is numbered ${start}, so ${one ? `chapter ${missing} does` : `chapters ${missing} do`} not exist (1–3 are scope, normative references, terms and definitions): write startNumber: ${FIRST_PROVISION_CHAPTER} as GB/T 1.1 does; if this document really continues another's numbering, ignore this warning`,
  );
}
