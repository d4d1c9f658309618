/** Questions on process charts: step order, the next step (incl. decision branches), who does a step, its time limit. */
import type { Process, ProcessNode } from '../model/types/processes.ts';
import { normalise } from './text.ts';
import { formatNumber, plausibleWrongNumbers } from './numbers.ts';
import type { GeneratedKind } from './types.ts';
import { arrange, type BankBuilder, chooseDistractors } from './offers.ts';

/** The longest simple path from the start node: the process's main line. */
export function mainPath(process: Process): ProcessNode[] {
  const byId = new Map(process.nodes.map((n) => [n.id, n]));
  let best: ProcessNode[] = [];
  let budget = 20000; // a guard for dense graphs; real charts have a handful of branches
  const walk = (node: ProcessNode, path: ProcessNode[], seen: Set<string>): void => {
    if (--budget < 0) return;
    const here = [...path, node];
    if (here.length > best.length) best = here;
    for (const edge of node.next) {
      const next = byId.get(edge.to);
      if (next && !seen.has(next.id)) walk(next, here, new Set(seen).add(next.id));
    }
  };
  const start = byId.get(process.startId);
  if (start) walk(start, [], new Set([start.id]));
  return best;
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [items.slice()];
  const out: T[][] = [];
  items.forEach((item, i) => {
    for (const rest of permutations([...items.slice(0, i), ...items.slice(i + 1)])) out.push([item, ...rest]);
  });
  return out;
}

export function processQuestions(b: BankBuilder): void {
  const allTimeLimits = [
    ...new Set(
      b.view.processes.flatMap((p) => p.nodes.map((n) => n.timeLimit).filter((t): t is string => t !== undefined)),
    ),
  ];
  // Wrong answers to "who handles this step" come from the process's lanes, then from the posts of
  // the scope (a unit's paper never offers another industry's post); the group's papers, every post.
  const allRoleNames = (b.view.scope ? b.view.scope.roles : b.view.model.roles.map((r) => r.id)).map(b.view.roleName);

  for (const process of b.view.processes) {
    const byId = new Map(process.nodes.map((n) => [n.id, n]));
    const sameLabel = (node: ProcessNode): ProcessNode[] =>
      process.nodes.filter((n) => n.id !== node.id && normalise(n.label) === normalise(node.label));
    const labels = [...new Set(process.nodes.map((n) => n.label))];
    const where = `「${process.title}」中`;
    orderQuestions(b, process, where);

    for (const node of process.nodes) {
      const twins = sameLabel(node);
      /** A stem naming this step also names its twins: fine only if they all share the answer. */
      const ambiguous = (kind: GeneratedKind, answerOf: (n: ProcessNode) => string | undefined): boolean => {
        const differing = twins.filter((t) => answerOf(t) !== answerOf(node));
        if (differing.length === 0) return false;
        b.reject(
          kind,
          node.id,
          {
            reason: 'ambiguous-stem',
            detail: `“${node.label}” is also ${differing.map((t) => t.id).join(', ')} with another answer`,
          },
          node.source,
        );
        return true;
      };
      const step: Step = { process, node, byId, labels, where, twins, ambiguous };
      nextStepQuestions(b, step);
      roleQuestion(b, step, allRoleNames);
      timeQuestion(b, step, allTimeLimits);
    }
  }
}

/** One step of a process as its questions see it: its chart, its twins (steps with the same label). */
interface Step {
  process: Process;
  node: ProcessNode;
  byId: ReadonlyMap<string, ProcessNode>;
  /** Every label in the chart, once. */
  labels: string[];
  /** 「title」中, the stem's opening. */
  where: string;
  twins: ProcessNode[];
  /** Rejects the question (and says so) when a twin has another answer. */
  ambiguous: (kind: GeneratedKind, answerOf: (n: ProcessNode) => string | undefined) => boolean;
}

/** Order of steps: windows of up to four steps along the main line. */
function orderQuestions(b: BankBuilder, process: Process, where: string): void {
  const steps = mainPath(process).filter((n) => n.type !== 'decision');
  const size = Math.min(4, steps.length);
  if (size >= 3) {
    for (let start = 0; start < steps.length; start += size) {
      const window = steps.slice(Math.min(start, steps.length - size), Math.min(start, steps.length - size) + size);
      const sources = window.map((n) => n.id);
      const rng = b.rng('process-order', sources[0] as string, window.length);
      if (new Set(window.map((n) => normalise(n.label))).size !== window.length) {
        b.reject(
          'process-order',
          sources[0] as string,
          { reason: 'duplicate-options', detail: 'two steps share a label' },
          window[0]!.source,
        );
        continue;
      }
      const join = (nodes: ProcessNode[]): string => nodes.map((n) => n.label).join(' → ');
      const answer = join(window);
      const others = permutations(window)
        .map(join)
        .filter((t) => t !== answer);
      const distractors = chooseDistractors(answer, [{ items: others }], rng);
      b.offer(
        'process-order',
        sources,
        {
          type: 'single',
          stem: `${where}，下列环节的正确先后顺序是？`,
          ...arrange(answer, distractors, rng),
          explanation: `${process.title}：${answer}`,
        },
        window[0]!.source,
      );
    }
  }
}

/** The step after a step, and after each labelled branch of a decision. */
function nextStepQuestions(b: BankBuilder, { process, node, byId, labels, where, twins, ambiguous }: Step): void {
  if ((node.type === 'start' || node.type === 'step') && node.next.length === 1) {
    const next = byId.get(node.next[0]!.to);
    if (next && !ambiguous('process-next', (n) => n.next.map((e) => byId.get(e.to)?.label).join('|'))) {
      const rng = b.rng('process-next', node.id);
      const alsoCorrect = twins
        .flatMap((t) => t.next.map((e) => byId.get(e.to)?.label ?? ''))
        .filter((l) => l !== next.label);
      const distractors = chooseDistractors(
        next.label,
        [{ items: labels.filter((l) => l !== node.label) }],
        rng,
        alsoCorrect,
      );
      b.offer(
        'process-next',
        [node.id],
        {
          type: 'single',
          stem: `${where}，「${node.label}」之后的下一个环节是？`,
          ...arrange(next.label, distractors, rng),
          explanation: `${process.title}：${node.label} → ${next.label}`,
        },
        node.source,
        alsoCorrect,
      );
    }
  }
  if (node.type === 'decision') {
    for (const edge of node.next) {
      const next = byId.get(edge.to);
      if (!next || edge.label === undefined) continue;
      if (ambiguous('process-next', (n) => byId.get(n.next.find((e) => e.label === edge.label)?.to ?? '')?.label))
        break;
      const rng = b.rng('process-next', node.id, edge.label);
      const otherBranches = node.next.filter((e) => e !== edge).map((e) => byId.get(e.to)?.label ?? '');
      const distractors = chooseDistractors(
        next.label,
        [{ items: otherBranches }, { items: labels.filter((l) => l !== node.label) }],
        rng,
      );
      b.offer(
        'process-next',
        [node.id],
        {
          type: 'single',
          stem: `${where}，「${node.label}」的结果为“${edge.label}”时，下一步是？`,
          ...arrange(next.label, distractors, rng),
          explanation: `${process.title}：${node.label}（${edge.label}）→ ${next.label}`,
        },
        node.source,
      );
    }
  }
}

/** Who handles a step or a decision. */
function roleQuestion(b: BankBuilder, { process, node, where, twins, ambiguous }: Step, allRoleNames: string[]): void {
  if (
    (node.type === 'step' || node.type === 'decision') &&
    !ambiguous('process-role', (n) => b.view.roleName(n.role))
  ) {
    const role = b.view.roleName(node.role);
    const rng = b.rng('process-role', node.id);
    const alsoCorrect = twins.map((t) => b.view.roleName(t.role)).filter((r) => r !== role);
    const distractors = chooseDistractors(
      role,
      [{ items: process.lanes.map(b.view.roleName) }, { items: allRoleNames }],
      rng,
      alsoCorrect,
    );
    b.offer(
      'process-role',
      [node.id],
      {
        type: 'single',
        stem: `${where}，「${node.label}」由哪个岗位负责？`,
        ...arrange(role, distractors, rng),
        explanation: `${process.title}：「${node.label}」由${role}负责。`,
      },
      node.source,
      alsoCorrect,
    );
  }
}

/** A step's time limit. */
function timeQuestion(b: BankBuilder, { process, node, where, twins, ambiguous }: Step, allTimeLimits: string[]): void {
  if (node.timeLimit !== undefined && !ambiguous('process-time', (n) => n.timeLimit)) {
    const limit = node.timeLimit;
    const rng = b.rng('process-time', node.id);
    const number = /\d+(?:\.\d+)?/.exec(limit);
    const variants = number
      ? plausibleWrongNumbers(Number(number[0]), limit.slice(number.index + number[0].length)).map(
          (v) => limit.slice(0, number.index) + formatNumber(v) + limit.slice(number.index + number[0].length),
        )
      : [];
    const alsoCorrect = twins.map((t) => t.timeLimit ?? '').filter((t) => t !== '' && t !== limit);
    const distractors = chooseDistractors(
      limit,
      [{ items: variants.slice(0, 4), max: 2 }, { items: allTimeLimits }, { items: variants }],
      rng,
      alsoCorrect,
    );
    b.offer(
      'process-time',
      [node.id],
      {
        type: 'single',
        stem: `${where}，「${node.label}」的办理时限是？`,
        ...arrange(limit, distractors, rng),
        explanation: `${process.title}：「${node.label}」时限为${limit}。`,
      },
      node.source,
      alsoCorrect,
    );
  }
}
