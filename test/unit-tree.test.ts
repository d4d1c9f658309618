/** Unit lists in tree order: a parent before its sub-units, three levels deep, whatever the file order. */
import { expect, it } from 'vitest';
import { unitsInTreeOrder } from '../src/model/unit-tree.ts';

it('lists each unit after its parent, with its depth', () => {
  const units = [
    { id: 'hosp-community', parentId: 'hosp-hall' },
    { id: 'hosp-hall' },
    { id: 'hosp-mobile', parentId: 'hosp-community' },
    { id: 'hotel-front' },
    { id: 'orphan', parentId: 'gone' },
  ];
  expect(unitsInTreeOrder(units).map(({ unit, depth }) => `${unit.id}:${depth}`)).toEqual([
    'hosp-hall:0',
    'hosp-community:1',
    'hosp-mobile:2',
    'hotel-front:0',
    'orphan:0',
  ]);
});

it('keeps units of a parent cycle instead of losing them', () => {
  const units = [
    { id: 'a', parentId: 'b' },
    { id: 'b', parentId: 'a' },
  ];
  expect(unitsInTreeOrder(units).map(({ unit }) => unit.id)).toEqual(['a', 'b']);
});
