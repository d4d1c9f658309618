/**
 * Print templates: one YAML file per output in templates/ (poster-a3.yaml, handbook-a5.yaml,
 * card.yaml, …). A template says the page, margins, fonts, type scale, colours and which
 * blocks go where; the code only knows the kinds (poster, handbook, card, quiz, guide, slip, scoresheet)
 * and the blocks.
 * Adding a template, say an A4 poster, is adding a file.
 * Long: the schemas of the eight template kinds are one table, read side by side.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { z } from 'zod';

const MM = 72 / 25.4;
export const mm = (v: number): number => v * MM;

const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: 'a colour is written #rrggbb' });
const PositiveMm = z.number().positive().describe('millimetres');

const PAGE_SIZES = { A3: [297, 420], A4: [210, 297], A5: [148, 210], A6: [105, 148] } as const;

const Page = z.strictObject({
  size: z
    .union([z.enum(['A3', 'A4', 'A5', 'A6']), z.strictObject({ width: PositiveMm, height: PositiveMm })])
    .describe('A3, A4, A5, A6 or {width, height} in mm'),
  orientation: z.enum(['portrait', 'landscape']).default('portrait'),
  margin: z
    .strictObject({
      top: z.number().min(0),
      right: z.number().min(0),
      bottom: z.number().min(0),
      left: z.number().min(0),
    })
    .describe('mm'),
});

const Fonts = z
  .strictObject({
    regular: z
      .string()
      .default('noto-sans-sc-regular')
      .describe('a bundled font name or a .ttf/.otf path relative to the template'),
    bold: z.string().default('noto-sans-sc-bold'),
    fallback: z
      .string()
      .optional()
      .describe('used for characters the main fonts lack; without it such a character fails the build'),
  })
  .prefault({});

const Colours = z
  .strictObject({
    text: Colour.default('#1a1a1a'),
    muted: Colour.default('#595959'),
    accent: Colour.default('#9f1d20'),
    accentText: Colour.default('#ffffff').describe('text set on the accent colour'),
    rule: Colour.default('#b8b8b8'),
    tint: Colour.default('#f3ece4').describe('background of table headers and panels'),
    good: Colour.default('#1d6b35').describe('the ✓ of phrases to use (the site’s colour)'),
  })
  .prefault({});
export type ColourName = keyof z.infer<typeof Colours>;

const TypeSpec = z.strictObject({
  size: z.number().positive().describe('points'),
  leading: z.number().min(1).default(1.5).describe('line height as a multiple of the size'),
  weight: z.enum(['regular', 'bold']).default('regular'),
  colour: z.enum(['text', 'muted', 'accent', 'accentText', 'rule', 'tint', 'good']).default('text'),
});
export type TypeSpec = z.infer<typeof TypeSpec>;

/**
 * How lines are composed (W3C clreq): the width of punctuation, the gap between Han and Western
 * text, and how far spacing may grow between Han characters before a line is broken otherwise.
 */
const Typography = z
  .strictObject({
    punctuation: z
      .enum(['full', 'kaiming', 'line-end-half'])
      .default('full')
      .describe(
        'full: 全角式, adjacent marks compressed; kaiming: 开明式, only 。？！ full width; line-end-half: full width, half at the end of a line',
      ),
    latinGap: z
      .number()
      .min(0)
      .max(0.5)
      .default(0.25)
      .describe('em between Han and Western letters or digits (clreq: a quarter em)'),
    maxStretch: z
      .number()
      .min(0)
      .max(0.1)
      .default(0.08)
      .describe('em a justified line may add to any one gap; lines that would need more are broken otherwise'),
  })
  .prefault({});
export type Typography = z.infer<typeof Typography>;

const Common = {
  output: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'output is a file-name prefix: a-z, 0-9, "-"' })
    .describe('File name prefix: poster → poster-<unit>.pdf'),
  description: z.string().optional(),
  page: Page,
  fonts: Fonts,
  colours: Colours,
  typography: Typography,
};

export const POSTER_BLOCKS = ['title', 'unit', 'intro', 'commitments', 'contacts', 'effective', 'signature'] as const;
const PosterTemplate = z.strictObject({
  kind: z.literal('poster'),
  ...Common,
  title: z.string().min(1).describe('Headline, e.g. 服务承诺'),
  intro: z.string().optional().describe('A line under the unit name'),
  type: z.strictObject({
    title: TypeSpec,
    unit: TypeSpec,
    intro: TypeSpec,
    number: TypeSpec.describe('the commitment number in its disc'),
    commitmentTitle: TypeSpec,
    commitment: TypeSpec,
    target: TypeSpec.describe('the target, set large'),
    contactLabel: TypeSpec,
    contact: TypeSpec,
    small: TypeSpec,
  }),
  qr: z.strictObject({ size: PositiveMm, caption: z.string().default('扫码查看服务标准') }),
  reading: z
    .strictObject({ distance: z.number().positive().describe('metres between the board and the reader') })
    .describe('Minimum sizes follow from the reading distance: see posterMinimums'),
  fit: z
    .strictObject({ step: z.number().positive().max(0.5).default(0.05).describe('scale reduction per try') })
    .prefault({})
    .describe('Auto-fit: all sizes step down together until the poster fits, never below the reading minimums'),
  overflow: z
    .enum(['qr-page', 'second-sheet', 'fail'])
    .default('qr-page')
    .describe(
      'when the commitments do not fit at the minimum sizes: qr-page keeps titles and targets and leaves the descriptions to the page the QR code opens; second-sheet continues on a second sheet; fail stops the build',
    ),
  signature: z
    .strictObject({ seal: PositiveMm.default(42).describe('diameter of the official seal the 落款 leaves room for') })
    .prefault({})
    .describe('落款: issuer and date, with room for the seal'),
  bleed: z
    .number()
    .min(0)
    .max(5)
    .default(0)
    .describe('mm of bleed around the trimmed page (3 for a print shop); the accent bands run into it'),
  cropMarks: z
    .boolean()
    .default(false)
    .describe('crop marks outside the trimmed page (needs bleed or a margin around it)'),
  blocks: z.array(z.enum(POSTER_BLOCKS)).min(1),
});

export const HANDBOOK_BLOCKS = [
  'cover',
  'toc',
  'foreword',
  'norms',
  'etiquette',
  'commitments',
  'processes',
  'assessment',
  'colophon',
] as const;
const HandbookTemplate = z.strictObject({
  kind: z.literal('handbook'),
  ...Common,
  title: z.string().min(1).describe('Cover title, e.g. 员工服务规范手册'),
  scopes: z
    .array(z.enum(['all', 'roles', 'units', 'unit-roles']))
    .default(['all', 'roles', 'units', 'unit-roles'])
    .describe(
      'all → handbook-all.pdf (the group); roles → handbook-<role>.pdf; units → handbook-<unit>.pdf; unit-roles → handbook-<unit>__<role>.pdf for each role the unit has',
    ),
  type: z.strictObject({
    coverTitle: TypeSpec,
    coverSubtitle: TypeSpec,
    h1: TypeSpec,
    h2: TypeSpec,
    h3: TypeSpec,
    body: TypeSpec,
    clauseNumber: TypeSpec,
    strength: TypeSpec,
    table: TypeSpec,
    tableHeader: TypeSpec,
    toc: TypeSpec,
    small: TypeSpec,
    header: TypeSpec,
    chart: TypeSpec.optional().describe('text in process charts; defaults to small'),
  }),
  header: z.string().default('{title}').describe('Running header; {title}, {section}, {organisation}'),
  footer: z.string().default('{page}').describe('Running footer; {page}, {pages} (body pages, numbered from 1)'),
  frontMatter: z
    .enum(['roman', 'none'])
    .default('roman')
    .describe('page numbers of the contents pages: i, ii, … or none; the body is numbered from 1'),
  duplex: z
    .boolean()
    .default(true)
    .describe('printed on both sides: margin.left is the inner margin, on the right of left-hand (even) pages'),
  padTo: z
    .number()
    .int()
    .min(1)
    .max(16)
    .default(1)
    .describe('blank pages at the end up to a multiple of this (4 for a saddle-stitched booklet)'),
  chartMinSize: z
    .number()
    .positive()
    .default(6.5)
    .describe('points: a chart is scaled down to stay on one page only while its labels stay this large'),
  blocks: z.array(z.enum(HANDBOOK_BLOCKS)).min(1),
});

export const CARD_BLOCKS = ['phrases', 'forbidden', 'rules', 'commitments', 'hotlines'] as const;
const CardTemplate = z.strictObject({
  kind: z.literal('card'),
  ...Common,
  type: z.strictObject({ heading: TypeSpec, body: TypeSpec, strong: TypeSpec, small: TypeSpec }),
  limits: z
    .strictObject({
      phrases: z.number().int().positive().default(6),
      forbidden: z.number().int().positive().default(5),
      commitments: z.number().int().positive().default(4),
      rules: z.number().int().positive().default(3).describe('rule sets and conduct rules marked card: true'),
    })
    .prefault({}),
  fit: z
    .strictObject({
      step: z.number().positive().max(0.5).default(0.05),
      minBodySize: z.number().positive(),
      max: z
        .number()
        .min(1)
        .max(3)
        .default(1.5)
        .describe('largest scale of the type sizes: each side is set as large as fits, up to this'),
    })
    .describe(
      'Each side is set at the largest scale (from max, by step) at which it fits; below minBodySize the build fails',
    ),
  sheet: z
    .strictObject({
      size: z.enum(['A3', 'A4']).default('A4'),
      columns: z.number().int().positive().default(2),
      rows: z.number().int().positive().default(5),
      gutter: PositiveMm.default(3).describe('between cards'),
      bleed: z
        .number()
        .min(0)
        .max(3)
        .default(1.5)
        .describe('mm of each card printed beyond its cut line (at most half the gutter)'),
      cropMarks: z.boolean().default(true),
    })
    .optional()
    .describe('also write card-sheet-<unit>.pdf: the cards several to a sheet, fronts then backs, for a print shop'),
  front: z.array(z.enum(CARD_BLOCKS)).min(1),
  back: z.array(z.enum(CARD_BLOCKS)).min(1),
});

export const QUIZ_QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'blank'] as const;
const QuizTemplate = z.strictObject({
  kind: z.literal('quiz'),
  ...Common,
  title: z.string().min(1).describe('Paper title, e.g. 规范化服务知识统一考试'),
  scopes: z
    .array(z.enum(['all', 'roles', 'units', 'unit-roles']))
    .default(['all', 'units', 'unit-roles'])
    .describe(
      'all → quiz-all-*.pdf from the organisation bank; units → quiz-<unit>-*.pdf from each unit’s bank; roles → quiz-<role>-*.pdf; unit-roles → quiz-<unit>__<role>-*.pdf',
    ),
  versions: z
    .number()
    .int()
    .min(1)
    .max(6)
    .default(2)
    .describe('papers A, B, … with the same questions in different orders'),
  seed: z.string().min(1).optional().describe('bank and selection seed; DEFAULT_SEED of src/quiz otherwise'),
  fields: z
    .array(z.string().min(1))
    .min(1)
    .default(['姓名', '工号', '单位', '得分'])
    .describe('lines to fill in at the top'),
  sealingLine: z
    .boolean()
    .default(false)
    .describe(
      '密封线: a dashed line down the left margin of every page of the papers, the fields to fill in (but 得分) outside it on the first page, so that names are sealed for marking',
    ),
  instructions: z
    .array(z.string())
    .default([])
    .describe('考生须知; {pages}, {total} (points), {minutes}, {questions} are filled in'),
  notes: z
    .partialRecord(z.enum(QUIZ_QUESTION_TYPES), z.string())
    .default({})
    .describe(
      'instruction under each section heading, by question type; a default per type otherwise. Which questions, how many and their points are the exam rule in organisation.yaml (exam:)',
    ),
  type: z.strictObject({
    unit: TypeSpec,
    title: TypeSpec,
    field: TypeSpec,
    instructions: TypeSpec,
    section: TypeSpec,
    note: TypeSpec,
    question: TypeSpec,
    option: TypeSpec,
    table: TypeSpec,
    tableHeader: TypeSpec,
    small: TypeSpec,
    header: TypeSpec,
  }),
  header: z
    .string()
    .default('{unit}　{title}（{version}）')
    .describe('Running header from page 2; {unit}, {title}, {version}'),
  footer: z.string().default('{version}　第{page}页　共{pages}页').describe('Footer; {version}, {page}, {pages}'),
});

/** Service guides (办事指南): one per service of each unit (per: service), or a booklet per unit (per: unit). */
const GuideTemplate = z.strictObject({
  kind: z.literal('guide'),
  ...Common,
  title: z.string().min(1).default('办事指南').describe('Heading above the service name, and the booklet cover'),
  per: z
    .enum(['service', 'unit'])
    .describe('service → <output>-<unit>__<service>.pdf; unit → <output>-<unit>.pdf with a cover and contents'),
  type: z.strictObject({
    coverTitle: TypeSpec,
    title: TypeSpec,
    subtitle: TypeSpec,
    h2: TypeSpec,
    body: TypeSpec,
    label: TypeSpec,
    table: TypeSpec,
    tableHeader: TypeSpec,
    toc: TypeSpec,
    small: TypeSpec,
  }),
  footer: z.string().default('{unit}　{title}　第{page}页').describe('Footer; {unit}, {title}, {page}, {pages}'),
});

/** The one-time notice slip (一次性告知单), per service of each unit: <output>-<unit>__<service>.pdf. */
const SlipTemplate = z.strictObject({
  kind: z.literal('slip'),
  ...Common,
  title: z.string().min(1).default('一次性告知单'),
  copies: z
    .number()
    .int()
    .min(1)
    .max(2)
    .default(1)
    .describe('Copies per sheet: 2 puts two slips on the page, one above the other, with a cut line'),
  labels: z.array(z.string().min(1)).default([]).describe('A label per copy, e.g. [客户联, 存根联]'),
  otherLines: z.number().int().min(0).max(6).default(2).describe('Blank lines under 其他 for what the list lacks'),
  note: z
    .string()
    .default('本单位实行一次性告知制度：请按本单备齐材料后再来办理，如有疑问请拨打上列咨询电话。')
    .describe('Printed at the foot of each slip'),
  type: z.strictObject({ title: TypeSpec, body: TypeSpec, item: TypeSpec, label: TypeSpec, small: TypeSpec }),
  fit: z
    .strictObject({ step: z.number().positive().max(0.5).default(0.05), minBodySize: z.number().positive() })
    .describe('All sizes step down together until a slip fits its part of the page'),
});

/** The inspection score sheet (检查评分表), per unit and inspection: <output>-<unit>__<inspection>.pdf. */
const ScoreSheetTemplate = z.strictObject({
  kind: z.literal('scoresheet'),
  ...Common,
  title: z.string().min(1).default('检查评分表'),
  signatures: z
    .array(z.string().min(1))
    .min(1)
    .default(['检查人', '被检查单位负责人'])
    .describe('Who signs at the foot'),
  type: z.strictObject({
    title: TypeSpec,
    subtitle: TypeSpec,
    field: TypeSpec,
    table: TypeSpec,
    tableHeader: TypeSpec,
    section: TypeSpec,
    body: TypeSpec,
    small: TypeSpec,
  }),
});

/** The 修订对照表 of the latest revision: per norm document, per unit, and the group's view (revision.ts in src/print). */
const RevisionTemplate = z.strictObject({
  kind: z.literal('revision'),
  ...Common,
  title: z.string().min(1).describe('Title after the document or unit name, e.g. 修订对照表'),
  scopes: z
    .array(z.enum(['documents', 'units', 'all']))
    .default(['documents', 'units', 'all'])
    .describe(
      'documents → revision-<document>.pdf for each norm document that changed; units → revision-<unit>.pdf for each unit whose view changed; all → revision-all.pdf (the group’s view)',
    ),
  columns: z
    .strictObject({
      number: z.number().positive(),
      old: z.number().positive(),
      new: z.number().positive(),
      note: z.number().positive(),
    })
    .prefault({ number: 0.11, old: 0.34, new: 0.34, note: 0.21 })
    .describe('relative widths of the columns 条款号, 原条文, 修订后条文, 说明'),
  type: z.strictObject({
    title: TypeSpec,
    meta: TypeSpec,
    section: TypeSpec,
    body: TypeSpec,
    table: TypeSpec,
    tableHeader: TypeSpec,
    changed: TypeSpec.describe('changed words inside a wording: removed in the old, added in the new'),
    small: TypeSpec,
    header: TypeSpec,
  }),
  header: z.string().default('{title}').describe('Running header; {title}'),
  footer: z.string().default('第{page}页　共{pages}页').describe('Footer; {page}, {pages}'),
});

export const Template = z.discriminatedUnion('kind', [
  PosterTemplate,
  HandbookTemplate,
  CardTemplate,
  QuizTemplate,
  RevisionTemplate,
  GuideTemplate,
  SlipTemplate,
  ScoreSheetTemplate,
]);
export type Template = z.infer<typeof Template> & { file: string; dir: string };
export type PosterTemplate = z.infer<typeof PosterTemplate> & { file: string; dir: string };
export type HandbookTemplate = z.infer<typeof HandbookTemplate> & { file: string; dir: string };
export type CardTemplate = z.infer<typeof CardTemplate> & { file: string; dir: string };
export type QuizTemplate = z.infer<typeof QuizTemplate> & { file: string; dir: string };
export type GuideTemplate = z.infer<typeof GuideTemplate> & { file: string; dir: string };
export type SlipTemplate = z.infer<typeof SlipTemplate> & { file: string; dir: string };
export type ScoreSheetTemplate = z.infer<typeof ScoreSheetTemplate> & { file: string; dir: string };
export type RevisionTemplate = z.infer<typeof RevisionTemplate> & { file: string; dir: string };
export type QuizQuestionType = (typeof QUIZ_QUESTION_TYPES)[number];

export class TemplateError extends Error {}

/** Page width and height in points. */
export function pageSize(t: { page: z.infer<typeof Page> }): [number, number] {
  const s = t.page.size;
  const [w, h] = typeof s === 'string' ? PAGE_SIZES[s] : [s.width, s.height];
  const portrait: [number, number] = [mm(Math.min(w, h)), mm(Math.max(w, h))];
  const landscape: [number, number] = [portrait[1], portrait[0]];
  if (typeof s !== 'string') return [mm(w), mm(h)];
  return t.page.orientation === 'landscape' ? landscape : portrait;
}

export function resolveFontRef(
  template: { dir: string },
  ref: string,
  builtin: (name: string) => string | undefined,
): string {
  return builtin(ref) ?? (isAbsolute(ref) ? ref : resolve(template.dir, ref));
}

/**
 * templates/ of the guifan project. Found from this module's location; when the module has
 * been bundled elsewhere (the Astro site build puts it in a chunk under .astro/ or the out
 * directory), by walking up to the guifan package, then from the working directory.
 */
export function defaultTemplatesDir(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const direct = resolve(here, '../../templates');
  if (existsSync(direct)) return direct;
  for (const start of [here, process.cwd()]) {
    for (let dir = start; ; dir = dirname(dir)) {
      const pkg = join(dir, 'package.json');
      if (
        existsSync(pkg) &&
        existsSync(join(dir, 'templates')) &&
        /"name"\s*:\s*"guifan"/.test(readFileSync(pkg, 'utf8'))
      )
        return join(dir, 'templates');
      if (dirname(dir) === dir) break;
    }
  }
  return direct;
}

/** Read one template file; errors name the file, line, column and field. */
export function parseTemplate(file: string, text: string): Template {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const at = lineCounter.linePos(e.pos[0]);
    throw new TemplateError(`${file}:${at.line}:${at.col}: YAML: ${e.message.split('\n')[0]}`);
  }
  const result = Template.safeParse(doc.toJS());
  if (!result.success) {
    const messages = result.error.issues.map((issue) => {
      const path = issue.path.map(String);
      // Point at the deepest node that exists.
      let line = 1;
      let col = 1;
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n), true);
        if (isNode(node) && node.range) {
          const pos = lineCounter.linePos(node.range[0]);
          line = pos.line;
          col = pos.col;
          break;
        }
      }
      return `${file}:${line}:${col}: ${path.join('.') || '(template)'}: ${issue.message}`;
    });
    throw new TemplateError(`invalid print template\n${messages.join('\n')}`);
  }
  const dir = resolve(file, '..');
  return { ...result.data, file, dir } as Template;
}

/**
 * Parsed templates by file and exact text: a process that builds again (watch mode, a poster
 * regenerated after a hotline changed, tests) reads the files every time but parses only those
 * that changed. YAML parsing was an eighth of a poster's time. Callers must not modify them.
 */
const parsedTemplates = new Map<string, { text: string; template: Template }>();

/** Drops the parsed templates, so the next build parses them like a fresh process (benchmarks). */
export function forgetParsedTemplates(): void {
  parsedTemplates.clear();
}

function parseTemplateFile(file: string): Template {
  const text = readFileSync(file, 'utf8');
  const known = parsedTemplates.get(file);
  if (known?.text === text) return known.template;
  const template = parseTemplate(file, text);
  parsedTemplates.set(file, { text, template });
  return template;
}

export function loadTemplates(dir: string): Template[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort();
  const templates = files.map((f) => parseTemplateFile(join(dir, f)));
  const seen = new Map<string, string>();
  for (const t of templates) {
    const other = seen.get(t.output);
    if (other !== undefined) throw new TemplateError(`${t.file}: output "${t.output}" is already used by ${other}`);
    seen.set(t.output, t.file);
  }
  return templates;
}

/**
 * Smallest sizes a poster may use, from its reading distance. A Han character of 4.7 mm per metre
 * of distance subtends 16′ of arc, the targets 8.5 mm (29′), and the QR code's side is 23.3 mm
 * per metre: calibrated so that an A3 board read from 1.5 m gets body text of 20 pt, targets of
 * 36 pt and a 35 mm code, and a board read from closer (A4) scales down in proportion.
 */
export function posterMinimums(template: { reading: { distance: number } }): {
  body: number;
  target: number;
  qr: number;
} {
  const d = template.reading.distance;
  const pt = (millimetres: number): number => Math.round(((millimetres * 72) / 25.4) * 10) / 10;
  return { body: pt(4.704 * d), target: pt(8.467 * d), qr: Math.round(23.33 * d * 10) / 10 };
}
