#!/usr/bin/env node
// Entry point for the `guifan` command: runs the TypeScript sources through tsx,
// so the package works straight from a clone without a compile step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
