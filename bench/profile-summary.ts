/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time per function
 * and per package, so a missed target can be traced to its cause.
 *
 *   npx tsx bench/profile-summary.ts PROFILE.cpuprofile [TOP]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  functions: { name: string; where: string; selfMs: number }[];
  packages: { name: string; selfMs: number }[];
}

/** node_modules/<pkg> (or @scope/pkg), src/<dir>, or the runtime. */
function packageOf(url: string): string {
  if (!url) return '(native/gc)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1]!;
  const src = /\/(src\/[^/]+)\//.exec(url);
  if (src) return src[1]!;
  if (url.startsWith('node:')) return 'node';
  return path.basename(url);
}

export function summariseProfile(file: string, top = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const fn = new Map<string, { name: string; where: string; selfMs: number }>();
  const pkg = new Map<string, number>();
  let total = 0;
  for (const [id, us] of self) {
    const n = byId.get(id);
    if (!n) continue;
    const ms = us / 1000;
    total += ms;
    const { functionName, url, lineNumber } = n.callFrame;
    const where = url ? `${url.replace(/^file:\/\//, '').replace(/^.*\/work\/main\//, '')}:${lineNumber + 1}` : '';
    const key = `${functionName}@${where}`;
    const entry = fn.get(key) ?? { name: functionName || '(anonymous)', where, selfMs: 0 };
    entry.selfMs += ms;
    fn.set(key, entry);
    const p = packageOf(url);
    pkg.set(p, (pkg.get(p) ?? 0) + ms);
  }
  return {
    totalMs: total,
    functions: [...fn.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, top),
    packages: [...pkg.entries()]
      .map(([name, selfMs]) => ({ name, selfMs }))
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top),
  };
}

export function formatProfileSummary(s: ProfileSummary): string {
  const pct = (ms: number): string => `${((100 * ms) / s.totalMs).toFixed(1).padStart(5)} %`;
  const lines = [`sampled ${(s.totalMs / 1000).toFixed(2)} s`, '', 'self time by package:'];
  for (const p of s.packages)
    lines.push(`  ${pct(p.selfMs)}  ${(p.selfMs / 1000).toFixed(2).padStart(7)} s  ${p.name}`);
  lines.push('', 'self time by function:');
  for (const f of s.functions)
    lines.push(`  ${pct(f.selfMs)}  ${(f.selfMs / 1000).toFixed(2).padStart(7)} s  ${f.name}  ${f.where}`);
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [file, top = '25'] = process.argv.slice(2);
  if (!file) {
    console.error('usage: tsx bench/profile-summary.ts PROFILE.cpuprofile [TOP]');
    process.exit(2);
  }
  console.log(formatProfileSummary(summariseProfile(file, Number(top))));
}
