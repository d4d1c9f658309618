/**
 * Writing what was imported: the YAML text of a kind's content with its header and `# TODO`
 * comments, and the files themselves, never overwriting one.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Document, isCollection, isScalar } from 'yaml';
import type { ImportResult } from './index.ts';
import type { KindOutput } from './kind-context.ts';
import { ImportError } from './read.ts';

export async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

/** The YAML text of a kind's content: `header` lines as the file's opening comment, each TODO at its place. */
export function toYaml(out: KindOutput, header: string[]): string {
  const doc = new Document(out.data);
  doc.commentBefore = header.map((h) => ` ${h}`).join('\n');
  for (const c of out.comments) {
    const node = doc.getIn(c.path, true);
    if (isScalar(node)) node.comment = node.comment ? `${node.comment}\n ${c.text}` : ` ${c.text}`;
    else if (isCollection(node))
      node.commentBefore = node.commentBefore ? `${node.commentBefore}\n ${c.text}` : ` ${c.text}`;
  }
  return doc.toString({ lineWidth: 0, indentSeq: true });
}

/** Writes each document's file, never overwriting one. */
export async function writeResults(documents: ImportResult[]): Promise<void> {
  for (const result of documents) {
    try {
      await mkdir(path.dirname(result.targetPath), { recursive: true });
      await writeFile(result.targetPath, result.yamlText, { encoding: 'utf8', flag: 'wx' });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST')
        throw new ImportError(
          `${result.targetPath} 已存在，不会覆盖；请换一个 --out 路径 / ${result.targetPath} exists and is never overwritten; choose another --out`,
        );
      throw new ImportError(
        `无法写入 ${result.targetPath}：${(e as Error).message} / cannot write ${result.targetPath}`,
      );
    }
    result.outPath = result.targetPath;
  }
}
