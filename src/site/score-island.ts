/**
 * The inspector's phone page (browser): reads the faults, repeats, occurrences and reasons the
 * inspector enters, scores the visit with src/model/scoring.ts — the module the printed sheet
 * uses — and shows each item's deduction, the total, the threshold that applies and the fines.
 * The visit is kept in this browser's localStorage (a reload or a dead battery loses nothing)
 * and leaves it only as the CSV or the printout the inspector asks for. The sheet is in the
 * page, so nothing is fetched. Text goes in as text, never as HTML.
 */
import {
  fineText,
  itemOutcome,
  scoreVisit,
  thresholdText,
  visitCsv,
  visitRows,
  type ScoreSheet,
  type Visit,
  type VisitEntry,
} from '../model/scoring.ts';
import type { Language } from '../model/wording.ts';
import { languageOf, UI, type Locale } from './i18n/ui.ts';

const STORE_PREFIX = 'guifan:score:v1:';

function json<T>(id: string): T | undefined {
  const el = document.getElementById(id);
  return el?.textContent ? (JSON.parse(el.textContent) as T) : undefined;
}

function today(): string {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The score page's form, sheet and boxes, and where the draft is kept. */
interface ScorePage {
  form: HTMLFormElement;
  sheet: ScoreSheet;
  g: (typeof UI)['zh-CN']['guides'];
  /** The label's colon in the page's language (：, ": "). */
  colon: string;
  /** The page's language, for the amounts the model writes (200元, 200 yuan). */
  language: Language;
  /** The draft's localStorage key. */
  key: string;
  summary: HTMLElement | null;
  report: HTMLElement | null;
}

export function mountScoreSheet(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-score]');
  const sheet = json<ScoreSheet>('score-sheet');
  const options = json<{ locale: Locale; namespace: string }>('score-options');
  if (!form || !sheet || !options) return;
  const page: ScorePage = {
    form,
    sheet,
    g: UI[options.locale].guides,
    colon: UI[options.locale].colon,
    language: languageOf(options.locale),
    key: `${STORE_PREFIX}${options.namespace}`,
    summary: document.querySelector<HTMLElement>('.score-summary'),
    report: document.querySelector<HTMLElement>('.score-report'),
  };
  const draft = readDraft(page.key);
  if (draft) writeVisit(form, draft);
  const date = input(form, 'date');
  if (date && !date.value) date.value = today();

  form.addEventListener('input', () => update(page));
  form.addEventListener('change', () => update(page));
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button[data-step]');
    if (!button) return;
    const faults = button.parentElement?.querySelector<HTMLInputElement>('input[type="number"]');
    if (!faults) return;
    faults.value = String(Math.max(0, (Number(faults.value) || 0) + Number(button.dataset.step)));
    update(page);
  });
  page.summary?.addEventListener('click', (e) => summaryAction(page, e));
  update(page, false);
}

function field<T extends Element>(form: HTMLFormElement, name: string): T | null {
  return form.elements.namedItem(name) as T | null;
}

function input(form: HTMLFormElement, name: string): HTMLInputElement | null {
  return field<HTMLInputElement>(form, name);
}

/** The visit as the form holds it. */
function readVisit(form: HTMLFormElement, sheet: ScoreSheet): Visit {
  return {
    date: input(form, 'date')?.value ?? '',
    ...(input(form, 'inspector')?.value.trim() ? { inspector: input(form, 'inspector')!.value.trim() } : {}),
    entries: sheet.items.map((item): VisitEntry => {
      const faults = Math.max(0, Math.floor(Number(input(form, `faults-${item.id}`)?.value ?? 0) || 0));
      const occurrence = Number(field<HTMLSelectElement>(form, `occurrence-${item.id}`)?.value ?? '');
      const reason = input(form, `reason-${item.id}`)?.value.trim() ?? '';
      return {
        item: item.id,
        faults,
        ...(input(form, `repeat-${item.id}`)?.checked ? { repeat: true } : {}),
        ...(occurrence > 0 ? { occurrence } : {}),
        ...(reason ? { reason } : {}),
      };
    }),
  };
}

/** A kept visit put back into the form. */
function writeVisit(form: HTMLFormElement, visit: Visit): void {
  if (input(form, 'date')) input(form, 'date')!.value = visit.date;
  if (input(form, 'inspector')) input(form, 'inspector')!.value = visit.inspector ?? '';
  for (const e of visit.entries) {
    const faults = input(form, `faults-${e.item}`);
    if (!faults) continue;
    faults.value = String(e.faults);
    const repeat = input(form, `repeat-${e.item}`);
    if (repeat) repeat.checked = e.repeat === true;
    const occurrence = field<HTMLSelectElement>(form, `occurrence-${e.item}`);
    if (occurrence) occurrence.value = e.occurrence ? String(e.occurrence) : '';
    const reason = input(form, `reason-${e.item}`);
    if (reason) reason.value = e.reason ?? '';
  }
}

function readDraft(key: string): Visit | undefined {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Visit) : undefined;
  } catch {
    return undefined;
  }
}

/** Scores the visit the form holds: each item's result, the total, threshold and fines, the printed report; kept as the draft unless `save` is false. */
function update({ form, sheet, g, colon, language, key, summary, report }: ScorePage, save = true): Visit {
  const set = (selector: string, text: string): void => {
    const el = summary?.querySelector<HTMLElement>(selector);
    if (el) el.textContent = text;
  };
  const visit = readVisit(form, sheet);
  const result = scoreVisit(sheet, visit);
  result.items.forEach((r, i) => {
    const out = form.querySelector<HTMLOutputElement>(`[data-item="${sheet.items[i]!.id}"] .item-result`);
    if (!out) return;
    const extra = itemOutcome(r);
    const result = g.itemResult(r.deduction, r.score);
    out.textContent = extra ? g.withOutcome(result, extra) : result;
  });
  set('.score-total', g.totalLine(result.raw, sheet.points, result.score, result.scaled));
  set('.score-note', result.scaled ? g.scaledNote(sheet.points) : '');
  set(
    '.score-consequence',
    `${g.consequence}${colon}${result.consequence ? thresholdText(result.consequence) : g.noConsequence}`,
  );
  const fines = fineText({ amount: result.fines.amount, max: result.fines.max }, language);
  set('.score-fines', `${g.fines}${colon}${fines}`);
  if (report) renderReport(report, sheet, visit, result);
  if (save) {
    try {
      localStorage.setItem(key, JSON.stringify(visit));
    } catch {
      // Private mode or a full store: the page still scores, it just cannot keep the draft.
    }
  }
  return visit;
}

/** The summary's buttons: print, the visit as CSV, or start again (after a confirmation). */
function summaryAction(page: ScorePage, e: MouseEvent): void {
  const { form, sheet, key } = page;
  const action = (e.target as Element).closest<HTMLButtonElement>('button[data-action]')?.dataset.action;
  if (action === 'print') {
    update(page);
    window.print();
  } else if (action === 'csv') {
    const visit = update(page);
    const blob = new Blob([visitCsv(sheet, visit)], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${sheet.unitId}-${sheet.inspection.id}-${visit.date || 'visit'}.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  } else if (action === 'clear') {
    const message = (e.target as HTMLElement).dataset.confirm ?? '';
    if (!window.confirm(message)) return;
    form.reset();
    localStorage.removeItem(key);
    if (input(form, 'date')) input(form, 'date')!.value = today();
    update(page, false);
  }
}

/** The printed result: the unit, the inspection and the rows of the CSV (one table, the same numbers). */
function renderReport(el: HTMLElement, sheet: ScoreSheet, visit: Visit, result: ReturnType<typeof scoreVisit>): void {
  const h = document.createElement('h2');
  h.textContent = el.dataset.heading ?? sheet.inspection.title;
  const table = document.createElement('table');
  visitRows(sheet, visit, result).forEach((row, i) => {
    const tr = document.createElement('tr');
    for (const cell of row) {
      const td = document.createElement(i === 0 ? 'th' : 'td');
      td.textContent = cell;
      tr.append(td);
    }
    table.append(tr);
  });
  el.replaceChildren(h, table);
}
