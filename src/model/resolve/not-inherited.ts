/**
 * A reference in a unit's exclude, override or add to something the unit does not inherit: an
 * item excluded above or written for other units, or an id that does not exist (nearest name suggested).
 */
import type { Assembled } from '../assemble.ts';
import type { Diagnostics } from '../diagnostics.ts';
import { checkRef } from '../ids.ts';
import type { SourceRef } from '../types.ts';

/** Reports `id`, named in a unit's `action`, as not among what the unit inherits (or as unknown). */
export function reportNotInherited(
  ctx: { a: Assembled; diags: Diagnostics },
  id: string,
  source: SourceRef,
  path: string,
  action: 'exclude' | 'override' | 'add',
): void {
  const verb = { exclude: '排除', override: '覆盖', add: '添加到' }[action];
  const entry = ctx.a.ids.entries[id];
  if (entry) {
    ctx.diags.error(
      source,
      path,
      entry.kind === 'clause' ? 'clause-not-inherited' : 'not-inherited',
      `要${verb}的条目 "${id}" 不在本单位继承的内容中（可能已被排除，或只适用于其他单位） / "${id}" is not among what this unit inherits (excluded, or written for other units)`,
    );
  } else {
    checkRef(
      ctx.a.ids,
      ctx.diags,
      id,
      action === 'add'
        ? ['clause']
        : [
            'clause',
            'document',
            'situation',
            'phrase',
            'forbidden',
            'conduct',
            'rule-set',
            'commitment',
            'process',
            'node',
            'violation',
            'inspection',
            'threshold',
            'award',
            'question',
          ],
      source,
      path,
    );
  }
}
