/** The resolved process chart and its nodes. */
import type { SourceRef } from '../types.ts';

export type ProcessNodeType = 'start' | 'step' | 'decision' | 'end';

export interface ProcessNode {
  id: string;
  type: ProcessNodeType;
  label: string;
  role: string;
  timeLimit?: string;
  clauses: string[];
  /** Outgoing edges; a step's single edge has no label. */
  next: { to: string; label?: string }[];
  processId: string;
  source: SourceRef;
}

export interface Process {
  id: string;
  title: string;
  description?: string;
  units: 'all' | string[];
  industries?: string[];
  nodes: ProcessNode[];
  startId: string;
  /** Role ids in order of first appearance along the nodes: the swim lanes. */
  lanes: string[];
  source: SourceRef;
}
