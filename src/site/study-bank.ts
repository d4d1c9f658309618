/**
 * Bank files that share questions: a unit's file (and the whole bank's) leaves
 * out the etiquette questions every unit has alike and names the shared file
 * and where its questions go. Used by the browser island and by the tests, so
 * both read a bank the same way. No model code here: the island bundles it.
 */
import type { StudyBankFile } from './study.ts';

/** The file's questions with every included file's put in at its place; items merged. */
export function mergeIncluded(file: StudyBankFile, included: ReadonlyMap<string, StudyBankFile>): StudyBankFile {
  if (!file.include?.length) return file;
  const questions = [...file.questions];
  const items = { ...file.items };
  // From the last place to the first, so earlier places keep their meaning.
  for (const { file: name, at } of [...file.include].sort((a, b) => b.at - a.at)) {
    const shared = included.get(name);
    if (!shared) throw new Error(`bank ${file.scope}: included file ${name} missing`);
    questions.splice(at, 0, ...shared.questions);
    for (const [id, item] of Object.entries(shared.items)) items[id] ??= item;
  }
  const { include: _include, ...rest } = file;
  return { ...rest, items, questions };
}

/** Loads a bank file and the files it includes (names are relative to the file), with `read` (fetch in the browser, the disk in tests). */
export async function loadBankFile(url: string, read: (url: string) => Promise<StudyBankFile>): Promise<StudyBankFile> {
  const file = await read(url);
  const included = new Map<string, StudyBankFile>();
  const dir = url.replace(/[^/]*$/, '');
  await Promise.all((file.include ?? []).map(async ({ file: name }) => included.set(name, await read(dir + name))));
  return mergeIncluded(file, included);
}
