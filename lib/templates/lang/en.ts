/**
 * English. Negation and tense of a matched phrase are decided with compromise (english.ts); the
 * negator list here is the fallback and the quick test that decides whether compromise is needed.
 */
import type { LangTable } from './types.ts';

const WE = String.raw`(?:we|i|our team|the company)`;
const BE = String.raw`(?:'s|'re|'m| is| are| am| was| were| has been| have been| had been)`;
const W = String.raw`(?:[\p{L}']+ )`;
const SYMPATHY = String.raw`(?:like )?(?:an? )?(?:(?:so|really|very|truly|incredibly|just|quite|pretty|absolutely|super|real|total|complete|absolute) )?(?:frustrating|awful|terrible|stressful|scary|frightening|upsetting|annoying|horrible|horrendous|worrying|difficult|hard|unpleasant|disappointing|infuriating|maddening|exhausting|rough|painful|alarming|inconvenient|bad|dreadful|distressing|concerning|unacceptable|nightmare|headache|ordeal|hassle|pain|mess|frustration|disappointment|experience)\b`;

export const en: LangTable = {
  contrast: String.raw`\b(?:but|instead|rather|however)\b`,
  negBefore: String.raw`\b(?:not|no|never|nobody|none|neither|nor|without|cannot|can't|won't|unable|no longer)\b|n't\b`,
  // The predicate denies what precedes it: "refunds aren't available", "compensation is not possible".
  negAfter: String.raw`^[^.!?]{0,25}?\b(?:isn't|aren't|wasn't|weren't|is not|are not|was not|were not|won't be|will not be|cannot be|can't be|is no longer|are no longer)\b`,
  liability: [
    // "our fault", "my mistake", "our negligence", "our own error" (not "our investigation").
    String.raw`\b(?:our|my) (?:own )?(?:fault|mistakes?|errors?|negligence|bad|screw-?up|blunder|failure|failing|oversight|lapse)\b|\b(?:fault|mix-?up|mistakes?|errors?|failures?|oversights?|lapses?|went wrong)(?<!\b(?:whether|if) [^.!?,]{0,40})(?: [\p{L}']+){0,3} (?:on|at|in|by) (?:our|my) (?:part|side|end|warehouse|team|staff|factory)\b`,
    String.raw`\b(?:this|that|it)(?: one)?${BE} (?:[\p{L}']+ ){0,2}on (?:us|me)\b(?! to\b)`,
    String.raw`\b${WE}${BE} (?:[\p{L}']+ ){0,2}(?:to blame|at fault|in the wrong|liable|negligent|culpable|responsible for (?:the|this|that|your|any|all) (?:[\p{L}']+ ){0,2}(?:damages?|injur\p{L}*|harm|loss|losses|fire|incident|breach|leak|problem|issue|fault|defect|failure|accident))\b`,
    String.raw`\b(?:we|i) (?:[\p{L}']+ )?(?:messed|screwed|mucked|fucked|effed) (?:this |it |that )?up\b`,
    String.raw`\b(?:we|i) (?:[\p{L}']+ )?(?:dropped the ball|got (?:this|it|that) wrong|made (?:a |an |some |serious |big |real |terrible )*(?:mistakes?|errors?|blunder)|slipped up|failed you|let (?:you|our customers) down)\b`,
    String.raw`\b(?:we|i) (?:[\p{L}']+ )?(?:takes?|took|accepts?|accepted|assumes?|bears?|owns?|admits?) (?:[\p{L}']+ ){0,3}(?:responsibility|liability|blame|fault|ownership|accountability)\b`,
    // Hindsight: "we should have caught this", "we shouldn't have shipped them".
    { re: String.raw`\b(?:we|i) should(?:n't| not| never)? have (?:[\p{L}']+ )?(?:caught|spotted|noticed|known|tested|checked|acted|warned|prevented|shipped|sold|released)\b`, polar: true },
    String.raw`\b(?:the )?(?:blame|fault|responsibility|liability) (?:[\p{L}']+ )?(?:lies|lay|rests|is|was|sits|falls) (?:[\p{L}']+ ){0,2}(?:with|on) (?:us|me)\b`,
    String.raw`\b(?:we|i) (?:own|owned) (?:that|this|it|up to (?:it|that|this|our mistake))\b`,
    String.raw`\b(?:caused|created|started) by (?:our|my) (?:own )?(?:negligence|mistake|error|failure|carelessness)\b`,
    // "It's not your fault, it's ours" / "No one is to blame but us".
    String.raw`\b(?:it'?s|it is|it was|is|was|but) (?:all |entirely |fully |completely )?ours\b`,
    String.raw`\bto blame (?:[\p{L}']+ )?but (?:us|ourselves|me)\b`,
    String.raw`\b(?:our|my) (?:[\p{L}']+ )?(?:products?|chargers?|power banks?|devices?|units?|batter(?:y|ies)|systems?|app|team|staff|warehouse|factory|software|firmware|update) ${W}{0,2}(?:caused|damaged|destroyed|burned|burnt|injured|leaked|broke)\b`,
    String.raw`\bwe (?:caused|are causing|have caused) (?:this|that|it|the)\b`,
    String.raw`\bwe (?:will|'ll) (?:take|accept) (?:[\p{L}']+ ){0,2}(?:responsibility|liability)\b`,
    // Admissions that are negative in form: "we didn't handle this well", "we fell short".
    { re: String.raw`\b(?:we|i) (?:didn't|did not|failed to|have not|haven't) (?:do (?:a good job|enough|right by you)|handle (?:this|it|that) (?:well|properly|right)|live up to|get (?:this|it) right|meet (?:our|your) (?:standards|expectations)|(?:catch|spot|test|check) (?:this|it|the (?:[\p{L}']+ )?(?:fault|defect|problem|batch)))\b|\b(?:we|i) (?:weren't|were not|wasn't|haven't been) (?:[\p{L}']+ )?(?:careful|thorough|rigorous|vigilant) enough\b`, polar: true },
    String.raw`\b(?:we|i) (?:fell|have fallen|fall) short\b`,
  ],
  speculation: [
    String.raw`\b(?:most |very |quite |highly )?(?:probably|likely|presumably|possibly|perhaps|maybe|conceivably|apparently|supposedly|seemingly|allegedly|reportedly)\b`,
    String.raw`\b(?:from what we (?:can tell|know|can see|understand)|as far as we (?:can tell|know)|it looks as (?:if|though))\b`,
    String.raw`\b(?:we|i) (?:[\p{L}']+ )?(?:think|believe|suspect|assume|guess|reckon|imagine|fear) (?:that )?(?:it|this|that|the|they|there|an?|some|any|most|our|your|no|nothing)\b`,
    String.raw`\b(?:we|i) (?:[\p{L}']+ )?expect (?:it|this|that|them|things|everything|the (?:issue|problem|fix|outage|delay)) to\b`,
    String.raw`\b(?:it|this|that|there) (?:seems|seemed|appear(?:s|ed)|looks|looked)\b`,
    String.raw`\b(?:looks|seems|(?:'s|is|are|'re) (?:looking|seeming)) like\b`,
    // Not sympathy with what the customer went through: "that sounds really frustrating", "sounds
    // like a nightmare" say nothing about causes or outcomes.
    String.raw`\b(?:(?:it|this|that|there) sounds|sounds like)\b(?! ${SYMPATHY})`,
    String.raw`\b(?:should|ought to|might|could|may)(?! (?:you|u|ya|i|we)\b) (?:[\p{L}']+ )?(?:be|have been|get|go|come) (?:[\p{L}']+ )?(?:fixed|resolved|sorted|solved|back|fine|ok|okay|working|normal|over|done|restored|caused|related|due|linked|the cause|responsible|affected|accessed|involved)\b`,
    // Not a request to the customer: "could you get in touch", "could you be so kind".
    String.raw`(?<!\b(?:you|we|i) )\b(?:might|could)(?! (?:you|u|ya)\b) (?:[\p{L}']+ )?(?:have|be|explode|catch|burn|last|happen|take|cause|affect|spread|get|go|come)\b`,
    // Not the apology formula "for any inconvenience this may have caused".
    String.raw`(?<!(?:inconvenience|trouble|distress|frustration|confusion|worry|disruption|upset|disappointment|stress|difficulties|problems|issues) )\b(?:it|this|that|they|there) may (?:have|be|take|last|affect|cause)\b`,
    String.raw`\bhopefully\b`,
    String.raw`\b(?:our|the) (?:best )?guess\b|\b(?:our|the working|the current|the leading) (?:[\p{L}']+ )?(?:theory|hypothesis|hunch)\b`,
    String.raw`\b(?:chances|odds) are\b|\bin all (?:likelihood|probability)\b`,
  ],
  absolute: [
    // Not the availability formulas: "always here to help", "never hesitate to reach out".
    String.raw`\b(?:always|never|guarantees?|guaranteed|guaranteeing|definitely|certainly|absolutely|undoubtedly|impossible|forever)\b(?! (?:here|there|happy|glad|available|ready|on hand|around|welcome)\b| (?:hesitate|want|wanted|meant|intended)\b)`,
    String.raw`(?:\b(?:one )?hundred|\b100) ?(?:%|percent|per cent)`,
    { re: String.raw`\b(?:zero|no) (?:[\p{L}']+ )?risk\b`, polar: true },
    { re: String.raw`\b(?:will|'ll|won't|would) (?:never |not |ever )?(?:happen|occur) again\b|\bnever again\b`, polar: true },
    String.raw`\bunder no circumstances\b`,
    String.raw`\bwithout (?:a|any) doubt\b`,
  ],
  nonApology: [
    String.raw`\b(?:sorry|apologi[sz]e|apologies|regret)(?: \p{L}+){0,2},? (?:if|that|for how|that you|if you|you) ?(?:you|anyone|anybody|some people|some customers|some of you|people)?(?: may| might| have| had)? (?:feel|felt|feels|perceive|perceived|see it|saw it|took it|take it|were offended|was offended|are offended|got offended|were upset by our|found (?:this|it|our))\b`,
    String.raw`\bsorry (?:that )?you feel (?:that way|this way|so|like that)\b`,
    String.raw`\bsorry if (?:anyone|anybody|this|that|our (?:[\p{L}']+ ){0,2}(?:was|were)) (?:[\p{L}']+ ){0,2}(?:offended|upset|misunderstood|caused offen[cs]e)\b`,
    String.raw`\bregret (?:that )?you (?:feel|felt|see it)\b`,
    // A conditional about our own words: "sorry if our post came across the wrong way".
    // …or how it landed: "if it came across as", "sorry you got that impression".
    String.raw`\b(?:sorry|apologi[sz]e|apologies|regret)\b[^.!?]{0,20}\b(?:if (?:our|this|that|my|the|any of our) (?:[\p{L}']+ ){0,2}(?:posts?|messages?|tweets?|statement|words|repl(?:y|ies)|comments?|wording|tone|response|update|joke|ad|campaign)|if (?:it|this|that|we|i) (?:came (?:across|off)|sounded|seemed) (?:as|like)|you(?:'ve| have| were|'re)? (?:been )?(?:left with|got|had) (?:that|the|this|an) (?:[\p{L}']+ )?impression)\b`,
  ],
  claims: [
    { re: String.raw`\b(?:resolved|solved|sorted out|all sorted|(?:everything|it|this|that)(?:'s| is| has been) (?:now |all )?sorted|no longer an issue|a thing of the past|over now)\b`, level: 'resolved' },
    { re: String.raw`\b(?:back to normal|all clear|under control|behind us)\b`, level: 'resolved' },
    // Other words for done: "taken care of", "back up and running", "the outage is over".
    { re: String.raw`\b(?:(?:taken care of|dealt with)(?! (?:your|you|the (?:refund|replacement|return|request|order))\b)|problem solved|issue solved|good to go|all good now|(?:back )?up and running(?: again)?|(?:working|running|shipping|operating) (?:normally )?again|no longer (?:a problem|an issue|a risk|a concern|happening))\b`, level: 'resolved' },
    { re: String.raw`\b(?:is|'s|are|'re|was|were) (?:now |finally |completely |all )?over\b(?! (?:\d|the|an?|our|your|\p{L}+ing)\b)`, level: 'resolved' },
    { re: String.raw`\b(?:fixed|repaired|corrected|remedied|patched)\b`, level: 'fixed' },
    { re: String.raw`\b(?:is|are|'s|'re|remains?|stays?|be|being|completely|totally|perfectly|entirely|absolutely|100%) (?:[\p{L}']+ ){0,2}safe\b(?! (?:place|spot|side|distance|location))`, level: 'safe' },
    { re: String.raw`\bsafe to (?:use|charge|keep|continue)\b`, level: 'safe' },
    // "fine to use", "OK to keep charging it", "no need to stop using it".
    { re: String.raw`\b(?:fine|ok|okay|alright|all right) to (?:(?:keep|continue) (?:on )?)?(?:use|using|charg(?:e|ing))\b`, level: 'safe' },
    { re: String.raw`\bno need to (?:stop|quit) (?:using|charging)\b`, level: 'safe', polar: true },
    { re: String.raw`\b(?:zero|no) (?:[\p{L}']+ )?(?:risk|danger|safety (?:risk|issue|concern))\b`, level: 'safe', polar: true },
    { re: String.raw`\bnothing to worry about\b`, level: 'safe', polar: true },
  ],
  notClaim: String.raw`\b(?:until|till|once|when|whenever|as soon as|after|before|if|unless|whether|will|'ll|would|should|shall|might|could|may|going to|hope|hoping|expect(?:ed)?|aim|aiming|plan|planning|working to|work to|to be|to get|get it|being)\b|'ll\b`,
  promises: [
    { kind: 'refund', re: String.raw`\b(?:refunds?|refunded|refunding|reimburse|reimbursed|reimbursement|reimbursing|money back|give you back your money)\b` },
    { kind: 'replacement', re: String.raw`\b(?:replaces?|replaced|replacing|replacements?|exchange (?:it|the|your)|swap (?:it|the|your)|new (?:unit|one|device) (?:for|free|at no))\b` },
    { kind: 'compensation', re: String.raw`\b(?:compensate|compensated|compensating|compensation|make it up to you|make up for (?:it|this)|goodwill (?:payment|gesture)|cover (?:the |your )?(?:[\p{L}']+ )?(?:costs?|cost of|fees?|damages?)|pay (?:for|you) (?:[\p{L}']+ ){0,2}(?:damages?|repairs|costs|losses)|waiv\p{L}* (?:[\p{L}']+ ){0,2}(?:fees?|charges?|costs?)|(?:order|delivery|shipping|postage|purchase|month)(?:'s| is| will be) on us)\b` },
    { kind: 'voucher', re: String.raw`\b(?:vouchers?|gift cards?|gift certificate|coupons?|discounts?|discount code|promo code|promo|store credit|account credit|credit (?:to|on) your account|free shipping|cashback|cash back)\b` },
    { kind: 'voucher', re: String.raw`\d+ ?(?:%|percent) off\b` },
    { kind: 'repair', re: String.raw`\b(?:repairs?|repairing) (?:it|them|your|the unit|the device|for free|free of charge|at no)|\bfree (?:repairs?)\b` },
    // Not a compound: "toll-free number", "hands-free", "hassle-free".
    { kind: 'compensation', re: String.raw`(?<![-‐]|\btoll )\bfree (?!replacement|refund|repair|of charge|to\b)(?:[\p{L}']+ ){0,2}\p{L}+`, generic: true },
  ],
  deadlines: [
    // Not a duration of the delay itself ("delayed by 5 days").
    String.raw`(?<!\b(?:delayed|late|behind|postponed|back|off|down|up|over) )\b(?:by|before|until|no later than|within|in the next|in)\s+(?:the end of\s+)?(?:(?:this|next|the)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|month|tomorrow|tonight|today|end of (?:the )?(?:day|week|month)|(?:\d+|two|three|four|five|seven|ten)\s*(?:hours?|hrs?|days?|business days?|working days?|weeks?))\b`,
    String.raw`\b(?:by|before|no later than|on)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b`,
    String.raw`\b(?:by|before|no later than)\s+the\s+\d{1,2}(?:st|nd|rd|th)\b`,
    String.raw`\b(?:by|before|no later than)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}\b`,
    String.raw`\b(?:tomorrow|tonight|at the latest|later today|end of (?:the )?day|within the hour)\b`,
    // Not how a device is used: "charging it overnight".
    String.raw`(?<!\b(?:charg(?:e|ed|es|ing)|plugged in|left on)(?: (?:it|them|the \p{L}+|your \p{L}+))? )\bovernight\b`,
  ],
  update: String.raw`\b(?:updates?|updated|post (?:more|again|an update)|next statement|we'll share more|share more|more information|more details)\b`,
  reviewRequests: [
    String.raw`\b(?:update|change|edit|revise|remove|delete|take down|withdraw|reconsider|amend|modify|adjust|improve|raise|bump|upgrade)\b(?: \p{L}+){0,3} (?:reviews?|ratings?|feedback|stars?)\b`,
    String.raw`\b(?:leave|write|give|post|share)(?: \p{L}+){0,3} (?:\d|one|two|three|four|five)[- ]?star\b`,
    String.raw`\b(?:\d|five|four)[- ]star (?:review|rating|feedback)\b`,
    String.raw`\b(?:positive|good|great|nice|better|glowing|favorable|favourable) (?:reviews?|rating|feedback)\b`,
    String.raw`\b(?:review|rating|feedback)\b(?: \p{L}+){0,4} (?:in exchange|in return|for a (?:refund|voucher|gift|discount))\b`,
  ],
  yourOrder: String.raw`\byour (?:[\p{L}']+ )?(?:orders?|parcel|package|purchase|delivery|shipment|refund|return|replacement)\b`,
  genericUnits: String.raw`(?:units?|devices?|products?|items?|pieces?|pcs|packs?|power banks?|chargers?|batteries|battery)`,
  scopeNouns: String.raw`\b(?:warehouses?|batch|batches|lots?|models?|versions?|regions?|country|countries|stores?|factory|plant|markets?|sites?|depot|hub|series)\b`,
  months: {
    january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
    jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  },
  monthOnly: ['january', 'february', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  relativeDays: String.raw`\b(?:tomorrow|the day after tomorrow|tonight|later today|in (?:a|one|two|three|a couple of|\d+) (?:days?|hours?))\b`,
  decimal: '.',
};
