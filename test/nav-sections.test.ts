/**
 * The navigation offers only the sections the content has something in: an organisation without
 * service guides (the chengchuan-water-bus fixture, written as a new user would) had 办事指南 in
 * its header on every page, leading to an empty list.
 */
import { expect, it } from 'vitest';
import { loadModelOrThrow } from '../src/model/index.ts';
import { siteSections } from '../src/model/routes.ts';
import { NAV, navOf } from '../src/site/nav.ts';

it('leaves a kind the content has none of out of the navigation, and keeps every other', async () => {
  const model = await loadModelOrThrow('test/fixtures/orgs/chengchuan-water-bus');
  expect(model.services).toEqual([]);
  expect(siteSections(model)).toEqual({
    etiquette: true,
    commitments: true,
    processes: true,
    services: false,
    assessment: true,
  });
  expect(navOf(model).map(([key]) => key)).toEqual(NAV.map(([key]) => key).filter((k) => k !== 'services'));
  const none = { ...model, services: [], processes: [], etiquette: [], assessments: [], commitmentSets: [], units: [] };
  expect(navOf(none).map(([key]) => key)).toEqual(['units', 'norms', 'roles', 'study', 'downloads']);
});

it('keeps every section of the example', async () => {
  const model = await loadModelOrThrow('content');
  expect(navOf(model)).toEqual(NAV);
});
