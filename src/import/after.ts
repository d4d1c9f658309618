/**
 * What `guifan import` says after writing: a `guifan check` of the content directory, limited to
 * the files just written, and for commitments the ones to shorten before they are made public
 * (imported commitments are internal: a long one would not fit its line on the notice-board poster).
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import type { ImportOutcome } from './index.ts';

/** Poster and card lines hold about this many characters of title and text comfortably. */
export const COMMITMENT_CHARS_MAX = 40;

export async function checkAfterImport(
  contentDir: string,
  outcome: ImportOutcome,
): Promise<{ out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const written = outcome.documents.filter((d) => d.outPath !== undefined);
  if (written.length === 0) return { out, err };
  const hasOrganisation = await access(path.join(contentDir, 'organisation.yaml')).then(
    () => true,
    () => false,
  );
  if (!hasOrganisation) {
    out.push(
      `${contentDir} 中没有 organisation.yaml，没有运行 guifan check；补上后再运行 / no organisation.yaml in ${contentDir}: guifan check was not run; add one and run it`,
    );
    return { out, err };
  }
  const { loadModel, formatDiagnostics } = await import('../model/index.ts');
  const { diagnostics } = await loadModel(contentDir);
  const files = new Set(
    written.map((d) =>
      path
        .relative(path.resolve(contentDir), path.resolve(d.outPath as string))
        .split(path.sep)
        .join('/'),
    ),
  );
  const mine = diagnostics.filter((d) => files.has(d.file.split(path.sep).join('/')));
  const errors = mine.filter((d) => d.severity === 'error').length;
  if (mine.length > 0) err.push(formatDiagnostics(mine));
  out.push(
    `guifan check（本次写入的 ${written.length} 个文件）：${errors} 个错误，${mine.length - errors} 条提醒 / guifan check on the ${written.length} file(s) written: ${errors} error(s), ${mine.length - errors} warning(s)`,
  );

  if (outcome.kind === 'commitments') {
    const long: string[] = [];
    for (const d of written) {
      for (const c of (d.data.commitments ?? []) as { id: string; title?: string; text: string }[]) {
        const chars = [...`${c.title ?? ''}${c.text}`].length;
        if (chars > COMMITMENT_CHARS_MAX) long.push(`  ${c.id}（${chars} 字 / chars）：${c.text}`);
      }
    }
    out.push(
      '导入的承诺都是 public: false（只在内部显示）；核对后改为 true，才会印上公示海报和卡片 / imported commitments are internal (public: false) until reviewed',
    );
    if (long.length > 0) {
      out.push(
        `公开前请缩短以下 ${long.length} 条承诺（海报每条宜在 ${COMMITMENT_CHARS_MAX} 字以内） / shorten these ${long.length} commitment(s) before making them public (about ${COMMITMENT_CHARS_MAX} characters fit a poster line):`,
      );
      out.push(...long);
    }
  }
  return { out, err };
}
