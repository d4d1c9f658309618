/**
 * The one-time notice slip page (browser): the printed slip is a copy of the page's
 * <template id="slip-sheet"> with the ticked materials, the lines written under 其他, the names
 * and the date filled in; it is shown as a preview and is all that prints (guides.css). Works
 * without the network once the page is loaded; keeps nothing (a customer's name is not stored).
 * Text goes in as text, never as HTML.
 */

/** 2027-03-15 → 2027年3月15日, as the paper slip writes a date. */
function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : '';
}

function today(): string {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function mountSlip(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-slip]');
  const template = document.querySelector<HTMLTemplateElement>('#slip-sheet');
  const preview = document.querySelector<HTMLElement>('.slip-preview');
  if (!form || !template || !preview) return;
  const status = form.querySelector<HTMLElement>('.slip-status');
  const date = form.elements.namedItem('date') as HTMLInputElement | null;
  if (date && !date.value) date.value = today();

  const value = (name: string): string =>
    ((form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | null)?.value ?? '').trim();
  const missing = (): string[] => [
    ...[...form.querySelectorAll<HTMLInputElement>('input[name="missing"]:checked')].map((i) => i.dataset.line ?? ''),
    ...value('other')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => `${form.dataset.other ?? ''}${l}`),
  ];

  const render = (): number => {
    const sheet = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
    const items = missing();
    const fields: Record<string, string> = {
      customer: value('customer'),
      phone: value('phone'),
      clerk: value('clerk'),
      number: value('number'),
      date: chineseDate(value('date')),
    };
    for (const el of sheet.querySelectorAll<HTMLElement>('[data-field]')) {
      const f = el.dataset.field!;
      if (f === 'items') {
        for (const line of items) {
          const li = document.createElement('li');
          li.textContent = line;
          el.append(li);
        }
      } else el.textContent = fields[f] ?? '';
    }
    preview.replaceChildren(sheet);
    return items.length;
  };

  form.addEventListener('input', () => {
    render();
    if (status) status.textContent = '';
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (render() === 0) {
      if (status) status.textContent = status.dataset.empty ?? '';
      return;
    }
    window.print();
  });
  render();
}
