// The legal statistics as sentences, the way the printed monthly reports state them, with the tenge
// sums also in words. Plain text: each renderer escapes it for its format.
import type { Language } from '../domain/taxonomy';
import { amountInWords } from './amounts';
import type { ChargeCounts, ReportData } from './report-statistics';
import { monthLabel, periodLabel } from './report-texts';

function en(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function chargesClause(c: ChargeCounts, lang: Language): string {
  switch (lang) {
    case 'ru':
      return `уголовных дел — ${c.criminal} (в суде — ${c.criminalInCourt}), гражданских исков — ${c.civil} (о защите чести, достоинства и деловой репутации — ${c.civilHonourDignity}), административных дел — ${c.administrative}`;
    case 'kk':
      return `${c.criminal} қылмыстық айыптау (сотқа жеткені — ${c.criminalInCourt}), ${c.civil} азаматтық талап (ар-намысты, қадір-қасиетті және іскерлік беделді қорғау туралы — ${c.civilHonourDignity}), ${c.administrative} әкімшілік айыптау`;
    case 'en':
      return `${en(c.criminal, 'criminal charge', 'criminal charges')} (${c.criminalInCourt} in court), ${en(c.civil, 'civil claim', 'civil claims')} (${c.civilHonourDignity} for honour, dignity and business reputation), ${en(c.administrative, 'administrative charge', 'administrative charges')}`;
  }
}

/** Four sentences: the month's judicial acts, the month's charges, the year's charges, the year's sums in words. */
export function statisticsSentences(data: ReportData, lang: Language): string[] {
  const month = monthLabel(data.month, lang);
  const ytd = periodLabel(data.periods.yearToDate.from, data.periods.yearToDate.to, lang);
  const acts = data.judicialActs.month;
  const claimed = amountInWords(data.damages.yearToDate.claimedKzt, lang);
  const awarded = amountInWords(data.damages.yearToDate.awardedKzt, lang);
  switch (lang) {
    case 'ru':
      return [
        `${month}: судебных актов по делам, связанным со свободой выражения мнений, — ${acts.total}, из них в пользу ответчиков — ${acts.forDefendants}.`,
        `Возбуждено и подано за месяц: ${chargesClause(data.charges.month, lang)}.`,
        `С начала года (${ytd.toLowerCase()}): ${chargesClause(data.charges.yearToDate, lang)}.`,
        `Сумма исков о компенсации морального вреда с начала года — ${claimed}; суды взыскали ${awarded}.`,
      ];
    case 'kk':
      return [
        `${month}: сөз бостандығына байланысты істер бойынша ${acts.total} сот актісі шығарылды, оның ішінде жауапкерлердің пайдасына — ${acts.forDefendants}.`,
        `Осы айда қозғалғаны мен берілгені: ${chargesClause(data.charges.month, lang)}.`,
        `Жыл басынан бері (${ytd}): ${chargesClause(data.charges.yearToDate, lang)}.`,
        `Жыл басынан бері моральдық зиянды өтеу туралы талаптар сомасы — ${claimed}; соттар ${awarded} өндірді.`,
      ];
    case 'en':
      return [
        `${month}: ${en(acts.total, 'judicial act was', 'judicial acts were')} issued in cases concerning freedom of expression, ${acts.forDefendants} of them in favour of the defendants.`,
        `Filed this month: ${chargesClause(data.charges.month, lang)}.`,
        `Since the start of the year (${ytd}): ${chargesClause(data.charges.yearToDate, lang)}.`,
        `Claims for non-pecuniary damages since the start of the year amounted to ${claimed}; the courts awarded ${awarded}.`,
      ];
  }
}

/** Consecutive months as ranges: ["2020-10", "2020-11", "2021-02"] → [["2020-10", "2020-11"], ["2021-02", "2021-02"]]. */
export function monthRanges(months: readonly string[]): [string, string][] {
  const ranges: [string, string][] = [];
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  for (const month of [...months].sort()) {
    const last = ranges.at(-1);
    if (last && index(month) === index(last[1]) + 1) last[1] = month;
    else ranges.push([month, month]);
  }
  return ranges;
}

/** "The figures for October 2020 – September 2021 come from …": said whenever any month is from the baseline. */
export function baselineNote(data: ReportData, lang: Language): string | undefined {
  if (data.baselineMonths.length === 0) return undefined;
  const spans = monthRanges(data.baselineMonths)
    .map(([from, to]) => (from === to ? monthLabel(from, lang) : `${monthLabel(from, lang)} – ${monthLabel(to, lang)}`))
    .join(', ');
  switch (lang) {
    case 'ru':
      return `Данные за ${spans.toLowerCase()} взяты из статистики, которую Фонд вёл до начала работы системы мониторинга; случаи тех месяцев в этом обзоре не перечислены.`;
    case 'kk':
      return `${spans} кезеңінің деректері Қор мониторинг жүйесі іске қосылғанға дейін жүргізген статистикадан алынды; сол айлардың оқиғалары бұл шолуда тізілмеген.`;
    case 'en':
      return `The figures for ${spans} come from the statistics the Foundation kept before this monitoring system started; the cases of those months are not listed in this report.`;
  }
}
