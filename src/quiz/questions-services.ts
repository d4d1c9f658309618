/** Questions on service guides (办事指南): the materials a customer brings, the time limit. */
import type { Service } from '../model/types/services.ts';
import { normalise } from './text.ts';
import { formatNumber, plausibleWrongNumbers } from './numbers.ts';
import { materialAmount, timeLimitText } from '../model/guide.ts';
import { arrange, type BankBuilder, chooseDistractors, GENERATED_OPTION_COUNT } from './offers.ts';

/** Time limits everyone knows, to draw from when a view has few services: 当场 and a few working-day counts. */
const COMMON_LIMITS = [
  '当场办结',
  '1个工作日内办结',
  '3个工作日内办结',
  '5个工作日内办结',
  '7个工作日内办结',
  '15个工作日内办结',
];

/**
 * Service items (办事指南): which materials a service needs (several right answers: some of its
 * required materials, among materials of other services) and how long it takes once the
 * materials are complete. Each question cites the service (and the materials it names), so it
 * is in a unit's bank exactly when the unit's view has them, with the unit's own wording.
 */
export function serviceQuestions(b: BankBuilder): void {
  const services = b.view.services;
  const named = new Map<string, number>();
  for (const s of services) named.set(normalise(s.name), (named.get(normalise(s.name)) ?? 0) + 1);
  const limits = [...new Set(services.map((s) => timeLimitText(s.timeLimit)))];

  for (const service of services) {
    const where = `办理「${service.name}」`;
    if ((named.get(normalise(service.name)) ?? 0) > 1) {
      b.reject(
        'service-materials',
        service.id,
        { reason: 'ambiguous-stem', detail: `more than one service is called ${service.name}` },
        service.source,
      );
      continue;
    }

    offerMaterials(b, service, services, where);

    // How long: the number of (working) days, or 当场.
    const limit = timeLimitText(service.timeLimit);
    const t = service.timeLimit;
    const rng = b.rng('service-time', service.id);
    const variants =
      t.value !== undefined && t.unit !== undefined
        ? plausibleWrongNumbers(t.value, t.unit).map((v) => `${formatNumber(v)}${t.unit}内办结`)
        : [];
    const distractors = chooseDistractors(
      limit,
      [{ items: variants.slice(0, 4), max: 2 }, { items: limits }, { items: COMMON_LIMITS }, { items: variants }],
      rng,
    );
    b.offer(
      'service-time',
      [service.id],
      {
        type: 'single',
        stem: `${where}，材料齐全后的办结时限是？`,
        ...arrange(limit, distractors, rng),
        explanation: `「${service.name}」：${limit}${service.timeLimitNote ? `（${service.timeLimitNote.replace(/[。．.]$/u, '')}）` : ''}。`,
      },
      service.source,
    );
  }
}

/** Which materials: up to two of its required ones, the rest from other services' lists. */
function offerMaterials(b: BankBuilder, service: Service, services: readonly Service[], where: string): void {
  const required = service.materials.filter((m) => m.need === 'required');
  if (required.length === 0) return;
  const rng = b.rng('service-materials', service.id);
  const picked = rng.shuffle(required).slice(0, Math.min(2, required.length));
  const own = service.materials.map((m) => m.name);
  // Wrong options: other services' materials, this view's first, then the organisation's
  // (a unit with one service still gets the question); never one that contains or sits in a right one.
  const clash = (name: string): boolean =>
    picked.some((m) => normalise(name).includes(normalise(m.name)) || normalise(m.name).includes(normalise(name)));
  const materialsOf = (list: readonly Service[]): string[] =>
    [...new Set(list.filter((s) => s.id !== service.id).flatMap((s) => s.materials.map((m) => m.name)))].filter(
      (n) => !clash(n),
    );
  const answerKey = picked.map((m) => m.name).join('\u241f');
  const distractors = chooseDistractors(
    answerKey,
    [{ items: materialsOf(services) }, { items: materialsOf(b.view.model.services) }],
    rng,
    own,
    GENERATED_OPTION_COUNT - picked.length,
  );
  const options = rng.shuffle([...picked.map((m) => m.name), ...distractors]);
  const answer = picked.map((m) => options.indexOf(m.name)).sort((x, y) => x - y);
  b.offer(
    'service-materials',
    [service.id, ...picked.map((m) => m.id)],
    {
      type: 'multiple',
      stem: `${where}时，下列哪些是必须提交的材料？`,
      options,
      answer,
      explanation: `「${service.name}」必须提交：${required.map((m) => `${m.name}（${materialAmount(m.form, m.copies)}）`).join('、')}。`,
    },
    service.source,
    own.filter((n) => !picked.some((m) => m.name === n)),
  );
}
