/**
 * Which templates to suggest for a mention, best first. Only approved templates for the reply's
 * channel (or `generic`) and for no incident or an incident the mention belongs to. Ranked by:
 *
 *   1. the crisis-mode incident's templates first (the one incident everyone is answering);
 *   2. templates of an incident the mention matched (keywords) before everyday ones;
 *   3. a variant in the mention's language before one in the fallback language (English), which
 *      is marked `fallback` so the panel can say the reply will not be in the customer's language;
 *   4. the complaint categories the mention was analysed into (Analysis.complaint.categories),
 *      20 points per shared category;
 *   5. the exact channel (10) before `generic` (5).
 *
 * Ties keep the pack's order (teams order their packs on purpose).
 */
import { baseLang } from '../incident/schema.ts';
import type { ComplaintCategory } from '../schema.ts';
import type { Channel, Template } from './schema.ts';

export interface SuggestContext {
  channel: Channel;
  /** The mention's language (ISO 639-1 or BCP 47; `und` when unknown). */
  lang: string;
  categories?: readonly ComplaintCategory[];
  /** Incidents the mention matched (incident keywords). */
  incidentIds?: readonly string[];
  /** The incident in crisis mode, if any. */
  crisisIncidentId?: string;
  /** Language to fall back to when a template has no variant in `lang`. Default `en`. */
  fallbackLang?: string;
}

export type SuggestReason = 'crisis-mode' | 'incident' | 'category' | 'channel' | 'generic-channel' | 'language' | 'fallback-language';

export interface Suggestion {
  template: Template;
  /** The variant key to use. */
  lang: string;
  /** True when the variant is in the fallback language, not the mention's. */
  fallback: boolean;
  score: number;
  reasons: SuggestReason[];
}

/** The variant key for `lang`: the exact tag, else one with the same primary language. */
export function variantFor(variants: Readonly<Record<string, string>>, lang: string): string | undefined {
  if (variants[lang] !== undefined) return lang;
  const base = baseLang(lang);
  if (variants[base] !== undefined) return base;
  return Object.keys(variants).find((k) => baseLang(k) === base);
}

export function suggestTemplates(templates: readonly Template[], ctx: SuggestContext, limit = 10): Suggestion[] {
  const fallbackLang = ctx.fallbackLang ?? 'en';
  const incidents = new Set(ctx.incidentIds ?? []);
  if (ctx.crisisIncidentId) incidents.add(ctx.crisisIncidentId);
  const categories = new Set(ctx.categories ?? []);
  const out: (Suggestion & { order: number })[] = [];
  templates.forEach((template, order) => {
    if (template.status !== 'approved') return;
    const exactChannel = template.channels.includes(ctx.channel);
    if (!exactChannel && !template.channels.includes('generic')) return;
    if (template.incident !== undefined && !incidents.has(template.incident)) return;
    const own = ctx.lang === 'und' ? undefined : variantFor(template.variants, ctx.lang);
    const lang = own ?? variantFor(template.variants, fallbackLang);
    if (lang === undefined) return;
    const reasons: SuggestReason[] = [];
    let score = 0;
    if (template.incident !== undefined && template.incident === ctx.crisisIncidentId) {
      score += 1000;
      reasons.push('crisis-mode');
    } else if (template.incident !== undefined) {
      score += 100;
      reasons.push('incident');
    }
    const shared = (template.categories ?? []).filter((c) => categories.has(c)).length;
    if (shared > 0) {
      score += 20 * shared;
      reasons.push('category');
    }
    score += exactChannel ? 10 : 5;
    reasons.push(exactChannel ? 'channel' : 'generic-channel');
    score += own ? 50 : 0;
    reasons.push(own ? 'language' : 'fallback-language');
    out.push({ template, lang, fallback: own === undefined, score, reasons, order });
  });
  return out
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ order: _order, ...s }) => s);
}
