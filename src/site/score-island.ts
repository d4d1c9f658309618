/**
 * The inspector's phone page (browser): reads the faults, repeats, occurrences and reasons the
 * inspector enters, scores the visit with src/model/scoring.ts — the module the printed sheet
 * uses — and shows each item's deduction, the total, the threshold that applies and the fines.
 * The visit is kept in this browser's localStorage (a reload or a dead battery loses nothing)
 * and leaves it only as the CSV or the printout the inspector asks for. The sheet is in the
 * page, so nothing is fetched. Text goes in as text, never as HTML.
 */
import { fineText, itemOutcome, scoreVisit, thresholdText, visitCsv, visitRows, type ScoreSheet, type Visit, type VisitEntry } from '../model/scoring.ts';
import { UI, type Locale } from './i18n/ui.ts';

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

export function mountScoreSheet(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-score]');
  const sheet = json<ScoreSheet>('score-sheet');
  const options = json<{ locale: Locale; namespace: string }>('score-options');
  if (!form || !sheet || !options) return;
  const g = UI[options.locale].guides;
  const key = `${STORE_PREFIX}${options.namespace}`;
  const field = <T extends Element>(name: string): T | null => form.elements.namedItem(name) as T | null;
  const input = (name: string): HTMLInputElement | null => field<HTMLInputElement>(name);

  const read = (): Visit => ({
    date: input('date')?.value ?? '',
    ...(input('inspector')?.value.trim() ? { inspector: input('inspector')!.value.trim() } : {}),
    entries: sheet.items.map((item): VisitEntry => {
      const faults = Math.max(0, Math.floor(Number(input(`faults-${item.id}`)?.value ?? 0) || 0));
      const occurrence = Number(field<HTMLSelectElement>(`occurrence-${item.id}`)?.value ?? '');
      const reason = input(`reason-${item.id}`)?.value.trim() ?? '';
      return {
        item: item.id,
        faults,
        ...(input(`repeat-${item.id}`)?.checked ? { repeat: true } : {}),
        ...(occurrence > 0 ? { occurrence } : {}),
        ...(reason ? { reason } : {}),
      };
    }),
  });

  const write = (visit: Visit): void => {
    if (input('date')) input('date')!.value = visit.date;
    if (input('inspector')) input('inspector')!.value = visit.inspector ?? '';
    for (const e of visit.entries) {
      const faults = input(`faults-${e.item}`);
      if (!faults) continue;
      faults.value = String(e.faults);
      const repeat = input(`repeat-${e.item}`);
      if (repeat) repeat.checked = e.repeat === true;
      const occurrence = field<HTMLSelectElement>(`occurrence-${e.item}`);
      if (occurrence) occurrence.value = e.occurrence ? String(e.occurrence) : '';
      const reason = input(`reason-${e.item}`);
      if (reason) reason.value = e.reason ?? '';
    }
  };

  const summary = document.querySelector<HTMLElement>('.score-summary');
  const report = document.querySelector<HTMLElement>('.score-report');
  const set = (selector: string, text: string): void => {
    const el = summary?.querySelector<HTMLElement>(selector);
    if (el) el.textContent = text;
  };

  const update = (save = true): Visit => {
    const visit = read();
    const result = scoreVisit(sheet, visit);
    result.items.forEach((r, i) => {
      const out = form.querySelector<HTMLOutputElement>(`[data-item="${sheet.items[i]!.id}"] .item-result`);
      if (!out) return;
      const extra = itemOutcome(r);
      out.textContent = `${g.itemResult(r.deduction, r.score)}${extra ? `　${extra}` : ''}`;
    });
    set('.score-total', `${g.total} ${result.raw} / ${sheet.points}　${g.score100(result.score)}`);
    set('.score-note', result.scaled ? g.scaledNote(sheet.points) : '');
    set('.score-consequence', `${g.consequence}：${result.consequence ? thresholdText(result.consequence) : g.noConsequence}`);
    set('.score-fines', `${g.fines}：${result.fines.amount > 0 ? fineText({ amount: result.fines.amount, max: result.fines.max }) : '0元'}`);
    if (report) renderReport(report, sheet, visit, result);
    if (save) {
      try {
        localStorage.setItem(key, JSON.stringify(visit));
      } catch {
        // Private mode or a full store: the page still scores, it just cannot keep the draft.
      }
    }
    return visit;
  };

  let draft: Visit | undefined;
  try {
    const raw = localStorage.getItem(key);
    draft = raw ? (JSON.parse(raw) as Visit) : undefined;
  } catch {
    draft = undefined;
  }
  if (draft) write(draft);
  if (input('date') && !input('date')!.value) input('date')!.value = today();

  form.addEventListener('input', () => update());
  form.addEventListener('change', () => update());
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button[data-step]');
    if (!button) return;
    const faults = button.parentElement?.querySelector<HTMLInputElement>('input[type="number"]');
    if (!faults) return;
    faults.value = String(Math.max(0, (Number(faults.value) || 0) + Number(button.dataset.step)));
    update();
  });
  summary?.addEventListener('click', (e) => {
    const action = (e.target as Element).closest<HTMLButtonElement>('button[data-action]')?.dataset.action;
    if (action === 'print') {
      update();
      window.print();
    } else if (action === 'csv') {
      const visit = update();
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
      if (input('date')) input('date')!.value = today();
      update(false);
    }
  });
  update(false);
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
