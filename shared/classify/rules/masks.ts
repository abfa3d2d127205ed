// Masks: compounds whose parts would otherwise count as evidence for the wrong category (`law` in
// `law enforcement` is no law, `законную силу` no law either, `үкімет` is the government, not a verdict).
import type { Rule } from './rule-types';

export const maskRules: Rule[] = [
  {
    id: 'mask.en.compounds', kind: 'mask', lang: 'en',
    note: 'Law enforcement bodies are not laws; administrative charges and cases are not criminal ones',
    terms: ['law enforcement', 'law-enforcement', 'administrative charge*', 'administrative case*', 'administrative offen*', 'administrative prosecution*',
      'administrative proceeding*'],
  },
  {
    id: 'mask.ru.compounds', kind: 'mask', lang: 'ru',
    note: '«законный» (lawful, entered into legal force) is not a law; «правоохранительные органы» are not a law either',
    terms: ['законн*', 'незаконн*', 'правоохранительн*'],
  },
  {
    id: 'mask.kk.compounds', kind: 'mask', lang: 'kk',
    note: '«үкімет» (government) begins like «үкім» (verdict)',
    terms: ['үкімет*'],
  },
];
