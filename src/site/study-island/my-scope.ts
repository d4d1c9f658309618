/**
 * "我的单位 + 我的岗位" on the hub: a form (units, and the posts of the unit
 * chosen), kept in localStorage when saved; a link such as ?unit=&role=#me
 * fills it in without saving. Once chosen, the scope's file (written by
 * src/site/my-scope.ts) gives the links: the role's page and practice, the
 * unit's pages, search and PDFs.
 */
import { clearPart, readPart, writePart, type MyChoice } from '../../quiz/client/index.ts';
import type { MyScopeFile } from '../my-scope.ts';
import { assetUrl, type Ctx } from './context.ts';
import { h, zhText } from './dom.ts';
import { safeStorage } from './storage.ts';

/** The reader's chosen scope with its file; undefined while nothing is chosen. */
export type MyInfo = { file: MyScopeFile; choice: MyChoice } | undefined;

/**
 * Mounts the form. Calls `changed` with the new choice; resolves with the
 * saved one.
 */
export async function mountMyScope(root: HTMLElement, ctx: Ctx, changed: (my: MyInfo) => void): Promise<MyInfo> {
  const section = root.querySelector<HTMLElement>('.my-scope');
  const form = section?.querySelector<HTMLFormElement>('form.my-scope-form');
  const summary = section?.querySelector<HTMLElement>('.my-scope-summary');
  const status = section?.querySelector<HTMLElement>('.my-scope-status');
  if (!section || !form || !summary || !status) return undefined;
  const unitSelect = form.querySelector<HTMLSelectElement>('select[name="unit"]')!;
  const roleSelect = form.querySelector<HTMLSelectElement>('select[name="role"]')!;
  const store = safeStorage();
  const fill = (choice: MyChoice | undefined): void => {
    unitSelect.value = choice?.unit ?? '';
    fitRoles(unitSelect, roleSelect);
    roleSelect.value = choice?.role ?? '';
  };
  const render = (choice: MyChoice | undefined): Promise<MyInfo> => renderMyScope(root, ctx, summary, choice);

  const saved = validChoice(unitSelect, readPart(store, ctx.namespace, 'scope'));
  const params = new URLSearchParams(location.search);
  const offered =
    params.has('unit') || params.has('role')
      ? validChoice(unitSelect, {
          ...(params.get('unit') ? { unit: params.get('unit')! } : {}),
          ...(params.get('role') ? { role: params.get('role')! } : {}),
        })
      : undefined;
  fill(offered ?? saved);
  if (offered) status.textContent = ctx.s.meOffered;
  unitSelect.addEventListener('change', () => fitRoles(unitSelect, roleSelect));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const choice: MyChoice = {
      ...(unitSelect.value ? { unit: unitSelect.value } : {}),
      ...(roleSelect.value ? { role: roleSelect.value } : {}),
    };
    writePart(store, ctx.namespace, 'scope', choice, new Date());
    status.textContent = ctx.s.meSaved;
    void render(choice).then(changed);
  });
  form.querySelector<HTMLButtonElement>('.my-scope-clear')?.addEventListener('click', () => {
    clearPart(store, ctx.namespace, 'scope');
    fill(undefined);
    status.textContent = ctx.s.meCleared;
    void render(undefined).then(changed);
  });
  form.hidden = false;
  return render(saved);
}

/** The choice as far as the form offers it: a unit it lists, a role that is one of that unit's posts. */
function validChoice(unitSelect: HTMLSelectElement, choice: MyChoice | undefined): MyChoice | undefined {
  if (!choice) return undefined;
  const unitOption = [...unitSelect.options].find((o) => o.value === (choice.unit ?? ''));
  if (!unitOption) return undefined;
  const roles = (unitOption.dataset.roles ?? '').split(' ');
  return {
    ...(choice.unit ? { unit: choice.unit } : {}),
    ...(choice.role && roles.includes(choice.role) ? { role: choice.role } : {}),
  };
}

/** The role options of the chosen unit (its posts); the others hidden and disabled. Also the exam page's form. */
export function fitRoles(unitSelect: HTMLSelectElement, roleSelect: HTMLSelectElement): void {
  const roles = (unitSelect.selectedOptions[0]?.dataset.roles ?? '').split(' ');
  for (const o of roleSelect.options) {
    const fits = o.value === '' || roles.includes(o.value);
    o.hidden = !fits;
    o.disabled = !fits;
  }
  if (roleSelect.selectedOptions[0]?.disabled) roleSelect.value = '';
}

/** The chosen scope's links and files, from its file; resolves with the choice and the file. */
async function renderMyScope(
  root: HTMLElement,
  ctx: Ctx,
  summary: HTMLElement,
  choice: MyChoice | undefined,
): Promise<MyInfo> {
  if (!choice || (!choice.unit && !choice.role)) {
    summary.replaceChildren(h('p', { class: 'muted' }, ctx.s.meNone));
    return undefined;
  }
  let file: MyScopeFile;
  try {
    file = await loadMyScope(root, choice.unit ?? 'organisation');
  } catch {
    summary.replaceChildren(h('p', {}, ctx.s.loadFailed));
    return undefined;
  }
  const role = file.roles.find((r) => r.id === choice.role);
  const page = (path: string, text: string, cls?: string): HTMLElement =>
    h('li', { class: cls }, h('a', { href: ctx.prefix + path }, text));
  const files = [...file.files, ...(role?.handbook ? [role.handbook] : [])];
  summary.replaceChildren(h('h3', { class: 'my-scope-heading' }, zhText(ctx, ctx.s.meHeading(role?.name, file.name))));
  summary.append(
    h(
      'ul',
      { class: 'quick-links my-scope-links' },
      role ? page(role.page, ctx.s.meRolePage, 'my-role-page') : null,
      role ? page(role.practice, ctx.s.mePractice, 'my-role-practice') : null,
      page(file.practice, file.unit ? ctx.s.meScopePractice : ctx.s.allQuestions, 'my-practice'),
      file.unit ? page(file.unit.page, ctx.s.meUnitPage, 'my-unit-page') : null,
      file.unit ? page(file.unit.board, ctx.s.meBoard, 'my-board') : null,
      file.unit ? page(file.search, ctx.s.meSearch, 'my-search') : null,
    ),
  );
  if (files.length) {
    summary.append(
      h('h3', {}, ctx.s.meFiles),
      h(
        'ul',
        { class: 'downloads my-files' },
        ...files.map((f) =>
          h('li', { 'data-kind': f.kind }, h('a', { href: assetUrl(root, f.path), download: '' }, f.label[ctx.locale])),
        ),
      ),
    );
  }
  return { file, choice };
}

const myScopeCache = new Map<string, Promise<MyScopeFile>>();

/** A scope's file (study/scope/<unit|organisation>.json), fetched once per page. */
function loadMyScope(root: HTMLElement, scopeId: string): Promise<MyScopeFile> {
  const url = assetUrl(root, `study/scope/${scopeId}.json`);
  let pending = myScopeCache.get(url);
  if (!pending) {
    pending = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: ${r.status}`);
      return r.json() as Promise<MyScopeFile>;
    });
    myScopeCache.set(url, pending);
  }
  return pending;
}
