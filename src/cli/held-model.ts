/**
 * The model as `guifan build`'s own process holds it while the other processes make the outputs.
 * The site's process and the print workers read it from a JSON file written for them, and this
 * process needs it again only once the pages are done (the search index, the PDFs' sizes, the
 * service worker, model.json). Let go in between and read back from that file, its ~110 MB at 100×
 * are not held beside Astro's process and a print worker, the build's fullest moment. A model read
 * back from the file is what Astro and the workers build from already.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { Model } from '../model/types.ts';

export class HeldModel {
  private model: Model | undefined;
  private file: string | undefined;

  constructor(model: Model) {
    this.model = model;
  }

  /** Writes `JSON.stringify(model)` to `file`, for the other processes and to be read back from. */
  async writeTo(file: string): Promise<void> {
    await writeFile(file, JSON.stringify(this.get()));
    this.file = file;
  }

  /** Lets the model go, once it is in a file (until then it is kept). */
  release(): void {
    if (this.file !== undefined) this.model = undefined;
  }

  /** The model: the one given, or read back from the file (once; kept from then on). */
  get(): Model {
    this.model ??= this.readBack();
    return this.model;
  }

  /** The model as the file holds it (a JSON.parse of ~110 MB at 100×: half a second and its garbage). */
  private readBack(): Model {
    return JSON.parse(readFileSync(this.file!, 'utf8')) as Model;
  }
}
