/**
 * The house rules of issue 21 that no formatter checks: no function in src/ over 80 lines and no
 * file over 400 lines, unless a reason is written where a reader meets it — `Long: <why>` (or `Long (…): <why>`) in the
 * comment just above the function (or the statement that holds it), or in the file's header
 * comment. A reason is a sentence, not the word alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const FUNCTION_LINES = 80;
const FILE_LINES = 400;
const REASON = /\bLong\b[^:\n]{0,40}:\s*\S.{10,}/;
const FILE_REASON = REASON;

const walk = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
const sources = walk('src').filter((f) => /\.(ts|mjs|astro)$/.test(f));

/** The comments a reader sees above a node: its own leading comments and those of the statements holding it. */
function commentsAbove(node: ts.Node, text: string): string {
  let out = '';
  for (let n: ts.Node | undefined = node; n && !ts.isSourceFile(n); n = n.parent) {
    for (const r of ts.getLeadingCommentRanges(text, n.getFullStart()) ?? []) out += `${text.slice(r.pos, r.end)}\n`;
    if (ts.isBlock(n.parent ?? n) || ts.isSourceFile(n.parent ?? n)) break;
  }
  return out;
}

function longFunctions(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (n: ts.Node): void => {
    if (
      ts.isFunctionDeclaration(n) ||
      ts.isMethodDeclaration(n) ||
      ts.isArrowFunction(n) ||
      ts.isFunctionExpression(n)
    ) {
      const start = sf.getLineAndCharacterOfPosition(n.getStart()).line;
      const lines = sf.getLineAndCharacterOfPosition(n.getEnd()).line - start + 1;
      if (lines > FUNCTION_LINES && !REASON.test(commentsAbove(n, text)))
        found.push(`${file}:${start + 1} (${lines} lines)`);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

describe('house rules (issue 21)', () => {
  it(`no function in src/ is over ${FUNCTION_LINES} lines without a "Long:" reason above it`, () => {
    expect(sources.filter((f) => !f.endsWith('.astro')).flatMap(longFunctions)).toEqual([]);
  });

  it(`no file in src/ is over ${FILE_LINES} lines without a "Long:" reason in its header`, () => {
    const long = sources.filter((f) => {
      const text = fs.readFileSync(f, 'utf8');
      return text.split('\n').length > FILE_LINES && !FILE_REASON.test(text.slice(0, 1500));
    });
    expect(long).toEqual([]);
  });

  it('every room of src/ says what it owns in a README', () => {
    const rooms = fs
      .readdirSync('src', { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(rooms.filter((r) => !fs.existsSync(path.join('src', r, 'README.md')))).toEqual([]);
  });
});
