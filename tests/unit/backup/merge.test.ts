// The backup merge's rules, one row per situation: what is written, and how the summary counts it.
import { describe, expect, test } from 'vitest';
import { mergeBackup, type KindCounts, type LocalState } from '../../../lib/backup/merge.ts';
import { incidentKeywordSetId } from '../../../lib/incident/keywords.ts';
import { setChecklistItem } from '../../../lib/incident/checklist.ts';
import { setIncidentStatus } from '../../../lib/incident/publish.ts';
import { DEFAULT_ALERT_SETTINGS, MAX_REPLIES_PER_MENTION, type StoredMention } from '../../../lib/schema.ts';
import { retireTemplate } from '../../../lib/templates/stored.ts';
import { applied, at, defaultSettings, emptyLocal, incidentRow, published, reply, reviewRow, row, stone, templateRow } from './fixtures.ts';

const NOW = new Date(at(10_000));
const merge = (local: Partial<LocalState>, incoming: Partial<LocalState>, takeSettings = false) =>
  mergeBackup({ ...emptyLocal(), ...local }, { ...emptyLocal(), ...incoming }, { takeSettings, now: NOW });

const counts = (c: Partial<KindCounts>): KindCounts => ({ added: 0, updated: 0, keptLocal: 0, unchanged: 0, rejected: 0, ...c });

describe('mentions', () => {
  const cases: { name: string; local?: StoredMention; file: StoredMention; outcome: keyof KindCounts; expect?: Partial<StoredMention> }[] = [
    { name: 'new here: added as it is', file: row(1), outcome: 'added', expect: { status: 'open' } },
    { name: 'the same row: unchanged, nothing written', local: row(1), file: row(1), outcome: 'unchanged' },
    {
      name: 'the file decided it (handled), this browser still has it open: handled',
      local: row(1),
      file: row(1, { status: 'handled', statusChangedAt: at(30), activityAt: at(30) }),
      outcome: 'updated',
      expect: { status: 'handled', statusChangedAt: at(30), activityAt: at(30) },
    },
    {
      name: 'decided here, open in the file even with later activity: never re-opened (the later capture is taken)',
      local: row(1, { status: 'dismissed', statusChangedAt: at(20), activityAt: at(20) }),
      file: row(1, { activityAt: at(90), text: 'captured again, edited by its author' }),
      outcome: 'updated',
      expect: { status: 'dismissed', statusChangedAt: at(20), activityAt: at(90), text: 'captured again, edited by its author' },
    },
    {
      name: 'decided on both sides: the later decision wins (file later)',
      local: row(1, { status: 'handled', statusChangedAt: at(20), activityAt: at(20) }),
      file: row(1, { status: 'dismissed', statusChangedAt: at(40), activityAt: at(40) }),
      outcome: 'updated',
      expect: { status: 'dismissed', statusChangedAt: at(40) },
    },
    {
      name: 'decided on both sides: the later decision wins (this browser later: kept)',
      local: row(1, { status: 'handled', statusChangedAt: at(50), activityAt: at(50) }),
      file: row(1, { status: 'dismissed', statusChangedAt: at(40), activityAt: at(40) }),
      outcome: 'keptLocal',
    },
    {
      name: 'same decision time: this browser’s',
      local: row(1, { status: 'handled', statusChangedAt: at(40), activityAt: at(40) }),
      file: row(1, { status: 'dismissed', statusChangedAt: at(40), activityAt: at(40) }),
      outcome: 'keptLocal',
    },
    {
      name: 'an older copy of the row: kept',
      local: row(1, { status: 'handled', statusChangedAt: at(40), activityAt: at(40), replies: [reply(40)] }),
      file: row(1),
      outcome: 'keptLocal',
    },
    {
      name: 'replies on both sides: the union, oldest first',
      local: row(1, { replies: [reply(10, 'ana')], activityAt: at(10) }),
      file: row(1, { replies: [reply(5, 'ben'), reply(10, 'ana')], activityAt: at(5) }),
      outcome: 'updated',
      expect: { replies: [reply(5, 'ben'), reply(10, 'ana')], activityAt: at(10) },
    },
    {
      name: 'each side newer in a different field: this browser’s later capture, the file’s decision and reply',
      local: row(1, { activityAt: at(60), text: 'the text as captured here later' }),
      file: row(1, { status: 'handled', statusChangedAt: at(45), activityAt: at(45), replies: [reply(45)] }),
      outcome: 'updated',
      expect: { text: 'the text as captured here later', status: 'handled', statusChangedAt: at(45), replies: [reply(45)], activityAt: at(60) },
    },
  ];
  test.each(cases)('$name', ({ local, file, outcome, expect: want }) => {
    const r = merge({ mentions: local ? [local] : [] }, { mentions: [file] });
    expect(r.summary.counts.mentions).toEqual(counts({ [outcome]: 1 }));
    if (outcome === 'added' || outcome === 'updated') {
      expect(r.writes.mentions).toHaveLength(1);
      expect(r.writes.mentions[0]).toMatchObject(want ?? {});
    } else expect(r.writes.mentions).toEqual([]);
  });

  test('replies beyond the bound: the first response and the latest are kept', () => {
    const local = row(1, { replies: Array.from({ length: MAX_REPLIES_PER_MENTION }, (_, i) => reply(10 + i * 2, 'ana')) });
    const file = row(1, { replies: [reply(1, 'ben', { channel: 'none', via: 'none' }), reply(3, 'ben'), ...Array.from({ length: 5 }, (_, i) => reply(100 + i, 'ben'))] });
    const [merged] = merge({ mentions: [local] }, { mentions: [file] }).writes.mentions;
    expect(merged!.replies).toHaveLength(MAX_REPLIES_PER_MENTION);
    expect(merged!.replies![0]).toEqual(reply(3, 'ben'));
    expect(merged!.replies!.at(-1)).toEqual(reply(104, 'ben'));
  });

  test('conflicting records: each side newer in a different mention', () => {
    const r = merge(
      { mentions: [row(1, { status: 'handled', statusChangedAt: at(50), activityAt: at(50) }), row(2)] },
      { mentions: [row(1), row(2, { status: 'dismissed', statusChangedAt: at(60), activityAt: at(60) })] },
    );
    expect(r.summary.counts.mentions).toEqual(counts({ keptLocal: 1, updated: 1 }));
    expect(r.writes.mentions.map((m) => [m.id, m.status])).toEqual([[row(2).id, 'dismissed']]);
  });

  const stones = [
    { name: 'removed here after a decision, open in the file: not brought back', local: stone(1, 'handled', 20), file: row(1), mentions: counts({ keptLocal: 1 }), decided: undefined },
    {
      name: 'removed here, decided later in the file: the tombstone takes the later decision, the row stays away',
      local: stone(1, 'handled', 20),
      file: row(1, { status: 'dismissed', statusChangedAt: at(30), activityAt: at(30) }),
      mentions: counts({ updated: 1 }),
      decided: stone(1, 'dismissed', 30),
    },
  ];
  test.each(stones)('$name', ({ local, file, mentions, decided }) => {
    const r = merge({ decided: [local] }, { mentions: [file] });
    expect(r.summary.counts.mentions).toEqual(mentions);
    expect(r.writes.mentions).toEqual([]);
    expect(r.writes.decided).toEqual(decided ? [decided] : []);
  });

  test('a tombstone in the file decides a row still open here', () => {
    const r = merge({ mentions: [row(1)] }, { decided: [stone(1, 'handled', 25)] });
    expect(r.summary.counts.decided).toEqual(counts({ updated: 1 }));
    expect(r.writes.mentions).toMatchObject([{ status: 'handled', statusChangedAt: at(25) }]);
    expect(r.writes.decided).toEqual([]);
  });

  test('tombstones on both sides: the later decision; new ones are added', () => {
    const r = merge({ decided: [stone(1, 'handled', 20), stone(2, 'handled', 50)] }, { decided: [stone(1, 'dismissed', 30), stone(2, 'dismissed', 40), stone(3, 'handled', 10)] });
    expect(r.summary.counts.decided).toEqual(counts({ updated: 1, keptLocal: 1, added: 1 }));
    expect(r.writes.decided).toEqual([stone(1, 'dismissed', 30), stone(3, 'handled', 10)]);
  });

  test('a damaged row here is never overwritten: the file’s row is rejected and says why', () => {
    const r = merge({ damaged: { mentions: new Set([row(1).id]) } }, { mentions: [row(1), row(2)] });
    expect(r.summary.counts.mentions).toEqual(counts({ added: 1, rejected: 1 }));
    expect(r.summary.rejected).toEqual([expect.objectContaining({ kind: 'mentions', path: 'mentions[0]', code: 'damaged-local' })]);
    expect(r.writes.mentions.map((m) => m.id)).toEqual([row(2).id]);
  });
});

describe('incidents, templates and reviews', () => {
  test('a higher statement version in the file wins, with both histories', () => {
    const here = incidentRow(0);
    const there = published(here, 30);
    const r = merge({ incidents: [here] }, { incidents: [there] });
    expect(r.summary.counts.incidents).toEqual(counts({ updated: 1 }));
    expect(r.writes.incidents[0]!.statement.version).toBe(3);
    expect(r.writes.incidents[0]!.history.map((h) => h.statement.version)).toEqual([2, 3]);
  });

  test('each side newer in a different part: this browser’s statement version, the file’s title and checklist tick', () => {
    const base = incidentRow(0);
    const here = published(base, 20);
    const there = setChecklistItem({ ...base, title: 'VP-20K: overheating (renamed)', updatedAt: at(40) }, 'brief-team', { done: true, by: 'Ben' }, Date.parse(at(40)));
    const [merged] = merge({ incidents: [here] }, { incidents: [there] }).writes.incidents;
    expect(merged!.statement.version).toBe(3);
    expect(merged!.title).toBe('VP-20K: overheating (renamed)');
    expect(merged!.checklist['brief-team']).toMatchObject({ done: true, by: 'Ben' });
    expect(merged!.updatedAt).toBe(at(40));
  });

  test('the latest status change wins, from either side’s history', () => {
    const base = incidentRow(0);
    const here = { ...setIncidentStatus(base, 'identified', { by: 'Ana', now: Date.parse(at(50)) }) };
    const there = { ...setIncidentStatus(base, 'monitoring', { by: 'Ben', now: Date.parse(at(30)) }), title: 'renamed later', updatedAt: at(60) };
    const [merged] = merge({ incidents: [here] }, { incidents: [there] }).writes.incidents;
    expect(merged!.status).toBe('identified');
    expect(merged!.title).toBe('renamed later');
    expect(merged!.statusHistory.map((s) => s.status)).toEqual(['investigating', 'monitoring', 'identified']);
  });

  test('the same statement version with different words: this browser’s is kept, and the summary says so', () => {
    const base = incidentRow(0);
    const r = merge({ incidents: [published(base, 20, 'Ours.')] }, { incidents: [published(base, 20, 'Theirs.')] });
    expect(r.summary.counts.incidents).toEqual(counts({ keptLocal: 1 }));
    expect(r.summary.notes).toEqual([expect.objectContaining({ code: 'statement-conflict', id: base.id })]);
  });

  test('crisis mode is this browser’s: never switched on by a file, never off', () => {
    const inFile = { ...incidentRow(0, 'other-incident'), crisisMode: true };
    const here = { ...incidentRow(0), crisisMode: true };
    const r = merge({ incidents: [here] }, { incidents: [inFile, { ...published(incidentRow(0), 10), crisisMode: false }] });
    expect(r.writes.incidents.map((i) => [i.id, i.crisisMode])).toEqual([
      ['other-incident', false],
      ['vp20k-overheating', true],
    ]);
  });

  const templates = [
    { name: 'a draft edited here after the file’s approval: kept', local: templateRow('t1', 50, { words: 'our new words' }), file: templateRow('t1', 10, { approved: 20 }), outcome: 'keptLocal' as const },
    { name: 'approved in the file after our edit: taken', local: templateRow('t1', 10, { words: 'our words' }), file: templateRow('t1', 5, { approved: 30 }), outcome: 'updated' as const },
    { name: 'retired in the file later: taken', local: templateRow('t1', 10, { approved: 20 }), file: retireTemplate(templateRow('t1', 10, { approved: 20 }), { by: 'Lead', now: Date.parse(at(40)) }), outcome: 'updated' as const },
    { name: 'new here', local: undefined, file: templateRow('t2', 10), outcome: 'added' as const },
  ];
  test.each(templates)('templates: $name', ({ local, file, outcome }) => {
    const r = merge({ templates: local ? [local] : [] }, { templates: [file] });
    expect(r.summary.counts.templates).toEqual(counts({ [outcome]: 1 }));
    expect(r.writes.templates).toEqual(outcome === 'keptLocal' ? [] : [file]);
  });

  test('reviews: the one saved last', () => {
    const r = merge({ reviews: [reviewRow('a', 10, 'ours'), reviewRow('b', 50, 'ours, later')] }, { reviews: [reviewRow('a', 20, 'theirs'), reviewRow('b', 20, 'theirs, older'), reviewRow('c', 5, 'new')] });
    expect(r.summary.counts.reviews).toEqual(counts({ updated: 1, keptLocal: 1, added: 1 }));
    expect(r.writes.reviews.map((v) => v.whatWorked)).toEqual(['theirs', 'new']);
  });
});

describe('settings', () => {
  const theirs = () => {
    const s = defaultSettings();
    s['local:settings'] = { ...s['local:settings']!, brands: ['VoltPro'], retentionDays: 90 };
    s['local:inboxPrefs'] = { sort: 'newest', density: 'compact' };
    return s;
  };
  const ours = () => {
    const s = defaultSettings();
    s['local:alertSettings'] = { ...DEFAULT_ALERT_SETTINGS, webhookUrl: 'https://hooks.slack.com/services/T0/B0/ourSecret' };
    return s;
  };

  test('kept unless the user takes the file’s; the summary names the ones that differ', () => {
    const r = merge({ settings: ours() }, { settings: theirs() });
    expect(r.writes.settings).toEqual({});
    expect(r.summary.counts.settings).toEqual(counts({ keptLocal: 2, unchanged: 1 }));
    expect(r.summary.settingsDiffer).toEqual(['local:settings', 'local:inboxPrefs']);
  });

  test('taken: the file’s values, and this browser’s webhook stays', () => {
    const r = merge({ settings: ours() }, { settings: { ...theirs(), 'local:alertSettings': { ...DEFAULT_ALERT_SETTINGS, notifications: false } } }, true);
    expect(r.summary.counts.settings).toEqual(counts({ updated: 3 }));
    expect(r.writes.settings['local:settings']).toMatchObject({ brands: ['VoltPro'], retentionDays: 90 });
    expect(r.writes.settings['local:alertSettings']).toMatchObject({ notifications: false, webhookUrl: 'https://hooks.slack.com/services/T0/B0/ourSecret' });
  });

  test('an incident the import adds gets its alert keyword set, settings taken or not', () => {
    const r = merge({ settings: ours() }, { incidents: [incidentRow(0)] });
    const sets = r.writes.settings['local:alertSettings']!.keywordSets;
    expect(sets.map((s) => s.id)).toEqual([incidentKeywordSetId('vp20k-overheating')]);
    expect(r.writes.settings['local:alertSettings']!.webhookUrl).toContain('ourSecret');
  });
});

describe('idempotence and round trips', () => {
  function busyLocal(): LocalState {
    const inc = incidentRow(0);
    return {
      mentions: [row(1), row(2, { status: 'handled', statusChangedAt: at(30), activityAt: at(30), replies: [reply(30)] }), row(3, { activityAt: at(80) })],
      decided: [stone(9, 'handled', 5)],
      incidents: [published(inc, 40)],
      templates: [templateRow('t1', 50), templateRow('t2', 10, { approved: 20 })],
      reviews: [reviewRow(inc.id, 60, 'ours')],
      settings: defaultSettings(),
    };
  }
  function fileState(): LocalState {
    const inc = incidentRow(0);
    return {
      mentions: [row(1, { status: 'dismissed', statusChangedAt: at(70), activityAt: at(70) }), row(2), row(3, { replies: [reply(15, 'ben')] }), row(4), row(9)],
      decided: [stone(1, 'handled', 60), stone(8, 'dismissed', 5)],
      incidents: [setChecklistItem(inc, 'pause-marketing', { done: true }, Date.parse(at(90))), incidentRow(0, 'second')],
      templates: [templateRow('t1', 20, { approved: 30 }), templateRow('t2', 10, { approved: 25 }), templateRow('t3', 5)],
      reviews: [reviewRow(inc.id, 20, 'theirs'), reviewRow('second', 20, 'theirs')],
      settings: { ...defaultSettings(), 'local:inboxPrefs': { sort: 'newest', density: 'compact' } },
    };
  }

  test.each([false, true])('importing the same file twice changes nothing the second time (takeSettings %s)', (takeSettings) => {
    const first = mergeBackup(busyLocal(), fileState(), { takeSettings, now: NOW });
    expect(first.writes.mentions.length).toBeGreaterThan(0);
    const after = applied(busyLocal(), first.writes);
    const second = mergeBackup(after, fileState(), { takeSettings, now: new Date(at(20_000)) });
    expect(second.writes).toEqual({ mentions: [], decided: [], incidents: [], templates: [], reviews: [], settings: {} });
    for (const c of Object.values(second.summary.counts)) expect(c.added + c.updated).toBe(0);
    expect(applied(after, second.writes)).toEqual(after);
  });

  test('merging into an empty browser gives the file’s records (crisis mode off)', () => {
    const file = fileState();
    const r = mergeBackup(emptyLocal(), file, { takeSettings: true, now: NOW });
    const got = applied(emptyLocal(), r.writes);
    const byId = <T extends { id: string }>(l: readonly T[]) => [...l].sort((a, b) => a.id.localeCompare(b.id));
    // The file's tombstone of row 1 meets the file's own row: decided earlier (60) than the row
    // (70), so the row's decision stands and no tombstone is stored for a row that exists.
    expect(got.mentions).toEqual(byId(file.mentions));
    expect(got.decided).toEqual([stone(8, 'dismissed', 5)]);
    expect(got.incidents.map((i) => i.id).sort()).toEqual(['second', 'vp20k-overheating']);
    expect(got.templates).toEqual(byId(file.templates));
    expect(r.summary.counts.mentions).toEqual(counts({ added: 5 }));
  });
});
