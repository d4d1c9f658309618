/**
 * `guifan check`'s look at the MDX pages: each page is compiled as the site build compiles it
 * (@mdx-js/mdx, the compiler @astrojs/mdx uses), its imports must resolve, and a page without
 * imports is run once with a stand-in JSX runtime, so that a syntax error, a missing module, a
 * component that is not defined or an expression that throws fails `check` with the page's
 * file and line instead of failing the build later.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { compile } from '@mdx-js/mdx';
import type { Expression, Program } from 'estree';

export interface MdxProblem {
  line: number;
  column: number;
  code: 'mdx-syntax' | 'mdx-import' | 'mdx-missing-component' | 'mdx-throws';
  message: string;
}

interface Positioned {
  type: string;
  value?: string;
  position?: { start: { line: number; column: number } };
  data?: { estree?: Program | null };
  children?: Positioned[];
  attributes?: Positioned[];
}

/** The guard expressions call while the page runs: an error inside one is reported at its line. */
const GUARD = '__guifanMdxGuard';
const CALL = '__guifanMdxCall';
/** How long a page's code may run: far more than any real page needs. */
const RUN_LIMIT_MS = 5_000;
/** What @mdx-js/mdx's run() does with the compiled body, done here so that it runs under the watchdog. */
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  body: string,
) => (...args: unknown[]) => Promise<unknown>;

class LocatedError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly reason: unknown,
  ) {
    super('located');
  }
}

interface Found {
  imports: { source: string; line: number; column: number }[];
  /** The first ESM block the author wrote (line 1 holds the front matter stand-in). */
  firstEsmLine?: number;
}

/** Collects the imports and wraps every {expression} as a guard call that knows its position. */
function inspect(found: Found) {
  return () => (tree: Positioned) => {
    const walk = (node: Positioned): void => {
      const at = node.position?.start;
      if (node.type === 'mdxjsEsm' && at) {
        if (at.line > 1) found.firstEsmLine ??= at.line;
        for (const statement of node.data?.estree?.body ?? []) {
          if (statement.type === 'ImportDeclaration' && typeof statement.source.value === 'string') {
            const loc = (statement as { loc?: { start: { line: number; column: number } } }).loc?.start;
            found.imports.push({
              source: statement.source.value,
              line: loc?.line ?? at.line,
              column: (loc?.column ?? at.column - 1) + 1,
            });
          }
        }
      }
      if (
        (node.type === 'mdxFlowExpression' ||
          node.type === 'mdxTextExpression' ||
          node.type === 'mdxJsxAttributeValueExpression') &&
        at
      ) {
        const statement = node.data?.estree?.body[0];
        if (statement?.type === 'ExpressionStatement')
          statement.expression = guarded(statement.expression, at.line, at.column);
      }
      for (const child of [...(node.children ?? []), ...(node.attributes ?? [])]) walk(child);
      const value = (node as { value?: unknown }).value;
      if (value && typeof value === 'object') walk(value as Positioned);
    };
    walk(tree);
  };
}

function guarded(expression: Expression, line: number, column: number): Expression {
  return {
    type: 'CallExpression',
    optional: false,
    callee: {
      type: 'MemberExpression',
      computed: false,
      optional: false,
      object: { type: 'Identifier', name: 'globalThis' },
      property: { type: 'Identifier', name: GUARD },
    },
    arguments: [
      { type: 'Literal', value: line },
      { type: 'Literal', value: column },
      {
        type: 'ArrowFunctionExpression',
        params: [],
        body: expression,
        expression: true,
        async: false,
        generator: false,
      },
    ],
  };
}

const EXTENSIONS = [
  '',
  '.js',
  '.mjs',
  '.cjs',
  '.ts',
  '.mts',
  '.jsx',
  '.tsx',
  '.astro',
  '.md',
  '.mdx',
  '.json',
  '.svelte',
  '.vue',
];

/** Whether the site build could find `source` imported from `file` (a file, or a package above it). */
function resolvable(source: string, file: string): boolean {
  if (/^(astro|node|virtual):/.test(source)) return true;
  if (source.startsWith('.') || source.startsWith('/')) {
    const target = path.resolve(path.dirname(file), source.replace(/[?#].*$/, ''));
    const isFile = (p: string) => statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
    return (
      EXTENSIONS.some((ext) => isFile(target + ext)) ||
      EXTENSIONS.slice(1).some((ext) => isFile(path.join(target, `index${ext}`)))
    );
  }
  const name = source.startsWith('@') ? source.split('/').slice(0, 2).join('/') : source.split('/')[0]!;
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'node_modules', name, 'package.json'))) return true;
    if (path.dirname(dir) === dir) return false;
  }
}

/** Stand-in JSX runtime: elements become plain objects; components (functions) are called, so they run. */
function runtime(): Record<string, unknown> {
  let depth = 0;
  const element = (type: unknown, props: Record<string, unknown>): unknown => {
    if (typeof type === 'function') {
      if (++depth > 200) throw new Error('components nest more than 200 deep');
      try {
        return (type as (p: unknown) => unknown)(props);
      } finally {
        depth--;
      }
    }
    return { type, props };
  };
  return { Fragment: Symbol('Fragment'), jsx: element, jsxs: element, jsxDEV: element };
}

const oneLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 200);

/**
 * Problems of one page. `text` is the whole file; the front matter (`frontmatterLines` lines,
 * already checked by the loader) is kept as blank lines so that positions match the file, and
 * its data is given to the page as `frontmatter`, as the site does.
 */
export async function checkMdxPage(
  file: string,
  text: string,
  frontmatterLines: number,
  frontmatter: unknown,
): Promise<MdxProblem[]> {
  const lines = text.split('\n');
  const body = [
    `export const frontmatter = ${JSON.stringify(frontmatter ?? {})}`,
    ...lines.slice(1, frontmatterLines).map(() => ''),
    ...lines.slice(frontmatterLines),
  ].join('\n');
  const found: Found = { imports: [] };
  let code: string;
  try {
    code = String(
      await compile(body, { outputFormat: 'function-body', development: true, remarkPlugins: [inspect(found)] }),
    );
  } catch (e) {
    return [syntaxProblem(e)];
  }
  const missing = found.imports.filter((i) => !resolvable(i.source, file));
  if (missing.length > 0) {
    return missing.map((i) => ({
      line: i.line,
      column: i.column,
      code: 'mdx-import' as const,
      message: `找不到导入的模块 "${i.source}"（相对于此页面所在的文件夹） / cannot find the imported module "${i.source}" (relative to this page's folder)`,
    }));
  }
  // A page that imports runs only in the site build (its modules may be Astro components).
  if (found.imports.length > 0) return [];
  return runPage(code, file, found.firstEsmLine);
}

/** Where and why a page does not compile (MDX syntax). */
function syntaxProblem(e: unknown): MdxProblem {
  const place = e as {
    line?: number;
    column?: number;
    place?: { line?: number; column?: number; start?: { line: number; column: number } };
  };
  const line = place.line ?? place.place?.start?.line ?? place.place?.line ?? 1;
  const column = place.column ?? place.place?.start?.column ?? place.place?.column ?? 1;
  return {
    line,
    column,
    code: 'mdx-syntax',
    message: `MDX 语法错误，网站无法生成此页：${oneLine(e)} / MDX syntax error, the site cannot build this page: ${oneLine(e)}`,
  };
}

/** Runs a compiled page that imports nothing as the site would: under a time limit, each expression located. */
async function runPage(code: string, file: string, firstEsmLine: number | undefined): Promise<MdxProblem[]> {
  const shared = globalThis as unknown as Record<string, unknown>;
  // The expression being run, for a page that never ends (an endless loop): reported there.
  let running: { line: number; column: number } | undefined;
  shared[GUARD] = (line: number, column: number, fn: () => unknown) => {
    const outer = running;
    running = { line, column };
    try {
      return fn();
    } catch (e) {
      throw e instanceof LocatedError ? e : new LocatedError(line, column, e);
    } finally {
      running = outer;
    }
  };
  // Run under vm's watchdog, which stops JavaScript that runs too long (the build would hang there).
  const timed = <T>(fn: () => T): T => {
    shared[CALL] = fn;
    try {
      return vm.runInThisContext(`globalThis.${CALL}()`, { timeout: RUN_LIMIT_MS }) as T;
    } finally {
      delete shared[CALL];
    }
  };
  try {
    const body = new AsyncFunction(code) as (options: unknown) => Promise<{ default: (props: unknown) => unknown }>;
    const page = await timed(() => body({ ...runtime(), baseUrl: pathToFileURL(file).href }));
    timed(() => page.default({}));
    return [];
  } catch (e) {
    return [runProblem(e, running, firstEsmLine)];
  } finally {
    delete shared[GUARD];
  }
}

/** What running a page hit: a failing expression, an endless loop, an undefined component or another error. */
function runProblem(
  e: unknown,
  running: { line: number; column: number } | undefined,
  firstEsmLine: number | undefined,
): MdxProblem {
  if (e instanceof LocatedError) {
    return {
      line: e.line,
      column: e.column,
      code: 'mdx-throws',
      message: `页面中的表达式出错，网站无法生成此页：${oneLine(e.reason)} / an expression on the page fails, the site cannot build it: ${oneLine(e.reason)}`,
    };
  }
  if ((e as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
    const at = running ?? { line: firstEsmLine ?? 1, column: 1 };
    return {
      ...at,
      code: 'mdx-throws',
      message: `页面的代码运行超过 ${RUN_LIMIT_MS / 1000} 秒仍未结束（死循环？），网站生成会卡住 / the page's code still runs after ${RUN_LIMIT_MS / 1000} s (an endless loop?); the site build would never end`,
    };
  }
  const place = /referenced in your code at `(\d+):(\d+)/.exec(e instanceof Error ? e.message : '');
  if (place) {
    const id = /`([^`]+)` to be defined/.exec((e as Error).message)?.[1] ?? '';
    return {
      line: Number(place[1]),
      column: Number(place[2]),
      code: 'mdx-missing-component',
      message: `组件 <${id}> 没有定义（忘了 import？） / the component <${id}> is not defined (a missing import?)`,
    };
  }
  return {
    line: firstEsmLine ?? 1,
    column: 1,
    code: 'mdx-throws',
    message: `页面的代码运行出错，网站无法生成此页：${oneLine(e)} / the page's code fails, the site cannot build it: ${oneLine(e)}`,
  };
}
