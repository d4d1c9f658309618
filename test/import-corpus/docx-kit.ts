/**
 * Builds the corpus's Word files from a short description, with the `docx` package: real
 * automatic list numbering (numbering.xml), restarts, numbered heading styles and tables.
 * Two things Word writes that the package cannot are patched into the XML afterwards: a level
 * that never restarts (lvlRestart 0, as in 第X条 counted through chapters) and a list that
 * continues another one of the same definition (a w:num without start overrides).
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  WidthType,
} from 'docx';
import JSZip from 'jszip';

type Format = keyof typeof LevelFormat;

export interface ListSpec {
  ref: string;
  levels: { format: Format; text: string; start?: number; neverRestart?: boolean }[];
}

export type Block =
  | {
      p: string;
      style?: 'Title' | 'Heading1' | 'Heading2' | 'Heading3' | (string & {});
      list?: { ref: string; level: number; restart?: boolean; instance?: number; continues?: boolean };
    }
  | { table: string[][] };

export interface DocSpec {
  lists: ListSpec[];
  /** Paragraph styles whose paragraphs are numbered by the style itself (Word's numbered headings). */
  numberedStyles?: { id: string; name: string; basedOn: string; list: { ref: string; level: number } }[];
  blocks: Block[];
}

const HEADINGS: Record<string, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  Title: HeadingLevel.TITLE,
  Heading1: HeadingLevel.HEADING_1,
  Heading2: HeadingLevel.HEADING_2,
  Heading3: HeadingLevel.HEADING_3,
};

export async function buildDocx(spec: DocSpec): Promise<Buffer> {
  const children = spec.blocks.map((b) => {
    if ('table' in b) {
      return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: b.table.map(
          (cells) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) }),
        ),
      });
    }
    const heading = b.style !== undefined ? HEADINGS[b.style] : undefined;
    return new Paragraph({
      text: b.p,
      ...(heading !== undefined ? { heading } : b.style !== undefined ? { style: b.style } : {}),
      ...(b.list
        ? {
            numbering: {
              reference: b.list.ref,
              level: b.list.level,
              ...(b.list.restart ? { restart: true } : {}),
              ...(b.list.instance !== undefined ? { instance: b.list.instance } : {}),
            },
          }
        : {}),
    });
  });
  const doc = new Document({
    numbering: {
      config: spec.lists.map((l) => ({
        reference: l.ref,
        levels: l.levels.map((v, level) => ({
          level,
          format: LevelFormat[v.format],
          text: v.text,
          alignment: AlignmentType.START,
          ...(v.start !== undefined ? { start: v.start } : {}),
        })),
      })),
    },
    styles: {
      paragraphStyles: (spec.numberedStyles ?? []).map((s) => ({
        id: s.id,
        name: s.name,
        basedOn: s.basedOn,
        next: 'Normal',
        paragraph: { numbering: { reference: s.list.ref, level: s.list.level } },
      })),
    },
    sections: [{ children }],
  });
  const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
  let numbering = (await zip.file('word/numbering.xml')?.async('string')) ?? '';
  const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';

  // lvlRestart 0: find the abstractNum level by its lvlText (unique within a spec).
  for (const l of spec.lists) {
    l.levels.forEach((v, level) => {
      if (!v.neverRestart) return;
      const re = new RegExp(
        `(<w:lvl w:ilvl="${level}"[^>]*>(?:(?!</w:lvl>).)*?<w:start w:val="\\d+"/>)((?:(?!</w:lvl>).)*?<w:lvlText w:val="${v.text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}"/>)`,
        'su',
      );
      if (!re.test(numbering)) throw new Error(`docx-kit: level ${level} "${v.text}" not found`);
      numbering = numbering.replace(re, '$1<w:lvlRestart w:val="0"/>$2');
    });
  }
  // A list that continues: the numId of the paragraph marked `continues` loses its start overrides.
  const paragraphNumIds = [
    ...documentXml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<\/w:p>|<w:p [^>]*>(?:(?!<\/w:p>).)*?<\/w:p>/gsu),
  ].map((m) => /<w:numId w:val="(\d+)"\/>/u.exec(m[0])?.[1]);
  let k = 0;
  for (const b of spec.blocks) {
    if ('table' in b) {
      k += b.table.reduce((n, row) => n + row.length, 0);
      continue;
    }
    const numId = paragraphNumIds[k++];
    if (b.list?.continues && numId !== undefined) {
      numbering = numbering.replace(
        new RegExp(
          `(<w:num w:numId="${numId}"[^>]*>\\s*<w:abstractNumId w:val="\\d+"/>)(?:<w:lvlOverride(?:(?!</w:lvlOverride>).)*</w:lvlOverride>)*`,
          'su',
        ),
        '$1',
      );
    }
  }
  zip.file('word/numbering.xml', numbering);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
