/**
 * Building the study pages' DOM: elements with attributes and children, text
 * always inserted as text nodes (never parsed as HTML).
 */
import type { Ctx } from './context.ts';

type Child = Node | string | null | undefined | false;

/** Creates an element; string children become text nodes (never parsed as HTML). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) node.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
}

/** Chinese content text, marked as such on English pages. */
export function zhText(ctx: Ctx, text: string, tag: 'span' | 'p' | 'div' = 'span', cls?: string): HTMLElement {
  return h(tag, { lang: ctx.zh, class: cls }, text);
}
