/**
 * Prints the importer's accuracy on the hand-judged corpus:
 *
 *   npx tsx test/import-corpus/score.ts tune|held|all [--verbose]
 *
 * `held` is the part kept aside while the importer was tuned (see README.md).
 */
import path from 'node:path';
import { CORPUS, formatReport, scoreFolder } from './corpus.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const which = args.find((a) => !a.startsWith('--')) ?? 'tune';
const folders = which === 'all' ? ['tune', 'held'] : [which];
for (const f of folders) {
  if (f !== 'tune' && f !== 'held') {
    console.error(`usage: score.ts tune|held|all [--verbose]`);
    process.exit(2);
  }
  const folder = path.join(CORPUS, f);
  console.log(formatReport(f, await scoreFolder(folder), verbose));
  console.log('');
}
