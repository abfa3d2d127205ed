// Law-article references in their many spellings (`ст. 274 УК РК`, `ч.2 ст.174`, `статьи 274 Уголовного
// кодекса`, `274-бабы`, `art. 73-3 of the Administrative Code`), parsed from normalised text.
import type { LawArticleRef } from '../domain/classification';

export interface FoundArticle extends LawArticleRef {
  /** Span in the normalised text: the article number with its keyword. */
  start: number;
  end: number;
}

// `73-3` is an article; `223-226` is a range of articles, not article 223-22.
const NUMBER = String.raw`\d{1,3}(?:-\d{1,2}(?!\d))?`;
const PART = String.raw`(?:ч\.?|част(?:ь|и|ью|ей)|п\.|пункт(?:а|ом|у)?|part|p\.|paragraph)\s*(\d{1,2})`;
/** Keyword before the number: ru, en (kk writes the number first: `274-бабы`). */
const ARTICLE_WORD = String.raw`(?<![a-zа-яәғқңөұүһі])(?:ст\.|ст(?=\s*\d)|стат(?:ья|ьи|ье|ью|ьей|ьям|ьями|ей)|art\.|art(?=\s*\d)|articles?)`;
const LIST_SEP = String.raw`(?:\s*(?:,|и|and|&)\s*|\s+)`;

// `ч.2 ст.174`, `части 2 статьи 378`, `ст. 274 ч. 1`, `ст.272 ч.1/2, 378, 274`, `article 174 p. 1`.
const RU_EN = new RegExp(
  String.raw`(?:(?<![a-zа-я])${PART}\s*(?:of\s+)?)?${ARTICLE_WORD}\s*(${NUMBER}(?:,?\s*(?:ч\.?|part|p\.)\s*\d{1,2}(?:\/\d{1,2})?)?(?:${LIST_SEP}${NUMBER}(?![\d.,]*\s*(?:тенге|тг|kzt|года|году|г\.|лет|year))(?:\s*(?:ч\.?|part|p\.)\s*\d{1,2}(?:\/\d{1,2})?)?)*)`,
  'g',
);
// `274-бабы`, `174-бабының 2-бөлігі`, `73-3-бабы`, `456-2 бабы`.
const KK = new RegExp(String.raw`(?<![\d-])(\d{1,3}(?:-\d{1,2}(?!\d))?)[-\s]?(?:бап|баб)[а-яәғқңөұүһі]*(?:\s*(\d{1,2})[-\s]?(?:бөлі|тармақ)[а-яәғқңөұүһі]*)?`, 'g');
// Kazakh part before the article: `2-бөлігі 174-бап` is rare; the common order is article then part.

/** Procedure codes (ГПК, УПК, АППК…): their articles are how a court proceeds, not what anyone is charged with. */
type CodeNear = LawArticleRef['code'] | 'procedure';

const CODES: Array<{ code: CodeNear; re: RegExp }> = [
  { code: 'procedure', re: /гпк|упк|аппк|процессуальн[а-я]* кодекс|code of (?:civil|criminal) procedure|procedur[a-z]* code|процестік кодекс|апк рк|қпк/ },
  { code: 'administrative', re: /коап|кодекс[а-я]* (?:республики казахстан |рк )?об административных правонарушениях|административн[а-я]* кодекс|administrative (?:offen[cs]es )?code|code (?:of|on) administrative (?:offen[cs]es|violations)|code of administrative|әкімшілік құқық бұзушылық[а-яәғқңөұүһі]* туралы кодекс|әқбтк|әкімшілік кодекс/ },
  { code: 'criminal', re: /ук(?![а-я])|уголовн[а-я]* кодекс|criminal code|penal code|code of criminal|қылмыстық кодекс|қк(?![а-яәғқңөұүһі])/ },
  { code: 'civil', re: /гк(?![а-я])|гражданск[а-я]* кодекс|civil code|азаматтық кодекс|ак рк/ },
  { code: 'media', re: /закон[а-я]* (?:рк )?«?"?о (?:сми|средствах массовой информации|масс-медиа)|law on (?:the )?(?:mass )?media|масс-медиа туралы|бұқаралық ақпарат құралдары туралы/ },
];

// Article numbers that identify their code on their own when the code is not named nearby.
const DISTINCTIVE: Record<string, LawArticleRef['code']> = {
  '274': 'criminal', '174': 'criminal', '131': 'criminal', '130': 'criminal', '158': 'criminal', '164': 'criminal',
  '73-3': 'administrative', '456-2': 'administrative', '453': 'administrative', '488': 'administrative',
};

function codeNear(text: string, start: number, end: number): CodeNear {
  const after = text.slice(end, end + 90);
  const before = text.slice(Math.max(0, start - 50), start);
  let best: { code: CodeNear; at: number } | undefined;
  for (const { code, re } of CODES) {
    const m = re.exec(after);
    if (m && (!best || m.index < best.at)) best = { code, at: m.index };
  }
  if (best) return best.code;
  for (const { code, re } of CODES) if (re.test(before)) return code;
  return 'unknown';
}

function push(out: FoundArticle[], found: FoundArticle): void {
  if (out.some((a) => a.code === found.code && a.article === found.article && a.part === found.part)) return;
  out.push(found);
}

export function findLawArticles(text: string): FoundArticle[] {
  const out: FoundArticle[] = [];
  for (const m of text.matchAll(RU_EN)) {
    const start = m.index;
    const end = start + m[0].length;
    const partBefore = m[1];
    let code = codeNear(text, start, end);
    if (code === 'procedure') continue;
    const items = m[2]!.split(/\s*(?:,(?!\s*(?:ч|part|p\.))|\bи\b|\band\b|&)\s*|\s+(?=\d{2,3}(?:-\d)?(?!\d))/);
    for (const item of items) {
      const im = /^(\d{1,3}(?:-\d{1,2})?)(?:,?\s*(?:ч\.?|part|p\.)\s*(\d{1,2}))?/.exec(item.trim());
      if (!im) continue;
      const article = im[1]!;
      const part = im[2] ?? partBefore;
      const resolved = code === 'unknown' ? (DISTINCTIVE[article] ?? 'unknown') : code;
      push(out, { code: resolved, article, ...(part ? { part } : {}), start, end });
    }
    code = 'unknown';
  }
  for (const m of text.matchAll(KK)) {
    const start = m.index;
    const end = start + m[0].length;
    const article = m[1]!;
    const code = codeNear(text, start, end);
    if (code === 'procedure') continue;
    const resolved = code === 'unknown' ? (DISTINCTIVE[article] ?? 'unknown') : code;
    push(out, { code: resolved, article, ...(m[2] ? { part: m[2] } : {}), start, end });
  }
  return out;
}
