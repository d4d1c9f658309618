/**
 * Compares two directories of PDFs object by object with every Flate stream inflated, so that a
 * change of compressor (pako → zlib) can be shown to leave what is printed untouched even though
 * the bytes differ. Exit code 1 on any difference.
 *
 *   npx tsx bench/experiments/print-same-content.ts BEFORE_DIR AFTER_DIR
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';

async function objects(file: string): Promise<Map<string, string>> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const out = new Map<string, string>();
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    if (object instanceof PDFRawStream) {
      const filter = object.dict.get(PDFName.of('Filter'));
      const raw = object.getContents();
      const body = filter?.toString() === '/FlateDecode' ? inflateSync(raw) : Buffer.from(raw);
      const dict = object.dict.clone();
      dict.delete(PDFName.of('Length'));
      out.set(ref.toString(), `${dict.toString()}\n${body.toString('latin1')}`);
    } else out.set(ref.toString(), object.toString());
  }
  return out;
}

const [before, after] = process.argv.slice(2) as [string, string];
let differences = 0;
const files = readdirSync(before)
  .filter((f) => f.endsWith('.pdf'))
  .sort();
for (const file of files) {
  const [a, b] = await Promise.all([objects(path.join(before, file)), objects(path.join(after, file))]);
  const keys = new Set([...a.keys(), ...b.keys()]);
  const differing = [...keys].filter((k) => a.get(k) !== b.get(k));
  if (differing.length > 0) {
    differences++;
    console.log(`${file}: ${differing.length} of ${keys.size} objects differ (${differing.slice(0, 5).join(', ')})`);
  }
}
console.log(`${files.length - differences} of ${files.length} files have the same objects and inflated streams`);
process.exitCode = differences > 0 ? 1 : 0;
