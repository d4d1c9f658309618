/**
 * The search island follows "我的单位 + 我的岗位" (chosen on the study hub,
 * kept in localStorage): a search opened without filters in its address gets
 * the reader's unit (and role, where the form has a role filter) put in, as if
 * chosen in the form. A link that names a filter wins, and so does choosing
 * another value (or 全部) in the form, for as long as the page is open.
 */
import { readPart, type KeyValueStore } from '../quiz/client/storage.ts';

/** Puts the stored choice into the page's address when the address names no filter; returns the filters put in. */
export function followMyChoice(
  root: HTMLElement,
  store: KeyValueStore | undefined = storage(),
): Record<string, string> {
  const form = root.querySelector('form');
  const namespace = root.dataset.namespace;
  if (!form || !namespace || !store) return {};
  const url = new URL(location.href);
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[name="unit"], select[name="role"]')];
  if (selects.some((s) => url.searchParams.has(s.name))) return {};
  const choice = readPart(store, namespace, 'scope');
  const put: Record<string, string> = {};
  for (const select of selects) {
    const value = select.name === 'unit' ? choice?.unit : choice?.role;
    if (value && [...select.options].some((o) => o.value === value)) put[select.name] = value;
  }
  if (Object.keys(put).length === 0) return {};
  for (const [name, value] of Object.entries(put)) url.searchParams.set(name, value);
  history.replaceState(null, '', url);
  return put;
}

function storage(): KeyValueStore | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
