/**
 * Mutations of content files for fuzzing the loader: structural ones applied to
 * the parsed YAML (yaml Document API, then re-serialised) and raw byte-level
 * ones applied to the file as written. Every mutation is plain data chosen by
 * fast-check; "pick" numbers select a node or offset modulo what exists, so a
 * case is reproducible from its seed and shrinks towards small picks.
 */
import fc from 'fast-check';
import {
  Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  Scalar,
  YAMLMap,
  YAMLSeq,
  type Node,
  type Pair,
} from 'yaml';

/** Mutations stop growing a file a little past the loader's 2 MB limit (bigger files are refused unread anyway). */
const MAX_MUTATED_CHARS = 3 * 1024 * 1024;

// ---------------------------------------------------------------- vocabulary

/** Characters that trip up parsers, renderers and terminals. */
export const RARE_TEXT: readonly string[] = [
  ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)), // C0 controls incl. NUL, tab, CR, LF
  '\u007f', // DEL
  '\u0085', // NEL (a YAML line break in 1.1)
  '\u00a0', // no-break space
  '\ufeff', // BOM inside text
  '\u200b', // zero-width space
  '\u200e', // left-to-right mark
  '\u200f', // right-to-left mark
  '\u202e', // right-to-left override
  '\u2028', // line separator
  '\u2029', // paragraph separator
  '\u3000', // ideographic space
  '\ue000', // private use
  '\ufffd', // replacement character
  '\uffff', // noncharacter
  '\ud800', // lone high surrogate (encodes as U+FFFD in UTF-8)
  '\udc00', // lone low surrogate
  '😀',
  '👨‍👩‍👧',
  '🇨🇳',
  '𠀀', // CJK Extension B
  '𪛖', // CJK Extension B, outside common fonts
  'é', // e + combining acute
  '：',
  '，',
  '「」',
  '{{',
  '}}',
  '{{ hotline.service }}',
  '{{nope}}',
  '____',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '&amp;',
  '</svg>',
  ': ',
  ' #',
  '- ',
  '? ',
  '&a ',
  '*a',
  '!!binary ',
  '!!js/function ',
  '%',
  '@',
  '`',
  '|',
  '>',
  '"',
  "'",
  '\\',
  '\\u',
  '\\x',
];

/** Byte sequences that are not valid UTF-8, or are valid but unusual. */
export const ODD_BYTES: readonly number[][] = [
  [0xed, 0xa0, 0x80], // lone high surrogate U+D800 as UTF-8 (invalid)
  [0xed, 0xb0, 0x80], // lone low surrogate U+DC00 (invalid)
  [0xc0, 0xaf], // overlong '/'
  [0xe0, 0x80, 0xaf], // overlong
  [0xff],
  [0xfe],
  [0x80], // stray continuation byte
  [0xe4, 0xb8], // truncated 3-byte sequence
  [0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
  [0xf8, 0x88, 0x80, 0x80, 0x80], // 5-byte form
  [0x00],
  [0xef, 0xbb, 0xbf], // BOM (valid)
  [0xe2, 0x80, 0xae], // RLO (valid)
  [0xf0, 0xaa, 0x9b, 0x96], // 𪛖 (valid)
  [0x0d], // bare CR
  [0x09], // tab
];

/** YAML-ish tokens, for generating files that get further into the parser than random bytes do. */
const YAML_TOKENS = [
  'id',
  'title',
  'clauses',
  'text',
  'strength',
  'shall',
  'nodes',
  'type',
  'start',
  'x',
  '应',
  '条款',
  ':',
  ': ',
  '- ',
  '-',
  '\n',
  '\n  ',
  '\n    ',
  ' ',
  '\t',
  '#',
  '&a ',
  '*a',
  '&b ',
  '*b',
  '<<: ',
  '{',
  '}',
  '[',
  ']',
  ',',
  '"',
  "'",
  '|',
  '|-',
  '>',
  '? ',
  '!!str ',
  '!!int ',
  '!!map ',
  '!!seq ',
  '!custom ',
  '%YAML 1.2\n',
  '---\n',
  '...\n',
  '2026-01-01',
  '0x1F',
  '1e400',
  '.nan',
  '-.inf',
  '~',
  'null',
  'yes',
  'NO',
  '0o17',
  '12:30:00',
  '\\',
  '\u0000',
  '\ufeff',
];

// ---------------------------------------------------------------- mutation descriptions

export type ValueKind =
  | 'number'
  | 'bool'
  | 'null'
  | 'string'
  | 'empty-string'
  | 'list'
  | 'map'
  | 'date'
  | 'big-number'
  | 'nan';

export type StructuralMutation =
  | { op: 'delete-key'; pick: number }
  | { op: 'swap-type'; pick: number; to: ValueKind }
  | { op: 'duplicate-id'; pick: number; from: number }
  | { op: 'inject-text'; pick: number; at: number; text: string }
  | { op: 'long-string'; pick: number; length: number; unit: string }
  | { op: 'deep-nesting'; pick: number; depth: number; style: 'seq' | 'map' | 'flow' }
  | { op: 'alias-bomb'; pick: number; levels: number; width: number }
  | { op: 'rename-key'; pick: number; name: string }
  | { op: 'duplicate-item'; pick: number }
  | { op: 'many-items'; pick: number; count: number }
  | { op: 'empty-list'; pick: number };

export type ByteMutation =
  | { op: 'truncate'; at: number }
  | { op: 'insert-bytes'; at: number; bytes: number[] }
  | { op: 'insert-text'; at: number; text: string }
  | { op: 'overwrite-bytes'; at: number; bytes: number[] }
  | { op: 'tabs'; pick: number; count: number }
  | { op: 'crlf' }
  | { op: 'random-bytes'; bytes: number[] }
  | { op: 'yaml-soup'; tokens: string[] }
  /** Thousands of nesting openers as raw text: a recursive parser would overflow its stack. */
  | { op: 'deep-text'; at: number; count: number; opener: string };

export type FileMutation =
  | { op: 'delete-file' }
  | { op: 'empty-file' }
  /** Copies the (mutated) file to a sibling name, so every id in it is defined twice. */
  | { op: 'clone-file' }
  /** Writes foo.yml next to foo.yaml. */
  | { op: 'yml-twin' };

export interface Case {
  /** Index into the corpus' files (modulo their number). */
  file: number;
  structural: StructuralMutation[];
  bytes: ByteMutation[];
  fileOp?: FileMutation;
}

// ---------------------------------------------------------------- arbitraries

const pick = fc.nat({ max: 100_000 });
const rareText = fc.oneof(
  fc.constantFrom(...RARE_TEXT),
  fc.array(fc.constantFrom(...RARE_TEXT), { minLength: 1, maxLength: 6 }).map((a) => a.join('')),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

const structural: fc.Arbitrary<StructuralMutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('delete-key' as const), pick }) },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('swap-type' as const),
      pick,
      to: fc.constantFrom<ValueKind>(
        'number',
        'bool',
        'null',
        'string',
        'empty-string',
        'list',
        'map',
        'date',
        'big-number',
        'nan',
      ),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicate-id' as const), pick, from: pick }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('inject-text' as const), pick, at: pick, text: rareText }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('long-string' as const),
      pick,
      length: fc.integer({ min: 1_000, max: 300_000 }),
      unit: fc.constantFrom('a', '应', '𠀀', 'x ', '，', '\u200b', '{{x}}', '____'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('deep-nesting' as const),
      pick,
      depth: fc.integer({ min: 2, max: 1_000 }),
      style: fc.constantFrom('seq' as const, 'map' as const, 'flow' as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('alias-bomb' as const),
      pick,
      levels: fc.integer({ min: 1, max: 12 }),
      width: fc.integer({ min: 2, max: 12 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('rename-key' as const),
      pick,
      name: fc.oneof(
        fc.constantFrom(
          '',
          'ID',
          'titel',
          'clause',
          'text ',
          '<<',
          'id',
          'title',
          'strength',
          '__proto__',
          'constructor',
          'toString',
        ),
        fc.string({ maxLength: 10 }),
      ),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicate-item' as const), pick }) },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('many-items' as const), pick, count: fc.integer({ min: 10, max: 1_500 }) }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('empty-list' as const), pick }) },
);

const byteLevel: fc.Arbitrary<ByteMutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: pick }) },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('insert-bytes' as const),
      at: pick,
      bytes: fc.oneof(fc.constantFrom(...ODD_BYTES), fc.array(fc.nat({ max: 255 }), { minLength: 1, maxLength: 16 })),
    }),
  },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('insert-text' as const), at: pick, text: rareText }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('overwrite-bytes' as const),
      at: pick,
      bytes: fc.array(fc.nat({ max: 255 }), { minLength: 1, maxLength: 8 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('tabs' as const), pick, count: fc.integer({ min: 1, max: 5 }) }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('crlf' as const) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('random-bytes' as const),
      bytes: fc.array(fc.nat({ max: 255 }), { maxLength: 2_048 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('yaml-soup' as const),
      tokens: fc.array(fc.constantFrom(...YAML_TOKENS), { maxLength: 120 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('deep-text' as const),
      at: pick,
      count: fc.integer({ min: 10, max: 200_000 }),
      opener: fc.constantFrom('[', '{', '- ', '[{', '{a: ', '? ', '&a [', '!!seq ['),
    }),
  },
);

const fileLevel: fc.Arbitrary<FileMutation> = fc.constantFrom<FileMutation>(
  { op: 'delete-file' },
  { op: 'empty-file' },
  { op: 'clone-file' },
  { op: 'yml-twin' },
);

export const caseArbitrary: fc.Arbitrary<Case> = fc
  .record({
    file: fc.nat({ max: 1_000 }),
    structural: fc.array(structural, { maxLength: 3 }),
    bytes: fc.array(byteLevel, { maxLength: 2 }),
    fileOp: fc.option(fileLevel, { freq: 8, nil: undefined }),
  })
  .filter((c) => c.structural.length + c.bytes.length > 0 || c.fileOp !== undefined)
  .map(({ fileOp, ...rest }) => (fileOp ? { ...rest, fileOp } : rest));

// ---------------------------------------------------------------- applying structural mutations

interface Slot {
  /** The node in this slot (null for an empty value). */
  node: Node | null;
  /** Replaces the node in its parent. */
  set: (n: Node) => void;
  pair?: Pair;
  parentMap?: YAMLMap;
  parentSeq?: YAMLSeq;
}

/** Every value position in the document, in document order. */
function slots(doc: Document): Slot[] {
  const out: Slot[] = [];
  const visit = (node: unknown): void => {
    if (isMap(node)) {
      for (const item of node.items) {
        if (!isPair(item)) continue;
        const pair = item as Pair<unknown, unknown>;
        out.push({
          node: (pair.value as Node | null) ?? null,
          set: (n) => void (pair.value = n),
          pair: pair as Pair,
          parentMap: node,
        });
        visit(pair.value);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        out.push({ node: item as Node, set: (n) => void (node.items[i] = n), parentSeq: node });
        visit(item);
      });
    }
  };
  if (doc.contents) {
    out.push({ node: doc.contents as Node, set: (n) => void (doc.contents = n as never) });
    visit(doc.contents);
  }
  return out;
}

const choose = <T>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

function valueOfKind(kind: ValueKind): unknown {
  switch (kind) {
    case 'number':
      return 42;
    case 'big-number':
      return 1e308;
    case 'nan':
      return Number.NaN;
    case 'bool':
      return true;
    case 'null':
      return null;
    case 'string':
      return 'swapped';
    case 'empty-string':
      return '';
    case 'list':
      return ['a', 1];
    case 'map':
      return { id: 'x', a: 1 };
    case 'date':
      return new Date(Date.UTC(2026, 0, 1));
  }
}

function nested(doc: Document, depth: number, style: 'seq' | 'map' | 'flow'): Node {
  let node: Node = doc.createNode('bottom');
  for (let i = 0; i < depth; i++) {
    if (style === 'map') {
      const m = new YAMLMap();
      m.items.push(doc.createPair('a', node) as Pair);
      node = m;
    } else {
      const s = new YAMLSeq();
      s.items.push(node);
      if (style === 'flow') s.flow = true;
      node = s;
    }
  }
  return node;
}

/** Billion laughs: each level is a list of `width` aliases to the level below. */
function aliasBomb(doc: Document, levels: number, width: number): Node {
  const root = new YAMLSeq();
  const base = doc.createNode(Array.from({ length: width }, () => 'lol')) as YAMLSeq;
  base.anchor = 'l0';
  root.items.push(base);
  let below: YAMLSeq = base;
  for (let level = 1; level <= levels; level++) {
    const seq = new YAMLSeq();
    for (let k = 0; k < width; k++) seq.items.push(doc.createAlias(below));
    seq.anchor = `l${level}`;
    root.items.push(seq);
    below = seq;
  }
  return root;
}

function applyStructural(doc: Document, m: StructuralMutation): void {
  const all = slots(doc);
  switch (m.op) {
    case 'delete-key': {
      const s = choose(
        all.filter((x) => x.parentMap),
        m.pick,
      );
      if (s?.parentMap && s.pair) s.parentMap.items.splice(s.parentMap.items.indexOf(s.pair), 1);
      return;
    }
    case 'swap-type': {
      const s = choose(all, m.pick);
      s?.set(doc.createNode(valueOfKind(m.to)) as Node);
      return;
    }
    case 'duplicate-id': {
      const ids = all.filter((x) => x.pair && isScalar(x.pair.key) && x.pair.key.value === 'id' && isScalar(x.node));
      const target = choose(ids, m.pick);
      const source = choose(ids, m.from);
      if (target && source && isScalar(source.node)) target.set(new Scalar(source.node.value));
      return;
    }
    case 'inject-text': {
      const s = choose(
        all.filter((x) => isScalar(x.node)),
        m.pick,
      );
      if (s && isScalar(s.node)) {
        const v = String(s.node.value);
        const at = m.at % (v.length + 1);
        s.set(new Scalar(v.slice(0, at) + m.text + v.slice(at)));
      }
      return;
    }
    case 'long-string': {
      const s = choose(
        all.filter((x) => isScalar(x.node)),
        m.pick,
      );
      s?.set(new Scalar(m.unit.repeat(Math.ceil(m.length / m.unit.length))));
      return;
    }
    case 'deep-nesting': {
      choose(all, m.pick)?.set(nested(doc, m.depth, m.style));
      return;
    }
    case 'alias-bomb': {
      choose(all, m.pick)?.set(aliasBomb(doc, m.levels, m.width));
      return;
    }
    case 'rename-key': {
      const s = choose(
        all.filter((x) => x.pair),
        m.pick,
      );
      if (s?.pair) s.pair.key = new Scalar(m.name);
      return;
    }
    case 'duplicate-item': {
      const s = choose(
        all.filter((x) => x.parentSeq && x.node),
        m.pick,
      );
      if (s?.parentSeq && s.node) s.parentSeq.items.push(s.node.clone());
      return;
    }
    case 'many-items': {
      const s = choose(
        all.filter((x) => x.parentSeq && x.node),
        m.pick,
      );
      if (s?.parentSeq && s.node) {
        // Copies of a big item (say, one nested 600 deep) would make a file of gigabytes; stop a little past the loader's size limit.
        let size = 100;
        try {
          size = new Document(s.node).toString({ lineWidth: 0 }).length + 4;
        } catch {
          // An alias whose anchor lies outside the item cannot be printed alone; keep the guess.
        }
        const count = Math.min(m.count, Math.ceil(MAX_MUTATED_CHARS / size));
        for (let i = 0; i < count; i++) s.parentSeq.items.push(s.node.clone());
      }
      return;
    }
    case 'empty-list': {
      const s = choose(
        all.filter((x) => isSeq(x.node)),
        m.pick,
      );
      if (s && isSeq(s.node)) s.node.items.length = 0;
      return;
    }
  }
}

// ---------------------------------------------------------------- applying byte mutations

function insertAt(bytes: Uint8Array, at: number, add: Uint8Array): Uint8Array {
  const i = at % (bytes.length + 1);
  const out = new Uint8Array(bytes.length + add.length);
  out.set(bytes.subarray(0, i), 0);
  out.set(add, i);
  out.set(bytes.subarray(i), i + add.length);
  return out;
}

function applyBytes(bytes: Uint8Array, m: ByteMutation): Uint8Array {
  switch (m.op) {
    case 'truncate':
      return bytes.slice(0, m.at % (bytes.length + 1));
    case 'insert-bytes':
      return insertAt(bytes, m.at, Uint8Array.from(m.bytes));
    case 'insert-text':
      return insertAt(bytes, m.at, Buffer.from(m.text, 'utf8'));
    case 'overwrite-bytes': {
      // A copy: on a Buffer, slice() is a view and would corrupt the corpus' original bytes.
      const out = Uint8Array.from(bytes);
      const start = m.at % (bytes.length + 1);
      m.bytes.forEach((b, k) => {
        if (start + k < out.length) out[start + k] = b;
      });
      return out;
    }
    case 'tabs': {
      const lines = Buffer.from(bytes).toString('latin1').split('\n');
      const indented = lines.map((l, i) => [l, i] as const).filter(([l]) => /^ +\S/.test(l));
      for (let k = 0; k < m.count; k++) {
        const hit = choose(indented, m.pick + k * 7);
        if (hit) lines[hit[1]] = hit[0].replace(/^ {1,2}/, '\t');
      }
      return Buffer.from(lines.join('\n'), 'latin1');
    }
    case 'crlf':
      return Buffer.from(Buffer.from(bytes).toString('latin1').replace(/\n/g, '\r\n'), 'latin1');
    case 'random-bytes':
      return Uint8Array.from(m.bytes);
    case 'yaml-soup':
      return Buffer.from(m.tokens.join(''), 'utf8');
    case 'deep-text':
      return insertAt(bytes, m.at, Buffer.from(m.opener.repeat(m.count), 'utf8'));
  }
}

// ---------------------------------------------------------------- whole files

/**
 * Applies the structural mutations (when the file parses as YAML) and then the
 * byte mutations. Front matter of an MDX page is mutated structurally too.
 */
export function mutateFile(original: Uint8Array, name: string, c: Pick<Case, 'structural' | 'bytes'>): Uint8Array {
  let bytes = original;
  // Mutations before one that replaces the whole file would be wasted work.
  const replacements = c.bytes.map((m, i) => (m.op === 'random-bytes' || m.op === 'yaml-soup' ? i : -1));
  const lastReplacement = Math.max(-1, ...replacements);
  if (lastReplacement >= 0) c = { structural: [], bytes: c.bytes.slice(lastReplacement) };
  if (c.structural.length) {
    const text = Buffer.from(bytes).toString('utf8');
    if (name.endsWith('.mdx') || name.endsWith('.md')) {
      const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
      if (fm) {
        const front = mutateYamlText(fm[1]!, c.structural);
        if (front !== undefined)
          bytes = Buffer.from(`---\n${front.replace(/\n$/, '')}\n---\n${text.slice(fm[0].length)}`, 'utf8');
      }
    } else {
      const out = mutateYamlText(text, c.structural);
      if (out !== undefined) bytes = Buffer.from(out, 'utf8');
    }
  }
  for (const m of c.bytes) bytes = applyBytes(bytes, m);
  return bytes;
}

function mutateYamlText(text: string, mutations: readonly StructuralMutation[]): string | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length) {
    if (process.env.FUZZ_DEBUG) console.log('parse failed', doc.errors[0]);
    return undefined;
  }
  try {
    for (const m of mutations) applyStructural(doc, m);
    // lineWidth 0: keep long strings on one line, as people write them.
    return doc.toString({ lineWidth: 0 });
  } catch (e) {
    if (process.env.FUZZ_DEBUG) console.log('toString failed', e);
    // Some mutations make nodes the serialiser refuses (e.g. an alias before its anchor after a key swap).
    return undefined;
  }
}

/** Short description of a case, for reports. */
export function describeCase(c: Case, file: string): string {
  const parts = [
    ...c.structural.map(
      (m) =>
        m.op +
        ('to' in m ? `:${m.to}` : '') +
        ('depth' in m ? `:${m.depth}` : '') +
        ('count' in m ? `:${m.count}` : ''),
    ),
    ...c.bytes.map((m) => m.op),
    ...(c.fileOp ? [c.fileOp.op] : []),
  ];
  return `${file} [${parts.join(', ')}]`;
}
