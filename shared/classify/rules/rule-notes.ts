// Why each rule exists, by rule id: what `rules reference` prints beside the rule (docs/classifier-rules.md).
// Kept apart from the rules so that the Lambda bundles, which must stay within 500 KB, carry no documentation;
// a unit test checks that every id here names a rule, an exclusion, a mask or a yield.
export const RULE_NOTES: Readonly<Record<string, string>> = {
  // access-to-information.ts
  'access.any.press-kept-out': 'Journalists kept out of sessions and hearings (an obstruction) also lose the information discussed there',
  'access.any.press-unanswered': 'A request or question of the press left unanswered, avoided or refused; information withheld as "official"',
  'access.any.official-avoids-press': 'An official avoiding the press counts with one more sign (a request, a question, a journalist)',
  // administrative.ts
  'administrative.ru.false-information': 'The title of Administrative Code art. 456-2',
  'administrative.any.short-arrest': 'Arrest for a number of days is an administrative penalty (rallies, pickets, posts)',
  'administrative.any.speaker-fined': 'A speaker, a post or the false-information and insult framings under an administrative penalty',
  'administrative.any.assembly-penalised': 'Fines and short arrests for rallies and pickets (Administrative Code art. 488)',
  'administrative.any.ngo-suspended': 'NGOs suspended or fined over reports of foreign funding (the monitoring counts NGO penalties with administrative cases)',
  // blocking.ts
  'blocking.ru.resource-restricted': 'A site or channel whose access is restricted or that is listed as banned; access to information restricted is another category',
  // civil.ts
  'civil.any.press-sued': 'A lawsuit told in court vocabulary (claim satisfied, award upheld) against an outlet, a journalist or a speaker',
  'civil.any.sued-for-defamation': 'Sued for defamation, insult or damage to reputation: a civil claim whoever the defendant is',
  'civil.any.speech-sued': 'A post, comment or chat message that a company or an official sues over, whoever wrote it',
  // criminal.ts
  'criminal.any.inciting-discord': 'Art. 174 in running text: «возбуждение социальной и национальной розни», "incitement of national, tribal… enmity"',
  'criminal.any.arrested': 'An arrest (not an administrative one) of a journalist or activist means a criminal case',
  'criminal.any.pretrial-measure': 'House arrest, custody and a pre-trial detention centre are measures of a criminal case (an administrative arrest is counted in days)',
  'criminal.any.speaker-prosecuted': 'Anyone who speaks in public, journalist or not, facing a criminal case',
  'criminal.any.speech-prosecuted': 'A post, clip or song put online at the centre of a criminal case, told as a plain court report (articles and videos name their authors, who are speakers)',
  'criminal.any.framing-prosecuted': 'The framings of the speech articles (false information, discord, insult) in a criminal case',
  // cyberattack.ts
  'cyberattack.any.resource-hacked': 'A hijacked account, hacked site or DDoS of an outlet or a speaker (banks and state portals are excluded)',
  'cyberattack.any.press-data-leaked': 'Personal data of journalists or their correspondence leaked or published: heavier than the exclusion of ordinary data leaks',
  // detention.ts
  'detention.any.imprisoned': 'A prison sentence or pre-trial custody of a journalist or activist is reported as detention too',
  'detention.any.detained-for-expression': 'Detained or jailed over false information, discord or posts, whoever the author is',
  'detention.any.custody-in-case': 'Once an expression case is established, detention, arrest or custody in it is reported whoever is named',
  'detention.any.speaker-detained': 'Anyone who speaks in public detained or summoned for questioning',
  'detention.any.framing-detained': 'Detained or summoned over a post put online, false information, discord or insult, whoever the author is',
  // exclusions.ts
  'exclude.press-day-awards': 'Day of Mass Media Workers, awards, contests, media forums: journalists are mentioned, nothing happened to them',
  'exclude.bank-cards': 'Blocked or frozen bank cards and accounts of debtors are not blocked media',
  'exclude.illegal-content-blocking': 'Prosecutors blocking drug, casino, pyramid or fraud sites',
  'exclude.violent-and-corruption-trials': 'Murder, bribery and embezzlement trials share the court vocabulary of expression cases (unless the crime is what a post was said to report falsely)',
  'exclude.cyber-banks-state': 'DDoS and hacking of banks, state portals and data leaks are not attacks on media',
  'exclude.platform-moderation': 'A platform removing groups and channels worldwide is moderation, not blocking by the state',
  'exclude.cyber-not-physical': 'DDoS attacks, hacking and bot attacks are cyberattacks, not violence',
  'exclude.administrative-not-criminal': 'An administrative arrest or fine is not a criminal case, though courts "sentence" to both',
  'exclude.petty-hooliganism': 'Days of arrest for a brawl or drunken hooliganism are no penalty for speech, unless the one punished is a journalist or an activist, or a post or a rally is named',
  'exclude.request-answered': 'A request answered in full or in time is the law on access to information working, unless the answer is refused, late or empty',
  'exclude.abroad': 'Blocking and hacking in Russia, Ukraine or by platforms worldwide: the monitoring covers Kazakhstan',
  'exclude.case-against-offender': 'A criminal case over an attack on or obstruction of journalists is brought against the offender, not for expression',
  'exclude.law-explainer': 'Textbook or prosecutor explanations of the law that name no case (a warning issued, a case opened or a fine imposed is a case)',
  'exclude.cybersecurity-policy': 'Cybersecurity budgets, strategies and statistics of cybercrime are policy news, not an attack on a newsroom',
  'exclude.sports': 'Matches, fights and disqualifications use the words of insults, attacks and penalties',
  'exclude.law-as-basis': 'A law said to be broken is the ground of a sanction, no new legislation',
  'exclude.outage-damage-maintenance': 'Connection lost to a cut cable, earthworks or scheduled maintenance is an outage, not blocking — unless it coincides with a rally, an election or a publication, when the explanation is the official one',
  'exclude.press-sues-the-state': 'A journalist or an outlet suing a state body is the press defending itself, not a claim against the press',
  'exclude.suspended-sentence': 'A suspended sentence, probation or restricted freedom leaves the person free: a sentence, not a detention',
  'exclude.road-traffic': 'Road accidents, drunk or reckless driving, speeding and parking: the penalties of the road, not of speech',
  'exclude.false-bomb-threats': 'A false call about a bomb is a false report to the police, not speech the monitoring counts',
  'exclude.accreditation-granted': 'Accreditation granted to hundreds of reporters for a summit is how access normally works',
  'exclude.site-overload': 'A site down under a rush of its own users (exam results, ticket sales) is an outage, not blocking',
  'exclude.fraud-hacking': 'Accounts hijacked by swindlers to ask relatives for money: a fraud, unless a journalist or an outlet is named as the target',
  'exclude.sentence-threatened': 'The prison term an article provides for («грозит до семи лет») is no detention',
  'exclude.consumer-protection': 'Shops and marketplaces fined for misleading prices or advertising: consumer protection, not speech',
  'exclude.accident-injuries': 'A crew hurt in a road accident was not attacked',
  'exclude.loan-debts': 'Banks recovering loan arrears from borrowers: debt collection, not a claim over speech',
  'exclude.impostors': 'Swindlers posing as journalists are arrested for fraud, not for journalism',
  'exclude.closed-for-repairs': 'A printing house or studio closed for repairs for a fortnight is no closure of an outlet',
  // legislation.ts
  'legislation.any.law-making': 'A law about the media counts when it is being made or changed, not when an existing law is only cited as the basis of an action',
  'legislation.en.codes-adopted': 'New criminal and administrative codes change what can be prosecuted for speech',
  'legislation.any.penalties-proposed': 'Heavier penalties, new offences or their repeal for false information, insult, posts or the press: a proposal the monitoring reports before any law',
  // masks.ts
  'mask.en.compounds': 'Law enforcement bodies are not laws; administrative charges and cases are not criminal ones; a threat to national security is no threat to the press',
  'mask.ru.compounds': '«законный» (lawful, entered into legal force) and law-enforcement bodies are not a law; a threat to national security is no threat to a journalist; a criminal court is a court\'s name, not a case; case files and an official\'s post are no publications; the «редакция» of a law is its wording, not a newsroom',
  'mask.kk.compounds': '«үкімет» (government) begins like «үкім» (verdict); «тергеу соты» is the investigative court, not an investigation; «жауапкершілік» (responsibility) begins like «жауапкер» (defendant)',
  'mask.any.closed-sessions-and-cases': 'A closed session, a trial behind closed doors or a closed case is no closed outlet',
  // media-closure.ts
  'media-closure.any.editor-forced-out': 'An editor fired, dismissed or forced to leave',
  // obstruction.ts
  'obstruction.any.stopped-at-work': 'Detained, beaten or stopped while filming or covering an event: the work itself was obstructed',
  'obstruction.any.press-attacked': 'Violence against a journalist is usually interference with their work too; needs one more sign of work (below)',
  'obstruction.any.detained-at-work': 'A journalist detained while filming or covering an event was also kept from working',
  'obstruction.any.journalist-obstructed': 'A journalist or crew kept out, removed, stopped from filming, searched or stripped of equipment',
  // threat.ts
  'threat.any.ordered-to-delete': 'Officials demanding that a story be taken down are pressure on the outlet',
  'threat.any.press-threatened': 'Threats told as events: foam in the door lock, bullying, police told to react harshly to posts',
  'threat.any.harsh-reaction': 'Officials telling the police to react harshly to posts and criticism: intimidation of everyone who speaks',
  // yields.ts
  'yield.outage-of-an-attack': 'A site down under a DDoS or a break-in is the attack\'s harm, not blocking, unless blocking, throttling, a shutdown or a VPN is named',
  'yield.criminal-needs-criminal-procedure': 'A fine, a lawsuit, a closure, a blocking order or a law over «false information» is not a criminal case',
  'yield.civil-in-a-criminal-case': 'Moral damages, honour and dignity claimed by the victim inside a criminal case are no civil suit without the words of one',
  'yield.threat-in-a-claim': 'A pre-trial claim or a lawsuit demanding that an article be removed is a civil claim, not a threat, unless threats are named',
  'yield.civil-needs-a-lawsuit': 'Demands, claims and compensation in a story about a prosecution, a threat or a closure are no civil suit without its words',
  'yield.administrative-needs-a-penalty': 'Fines a law or a draft introduces are legislation; an administrative case needs a fine imposed, a protocol drawn up or a court ruling',
  'yield.access-needs-a-request': 'Police or officials "not commenting" on an arrest or a case is how news is told; it is a refusal of information when a request, a question or data were asked for',
  'yield.closure-after-an-attack': 'An outlet that pauses an issue or a programme after its office or its host was attacked reports the harm of the attack; a closure is a decision of a court, a ministry or an owner',
};
