/**
 * The mystery-shopper visit the scoring, score-sheet print and score-page tests all score on the
 * example's power-city-hall: deductions, a repeat doubled, a cap, a third occurrence (step 3, fine)
 * and the threshold crossed (66.7 of 100).
 */
import type { Visit } from '../../src/model/scoring.ts';

export const SCORED_VISIT: Visit = {
  date: '2027-03-15',
  inspector: '李检',
  entries: [
    // 1 fault × 2 points, repeated (× 2) = 4; third time for this clerk: step 3, fine 200, staff.
    { item: 'si-dress-badge', faults: 1, repeat: true, occurrence: 3, reason: '未戴工号牌' },
    // 2 faults × 3 = 6; first time: step 1, no fine.
    { item: 'si-polite-language', faults: 2 },
    // 2 faults × 5 × 2 = 20, cut to the cap 15; repeat → second occurrence: written notice.
    { item: 'si-first-contact', faults: 2, repeat: true },
  ],
};
