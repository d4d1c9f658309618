/**
 * Phase 0, metrics: the spacings every later phase derives from the font size and options, and how
 * a node's outer width relates to the width its text may take.
 */
import type { ProcessNodeType } from '../../model/types/processes.ts';
import { estimateTextWidth, type TextMeasurer } from '../text.ts';
import type { LayoutOptions } from './types.ts';

export interface Metrics {
  fs: number;
  lh: number;
  measure: TextMeasurer;
  padX: number;
  padY: number;
  /** Spacing between parallel edge tracks. */
  track: number;
  /** Minimum free space between a node and its lane's border. */
  lanePad: number;
  /** The same between a node and the border of its column within a lane (see columns.ts): they are one lane's. */
  columnPad: number;
  minNodeWidth: number;
  maxNodeWidth: number;
}

export function metricsFor(options: LayoutOptions): Metrics {
  const fs = options.fontSize ?? 14;
  return {
    fs,
    lh: options.lineHeight ?? fs * 1.4,
    measure: options.measure ?? estimateTextWidth,
    padX: fs * 0.5,
    padY: fs * 0.5,
    track: fs * 0.6,
    lanePad: fs * 1.0,
    columnPad: fs * 0.5,
    minNodeWidth: fs * 5,
    maxNodeWidth: fs * (options.maxNodeEms ?? 10),
  };
}

/** Horizontal text room inside a node of the given width. */
export function textWidthFor(type: ProcessNodeType, width: number, m: Metrics): number {
  switch (type) {
    case 'step':
      return width - 2 * m.padX;
    case 'start':
    case 'end':
      return width - 2 * m.padX - m.fs;
    case 'decision':
      // The text block must sit inside the diamond; a bit over half its width keeps it from getting too tall.
      return width * 0.62;
  }
}

/** The node width that leaves `textWidth` for its text (the inverse of `textWidthFor`). */
export function nodeWidthFor(type: ProcessNodeType, textWidth: number, m: Metrics): number {
  switch (type) {
    case 'step':
      return textWidth + 2 * m.padX;
    case 'start':
    case 'end':
      return textWidth + 2 * m.padX + m.fs;
    case 'decision':
      return textWidth / 0.62;
  }
}
