/**
 * 换手机 on the hub: the learning record exported as a file, and imported
 * from one (merged or replacing). The rules are the quiz client's (record.ts).
 */
import { exportRecord, importRecord, isoDay, parseRecord, recordCounts } from '../../quiz/client/index.ts';
import type { Ctx } from './context.ts';
import { h } from './dom.ts';
import { safeStorage } from './storage.ts';

/** 换手机: the learning record exported as a file, and imported from one (merged or replacing). */
export function mountRecordFile(root: HTMLElement, ctx: Ctx, imported: () => void): void {
  const section = root.querySelector<HTMLElement>('.study-record');
  const exportButton = section?.querySelector<HTMLButtonElement>('.record-export');
  const form = section?.querySelector<HTMLFormElement>('form.record-import');
  const status = section?.querySelector<HTMLElement>('.record-status');
  if (!section || !exportButton || !form || !status) return;
  const r = ctx.s.record;
  const store = safeStorage();
  exportButton.addEventListener('click', () => {
    const now = new Date();
    const file = exportRecord(store, ctx.namespace, now);
    const name = `学习记录-${ctx.namespace}-${isoDay(now)}.json`;
    const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 1)], { type: 'application/json' }));
    const a = h('a', { href: url, download: name, hidden: '' });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    status.textContent = r.exported(name);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const file = form.querySelector<HTMLInputElement>('input[type="file"]')?.files?.[0];
    if (!file) {
      status.textContent = r.pick;
      return;
    }
    const mode =
      form.querySelector<HTMLInputElement>('input[name="record-mode"]:checked')?.value === 'replace'
        ? 'replace'
        : 'merge';
    void file.text().then((text) => {
      const parsed = parseRecord(text, ctx.namespace);
      if (!parsed.ok) {
        status.textContent = parsed.message;
        return;
      }
      importRecord(store, ctx.namespace, parsed.record, mode, new Date());
      const c = recordCounts(parsed.record.parts);
      status.textContent = r.imported(c.review, c.cards, c.mastered);
      // The counts, the weekly answer and the plan on the hub come from the record: drawn again after a moment to read the message.
      try {
        sessionStorage.setItem('guifan:record-imported', status.textContent);
      } catch {
        // the message is then not repeated after the reload
      }
      imported();
    });
  });
  try {
    const message = sessionStorage.getItem('guifan:record-imported');
    if (message) {
      status.textContent = message;
      sessionStorage.removeItem('guifan:record-imported');
    }
  } catch {
    // as above
  }
  section.hidden = false;
}
