// Reading a backup file: whole-file problems refuse it with the JSON path, a damaged record is
// skipped and listed, the counts are checked; and a file written by backupText reads back as the
// same records (export -> import into an empty browser gives the same state).
import { describe, expect, test } from 'vitest';
import { BACKUP_FORMAT, BACKUP_LIMITS, backupFileName } from '../../../lib/backup/format.ts';
import { mergeBackup } from '../../../lib/backup/merge.ts';
import { parseBackup, type BackupParse } from '../../../lib/backup/parse.ts';
import { backupText, type BackupSources } from '../../../lib/backup/write.ts';
import { DEFAULT_ALERT_SETTINGS } from '../../../lib/schema.ts';
import { applied, at, defaultSettings, emptyLocal, incidentRow, published, reply, reviewRow, row, stone, templateRow } from './fixtures.ts';

const HEADER = { createdAt: at(500), app: { name: 'crisis-desk', version: '0.1.0' }, dbVersion: 7 };

function sources(over: Partial<BackupSources> = {}): BackupSources {
  return { mentions: [], decided: [], incidents: [], templates: [], reviews: [], settings: {}, ...over };
}

/** A browser's records as one page per list. */
function pages(s: ReturnType<typeof emptyLocal>): BackupSources {
  return { mentions: [s.mentions], decided: [s.decided], incidents: [s.incidents], templates: [s.templates], reviews: [s.reviews], settings: s.settings };
}

function envelope(over: Record<string, unknown> = {}) {
  return { format: BACKUP_FORMAT, ...HEADER, mentions: [], decided: [], incidents: [], templates: [], reviews: [], settings: {}, ...over };
}

const parsed = (value: unknown) => parseBackup(JSON.stringify(value));
const failed = (r: BackupParse) => {
  if (r.ok) throw new Error('expected a refusal');
  return r.errors;
};

describe('parseBackup: the whole file', () => {
  test.each([
    { name: 'not JSON: the line and column', text: '{"format": "crisis-desk.backup/1",\n  mentions: []}', code: 'json-syntax', path: '(file)', message: /line 2, column 3/ },
    { name: 'empty', text: '  ', code: 'empty', path: '(file)', message: /empty/ },
    { name: 'a JSON array', text: '[]', code: 'not-backup', path: '(file)', message: /not a Crisis Desk backup/ },
    { name: 'no format', text: JSON.stringify({ mentions: [] }), code: 'not-backup', path: 'format', message: /has no "format"/ },
    { name: 'a template pack', text: JSON.stringify({ format: 'crisis-desk.pack/1' }), code: 'not-backup', path: 'format', message: /crisis-desk\.pack\/1 file, not a backup/ },
    { name: 'a newer backup format', text: JSON.stringify(envelope({ format: 'crisis-desk.backup/2', mentions: 'whatever' })), code: 'newer-format', path: 'format', message: /newer than this version.*update Crisis Desk/ },
    { name: 'a wrong envelope: the path of the field', text: JSON.stringify(envelope({ mentions: { a: 1 } })), code: 'invalid_type', path: 'mentions', message: /array/ },
    { name: 'no creation time', text: JSON.stringify(envelope({ createdAt: undefined })), code: 'invalid_type', path: 'createdAt', message: /./ },
  ])('$name', ({ text, code, path, message }) => {
    const [first] = failed(parseBackup(text));
    expect(first).toMatchObject({ code, pathText: path });
    expect(first!.message).toMatch(message);
  });

  test('too large: refused before reading, with the limit in the message (128 MiB)', () => {
    expect(BACKUP_LIMITS.fileBytes).toBe(128 * 1024 * 1024);
    const [first] = failed(parseBackup(JSON.stringify(envelope({ mentions: [row(1)] })), { maxBytes: 100 }));
    expect(first).toMatchObject({ code: 'too-large' });
    expect(first!.message).toMatch(/larger than/);
  });

  test('the file name is the local day', () => {
    expect(backupFileName(new Date(2025, 10, 22, 12, 0))).toBe('crisis-desk-backup-2025-11-22.json');
  });
});

describe('parseBackup: records', () => {
  test('a damaged record is skipped with its path; the others read', () => {
    const bad = { ...row(2), analysis: { ...row(2).analysis, lang: 'english' } };
    const r = parsed(envelope({ mentions: [row(1), bad, row(3), { nonsense: true }] }));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.backup.mentions.map((m) => m.id)).toEqual([row(1).id, row(3).id]);
    expect(r.rejected).toEqual([
      expect.objectContaining({ kind: 'mentions', path: 'mentions[1].analysis.lang', id: row(2).id, code: 'invalid' }),
      expect.objectContaining({ kind: 'mentions', path: expect.stringMatching(/^mentions\[3\]\./), code: 'invalid' }),
    ]);
  });

  test('a duplicate id: the first is taken', () => {
    const r = parsed(envelope({ templates: [templateRow('t1', 1), templateRow('t1', 2)] }));
    if (!r.ok) throw new Error('refused');
    expect(r.backup.templates).toHaveLength(1);
    expect(r.rejected).toEqual([expect.objectContaining({ path: 'templates[1]', code: 'duplicate', reason: expect.stringMatching(/templates\[0\]/) })]);
  });

  test('settings: only allow-listed keys; a webhook or team sign-in in a hand-made file is not taken', () => {
    const r = parsed(
      envelope({
        settings: {
          'local:teamSettings': { dbUrl: 'https://couch.example.com/acme', agent: 'ana' },
          'local:alertSettings': { ...DEFAULT_ALERT_SETTINGS, webhookUrl: 'https://hooks.slack.com/services/T0/B0/xyz' },
          'local:settings': { retentionDays: 'forever' },
        },
      }),
    );
    if (!r.ok) throw new Error('refused');
    expect(r.backup.settings).toEqual({ 'local:alertSettings': DEFAULT_ALERT_SETTINGS });
    expect(r.rejected.map((x) => [x.path, x.code])).toEqual([
      ['settings["local:teamSettings"]', 'unknown-setting'],
      ['settings["local:settings"].retentionDays', 'invalid'],
    ]);
  });

  test('counts that disagree with the records: a warning, the file still reads', () => {
    const r = parsed(envelope({ mentions: [row(1)], counts: { mentions: 2, decided: 0, incidents: 0, templates: 0, reviews: 0, settings: 0 } }));
    if (!r.ok) throw new Error('refused');
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'count-mismatch', pathText: 'counts.mentions' })]);
  });
});

describe('export -> import', () => {
  function browserState() {
    const inc = published(incidentRow(0), 30);
    return {
      mentions: [row(1), row(2, { status: 'handled', statusChangedAt: at(40), activityAt: at(40), replies: [reply(40)], text: 'Paket kaputt 📦 — 包裹坏了 "quoted" \\ \u2028' })],
      decided: [stone(5, 'dismissed', 3)],
      incidents: [inc],
      templates: [templateRow('t1', 10, { approved: 20 })],
      reviews: [reviewRow(inc.id, 50, 'Fast holding statement.')],
      settings: { ...defaultSettings(), 'local:alertSettings': { ...DEFAULT_ALERT_SETTINGS, webhookUrl: 'https://hooks.slack.com/services/T0/B0/topSecretToken' } },
    };
  }

  test('the file read back and merged into an empty browser is the same state; its counts agree', async () => {
    const state = browserState();
    const text = await backupText(HEADER, { ...pages(state), mentions: [state.mentions.slice(0, 1), [], state.mentions.slice(1)] });
    const r = parseBackup(text);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.rejected).toEqual([]);
    expect(r.warnings).toEqual([]);
    const merged = mergeBackup(emptyLocal(), r.backup, { takeSettings: true, now: new Date(at(600)) });
    const got = applied(emptyLocal(), merged.writes);
    expect(got.mentions).toEqual(state.mentions);
    expect(got.decided).toEqual(state.decided);
    expect(got.incidents).toEqual(state.incidents);
    expect(got.templates).toEqual(state.templates);
    expect(got.reviews).toEqual(state.reviews);
    // Everything but the webhook, which never leaves the browser.
    const { webhookUrl: _w, ...alerts } = state.settings['local:alertSettings'];
    expect(got.settings).toEqual({ ...state.settings, 'local:alertSettings': { ...alerts, keywordSets: got.settings['local:alertSettings']!.keywordSets } });
  });

  test('a secret never appears in the file', async () => {
    const text = await backupText(HEADER, pages(browserState()));
    expect(text).not.toContain('topSecretToken');
    expect(text).not.toContain('hooks.slack.com');
    expect(text).not.toContain('webhookUrl');
  });

  test('one record per line, counts last', async () => {
    const text = await backupText(HEADER, sources({ mentions: [[row(1), row(2)]] }));
    const lines = text.split('\n');
    expect(lines[0]).toBe(`{"format":"${BACKUP_FORMAT}","createdAt":"${HEADER.createdAt}","app":{"name":"crisis-desk","version":"0.1.0"},"dbVersion":7,`);
    expect(lines.filter((l) => l.startsWith('{"id":"x:'))).toHaveLength(2);
    expect(JSON.parse(text).counts).toEqual({ mentions: 2, decided: 0, incidents: 0, templates: 0, reviews: 0, settings: 0 });
  });
});
