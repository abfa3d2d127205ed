import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../shared/domain/errors';
import { SUBCATEGORIES, subcategoriesOf } from '../../../shared/domain/incident';
import { parseIncidentFacts } from '../../../shared/domain/incident-schema';
import { CATEGORY_IDS, LANGUAGES } from '../../../shared/domain/taxonomy';

describe('subcategories', () => {
  it('refine the categories as Adil Soz splits them, with a label in each language', () => {
    expect(subcategoriesOf('threat').map((s) => s.id)).toEqual(['insult', 'discrediting', 'misuse_of_image', 'persecution_for_dissemination']);
    expect(subcategoriesOf('obstruction').map((s) => s.id)).toEqual(['accreditation_denial', 'copyright']);
    expect(subcategoriesOf('detention').map((s) => s.id)).toEqual(['law_enforcement_summons']);
    expect(subcategoriesOf('access_to_information').map((s) => s.id)).toEqual(['media_discrimination']);
    for (const sub of SUBCATEGORIES) {
      expect(CATEGORY_IDS).toContain(sub.parent);
      for (const lang of LANGUAGES) expect(sub.label[lang].length).toBeGreaterThan(2);
    }
  });
});

describe('parseIncidentFacts', () => {
  it('accepts the facts peers record and trims them', () => {
    expect(
      parseIncidentFacts('threat', {
        perpetrator: 'state',
        targetKind: 'journalist',
        targetGender: 'female',
        city: ' Уральск ',
        sourceLinks: ['https://example.kz/a', 'http://example.kz/b'],
        subcategory: 'insult',
      }),
    ).toEqual({ perpetrator: 'state', targetKind: 'journalist', targetGender: 'female', city: 'Уральск', sourceLinks: ['https://example.kz/a', 'http://example.kz/b'], subcategory: 'insult' });
  });

  it('names every problem: unknown values, non-http links, a subcategory of another category, a repeated link', () => {
    const attempt = (category: 'threat' | 'detention', input: unknown) => {
      try {
        parseIncidentFacts(category, input);
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        return (error as ValidationError).issues;
      }
      throw new Error('accepted');
    };
    expect(attempt('threat', { perpetrator: 'police', sourceLinks: ['javascript:alert(1)'], extra: 1 })).toHaveLength(3);
    expect(attempt('detention', { subcategory: 'insult', sourceLinks: ['https://a.kz/', 'https://a.kz/'] })).toEqual([
      'subcategory "insult" belongs to threat, not detention',
      'sourceLinks lists a link twice',
    ]);
  });
});
