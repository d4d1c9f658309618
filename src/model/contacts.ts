/**
 * The numbers a reader can call, as every output lists them: the service line
 * (merged with the fault line when it is the same number), the fault line, the
 * supervision phone, then the unit's other numbers with their own labels.
 */
import type { Hotlines } from './types.ts';

export interface Contact {
  kind: 'service' | 'service-fault' | 'fault' | 'supervision' | 'other';
  /** Chinese label, e.g. 服务热线; for 'other', the label written in content. */
  label: string;
  number: string;
}

export function contactsOf(hotlines: Hotlines): Contact[] {
  const out: Contact[] = [];
  if (hotlines.service && hotlines.fault === hotlines.service)
    out.push({ kind: 'service-fault', label: '服务及故障报修热线', number: hotlines.service });
  else {
    if (hotlines.service) out.push({ kind: 'service', label: '服务热线', number: hotlines.service });
    if (hotlines.fault) out.push({ kind: 'fault', label: '故障报修', number: hotlines.fault });
  }
  if (hotlines.supervision) out.push({ kind: 'supervision', label: '监督电话', number: hotlines.supervision });
  for (const o of hotlines.other) out.push({ kind: 'other', label: o.label, number: o.number });
  return out;
}

/** A number as a tel: link target, or undefined when it is not a phone number (e.g. a WeChat id). */
export function telHref(number: string): string | undefined {
  return /^[0-9+\-\s()（）]+$/.test(number) ? `tel:${number.replace(/[^0-9+]/g, '')}` : undefined;
}
