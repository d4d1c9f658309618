/**
 * A unit's own issuer and posts (units/*.yaml `issuer:`, `posts:`): a new user's bus company under
 * a utilities group printed the group's name as the signer of its commitment poster, and could
 * not name a post its content does not mention. The model resolves both through the parent chain
 * (resolve.ts) and every output reads the unit's view; bad values are errors at their line.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { loadModel, loadModelOrThrow } from '../src/model/index.ts';
import { roleView, unitView } from '../src/model/view.ts';
import { buildPrint, plannedPrintFiles } from '../src/print/index.ts';
import { FontCache } from '../src/print/fonts.ts';
import { pdftotext } from './support/pdf.ts';

const TRIAL = 'test/fixtures/orgs/chengchuan-water-bus';
const GROUP = '澄川市城市公用集团有限公司';
const BUS = '澄川市公共交通有限公司';
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("a unit's issuer", () => {
  it('is its own, else its parent unit’s, else the organisation’s name', async () => {
    const model = await loadModelOrThrow(TRIAL);
    expect(unitView(model, 'bus-company').issuer).toBe(BUS);
    // The line team says nothing: it signs as the company above it, not as the group.
    expect(unitView(model, 'bus-line-8').issuer).toBe(BUS);
    expect(roleView(unitView(model, 'bus-line-8'), 'bus-driver').issuer).toBe(BUS);
    expect(unitView(model, 'water-east').issuer).toBe(GROUP);
    expect(unitView(model, 'water-east-meter').issuer).toBe(GROUP);
  });

  it("signs the sub-unit's poster (落款 and effective line) with the company's name, not the group's", async () => {
    const model = await loadModelOrThrow(TRIAL);
    const out = mkdtempSync(join(tmpdir(), 'guifan-issuer-'));
    dirs.push(out);
    const { files } = await buildPrint(model, out, { only: 'poster-a4:bus-line-8', fonts: new FontCache() });
    expect(files).toHaveLength(1);
    const text = pdftotext(files[0]!).replace(/\s+/gu, '');
    expect(text).toContain(BUS);
    expect(text).not.toContain(GROUP);
    // A water unit still signs with the group's name.
    const water = await buildPrint(model, out, { only: 'poster-a4:water-east', fonts: new FontCache() });
    expect(pdftotext(water.files[0]!).replace(/\s+/gu, '')).toContain(GROUP);
  }, 120_000);

  it("signs the sub-unit's quiz papers and key as their author, as its card and poster", async () => {
    const model = await loadModelOrThrow(TRIAL);
    const out = mkdtempSync(join(tmpdir(), 'guifan-issuer-'));
    dirs.push(out);
    const { files } = await buildPrint(model, out, { only: 'quiz:bus-line-8', fonts: new FontCache() });
    expect(files.map((f) => basename(f)).sort()).toEqual([
      'quiz-bus-line-8-A.pdf',
      'quiz-bus-line-8-B.pdf',
      'quiz-bus-line-8-key.pdf',
    ]);
    for (const file of files)
      expect((await PDFDocument.load(readFileSync(file), { updateMetadata: false })).getAuthor(), file).toBe(BUS);
  }, 120_000);
});

describe("a unit's posts", () => {
  it('adds the declared posts to those its content names, for its sub-units too, with a handbook each', async () => {
    const model = await loadModelOrThrow(TRIAL);
    // Nothing of the bus line names 班组长: the company declares it.
    expect(unitView(model, 'bus-company').roles).toEqual(['bus-driver', 'team-leader']);
    expect(unitView(model, 'bus-line-8').roles).toEqual(['bus-driver', 'team-leader']);
    const handbooks = plannedPrintFiles(model, { only: 'handbook' }).map((f) => f.file);
    expect(handbooks).toContain('handbook-bus-line-8__team-leader.pdf');
  });

  it('names an unknown id and a group of posts at their line, in Chinese and English, with the fix', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'guifan-posts-'));
    dirs.push(dir);
    cpSync(TRIAL, dir, { recursive: true });
    const file = join(dir, 'units', 'bus-company.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('posts: [team-leader]', 'posts: [team-leadr, front-line]')
        .replace(`issuer: ${BUS}`, 'issuer:'),
    );
    const { diagnostics } = await loadModel(dir);
    const errors = diagnostics.filter((d) => d.severity === 'error' && d.file.endsWith('bus-company.yaml'));
    const unknown = errors.find((d) => d.path === 'posts[0]');
    expect(unknown?.line).toBe(5);
    expect(unknown?.message).toMatch(/team-leader/u);
    const group = errors.find((d) => d.path === 'posts[1]');
    expect(group?.line).toBe(5);
    expect(group?.message).toMatch(/岗位组.*team-leader|岗位组.*counter-clerk/u);
    expect(group?.message).toMatch(/group of posts .*list its posts/u);
    // A refused issuer is one error; the posts are still checked (all three in one run).
    const issuer = errors.find((d) => d.path === 'issuer');
    expect(issuer?.line).toBe(4);
    expect(errors).toHaveLength(3);
  });
});

describe('a post every unit’s shared content names', () => {
  it('belongs to the units whose own content names it, not to a unit of another trade', async () => {
    // The example's toll station has no counter (its unit file says 不设营业厅柜台), yet the
    // general norms every unit takes name the counter clerk and the hotline operator: before
    // claim-posts.ts it got a handbook and a paper for each, of clauses not its own.
    const example = await loadModelOrThrow('content');
    expect(unitView(example, 'toll-east-station').roles).toEqual(['toll-collector', 'shift-leader']);
    expect(unitView(example, 'power-city-hall').roles).toContain('counter-clerk');
    const files = plannedPrintFiles(example, {}).map((f) => f.file);
    expect(files).not.toContain('handbook-toll-east-station__counter-clerk.pdf');
    expect(files).toContain('handbook-toll-east-station__toll-collector.pdf');
    expect(files).toContain('handbook-power-city-hall__counter-clerk.pdf');
    // Three levels of another group: the toll station under a power company, likewise.
    const power = await loadModelOrThrow('test/fixtures/orgs/three-level-power');
    expect(unitView(power, 'hc-toll-west').roles).not.toContain('counter-clerk');
    expect(unitView(power, 'baishi-point').roles).toContain('counter-clerk');
  });

  it('is the unit’s again when it declares it, or when no other unit’s own content names it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'guifan-claim-'));
    dirs.push(dir);
    cpSync('content', dir, { recursive: true });
    const file = join(dir, 'units', 'toll-east-station.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('documents:', 'posts: [counter-clerk]\ndocuments:'));
    const declared = await loadModelOrThrow(dir);
    expect(unitView(declared, 'toll-east-station').roles).toEqual(['counter-clerk', 'toll-collector', 'shift-leader']);
    // A post the shared content names and no unit's own content claims stays every unit's:
    // the group's quality officer in each of another group's trades.
    const city = await loadModelOrThrow('test/fixtures/orgs/tongjiang-city');
    for (const id of ['tj-hotel', 'tj-taxi', 'tj-gas']) expect(unitView(city, id).roles).toContain('quality-officer');
  });
});
