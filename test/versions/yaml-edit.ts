/**
 * Edits of content files for the versions tests, by item id, with the yaml library's document
 * model (comments and layout of the rest of the file stay as they were): the kinds of edit a
 * revision is made of — add, remove, reword, change a field, move.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, parseDocument, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { refoldChineseLines } from '../../src/model/fold.ts';

interface Found {
  seq: YAMLSeq;
  index: number;
  node: YAMLMap;
}

/** The list entry whose `key` (id, or clause / item for a unit's override) is `id`. */
function find(node: unknown, id: string, keys: readonly string[] = ['id']): Found | undefined {
  if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const item = node.items[i];
      if (isMap(item) && keys.some((k) => item.get(k) === id)) return { seq: node, index: i, node: item };
      const deeper = find(item, id, keys);
      if (deeper) return deeper;
    }
  } else if (isMap(node)) {
    for (const pair of node.items) {
      const deeper = find(pair.value, id, keys);
      if (deeper) return deeper;
    }
  }
  return undefined;
}

export class ContentEditor {
  constructor(readonly dir: string) {}

  /** Folded Chinese lines are joined as guifan reads them, so that writing the file back (on one line) keeps every value. */
  private open(file: string): Document {
    const text = readFileSync(path.join(this.dir, file), 'utf8');
    const doc = parseDocument(text);
    refoldChineseLines(doc, text);
    return doc;
  }

  private save(file: string, doc: Document): void {
    writeFileSync(path.join(this.dir, file), doc.toString({ lineWidth: 0 }));
  }

  private at(file: string, id: string): { doc: Document; found: Found } {
    const doc = this.open(file);
    const found = find(doc.contents, id);
    if (!found) throw new Error(`${file}: no item ${id}`);
    return { doc, found };
  }

  /** Set fields of the item with this id (undefined deletes a field). */
  set(file: string, id: string, fields: Record<string, unknown>): this {
    const { doc, found } = this.at(file, id);
    for (const [k, v] of Object.entries(fields)) {
      if (v === undefined) found.node.delete(k);
      else found.node.set(k, doc.createNode(v));
    }
    this.save(file, doc);
    return this;
  }

  /** Set fields of a unit's override of an item (found by its clause: or item:). */
  override(file: string, target: string, fields: Record<string, unknown>): this {
    const doc = this.open(file);
    const found = find(doc.contents, target, ['clause', 'item']);
    if (!found) throw new Error(`${file}: no override of ${target}`);
    for (const [k, v] of Object.entries(fields)) found.node.set(k, doc.createNode(v));
    this.save(file, doc);
    return this;
  }

  /** Set a top-level field of a file. */
  setTop(file: string, keyPath: (string | number)[], value: unknown): this {
    const doc = this.open(file);
    doc.setIn(keyPath, doc.createNode(value));
    this.save(file, doc);
    return this;
  }

  remove(file: string, id: string): this {
    const { doc, found } = this.at(file, id);
    found.seq.items.splice(found.index, 1);
    this.save(file, doc);
    return this;
  }

  /** Insert an item into the list `listKey` of the item `parentId` (or of the file's top level), at `index`. */
  insert(
    file: string,
    parentId: string | undefined,
    listKey: string,
    index: number,
    item: Record<string, unknown>,
  ): this {
    const doc = this.open(file);
    const parent = parentId === undefined ? (doc.contents as YAMLMap) : find(doc.contents, parentId)?.node;
    if (!parent) throw new Error(`${file}: no item ${parentId}`);
    let list = parent.get(listKey) as YAMLSeq | undefined;
    if (!list) {
      parent.set(listKey, doc.createNode([]));
      list = parent.get(listKey) as YAMLSeq;
    }
    list.items.splice(index, 0, doc.createNode(item));
    this.save(file, doc);
    return this;
  }

  /** Move an item (with what is under it) from one file into the list `listKey` of an item of another file, at `index`. */
  moveToFile(file: string, id: string, toFile: string, toParentId: string, listKey: string, index: number): this {
    const { doc, found } = this.at(file, id);
    found.seq.items.splice(found.index, 1);
    this.save(file, doc);
    const to = this.open(toFile);
    const target = find(to.contents, toParentId)?.node;
    if (!target) throw new Error(`${toFile}: no item ${toParentId}`);
    (target.get(listKey) as YAMLSeq).items.splice(index, 0, to.createNode(found.node.toJSON()));
    this.save(toFile, to);
    return this;
  }

  /** Move an item (with what is under it) into the list `listKey` of another item, at `index`. */
  move(file: string, id: string, toParentId: string, listKey: string, index: number): this {
    const { doc, found } = this.at(file, id);
    found.seq.items.splice(found.index, 1);
    const target = find(doc.contents, toParentId)?.node;
    if (!target) throw new Error(`${file}: no item ${toParentId}`);
    (target.get(listKey) as YAMLSeq).items.splice(index, 0, found.node);
    this.save(file, doc);
    return this;
  }
}
