/**
 * Study on a phone (issue 16), in Debian Chromium at 390 px on one build of the
 * example site served over http://127.0.0.1 (service workers need a secure
 * origin; file:// has none): offline reload of a norm page and of a practice
 * quiz after the network is cut, the learning record exported and imported
 * into a fresh browser, a timed mock exam (its paper is choosePaperQuestions
 * for the scope and the attempt's seed) handed in and scored, no question
 * twice in a set, the weekly answer kept across a reload, the way back from a
 * 依据 link, and the hub's layout shift. Screenshots of the hub, the exam and
 * its result are written to test/.tmp/study-phone-shots/ to be looked at.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { studyBank } from '../src/site/study.ts';
import { mergeIncluded } from '../src/site/study-bank.ts';
import type { StudyBankFile, StudyQuestion } from '../src/site/study.ts';
import { loadModelOrThrow } from '../src/model/index.ts';
import type { Model } from '../src/model/types.ts';
import { choosePaperQuestions, pickQuestions } from '../src/quiz/index.ts';
import { storageKey, type ExamSession } from '../src/quiz/client/index.ts';
import { launchChromium } from './support/browser.ts';
import { builtOrganisation } from './support/built.ts';
import { serveStatic, type StaticServer } from './support/server.ts';

/** The shared build of the example (read only). */
let OUT: string;
const SHOTS = path.resolve('test/.tmp/study-phone-shots');
const UNIT = 'power-city-hall';
const ROLE = 'counter-clerk';
const NORM = 'norms/general-service-norms/';
const PRACTICE = 'study/doc-general-service-norms/';
let server: StaticServer;
let browser: Browser;
let model: Model;
let namespace: string;

beforeAll(async () => {
  fs.rmSync(SHOTS, { recursive: true, force: true });
  fs.mkdirSync(SHOTS, { recursive: true });
  model = await loadModelOrThrow('content');
  namespace = model.organisation.id;
  OUT = (await builtOrganisation('content')).out;
  server = await serveStatic(OUT);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * A phone that never opened the site. Its service worker only where the test reads offline:
 * installed, it precaches the whole site after the first load, which cost Chromium and the server
 * more than the page under test.
 */
async function phone(offline = false): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    acceptDownloads: true,
    serviceWorkers: offline ? 'allow' : 'block',
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  return { context, page };
}

async function open(page: Page, sitePath: string): Promise<void> {
  const res = await page.goto(`${server.url}/${sitePath}`);
  expect(res?.status()).toBe(200);
  await page.waitForSelector('[data-study][data-ready="true"]');
}

function bankFile(name: string): StudyBankFile {
  const read = (n: string) => JSON.parse(fs.readFileSync(path.join(OUT, 'study/bank', n), 'utf8')) as StudyBankFile;
  const own = read(name);
  return mergeIncluded(own, new Map((own.include ?? []).map((i) => [i.file, read(i.file)])));
}

/** Answers the question in `form` (a locator's selector) right or wrong, without submitting. */
async function fill(page: Page, form: string, q: StudyQuestion, right: boolean): Promise<void> {
  const option = (i: number) => page.locator(`${form} label.quiz-option`).nth(i);
  if (q.type === 'single') await option(right ? q.answer : q.answer === 0 ? 1 : 0).click();
  else if (q.type === 'multiple') {
    for (const i of right ? q.answer : [q.options.findIndex((_, i) => !q.answer.includes(i))]) await option(i).click();
  } else if (q.type === 'truefalse')
    await page.locator(`${form} input[value="${String(right ? q.answer : !q.answer)}"]`).check();
  else {
    const inputs = page.locator(`${form} input.quiz-blank`);
    for (let i = 0; i < q.answer.length; i++) await inputs.nth(i).fill(right ? q.answer[i]![0]! : '不知道');
  }
}

async function stored<T>(page: Page, part: string): Promise<T | undefined> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), storageKey(namespace, part as 'exam'));
  return raw === null ? undefined : (JSON.parse(raw) as { data: T }).data;
}

/** Waits until the service worker controls the page and has finished precaching (it is active). */
async function swReady(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

describe('offline', () => {
  it('writes a deterministic service worker and a manifest named after the organisation', () => {
    const sw = fs.readFileSync(path.join(OUT, 'sw.js'), 'utf8');
    expect(sw).toContain(`"${NORM}index.html"`);
    expect(sw).toContain('"study/bank/hub-summary.json"');
    const precached = [...sw.matchAll(/\{url:"([^"]+)",revision:"[0-9a-f]+"\}/g)].map((m) => m[1]!);
    expect(precached.length).toBeGreaterThan(50);
    expect(precached.filter((u) => u.endsWith('.pdf') || u.startsWith('en/') || u.startsWith('pagefind/'))).toEqual([]);
    const manifest = JSON.parse(fs.readFileSync(path.join(OUT, 'manifest.webmanifest'), 'utf8')) as {
      name: string;
      icons: { src: string }[];
    };
    expect(manifest.name).toBe(model.organisation.name);
    for (const icon of manifest.icons) expect(fs.existsSync(path.join(OUT, icon.src.replace(/^\//, '')))).toBe(true);
    const html = fs.readFileSync(path.join(OUT, NORM, 'index.html'), 'utf8');
    expect(html).toContain('rel="manifest"');
    expect(html).toContain('name="theme-color"');
  });

  it('reloads a norm page and a practice quiz (and a unit × role practice) with the network cut', async () => {
    const { context, page } = await phone(true);
    await page.goto(`${server.url}/${NORM}`);
    await swReady(page);
    // The unit × role practice: its unit bank is not precached, the page hands it to the worker to keep.
    await open(page, `study/unit-${UNIT}/?role=${ROLE}`);
    await page.waitForFunction(
      async () =>
        (await caches.keys()).length > 0 &&
        (
          await Promise.all(
            (
              await caches.keys()
            ).map(async (k) =>
              (await (await caches.open(k)).keys()).some((r) => r.url.includes('unit-power-city-hall.json')),
            ),
          )
        ).some(Boolean),
    );
    await open(page, PRACTICE);
    await page.click('form.quiz-setup button[type="submit"]');
    await page.waitForSelector('form.quiz-form');
    const first = await page.getAttribute('form.quiz-form', 'data-question-id');

    await context.setOffline(true);
    const norm = await page.goto(`${server.url}/${NORM}`);
    expect(norm?.status()).toBe(200);
    expect(await page.locator('main h1').textContent()).toBeTruthy();
    await open(page, PRACTICE);
    // The quiz goes on where it was, and can be answered.
    expect(await page.getAttribute('form.quiz-form', 'data-question-id')).toBe(first);
    await page.locator('form.quiz-form label.quiz-option, form.quiz-form input.quiz-blank').first().click();
    if (await page.locator('form.quiz-form input.quiz-blank').count())
      await page.locator('form.quiz-form input.quiz-blank').first().fill('x');
    await page.click('form.quiz-form button.quiz-submit');
    await page.waitForSelector('.quiz-live .quiz-verdict');
    await open(page, `study/unit-${UNIT}/?role=${ROLE}`);
    await page.click('form.quiz-setup button[type="submit"]');
    await page.waitForSelector('form.quiz-form');
    await context.close();
  });
});

describe('learning record file', () => {
  it('exports the record and imports it into a fresh browser; a foreign file gets a Chinese message', async () => {
    const a = await phone();
    await open(a.page, PRACTICE);
    await a.page.selectOption('#quiz-count', '5');
    await a.page.click('form.quiz-setup button[type="submit"]');
    const bank = bankFile('doc-general-service-norms.json');
    for (let i = 0; i < 3; i++) {
      const id = (await a.page.getAttribute('form.quiz-form', 'data-question-id'))!;
      await fill(a.page, 'form.quiz-form', bank.questions.find((q) => q.id === id)!, false);
      await a.page.click('form.quiz-form button.quiz-submit');
      await a.page.click('button.quiz-next');
    }
    await open(a.page, 'study/');
    expect(await a.page.textContent('[data-review-count]')).toContain('3');
    const [download] = await Promise.all([a.page.waitForEvent('download'), a.page.click('.record-export')]);
    const file = path.join(SHOTS, 'record.json');
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/^学习记录-.*\.json$/);
    const record = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      format: string;
      version: number;
      parts: { review: { entries: object } };
    };
    expect(record.format).toBe('guifan-study-record');
    expect(record.version).toBe(1);
    expect(Object.keys(record.parts.review.entries)).toHaveLength(3);
    await a.context.close();

    const b = await phone();
    await open(b.page, 'study/');
    expect(await b.page.textContent('[data-review-count]')).toContain('0');
    const bad = path.join(SHOTS, 'not-a-record.json');
    fs.writeFileSync(bad, '{"hello":1}');
    await b.page.setInputFiles('#record-file', bad);
    await b.page.click('form.record-import button[type="submit"]');
    await b.page.waitForFunction(() => document.querySelector('.record-status')?.textContent !== '');
    expect(await b.page.textContent('.record-status')).toContain('无法导入：这不是学习记录文件');
    await b.page.setInputFiles('#record-file', file);
    await Promise.all([b.page.waitForEvent('load'), b.page.click('form.record-import button[type="submit"]')]);
    await b.page.waitForSelector('[data-study][data-ready="true"]');
    expect(await b.page.textContent('.record-status')).toContain('导入成功：错题 3 道');
    expect(await b.page.textContent('[data-review-count]')).toContain('3');
    await b.context.close();
  });
});

describe('mock exam', () => {
  it('draws the paper by choosePaperQuestions, hides marks until handed in, then scores it', async () => {
    const { context, page } = await phone();
    await open(page, 'study/exam/');
    await page.selectOption('#exam-unit', UNIT);
    await page.selectOption('#exam-role', ROLE);
    await page.click('form.exam-setup button[type="submit"]');
    await page.waitForSelector('.exam-question');
    const exam = (await stored<ExamSession>(page, 'exam'))!;
    // The same rule as the printed paper of this unit and role, for the attempt's seed.
    const expected = choosePaperQuestions(
      { questions: studyBank(model, UNIT) },
      model.organisation.exam,
      { unitId: UNIT, roleId: ROLE },
      exam.seed,
    );
    expect(exam.sections.map((s) => ({ type: s.type, points: s.points, ids: s.ids }))).toEqual(
      expected.sections.map((s) => ({ type: s.type, points: s.points, ids: s.questions.map((q) => q.id) })),
    );
    expect(exam.total).toBe(100);
    const minutes = model.organisation.exam.minutes;
    expect(await page.textContent('.exam-clock')).toMatch(new RegExp(`剩余 (${minutes}:00|${minutes - 1}:5\\d)`));

    // Answer the first ten: eight right, two wrong; no marks shown meanwhile.
    const bank = bankFile(`unit-${UNIT}.json`);
    const ids = exam.sections.flatMap((s) => s.ids);
    const pointsOf = new Map(exam.sections.flatMap((s) => s.ids.map((id) => [id, s.points] as const)));
    let expectedScore = 0;
    for (let i = 0; i < 10; i++) {
      const q = bank.questions.find((x) => x.id === ids[i])!;
      expect(await page.getAttribute('form.exam-question', 'data-question-id')).toBe(q.id);
      await fill(page, 'form.exam-question', q, i < 8);
      if (i < 8) expectedScore += pointsOf.get(q.id)!;
      expect(await page.locator('.quiz-mark, .quiz-verdict').count()).toBe(0);
      if (i === 1) await page.screenshot({ path: path.join(SHOTS, 'exam.png') });
      await page.click('.exam-next');
    }
    expect(await page.textContent('.exam-count')).toContain(`已答 10/${ids.length} 题`);
    // A reload goes on with the paper and its answers.
    await open(page, 'study/exam/');
    expect(await page.textContent('.exam-count')).toContain(`已答 10/${ids.length} 题`);
    await page.click('.exam-bar .exam-handin');
    expect(await page.textContent('.exam-confirm')).toContain(`还有 ${ids.length - 10} 题没有作答`);
    await page.click('.exam-confirm-yes');
    await page.waitForSelector('.exam-score');
    expect(await page.textContent('.exam-score')).toBe(`得分 ${expectedScore} 分（满分 100 分）`);
    expect(await page.textContent('.exam-verdict')).toContain('未及格');
    expect(await page.textContent('.exam-used')).toMatch(/^用时 \d+ 分 \d+ 秒$/);
    expect(await page.locator('.exam-missed > li').count()).toBe(ids.length - 8);
    expect(await page.locator('.exam-missed > li .quiz-basis a').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, 'result.png') });
    // The missed questions are in the 错题本.
    const review = (await stored<{ entries: Record<string, unknown> }>(page, 'review'))!;
    expect(Object.keys(review.entries)).toHaveLength(ids.length - 8);
    await context.close();
  });

  it('hands the paper in when the time is up, also while the page was closed', async () => {
    const { context, page } = await phone();
    await open(page, 'study/exam/');
    await page.check('input[name="mode"][value="all"]');
    await page.click('form.exam-setup button[type="submit"]');
    await page.waitForSelector('.exam-section');
    await page.evaluate(
      (key) => {
        const env = JSON.parse(localStorage.getItem(key)!) as { data: { deadline: string } };
        env.data.deadline = new Date(Date.now() - 1000).toISOString();
        localStorage.setItem(key, JSON.stringify(env));
      },
      storageKey(namespace, 'exam'),
    );
    await open(page, 'study/exam/');
    expect(await page.textContent('.exam-timed-out')).toContain('时间到');
    expect(await page.textContent('.exam-score')).toBe('得分 0 分（满分 100 分）');
    await context.close();
  });
});

describe('steady study pages', () => {
  it('asks no question twice in a set', async () => {
    // The rule (pickQuestions): no stem twice while others remain, for any seed.
    const bank = { questions: studyBank(model, UNIT) };
    for (let seed = 0; seed < 200; seed++) {
      const set = pickQuestions(bank, { count: 10, seed, scope: { roleId: ROLE } });
      expect(new Set(set.map((q) => q.stem)).size).toBe(set.length);
    }
    // And a 50-question set in the browser.
    const { context, page } = await phone();
    await open(page, `study/unit-${UNIT}/`);
    await page.selectOption('#quiz-count', '50');
    await page.click('form.quiz-setup button[type="submit"]');
    await page.waitForSelector('form.quiz-form');
    const session = (await stored<{ questions: StudyQuestion[] }>(page, 'session'))!;
    expect(session.questions).toHaveLength(50);
    expect(new Set(session.questions.map((q) => q.id)).size).toBe(50);
    expect(new Set(session.questions.map((q) => q.stem)).size).toBe(50);
    await context.close();
  });

  it('keeps the weekly answer across a reload', async () => {
    const { context, page } = await phone();
    await open(page, 'study/');
    expect(await page.textContent('.weekly-stage .eyebrow')).toMatch(
      /^本周（\d{4}年\d{1,2}月\d{1,2}日至\d{4}年\d{1,2}月\d{1,2}日）$/,
    );
    // Whatever this week's question is: a blank filled in, or an option chosen.
    const blanks = page.locator('.weekly-stage input.quiz-blank');
    if (await blanks.count()) await blanks.first().fill('x');
    else await page.locator('.weekly-stage label.quiz-option').first().click();
    await page.click('.weekly-stage button.quiz-submit');
    await page.waitForSelector('.weekly-live .quiz-verdict');
    const verdict = await page.textContent('.weekly-live .quiz-verdict');
    await open(page, 'study/');
    await page.waitForSelector('.weekly-live .quiz-verdict');
    expect(await page.textContent('.weekly-live .quiz-verdict')).toBe(verdict);
    expect(await page.locator('.weekly-stage fieldset[disabled]').count()).toBe(1);
    expect(await page.locator('.weekly-stage button.quiz-submit').count()).toBe(0);
    await context.close();
  });

  it('comes back from a 依据 link to the same question, scrolled as it was', async () => {
    const { context, page } = await phone();
    await open(page, PRACTICE);
    await page.click('form.quiz-setup button[type="submit"]');
    const bank = bankFile('doc-general-service-norms.json');
    const id = (await page.getAttribute('form.quiz-form', 'data-question-id'))!;
    await fill(page, 'form.quiz-form', bank.questions.find((q) => q.id === id)!, false);
    await page.click('form.quiz-form button.quiz-submit');
    const link = page.locator('.quiz-live .quiz-basis a').first();
    // Scrolled down so the link is near the top of the screen, as after reading the feedback.
    await page.evaluate(() =>
      scrollTo(0, document.querySelector('.quiz-live .quiz-basis a')!.getBoundingClientRect().top + scrollY - 120),
    );
    const y = await page.evaluate(() => scrollY);
    expect(y).toBeGreaterThan(100);
    await link.click();
    await page.waitForURL(/#/);
    await page.goBack();
    await page.waitForSelector('[data-study][data-ready="true"]');
    await page.waitForTimeout(300);
    expect(await page.getAttribute('form.quiz-form', 'data-question-id')).toBe(id);
    expect(await page.locator('.quiz-live .quiz-verdict').count()).toBe(1);
    expect(Math.abs((await page.evaluate(() => scrollY)) - y)).toBeLessThan(40);
    await context.close();
  });

  it('does not shift the hub while it loads (CLS < 0.05), with and without a chosen unit and role', async () => {
    const { context, page } = await phone();
    await page.addInitScript(() => {
      const w = window as unknown as { cls: number };
      w.cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!e.hadRecentInput) w.cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await open(page, 'study/');
    await page.waitForSelector('.weekly-stage .quiz-form');
    await page.waitForTimeout(500);
    const fresh = await page.evaluate(() => (window as unknown as { cls: number }).cls);
    await page.screenshot({ path: path.join(SHOTS, 'hub.png') });
    await page.selectOption('#me-unit', UNIT);
    await page.selectOption('#me-role', ROLE);
    await page.click('.my-scope-form button[type="submit"]');
    await page.fill('#plan-date', dateAhead(30));
    await page.click('.plan-form button[type="submit"]');
    await page.waitForSelector('.plan-tasks');
    expect(await page.textContent('.plan-days')).toMatch(
      /^离考试还有 30 天（\d{4}年\d{1,2}月\d{1,2}日）。今天要做的：$/,
    );
    await open(page, 'study/');
    await page.waitForSelector('.weekly-stage .quiz-form');
    await page.waitForSelector('.plan-tasks');
    await page.waitForTimeout(500);
    const chosen = await page.evaluate(() => (window as unknown as { cls: number }).cls);
    await page.evaluate(() => document.querySelector('#h-plan')?.scrollIntoView());
    await page.screenshot({ path: path.join(SHOTS, 'hub-plan.png') });
    console.log(`hub CLS at 390 px: ${fresh.toFixed(4)} (nothing chosen), ${chosen.toFixed(4)} (unit and role chosen)`);
    expect(fresh).toBeLessThan(0.05);
    expect(chosen).toBeLessThan(0.05);
    // Plain words: no jargon on the study screens.
    for (const p of ['study/', PRACTICE, 'study/cards/', 'study/exam/']) {
      await page.goto(`${server.url}/${p}`);
      const text = (await page.textContent('main')) ?? '';
      expect(text).not.toMatch(/FSRS|\d{4}-W\d{2}|人工编写|流程岗位/);
    }
    await context.close();
  });
});

function dateAhead(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
