/**
 * A role page's assessment links: two thresholds of one score in different phases (a lenient
 * first phase, then the rule) are told apart by their phases, as on the assessment page — the
 * clerk met two links both reading 低于85分.
 */
import { describe, expect, it } from 'vitest';
import { loadModel } from '../src/model/index.ts';
import { roleRequirements } from '../src/model/role-requirements.ts';
import { organisationView } from '../src/model/view.ts';
import { roleItemsHtml } from '../src/site/role-items-html.ts';

describe('role page thresholds', () => {
  it('names the phase of each 低于85分', async () => {
    const { model } = await loadModel('content');
    const req = roleRequirements(model!, organisationView(model!), 'counter-clerk');
    const html = roleItemsHtml(req.general, { model: model!, locale: 'zh-CN', idPrefix: 'r', link: () => '#' });
    expect(html).toContain('低于85分（学习动员阶段）');
    expect(html).toContain('低于85分（全面实施阶段）');
  });
});
