/**
 * JSON Schemas generated from the zod schemas, one per content kind, so editors
 * (VS Code's YAML extension, JetBrains IDEs) validate and complete the YAML
 * files as people type. `guifan schemas` writes them; `guifan new` ships them.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { KINDS, type Kind } from './schema/kinds.ts';
import { PageFrontmatter } from './schema/pages.ts';

export function jsonSchemaFor(kind: Kind): object {
  // io: 'input' describes what authors write (before defaults and transforms).
  return z.toJSONSchema(KINDS[kind].schema, { io: 'input', unrepresentable: 'any' });
}

export function schemaFileName(kind: Kind): string {
  return `${kind}.schema.json`;
}

/** Writes one schema per kind into dir; returns the written paths. */
export async function writeJsonSchemas(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const kind of Object.keys(KINDS) as Kind[]) {
    const file = path.join(dir, schemaFileName(kind));
    await writeFile(file, `${JSON.stringify(jsonSchemaFor(kind), null, 2)}\n`);
    written.push(file);
  }
  const page = path.join(dir, 'page.schema.json');
  await writeFile(
    page,
    `${JSON.stringify(z.toJSONSchema(PageFrontmatter, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`,
  );
  written.push(page);
  return written;
}

/**
 * VS Code settings (redhat.vscode-yaml) mapping content files to their schemas.
 * contentPrefix is the content directory relative to the workspace root ('' when it is the root).
 */
export function vscodeYamlSettings(schemaDir: string, contentPrefix: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const p = contentPrefix ? `${contentPrefix.replace(/\/$/, '')}/` : '';
  for (const [kind, spec] of Object.entries(KINDS) as [Kind, (typeof KINDS)[Kind]][]) {
    const glob = spec.pattern.replace(/\.yaml$/, '.{yaml,yml}');
    out[`${schemaDir}/${schemaFileName(kind)}`] = [`${p}${glob}`];
  }
  return out;
}
