/**
 * Deterministic synthetic organisations for the benchmarks: the example in
 * content/ scaled by a factor, written as a real content directory.
 *
 *   generateOrganisation('/tmp/org-100', 100, 1)
 *
 * The example is replicated into regions (片区). A region holds four units
 * shaped like the example's four (a hall, a child station that inherits from it
 * and overrides, excludes and adds clauses, a toll station, a customer service
 * department), their commitments and assessment, and `copies` volumes of each
 * norm document, etiquette set, process and quiz bank. Industries rotate across
 * regions. Scale s gives round(s^0.7) regions (1, 5, 25 → 4, 20, 100 units) and
 * s copies of every document-level item in total (161·s clauses at s × the
 * example's 161), so the clause count scales linearly and the unit count like a
 * real group's.
 *
 * Text is varied, not copied: clause wording recombines comma-separated phrases
 * drawn from the example's own clauses, small numbers are redrawn, place and unit
 * names change per region. Search indexes therefore see realistic vocabulary
 * with realistic repetition. Same (scale, seed) → byte-identical files.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { inferStrength } from '../src/model/strength.ts';

export const EXAMPLE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'content');

type Yaml = string | number | boolean | null | Yaml[] | { [key: string]: Yaml };
type YamlObject = { [key: string]: Yaml };

export interface SyntheticSummary {
  scale: number;
  seed: number;
  regions: number;
  copiesPerRegion: number;
  units: number;
  documents: number;
  files: number;
}

/** Number of regions (four units each) at a scale: 1 → 1, 10 → 5, 100 → 25. */
export function regionsFor(scale: number): number {
  return Math.max(1, Math.round(scale ** 0.7));
}

// ------------------------------------------------------------------ randomness

/** mulberry32: small, fast, and the same on every platform. */
function makeRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = makeRng(seed);
  }
  float(): number {
    return this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    const item = list[Math.floor(this.next() * list.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  shuffle<T>(list: readonly T[]): T[] {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}

// ------------------------------------------------------------------ names

const PLACE_FIRST = [
  '青',
  '临',
  '滨',
  '望',
  '清',
  '白',
  '金',
  '石',
  '松',
  '枫',
  '柳',
  '桂',
  '梅',
  '兰',
  '竹',
  '安',
  '宁',
  '平',
  '和',
  '丰',
  '长',
  '永',
  '新',
  '秀',
  '龙',
  '凤',
  '云',
  '泰',
];
const PLACE_SECOND = [
  '江',
  '湖',
  '山',
  '溪',
  '河',
  '桥',
  '塘',
  '川',
  '岭',
  '阳',
  '州',
  '浦',
  '林',
  '泉',
  '港',
  '坪',
  '源',
  '田',
];

/** The hall + child station pair's industry, rotating by region (region 0 keeps the example's power). */
const HALL_INDUSTRIES = [
  { industry: 'power', company: '供电公司', hall: '城区供电营业厅', station: '供电所' },
  { industry: 'gas', company: '燃气公司', hall: '城区燃气营业厅', station: '燃气服务站' },
  { industry: 'heating', company: '热力公司', hall: '城区供热营业厅', station: '供热服务站' },
  { industry: 'bank', company: '农商银行', hall: '城区营业部', station: '支行' },
  { industry: 'hospital', company: '人民医院', hall: '门诊服务中心', station: '社区卫生服务站' },
  { industry: 'government', company: '政务服务管理局', hall: '综合受理大厅', station: '便民服务站' },
  { industry: 'education', company: '职业技术学院', hall: '后勤服务中心', station: '校区服务站' },
] as const;
const DEPT_INDUSTRIES = [
  { industry: 'water', company: '水务集团', dept: '客户服务部' },
  { industry: 'bus', company: '公交集团', dept: '乘客服务中心' },
  { industry: 'taxi', company: '出租汽车公司', dept: '客户服务中心' },
] as const;
const DIRECTIONS = ['东', '西', '南', '北'] as const;

interface Region {
  index: number;
  prefix: string;
  place: string;
  subPlace: string;
  areaCode: string;
  hall: (typeof HALL_INDUSTRIES)[number];
  dept: (typeof DEPT_INDUSTRIES)[number];
  direction: string;
}

function makeRegions(count: number, rnd: Random): Region[] {
  const pairs = rnd.shuffle(PLACE_FIRST.flatMap((a) => PLACE_SECOND.map((b) => a + b)));
  return Array.from({ length: count }, (_, i) => ({
    index: i + 1,
    prefix: `r${i + 1}`,
    place: pairs[2 * i]!,
    subPlace: pairs[2 * i + 1]!,
    areaCode: `07${String(10 + i).padStart(2, '0')}`,
    hall: HALL_INDUSTRIES[i % HALL_INDUSTRIES.length]!,
    dept: DEPT_INDUSTRIES[i % DEPT_INDUSTRIES.length]!,
    direction: DIRECTIONS[i % DIRECTIONS.length]!,
  }));
}

// ------------------------------------------------------------------ the example, read once

interface ExampleFile {
  /** Path relative to the content directory. */
  rel: string;
  kind:
    | 'organisation'
    | 'roles'
    | 'norms'
    | 'etiquette'
    | 'commitments'
    | 'processes'
    | 'assessment'
    | 'quiz'
    | 'units'
    | 'services'
    | 'pages';
  data: YamlObject;
  /** Raw text, for MDX pages. */
  raw: string;
}

interface Example {
  files: ExampleFile[];
  roleIds: Set<string>;
  /** Ids that exist once for the whole organisation (commitment sets for "all" units). */
  groupIds: Set<string>;
  /** Ids that exist once per region (units, their commitments, assessments). */
  regionIds: Set<string>;
  /** Ids that exist once per volume (documents, clauses, etiquette, processes, quiz). */
  copyIds: Set<string>;
  /** Comma-separated pieces of clause and conduct wording: the vocabulary for recombination. */
  middlePieces: string[];
  finalPieces: string[];
  phraseMiddles: string[];
  phraseFinals: string[];
}

function collectIds(node: Yaml, into: Set<string>): void {
  if (Array.isArray(node)) for (const x of node) collectIds(x, into);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'id' && typeof v === 'string') into.add(v);
      else collectIds(v, into);
    }
  }
}

function collectTexts(node: Yaml, key: string, into: string[]): void {
  if (Array.isArray(node)) for (const x of node) collectTexts(x, key, into);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === key && typeof v === 'string') into.push(v);
      else collectTexts(v, key, into);
    }
  }
}

/** "甲，乙，丙。" → ["甲，", "乙，", "丙。"] */
function pieces(text: string): string[] {
  return text.split(/(?<=[，；])/u).filter((p) => p.length > 0);
}

function readExample(dir: string): Example {
  const files: ExampleFile[] = [];
  const kinds = ['norms', 'etiquette', 'commitments', 'processes', 'assessment', 'quiz', 'units', 'services'] as const;
  const top = [
    { rel: 'organisation.yaml', kind: 'organisation' as const },
    { rel: 'roles.yaml', kind: 'roles' as const },
  ];
  for (const { rel, kind } of top) {
    const raw = readFileSync(path.join(dir, rel), 'utf8');
    files.push({ rel, kind, data: parse(raw) as YamlObject, raw });
  }
  for (const kind of kinds) {
    for (const name of readdirSync(path.join(dir, kind))
      .filter((n) => n.endsWith('.yaml'))
      .sort()) {
      const rel = `${kind}/${name}`;
      const raw = readFileSync(path.join(dir, rel), 'utf8');
      files.push({ rel, kind, data: parse(raw) as YamlObject, raw });
    }
  }
  let pageNames: string[] = [];
  try {
    pageNames = readdirSync(path.join(dir, 'pages'))
      .filter((n) => /\.mdx?$/.test(n))
      .sort();
  } catch {
    // An example without pages is fine.
  }
  for (const name of pageNames) {
    const rel = `pages/${name}`;
    files.push({ rel, kind: 'pages', data: {}, raw: readFileSync(path.join(dir, rel), 'utf8') });
  }

  const roleIds = new Set<string>();
  const groupIds = new Set<string>();
  const regionIds = new Set<string>();
  const copyIds = new Set<string>();
  for (const f of files) {
    if (f.kind === 'roles') collectIds(f.data, roleIds);
    else if (f.kind === 'commitments' && f.data.units === 'all') collectIds(f.data, groupIds);
    else if (f.kind === 'commitments' || f.kind === 'assessment' || f.kind === 'units' || f.kind === 'services')
      collectIds(f.data, regionIds);
    else if (f.kind !== 'organisation' && f.kind !== 'pages') collectIds(f.data, copyIds);
  }

  const clauseTexts: string[] = [];
  const phraseTexts: string[] = [];
  for (const f of files) {
    if (f.kind === 'norms') collectTexts(f.data, 'text', clauseTexts);
    if (f.kind === 'etiquette') {
      for (const s of (f.data.situations as YamlObject[]) ?? []) {
        collectTexts((s.phrases as Yaml) ?? [], 'text', phraseTexts);
        collectTexts((s.conduct as Yaml) ?? [], 'text', clauseTexts);
      }
    }
  }
  const split = (texts: string[]): { middles: string[]; finals: string[] } => {
    const middles = new Set<string>();
    const finals = new Set<string>();
    for (const t of texts) {
      const ps = pieces(t);
      ps.slice(1, -1).forEach((p) => middles.add(p));
      if (ps.length > 1) finals.add(ps[ps.length - 1]!);
    }
    return { middles: [...middles].sort(), finals: [...finals].sort() };
  };
  const c = split(clauseTexts);
  const p = split(phraseTexts);
  return {
    files,
    roleIds,
    groupIds,
    regionIds,
    copyIds,
    middlePieces: c.middles,
    finalPieces: c.finals,
    phraseMiddles: p.middles,
    phraseFinals: p.finals,
  };
}

// ------------------------------------------------------------------ text variation

/** Parts of a text that must survive unchanged: {{param}} references and {slot} blanks. */
const PROTECTED = /(\{\{[^}]*\}\}|\{[^}]*\})/u;

/** Redraws small free-standing numbers (not years, phone numbers, times or decimals). */
function varyNumbers(text: string, rnd: Random, probability: number): string {
  return text
    .split(PROTECTED)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/(?<![\d.:\-—/A-Za-z])\d{1,3}(?![\d.:\-—/%A-Za-z])/gu, (n) => {
            if (rnd.float() >= probability) return n;
            const v = Number(n);
            const lo = Math.max(1, Math.round(v * 0.5));
            const hi = Math.max(lo + 1, Math.round(v * 1.5));
            return String(rnd.int(lo, hi));
          }),
    )
    .join('');
}

/** Replaces one later piece of the wording with a piece from another clause. */
function recombine(text: string, rnd: Random, middles: readonly string[], finals: readonly string[]): string {
  const ps = pieces(text);
  if (ps.length >= 2) {
    const i = rnd.int(1, ps.length - 1);
    const last = i === ps.length - 1;
    const pool = last ? finals : middles;
    if (pool.length) ps[i] = rnd.pick(pool);
    if (!last && /[。！？]$/u.test(ps[i]!)) ps[i] = `${ps[i]!.slice(0, -1)}，`;
    return ps.join('');
  }
  // A single-piece sentence gets a second clause appended.
  if (finals.length && /。$/u.test(text)) return `${text.slice(0, -1)}，${rnd.pick(finals)}`;
  return text;
}

/** A written strength that agrees with the (recombined) wording, so the checker has nothing to warn about. */
function agreeingStrength(written: Yaml | undefined, text: string): Yaml | undefined {
  if (typeof written !== 'string') return written;
  const inferred = inferStrength(text);
  return inferred === undefined ? written : inferred;
}

// ------------------------------------------------------------------ id mapping

interface Context {
  region: Region;
  /** 1-based volume number within the region. */
  copy: number;
  copies: number;
  unitIds: string[];
  example: Example;
  rnd: Random;
}

function mapId(id: string, ctx: Context): string {
  const ex = ctx.example;
  if (ex.roleIds.has(id) || ex.groupIds.has(id)) return id;
  if (ex.regionIds.has(id)) return `${ctx.region.prefix}-${id}`;
  if (ex.copyIds.has(id)) return `${ctx.region.prefix}c${ctx.copy}-${id}`;
  return id;
}

const SCALAR_REFS = new Set([
  'id',
  'parent',
  'under',
  'clause',
  'document',
  'instead',
  'next',
  'to',
  'violation',
  'process',
  'service',
  'item',
]);
const LIST_REFS = new Set(['cites', 'exclude', 'excludeCommitments', 'phases', 'inspections']);

/** Example place names and what they become in a region. */
function localise(text: string, region: Region): string {
  return text
    .replaceAll('云澜', region.place)
    .replaceAll('青石', region.subPlace)
    .replaceAll('城区供电营业厅', `${region.place}${region.hall.hall}`)
    .replaceAll('供水客户服务部', `${region.place}${region.dept.dept}`)
    .replaceAll('供水客服部', `${region.place}${region.dept.dept}`)
    .replaceAll('东收费所', `${region.direction}收费所`);
}

/** Rewrites ids and references for a context and localises every string. */
function relabel(node: Yaml, ctx: Context, key?: string): Yaml {
  if (typeof node === 'string') {
    if (key && SCALAR_REFS.has(key)) return mapId(node, ctx);
    return localise(node, ctx.region);
  }
  if (Array.isArray(node)) {
    if (
      key &&
      (LIST_REFS.has(key) || key === 'clauses' || key === 'units') &&
      node.every((x) => typeof x === 'string')
    ) {
      return node.map((x) => mapId(x as string, ctx));
    }
    if (key === 'roles' || key === 'tags' || key === 'options' || key === 'items')
      return node.map((x) => (typeof x === 'string' ? localise(x, ctx.region) : x));
    return node.map((x) => relabel(x, ctx, key));
  }
  if (node && typeof node === 'object') {
    const out: YamlObject = {};
    for (const [k, v] of Object.entries(node)) out[k] = relabel(v, ctx, k);
    return out;
  }
  return node;
}

// ------------------------------------------------------------------ per kind

function varyClauses(clauses: Yaml, ctx: Context): void {
  if (!Array.isArray(clauses)) return;
  for (const c of clauses) {
    if (!c || typeof c !== 'object' || Array.isArray(c)) continue;
    if (typeof c.text === 'string') {
      const text = recombine(
        varyNumbers(c.text, ctx.rnd, 0.5),
        ctx.rnd,
        ctx.example.middlePieces,
        ctx.example.finalPieces,
      );
      c.text = text;
      const s = agreeingStrength(c.strength, text);
      if (s !== undefined) c.strength = s;
    }
    varyClauses(c.clauses ?? null, ctx);
  }
}

function volumeLabel(ctx: Context): string {
  return ctx.copies > 1 ? `（${ctx.region.place}第${ctx.copy}分册）` : `（${ctx.region.place}）`;
}

function normDocument(data: YamlObject, ctx: Context): YamlObject {
  const doc = relabel(data, ctx) as YamlObject;
  doc.title = `${String(doc.title)}${volumeLabel(ctx)}`;
  if (typeof doc.code === 'string')
    doc.code = doc.code.replace(/\d{3}/u, (n) => String(Number(n) + 10 * ctx.region.index + ctx.copy));
  varyClauses(doc.clauses ?? null, ctx);
  return doc;
}

function varyConduct(list: Yaml | undefined, ctx: Context): void {
  if (!Array.isArray(list)) return;
  for (const r of list) {
    if (!r || typeof r !== 'object' || Array.isArray(r) || typeof r.text !== 'string') continue;
    r.text = recombine(varyNumbers(r.text, ctx.rnd, 0.5), ctx.rnd, ctx.example.middlePieces, ctx.example.finalPieces);
    const s = agreeingStrength(r.strength, r.text);
    if (s !== undefined) r.strength = s;
  }
}

/** An etiquette set of the region, for the region's units (as its documents, processes and services are). */
function etiquetteSet(data: YamlObject, ctx: Context): YamlObject {
  const set = relabel(data, ctx) as YamlObject;
  set.title = `${String(set.title)}${volumeLabel(ctx)}`;
  // Left group-wide, every unit had every region's volumes: at 100× a hall's etiquette page held
  // 2,000 phrases (1.9 MB), and the pages, cards and handbooks grew with the square of the scale.
  if (set.units === undefined || set.units === 'all') set.units = ctx.unitIds;
  for (const s of (set.situations as YamlObject[]) ?? []) {
    for (const p of (s.phrases as YamlObject[]) ?? []) {
      if (typeof p.text === 'string' && ctx.rnd.float() < 0.6)
        p.text = recombine(p.text, ctx.rnd, ctx.example.phraseMiddles, ctx.example.phraseFinals);
    }
    varyConduct(s.conduct, ctx);
  }
  varyConduct(set.conduct, ctx);
  return set;
}

function processFile(data: YamlObject, ctx: Context): YamlObject {
  const p = relabel(data, ctx) as YamlObject;
  p.title = `${String(p.title)}${volumeLabel(ctx)}`;
  if (p.units === 'all' || p.units === undefined) p.units = ctx.unitIds;
  for (const n of (p.nodes as YamlObject[]) ?? []) {
    if (typeof n.label === 'string') n.label = varyNumbers(n.label, ctx.rnd, 0.5);
    if (typeof n.timeLimit === 'string') n.timeLimit = varyNumbers(n.timeLimit, ctx.rnd, 0.3);
  }
  return p;
}

function quizBank(data: YamlObject, ctx: Context): YamlObject {
  const q = relabel(data, ctx) as YamlObject;
  q.title = `${String(q.title)}${volumeLabel(ctx)}`;
  for (const question of (q.questions as YamlObject[]) ?? []) {
    if (typeof question.stem === 'string') question.stem = `${volumeLabel(ctx)}${question.stem}`;
  }
  return q;
}

function commitmentSet(data: YamlObject, ctx: Context): YamlObject {
  const set = relabel(data, ctx) as YamlObject;
  set.title = `${String(set.title)}（${ctx.region.place}）`;
  return set;
}

function assessment(data: YamlObject, ctx: Context): YamlObject {
  const a = relabel(data, ctx) as YamlObject;
  a.title = `${String(a.title)}（${ctx.region.place}）`;
  return a;
}

/** A service item of the region, for the region's units (its industries still choose among them). */
function serviceItem(data: YamlObject, ctx: Context): YamlObject {
  const item = relabel(data, ctx) as YamlObject;
  if (item.units === undefined || item.units === 'all') item.units = ctx.unitIds;
  return item;
}

function phone(ctx: Context): string {
  return `${ctx.region.areaCode}-8${String(ctx.rnd.int(0, 9_999_999)).padStart(7, '0')}`;
}

function unitFile(data: YamlObject, ctx: Context, exampleDocIds: Map<string, string[]>): YamlObject {
  const u = relabel(data, ctx) as YamlObject;
  const r = ctx.region;
  const templateId = String(data.id);
  // Industry and name follow the unit's slot: hall and child station, toll station, or department.
  if (data.industry === 'toll') {
    u.name = `${r.place}绕城高速公路${r.direction}收费所`;
    u.shortName = `${r.place}${r.direction}收费所`;
  } else if (data.parent !== undefined) {
    u.industry = r.hall.industry;
    u.name = `${r.place}${r.hall.company}${r.subPlace}${r.hall.station}`;
    u.shortName = `${r.subPlace}${r.hall.station}`;
  } else if (data.industry === 'power') {
    u.industry = r.hall.industry;
    u.name = `${r.place}${r.hall.company}${r.hall.hall}`;
    u.shortName = `${r.place}${r.hall.hall}`;
  } else {
    u.industry = r.dept.industry;
    u.name = `${r.place}${r.dept.company}${r.dept.dept}`;
    u.shortName = `${r.place}${r.dept.dept}`;
  }
  // A unit that changed industry no longer has the example's services of its old industry: drop its overrides of them.
  if (u.industry !== data.industry && Array.isArray(u.override)) {
    const services = new Set(
      ctx.example.files.filter((f) => f.kind === 'services').map((f) => mapId(String(f.data.id), ctx)),
    );
    u.override = u.override.filter(
      (o) => !(o && typeof o === 'object' && !Array.isArray(o) && typeof o.item === 'string' && services.has(o.item)),
    );
  }
  // Each region's numbers differ; 95598 stays (a national short number).
  const hot = u.hotlines;
  if (hot && typeof hot === 'object' && !Array.isArray(hot)) {
    for (const k of ['service', 'supervision', 'fault'] as const) {
      if (typeof hot[k] === 'string' && hot[k] !== '95598') hot[k] = phone(ctx);
    }
    if (Array.isArray(hot.other)) for (const o of hot.other as YamlObject[]) o.number = phone(ctx);
  }
  const params = u.params;
  if (params && typeof params === 'object' && !Array.isArray(params)) {
    for (const [k, v] of Object.entries(params))
      if (typeof v === 'number' && Number.isInteger(v))
        params[k] = Math.max(1, Math.round(v * (0.8 + 0.4 * ctx.rnd.float())));
  }
  // A unit reads every volume of its documents in its region.
  const docs = data.documents;
  if (Array.isArray(docs)) {
    u.documents = docs.flatMap((d) =>
      Array.from({ length: ctx.copies }, (_, i) => `${r.prefix}c${i + 1}-${String(d)}`),
    );
  } else if (data.parent === undefined) {
    u.documents = [...exampleDocIds.values()]
      .flat()
      .flatMap((d) => Array.from({ length: ctx.copies }, (_, i) => `${r.prefix}c${i + 1}-${d}`));
  }
  for (const add of (u.add as YamlObject[]) ?? []) varyClauses(add.clauses ?? null, ctx);
  void templateId;
  return u;
}

function pageFile(raw: string, ctx: Context): string {
  return localise(raw, ctx.region).replace(/^title: (.*)$/mu, (_, t: string) => `title: ${t}（${ctx.region.place}）`);
}

// ------------------------------------------------------------------ writing

function header(scale: number, seed: number): string {
  return `# 合成的基准测试内容（${scale}×，种子 ${seed}），由 bench/synthetic.ts 生成，请勿手工修改。\n`;
}

function dump(data: YamlObject): string {
  return stringify(data, { lineWidth: 0 });
}

/**
 * Writes a content directory for `scale` × the example into outDir (emptied first).
 * `scale` is a positive integer; `seed` makes a different but equally valid organisation.
 */
export function generateOrganisation(
  outDir: string,
  scale: number,
  seed = 1,
  exampleDir: string = EXAMPLE_DIR,
): SyntheticSummary {
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`scale must be a positive integer, got ${scale}`);
  const example = readExample(exampleDir);
  const rnd = new Random(seed * 1_000_003 + scale);
  const regionCount = regionsFor(scale);
  const regions = makeRegions(regionCount, rnd);
  // Volumes per region so that the total is `scale` (the first regions take the remainder).
  const copiesOf = (i: number): number => Math.floor(scale / regionCount) + (i < scale % regionCount ? 1 : 0);

  rmSync(outDir, { recursive: true, force: true });
  for (const d of [
    'norms',
    'etiquette',
    'commitments',
    'processes',
    'assessment',
    'quiz',
    'units',
    'services',
    'pages',
  ])
    mkdirSync(path.join(outDir, d), { recursive: true });

  let files = 0;
  const write = (rel: string, text: string): void => {
    writeFileSync(path.join(outDir, rel), text);
    files++;
  };
  const head = header(scale, seed);
  const exampleDocIds = new Map<string, string[]>();
  for (const f of example.files) if (f.kind === 'norms') exampleDocIds.set(f.rel, [String(f.data.id)]);

  for (const f of example.files) {
    if (f.kind === 'organisation') {
      const org = structuredClone(f.data);
      org.description =
        `${String(org.description ?? '')}（基准测试用合成内容：${scale}倍规模，${regionCount}个片区。）`.trim();
      write(f.rel, head + dump(org));
    } else if (f.kind === 'roles') {
      write(f.rel, head + dump(f.data));
    } else if (f.kind === 'commitments' && f.data.units === 'all') {
      write(f.rel, head + dump(f.data));
    }
  }

  let documents = 0;
  let units = 0;
  regions.forEach((region, ri) => {
    const copies = copiesOf(ri);
    const unitIds = example.files.filter((f) => f.kind === 'units').map((f) => `${region.prefix}-${String(f.data.id)}`);
    const base: Context = { region, copy: 1, copies, unitIds, example, rnd };
    for (const f of example.files) {
      const name = path.basename(f.rel);
      const regionRel = `${f.kind}/${region.prefix}-${name}`;
      switch (f.kind) {
        case 'units':
          write(regionRel, head + dump(unitFile(f.data, base, exampleDocIds)));
          units++;
          break;
        case 'commitments':
          if (f.data.units !== 'all') write(regionRel, head + dump(commitmentSet(f.data, base)));
          break;
        case 'assessment':
          write(regionRel, head + dump(assessment(f.data, base)));
          break;
        case 'services':
          write(regionRel, head + dump(serviceItem(f.data, base)));
          break;
        case 'pages':
          write(`pages/${region.prefix}-${name}`, pageFile(f.raw, base));
          break;
        case 'norms':
        case 'etiquette':
        case 'processes':
        case 'quiz':
          for (let copy = 1; copy <= copies; copy++) {
            const ctx: Context = { ...base, copy };
            const rel = `${f.kind}/${region.prefix}c${copy}-${name}`;
            const out =
              f.kind === 'norms'
                ? normDocument(f.data, ctx)
                : f.kind === 'etiquette'
                  ? etiquetteSet(f.data, ctx)
                  : f.kind === 'processes'
                    ? processFile(f.data, ctx)
                    : quizBank(f.data, ctx);
            write(rel, head + dump(out));
            if (f.kind === 'norms') documents++;
          }
          break;
        default:
          break;
      }
    }
  });
  return {
    scale,
    seed,
    regions: regionCount,
    copiesPerRegion: Math.ceil(scale / regionCount),
    units,
    documents,
    files,
  };
}

/** `tsx bench/synthetic.ts OUT_DIR SCALE [SEED]` */
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [out, scale = '1', seed = '1'] = process.argv.slice(2);
  if (!out) {
    console.error('usage: tsx bench/synthetic.ts OUT_DIR SCALE [SEED]');
    process.exit(2);
  }
  console.log(JSON.stringify(generateOrganisation(out, Number(scale), Number(seed))));
}
