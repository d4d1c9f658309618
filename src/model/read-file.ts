/**
 * One content file from disk: its bytes checked (a regular file, within the size limit, UTF-8,
 * no NUL) and decoded to text, then parsed as YAML by source.ts. Every problem is a diagnostic.
 */
import type { Stats } from 'node:fs';
import { readFileSync, statSync } from 'node:fs';
import type { Diagnostics } from './diagnostics.ts';
import { LIMITS, positionInText } from './source.ts';
import { describeSystemError, type SystemError } from './system-error.ts';
import type { SourceRef } from './types.ts';

/**
 * Reads bytes, checks size and encoding, then parses. Undefined when the text cannot be had at all.
 * Read synchronously: a load reads its files one after another, and at 100× (1,600 files) waiting
 * for each read to come back from the thread pool left the process idle about a second.
 */
export async function readTextFile(absPath: string, file: string, diags: Diagnostics): Promise<string | undefined> {
  const start: SourceRef = { file, line: 1, column: 1 };
  let info: Stats;
  try {
    info = statSync(absPath);
  } catch (e) {
    diags.error(start, '', 'file-unreadable', describeSystemError(e as SystemError, file));
    return undefined;
  }
  const problem = notReadableAsText(info, file);
  if (problem) {
    diags.error(start, '', problem.code, problem.message);
    return undefined;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(absPath);
  } catch (e) {
    diags.error(start, '', 'file-unreadable', describeSystemError(e as SystemError, file));
    return undefined;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    diags.error(
      positionInText(prefix, prefix.length, file),
      '',
      'invalid-utf8',
      `文件不是 UTF-8 编码（此处有无法识别的字节），请用 UTF-8 另存 / the file is not valid UTF-8 here; save it as UTF-8`,
    );
    return undefined;
  }
  if (text.charCodeAt(0) === 0xfeff) {
    // TextDecoder already drops a leading BOM unless told otherwise; this handles a doubled one.
    text = text.slice(1);
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    diags.warning(
      start,
      '',
      'bom',
      '文件开头有 BOM 标记，已忽略；建议保存为无 BOM 的 UTF-8 / the file starts with a byte-order mark (ignored); save as UTF-8 without BOM',
    );
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    diags.error(
      positionInText(text, nul, file),
      '',
      'control-character',
      '文件含有空字符（NUL），可能不是文本文件 / the file contains a NUL character; is it a text file?',
    );
    return undefined;
  }
  return text;
}

/** Why a path that exists cannot be read as a content file (a folder, a pipe or device, too large), or undefined. */
function notReadableAsText(info: Stats, file: string): { code: string; message: string } | undefined {
  if (info.isDirectory())
    return {
      code: 'not-a-file',
      message: `${file} 是一个文件夹，不是文件；请改名（去掉 .yaml/.mdx 结尾）或移走 / ${file} is a folder, not a file; rename it (without .yaml/.mdx) or move it away`,
    };
  // A named pipe would block the read for ever.
  if (!info.isFile())
    return {
      code: 'not-a-file',
      message: `${file} 不是普通文件（可能是管道或设备），无法读取 / ${file} is not a regular file (a pipe or a device) and cannot be read`,
    };
  if (info.size > LIMITS.fileBytes)
    return {
      code: 'file-too-large',
      message: `文件过大（${(info.size / 1024 / 1024).toFixed(1)} MB，上限 ${LIMITS.fileBytes / 1024 / 1024} MB），请拆分为多个文件 / file too large (${info.size} bytes, limit ${LIMITS.fileBytes}); split it into several files`,
    };
  return undefined;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
