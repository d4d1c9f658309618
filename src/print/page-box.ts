/**
 * The page and its content box in points, from a template's size, orientation and margins:
 * the one place every composer reads its geometry from, so the width a table is measured at
 * and the height a flow is paginated into are the same sums everywhere.
 */
import { mm, pageSize } from './templates.ts';

export interface PageBox {
  pageWidth: number;
  pageHeight: number;
  /** Margins in points. */
  margin: { top: number; right: number; bottom: number; left: number };
  /** The content box: left edge, top edge (from the page's top), width and height. */
  left: number;
  top: number;
  width: number;
  height: number;
}

export function pageBox(template: Parameters<typeof pageSize>[0]): PageBox {
  const [pageWidth, pageHeight] = pageSize(template);
  const m = template.page.margin;
  const margin = { top: mm(m.top), right: mm(m.right), bottom: mm(m.bottom), left: mm(m.left) };
  return {
    pageWidth,
    pageHeight,
    margin,
    left: margin.left,
    top: margin.top,
    width: pageWidth - margin.left - margin.right,
    height: pageHeight - margin.top - margin.bottom,
  };
}
