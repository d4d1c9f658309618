/** Dates on the study pages as the reader reads them: a calendar day, a week, a time from now. */
import { formatDate } from '../../model/wording.ts';
import { languageOf } from '../i18n/ui.ts';
import type { Ctx } from './context.ts';

/** A calendar day as the reader reads it: 2027年1月1日 (the model's formatDate), or Jan 1, 2027 on English pages. */
export function dayText(ctx: Ctx, date: Date): string {
  return formatDate(`${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`, languageOf(ctx.locale));
}

/** "本周（2026年11月30日至2026年12月6日）": the ISO week as dates, not as 2026-W49. */
export function weekLabel(ctx: Ctx, date: Date): string {
  const monday = new Date(date.getFullYear(), date.getMonth(), date.getDate() - ((date.getDay() + 6) % 7), 12);
  const sunday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 6, 12);
  return ctx.s.weeklyWeek(dayText(ctx, monday), dayText(ctx, sunday));
}

/** "in 5 minutes", "in 3 days": how far off a flashcard's next review is. */
export function relativeTime(ctx: Ctx, when: Date, now = new Date()): string {
  const minutes = Math.max(1, Math.round((when.getTime() - now.getTime()) / 60000));
  if (minutes < 60) return ctx.s.inMinutes(minutes);
  const hours = Math.round(minutes / 60);
  if (hours < 24) return ctx.s.inHours(hours);
  return ctx.s.inDays(Math.round(hours / 24));
}
