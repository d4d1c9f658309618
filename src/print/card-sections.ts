/**
 * What one side of a pocket card lists: sections of the unit's phrases (✓, ✗) or of labelled values
 * (a commitment's target, a hotline's number), as the card template's blocks ask.
 */
import { cardSelection } from '../model/card.ts';
import { contactsOf } from '../model/contacts.ts';
import type { Model, ResolvedUnit, SourceRef } from '../model/types.ts';
import { unitView } from '../model/view.ts';
import { phraseDisplay } from '../model/wording.ts';
import type { CardTemplate } from './templates.ts';

/** One entry: a phrase, or a label with its value (a commitment's target, a hotline's number). */
export interface Entry {
  text: string;
  value?: string;
  source: SourceRef | undefined;
  what: string;
}

export type Mark = 'yes' | 'no' | 'dot' | 'none';

export interface Section {
  heading: string;
  entries: Entry[];
  mark: Mark;
}

export function sections(
  model: Model,
  unit: ResolvedUnit,
  template: CardTemplate,
  blocks: CardTemplate['front'],
): Section[] {
  // What the card carries is the unit's own choice, made in the model from its view.
  const chosen = cardSelection(unitView(model, unit.id), template.limits);
  // A side lists what content marked of the rules: nothing marked, no heading.
  const present = blocks.filter((block) => block !== 'rules' || chosen.rules.length > 0);
  return present.map((block): Section => {
    switch (block) {
      case 'rules':
        return {
          heading: '服务守则',
          mark: 'dot',
          entries: chosen.rules.map((r) => ({
            text: r.title ? `${r.title}：${r.text}` : r.text,
            source: r.source,
            what: r.title ? `rule set ${r.id}` : `conduct rule ${r.id}`,
          })),
        };
      case 'phrases':
        return {
          heading: '规范用语',
          mark: 'yes',
          entries: chosen.phrases.map((p) => ({
            text: phraseDisplay(p.text),
            source: p.source,
            what: `phrase ${p.id}`,
          })),
        };
      case 'forbidden':
        return {
          heading: '服务忌语',
          mark: 'no',
          entries: chosen.forbidden.map((p) => ({
            text: phraseDisplay(p.text),
            source: p.source,
            what: `forbidden phrase ${p.id}`,
          })),
        };
      case 'commitments': {
        return {
          heading: '服务承诺',
          mark: 'dot',
          entries: chosen.commitments.map((c) => ({
            text: c.title && c.target ? c.title : c.text,
            ...(c.title && c.target ? { value: c.target.wording } : {}),
            source: c.source,
            what: `commitment ${c.id}`,
          })),
        };
      }
      case 'hotlines':
        return {
          heading: '服务电话',
          mark: 'none',
          entries: contactsOf(unit.hotlines).map((c) => ({
            text: c.label,
            value: c.number,
            source: unit.source,
            what: 'a hotline',
          })),
        };
    }
  });
}
