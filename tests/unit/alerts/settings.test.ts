import { describe, expect, test } from 'vitest';
import { detectorOptions, inQuietHours, salvageAlertSettings, scopeSettings } from '../../../lib/alerts/settings.ts';
import { AlertSettingsSchema, DEFAULT_ALERT_SETTINGS, WEBHOOK_CREDENTIALS } from '../../../lib/schema.ts';
import { PRESET_OPTIONS } from '../../../lib/surge/index.ts';

const at = (hhmm: string) => Date.parse(`2025-06-02T${hhmm}:00.000Z`);

describe('quiet hours', () => {
  test.each([
    ['22:00', '07:00', '23:30', 0, true],
    ['22:00', '07:00', '06:59', 0, true],
    ['22:00', '07:00', '07:00', 0, false],
    ['12:00', '13:00', '12:30', 0, true],
    ['12:00', '13:00', '13:00', 0, false],
    ['09:00', '09:00', '09:00', 0, false],
    // 23:30 UTC is 07:30 in UTC+8: outside 22:00–07:00 there.
    ['22:00', '07:00', '23:30', 480, false],
    // 13:30 UTC is 22:30 in UTC+9.
    ['22:00', '07:00', '13:30', 540, true],
  ])('%s–%s at %s UTC (offset %d min): %s', (from, to, time, offset, quiet) => {
    expect(inQuietHours({ from, to }, at(time), offset)).toBe(quiet);
  });
});

describe('settings per scope', () => {
  test('a scope without its own entry uses the defaults; overrides reach the detector', () => {
    const settings = AlertSettingsSchema.parse({ perScope: { 'platform:x': { preset: 'strict', minVolume: 20, cooldownMinutes: 30 } } });
    expect(scopeSettings(settings, 'all')).toEqual({ enabled: true, preset: 'balanced' });
    const x = detectorOptions(scopeSettings(settings, 'platform:x'), 480);
    expect(x).toEqual({ ...PRESET_OPTIONS.strict, bucketMs: 300_000, utcOffsetMinutes: 480, minVolume: 20, cooldownMs: 1_800_000 });
    expect(detectorOptions(scopeSettings(settings, 'all'), 0)).toEqual({ ...PRESET_OPTIONS.balanced, bucketMs: 300_000, utcOffsetMinutes: 0 });
  });

  test('only https webhooks', () => {
    expect(AlertSettingsSchema.safeParse({ webhookUrl: 'http://hooks.slack.com/x' }).success).toBe(false);
    expect(AlertSettingsSchema.safeParse({ webhookUrl: 'https://hooks.slack.com/services/T/B/x' }).success).toBe(true);
  });

  test('no user name or password in the webhook URL, with a reason the form can translate', () => {
    for (const url of ['https://bob:hunter22@hooks.example.com/in', 'https://bob@hooks.example.com/in']) {
      const parsed = AlertSettingsSchema.safeParse({ webhookUrl: url });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues).toMatchObject([
        { code: 'custom', path: ['webhookUrl'], message: 'a webhook URL must not contain a user name or password', params: { reason: WEBHOOK_CREDENTIALS } },
      ]);
    }
    // A token in the query is how many services authenticate: accepted.
    expect(AlertSettingsSchema.safeParse({ webhookUrl: 'https://hooks.example.com/in?token=abc' }).success).toBe(true);
  });

  test.each([
    ['nothing stored', undefined, DEFAULT_ALERT_SETTINGS, []],
    ['not an object', 'garbage', DEFAULT_ALERT_SETTINGS, ['alert settings']],
    [
      'one bad scope entry is dropped, the rest kept',
      { perScope: { all: { preset: 'strict' }, 'platform:x': { preset: 'loud' }, 'nonsense key': {} }, notifications: false },
      { ...DEFAULT_ALERT_SETTINGS, notifications: false, perScope: { all: { enabled: true, preset: 'strict' } } },
      ['perScope.platform:x', 'perScope.nonsense key'],
    ],
    [
      'a bad webhook URL is dropped',
      { webhookUrl: 'javascript:alert(1)', defaults: { preset: 'sensitive' } },
      { ...DEFAULT_ALERT_SETTINGS, defaults: { enabled: true, preset: 'sensitive' } },
      ['webhookUrl'],
    ],
    [
      // Older builds accepted it; fetch never sent to it. Dropped, and the reason shown.
      'a webhook URL with user:password@, stored by an older build, is dropped with the reason',
      { webhookUrl: 'https://bob:hunter22@hooks.example.com/in', notifications: false },
      { ...DEFAULT_ALERT_SETTINGS, notifications: false },
      ['webhookUrl (user:password@)'],
    ],
  ])('salvage: %s', (_name, raw, settings, problems) => {
    expect(salvageAlertSettings(raw)).toEqual({ settings, problems });
  });
});
