/**
 * The test files that run one after another in one reused worker process (vitest's isolate: false)
 * instead of a fresh process each: each costs about 2.5 s of CPU to start in a process of its own
 * (Node, vitest's worker, then importing the model, the print code or the search code again), and
 * these 45 together spend less than that in their tests. Measured on the 2-core machine, these
 * files alone: 169 s of CPU in their own processes, 101 s in one (bench/results/suite-one-process-2026-12-05.md).
 *
 * A file belongs here only when it runs in this process alone: no build, browser, server or shared
 * build (test/support/built.ts), no working-folder change, and whatever it sets in process.env or
 * on globals it puts back. A new file starts in a process of its own (the default); add it here
 * once it keeps those rules.
 */
export const ONE_PROCESS = [
  'test/check-errors.test.ts',
  'test/compiled-components.test.ts',
  'test/diagram-layout/assemble.test.ts',
  'test/diagram-layout/geometry.test.ts',
  'test/diagram-layout/labels.test.ts',
  'test/diagram-layout/metrics-sizes.test.ts',
  'test/diagram-layout/ports.test.ts',
  'test/diagram-layout/ranks.test.ts',
  'test/diagram-layout/routes.test.ts',
  'test/diagram-layout/tracks.test.ts',
  'test/diagram.test.ts',
  'test/glyph-check.test.ts',
  'test/guides-model.test.ts',
  'test/heap-ceiling.test.ts',
  'test/house.test.ts',
  'test/import-parsing.test.ts',
  'test/import-quiz.test.ts',
  'test/import-tree.test.ts',
  'test/import.test.ts',
  'test/layer-cache.test.ts',
  'test/model-scope.test.ts',
  'test/model.test.ts',
  'test/nav-sections.test.ts',
  'test/numbering.test.ts',
  'test/pdf-cache-records.test.ts',
  'test/poster-target-width.test.ts',
  'test/print-encode.test.ts',
  'test/print-operators.test.ts',
  'test/quiz-client.test.ts',
  'test/quiz-paper.test.ts',
  'test/quiz.test.ts',
  'test/scope-model.test.ts',
  'test/scope-params.test.ts',
  'test/search-commitment-versions.test.ts',
  'test/search-content.test.ts',
  'test/search-excerpt.test.ts',
  'test/search-queries.test.ts',
  'test/strength.test.ts',
  'test/study-client-phone.test.ts',
  'test/synthetic.test.ts',
  'test/unit-issuer.test.ts',
  'test/unit-tree.test.ts',
  'test/unquoted-params.test.ts',
  'test/versions-older-output.test.ts',
  'test/wording.test.ts',
];
