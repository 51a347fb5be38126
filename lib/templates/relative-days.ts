/**
 * When the lint knows the moment a reply goes out (LintOptions.now, insert mode only), a day
 * named relative to today ("the next update comes tomorrow") can be judged: it is right when the
 * statement's next update falls on that day for the customer. Where the customer lives is not
 * known, so any zone from UTC−12 to UTC+14 (quarter hours) in which the days agree will do, as
 * the weekday rule allows (rules-weekday.ts). A template has no such moment: it goes out on days
 * nobody knows, and a relative day in it stays a contradiction.
 */

/** How far ahead a relative day or time names, read from its folded words. */
export type RelativeOffset = { days: number } | { hours: number };

// Folded (lower case, accents gone) as the phrase rules match them; longest forms first.
const TWO_DAYS = /^(?:the day after tomorrow|ubermorgen|uebermorgen|pasado manana|apres-demain|dopodomani|depois de amanha|明後日|后天)$/u;
const ONE_DAY = /^(?:tomorrow|morgen|manana|demain|domani|amanha|明日|あす|あした|明天|明早)$/u;
const SAME_DAY = /^(?:tonight|later today|heute abend|heute noch|spater am tag|spaeter am tag|esta noche|ce soir|plus tard dans la journee|stasera|hoje a noite|esta noite|今夜|今晩|本日中|今晚)$/u;
const COUNTED = /^(?:in|en|dans|tra|fra|em|daqui a) (a couple of|[a-z]+|\d+) ([a-z]+)$/u;
const CJK_COUNTED = /^(\d+|[一二两三])(?:日後|天后)$/u;

const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  a: 1, one: 1, 'a couple of': 2, two: 2, three: 3,
  einem: 1, zwei: 2, drei: 3,
  un: 1, dos: 2, tres: 3, deux: 2, trois: 3, due: 2, tre: 3, um: 1, dois: 2, duas: 2,
  一: 1, 二: 2, 两: 2, 三: 3,
};
const DAY_UNITS = new Set(['day', 'days', 'tag', 'tagen', 'dia', 'dias', 'jour', 'jours', 'giorno', 'giorni']);
const HOUR_UNITS = new Set(['hour', 'hours', 'stunde', 'stunden', 'hora', 'horas', 'heure', 'heures', 'ore']);

/** The offset a relative-day match names, or undefined for a form not read here. */
export function relativeOffset(match: string): RelativeOffset | undefined {
  const m = match.trim();
  if (TWO_DAYS.test(m)) return { days: 2 };
  if (ONE_DAY.test(m)) return { days: 1 };
  if (SAME_DAY.test(m)) return { days: 0 };
  const cjk = CJK_COUNTED.exec(m);
  if (cjk) return { days: /^\d+$/.test(cjk[1]!) ? +cjk[1]! : SMALL_NUMBERS[cjk[1]!]! };
  const counted = COUNTED.exec(m);
  if (!counted) return undefined;
  const n = /^\d+$/.test(counted[1]!) ? +counted[1]! : SMALL_NUMBERS[counted[1]!];
  if (n === undefined) return undefined;
  if (DAY_UNITS.has(counted[2]!)) return { days: n };
  if (HOUR_UNITS.has(counted[2]!)) return { hours: n };
  return undefined;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The UTC-midnight-based day number of `ms` seen from a zone `offset` ms ahead of UTC. */
const dayIn = (ms: number, offset: number) => Math.floor((ms + offset) / DAY);

/**
 * Is `offset`, said at `now`, right for an update at `update` (both ms)? Days: in some zone the
 * update's date is that many days after today's. Hours: the update is within an hour of it.
 */
export function agreesWithNow(offset: RelativeOffset, now: number, update: number): boolean {
  if ('hours' in offset) return Math.abs(update - (now + offset.hours * HOUR)) <= HOUR;
  for (let z = -12 * HOUR; z <= 14 * HOUR; z += 15 * MINUTE) if (dayIn(update, z) - dayIn(now, z) === offset.days) return true;
  return false;
}
