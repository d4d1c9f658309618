/**
 * System errors (a file that cannot be read, a full disk) in words a non-programmer can act
 * on: Chinese first, English alongside, naming the file. Shared by the content loader and the
 * command line.
 */

const WORDS: Record<string, [zh: string, en: string]> = {
  EACCES: ['没有权限访问', 'permission denied for'],
  EPERM: ['操作不被允许', 'operation not permitted on'],
  EROFS: ['所在磁盘是只读的，无法写入', 'read-only file system, cannot write'],
  ENOSPC: ['磁盘空间不足，无法写入', 'no space left on the device while writing'],
  EDQUOT: ['磁盘配额已用完，无法写入', 'disk quota exceeded while writing'],
  EISDIR: ['这是一个文件夹，不是文件', 'this is a folder, not a file'],
  ENOTDIR: ['路径中有一部分是文件，不是文件夹', 'a part of the path is a file, not a folder'],
  ELOOP: ['符号链接循环指向自己', 'the symbolic links loop back on themselves at'],
  EBUSY: ['正被占用（可能是挂载点或正被其他程序使用）', 'busy (a mount point, or in use by another program)'],
  ENOENT: ['找不到（或链接指向的文件不存在）', 'not found (or a link pointing at nothing)'],
  EEXIST: ['已经存在', 'already exists'],
  ENAMETOOLONG: ['路径过长', 'path too long'],
  EMFILE: ['同时打开的文件太多', 'too many open files while reading'],
  ENFILE: ['系统打开的文件太多', 'too many open files in the system while reading'],
  EIO: ['读写磁盘时出错', 'input/output error on'],
  EXDEV: ['不能跨磁盘移动', 'cannot move across devices'],
  ENOTEMPTY: ['文件夹不是空的', 'folder not empty'],
};

export interface SystemError extends Error {
  code?: string;
  path?: string;
  syscall?: string;
}

export function isSystemError(e: unknown): e is SystemError & { code: string } {
  return (
    e instanceof Error && typeof (e as SystemError).code === 'string' && /^E[A-Z]+$/.test((e as SystemError).code!)
  );
}

/**
 * "磁盘空间不足，无法写入：/srv/site（ENOSPC） / no space left on the device while writing: /srv/site (ENOSPC)".
 * `where` names the file when the error carries none (or carries a scratch path to hide).
 */
export function describeSystemError(e: SystemError, where?: string): string {
  const code = e.code ?? '';
  const file = where ?? e.path ?? '';
  // ENOENT from mkdir: the place cannot hold a folder (e.g. under /proc), not "not found".
  const words =
    code === 'ENOENT' && e.syscall === 'mkdir'
      ? (['无法在此创建文件夹', 'a folder cannot be created at'] as [string, string])
      : WORDS[code];
  const at = file ? `：${file}` : '';
  const atEn = file ? `: ${file}` : '';
  if (words) return `${words[0]}${at}（${code}） / ${words[1]}${atEn} (${code})`;
  return `系统错误${at}（${code || e.name}） / system error${atEn} (${code || e.name}: ${e.message.split('\n')[0]})`;
}
