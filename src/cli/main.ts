/**
 * The `guifan` command line. Each command is a small function over the model;
 * errors from content are printed as diagnostics, never as stack traces.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Model } from '../model/index.ts';
import { describeSystemError, isSystemError, Refusal, ReportedError, UsageError } from './errors.ts';
import { makeFolder } from './make-folder.ts';
import { cmdPdf } from './cmd-pdf.ts';
import { ContentInvalid, type Io, loadModel, RESTORED, reportDiagnostics } from './command-io.ts';

export { UsageError };
// For bench/child-build.ts, which runs `guifan build`'s function from the bundle when it is fresh.
export { runBuild } from './build.ts';

const USAGE = `guifan — 服务规范内容工具 / service standards as structured content

用法 / usage:
  guifan check  [--content DIR] [--format text|json]   检查内容 / validate content
  guifan new    DIR                                     新建单位内容 / scaffold a new organisation
  guifan build  [--content DIR] [--out DIR] [--staff-out DIR] [--shard i/n | --units ID,… [--group]]
                                                        生成网站和 PDF / build site + PDFs
                                                        （--shard：只生成一部分单位，供多台机器并行 / one slice of the units, for a CI matrix）
  guifan merge  SHARD_DIR… --out DIR [--staff-out DIR]  合并各分片为一个网站 / assemble the shards into one site
  guifan pdf    [--content DIR] [--out DIR] [--staff-out DIR] [--only KIND[:SCOPE]]
                                                        只生成 PDF / build PDFs only
  guifan import FILE [--kind norms|etiquette|commitments|quiz] [--content DIR] [--out PATH] [--id ID] [--dry-run]
               [--split | --no-split] [--strength-words plain|strict] [--gift FILE] [--moodle FILE]
                                                        导入已有文件 / import .docx/.txt/.md (.xlsx question banks)
  guifan dev    [--content DIR] [--port N]              本地预览，改内容即刷新 / live preview
  guifan schemas [--out DIR]                            生成编辑器用的 JSON Schema / write JSON Schemas

默认 / defaults: --content content  --out dist  --staff-out <out>-staff
试卷和答案只写入 --staff-out（员工资料，不随网站发布） / quiz papers and keys go only to --staff-out (staff material, never published)`;

const defaultIo: Io = {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
};

async function cmdCheck(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      content: { type: 'string', default: 'content' },
      format: { type: 'string', default: 'text' },
      since: { type: 'string' },
      out: { type: 'string', default: 'dist' },
    },
  });
  if (values.format !== 'text' && values.format !== 'json')
    throw new UsageError(`--format 只能是 text 或 json / --format must be text or json`);
  // Drafts are checked like everything else.
  const { model, partial, diagnostics: loaded } = await loadModel(values.content, { drafts: true });
  // Against the last published version (--since, else the output's model.json): a changed document needs a new version.
  const versions = model
    ? await (await import('./versions.ts')).versionWarningsSince(model, {
        contentDir: values.content,
        outDir: values.out,
        ...(values.since !== undefined ? { since: values.since } : {}),
        drafts: true,
      })
    : [];
  const diagnostics = [...loaded, ...versions];
  // The question bank is checked too: hand-written questions it must leave out are warnings.
  const quiz = model ? (await import('../quiz/check.ts')).runQuizCheck(model) : undefined;
  // What the build would fail on (fonts, posters, MDX pages), also when the content has errors.
  const { preflight } = await import('./preflight.ts');
  const early = diagnostics.some((d) => d.code === 'no-content-dir')
    ? []
    : await preflight(values.content, model ?? partial);
  const { sortDiagnostics } = await import('../model/diagnostics.ts');
  const all = sortDiagnostics([...diagnostics, ...early, ...(quiz?.diagnostics ?? [])]);
  const valid = model !== undefined && !early.some((d) => d.severity === 'error');
  await reportDiagnostics(all, io, values.format);
  if (values.format === 'text' && model) {
    io.out(summary(model));
    if (quiz) io.out(quiz.text);
    if (!all.length) io.out('内容检查通过 / content is valid');
  }
  return valid ? 0 : 1;
}

function summary(m: Model): string {
  let clauses = 0;
  const count = (list: readonly { children: unknown[] }[]): void => {
    for (const c of list) {
      clauses++;
      count(c.children as { children: unknown[] }[]);
    }
  };
  for (const d of m.documents) count(d.clauses);
  const phrases = m.etiquette.flatMap((e) => e.situations.flatMap((s) => s.phrases)).length;
  const forbidden = m.etiquette.flatMap((e) => e.situations.flatMap((s) => s.forbidden)).length;
  const commitments = new Set(m.units.flatMap((u) => u.commitments.map((c) => c.id))).size;
  const questions = m.quizzes.reduce((n, q) => n + q.questions.length, 0);
  return `${m.organisation.name}：${m.units.length} 个单位，${m.documents.length} 份规范 ${clauses} 条，规范用语 ${phrases} 条、忌语 ${forbidden} 条，承诺 ${commitments} 项，流程 ${m.processes.length} 个，题目 ${questions} 道 / ${m.units.length} units, ${m.documents.length} documents, ${clauses} clauses, ${phrases} phrases, ${forbidden} forbidden phrases, ${commitments} commitments, ${m.processes.length} processes, ${questions} questions`;
}

async function cmdNew(args: string[], io: Io): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const dir = positionals[0];
  if (!dir) throw new UsageError('请给出新目录 / give the new directory: guifan new DIR');
  const { scaffold } = await import('./scaffold.ts');
  const files = await scaffold(dir);
  io.out(`已创建 ${files.length} 个文件于 ${dir} / created ${files.length} files in ${dir}`);
  io.out(`下一步 / next: guifan check --content ${dir}`);
  return 0;
}

async function cmdBuild(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      content: { type: 'string', default: 'content' },
      out: { type: 'string', default: 'dist' },
      'staff-out': { type: 'string' },
      'no-site': { type: 'boolean', default: false },
      'no-pdf': { type: 'boolean', default: false },
      since: { type: 'string' },
      drafts: { type: 'boolean', default: false },
      shard: { type: 'string' },
      units: { type: 'string' },
      group: { type: 'boolean', default: false },
    },
  });
  const slice = await sliceRequest(values);
  const t0 = performance.now();
  const { runBuild } = await import('./build.ts');
  // runBuild loads the content itself: the site's process starts meanwhile.
  const built = await runBuild({
    contentDir: values.content,
    outDir: values.out,
    ...(values['staff-out'] !== undefined ? { staffDir: values['staff-out'] } : {}),
    site: !values['no-site'],
    pdf: !values['no-pdf'],
    onDiagnostics: (diagnostics) => reportDiagnostics(diagnostics, io, 'text'),
    onRestored: () => io.err(RESTORED(values.out)),
    ...(values.since !== undefined ? { since: values.since } : {}),
    drafts: values.drafts,
    ...(slice ? { slice } : {}),
    onVersions: async (step) => (await import('./versions.ts')).reportVersionStep(step, io.out, io.err),
  });
  if (!built.model) throw new ContentInvalid();
  for (const note of built.printNotes) io.out(note);
  for (const note of built.offlineNotes) io.out(note);
  if (built.siteReused)
    io.out(
      '网站页面与搜索索引：内容与程序都没有改变，沿用上次生成的 / site pages and search index: taken from the last build (neither the content nor guifan changed)',
    );
  if (built.siteBundlesReused)
    io.out('网站程序：沿用上次生成时打包的代码 / site: code bundles reused from the last build');
  if (built.printCache)
    io.out(
      `PDF：重用 ${built.printCache.reused} 个，新做 ${built.printCache.made} 个 / PDFs: ${built.printCache.reused} reused from the cache, ${built.printCache.made} made`,
    );
  io.out(
    `已生成 ${values.out}（${((performance.now() - t0) / 1000).toFixed(1)} 秒） / built ${values.out} in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  return 0;
}

/** `--shard i/n` or `--units a,b [--group]`: which slice of the group to build (src/model/shard.ts). */
async function sliceRequest(values: {
  shard?: string | undefined;
  units?: string | undefined;
  group?: boolean | undefined;
}): Promise<import('./shard-manifest.ts').SliceRequest | undefined> {
  if (values.shard !== undefined && values.units !== undefined)
    throw new UsageError('--shard 和 --units 只能用一个 / give --shard or --units, not both');
  if (values.group && values.units === undefined)
    throw new UsageError('--group 只与 --units 一起用 / --group goes with --units');
  if (values.shard !== undefined) {
    const { parseShard, SliceError } = await import('../model/shard.ts');
    try {
      return { shard: parseShard(values.shard) };
    } catch (e) {
      throw e instanceof SliceError ? new UsageError(e.message) : e;
    }
  }
  if (values.units !== undefined)
    return {
      units: values.units
        .split(',')
        .map((u) => u.trim())
        .filter(Boolean),
      group: values.group === true,
    };
  return undefined;
}

async function cmdMerge(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string' }, 'staff-out': { type: 'string' } },
  });
  if (values.out === undefined)
    throw new UsageError('请用 --out 指定合并后的输出文件夹 / give the merged output folder with --out');
  if (positionals.length === 0)
    throw new UsageError('请给出各分片的输出文件夹 / give the shards’ out folders: guifan merge SHARD_DIR… --out DIR');
  const t0 = performance.now();
  const { runMerge } = await import('./merge.ts');
  const merged = await runMerge({
    shards: positionals,
    outDir: values.out,
    ...(values['staff-out'] !== undefined ? { staffDir: values['staff-out'] } : {}),
  });
  for (const note of merged.offlineNotes) io.out(note);
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  io.out(
    `已合并 ${merged.manifests.length} 个分片到 ${values.out}：${merged.files} 个文件，员工资料 ${merged.staffFiles} 个（${seconds} 秒） / merged ${merged.manifests.length} shards into ${values.out}: ${merged.files} files, ${merged.staffFiles} staff files in ${seconds} s`,
  );
  return 0;
}

async function cmdDev(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      content: { type: 'string', default: 'content' },
      port: { type: 'string', default: '4321' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port 应为端口号 / --port must be a port number`);
  const { allowTypeScriptImports, importExternal } = await import('./external.ts');
  await allowTypeScriptImports();
  const { runDev } = await importExternal<typeof import('./dev.ts')>(new URL('./dev.ts', import.meta.url).href);
  await runDev({ contentDir: values.content, port, host: values.host, log: io.out });
  // The dev server keeps the process alive until Ctrl-C.
  return new Promise<number>(() => {});
}

async function cmdImport(args: string[], io: Io): Promise<number> {
  const mod = (await import('../import/cli.ts')) as { runImportCli?: (args: string[], io: Io) => Promise<number> };
  if (!mod.runImportCli) throw new UsageError('import 功能不可用 / import is not available');
  return mod.runImportCli(args, io);
}

async function cmdSchemas(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string', default: 'public/schemas' } } });
  const { writeJsonSchemas } = await import('../model/jsonschema.ts');
  // Made here one level at a time: a recursive mkdir can spin for ever (make-folder.ts).
  makeFolder(values.out);
  const files = await writeJsonSchemas(values.out);
  io.out(
    `已写入 ${files.length} 个 JSON Schema 到 ${values.out} / wrote ${files.length} JSON Schemas to ${values.out}`,
  );
  return 0;
}

const COMMANDS: Record<string, (args: string[], io: Io) => Promise<number>> = {
  check: cmdCheck,
  new: cmdNew,
  build: cmdBuild,
  pdf: cmdPdf,
  merge: cmdMerge,
  import: cmdImport,
  dev: cmdDev,
  schemas: cmdSchemas,
};

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    io.out(USAGE);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.err(`未知命令 "${command}" / unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await run(rest, io);
  } catch (e) {
    if (e instanceof ContentInvalid) return 1;
    const err = e as Error & { code?: string };
    if (e instanceof UsageError || err.code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`${err.message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof Refusal) {
      io.err(err.message);
      return 2;
    }
    // Renderer errors that concern content (overflowing poster, missing glyph) carry their own
    // wording; system errors (a full disk, a folder that cannot be written) are worded here.
    const message = e instanceof ReportedError ? err.message : isSystemError(e) ? describeSystemError(e) : err.message;
    io.err(`失败 / failed: ${message}`);
    if (process.env.GUIFAN_DEBUG) io.err(err.stack ?? '');
    return 1;
  }
}

// Also runnable as `npx tsx src/cli/main.ts …` (bin.mjs is the installed entry point).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // No top-level await: the precompiled bundle (src/cli/bundle.mjs) may be loaded as a script.
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
