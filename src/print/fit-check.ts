/**
 * `guifan check`'s look at the posters and pocket cards: each is laid out (no PDF is made) as the
 * build would, and one that cannot fit at its template's legible minimum is an error at the
 * unit's file, naming what to shorten, in the build's own words.
 */
import type { Diagnostic } from '../model/diagnostics.ts';
import type { Model } from '../model/types.ts';
import { CardOverflowError, fitCard } from './card.ts';
import type { FontCache } from './fonts.ts';
import { fitPoster, PosterOverflowError } from './poster.ts';
import { Measure } from './measure.ts';
import type { Template } from './templates.ts';

export function checkFit(model: Model, templates: readonly Template[], fonts: FontCache): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const template of templates) {
    if (template.kind !== 'poster' && template.kind !== 'card') continue;
    const measure = new Measure(fonts, template);
    for (const unit of model.units) {
      try {
        if (template.kind === 'poster') fitPoster(model, unit, template, measure);
        else fitCard(model, unit, template, measure);
      } catch (e) {
        // A missing glyph is reported by the glyph check, at the character.
        if (!(e instanceof PosterOverflowError) && !(e instanceof CardOverflowError)) continue;
        diagnostics.push({
          severity: 'error',
          file: unit.source.file,
          line: unit.source.line,
          column: unit.source.column,
          path: '',
          code: e instanceof PosterOverflowError ? 'poster-overflow' : 'card-overflow',
          message: e.message,
        });
      }
    }
  }
  return diagnostics;
}
