/**
 * What the commands share: the terminal (Io), printing the content's diagnostics, loading a model
 * that must be valid, and the message for an output an interrupted run put back.
 */
import type { Diagnostic, Model } from '../model/index.ts';

export const RESTORED = (out: string) =>
  `已恢复 ${out}：上次运行在替换输出时被中断，先前的输出已放回原处 / restored ${out}: a run was interrupted while replacing it; the previous output is back in place`;

/** Content that does not validate (exit status 1); diagnostics already printed. */
export class ContentInvalid extends Error {}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

// Modules are imported by the commands that need them: `guifan pdf --only poster:X` should not
// pay for the quiz bank, the JSON Schemas or the site (start-up is most of a one-poster run).
export const loadModel = async (dir: string, options: { drafts?: boolean } = {}) =>
  (await import('../model/index.ts')).loadModel(dir, options);

export async function reportDiagnostics(diagnostics: Diagnostic[], io: Io, format: string): Promise<void> {
  const { diagnosticsToJson, formatDiagnostics } = await import('../model/index.ts');
  if (format === 'json') io.out(JSON.stringify(diagnosticsToJson(diagnostics), null, 2));
  else if (diagnostics.length) io.err(formatDiagnostics(diagnostics));
}

/** The content's model, its diagnostics printed; ContentInvalid when it has errors. */
export async function requireModel(
  contentDir: string,
  io: Io,
  format = 'text',
  options: { drafts?: boolean } = {},
): Promise<Model> {
  const { model, diagnostics } = await loadModel(contentDir, options);
  await reportDiagnostics(diagnostics, io, format);
  if (!model) throw new ContentInvalid();
  return model;
}
