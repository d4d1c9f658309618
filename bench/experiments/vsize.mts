// How much heap the views of a model hold (unit views and unit × role views), made on a parsed copy as print workers do.
import { loadModelOrThrow } from '../../src/model/index.ts';
import { roleView, scopeView } from '../../src/model/view.ts';
import { plainView } from '../../src/model/view-cache.ts';
const gc = (globalThis as { gc?: () => void }).gc!;
const m = JSON.parse(JSON.stringify(await loadModelOrThrow(process.argv[2]!)));
gc();
const h0 = process.memoryUsage().heapUsed;
const views = [scopeView(m, undefined), ...m.units.map((u: { id: string }) => scopeView(m, u.id))];
gc();
const h1 = process.memoryUsage().heapUsed;
console.log('unit views', views.length, 'MB', Math.round((h1 - h0) / 1e6));
let n = 0;
for (const v of views) for (const r of m.roles) { roleView(v, r.id); n++; }
gc();
const h2 = process.memoryUsage().heapUsed;
console.log('role views', n, 'MB', Math.round((h2 - h1) / 1e6));
const t0 = performance.now();
const plain = views.slice(1, 6).map((v) => plainView(v));
console.log('plainView of 5 unit views ms', Math.round(performance.now() - t0), 'chars each', Math.round(JSON.stringify(plain).length / 5));
