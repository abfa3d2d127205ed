// Reading a pasted court act (решение, приговор, постановление; шешім, үкім, қаулы) in Russian or
// Kazakh for the report entry's draft: the act's own date (not the day it was imported), the court,
// the outcome, and the sums claimed and awarded. Linear scans only: an act is untrusted text.
import { findAmountsKzt } from '../classify/amounts';
import type { CaseOutcome } from '../domain/taxonomy';
import { firstDate } from './text-dates';

export interface CourtActFacts {
  /** yyyy-mm-dd: the date the act was issued. */
  actDate?: string;
  court?: string;
  outcome?: CaseOutcome;
  amountClaimedKzt?: number;
  amountAwardedKzt?: number;
  /** «по иску X к Y о …» */
  claimant?: string;
  defendant?: string;
  subject?: string;
}

/** The operative part starts here: what the court decided, as opposed to what the parties asked. */
const OPERATIVE = /(?:^|[\s:])(решил|постановил|приговорил|определил|шешті|шешім етті|қаулы етті|үкім етті)\s*:/u;
const ACT_TITLE = /(?:^|\n)\s*(решение|заочное решение|приговор|постановление|определение|шешім|сырттай шешім|үкім|қаулы|ұйғарым)\s*(?:\n|$)|именем республики казахстан|қазақстан республикасының атынан/u;

export function isCourtAct(text: string): boolean {
  const head = text.slice(0, 3000).toLowerCase();
  return ACT_TITLE.test(head) && OPERATIVE.test(text.toLowerCase());
}

/** The court's name: the line naming a court, up to «в составе» / «құрамында» (ru) or «соты» (kk), else the first comma. */
function findCourt(text: string): string | undefined {
  for (const line of text.slice(0, 3000).split('\n')) {
    const kk = /^\s*([^,\n]{3,200}?(?<!\p{L})соты)(?!\p{L})/u.exec(line);
    if (kk) return tidy(kk[1]!);
    const ru = /(?<!\p{L})суд(?!\p{L}|ь|ей)/iu.exec(line);
    if (!ru || /^\s*(?:суд|судья)(?!\p{L})/iu.test(line)) continue;
    const end = line.search(/\s+в\s+составе|,/u);
    const name = tidy(end === -1 ? line : line.slice(0, end));
    if (name.length >= 5 && name.length <= 200) return name;
  }
  return undefined;
}

function tidy(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

function findOutcome(operative: string): CaseOutcome | undefined {
  const text = operative.slice(0, 2000);
  if (/удовлетворить\s+частично|частично\s+удовлетворить|ішінара\s+қанағаттандыр/u.test(text)) return 'partial';
  if (/в\s+удовлетворении[^.]{0,200}?отказать|отказать\s+в\s+удовлетворении|қанағаттандырудан\s+бас\s+тарт|бас\s+тартылсын/u.test(text)) return 'for_defendant';
  if (/оставить\s+без\s+рассмотрения|прекратить\s+производство|қараусыз\s+қалдыр|іс\s+жүргізуді\s+тоқтат/u.test(text)) return 'dismissed';
  if (/удовлетворить|қанағаттандырылсын|қанағаттандыру/u.test(text)) return 'for_claimant';
  if (/признать\s+виновн|кінәлі\s+деп\s+танылсын/u.test(text)) return 'for_claimant';
  if (/оправдать|ақталсын/u.test(text)) return 'for_defendant';
  return undefined;
}

/** The first sum after a word of recovery in the operative part: «взыскать … 1 000 000 тенге», «… 1 000 000 теңге өндірілсін». */
/** «1 000 000 (один миллион) тенге»: the words in brackets stand between the number and the currency. */
function withoutSpelledSums(text: string): string {
  return text.replace(/\s*\([^()\d]{1,120}\)(?=\s*(?:тенге|теңге|тг))/gu, '');
}

function awardedSum(operative: string): number | undefined {
  const lower = withoutSpelledSums(operative.toLowerCase());
  const at = lower.search(/взыскать|взыскав|өндірілсін|өндіріп|өндіру/u);
  if (at === -1) return undefined;
  // Kazakh puts the verb after the sum: look a little before it too.
  const window = lower.slice(Math.max(0, at - 200), at + 400);
  const sums = findAmountsKzt(window);
  // A state duty or a representative's fee is smaller than the award; the award is the largest sum recovered.
  return sums.length ? Math.max(...sums) : undefined;
}

/** What the claimant asked: the sum near «просит взыскать», «о взыскании», «талап етіп». */
function claimedSum(reasoning: string): number | undefined {
  const lower = withoutSpelledSums(reasoning.toLowerCase());
  const at = lower.search(/просит|просил|о\s+взыскании|в\s+размере|требовани|талап\s+ет|өндіруді\s+сұра|сұраған|өтеуді/u);
  // Kazakh puts the verb after the sum («20 000 000 теңге … өндіруді сұрады»): look a little before it too.
  const sums = findAmountsKzt(at === -1 ? lower : lower.slice(Math.max(0, at - 300), at + 1500));
  return sums.length ? Math.max(...sums) : undefined;
}

function findParties(text: string): Pick<CourtActFacts, 'claimant' | 'defendant' | 'subject'> {
  const head = text.slice(0, 4000).replace(/\s+/g, ' ');
  const ru = /по\s+(?:исковому\s+заявлению|иску)\s+([^,.;]{3,160}?)\s+к\s+([^,.;]{3,200}?)\s+(?:о|об)\s+([^.;,]{3,200})/iu.exec(head);
  if (ru) return { claimant: tidy(ru[1]!), defendant: tidy(ru[2]!), subject: tidy(ru[3]!.split(/,\s*(?:руководствуясь|суд)/iu)[0]!) };
  const kk = /([^,.;]{3,160}?)\s+талапкердің\s+([^,.;]{3,200}?)\s+жауапкерге\s+([^.;]{3,200}?)\s+туралы/iu.exec(head);
  if (kk) return { claimant: tidy(kk[1]!), defendant: tidy(kk[2]!), subject: tidy(kk[3]!) };
  return {};
}

export function readCourtAct(text: string, notAfter: string): CourtActFacts {
  const lower = text.toLowerCase();
  const operativeAt = OPERATIVE.exec(lower)?.index ?? -1;
  const reasoning = operativeAt === -1 ? text : text.slice(0, operativeAt);
  const operative = operativeAt === -1 ? '' : text.slice(operativeAt);
  const actDate = firstDate(text.slice(0, 2000), notAfter);
  const court = findCourt(text);
  const outcome = operative ? findOutcome(operative.toLowerCase()) : undefined;
  const awarded = operative ? awardedSum(operative) : undefined;
  const claimed = claimedSum(reasoning);
  return {
    ...(actDate ? { actDate } : {}),
    ...(court ? { court } : {}),
    ...(outcome ? { outcome } : {}),
    ...(claimed !== undefined ? { amountClaimedKzt: claimed } : {}),
    ...(awarded !== undefined ? { amountAwardedKzt: awarded } : {}),
    ...findParties(text),
  };
}

const RU_OUTCOME: Record<CaseOutcome, string> = {
  for_claimant: 'иск удовлетворён',
  for_defendant: 'в иске отказано',
  partial: 'иск удовлетворён частично',
  dismissed: 'иск оставлен без рассмотрения',
  pending: 'дело не окончено',
};
const KK_OUTCOME: Record<CaseOutcome, string> = {
  for_claimant: 'талап қанағаттандырылды',
  for_defendant: 'талап қанағаттандырылмады',
  partial: 'талап ішінара қанағаттандырылды',
  dismissed: 'талап қараусыз қалдырылды',
  pending: 'іс аяқталған жоқ',
};
const EN_OUTCOME: Record<CaseOutcome, string> = {
  for_claimant: 'the claim was granted',
  for_defendant: 'the claim was dismissed on the merits',
  partial: 'the claim was partly granted',
  dismissed: 'the claim was left without consideration',
  pending: 'the case is pending',
};

const tenge = (n: number) => n.toLocaleString('ru-RU').replace(/\u00a0/g, ' ');
const dotted = (date: string) => date.split('-').reverse().join('.');

/** A short paragraph for the report entry in the act's language, from the facts read; staff edit it. */
export function summarizeCourtAct(facts: CourtActFacts, language: 'ru' | 'kk' | 'en'): string {
  const parts: string[] = [];
  if (language === 'kk') {
    const who = facts.claimant && facts.defendant ? `${facts.claimant} талапкердің ${facts.defendant} жауапкерге ${facts.subject ?? ''} туралы талабы бойынша` : '';
    parts.push([facts.court, facts.actDate ? `${dotted(facts.actDate)} шешімі` : 'шешімі', who].filter(Boolean).join(' ').replace(/\s+/g, ' '));
    if (facts.outcome) parts.push(KK_OUTCOME[facts.outcome]);
    if (facts.amountAwardedKzt !== undefined) parts.push(`${tenge(facts.amountAwardedKzt)} теңге өндірілді`);
    if (facts.amountClaimedKzt !== undefined) parts.push(`талап етілгені ${tenge(facts.amountClaimedKzt)} теңге`);
  } else if (language === 'en') {
    parts.push([facts.court ?? 'The court', facts.actDate ? `decision of ${facts.actDate}` : 'decision'].join(', '));
    if (facts.outcome) parts.push(EN_OUTCOME[facts.outcome]);
    if (facts.amountAwardedKzt !== undefined) parts.push(`${tenge(facts.amountAwardedKzt)} tenge awarded`);
    if (facts.amountClaimedKzt !== undefined) parts.push(`${tenge(facts.amountClaimedKzt)} tenge claimed`);
  } else {
    const who = facts.claimant && facts.defendant ? `по иску ${facts.claimant} к ${facts.defendant}${facts.subject ? ` о ${facts.subject}` : ''}` : '';
    parts.push([facts.court ?? 'Суд', facts.actDate ? `решение от ${dotted(facts.actDate)}` : 'решение', who].filter(Boolean).join(', '));
    if (facts.outcome) parts.push(RU_OUTCOME[facts.outcome]);
    if (facts.amountAwardedKzt !== undefined) parts.push(`взыскано ${tenge(facts.amountAwardedKzt)} тенге`);
    if (facts.amountClaimedKzt !== undefined) parts.push(`заявлено ${tenge(facts.amountClaimedKzt)} тенге`);
  }
  return `${parts.join('; ')}.`;
}
