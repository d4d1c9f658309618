import { runImport, formatTree } from './src/import/index.ts';
const r = await runImport({ file: process.argv[2]!, kind: (process.argv[3] ?? 'norms') as any, dryRun: true, contentDir: '/tmp/none', today: '2026-01-01' });
for (const d of r.documents) console.log(formatTree(d));
console.log([...r.warnings, ...r.documents.flatMap(d => d.warnings)].map(w => `${w.line} ${w.where ?? ''} ${w.message}`).join('\n'));
