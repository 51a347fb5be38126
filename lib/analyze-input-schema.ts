/**
 * The CLI `analyze` command's input schema (and the platform enum it uses), in a module of its
 * own: lib/schema.ts builds every record's schema when it is evaluated, 34-65 ms of the CLI's
 * start before the first answer (CPU profiles, 2026-12), and `analyze` needs only this one.
 * lib/schema.ts re-exports both, so it stays the one place every schema is found.
 */
import { z } from 'zod';

export const PlatformSchema = z.enum(['x', 'amazon']);
export type Platform = z.infer<typeof PlatformSchema>;

// ---- CLI `analyze` input: JSON lines with at least `text`. ----
export const AnalyzeInputSchema = z
  .object({
    text: z.string(),
    id: z.string().optional(),
    langHint: z.string().optional(),
    platform: PlatformSchema.optional(),
  })
  .loose();
export type AnalyzeInput = z.infer<typeof AnalyzeInputSchema>;
