/**
 * A service file (services/*.yaml) → Service: its materials, its time limit read from the
 * words (当场, 3个工作日, 24小时), its fees with amounts read, and the checks a guide needs
 * (a process it names exists, a time limit that can be read).
 */
import { restrictionOf } from '../applies.ts';
import type { Diagnostics } from '../diagnostics.ts';
import { checkRef, type IdIndex } from '../ids.ts';
import type { ValidFile } from '../load.ts';
import { PLACEHOLDER } from '../params.ts';
import { formatPath, type ParsedFile } from '../source.ts';
import type { ItemPatch } from '../types.ts';
import type { Service, ServiceFee, ServiceMaterial, TimeLimit } from '../types/services.ts';
import { at, fillFile, type BuildContext } from './context.ts';

type Data = ValidFile<'services'>['data'];
type FeeInput = Exclude<Data['fees'], 'none'>[number];

const ON_THE_SPOT = /^(当场|当场办结|即时|即时办结|即办|立即办理)$/;
const PERIOD = /^(\d+(?:\.\d+)?)\s*(个工作日|工作日|个自然日|自然日|日|天|个小时|小时|分钟|周|个月)(?:内)?(?:办结)?$/;

/**
 * A time limit as written, read: on the spot, or a number and its unit. Text the model cannot
 * read (a value each unit sets, shown as 〔按单位规定〕 in the group's view) is kept as written.
 */
export function parseTimeLimit(text: string): TimeLimit & { readable: boolean } {
  const t = text.replace(/\s+/g, '');
  if (ON_THE_SPOT.test(t)) return { text, kind: 'on-the-spot', workingDays: false, readable: true };
  const m = PERIOD.exec(t);
  if (m) {
    const unit = m[2]!;
    return { text, kind: 'period', value: Number(m[1]), unit, workingDays: unit.includes('工作日'), readable: true };
  }
  return { text, kind: 'period', workingDays: /工作日/.test(t), readable: false };
}

function timeLimitOf(text: string): TimeLimit {
  const { readable: _r, ...limit } = parseTimeLimit(text);
  return limit;
}

/** A fee's amount after params are filled: a number, or absent where each unit sets it. */
function feeOf(f: FeeInput): ServiceFee {
  const amount = f.amount === undefined ? Number.NaN : typeof f.amount === 'number' ? f.amount : Number(f.amount);
  return {
    name: f.name,
    ...(Number.isFinite(amount) ? { amount } : {}),
    ...(f.amountMax !== undefined ? { amountMax: f.amountMax } : {}),
    ...(f.text ? { text: f.text } : {}),
    ...(f.per ? { per: f.per } : {}),
    ...(f.basis ? { basis: f.basis } : {}),
  };
}

export function feesOf(fees: Data['fees']): ServiceFee[] {
  return fees === 'none' ? [] : fees.map(feeOf);
}

/** Builds the service from `data` (the file's, or a copy with a unit's params); registers ids only when `ids` is given. */
export function serviceFrom(pf: ParsedFile, d: Data, ids?: IdIndex): Service {
  const materials: ServiceMaterial[] = d.materials.map((m, i) => {
    ids?.add('material', m.id, m.name, at(pf, ['materials', i, 'id']), formatPath(['materials', i, 'id']), d.id);
    const restrict = restrictionOf(m);
    return {
      id: m.id,
      name: m.name,
      form: m.form,
      copies: m.copies,
      ...(m.issuer ? { issuer: m.issuer } : {}),
      ...(m.note ? { note: m.note } : {}),
      need: m.need,
      ...(m.condition ? { condition: m.condition } : {}),
      serviceId: d.id,
      ...(restrict ? { restrict } : {}),
      source: at(pf, ['materials', i]),
    };
  });
  const restrict = restrictionOf(d);
  return {
    id: d.id,
    name: d.name,
    ...(d.category ? { category: d.category } : {}),
    ...(d.summary ? { summary: d.summary } : {}),
    conditions: d.conditions,
    materials,
    ...(d.steps ? { steps: d.steps } : {}),
    ...(d.process ? { process: d.process } : {}),
    timeLimit: timeLimitOf(d.timeLimit),
    ...(d.timeLimitNote ? { timeLimitNote: d.timeLimitNote } : {}),
    fees: feesOf(d.fees),
    ...(d.place ? { place: d.place } : {}),
    ...(d.hours ? { hours: d.hours } : {}),
    ...(d.phones ? { phones: d.phones.map((p) => ({ label: p.label, number: p.number })) } : {}),
    visits: d.visits,
    online: d.online ?? [],
    basis: d.basis.map((b) => ({
      title: b.title,
      ...(b.code ? { code: b.code } : {}),
      ...(b.url ? { url: b.url } : {}),
    })),
    ...(restrict ? { restrict } : {}),
    source: at(pf, []),
  };
}

export function buildService(f: ValidFile<'services'>, ctx: BuildContext): Service {
  ctx.ids.add('service', f.data.id, f.data.name, at(f.pf, ['id']), 'id');
  checkTimeLimit(f.data.timeLimit, f.pf, ['timeLimit'], ctx.diags);
  return serviceFrom(f.pf, fillFile(f.pf, f.data, ctx), ctx.ids);
}

/**
 * Whether a time limit can be read once its params are filled: checked on the words as written,
 * each {{name}} standing for a number.
 */
export function checkTimeLimit(text: string, pf: ParsedFile, path: (string | number)[], diags: Diagnostics): boolean {
  if (parseTimeLimit(text.replace(PLACEHOLDER, '1')).readable) return true;
  diags.error(
    at(pf, path),
    formatPath(path),
    'time-limit-format',
    `办结时限“${text}”无法识别：应写作“当场”，或“数字+单位”，如 3个工作日、15日、24小时、{{power-connection-days}}个工作日 / the time limit "${text}" cannot be read: write 当场, or a number and a unit such as 3个工作日, 15日, 24小时`,
  );
  return false;
}

/** References that need the whole index: the process a service names. */
export function checkServiceRefs(f: ValidFile<'services'>, ids: IdIndex, diags: Diagnostics): void {
  if (f.data.process) checkRef(ids, diags, f.data.process, ['process'], at(f.pf, ['process']), 'process');
}

/** An override's service fields in the model's shape: the time limit read, fees' amounts read. */
export function normaliseServiceOverride(fields: ItemPatch): void {
  if (typeof fields.timeLimit === 'string') fields.timeLimit = timeLimitOf(fields.timeLimit);
  if (fields.fees !== undefined) fields.fees = feesOf(fields.fees as Data['fees']);
}
