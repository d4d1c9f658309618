/**
 * A model's question banks, one per unit and seed, the last few kept made. Making a bank is the
 * costly part of a quiz paper (~70 ms at 30×), a unit's papers and its roles' all come from its
 * bank, and a print worker prints one unit's jobs after another (cli/print-pool.ts), while every
 * bank kept grows its heap with the group (100 at 100×). Used by the PDF cache's derived values
 * and, without them, by quiz-assembly.ts.
 */
import type { Model } from '../model/types.ts';
import { generateBank, type GeneratedBank } from '../quiz/index.ts';

/** Banks kept made at once. */
const BANKS_KEPT = 4;

/** The bank of a unit (undefined: the group's) for a seed: made, or the one kept. */
export type BankOf = (seed: string, unitId: string | undefined) => GeneratedBank;

export function recentBanks(model: Model): BankOf {
  const banks = new Map<string, GeneratedBank>();
  return (seed, unitId) => {
    const key = `${seed}\u0000${unitId ?? ''}`;
    let bank = banks.get(key);
    // Least recently used first: taken out and put back at the end.
    if (bank) banks.delete(key);
    else bank = generateBank(model, { seed, ...(unitId !== undefined ? { unitId } : {}) });
    banks.set(key, bank);
    if (banks.size > BANKS_KEPT) banks.delete(banks.keys().next().value!);
    return bank;
  };
}
