/**
 * Search queries written against the example content (content/), each with
 * the one item a member of staff typing it is looking for. Used by the e2e
 * test (first result must be this item) and the precision@1 report.
 */
export interface QueryCase {
  query: string;
  /** Why this query is in the set. */
  what: string;
  /** Site path + anchor of the intended first result. */
  expect: string;
  /** Other items equally right as the first result, when the content holds more than one answer (say why beside the case). */
  alsoRight?: string[];
  filters?: { unit?: string; kind?: string };
}

export const QUERIES: QueryCase[] = [
  { query: '唱收唱付', what: 'four-character term', expect: '/norms/counter-hotline-norms/#c-cash-handling' },
  { query: '唱收', what: 'partial word', expect: '/norms/counter-hotline-norms/#c-cash-handling' },
  { query: '投诉', what: 'two-character word', expect: '/norms/general-service-norms/#c-complaint-handling' },
  { query: '首问负责制', what: 'named rule', expect: '/norms/general-service-norms/#c-first-contact-responsibility' },
  { query: '一次性告知', what: 'named rule', expect: '/norms/general-service-norms/#c-one-time-notification' },
  {
    query: '三亮',
    what: 'two-character term inside quotes in a clause',
    expect: '/norms/general-service-norms/#c-three-displays',
  },
  {
    query: '谁受理、谁负责',
    what: 'query with punctuation',
    expect: '/norms/general-service-norms/#c-whoever-receives-is-responsible',
  },
  { query: '反光背心', what: 'word inside a clause', expect: '/norms/toll-lane-norms/#c-toll-reflective-vest' },
  // Since the service guides came in, the ETC card's guide (小型客车ETC办理) answers "etc" as well as the lane clause.
  {
    query: 'etc',
    what: 'Latin word, lower case',
    expect: '/norms/toll-lane-norms/#c-toll-etc-fallback',
    alsoRight: ['/units/toll-east-station/services/toll-etc-issue/'],
  },
  { query: '0.28', what: 'commitment number', expect: '/commitments/#cm-water-pressure-minimum' },
  { query: '14秒', what: 'commitment number with unit', expect: '/commitments/#cm-toll-average-seconds' },
  { query: '青石县供电所', what: 'unit name', expect: '/units/power-qingshi-station/' },
  { query: '东收费所', what: 'unit short name', expect: '/units/toll-east-station/' },
  { query: '没零钱', what: 'forbidden phrase', expect: '/etiquette/#p-forbid-go-change-money-yourself' },
  { query: '有意见找领导去', what: 'whole forbidden phrase', expect: '/etiquette/#p-forbid-complain-to-the-boss' },
  { query: '一路平安', what: 'standard phrase', expect: '/etiquette/#p-toll-safe-journey' },
  {
    query: '调阅录音录像',
    what: 'word from a process step',
    expect: '/processes/complaint-handling-process/#step-complaint-office-investigates',
  },
  {
    query: '派单',
    what: 'two-character process word',
    expect: '/processes/power-fault-repair-process/#step-repair-dispatch',
  },
  {
    query: '午间',
    what: 'unit filter picks the unit’s own wording',
    expect: '/units/power-qingshi-station/norms/counter-hotline-norms/#c-lunch-break-rotation',
    filters: { unit: 'power-qingshi-station' },
  },
  {
    query: '投诉',
    what: 'kind filter',
    expect: '/processes/complaint-handling-process/',
    filters: { kind: 'process' },
  },
];
