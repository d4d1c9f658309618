/**
 * The large fuzz run over the content loader (the vitest suite runs a few
 * hundred cases; this runs as many as asked, 10,000 by default):
 *
 *   npx tsx test/fuzz/run.ts [--cases 10000] [--seed 1] [--corpus both|example|scaffold] [--failures DIR]
 *
 * Cases alternate between a copy of the example content and a `guifan new`
 * scaffold. Prints the number of cases, uncaught exceptions, diagnostics
 * without a position, other broken invariants, and the per-case wall time.
 * Failing cases are saved under --failures (default $TMPDIR/guifan-fuzz-failures)
 * to be reproduced by hand. Exit status 1 when any invariant broke.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { makeCorpus, runCase, saveFailure, type Corpus, type CorpusName } from './harness.ts';
import { caseArbitrary, type Case } from './mutate.ts';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    corpus: { type: 'string', default: 'both' },
    failures: { type: 'string', default: path.join(os.tmpdir(), 'guifan-fuzz-failures') },
  },
});
const total = Number(values.cases);
const seed = Number(values.seed);
const names: CorpusName[] = values.corpus === 'both' ? ['example', 'scaffold'] : [values.corpus as CorpusName];

const corpora: Corpus[] = [];
for (const n of names) corpora.push(await makeCorpus(n));

let uncaught = 0;
let unpositioned = 0;
let problems = 0;
let failedCases = 0;
let harnessErrors = 0;
let withModel = 0;
let diagnosticsTotal = 0;
const times: number[] = [];
let slowest = { ms: 0, description: '' };
const perCorpus = new Map<CorpusName, number>();
const firstMessages = new Map<string, number>();
const started = performance.now();

const CHUNK = 500;
for (let done = 0; done < total; ) {
  // Generated in chunks (seed + chunk index) so memory stays flat however many cases are asked for.
  const batch: Case[] = fc.sample(caseArbitrary, { numRuns: Math.min(CHUNK, total - done), seed: seed + done });
  for (const c of batch) {
    const corpus = corpora[done % corpora.length]!;
    let outcome: Awaited<ReturnType<typeof runCase>>;
    try {
      outcome = await runCase(corpus, c);
    } catch (e) {
      // A bug in the mutator, not in the loader: counted apart, the run goes on.
      harnessErrors++;
      console.log(`harness error in case ${done}: ${(e as Error).message}`);
      done++;
      continue;
    }
    perCorpus.set(corpus.name, (perCorpus.get(corpus.name) ?? 0) + 1);
    times.push(outcome.ms);
    diagnosticsTotal += outcome.diagnostics;
    if (outcome.modelReturned) withModel++;
    if (outcome.ms > slowest.ms) slowest = { ms: outcome.ms, description: `${corpus.name}: ${outcome.description}` };
    const broken = Boolean(outcome.uncaught) || outcome.unpositioned.length > 0 || outcome.problems.length > 0;
    if (outcome.uncaught) uncaught++;
    unpositioned += outcome.unpositioned.length;
    problems += outcome.problems.length;
    if (broken) {
      failedCases++;
      const key = (outcome.uncaught?.split('\n')[0] ?? outcome.unpositioned[0] ?? outcome.problems[0] ?? '')
        .replace(/\d+/g, 'N')
        .slice(0, 140);
      firstMessages.set(key, (firstMessages.get(key) ?? 0) + 1);
      if (failedCases <= 50) await saveFailure(path.join(values.failures, `case-${done}`), corpus, c, outcome);
    }
    done++;
    if (done % 1000 === 0)
      console.log(`… ${done} cases, ${failedCases} failing, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
}

for (const c of corpora) await c.dispose();

const sorted = [...times].sort((a, b) => a - b);
const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.toFixed(0);
console.log('');
console.log(
  `fuzz cases:                    ${times.length} (${[...perCorpus].map(([n, k]) => `${n} ${k}`).join(', ')}; seed ${seed})`,
);
console.log(`uncaught exceptions:           ${uncaught}`);
console.log(`diagnostics without position:  ${unpositioned}`);
console.log(`other broken invariants:       ${problems}`);
console.log(`harness (mutator) errors:      ${harnessErrors}`);
console.log(`cases that loaded a model:     ${withModel}; diagnostics reported: ${diagnosticsTotal}`);
console.log(
  `per-case time (ms):            median ${q(0.5)}, p99 ${q(0.99)}, max ${slowest.ms.toFixed(0)} (${slowest.description})`,
);
console.log(`total time:                    ${((performance.now() - started) / 1000).toFixed(0)} s`);
if (failedCases) {
  console.log(`\nfailing cases: ${failedCases} (first 50 saved under ${values.failures})`);
  for (const [m, n] of [...firstMessages].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${n}×  ${m}`);
}
process.exitCode = failedCases || harnessErrors ? 1 : 0;
