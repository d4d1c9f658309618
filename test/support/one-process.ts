/**
 * The test files that run one after another in one reused worker thread (vitest's threads pool with
 * isolate: false) instead of a fresh process each: a process of its own costs a file about 2.5 s of
 * CPU to start (Node, vitest's worker, then importing the model, the print code or the search code
 * again), more than most of these spend in their tests. The first 45 files alone on the 2-core machine
 * (2026-12-05): 101 s of CPU in a process each, 44 s in one thread.
 *
 * A file belongs here only when it keeps to itself: no build, browser, server or shared build
 * (test/support/built.ts, which this project's files cannot reach), no working-folder change (a
 * thread cannot make one), and whatever it sets in process.env or on globals it puts back. A new
 * file runs in one of the two forks (the default; since 2026-12-05 they too are reused from file to
 * file, vitest.config.ts); add it here once it keeps those rules.
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
  'test/kept-bundle.test.ts',
  'test/layer-cache.test.ts',
  'test/model-scope.test.ts',
  'test/model.test.ts',
  'test/nav-sections.test.ts',
  'test/numbering.test.ts',
  'test/pdf-cache-records.test.ts',
  'test/poster-target-width.test.ts',
  'test/print-encode.test.ts',
  'test/print-operators.test.ts',
  'test/print-order.test.ts',
  'test/quiz-client.test.ts',
  'test/quiz-paper.test.ts',
  'test/quiz.test.ts',
  'test/scope-model.test.ts',
  'test/scope-params.test.ts',
  'test/search-commitment-versions.test.ts',
  'test/search-content.test.ts',
  'test/search-examples.test.ts',
  'test/search-excerpt.test.ts',
  'test/search-queries.test.ts',
  'test/staged-pages.test.ts',
  'test/strength.test.ts',
  'test/study-client-phone.test.ts',
  'test/synthetic.test.ts',
  'test/unit-issuer.test.ts',
  'test/unit-tree.test.ts',
  'test/unquoted-params.test.ts',
  'test/versions-older-output.test.ts',
  'test/view-cache.test.ts',
  'test/wording.test.ts',
];
