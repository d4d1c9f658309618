/**
 * Dev tool: lay out one process file and write its SVG, optionally with screenshots.
 *
 *   npx tsx src/diagram/preview.ts content/processes/x.yaml out.svg [--png out-prefix]
 *
 * Reads the YAML with the content schema directly (roles from ../roles.yaml beside it) so a single
 * file can be previewed; the real pipeline gets `Process` objects from the model. With --png it also
 * screenshots the chart in Chromium at 390 px and 1280 px (out-prefix-390.png, out-prefix-1280.png).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ProcessFile } from '../model/schema/processes.ts';
import { RolesFile } from '../model/schema/organisation.ts';
import type { Process, ProcessNode } from '../model/types/processes.ts';
import type { Role } from '../model/types.ts';
import { layoutProcess } from './layout/index.ts';
import { processToSvg } from './svg.ts';

export function processFromFile(file: string): { process: Process; roles: Role[] } {
  const data = ProcessFile.parse(parse(readFileSync(file, 'utf8')));
  const source = { file, line: 1, column: 1 };
  const nodes: ProcessNode[] = data.nodes.map((n) => ({
    id: n.id,
    type: n.type,
    label: n.label,
    role: n.role,
    ...(n.timeLimit !== undefined ? { timeLimit: n.timeLimit } : {}),
    clauses: n.clauses ?? [],
    next:
      n.type === 'decision'
        ? n.branches.map((b) => ({ to: b.to, label: b.label }))
        : n.type === 'end'
          ? []
          : [{ to: n.next }],
    processId: data.id,
    source,
  }));
  const lanes: string[] = [];
  for (const n of nodes) if (!lanes.includes(n.role)) lanes.push(n.role);
  const rolesFile = path.join(path.dirname(file), '..', 'roles.yaml');
  const roles: Role[] = existsSync(rolesFile)
    ? RolesFile.parse(parse(readFileSync(rolesFile, 'utf8'))).roles.map((r) => ({ id: r.id, name: r.name, source }))
    : [];
  const process: Process = {
    id: data.id,
    title: data.title,
    ...(data.description !== undefined ? { description: data.description } : {}),
    units: data.units,
    nodes,
    startId: nodes.find((n) => n.type === 'start')?.id ?? nodes[0]?.id ?? '',
    lanes,
    source,
  };
  return { process, roles };
}

/** Screenshots an SVG as it would sit in a page column at the given viewport widths. */
export async function screenshotSvg(svg: string, prefix: string, widths: number[] = [390, 1280]): Promise<string[]> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const files: string[] = [];
  try {
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.setContent(
        `<!doctype html><html lang="zh-CN"><body style="margin:0;padding:16px;font-family:sans-serif"><main style="max-width:960px;margin:auto"><div style="overflow-x:auto">${svg}</div></main></body></html>`,
      );
      const file = `${prefix}-${width}.png`;
      await page.screenshot({ path: file, fullPage: true });
      files.push(file);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return files;
}

async function main(argv: string[]): Promise<void> {
  const [input, output] = argv;
  if (!input || !output) {
    console.error('usage: npx tsx src/diagram/preview.ts content/processes/x.yaml out.svg [--png out-prefix]');
    process.exitCode = 2;
    return;
  }
  const { process: proc, roles } = processFromFile(input);
  const layout = await layoutProcess(proc, roles);
  const svg = processToSvg(layout, { idPrefix: `${proc.id}-` });
  writeFileSync(output, svg);
  console.log(
    `${output}: ${layout.width}×${layout.height} units, ${layout.nodes.length} nodes, min display width ${layout.minDisplayWidth}px`,
  );
  const pngAt = argv.indexOf('--png');
  const prefix = pngAt >= 0 ? argv[pngAt + 1] : undefined;
  if (prefix) for (const file of await screenshotSvg(svg, prefix)) console.log(file);
}

if (import.meta.url === `file://${process.argv[1] ?? ''}` || process.argv[1]?.endsWith('preview.ts'))
  await main(process.argv.slice(2));
