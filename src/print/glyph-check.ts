/**
 * `guifan check`'s look at the fonts: every character of every text value in the content files
 * must have a glyph in the fonts the print templates use (regular and bold, or the template's
 * fallback), because the PDFs fail on one that has none. Reported at the character itself
 * (file, line, column), in the same words as the build's error. Works on the YAML text, so it
 * runs even when other content errors keep the model from loading.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isPair, isScalar, LineCounter, parseDocument, visit, type Scalar } from 'yaml';
import type { Diagnostic } from '../model/diagnostics.ts';
import { KINDS } from '../model/schema/kinds.ts';
import { FontCache } from './fonts.ts';
import { Measure } from './measure.ts';
import type { Template } from './templates.ts';

/** Fields whose values are tokens (ids, references, enum values, URLs, dates), never printed as text. */
const TOKEN_FIELDS = new Set([
  'id',
  'role',
  'roles',
  'cites',
  'instead',
  'parent',
  'under',
  'document',
  'documents',
  'clause',
  'next',
  'to',
  'units',
  'exclude',
  'excludeCommitments',
  'type',
  'strength',
  'topic',
  'comparator',
  'industry',
  'kind',
  'difficulty',
  'baseUrl',
  'url',
  'language',
  'effective',
  'startNumber',
  'numbering',
  'public',
  'value',
]);

const YAML_FILE = /\.ya?ml$/;
const MAX_BYTES = 2 * 1024 * 1024;

/** Content YAML files, relative, as the loader finds them (top level and each kind's folder). */
function contentFiles(contentDir: string): string[] {
  const list = (dir: string): string[] => {
    try {
      return readdirSync(path.join(contentDir, dir))
        .filter((n) => YAML_FILE.test(n) && !n.startsWith('.'))
        .map((n) => (dir ? `${dir}/${n}` : n));
    } catch {
      return [];
    }
  };
  const dirs = new Set(
    Object.values(KINDS)
      .filter((k) => k.many)
      .map((k) => k.pattern.split('/')[0]!),
  );
  return [...list(''), ...[...dirs].flatMap(list)].sort();
}

/** The field a scalar is the value of (for an item of a list, the list's field). */
function fieldOf(path: readonly unknown[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const node = path[i];
    if (isPair(node) && isScalar(node.key)) return String(node.key.value);
  }
  return undefined;
}

/**
 * Whether no value of this file can hold a character the fonts lack, seen from its text alone
 * (parsing the YAML was most of this check's time): every character of the text is printable,
 * and there is no backslash, so no escape in a double-quoted value makes another character. A
 * folded line break becomes a space, which must be printable too. Otherwise the file is parsed.
 */
function allPrintable(text: string, printable: (cp: number) => boolean): boolean {
  if (text.includes('\\') || !printable(0x20)) return false;
  for (const ch of text) if (ch !== '\n' && !printable(ch.codePointAt(0)!)) return false;
  return true;
}

export function checkGlyphs(contentDir: string, templates: readonly Template[], fonts = new FontCache()): Diagnostic[] {
  // One Measure per distinct set of fonts: the templates usually share theirs.
  const measures = new Map<string, Measure>();
  for (const t of templates) {
    const key = JSON.stringify(t.fonts);
    if (!measures.has(key)) measures.set(key, new Measure(fonts, t));
  }
  const covered = new Map<number, boolean>();
  const printable = (cp: number): boolean => {
    let ok = covered.get(cp);
    if (ok === undefined) {
      ok = [...measures.values()].every((m) => m.face('regular', cp) !== undefined && m.face('bold', cp) !== undefined);
      covered.set(cp, ok);
    }
    return ok;
  };
  const fontNote = templates[0] ? `templates/${path.basename(templates[0].file)}` : 'templates/';
  const diagnostics: Diagnostic[] = [];
  for (const file of contentFiles(contentDir)) {
    const abs = path.join(contentDir, file);
    let text: string;
    try {
      if (!statSync(abs).isFile() || statSync(abs).size > MAX_BYTES) continue;
      text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(abs));
    } catch {
      // Unreadable or not UTF-8: the loader reports it.
      continue;
    }
    if (allPrintable(text, printable)) continue;
    const lineCounter = new LineCounter();
    let doc: ReturnType<typeof parseDocument>;
    try {
      doc = parseDocument(text, { lineCounter, logLevel: 'silent' });
    } catch {
      continue;
    }
    if (doc.errors.length > 0) continue;
    const seen = new Set<string>();
    visit(doc, {
      Scalar(key, node: Scalar, path) {
        if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
        if (TOKEN_FIELDS.has(fieldOf(path) ?? '')) return;
        for (const ch of node.value) {
          const cp = ch.codePointAt(0)!;
          if (ch === '\n' || printable(cp)) continue;
          // At the character itself when it is written as is; at the value when escaped ("\uE000").
          const found = text.indexOf(ch, node.range[0]);
          const offset = found >= 0 && found < node.range[1] ? found : node.range[0];
          const { line, col } = lineCounter.linePos(offset);
          const once = `${line}:${cp}`;
          if (seen.has(once)) continue;
          seen.add(once);
          const hex = cp.toString(16).toUpperCase().padStart(4, '0');
          diagnostics.push({
            severity: 'error',
            file,
            line,
            column: col,
            path: '',
            code: 'missing-glyph',
            message:
              `打印用的字体中没有字符「${ch}」(U+${hex})，生成 PDF 时会失败；请改写这段文字，或在模板（如 ${fontNote}）中设置 fonts.fallback / ` +
              `the print font has no glyph for "${ch}" (U+${hex}), so the PDFs would fail; rewrite the text or set fonts.fallback in the templates (e.g. ${fontNote})`,
          });
        }
      },
    });
  }
  return diagnostics;
}
