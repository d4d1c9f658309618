/**
 * Hostile text for the escaping tests: markup, a template expression, an
 * entity and a closing SVG tag, placed where each kind of content is rendered.
 */
import path from 'node:path';
import { editFile } from './build-helpers.ts';

export const SCRIPT = '<script>alert(1)</script>';
export const IMG = '"><img src=x onerror=alert(1)>';
/** Template expressions of other engines (`{{x}}` is guifan's own param syntax, checked as content). */
export const PAYLOAD = `${SCRIPT} ${IMG} \${x} <%= x %> &amp; </svg>`;

const yamlString = (s: string) => JSON.stringify(s);

/**
 * Puts PAYLOAD into a clause, a standard phrase, a process step label and the
 * organisation's name in a copy of the example content.
 */
export async function plantPayloads(content: string, payload = PAYLOAD, clausePayload = PAYLOAD): Promise<void> {
  await editFile(path.join(content, 'organisation.yaml'), (t) =>
    t.replace(/^name: (.*)$/m, (_, name: string) => `name: ${yamlString(`${name}${payload}`)}`),
  );
  await editFile(path.join(content, 'norms/general.yaml'), (t) =>
    t.replace(
      /^(\s+text: )(服务人员应遵守法律法规.*)$/m,
      (_, key: string, text: string) => `${key}${yamlString(`${text}${clausePayload}`)}`,
    ),
  );
  await editFile(path.join(content, 'etiquette/window.yaml'), (t) =>
    t.replace(
      /^(\s+text: )(您好！请坐，请问您办理什么业务？)$/m,
      (_, key: string, text: string) => `${key}${yamlString(`${text}${payload}`)}`,
    ),
  );
  await editFile(path.join(content, 'processes/complaint-handling.yaml'), (t) =>
    t.replace(
      /^(\s+label: )(登记投诉人、联系方式、时间和投诉内容)$/m,
      (_, key: string, text: string) => `${key}${yamlString(`${text}${payload}`)}`,
    ),
  );
}
