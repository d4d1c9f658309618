/**
 * Title or text: what of a clause's words is its heading, and its strength.
 *
 * - A numbered line without final punctuation that has sub-items or paragraphs is a heading
 *   (commas allowed: "坚持规范管理成为常态，确保……"); a short one closed by ：/: is one too
 *   ("支行及网点：") unless it introduces a list in a sentence (如下, 下列) or states a duty.
 * - A run-in heading — a short noun phrase closed by ：/: ("员工培训：组织……") or, where its
 *   siblings do the same, by 。 ("服务态度。窗口人员应……") — is the title, the rest the text.
 * - A table row under a header that names its first column (服务项目 | 承诺时限) takes that
 *   cell as its title.
 * The strength is read from the text only, with the shared reading of src/model/strength.ts.
 */
import { readStrength, type StrengthWords } from '../model/strength.ts';
import { endsClause } from './text.ts';
import type { ImportedClause, ImportWarning } from './types.ts';

export interface WordingOptions {
  /** Which words state an obligation besides GB/T 1.1's (see StrengthWords). */
  strengthWords?: StrengthWords;
}

const stripColon = (s: string): string => s.replace(/\s*[：:]$/u, '');
const hasModal = (s: string): boolean => readStrength(s).markers.size > 0;
const HAN = /[\u3400-\u9fff]/u;

/** A line that heads what follows it. */
function headingLike(head: string): boolean {
  const n = [...head].length;
  if (n === 0) return false;
  if (/[：:]$/u.test(head))
    return n <= 17 && !/[，,、；;。]/u.test(head) && !/如下|以下|下列/u.test(head) && !hasModal(head);
  return n <= 40 && !endsClause(head) && !/[；;。]/u.test(head);
}

/** One short sentence that states no duty: a heading written with a full stop. */
function oneSentenceHeading(head: string): boolean {
  return (
    [...head].length <= 30 && /[。.]$/u.test(head) && !/[。.；;！!？?：:]/u.test(head.slice(0, -1)) && !hasModal(head)
  );
}

const COLON_RUN_IN = /^([^，,；;。：:！!？?]{1,16})[：:]\s*(.+)$/su;
const PERIOD_RUN_IN = /^([^，,；;。：:！!？?“”"「」]{1,12})[。.]\s*(.+)$/su;

/** The run-in heading of `head`, if it has one: [title, rest]. */
function runIn(head: string, re: RegExp): [string, string] | undefined {
  const m = re.exec(head);
  if (!m) return undefined;
  const title = (m[1] ?? '').trim();
  const rest = (m[2] ?? '').trim();
  // A title is a noun phrase: "受理部门为：……" ends on a verb and is a sentence cut at its colon.
  if (title === '' || /\d/u.test(title) || hasModal(title) || /(?:[为是有在对由向将把]|包括|如下|以下)$/u.test(title))
    return undefined;
  // The rest must be a sentence, not a list of figures ("到达现场时间：城区45分钟，……").
  const firstPart = rest.split(/[，,；;。]/u)[0] ?? '';
  if (!HAN.test(rest) || /\d/u.test(firstPart)) return undefined;
  return [title, rest];
}

const TITLE_COLUMN = /项目|事项|名称|内容|类别|类型|环节|业务|岗位|服务/u;

/** Decides title and text of every clause in a sibling list, and their strengths. */
export function decideWording(
  list: readonly ImportedClause[],
  options: WordingOptions,
  warnings: ImportWarning[],
): void {
  // A 。-closed run-in heading counts only where siblings share the form (parallel headings).
  const periodRunIns = list.filter((c) => c.children.length === 0 && runIn(c.head, PERIOD_RUN_IN) !== undefined).length;
  for (const c of list) {
    const paragraphs = c.body.filter((b) => b !== '');
    const values = c.cells?.values.filter((v) => v !== '');
    if (values && values.length >= 2 && TITLE_COLUMN.test(c.cells?.header?.[0] ?? '')) {
      c.title = values[0];
      c.text = [values.slice(1).join(' '), ...paragraphs].join('\n');
    } else if (c.scheme === 'subhead') {
      c.title = stripColon(c.head);
      if (paragraphs.length > 0) c.text = paragraphs.join('\n');
    } else if (
      c.head !== '' &&
      (c.heading || ((c.children.length > 0 || paragraphs.length > 0) && headingLike(c.head)))
    ) {
      c.title = stripColon(c.head);
      if (paragraphs.length > 0) c.text = paragraphs.join('\n');
    } else if (paragraphs.length > 0 && oneSentenceHeading(c.head)) {
      // "3、严格执行服务承诺制和首问负责制。" over its own paragraphs: the item's heading, written as a sentence.
      c.title = c.head.replace(/[。.]$/u, '');
      c.text = paragraphs.join('\n');
    } else {
      const colon = c.children.length === 0 || paragraphs.length > 0 ? runIn(c.head, COLON_RUN_IN) : undefined;
      const period = periodRunIns >= 2 ? runIn(c.head, PERIOD_RUN_IN) : undefined;
      const split = colon ?? period;
      if (split) {
        c.title = split[0];
        c.text = [split[1], ...paragraphs].join('\n');
      } else {
        const text = [c.head, ...paragraphs].filter((t) => t !== '').join('\n');
        if (text !== '') c.text = text;
      }
    }
    if (c.text !== undefined) {
      const reading = readStrength(c.text, options.strengthWords !== undefined ? { words: options.strengthWords } : {});
      if (reading.strength) c.strength = reading.strength;
      else if (reading.unsure) {
        const [zh, en] = reading.unsure.split(' / ');
        const name = c.marker || c.head.slice(0, 12);
        c.todo.push(`强度未定 / strength unset: ${reading.unsure}`);
        warnings.push({
          line: c.line,
          message: `条款 ${name} 的强度未定：${zh} / strength of clause ${name} left unset: ${en ?? ''}`,
        });
      }
    }
    decideWording(c.children, options, warnings);
  }
}
