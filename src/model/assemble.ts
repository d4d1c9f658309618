/**
 * From validated files to the typed model: numbering, strength, params,
 * the global id index, and every check that needs more than one field or file
 * (references, processes, quiz answers). Unit inheritance is in resolve.ts.
 */
import type { Diagnostics } from './diagnostics.ts';
import type { LoadedContent, ValidFile } from './load.ts';
import type { ClauseInput, Kind, Strength } from './schema.ts';
import { locate, formatPath, type ParsedFile } from './source.ts';
import { inferStrength, strengthConflicts, STRENGTH_LABEL_ZH } from './strength.ts';
import type {
  Assessment,
  Clause,
  Commitment,
  CommitmentSet,
  EtiquetteSet,
  Hotlines,
  IndexEntry,
  ItemKind,
  NormDocument,
  Organisation,
  Page,
  ParamValue,
  Phrase,
  Process,
  ProcessNode,
  Question,
  QuizBank,
  Role,
  SourceRef,
  Target,
  ConductRule,
} from './types.ts';

type Path = (string | number)[];

const at = (pf: ParsedFile, path: Path): SourceRef => {
  const { file, line, column } = locate(pf, path);
  return { file, line, column };
};

/** The global id namespace: every id in the content, with where it was first defined. */
export class IdIndex {
  readonly entries: Record<string, IndexEntry> = {};
  /** Ids seen in files that failed validation: references to them are not reported again. */
  readonly shadow = new Set<string>();
  /** Kinds of item whose files could not be read: references to them are not reported. */
  readonly unknowable = new Set<ItemKind>();
  constructor(private readonly diags: Diagnostics) {}

  add(kind: ItemKind, id: string, label: string, source: SourceRef, path: string, container?: string): boolean {
    const prior = this.entries[id];
    if (prior) {
      this.diags.error(
        source,
        path,
        'duplicate-id',
        `id "${id}" 重复：已在 ${prior.source.file}:${prior.source.line} 使用 / duplicate id "${id}": already used at ${prior.source.file}:${prior.source.line}`,
      );
      return false;
    }
    this.entries[id] = { kind, id, label, source, ...(container ? { container } : {}) };
    this.count++;
    return true;
  }

  has(id: string, kinds?: readonly ItemKind[]): boolean {
    const e = this.entries[id];
    return e !== undefined && (!kinds || kinds.includes(e.kind));
  }

  private count = 0;
  private readonly byKinds = new Map<string, { count: number; ids: string[] }>();

  /**
   * Ids of the given kinds, for "did you mean". Cached until the next add: listing all entries
   * per dangling reference was quadratic (8,000 clauses with an unknown role took 32 s).
   */
  idsOfKinds(kinds: readonly ItemKind[]): string[] {
    const key = kinds.join(',');
    const cached = this.byKinds.get(key);
    if (cached && cached.count === this.count) return cached.ids;
    const ids = Object.values(this.entries).filter((e) => kinds.includes(e.kind)).map((e) => e.id);
    this.byKinds.set(key, { count: this.count, ids });
    return ids;
  }
}

const KIND_ZH: Partial<Record<ItemKind, string>> = {
  process: '流程',
  situation: '场景',
  'rule-set': '规则',
  threshold: '考核分数线',
  inspection: '检查方式',
  award: '奖项',
  clause: '条款',
  phrase: '用语',
  forbidden: '忌语',
  commitment: '承诺',
  node: '流程步骤',
  role: '岗位',
  unit: '单位',
  document: '规范文件',
  violation: '违规项',
  conduct: '行为规范',
};

/** Reports a reference that does not resolve, with a guess at what was meant. */
export function checkRef(
  ids: IdIndex,
  diags: Diagnostics,
  ref: string,
  kinds: readonly ItemKind[],
  source: SourceRef,
  path: string,
): boolean {
  if (ids.has(ref, kinds)) return true;
  if (ids.shadow.has(ref) || kinds.every((k) => ids.unknowable.has(k))) return false;
  const what = kinds.length > 4 ? '可引用的条目（条款、用语、承诺、流程步骤等）' : kinds.map((k) => KIND_ZH[k] ?? k).join('/');
  const whatEn = kinds.length > 4 ? 'citable item (clause, phrase, commitment, step, …)' : kinds.join('/');
  const found = ids.entries[ref];
  if (found) {
    diags.error(source, path, 'wrong-reference-kind', `"${ref}" 是${KIND_ZH[found.kind] ?? found.kind}，这里需要${what} / "${ref}" is a ${found.kind}, expected a ${kinds.join('/')}`);
    return false;
  }
  const candidates = ids.idsOfKinds(kinds);
  const guess = closestId(ref, candidates);
  diags.error(
    source,
    path,
    'dangling-reference',
    `找不到${what} "${ref}"${guess ? `，是不是 "${guess}"？` : ''} / no ${whatEn} with id "${ref}"${guess ? `; did you mean "${guess}"?` : ''}`,
  );
  return false;
}

function closestId(ref: string, candidates: string[]): string | undefined {
  // Cheap pre-filter: ids sharing a prefix or length-close; edit distance on the rest.
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    if (Math.abs(c.length - ref.length) > 3) continue;
    const d = lev(ref, c);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return bestD <= 3 ? best : undefined;
}
function lev(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const t = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = t;
    }
  }
  return row[b.length]!;
}

// ---------------------------------------------------------------- params

const PLACEHOLDER = /\{\{\s*([a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)?)\s*\}\}/g;

export interface Scope {
  params: Record<string, ParamValue>;
  hotlines: Hotlines;
}

/** Fills {{param}} and {{hotline.service}} in text; returns the names it could not fill. */
export function interpolate(template: string, scope: Scope): { text: string; missing: string[] } {
  const missing: string[] = [];
  const text = template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = lookupParam(name, scope);
    if (value === undefined) {
      missing.push(name);
      return whole;
    }
    return String(value);
  });
  return { text, missing };
}

function lookupParam(name: string, scope: Scope): ParamValue | undefined {
  if (name.startsWith('hotline.')) {
    const key = name.slice('hotline.'.length);
    if (key === 'service' || key === 'supervision' || key === 'fault') return scope.hotlines[key];
    return undefined;
  }
  return scope.params[name];
}

export function reportMissingParam(diags: Diagnostics, source: SourceRef, path: string, name: string): void {
  diags.error(
    source,
    path,
    'unknown-param',
    `文字中的 {{${name}}} 没有定义（请在 organisation.yaml 的 params 或 hotlines 中定义，单位可再覆盖） / {{${name}}} in the text is not defined (add it to params or hotlines in organisation.yaml; units may override it)`,
  );
}

const COMPARATOR_SIGN = { le: '≤', lt: '<', ge: '≥', gt: '>', eq: '=' } as const;

export function formatTarget(value: number, unit: string, comparator: keyof typeof COMPARATOR_SIGN): string {
  // SI units written in Latin letters take a space (0.28 MPa); %, Chinese units do not (97%, 24小时).
  const spaced = /^[A-Za-z]/.test(unit);
  const amount = `${value}${spaced ? ' ' : ''}${unit}`;
  // "= 24小时/天" reads oddly on a notice board: an exact target is shown as the bare amount.
  return comparator === 'eq' ? amount : `${COMPARATOR_SIGN[comparator]} ${amount}`;
}

export function resolveTarget(
  raw: { value: number | string; unit: string; comparator: keyof typeof COMPARATOR_SIGN },
  scope: Scope,
): Target | { error: string } {
  let value: number;
  let param: string | undefined;
  if (typeof raw.value === 'number') value = raw.value;
  else {
    param = raw.value.slice(2, -2).trim();
    const v = lookupParam(param, scope);
    if (v === undefined) return { error: param };
    value = typeof v === 'number' ? v : Number(v);
    if (!Number.isFinite(value)) return { error: param };
  }
  return {
    value,
    unit: raw.unit,
    comparator: raw.comparator,
    ...(param ? { param } : {}),
    display: formatTarget(value, raw.unit, raw.comparator),
  };
}

export function normaliseHotlines(h: { service?: string | undefined; supervision?: string | undefined; fault?: string | undefined; other?: { label: string; number: string }[] | undefined } | undefined): Hotlines {
  return {
    ...(h?.service ? { service: h.service } : {}),
    ...(h?.supervision ? { supervision: h.supervision } : {}),
    ...(h?.fault ? { fault: h.fault } : {}),
    other: h?.other ?? [],
  };
}

// ---------------------------------------------------------------- clauses

/** Builds clause trees with displayed numbers; warns where strength and wording disagree. */
export function buildClauses(
  inputs: readonly ClauseInput[],
  ctx: { pf: ParsedFile; path: Path; documentId: string; parentNumber: string; depth: number; parentId?: string; start: number; scope: Scope },
  diags: Diagnostics,
): Clause[] {
  const out: Clause[] = [];
  let counter = ctx.start;
  inputs.forEach((input, i) => {
    const path = [...ctx.path, i];
    const source = at(ctx.pf, path);
    let number: string;
    if (input.number !== undefined) {
      number = input.number;
      const last = Number(number.split('.').pop());
      counter = last + 1;
      const expectedPrefix = ctx.parentNumber ? `${ctx.parentNumber}.` : '';
      if (expectedPrefix && !number.startsWith(expectedPrefix)) {
        diags.warning(at(ctx.pf, [...path, 'number']), formatPath([...path, 'number']), 'number-outside-parent', `编号 ${number} 不在上级条款 ${ctx.parentNumber} 之下 / number ${number} is not under its parent ${ctx.parentNumber}`);
      }
    } else {
      number = ctx.parentNumber ? `${ctx.parentNumber}.${counter}` : String(counter);
      counter++;
    }
    let strength: Strength | undefined = input.strength;
    let strengthInferred = false;
    let text = input.text;
    if (input.text !== undefined && input.text.includes('{{')) {
      const filled = interpolate(input.text, ctx.scope);
      text = filled.text;
      for (const name of filled.missing) reportMissingParam(diags, at(ctx.pf, [...path, 'text']), formatPath([...path, 'text']), name);
    }
    if (text) {
      const inferred = strength === undefined ? inferStrength(text) : strengthConflicts(strength, text);
      if (strength === undefined && inferred !== undefined) {
        strength = inferred;
        strengthInferred = true;
      } else if (strength !== undefined && inferred !== undefined) {
        diags.warning(
          at(ctx.pf, [...path, 'strength']),
          formatPath([...path, 'strength']),
          'strength-mismatch',
          `条款 ${number} 的措辞是“${STRENGTH_LABEL_ZH[inferred]}”，但标注为“${STRENGTH_LABEL_ZH[strength]}”（${strength}），请核对 / clause ${number} is worded as ${inferred} but marked ${strength}`,
        );
      }
    }
    const clause: Clause = {
      id: input.id,
      number,
      ...(input.title ? { title: input.title } : {}),
      ...(text ? { text } : {}),
      ...(text !== input.text && input.text ? { template: input.text } : {}),
      ...(strength ? { strength } : {}),
      strengthInferred,
      tags: input.tags ?? [],
      roles: input.roles ?? [],
      appliesTo: [],
      ...(input.note ? { note: input.note } : {}),
      depth: ctx.depth,
      documentId: ctx.documentId,
      ...(ctx.parentId ? { parentId: ctx.parentId } : {}),
      children: [],
      source,
    };
    clause.children = buildClauses(
      input.clauses ?? [],
      { pf: ctx.pf, path: [...path, 'clauses'], documentId: ctx.documentId, parentNumber: number, depth: ctx.depth + 1, parentId: input.id, start: 1, scope: ctx.scope },
      diags,
    );
    out.push(clause);
  });
  return out;
}

export function* walkClauses(clauses: readonly Clause[]): Generator<Clause> {
  for (const c of clauses) {
    yield c;
    yield* walkClauses(c.children);
  }
}

/** Sets each clause's `appliesTo`: own roles, else the parent's, else the document's. */
export function assignAppliesTo(clauses: readonly Clause[], inherited: readonly string[]): void {
  for (const c of clauses) {
    c.appliesTo = c.roles.length > 0 ? [...c.roles] : [...inherited];
    assignAppliesTo(c.children, c.appliesTo);
  }
}

/** Whether an item with these effective roles applies to roleId (no roles: every role). */
export function appliesToRole(item: { appliesTo: readonly string[] }, roleId: string): boolean {
  return item.appliesTo.length === 0 || item.appliesTo.includes(roleId);
}

export function clauseLabel(c: Clause): string {
  return `${c.number} ${c.title ?? c.text ?? ''}`.slice(0, 80);
}

// ---------------------------------------------------------------- assemble

export interface Assembled {
  organisation?: Organisation;
  roles: Role[];
  documents: NormDocument[];
  etiquette: EtiquetteSet[];
  commitmentSets: CommitmentSet[];
  processes: Process[];
  assessments: Assessment[];
  quizzes: QuizBank[];
  pages: Page[];
  ids: IdIndex;
  /** Raw files, kept for checks that need positions later (units). */
  files: { [K in keyof LoadedContent]: LoadedContent[K] };
}

export function assemble(content: LoadedContent, diags: Diagnostics): Assembled {
  const ids = new IdIndex(diags);
  for (const { pf } of content.invalid) collectIds(pf.data, ids.shadow);
  for (const kind of content.unreadable) for (const k of ITEM_KINDS_OF[kind]) ids.unknowable.add(k);

  // Organisation
  let organisation: Organisation | undefined;
  const orgFile = content.organisation[0];
  if (orgFile) {
    const d = orgFile.data;
    organisation = {
      id: d.id,
      name: d.name,
      shortName: d.shortName ?? d.name,
      ...(d.industry ? { industry: d.industry } : {}),
      ...(d.address ? { address: d.address } : {}),
      ...(d.openingHours ? { openingHours: d.openingHours } : {}),
      hotlines: normaliseHotlines(d.hotlines),
      baseUrl: d.baseUrl.replace(/\/+$/, ''),
      language: d.language,
      params: d.params ?? {},
      ...(d.description ? { description: d.description } : {}),
      source: at(orgFile.pf, []),
    };
    ids.add('organisation', d.id, d.name, at(orgFile.pf, ['id']), 'id');
  }
  const orgScope: Scope = { params: organisation?.params ?? {}, hotlines: organisation?.hotlines ?? { other: [] } };

  // Roles
  const roles: Role[] = [];
  for (const f of content.roles) {
    f.data.roles.forEach((r, i) => {
      const source = at(f.pf, ['roles', i]);
      if (ids.add('role', r.id, r.name, at(f.pf, ['roles', i, 'id']), formatPath(['roles', i, 'id']))) {
        roles.push({ id: r.id, name: r.name, ...(r.description ? { description: r.description } : {}), source });
      }
    });
  }

  // Units are registered early so that everything may refer to them.
  for (const f of content.units) {
    ids.add('unit', f.data.id, f.data.name, at(f.pf, ['id']), 'id');
  }

  const documents = content.norms.map((f) => buildDocument(f, ids, diags, orgScope));
  const etiquette = content.etiquette.map((f) => buildEtiquette(f, ids));
  const commitmentSets = content.commitments.map((f) => buildCommitmentSet(f, ids, diags, orgScope));
  const processes = content.processes.map((f) => buildProcess(f, ids, diags));
  const assessments = content.assessment.map((f) => buildAssessment(f, ids));
  // Units' own clauses and commitments are registered before references are checked.
  registerUnitItems(content.units, ids);
  const quizzes = content.quiz.map((f) => buildQuiz(f, ids, diags, orgScope));

  // References that need the whole index.
  for (const doc of documents) {
    for (const c of walkClauses(doc.clauses)) {
      c.roles.forEach((r, i) => checkRef(ids, diags, r, ['role'], c.source, `clauses(${c.id}).roles[${i}]`));
    }
  }
  for (const f of content.etiquette) checkEtiquetteRefs(f, ids, diags);
  for (const f of content.processes) checkProcessRefs(f, ids, diags);
  for (const f of content.assessment) {
    f.data.violations.forEach((v, i) =>
      (v.clauses ?? []).forEach((c, j) => checkRef(ids, diags, c, ['clause'], at(f.pf, ['violations', i, 'clauses', j]), formatPath(['violations', i, 'clauses', j]))),
    );
  }
  for (const f of content.quiz) {
    f.data.questions.forEach((q, i) =>
      q.cites.forEach((c, j) =>
        checkRef(ids, diags, c, ['clause', 'phrase', 'forbidden', 'conduct', 'commitment', 'node', 'process', 'violation', 'situation', 'rule-set', 'threshold', 'inspection', 'award'], at(f.pf, ['questions', i, 'cites', j]), formatPath(['questions', i, 'cites', j])),
      ),
    );
  }
  for (const f of [...content.commitments, ...content.processes]) {
    const units = f.data.units;
    if (units !== 'all') units.forEach((u, i) => checkRef(ids, diags, u, ['unit'], at(f.pf, ['units', i]), formatPath(['units', i])));
  }

  const pages: Page[] = content.pages.map((p) => ({
    slug: p.slug,
    title: p.data.title,
    ...(p.data.description ? { description: p.data.description } : {}),
    order: p.data.order ?? 100,
    units: p.data.units,
    file: p.pf.absPath,
    source: { file: p.pf.file, line: 1, column: 1 },
  }));
  for (const p of content.pages) {
    if (p.data.units !== 'all') p.data.units.forEach((u, i) => checkRef(ids, diags, u, ['unit'], at(p.pf, ['units', i]), formatPath(['units', i])));
  }
  pages.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));

  return {
    ...(organisation ? { organisation } : {}),
    roles,
    documents,
    etiquette,
    commitmentSets,
    processes,
    assessments,
    quizzes,
    pages,
    ids,
    files: content,
  };
}

/** Which kinds of item each kind of file defines. */
const ITEM_KINDS_OF: Record<Kind, ItemKind[]> = {
  organisation: ['organisation'],
  roles: ['role'],
  norms: ['document', 'clause'],
  etiquette: ['etiquette', 'situation', 'phrase', 'forbidden', 'conduct', 'rule-set'],
  commitments: ['commitment-set', 'commitment'],
  processes: ['process', 'node'],
  assessment: ['assessment', 'inspection', 'threshold', 'violation', 'award'],
  quiz: ['quiz', 'question'],
  units: ['unit', 'clause', 'commitment'],
};

/**
 * Each object once: YAML aliases make the data a graph of shared objects, and walking it as a
 * tree took exponential time (fuzzing: an alias bomb over an empty list, which yaml's alias
 * limit lets through, took 4 s in a 187 KB file; one level more would hang).
 */
function collectIds(data: unknown, into: Set<string>, seen = new Set<object>()): void {
  if (!data || typeof data !== 'object' || seen.has(data)) return;
  seen.add(data);
  if (Array.isArray(data)) for (const x of data) collectIds(x, into, seen);
  else {
    const id = (data as Record<string, unknown>).id;
    if (typeof id === 'string') into.add(id);
    for (const v of Object.values(data)) collectIds(v, into, seen);
  }
}

function buildDocument(f: ValidFile<'norms'>, ids: IdIndex, diags: Diagnostics, scope: Scope): NormDocument {
  const d = f.data;
  ids.add('document', d.id, d.title, at(f.pf, ['id']), 'id');
  const clauses = buildClauses(d.clauses, { pf: f.pf, path: ['clauses'], documentId: d.id, parentNumber: '', depth: 1, start: d.startNumber, scope }, diags);
  assignAppliesTo(clauses, d.roles ?? []);
  // Roles are registered before documents are built, so the reference can be checked here.
  (d.roles ?? []).forEach((r, i) => checkRef(ids, diags, r, ['role'], at(f.pf, ['roles', i]), formatPath(['roles', i])));
  const numbers = new Map<string, Clause>();
  // One walk for all paths: searching the tree per clause was quadratic (39,000 clauses took 260 s).
  const idPaths = clauseIdPaths(d.clauses);
  for (const c of walkClauses(clauses)) {
    const idPath = idPaths.get(c.id) ?? [];
    ids.add('clause', c.id, clauseLabel(c), locate(f.pf, idPath), formatPath(idPath), d.id);
    const prior = numbers.get(c.number);
    if (prior) {
      diags.error(c.source, formatPath(idPath), 'duplicate-number', `条款编号 ${c.number} 重复（另见第 ${prior.source.line} 行） / duplicate clause number ${c.number} (also at line ${prior.source.line})`);
    } else numbers.set(c.number, c);
  }
  return {
    id: d.id,
    title: d.title,
    ...(d.code ? { code: d.code } : {}),
    issuer: d.issuer,
    version: d.version,
    effective: d.effective,
    scope: d.scope,
    references: (d.references ?? []).map((r) => ({ title: r.title, ...(r.code ? { code: r.code } : {}), ...(r.url ? { url: r.url } : {}) })),
    roles: d.roles ?? [],
    clauses,
    source: at(f.pf, []),
  };
}

/** Field path of each clause id's first occurrence in a norm file, e.g. clauses[0].clauses[2].id. */
function clauseIdPaths(inputs: readonly ClauseInput[], prefix: Path = ['clauses'], into = new Map<string, Path>()): Map<string, Path> {
  inputs.forEach((c, i) => {
    if (!into.has(c.id)) into.set(c.id, [...prefix, i, 'id']);
    if (c.clauses?.length) clauseIdPaths(c.clauses, [...prefix, i, 'clauses'], into);
  });
  return into;
}

function phraseSlots(text: string): string[] {
  return [...text.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!.trim());
}

function buildEtiquette(f: ValidFile<'etiquette'>, ids: IdIndex): EtiquetteSet {
  const d = f.data;
  ids.add('etiquette', d.id, d.title, at(f.pf, ['id']), 'id');
  const conductOf = (rules: typeof d.conduct, base: Path, situationId?: string): ConductRule[] =>
    rules.map((r, i) => {
      const source = at(f.pf, [...base, i]);
      ids.add('conduct', r.id, r.text.slice(0, 60), at(f.pf, [...base, i, 'id']), formatPath([...base, i, 'id']), situationId ?? d.id);
      return { id: r.id, topic: r.topic, text: r.text, ...(r.strength ? { strength: r.strength } : {}), ...(situationId ? { situationId } : {}), setId: d.id, source };
    });
  const situations = d.situations.map((s, si) => {
    const base: Path = ['situations', si];
    ids.add('situation', s.id, s.title, at(f.pf, [...base, 'id']), formatPath([...base, 'id']), d.id);
    const phrase = (kind: 'standard' | 'forbidden', list: { id: string; text: string; note?: string | undefined; instead?: string | undefined }[], key: string): Phrase[] =>
      list.map((p, i) => {
        ids.add(kind === 'standard' ? 'phrase' : 'forbidden', p.id, p.text, at(f.pf, [...base, key, i, 'id']), formatPath([...base, key, i, 'id']), s.id);
        return {
          id: p.id,
          kind,
          text: p.text,
          slots: phraseSlots(p.text),
          ...(p.instead ? { instead: p.instead } : {}),
          ...(p.note ? { note: p.note } : {}),
          situationId: s.id,
          setId: d.id,
          source: at(f.pf, [...base, key, i]),
        };
      });
    return {
      id: s.id,
      title: s.title,
      ...(s.description ? { description: s.description } : {}),
      roles: s.roles ?? [],
      phrases: phrase('standard', s.phrases, 'phrases'),
      forbidden: phrase('forbidden', s.forbidden, 'forbidden'),
      conduct: conductOf(s.conduct, [...base, 'conduct'], s.id),
      setId: d.id,
      source: at(f.pf, base),
    };
  });
  const ruleSets = d.ruleSets.map((r, i) => {
    ids.add('rule-set', r.id, r.title, at(f.pf, ['ruleSets', i, 'id']), formatPath(['ruleSets', i, 'id']), d.id);
    return { id: r.id, title: r.title, items: r.items, source: at(f.pf, ['ruleSets', i]) };
  });
  return {
    id: d.id,
    title: d.title,
    ...(d.description ? { description: d.description } : {}),
    situations,
    ruleSets,
    conduct: conductOf(d.conduct, ['conduct']),
    source: at(f.pf, []),
  };
}

function checkEtiquetteRefs(f: ValidFile<'etiquette'>, ids: IdIndex, diags: Diagnostics): void {
  f.data.situations.forEach((s, si) => {
    (s.roles ?? []).forEach((r, i) => checkRef(ids, diags, r, ['role'], at(f.pf, ['situations', si, 'roles', i]), formatPath(['situations', si, 'roles', i])));
    s.forbidden.forEach((p, i) => {
      if (p.instead) checkRef(ids, diags, p.instead, ['phrase'], at(f.pf, ['situations', si, 'forbidden', i, 'instead']), formatPath(['situations', si, 'forbidden', i, 'instead']));
    });
    if (s.phrases.length === 0 && s.forbidden.length === 0 && s.conduct.length === 0) {
      diags.warning(at(f.pf, ['situations', si]), formatPath(['situations', si]), 'empty-situation', `场景“${s.title}”没有任何用语或行为规范 / situation "${s.title}" has no phrases or conduct rules`);
    }
  });
}

/** Builds one commitment with params filled from scope; reports unknown params. */
export function buildCommitment(
  c: { id: string; title?: string | undefined; text: string; target?: { value: number | string; unit: string; comparator: 'le' | 'lt' | 'ge' | 'gt' | 'eq' } | undefined; public: boolean },
  scope: Scope,
  meta: { setId?: string; definedBy: string; source: SourceRef },
  report?: { diags: Diagnostics; pf: ParsedFile; path: Path },
): Commitment {
  const { text, missing } = interpolate(c.text, scope);
  let target: Target | undefined;
  if (c.target) {
    const t = resolveTarget(c.target, scope);
    if ('error' in t) {
      report?.diags.error(
        at(report.pf, [...report.path, 'target', 'value']),
        formatPath([...report.path, 'target', 'value']),
        'unknown-param',
        `参数 "${t.error}" 未定义或不是数字（请在 organisation.yaml 或单位文件的 params 中定义） / param "${t.error}" is not defined or not a number (define it under params)`,
      );
    } else target = t;
  }
  if (report) for (const name of missing) reportMissingParam(report.diags, at(report.pf, [...report.path, 'text']), formatPath([...report.path, 'text']), name);
  return {
    id: c.id,
    ...(c.title ? { title: c.title } : {}),
    text,
    template: c.text,
    ...(target ? { target } : {}),
    public: c.public,
    ...(meta.setId ? { setId: meta.setId } : {}),
    definedBy: meta.definedBy,
    source: meta.source,
  };
}

function buildCommitmentSet(f: ValidFile<'commitments'>, ids: IdIndex, diags: Diagnostics, scope: Scope): CommitmentSet {
  const d = f.data;
  ids.add('commitment-set', d.id, d.title, at(f.pf, ['id']), 'id');
  const commitments = d.commitments.map((c, i) => {
    ids.add('commitment', c.id, c.title ?? c.text.slice(0, 40), at(f.pf, ['commitments', i, 'id']), formatPath(['commitments', i, 'id']), d.id);
    // Unknown params are reported per unit later, where a unit may supply them; here only the organisation's scope is known.
    return buildCommitment(c, scope, { setId: d.id, definedBy: 'organisation', source: at(f.pf, ['commitments', i]) });
  });
  return { id: d.id, title: d.title, units: d.units, ...(d.effective ? { effective: d.effective } : {}), commitments, source: at(f.pf, []) };
}

function registerUnitItems(units: readonly ValidFile<'units'>[], ids: IdIndex): void {
  for (const f of units) {
    f.data.add.forEach((a, ai) => {
      const register = (list: readonly ClauseInput[], base: Path) =>
        list.forEach((c, i) => {
          ids.add('clause', c.id, (c.title ?? c.text ?? '').slice(0, 60), at(f.pf, [...base, i, 'id']), formatPath([...base, i, 'id']), a.document);
          register(c.clauses ?? [], [...base, i, 'clauses']);
        });
      register(a.clauses, ['add', ai, 'clauses']);
    });
    f.data.commitments.forEach((c, i) => ids.add('commitment', c.id, c.title ?? c.text.slice(0, 40), at(f.pf, ['commitments', i, 'id']), formatPath(['commitments', i, 'id']), f.data.id));
  }
}

function buildProcess(f: ValidFile<'processes'>, ids: IdIndex, diags: Diagnostics): Process {
  const d = f.data;
  ids.add('process', d.id, d.title, at(f.pf, ['id']), 'id');
  const nodes: ProcessNode[] = d.nodes.map((n, i) => {
    ids.add('node', n.id, n.label, at(f.pf, ['nodes', i, 'id']), formatPath(['nodes', i, 'id']), d.id);
    const next =
      n.type === 'decision' ? n.branches.map((b) => ({ to: b.to, label: b.label })) : n.type === 'end' ? [] : [{ to: n.next }];
    return {
      id: n.id,
      type: n.type,
      label: n.label,
      role: n.role,
      ...(n.timeLimit ? { timeLimit: n.timeLimit } : {}),
      clauses: n.clauses ?? [],
      next,
      processId: d.id,
      source: at(f.pf, ['nodes', i]),
    };
  });
  const starts = nodes.filter((n) => n.type === 'start');
  if (starts.length !== 1) {
    diags.error(at(f.pf, starts[1] ? ['nodes', nodes.indexOf(starts[1])] : ['nodes']), 'nodes', 'process-start', `流程必须有且只有一个开始节点（type: start），现有 ${starts.length} 个 / a process needs exactly one start node, found ${starts.length}`);
  }
  if (!nodes.some((n) => n.type === 'end')) {
    diags.error(at(f.pf, ['nodes']), 'nodes', 'process-end', '流程至少需要一个结束节点（type: end） / a process needs at least one end node');
  }
  const lanes: string[] = [];
  for (const n of nodes) if (!lanes.includes(n.role)) lanes.push(n.role);
  return {
    id: d.id,
    title: d.title,
    ...(d.description ? { description: d.description } : {}),
    units: d.units,
    nodes,
    startId: starts[0]?.id ?? nodes[0]!.id,
    lanes,
    source: at(f.pf, []),
  };
}

function checkProcessRefs(f: ValidFile<'processes'>, ids: IdIndex, diags: Diagnostics): void {
  const d = f.data;
  const local = new Map(d.nodes.map((n, i) => [n.id, i] as const));
  d.nodes.forEach((n, i) => {
    checkRef(ids, diags, n.role, ['role'], at(f.pf, ['nodes', i, 'role']), formatPath(['nodes', i, 'role']));
    (n.clauses ?? []).forEach((c, j) => checkRef(ids, diags, c, ['clause'], at(f.pf, ['nodes', i, 'clauses', j]), formatPath(['nodes', i, 'clauses', j])));
    const targets: [string, Path][] =
      n.type === 'decision' ? n.branches.map((b, j) => [b.to, ['nodes', i, 'branches', j, 'to']]) : n.type === 'end' ? [] : [[n.next, ['nodes', i, 'next']]];
    for (const [to, p] of targets) {
      if (!local.has(to)) {
        const guess = closestId(to, [...local.keys()]);
        diags.error(at(f.pf, p), formatPath(p), 'dangling-reference', `本流程中没有节点 "${to}"${guess ? `，是不是 "${guess}"？` : ''} / no node "${to}" in this process${guess ? `; did you mean "${guess}"?` : ''}`);
      }
      if (to === n.id) diags.error(at(f.pf, p), formatPath(p), 'process-self-loop', `节点 "${n.id}" 指向自己 / node "${n.id}" leads to itself`);
    }
    if (n.type === 'decision') {
      if (n.branches.length < 2) {
        diags.error(at(f.pf, ['nodes', i, 'branches']), formatPath(['nodes', i, 'branches']), 'decision-branches', `判断节点 "${n.id}" 至少需要两个分支 / decision "${n.id}" needs at least two branches`);
      }
      const labels = n.branches.map((b) => b.label);
      labels.forEach((l, j) => {
        if (labels.indexOf(l) !== j) diags.error(at(f.pf, ['nodes', i, 'branches', j, 'label']), formatPath(['nodes', i, 'branches', j, 'label']), 'decision-branches', `分支标签“${l}”重复 / duplicate branch label "${l}"`);
      });
    }
  });
  // Reachability: every node reachable from the start, and every node can reach an end.
  const start = d.nodes.find((n) => n.type === 'start');
  if (!start) return;
  const edges = new Map(d.nodes.map((n) => [n.id, n.type === 'decision' ? n.branches.map((b) => b.to) : n.type === 'end' ? [] : [n.next]] as const));
  const reached = new Set<string>([start.id]);
  const queue = [start.id];
  while (queue.length) for (const to of edges.get(queue.shift()!) ?? []) if (local.has(to) && !reached.has(to)) (reached.add(to), queue.push(to));
  const reverse = new Map<string, string[]>();
  for (const [from, tos] of edges) for (const to of tos) reverse.set(to, [...(reverse.get(to) ?? []), from]);
  const toEnd = new Set(d.nodes.filter((n) => n.type === 'end').map((n) => n.id));
  const back = [...toEnd];
  while (back.length) for (const from of reverse.get(back.shift()!) ?? []) if (!toEnd.has(from)) (toEnd.add(from), back.push(from));
  d.nodes.forEach((n, i) => {
    if (!reached.has(n.id)) {
      diags.error(at(f.pf, ['nodes', i]), formatPath(['nodes', i]), 'process-unreachable', `节点 "${n.id}" 从开始节点无法到达（流程断开） / node "${n.id}" cannot be reached from the start (the process is disconnected)`);
    } else if (!toEnd.has(n.id)) {
      diags.error(at(f.pf, ['nodes', i]), formatPath(['nodes', i]), 'process-dead-end', `节点 "${n.id}" 走不到任何结束节点 / node "${n.id}" never reaches an end node`);
    }
  });
}

function buildAssessment(f: ValidFile<'assessment'>, ids: IdIndex): Assessment {
  const d = f.data;
  ids.add('assessment', d.id, d.title, at(f.pf, ['id']), 'id');
  const reg = <T extends { id: string }>(kind: ItemKind, key: string, list: T[], label: (x: T) => string) =>
    list.map((x, i) => {
      ids.add(kind, x.id, label(x), at(f.pf, [key, i, 'id']), formatPath([key, i, 'id']), d.id);
      return { ...x, source: at(f.pf, [key, i]) };
    });
  const inspections = reg('inspection', 'inspections', d.inspections, (x) => x.title).map(({ frequency, ...x }) => ({ ...x, ...(frequency ? { frequency } : {}) }));
  const thresholds = reg('threshold', 'thresholds', d.thresholds, (x) => `< ${x.below}`);
  const awards = reg('award', 'awards', d.awards, (x) => x.title);
  const violations = reg('violation', 'violations', d.violations, (x) => x.text).map((v) => ({
    id: v.id,
    text: v.text,
    clauses: v.clauses ?? [],
    penalty: {
      ...(v.penalty.fine !== undefined ? { fine: v.penalty.fine } : {}),
      ...(v.penalty.fineMax !== undefined ? { fineMax: v.penalty.fineMax } : {}),
      ...(v.penalty.points !== undefined ? { points: v.penalty.points } : {}),
      ...(v.penalty.text ? { text: v.penalty.text } : {}),
    },
    escalation: [...(v.escalation ?? [])].sort((a, b) => a.occurrence - b.occurrence),
    source: v.source,
  }));
  return { id: d.id, title: d.title, ...(d.description ? { description: d.description } : {}), inspections, thresholds, violations, awards, source: at(f.pf, []) };
}

const BLANK = /_{4,}|＿{2,}/g;

function buildQuiz(f: ValidFile<'quiz'>, raw: IdIndex, diags: Diagnostics, scope: Scope): QuizBank {
  const ids = raw;
  // Questions read the organisation's params, so a changed number reaches the quiz too.
  const fill = (text: string, path: Path): string => {
    if (!text.includes('{{')) return text;
    const r = interpolate(text, scope);
    for (const name of r.missing) reportMissingParam(diags, at(f.pf, path), formatPath(path), name);
    return r.text;
  };
  const d = {
    ...f.data,
    questions: f.data.questions.map((q, i) => {
      const base: Path = ['questions', i];
      const stem = fill(q.stem, [...base, 'stem']);
      const explanation = q.explanation === undefined ? undefined : fill(q.explanation, [...base, 'explanation']);
      if (q.type === 'single' || q.type === 'multiple') return { ...q, stem, explanation, options: q.options.map((o, j) => fill(o, [...base, 'options', j])) };
      if (q.type === 'blank') return { ...q, stem, explanation, answer: q.answer.map((a, j) => (Array.isArray(a) ? a.map((x, k) => fill(x, [...base, 'answer', j, k])) : fill(a, [...base, 'answer', j]))) };
      return { ...q, stem, explanation };
    }),
  };
  ids.add('quiz', d.id, d.title, at(f.pf, ['id']), 'id');
  const questions: Question[] = [];
  d.questions.forEach((q, i) => {
    const base: Path = ['questions', i];
    ids.add('question', q.id, q.stem.slice(0, 60), at(f.pf, [...base, 'id']), formatPath([...base, 'id']), d.id);
    const common = {
      id: q.id,
      stem: q.stem,
      cites: q.cites,
      ...(q.explanation ? { explanation: q.explanation } : {}),
      ...(q.difficulty ? { difficulty: q.difficulty } : {}),
      bankId: d.id,
      source: at(f.pf, base),
    };
    const letterIndex = (letter: string, j?: number): number | undefined => {
      const idx = letter.charCodeAt(0) - 65;
      if (q.type !== 'single' && q.type !== 'multiple') return undefined;
      if (idx >= q.options.length) {
        const p = j === undefined ? [...base, 'answer'] : [...base, 'answer', j];
        const last = String.fromCharCode(64 + q.options.length);
        diags.error(at(f.pf, p), formatPath(p), 'answer-not-in-options', `答案 ${letter} 不在选项中（只有 A–${last}） / answer ${letter} is not among the options (A–${last})`);
        return undefined;
      }
      return idx;
    };
    if (q.type === 'single' || q.type === 'multiple') {
      const seen = new Map<string, number>();
      q.options.forEach((o, j) => {
        const prev = seen.get(o);
        if (prev !== undefined) diags.error(at(f.pf, [...base, 'options', j]), formatPath([...base, 'options', j]), 'duplicate-option', `选项 ${String.fromCharCode(65 + j)} 与 ${String.fromCharCode(65 + prev)} 相同 / option ${String.fromCharCode(65 + j)} repeats option ${String.fromCharCode(65 + prev)}`);
        else seen.set(o, j);
      });
    }
    if (q.type === 'single') {
      const a = letterIndex(q.answer);
      if (a !== undefined) questions.push({ ...common, type: 'single', options: q.options, answer: a });
    } else if (q.type === 'multiple') {
      const answers = q.answer.map((l, j) => letterIndex(l, j));
      if (new Set(q.answer).size !== q.answer.length) diags.error(at(f.pf, [...base, 'answer']), formatPath([...base, 'answer']), 'duplicate-answer', '答案中有重复的字母 / the answer lists a letter twice');
      if (answers.every((a): a is number => a !== undefined)) questions.push({ ...common, type: 'multiple', options: q.options, answer: [...new Set(answers)].sort((a, b) => a - b) });
    } else if (q.type === 'truefalse') {
      questions.push({ ...common, type: 'truefalse', answer: q.answer });
    } else {
      const blanks = (q.stem.match(BLANK) ?? []).length;
      if (blanks !== q.answer.length) {
        diags.error(at(f.pf, [...base, 'stem']), formatPath([...base, 'stem']), 'blank-count', `题干有 ${blanks} 个空（____），答案有 ${q.answer.length} 个 / the stem has ${blanks} blank(s) (____) but ${q.answer.length} answer(s)`);
      } else {
        questions.push({ ...common, type: 'blank', answer: q.answer.map((a) => (Array.isArray(a) ? a : [a])) });
      }
    }
  });
  return { id: d.id, title: d.title, questions, source: at(f.pf, []) };
}
