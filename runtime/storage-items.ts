/**
 * Every setting and small piece of state the extension keeps in `browser.storage`, each defined
 * once with its key, schema, fallback and version (runtime/stored-item.ts). The keys are the ones
 * earlier versions wrote, so installed profiles keep their data. A new feature adds its items
 * beside its own code with the same helper.
 */
import { applyHealthReport, salvageHealthMap, type HealthMap } from '../lib/adapter-health.ts';
import { salvageAlertSettings } from '../lib/alerts/settings.ts';
import {
  AdapterHealthSchema,
  AlertFocusSchema,
  AlertSettingsSchema,
  DEFAULT_ALERT_SETTINGS,
  DEFAULT_SETTINGS,
  PipelineStatusSchema,
  ReflagStateSchema,
  SettingsSchema,
  type AlertFocus,
  type AlertSettings,
  type PipelineStatus,
  type ReflagState,
  type Settings,
} from '../lib/schema.ts';
import { patchPipelineStatus } from '../lib/pipeline-status.ts';
import { salvageSettingsValue } from '../lib/settings.ts';
import { z } from 'zod';
import { defineStoredItem } from './stored-item.ts';

/** Brands, handles, ASINs, team languages, retention (the options page). */
export const settingsItem = defineStoredItem<Settings>({
  key: 'local:settings',
  schema: SettingsSchema,
  fallback: DEFAULT_SETTINGS,
  salvage: salvageSettingsValue,
});

/** Alert presets per scope, keyword sets, quiet hours, webhook (the Alerts view's settings). */
export const alertSettingsItem = defineStoredItem<AlertSettings>({
  key: 'local:alertSettings',
  schema: AlertSettingsSchema,
  fallback: DEFAULT_ALERT_SETTINGS,
  salvage: (raw) => {
    const { settings, problems } = salvageAlertSettings(raw);
    return { value: settings, problems };
  },
});

/** The latest non-ok adapter-health report per `${platform}/${pageType}` (lib/adapter-health.ts). */
export const adapterHealthItem = defineStoredItem<HealthMap>({
  key: 'local:adapterHealth',
  schema: z.record(z.string().max(100), AdapterHealthSchema),
  fallback: {},
  salvage: salvageHealthMap,
});

/** The background's own health: the last storage failure, the last failed re-check. */
export const pipelineStatusItem = defineStoredItem<PipelineStatus>({
  key: 'local:pipelineStatus',
  schema: PipelineStatusSchema,
  fallback: {},
});

/** The re-check pass's progress. Unreadable progress is no progress: the pass starts again. */
export const reflagStateItem = defineStoredItem<ReflagState | null>({
  key: 'local:reflagState',
  schema: ReflagStateSchema.nullable(),
  fallback: null,
});

/** Which alert a clicked notification asked the panel to show. */
export const alertFocusItem = defineStoredItem<AlertFocus | null>({
  key: 'local:alertFocus',
  schema: AlertFocusSchema.nullable(),
  fallback: null,
});

// ---- Read-modify-write steps more than one context uses ----

/** Stores a content script's report; a problem of 'ok' clears the warning for that page type. */
export async function recordHealth(report: unknown): Promise<void> {
  const parsed = AdapterHealthSchema.parse(report);
  await adapterHealthItem.update((map) => applyHealthReport(map, parsed));
}

/** Merges a patch into the pipeline status (writes only when something changed). */
export async function updatePipelineStatus(patch: Partial<PipelineStatus>): Promise<void> {
  await pipelineStatusItem.update((prev) => patchPipelineStatus(prev, patch));
}
