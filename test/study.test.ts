/**
 * Study mode end to end in Debian Chromium, on one build of the example site:
 * the bank JSON per scope, a quiz answered right (100 %) and partly wrong (the
 * review list links to the cited clause), flashcards and the review list kept
 * across a reload and offline, a quiz done with the keyboard only, the weekly
 * question, and axe-core on the study pages. The test reads the right answers
 * from the same bank JSON the page fetches.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  scopeQuestions,
  studyScopes,
  toStudyQuestion,
  type StudyBankFile,
  type StudyQuestion,
} from '../src/site/study.ts';
import type { StudyHubFile } from '../src/site/study-hub-summary.ts';
import { mergeIncluded } from '../src/site/study-bank.ts';
import { loadModel } from '../src/model/index.ts';
import { GROUP_WEEK, isoWeekOf, weeklyQuestion } from '../src/quiz/assemble.ts';
import type { BankQuestion } from '../src/quiz/types.ts';
import { launchChromium } from './support/browser.ts';
import { builtOrganisation } from './support/built.ts';
import { serveStatic, type StaticServer } from './support/server.ts';

/** The shared build of the example (read only). */
let OUT: string;
const DOC = 'doc-general-service-norms';
let server: StaticServer;
let browser: Browser;
const banks = new Map<string, StudyBankFile>();

function bankFile(name: string): StudyBankFile {
  return JSON.parse(fs.readFileSync(path.join(OUT, 'study/bank', name), 'utf8')) as StudyBankFile;
}

/** A scope's bank as the page reads it: its file with the files it includes put in. */
function bank(scope: string): StudyBankFile {
  let file = banks.get(scope);
  if (!file) {
    const own = bankFile(`${scope}.json`);
    file = mergeIncluded(own, new Map((own.include ?? []).map((i) => [i.file, bankFile(i.file)])));
    banks.set(scope, file);
  }
  return file;
}

function question(scope: string, id: string): StudyQuestion {
  const q = bank(scope).questions.find((x) => x.id === id);
  if (!q) throw new Error(`question ${id} not in ${scope}.json`);
  return q;
}

beforeAll(async () => {
  OUT = (await builtOrganisation('content')).out;
  server = await serveStatic(OUT);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * A fresh profile (its own localStorage) and a page in it. Its service worker only where the test
 * reads offline: installed, it precaches the whole site after the first load, which cost Chromium
 * and the server more than the page under test.
 */
async function fresh(width = 1280, offline = false): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    serviceWorkers: offline ? 'allow' : 'block',
  });
  return { context, page: await context.newPage() };
}

async function openStudy(page: Page, sitePath: string): Promise<void> {
  const res = await page.goto(`${server.url}${sitePath}`);
  expect(res?.status()).toBe(200);
  await page.waitForSelector('[data-study][data-ready="true"]');
}

async function startQuiz(page: Page, count: number): Promise<void> {
  await page.selectOption('#quiz-count', String(count));
  await page.click('form.quiz-setup button[type="submit"]');
  await page.waitForSelector('form.quiz-form');
}

/** Answers the question on screen with the mouse: right, or a wrong answer. */
async function answerByMouse(page: Page, scope: string, right: boolean): Promise<StudyQuestion> {
  const id = (await page.getAttribute('form.quiz-form', 'data-question-id'))!;
  const q = question(scope, id);
  const clickOption = (text: string) =>
    page.click(`form.quiz-form label.quiz-option:has(.quiz-option-text:text-is(${JSON.stringify(text)}))`);
  if (q.type === 'single') {
    const wrong = q.options.findIndex((_, i) => i !== q.answer);
    await clickOption(q.options[right ? q.answer : wrong]!);
  } else if (q.type === 'multiple') {
    const picks = right ? q.answer : [q.options.findIndex((_, i) => !q.answer.includes(i))];
    for (const i of picks) await clickOption(q.options[i]!);
  } else if (q.type === 'truefalse') {
    await page.check(`form.quiz-form input[value="${String(right ? q.answer : !q.answer)}"]`);
  } else {
    const inputs = page.locator('form.quiz-form input.quiz-blank');
    for (let i = 0; i < q.answer.length; i++) await inputs.nth(i).fill(right ? q.answer[i]![0]! : '不知道');
  }
  await page.click('form.quiz-form button.quiz-submit');
  await page.waitForSelector('.quiz-live .quiz-verdict');
  expect(await page.textContent('.quiz-live .quiz-verdict')).toContain(right ? '回答正确' : '回答错误');
  return q;
}

async function next(page: Page): Promise<void> {
  await page.click('button.quiz-next');
}

async function targetInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight;
  });
}

describe('bank JSON', () => {
  it('is split per scope, carries what the client needs, and every cited link lands on an anchor', async () => {
    const all = bank('all');
    const files = fs.readdirSync(path.join(OUT, 'study/bank')).sort();
    expect(files).toContain(`${DOC}.json`);
    expect(files.some((f) => f.startsWith('role-'))).toBe(true);
    const sizes = files.map((f) => `${f} ${(fs.statSync(path.join(OUT, 'study/bank', f)).size / 1024).toFixed(1)} kB`);
    console.log(`study bank: ${all.questions.length} questions\n  ${sizes.join('\n  ')}`);
    const doc = bank(DOC);
    expect(doc.questions.length).toBeGreaterThan(10);
    expect(doc.questions.length).toBeLessThan(all.questions.length);
    for (const q of doc.questions) expect(q.documents).toContain('general-service-norms');
    // Build-only fields stay out of the page's download.
    expect(JSON.stringify(all)).not.toContain('"source":{');
    // In every file, every cited id has a label and (for what has a page) a link whose anchor exists.
    const pages = new Map<string, string>();
    let checked = 0;
    for (const f of files) {
      const file = bank(f.replace(/\.json$/, ''));
      for (const q of file.questions) {
        expect(q.stem.length).toBeGreaterThan(0);
        for (const id of q.sources) {
          const item = file.items[id];
          expect(item, `${f} ${id}`).toBeDefined();
          expect(item!.label.length).toBeGreaterThan(0);
          if (!item!.path) continue;
          const [page, anchor] = item!.path.split('#') as [string, string | undefined];
          if (!pages.has(page)) pages.set(page, fs.readFileSync(path.join(OUT, page, 'index.html'), 'utf8'));
          if (anchor) expect(pages.get(page), `${f} ${item!.path}`).toContain(`id="${anchor}"`);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(all.questions.length);
    // A unit's practice links clauses to the unit's own resolved wording.
    const unit = bank('unit-power-qingshi-station');
    const unitClauses = Object.values(unit.items).filter((i) => i.path?.includes('#c-'));
    expect(unitClauses.length).toBeGreaterThan(0);
    for (const i of unitClauses) expect(i.path).toMatch(/^units\/power-qingshi-station\/norms\//);
    // Unit files and the whole bank leave the organisation's etiquette questions to one file where
    // their etiquette questions are exactly those (a unit with its own industry's phrasebook keeps
    // its own), and every file reads back whole.
    const { model } = await loadModel('content');
    const shared = bankFile('shared-etiquette.json');
    expect(shared.questions.length).toBeGreaterThan(10);
    for (const q of shared.questions) expect(q.kind).toMatch(/^etiquette-/);
    expect(bankFile('all.json').include).toEqual([{ file: 'shared-etiquette.json', at: expect.any(Number) }]);
    for (const scope of studyScopes(model!).filter((x) => x.kind === 'unit' || x.kind === 'all')) {
      const own = bankFile(`${scope.key}.json`);
      const whole = scopeQuestions(model!, scope).map(toStudyQuestion);
      const sameEtiquette =
        JSON.stringify(whole.filter((q) => q.kind.startsWith('etiquette-'))) === JSON.stringify(shared.questions);
      if (sameEtiquette) {
        expect(own.include, scope.key).toEqual([{ file: 'shared-etiquette.json', at: expect.any(Number) }]);
        expect(own.questions.some((q) => q.kind.startsWith('etiquette-'))).toBe(false);
      } else {
        expect(own.include, scope.key).toBeUndefined();
        expect(own.questions.length).toBe(whole.length);
      }
      expect(JSON.stringify(bank(scope.key).questions)).toBe(JSON.stringify(whole));
    }
    // Clause links follow the site's pattern.
    const clauseItem = Object.entries(all.items).find(([, v]) => v.path?.startsWith('norms/'));
    expect(clauseItem?.[1].path).toMatch(/^norms\/[a-z0-9-]+\/#c-[a-z0-9-]+$/);
  });

  it('practice pages say practice needs JavaScript and list what they cover; study pages ship the island, content pages none', () => {
    const html = fs.readFileSync(path.join(OUT, 'study', DOC, 'index.html'), 'utf8');
    expect(html).toMatch(/<noscript>[\s\S]*练习需要启用 JavaScript/);
    expect(html).toContain('href="/norms/general-service-norms/#c-');
    expect(html).toMatch(/<script type="module"/);
    expect(html).toContain('data-bank="/study/bank/doc-general-service-norms.json"');
    expect(fs.readFileSync(path.join(OUT, 'en/study/index.html'), 'utf8')).toContain('Question of the week');
    // Content pages load no script file; inline: the service worker's registration (src/site/offline.ts), theme and contents (theme.ts, toc.ts).
    const norm = fs.readFileSync(path.join(OUT, 'norms/general-service-norms/index.html'), 'utf8');
    const scripts = [...norm.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)];
    for (const [tag] of scripts) expect(tag).not.toMatch(/<script[^>]*\bsrc=|<script type="module"/);
    const register = scripts.filter(([, code]) => code!.includes('navigator.serviceWorker.register'));
    expect(register).toHaveLength(1);
    expect(register[0]![1]!.length).toBeLessThan(400);
    expect(fs.readFileSync(path.join(OUT, 'index.html'), 'utf8')).toContain('href="/study/"');
    // The islands put content in as text only.
    const islandFiles = [
      'src/site/study-island.ts',
      ...fs.readdirSync('src/site/study-island').map((f) => path.join('src/site/study-island', f)),
    ];
    expect(islandFiles.length).toBeGreaterThan(10);
    for (const file of islandFiles)
      expect(fs.readFileSync(file, 'utf8'), file).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  it('a scope citing more items than a list can carry lists the pages they are on, with counts', () => {
    const topics = (sitePath: string): string => {
      const html = fs.readFileSync(path.join(OUT, sitePath, 'index.html'), 'utf8');
      return /<section class="study-topics"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    };
    const byPage = /<li><a href="([^"#]+)"[^>]*>([^<]+)<\/a> <span class="muted">(\d+) 项<\/span><\/li>/g;
    const all = topics('study/all');
    const pages = [...all.matchAll(byPage)];
    expect(all).toMatch(/共 \d+ 项，分布在以下 \d+ 个页面/);
    // Every document, the etiquette page and every process are there, each once, linked to the page (no anchors).
    const hrefs = pages.map((m) => m[1]);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    for (const p of ['/norms/general-service-norms/', '/etiquette/', '/assessment/']) expect(hrefs).toContain(p);
    expect(hrefs.some((h) => h!.startsWith('/processes/'))).toBe(true);
    expect(all).toContain('>窗口服务通用规范<');
    const [, total, count] = /共 (\d+) 项，分布在以下 (\d+) 个页面/.exec(all)!;
    expect(pages.length).toBe(Number(count));
    expect(pages.reduce((n, m) => n + Number(m[3]), 0)).toBe(Number(total));
    // The English page names the site's sections in English and marks Chinese titles.
    const en = topics('en/study/all');
    expect(en).toMatch(/<a href="\/en\/etiquette\/">Etiquette<\/a>/);
    expect(en).toMatch(/<a href="\/en\/norms\/general-service-norms\/" lang="zh-CN">/);
    // A document's practice cites few enough items to list them one by one.
    expect(topics(`study/${DOC}`)).not.toMatch(/分布在以下/);
  });
});

describe('practice', () => {
  it('a 10-question quiz answered right scores 100 % and counts towards the document’s progress', async () => {
    const { context, page } = await fresh();
    await openStudy(page, `/study/${DOC}/`);
    await startQuiz(page, 10);
    const seen = new Set<string>();
    for (let i = 0; i < 10; i++) {
      expect(await page.textContent('.quiz-counter')).toBe(`第 ${i + 1} 题，共 10 题`);
      seen.add((await answerByMouse(page, DOC, true)).id);
      await next(page);
    }
    expect(seen.size).toBe(10);
    await page.waitForSelector('.quiz-score-heading');
    expect(await page.textContent('.quiz-score-heading')).toContain('得分 100%');
    expect(await page.textContent('.quiz-live')).toContain('答对 10 题，共 10 题');
    await openStudy(page, '/study/');
    const total = bank(DOC).questions.length;
    expect(await page.textContent('[data-progress-doc="general-service-norms"]')).toBe(
      `已掌握 10/${total} 题（${Math.round((10 / total) * 100)}%）`,
    );
    await context.close();
  });

  it('wrong answers go to the review list, whose links open the cited clause in view; review list and flashcards survive a reload and work offline', async () => {
    const { context, page } = await fresh(390, true);
    await openStudy(page, `/study/${DOC}/`);
    await startQuiz(page, 10);
    const wrong: StudyQuestion[] = [];
    for (let i = 0; i < 10; i++) {
      const q = await answerByMouse(page, DOC, i >= 3);
      if (i < 3) wrong.push(q);
      await next(page);
    }
    expect(await page.textContent('.quiz-score-heading')).toContain('得分 70%');
    for (const q of wrong) expect(await page.$(`.quiz-wrong-list li[data-question-id="${q.id}"]`)).not.toBeNull();

    // The review page loads the bank its questions were answered from, not the whole bank.
    const reviewFetches: string[] = [];
    const noteFetch = (r: { url(): string }) => reviewFetches.push(new URL(r.url()).pathname);
    page.on('request', noteFetch);
    await openStudy(page, '/study/review/');
    page.off('request', noteFetch);
    expect(reviewFetches.filter((u) => u.endsWith('.json'))).toEqual([`/study/bank/${DOC}.json`]);
    const listed = await page.$$eval('.review-item', (els) => els.map((e) => (e as HTMLElement).dataset.questionId));
    expect(listed.sort()).toEqual(wrong.map((q) => q.id).sort());
    const first = wrong[0]!;
    const item = bank(DOC).items[first.sources[0]!]!;
    const link = page.locator(`.review-item[data-question-id="${first.id}"] .quiz-basis a`).first();
    expect(await link.getAttribute('href')).toBe(`/${item.path}`);
    expect(await link.textContent()).toBe(item.label);
    await link.click();
    await page.waitForURL((u) => u.pathname + u.hash === `/${item.path}`);
    expect(await targetInView(page)).toBe(true);

    // Flashcards: one per wrong answer, due now. Rate one, reload, the schedule holds.
    const cardFetches: string[] = [];
    const noteCardFetch = (r: { url(): string }) => cardFetches.push(new URL(r.url()).pathname);
    page.on('request', noteCardFetch);
    await openStudy(page, '/study/cards/');
    page.off('request', noteCardFetch);
    expect(cardFetches.filter((u) => u.endsWith('.json'))).toEqual([`/study/bank/${DOC}.json`]);
    expect(await page.textContent('.cards-status')).toBe('现在有 3 张卡片待复习');
    const cardId = (await page.getAttribute('.flashcard', 'data-question-id'))!;
    await page.click('.flashcard-reveal');
    expect(await page.isVisible('.flashcard-back')).toBe(true);
    await page.click('.flashcard-rate button[data-rating="good"]');
    await page.waitForFunction(() => document.querySelector('.cards-status')?.textContent === '现在有 2 张卡片待复习');
    const due = await page.getAttribute(`.cards-schedule tr[data-question-id="${cardId}"] td[data-due]`, 'data-due');
    expect(new Date(due!).getTime()).toBeGreaterThan(Date.now());
    await page.reload();
    await page.waitForSelector('[data-study][data-ready="true"]');
    expect(await page.textContent('.cards-status')).toBe('现在有 2 张卡片待复习');
    expect(await page.getAttribute(`.cards-schedule tr[data-question-id="${cardId}"] td[data-due]`, 'data-due')).toBe(
      due,
    );
    expect(await page.$$eval('.cards-schedule tbody tr', (rows) => rows.length)).toBe(3);

    // Offline once loaded: rating, and adding cards from a scope once chosen (its file loads then), need no network.
    const roleFile = page.waitForResponse((r) => r.url().endsWith('/study/bank/role-hotline-operator.json'));
    await page.selectOption('#cards-scope', 'role-hotline-operator');
    await roleFile;
    await page.selectOption('#cards-scope', DOC);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await context.setOffline(true);
    await page.click('.flashcard-reveal');
    await page.click('.flashcard-rate button[data-rating="easy"]');
    await page.waitForFunction(() => document.querySelector('.cards-status')?.textContent === '现在有 1 张卡片待复习');
    await page.click('form.cards-add button[type="submit"]');
    await page.waitForFunction(() => document.querySelectorAll('.cards-schedule tbody tr').length === 13);
    expect(requests).toEqual([]);
    await context.setOffline(false);

    await openStudy(page, '/study/review/');
    expect(await page.$$eval('.review-item', (els) => els.length)).toBe(3);
    await page.reload();
    await page.waitForSelector('[data-study][data-ready="true"]');
    expect(await page.textContent('.review-status')).toBe('错题本中有 3 题');
    await context.close();
  });

  it('one record across scopes: a unit × role practice’s mistakes reach the main 错题本 and the flashcards, in the unit’s wording, with the same option letters everywhere', async () => {
    const scope = 'unit-power-qingshi-station';
    const roleId = 'shift-leader';
    const { context, page } = await fresh();
    await openStudy(page, `/study/${scope}/?role=${roleId}`);
    // The unit's practice for one of its posts: only that role's questions (the quiz core's inScope).
    expect(await page.textContent('.practice-role')).toContain('值班长');
    const forRole = bank(scope).questions.filter((q) => q.roles === 'all' || q.roles.includes(roleId));
    expect(forRole.length).toBeLessThan(bank(scope).questions.length);
    expect(await page.textContent('.question-count')).toBe(`${forRole.length} 题`);
    await startQuiz(page, 20);
    // Answer wrongly the first question with options, right the rest.
    const missed: StudyQuestion[] = [];
    for (let i = 0; i < 20; i++) {
      const id = (await page.getAttribute('form.quiz-form', 'data-question-id'))!;
      const q = question(scope, id);
      expect(q.roles === 'all' || q.roles.includes(roleId), `${id} is for the role`).toBe(true);
      const wrong = missed.length === 0 && (q.type === 'single' || q.type === 'multiple');
      if (wrong) {
        // The letters on screen are the bank's order.
        const shown = await page.$$eval('form.quiz-form label.quiz-option', (ls) =>
          ls.map(
            (l) =>
              `${l.querySelector('.quiz-letter')?.textContent ?? ''}${l.querySelector('.quiz-option-text')?.textContent ?? ''}`,
          ),
        );
        expect(shown).toEqual(q.options.map((o, k) => `${String.fromCharCode(65 + k)}.${o}`));
      }
      const answered = await answerByMouse(page, scope, !wrong);
      if (wrong) missed.push(answered);
      await next(page);
    }
    expect(missed).toHaveLength(1);
    const q = missed[0]!;
    if (q.type !== 'single' && q.type !== 'multiple') throw new Error('expected a question with options');
    // The main review list (no unit in the address) has it, as the unit worded it, with the same letters.
    await page.click('.quiz-after a');
    await page.waitForURL((u) => u.pathname === '/study/review/' && u.search === '');
    await page.waitForSelector('[data-study][data-ready="true"]');
    expect(await page.$$eval('.review-item', (els) => els.map((e) => (e as HTMLElement).dataset.questionId))).toEqual([
      q.id,
    ]);
    expect(await page.textContent(`.review-item[data-question-id="${q.id}"] .quiz-stem`)).toBe(q.stem);
    expect(
      await page.$$eval(`.review-item[data-question-id="${q.id}"] .review-options li`, (lis) =>
        lis.map((li) => li.textContent),
      ),
    ).toEqual(q.options);
    const right = q.type === 'single' ? [q.answer] : q.answer;
    expect(await page.textContent(`.review-item[data-question-id="${q.id}"]`)).toContain(
      right.map((k) => `${String.fromCharCode(65 + k)}. ${q.options[k]}`).join('；'),
    );
    // And the flashcards: one card, its front in the same order.
    await openStudy(page, '/study/cards/');
    expect(await page.textContent('.cards-status')).toBe('现在有 1 张卡片待复习');
    expect(await page.getAttribute('.flashcard', 'data-question-id')).toBe(q.id);
    expect(await page.textContent('.flashcard-front')).toBe(
      [q.stem, ...q.options.map((o, k) => `${String.fromCharCode(65 + k)}. ${o}`)].join('\n'),
    );
    // Practising the review list asks it with the same letters again.
    await openStudy(page, '/study/review/');
    await page.click('.review-practise');
    await page.waitForSelector('form.quiz-form');
    expect(await page.$$eval('form.quiz-form .quiz-option-text', (els) => els.map((e) => e.textContent))).toEqual(
      q.options,
    );
    await context.close();
  });

  it('a record a unit’s practice kept apart before (<org>:unit-<id>) joins the one record the first time a study page opens', async () => {
    const scope = 'unit-toll-east-station';
    const q =
      bank(scope).questions.find((x) => !bank('all').questions.some((a) => a.id === x.id)) ?? bank(scope).questions[0]!;
    const { context, page } = await fresh();
    await page.goto(`${server.url}/`);
    await page.evaluate(
      ({ id, file }) => {
        const at = new Date().toISOString();
        localStorage.setItem(
          'guifan:study:v1:yunlan-utilities:unit-toll-east-station:review',
          JSON.stringify({
            version: 1,
            savedAt: at,
            data: {
              entries: { [id]: { questionId: id, wrongCount: 1, streak: 0, firstWrongAt: at, lastWrongAt: at } },
            },
          }),
        );
        localStorage.setItem(
          'guifan:study:yunlan-utilities:unit-toll-east-station:bank-of',
          JSON.stringify({ [id]: file }),
        );
      },
      { id: q.id, file: `${scope}.json` },
    );
    await openStudy(page, '/study/review/');
    expect(await page.$$eval('.review-item', (els) => els.map((e) => (e as HTMLElement).dataset.questionId))).toEqual([
      q.id,
    ]);
    expect(await page.textContent(`.review-item[data-question-id="${q.id}"] .quiz-stem`)).toBe(q.stem);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':unit-')))).toEqual([]);
    await context.close();
  });

  it('a quiz can be done with the keyboard only', async () => {
    const scope = 'doc-toll-lane-norms';
    const { context, page } = await fresh();
    await openStudy(page, `/study/${scope}/`);
    const active = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return {
          tag: el?.tagName ?? '',
          id: el?.id ?? '',
          type: (el as HTMLInputElement | null)?.type ?? '',
          cls: el?.className ?? '',
          text: el?.closest('label')?.querySelector('.quiz-option-text')?.textContent ?? '',
        };
      });
    for (let i = 0; i < 60 && (await active()).id !== 'quiz-count'; i++) await page.keyboard.press('Tab');
    expect((await active()).id).toBe('quiz-count');
    await page.keyboard.press('Tab');
    expect((await active()).tag).toBe('BUTTON');
    await page.keyboard.press('Enter');
    await page.waitForSelector('form.quiz-form');
    const count = 10;
    for (let n = 0; n < count; n++) {
      const q = question(scope, (await page.getAttribute('form.quiz-form', 'data-question-id'))!);
      await page.keyboard.press('Tab');
      if (q.type === 'single' || q.type === 'truefalse') {
        const labels = await page.$$eval('form.quiz-form input', (inputs) =>
          inputs.map((i) => (i as HTMLInputElement).value),
        );
        const target =
          q.type === 'single'
            ? labels.indexOf(String(await optionIndex(page, q.options[q.answer]!)))
            : labels.indexOf(String(q.answer));
        if (target === 0) await page.keyboard.press('Space');
        for (let k = 0; k < target; k++) await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Tab');
      } else if (q.type === 'multiple') {
        const texts = await page.$$eval('form.quiz-form .quiz-option-text', (els) =>
          els.map((e) => e.textContent ?? ''),
        );
        for (const text of texts) {
          if (q.answer.some((i) => q.options[i] === text)) await page.keyboard.press('Space');
          await page.keyboard.press('Tab');
        }
      } else {
        for (const accepted of q.answer) {
          await page.keyboard.type(accepted[0]!);
          await page.keyboard.press('Tab');
        }
      }
      expect((await active()).cls).toBe('quiz-submit');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.quiz-live .quiz-verdict');
      expect(await page.textContent('.quiz-live .quiz-verdict')).toContain('回答正确');
      expect((await active()).cls).toBe('quiz-next');
      await page.keyboard.press('Enter');
    }
    await page.waitForSelector('.quiz-score-heading');
    expect(await page.textContent('.quiz-score-heading')).toContain('得分 100%');
    expect((await active()).cls).toBe('quiz-score-heading');
    await context.close();
  });

  it('the question of the week is the one weeklyQuestion picks for this ISO week', async () => {
    const { context, page } = await fresh();
    // The hub loads its small summary, not the whole bank.
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await openStudy(page, '/study/');
    expect(fetched.filter((u) => u.endsWith('.json'))).toEqual(['/study/bank/hub-summary.json']);
    const summary = bankFile('hub-summary.json') as StudyHubFile;
    const weeks = Object.keys(summary.weeks);
    expect(weeks.length).toBeGreaterThan(52);
    for (const week of weeks.filter((_, i) => i % 5 === 0)) {
      // The group's week: what every unit is asked (GROUP_WEEK).
      const id = weeklyQuestion(
        { questions: bank('all').questions as unknown as BankQuestion[] },
        week,
        GROUP_WEEK,
      )?.id;
      expect(summary.weeks[week], week).toBe(id);
      expect(
        summary.questions.some((q) => q.id === id),
        week,
      ).toBe(true);
    }
    const model = (await loadModel('content')).model!;
    for (const scope of studyScopes(model).filter((x) => x.kind === 'document')) {
      expect(summary.documentTotals[scope.id!] ?? 0, scope.key).toBe(bank(scope.key).questions.length);
    }
    const all = bank('all');
    const expected = weeklyQuestion(
      { questions: all.questions as unknown as BankQuestion[] },
      isoWeekOf(new Date()),
      GROUP_WEEK,
    );
    expect(await page.getAttribute('.weekly-stage', 'data-week')).toBe(isoWeekOf(new Date()));
    expect(await page.getAttribute('.weekly-stage form.quiz-form', 'data-question-id')).toBe(expected?.id);
    // Beyond the weeks the summary names (a site not rebuilt for years), the hub asks the whole bank.
    const later = await fresh();
    const when = new Date(Date.now() + 3 * 365 * 86400000);
    await later.page.clock.install({ time: when });
    const laterFetches: string[] = [];
    later.page.on('request', (r) => laterFetches.push(new URL(r.url()).pathname));
    await openStudy(later.page, '/study/');
    expect(laterFetches.filter((u) => u.endsWith('.json'))).toEqual([
      '/study/bank/hub-summary.json',
      '/study/bank/all.json',
      '/study/bank/shared-etiquette.json',
    ]);
    expect(await later.page.getAttribute('.weekly-stage', 'data-week')).toBe(isoWeekOf(when));
    const laterId = weeklyQuestion(
      { questions: all.questions as unknown as BankQuestion[] },
      isoWeekOf(when),
      GROUP_WEEK,
    )?.id;
    expect(await later.page.getAttribute('.weekly-stage form.quiz-form', 'data-question-id')).toBe(laterId);
    await later.context.close();
    // On the English UI the Chinese stem is marked as such.
    await openStudy(page, '/en/study/');
    expect(await page.getAttribute('.weekly-stage .quiz-stem', 'lang')).toBe('zh-CN');
    expect(await page.textContent('.weekly-stage legend')).toContain(expected!.stem);
    await context.close();
  });

  it('我的单位 + 我的岗位: chosen once on the hub (a link only fills the form), then the weekly question, links, files and search follow it; a wrong weekly answer reaches the 错题本', async () => {
    const unit = 'water-service-dept';
    const roleId = 'counter-clerk';
    const key = 'guifan:study:v1:yunlan-utilities:scope';
    const { context, page } = await fresh(390);
    await openStudy(page, `/study/?unit=${unit}&role=${roleId}#me`);
    expect(await page.inputValue('#me-unit')).toBe(unit);
    expect(await page.inputValue('#me-role')).toBe(roleId);
    expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
    // Only the unit's posts can be chosen for a unit.
    await page.selectOption('#me-unit', 'toll-east-station');
    expect(await page.$eval('#me-role option[value="field-surveyor"]', (o) => (o as HTMLOptionElement).disabled)).toBe(
      true,
    );
    await page.selectOption('#me-unit', unit);
    await page.selectOption('#me-role', roleId);
    await page.click('form.my-scope-form button[type="submit"]');
    await page.waitForSelector('.my-scope-summary .my-role-page a');
    expect(await page.textContent('.my-scope-heading')).toBe('营业受理员 · 云澜水务集团客户服务部');
    const hrefOf = (cls: string) => page.getAttribute(`.my-scope-summary .${cls} a`, 'href');
    expect(await hrefOf('my-role-page')).toBe(`/units/${unit}/roles/${roleId}/`);
    expect(await hrefOf('my-role-practice')).toBe(`/study/unit-${unit}/?role=${roleId}`);
    expect(await hrefOf('my-search')).toBe(`/search/?unit=${unit}`);
    expect(await hrefOf('my-board')).toBe(`/units/${unit}/commitments/`);
    const files = await page.$$eval('.my-files a', (as) =>
      as.map((a) => (a as HTMLAnchorElement).getAttribute('href')),
    );
    expect(files).toContain(`/print/handbook-${unit}__${roleId}.pdf`);
    expect(files).toContain(`/print/card-${unit}.pdf`);
    expect(files.some((f) => /quiz|key/.test(f ?? ''))).toBe(false);
    for (const f of files)
      expect(fs.existsSync(path.join(OUT, f!)) || !fs.existsSync(path.join(OUT, 'print')), f!).toBe(true);
    // The weekly question: the unit's bank, the role's questions, weeklyQuestion's pick.
    await page.waitForFunction(
      () => document.querySelector('.weekly-stage')?.getAttribute('data-bank-file') === 'unit-water-service-dept.json',
    );
    const unitBank = bank(`unit-${unit}`).questions as unknown as BankQuestion[];
    const weekly = weeklyQuestion({ questions: unitBank }, isoWeekOf(new Date()), { roleId })!;
    expect(await page.getAttribute('.weekly-stage form.quiz-form', 'data-question-id')).toBe(weekly.id);
    expect(await page.textContent('.weekly-for')).toContain('营业受理员');
    // It is kept: a reload shows the same choice and the same question.
    await page.reload();
    await page.waitForSelector('[data-study][data-ready="true"]');
    expect(await page.inputValue('#me-unit')).toBe(unit);
    expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key))!).data).toEqual({
      unit,
      role: roleId,
    });
    await page.waitForSelector('.weekly-stage form.quiz-form');
    expect(await page.getAttribute('.weekly-stage form.quiz-form', 'data-question-id')).toBe(weekly.id);
    await answerByMouse(page, `unit-${unit}`, false);
    await openStudy(page, '/study/review/');
    expect(await page.$$eval('.review-item', (els) => els.map((e) => (e as HTMLElement).dataset.questionId))).toEqual([
      weekly.id,
    ]);
    expect(await page.textContent(`.review-item[data-question-id="${weekly.id}"] .quiz-stem`)).toBe(weekly.stem);
    // Search opens filtered to the unit.
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('投诉')}`);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('unit') === 'water-service-dept');
    expect(await page.inputValue('#f-unit')).toBe(unit);
    await context.close();
  });
});

/** The value (original index) of the radio whose label shows this option text. */
async function optionIndex(page: Page, text: string): Promise<number> {
  return page.$$eval(
    'form.quiz-form label.quiz-option',
    (labels, t) =>
      Number(
        (
          labels
            .find((l) => l.querySelector('.quiz-option-text')?.textContent === t)!
            .querySelector('input') as HTMLInputElement
        ).value,
      ),
    text,
  );
}

describe('accessibility (axe-core)', () => {
  const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const run = async (page: Page): Promise<string[]> => {
    await page.addScriptTag({ content: axeSource });
    return page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run(o: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      const res = await axe.run({ resultTypes: ['violations'] });
      return res.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id}: ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(', ')}`,
        );
    });
  };
  for (const target of ['/study/', '/en/study/', `/study/${DOC}/`, '/study/all/', '/study/review/', '/study/cards/']) {
    it(`${target} has no serious or critical violations`, async () => {
      const { context, page } = await fresh();
      await openStudy(page, target);
      expect(await page.title()).not.toBe('');
      if (target.includes('doc-')) {
        // With a question on screen and its feedback shown.
        await startQuiz(page, 5);
        await answerByMouse(page, DOC, false);
      }
      expect(await run(page)).toEqual([]);
      await context.close();
    });
  }
});
