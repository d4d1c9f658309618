/**
 * The search boxes' examples are words of the organisation's own content (model/search-examples.ts):
 * a railway station's and a social-insurance office's site no longer offers the cashier's 唱收唱付.
 */
import { describe, expect, it } from 'vitest';
import { loadModel } from '../src/model/index.ts';
import { searchExamples } from '../src/model/search-examples.ts';
import { searchPlaceholder } from '../src/site/search-placeholder.ts';

const ORGS = ['content', 'test/fixtures/orgs/mixed-district', 'test/fixtures/orgs/lanxi-civic'];

describe('search examples', () => {
  for (const dir of ORGS)
    it(`${dir}: up to three short terms, each found in the content`, async () => {
      const { model } = await loadModel(dir);
      const examples = searchExamples(model!);
      expect(examples.length).toBeGreaterThanOrEqual(2);
      expect(examples.length).toBeLessThanOrEqual(3);
      const labels = Object.values(model!.index).map((e) => e.label);
      const json = JSON.stringify([labels, model!.documents]);
      for (const term of examples) {
        expect([...term].length, term).toBeLessThanOrEqual(4);
        expect(json, term).toContain(term);
      }
    });

  it("offers none of the example content's words that an organisation never uses", async () => {
    const { model } = await loadModel('test/fixtures/orgs/lanxi-civic');
    expect(JSON.stringify(model!.documents)).not.toContain('唱收唱付');
    expect(searchExamples(model!)).not.toContain('唱收唱付');
    const narrow = searchPlaceholder(model!, 'zh-CN', 'narrow');
    expect(narrow).toBe(`例如：${searchExamples(model!).slice(0, 2).join('、')}`);
    expect(searchPlaceholder(model!, 'en', 'wide')).toMatch(/^e\.g\. \p{Script=Han}+, \p{Script=Han}+/u);
  });
});
