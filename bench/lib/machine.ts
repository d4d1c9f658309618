/** The machine a result was measured on, stored with every result file. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryBytes: number;
  node: string;
  os: string;
  kernel: string;
  chromium?: string;
  /** 1-, 5- and 15-minute load averages when the run started: other work on the machine skews wall times. */
  loadAverageAtStart: number[];
}

function osName(): string {
  try {
    const rel = readFileSync('/etc/os-release', 'utf8');
    return /^PRETTY_NAME="?([^"\n]*)"?/m.exec(rel)?.[1] ?? os.type();
  } catch {
    return `${os.type()} ${os.release()}`;
  }
}

export function describeMachine(chromiumPath = '/usr/bin/chromium'): Machine {
  let chromium: string | undefined;
  try {
    chromium = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', timeout: 20_000 }).trim();
  } catch {
    chromium = undefined;
  }
  return {
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism?.() ?? os.cpus().length,
    memoryBytes: os.totalmem(),
    node: process.version,
    os: osName(),
    kernel: os.release(),
    ...(chromium ? { chromium } : {}),
    loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}
