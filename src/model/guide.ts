/**
 * A service item as a scope presents it (办事指南): how a material's form and number, a time
 * limit, a fee, the number of visits are written, which steps the customer goes through (its
 * own, or the main line of its process as the scope has it), and where, when and whom to call
 * (its own, or the unit's). The site's guide pages, the guide and slip PDFs, search and quiz
 * all read this; none words a field itself.
 */
import { contactsOf, type Contact } from './contacts.ts';
import { formatNumber } from './targets.ts';
import type { MaterialForm, Service, ServiceFee, ServiceMaterial, TimeLimit } from './types/services.ts';
import type { Model } from './types.ts';
import type { Process, ProcessNode } from './types/processes.ts';
import type { ScopeView } from './view.ts';

export interface GuideMaterial {
  id: string;
  name: string;
  /** Form and number: 原件1份, 复印件2份, 原件及复印件各1份. */
  amount: string;
  need: ServiceMaterial['need'];
  /** 必须提供, 可选提供, or the condition: 委托他人代办的提供. */
  needText: string;
  issuer?: string;
  note?: string;
  source: ServiceMaterial['source'];
}

export interface GuideStep {
  label: string;
  timeLimit?: string;
  /** Name of the post that does it (from the process). */
  role?: string;
}

export interface ServiceGuide {
  id: string;
  name: string;
  category?: string;
  summary?: string;
  /** The scope's id ('organisation' or a unit) and name. */
  scopeId: string;
  scopeName: string;
  conditions: string[];
  materials: GuideMaterial[];
  /** Whether any material names who issues it (出具单位): only then is that column shown, on the page and on paper. */
  issuersShown: boolean;
  steps: GuideStep[];
  /** The process behind it, when the scope has it. */
  process?: { id: string; title: string };
  timeLimit: TimeLimit;
  /** 当场办结, 3个工作日内办结. */
  timeLimitText: string;
  timeLimitNote?: string;
  /** One line per fee with its basis; ['不收费'] when there is none. */
  fees: string[];
  free: boolean;
  place?: string;
  hours?: string;
  phones: Contact[];
  visits: number;
  /** 最多跑一次, 全程网上办理，无需到场, 需到场2次. */
  visitsText: string;
  online: string[];
  /** 《title》（code）. */
  basis: string[];
  source: Service['source'];
}

const FORM_ZH: Record<MaterialForm, string> = {
  original: '原件',
  copy: '复印件',
  'original-and-copy': '原件及复印件',
  'original-or-copy': '原件或复印件',
  electronic: '电子文件',
  form: '现场填写',
};

/** 原件1份; 原件及复印件各1份 (one number for both). */
export function materialAmount(form: MaterialForm, copies: number): string {
  return form === 'original-and-copy' ? `${FORM_ZH[form]}各${copies}份` : `${FORM_ZH[form]}${copies}份`;
}

export function materialNeedText(m: Pick<ServiceMaterial, 'need' | 'condition'>): string {
  if (m.need === 'conditional') return `${m.condition ?? ''}提供`;
  return m.need === 'optional' ? '可选提供' : '必须提供';
}

/** 当场办结; 3个工作日内办结; a time limit the model could not read, as written. */
export function timeLimitText(t: TimeLimit): string {
  if (t.kind === 'on-the-spot') return '当场办结';
  if (t.value === undefined || t.unit === undefined) return t.text;
  return `${formatNumber(t.value)}${t.unit}内办结`;
}

/** 工本费：20元/张（依据：…）; 免收; 按单位规定 where the group's view has no value. */
export function feeText(f: ServiceFee): string {
  const per = f.per ? `/${f.per}` : '';
  const amount =
    f.amount === undefined
      ? (f.text ?? '按单位规定')
      : f.amount === 0 && f.amountMax === undefined
        ? '免收'
        : f.amountMax !== undefined
          ? `${formatNumber(f.amount)}–${formatNumber(f.amountMax)}元${per}`
          : `${formatNumber(f.amount)}元${per}`;
  return `${f.name}：${amount}${f.basis ? `（依据：${f.basis}）` : ''}`;
}

export function visitsText(visits: number): string {
  if (visits === 0) return '全程网上办理，无需到场';
  return visits === 1 ? '最多跑一次' : `需到场${visits}次`;
}

/**
 * The process's main line as the customer lives it: from the start, taking the first branch at
 * each decision (the branch where all is in order), without the decisions themselves.
 */
export function mainLine(process: Process): ProcessNode[] {
  const byId = new Map(process.nodes.map((n) => [n.id, n]));
  const out: ProcessNode[] = [];
  const seen = new Set<string>();
  for (let n = byId.get(process.startId); n && !seen.has(n.id); n = byId.get(n.next[0]?.to ?? '')) {
    seen.add(n.id);
    if (n.type !== 'decision') out.push(n);
  }
  return out;
}

/** The guide of one service as the scope has it. */
export function serviceGuide(model: Model, view: ScopeView, service: Service): ServiceGuide {
  const roleName = (id: string): string => model.roles.find((r) => r.id === id)?.name ?? id;
  const process = service.process ? view.processes.find((p) => p.id === service.process) : undefined;
  const steps: GuideStep[] = service.steps
    ? service.steps.map((label) => ({ label }))
    : process
      ? mainLine(process).map((n) => ({
          label: n.label,
          ...(n.timeLimit ? { timeLimit: n.timeLimit } : {}),
          role: roleName(n.role),
        }))
      : [];
  const place = service.place ?? view.address;
  const hours = service.hours ?? view.openingHours;
  return {
    id: service.id,
    name: service.name,
    ...(service.category ? { category: service.category } : {}),
    ...(service.summary ? { summary: service.summary } : {}),
    scopeId: view.id,
    scopeName: view.name,
    conditions: service.conditions,
    materials: service.materials.map((m) => ({
      id: m.id,
      name: m.name,
      amount: materialAmount(m.form, m.copies),
      need: m.need,
      needText: materialNeedText(m),
      ...(m.issuer ? { issuer: m.issuer } : {}),
      ...(m.note ? { note: m.note } : {}),
      source: m.source,
    })),
    issuersShown: service.materials.some((m) => m.issuer !== undefined && m.issuer !== ''),
    steps,
    ...(process ? { process: { id: process.id, title: process.title } } : {}),
    timeLimit: service.timeLimit,
    timeLimitText: timeLimitText(service.timeLimit),
    ...(service.timeLimitNote ? { timeLimitNote: service.timeLimitNote } : {}),
    fees: service.fees.length === 0 ? ['不收费'] : service.fees.map(feeText),
    free: service.fees.every((f) => f.amount === 0 && f.amountMax === undefined && f.text === undefined),
    ...(place ? { place } : {}),
    ...(hours ? { hours } : {}),
    phones: service.phones
      ? service.phones.map((p) => ({ kind: 'other' as const, label: p.label, number: p.number }))
      : contactsOf(view.hotlines),
    visits: service.visits,
    visitsText: visitsText(service.visits),
    online: service.online,
    basis: service.basis.map(
      (b) => `${/^《/.test(b.title) ? b.title : `《${b.title}》`}${b.code ? `（${b.code}）` : ''}`,
    ),
    source: service.source,
  };
}

/** Every guide of a scope, grouped by category in the order first met, then as written. */
export function serviceGuides(model: Model, view: ScopeView): ServiceGuide[] {
  const guides = view.services.map((s) => serviceGuide(model, view, s));
  const order = [...new Set(guides.map((g) => g.category ?? ''))];
  return guides
    .map((g, i) => ({ g, i }))
    .sort((a, b) => order.indexOf(a.g.category ?? '') - order.indexOf(b.g.category ?? '') || a.i - b.i)
    .map((x) => x.g);
}

/**
 * What a one-time notice slip says around its list, the same on paper and on the site's page:
 * `request` before a list to tick (the blank slip) or before the list of what is missing (a
 * slip printed from the site, which lists only what was ticked).
 */
export function slipWording(g: ServiceGuide): {
  request: string;
  missing: string;
  where: string;
  phones: string;
  labels: { customer: string; phone: string; other: string; clerk: string; number: string; date: string };
} {
  return {
    request: `您申请办理的“${g.name}”，经核对还需补齐下列勾选的材料：`,
    missing: `您申请办理的“${g.name}”，经核对还需补齐下列材料：`,
    where: `${g.place ? `补齐后请到${g.place}办理` : '补齐后请到本窗口办理'}${g.hours ? `，办理时间：${g.hours}` : ''}；资料齐全后${g.timeLimitText}。`,
    phones: `咨询电话：${g.phones.map((p) => `${p.label} ${p.number}`).join('　')}`,
    labels: {
      customer: '客户姓名（单位）：',
      phone: '联系电话：',
      other: '其他：',
      clerk: '经办人：',
      number: '工号：',
      date: '日期：',
    },
  };
}

/** A material as a line of the slip: its name, form and number, issuer, and when it is needed. */
export function slipLine(m: GuideMaterial): string {
  return `${m.name}　${m.amount}${m.issuer ? `，${m.issuer}出具` : ''}${m.need === 'required' ? '' : `（${m.needText}）`}`;
}
