/** The workspace's small rules: URLs, error codes, document ids, sizes. */
import { describe, expect, test } from 'vitest';
import { TEAM_DOC_MAX_BYTES, docBytes, fitsTeamDoc } from '../../../lib/team/doc-size.ts';
import { eventDocId, mentionIdOfDocId, replyDocId, statementDocId } from '../../../lib/team/docs.ts';
import { classifyTeamError } from '../../../lib/team/errors.ts';
import { checkTeamDbUrl } from '../../../lib/team/url.ts';
import { backOff } from '../../../lib/team/sync.ts';
import { sharedDoc } from './fixtures.ts';

describe('the database URL', () => {
  test.each([
    ['https with a database', 'https://couch.example.com/acme-care', { dbUrl: 'https://couch.example.com/acme-care', serverUrl: 'https://couch.example.com/', originPattern: 'https://couch.example.com/*' }],
    ['a trailing slash and a port', 'https://couch.example.com:6984/acme-care/', { dbUrl: 'https://couch.example.com:6984/acme-care', serverUrl: 'https://couch.example.com:6984/', originPattern: 'https://couch.example.com/*' }],
    ['CouchDB behind a path', 'https://example.com/couch/acme-care', { dbUrl: 'https://example.com/couch/acme-care', serverUrl: 'https://example.com/couch/' }],
    ['a database name with an encoded slash', 'https://example.com/team%2Feu', { dbUrl: 'https://example.com/team%2Feu', dbName: 'team/eu' }],
    ['plain http on the loopback', 'http://127.0.0.1:5984/team', { dbUrl: 'http://127.0.0.1:5984/team', originPattern: 'http://127.0.0.1/*' }],
    ['plain http on localhost', 'http://localhost:5984/team', { originPattern: 'http://localhost/*' }],
    ['Cloudant', 'https://acme.cloudantnosqldb.appdomain.cloud/care', { serverUrl: 'https://acme.cloudantnosqldb.appdomain.cloud/' }],
  ])('accepted: %s', (_name, raw, expected) => {
    const checked = checkTeamDbUrl(raw);
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.url).toMatchObject(expected);
  });

  test.each([
    ['not a URL', 'couch.example.com/team', 'not-url'],
    ['plain http on a network', 'http://couch.example.com/team', 'scheme'],
    ['plain http on another loopback address (no permission covers it)', 'http://127.0.0.2:5984/team', 'scheme'],
    ['another scheme', 'ftp://couch.example.com/team', 'scheme'],
    ['a password in the URL', 'https://ana:secret@couch.example.com/team', 'credentials'],
    ['a query', 'https://couch.example.com/team?x=1', 'query'],
    ['no database', 'https://couch.example.com/', 'no-database'],
    ['an upper-case database name', 'https://couch.example.com/Team', 'bad-database'],
    ['a database name starting with a digit', 'https://couch.example.com/1team', 'bad-database'],
    ['a system database', 'https://couch.example.com/_users', 'bad-database'],
  ])('refused: %s', (_name, raw, problem) => {
    expect(checkTeamDbUrl(raw)).toEqual({ ok: false, problem });
  });
});

describe('what went wrong, as a code', () => {
  test.each([
    ['fetch in a browser: server down', new TypeError('Failed to fetch'), 'sync', 'unreachable'],
    ['fetch in Node: connection refused', Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }), 'sync', 'unreachable'],
    ['Firefox', new TypeError('NetworkError when attempting to fetch resource.'), 'sync', 'unreachable'],
    ['an aborted request (no answer in time)', { name: 'AbortError', message: 'no answer in 60 s' }, 'sync', 'server'],
    ['401 signing in', { status: 401, name: 'unauthorized', reason: 'Name or password is incorrect.' }, 'sign-in', 'wrong-password'],
    ['401 while syncing', { status: 401, name: 'unauthorized' }, 'sync', 'session-expired'],
    ['403', { status: 403, name: 'forbidden' }, 'sync', 'not-member'],
    ['404 database', { status: 404, name: 'not_found', reason: 'Database does not exist.' }, 'sync', 'db-missing'],
    ['413 pouchdb-server', { status: 413, name: 'too_large' }, 'sync', 'too-large'],
    ['413 CouchDB', { status: 413, error: 'document_too_large', reason: 'incident:x' }, 'sync', 'too-large'],
    ['500', { status: 500, name: 'internal_server_error' }, 'sync', 'server'],
  ])('%s', (_name, err, context, code) => {
    expect(classifyTeamError(err, context as 'sync' | 'sign-in').code).toBe(code);
  });

  test('the message is short', () => {
    expect(classifyTeamError({ status: 500, reason: 'x'.repeat(5_000) }, 'sync').message.length).toBeLessThanOrEqual(300);
  });
});

describe('document ids', () => {
  const at = '2026-12-07T10:00:00.000Z';
  test.each([
    ['a mention document', 'mention:x:123', 'x:123'],
    ['an event', eventDocId('x:123', at, 'ab12cd34'), 'x:123'],
    ['a reply on Amazon', replyDocId('amazon:R2ABCDEF12', at, 'ff'), 'amazon:R2ABCDEF12'],
    ['an event of x:12 is not one of x:123', eventDocId('x:12', at, '00'), 'x:12'],
    ['a statement', statementDocId('recall-1', 3), undefined],
    ['an incident', 'incident:recall-1', undefined],
    ['a local document', '_local/crisis-desk-map', undefined],
    ['a made-up mention id', 'mention:y:1', undefined],
  ])('%s', (_name, id, mention) => {
    expect(mentionIdOfDocId(id)).toBe(mention);
  });

  test('events of a mention sort by time in id order', () => {
    const ids = ['2026-12-07T10:00:09.000Z', '2026-12-07T09:59:59.999Z', '2026-12-07T10:00:10.000Z'].map((t) => eventDocId('x:1', t, 'n'));
    expect([...ids].sort()).toEqual([ids[1], ids[0], ids[2]]);
  });
});

describe('sizes', () => {
  test('a mention at every field limit is far under the document limit', () => {
    const doc = sharedDoc('x:1', 'ana', '2026-12-07T10:00:00.000Z', { text: '語'.repeat(20_000), quotedText: '😡'.repeat(10_000), title: 't'.repeat(2_000) });
    expect(docBytes(doc)).toBeLessThan(TEAM_DOC_MAX_BYTES / 4);
  });
  test.each([
    ['exactly at the limit', TEAM_DOC_MAX_BYTES, true],
    ['one byte over', TEAM_DOC_MAX_BYTES + 1, false],
  ])('%s', (_name, bytes, ok) => {
    // `{"s":"…"}` is 8 bytes around the string.
    expect(fitsTeamDoc({ s: 'a'.repeat(bytes - 8) })).toEqual({ ok, bytes });
  });
});

test('back-off: 1 s, doubling, at most 30 s', () => {
  const delays = [0];
  for (let i = 0; i < 7; i++) delays.push(backOff(delays.at(-1)!));
  expect(delays).toEqual([0, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
});
