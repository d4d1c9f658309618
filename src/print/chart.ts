/**
 * Process charts in the handbook, drawn as vectors from the same layout the site uses
 * (src/diagram/layout.ts). Until that layout exists the handbook prints the step table only.
 */
import type { PDFPage } from 'pdf-lib';
import type { Model, Process } from '../model/types.ts';
import type { FlowBlock } from './layout/flow.ts';
import type { Measure, Style, Typesetter } from './render.ts';

export interface ChartContent {
  type: 'chart';
  processId: string;
  scale: number;
}

export function chartBlock(process: Process, model: Model, measure: Measure, width: number, s: Style): FlowBlock<ChartContent> | undefined {
  void process;
  void model;
  void measure;
  void width;
  void s;
  return undefined;
}

export function drawChart(t: Typesetter, page: PDFPage, content: ChartContent, left: number, top: number): void {
  void t;
  void page;
  void content;
  void left;
  void top;
}
