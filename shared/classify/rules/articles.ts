// Law articles that identify a kind of case when a text cites them (wording from the codes in force;
// defamation moved from Criminal Code art. 130 to Administrative Code art. 73-3 in 2020).
import type { ArticleRule } from './rule-types';

export const articleRules: ArticleRule[] = [
  { code: 'criminal', article: '274', category: 'criminal', weight: 3, title: 'Распространение заведомо ложной информации' },
  { code: 'criminal', article: '174', category: 'criminal', weight: 3, title: 'Разжигание социальной, национальной, родовой, расовой, сословной или религиозной розни' },
  { code: 'criminal', article: '131', category: 'criminal', weight: 2, title: 'Оскорбление' },
  { code: 'criminal', article: '130', category: 'criminal', weight: 2, title: 'Клевета (до 2020 года)' },
  { code: 'criminal', article: '378', category: 'criminal', weight: 2, title: 'Оскорбление представителя власти' },
  { code: 'criminal', article: '373', category: 'criminal', weight: 2, title: 'Посягательство на честь и достоинство Первого Президента' },
  { code: 'criminal', article: '375', category: 'criminal', weight: 2, title: 'Оскорбление Президента' },
  { code: 'criminal', article: '179', category: 'criminal', weight: 2, title: 'Пропаганда или публичные призывы к захвату или удержанию власти' },
  { code: 'criminal', article: '180', category: 'criminal', weight: 2, title: 'Сепаратизм' },
  { code: 'criminal', article: '405', category: 'criminal', weight: 1, title: 'Участие в деятельности запрещённой организации' },
  { code: 'criminal', article: '256', category: 'criminal', weight: 1, title: 'Пропаганда терроризма' },
  { code: 'criminal', article: '147', category: 'criminal', weight: 1, title: 'Нарушение неприкосновенности частной жизни' },
  { code: 'criminal', article: '158', category: 'obstruction', weight: 3, title: 'Воспрепятствование законной профессиональной деятельности журналиста' },
  { code: 'administrative', article: '73-3', category: 'administrative', weight: 3, title: 'Клевета' },
  { code: 'administrative', article: '456-2', category: 'administrative', weight: 3, title: 'Размещение, распространение ложной информации' },
  { code: 'administrative', article: '453', category: 'administrative', weight: 2, title: 'Нарушение законодательства о масс-медиа' },
  { code: 'administrative', article: '451', category: 'administrative', weight: 1, title: 'Нарушение законодательства о масс-медиа (прежняя нумерация)' },
  { code: 'administrative', article: '488', category: 'administrative', weight: 3, title: 'Нарушение законодательства о мирных собраниях' },
  { code: 'administrative', article: '489', category: 'administrative', weight: 2, title: 'Нарушение законодательства об общественных объединениях' },
  { code: 'civil', article: '143', category: 'civil', weight: 3, title: 'Защита чести, достоинства и деловой репутации' },
  { code: 'civil', article: '951', category: 'civil', weight: 2, title: 'Компенсация морального вреда' },
];
