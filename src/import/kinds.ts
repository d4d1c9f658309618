/**
 * Turns the imported clause tree into the content of one kind (norms, etiquette,
 * commitments), as plain objects shaped like the schemas, plus the `# TODO` comments
 * to place in the YAML and warnings for what had to be guessed.
 */
import { buildCommitments } from './kind-commitments.ts';
import type { Ctx, KindOutput } from './kind-context.ts';
import { buildEtiquette } from './kind-etiquette.ts';
import { buildNorms } from './kind-norms.ts';
import type { ImportedTree, ImportKind } from './types.ts';

export function buildKind(kind: ImportKind, tree: ImportedTree, today: string): KindOutput {
  const ctx: Ctx = { tree, today, comments: [], warnings: [] };
  if (kind === 'etiquette') return buildEtiquette(ctx);
  if (kind === 'commitments') return buildCommitments(ctx);
  return buildNorms(ctx);
}
