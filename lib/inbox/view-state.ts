/**
 * What the inbox remembers. The agent's place (filters, search, focus, the row at the top of the
 * screen, the focused row) lives for the browser session, so it survives switching views and
 * closing the panel but not a restart; sort and density are preferences and persist.
 */
import { z } from 'zod';
import { InboxQuerySchema, InboxSortSchema } from './query.ts';

export const DensitySchema = z.enum(['comfortable', 'compact']);
export type Density = z.infer<typeof DensitySchema>;

export const InboxPlaceSchema = z.object({
  /** The query without its sort (a preference, below). */
  query: InboxQuerySchema.omit({ sort: true }).default(InboxQuerySchema.omit({ sort: true }).parse({})),
  /** The first row on screen and how far it was scrolled past (px). */
  scroll: z.object({ key: z.string().max(200), offset: z.number().min(0).max(100_000) }).optional(),
  /** The row the keyboard acts on. */
  focused: z.string().max(200).optional(),
});
export type InboxPlace = z.infer<typeof InboxPlaceSchema>;
export const DEFAULT_PLACE: InboxPlace = InboxPlaceSchema.parse({});

export const InboxPrefsSchema = z.object({
  sort: InboxSortSchema.default('priority'),
  density: DensitySchema.default('comfortable'),
});
export type InboxPrefs = z.infer<typeof InboxPrefsSchema>;
export const DEFAULT_PREFS: InboxPrefs = InboxPrefsSchema.parse({});
