/**
 * What building the content of every kind needs: the tree, the import date, and where the
 * `# TODO` comments and warnings go; the document title, and ids of child items.
 */
import type { ImportedTree, ImportWarning } from './types.ts';

export type YamlPath = (string | number)[];
export interface YamlComment {
  path: YamlPath;
  text: string;
}

export interface KindOutput {
  data: Record<string, unknown>;
  comments: YamlComment[];
  warnings: ImportWarning[];
  /** Extra lines for the dry-run listing (phrases, targets). */
  summary: string[];
}

export const PLACEHOLDER = '（待填写）';

/** `${base}-${suffix}`, shortening `base` so the id stays within the 80 characters ids may have. */
export function childId(base: string, suffix: string): string {
  const room = 80 - suffix.length - 1;
  return `${base.length > room ? base.slice(0, room).replace(/-+$/u, '') : base}-${suffix}`;
}

/** One kind being built: the tree read, the import date, and the comments and warnings collected. */
export interface Ctx {
  tree: ImportedTree;
  today: string;
  comments: YamlComment[];
  warnings: ImportWarning[];
}

/** A `# TODO` comment at `path` and the same words as a warning. */
export function todo(ctx: Ctx, path: YamlPath, text: string, line?: number): void {
  ctx.comments.push({ path, text: `TODO: ${text}` });
  ctx.warnings.push(line === undefined ? { message: text } : { line, message: text });
}

/** The document's title: from the front matter, else the first clause's title or the file name (marked TODO). */
export function documentTitle(ctx: Ctx): string {
  const { front, clauses } = ctx.tree;
  if (front.title) return front.title.text;
  const firstTitle = clauses[0]?.title;
  const name = ctx.tree.file.replace(/^.*[\\/]/u, '').replace(/\.[^.]+$/u, '');
  const title = firstTitle ?? name;
  todo(ctx, ['title'], `没有找到文件标题，暂用「${title}」 / no document title found; using "${title}"`);
  return title;
}
