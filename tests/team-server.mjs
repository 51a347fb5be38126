/**
 * A CouchDB-compatible server for tests and `npm run bench`: pouchdb-server 4.2.0 from npm, in
 * memory, on a free loopback port, started and stopped by the caller. Used by the unit tests
 * (tests/unit/team/), the two-browser e2e (tests/e2e/team.mjs) and bench/team.ts.
 *
 * What it enforces like Apache CouchDB (checked by tests/unit/team/server.test.ts):
 * - server admins from `_config/admins` (and then no anonymous admin party);
 * - users in `_users`, cookie sessions (`POST/GET/DELETE /_session`, `AuthSession` cookie), and
 *   HTTP basic auth for the admin's set-up calls;
 * - a database's `_security` members: anyone else gets 401 on that database (CouchDB answers 403
 *   to a signed-in non-member: both read as "not a member" in lib/team/errors.ts);
 * - `validate_doc_update` in design documents (pouchdb-validation);
 * - `couchdb/max_document_size` as a request-body limit: 413 `too_large` (CouchDB 3 checks each
 *   document against it and also answers 413).
 * What it does not: `require_valid_user` (there is no such option; `_security` members stand in
 * for it per database), per-document size checks inside a `_bulk_docs` body (the whole request
 * is measured), CouchDB 3's default 8 MB limit (this sets it). Two defects of express-pouchdb
 * 4.2.0 to work around: it crashes when an anonymous client tries `PUT /{db}` after admins exist
 * ("db.info is not a function"; clients here never create databases: PouchDB's `skip_setup`),
 * and a request that races `DELETE /{db}` brings the database back, empty and without its
 * `_security` (tests delete a database while no replication runs).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'node_modules/.bin/pouchdb-server');

export const ADMIN = { name: 'admin', password: 'admin-secret' };
/** Apache CouchDB 3's default `max_document_size` (default.ini): 8,000,000 bytes. */
export const MAX_DOCUMENT_SIZE = 8_000_000;

/** A port nobody listens on right now (the OS picks it; closed again before the server binds). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function basic({ name, password }) {
  return `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;
}

/**
 * Starts pouchdb-server and makes it look like a team's CouchDB: an admin, the team database,
 * one user per agent (all members), CouchDB 3's document size limit.
 * Returns `{ url, origin, port, dbUrl(db), admin(method, path, body), addUser, stop, restart }`.
 */
export async function startTeamServer({ db = 'crisis-team', users = {}, port: wanted, maxDocumentSize = MAX_DOCUMENT_SIZE } = {}) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'crisis-desk-couch-'));
  const port = wanted ?? (await freePort());
  const origin = `http://127.0.0.1:${port}`;
  let child;
  let exited;

  const launch = async () => {
    child = spawn(process.execPath, [BIN, '--in-memory', '--port', String(port), '--host', '127.0.0.1', '--config', path.join(dir, 'config.json'), '--no-stdout-logs'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4_000)));
    let stopping = false;
    child.stopping = () => (stopping = true);
    exited = new Promise((resolve) =>
      child.on('exit', (code, signal) => {
        // A crash is a test failure's cause: say so where it shows.
        if (!stopping) console.error(`pouchdb-server on ${origin} exited (${code ?? signal}): ${stderr.slice(-1_500)}`);
        resolve();
      }),
    );
    const started = Date.now();
    for (;;) {
      try {
        const res = await fetch(`${origin}/`);
        if (res.ok) break;
      } catch {
        // not listening yet
      }
      if (child.exitCode !== null) throw new Error(`pouchdb-server exited: ${stderr.slice(-500)}`);
      if (Date.now() - started > 60_000) throw new Error(`pouchdb-server did not start on ${origin}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  const admin = async (method, p, body, { auth = true } = {}) => {
    const res = await fetch(`${origin}${p}`, {
      method,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(auth ? { Authorization: basic(ADMIN) } : {}) },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await res.text();
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      json = text;
    }
    return { status: res.status, body: json };
  };

  const members = new Set(Object.keys(users));
  const setSecurity = () => admin('PUT', `/${db}/_security`, { admins: { names: [], roles: [] }, members: { names: [...members], roles: [] } });

  const addUser = async (name, password, { member = true } = {}) => {
    const res = await admin('PUT', `/_users/org.couchdb.user:${encodeURIComponent(name)}`, { _id: `org.couchdb.user:${name}`, name, password, roles: [], type: 'user' });
    if (res.status >= 300) throw new Error(`could not add user ${name}: ${JSON.stringify(res.body)}`);
    if (member) {
      members.add(name);
      await setSecurity();
    }
  };

  const setUp = async () => {
    // No admin yet: this call is the admin party's last.
    await admin('PUT', '/_config/admins/' + ADMIN.name, JSON.stringify(ADMIN.password), { auth: false });
    await admin('PUT', '/_config/couchdb/max_document_size', JSON.stringify(String(maxDocumentSize)));
    const created = await admin('PUT', `/${db}`);
    if (created.status >= 300) throw new Error(`could not create ${db}: ${JSON.stringify(created.body)}`);
    for (const [name, password] of Object.entries(users)) await addUser(name, password, { member: false });
    await setSecurity();
  };

  await launch();
  await setUp();

  return {
    port,
    origin,
    db,
    dbUrl: `${origin}/${db}`,
    admin,
    addUser,
    /** Makes an existing user a member again. */
    async addMember(name) {
      members.add(name);
      await setSecurity();
    },
    /** Takes a user out of the database's members. */
    async removeMember(name) {
      members.delete(name);
      await setSecurity();
    },
    /** Deletes the database and makes sure it stays deleted (see the race above): it must be
     * gone on three looks 100 ms apart, else it is deleted again. */
    async deleteDb() {
      for (let attempt = 0; attempt < 20; attempt++) {
        await admin('DELETE', `/${db}`);
        let gone = 0;
        while (gone < 3 && (await admin('GET', `/${db}`)).status === 404) {
          gone++;
          await new Promise((r) => setTimeout(r, 100));
        }
        if (gone === 3) return;
      }
      throw new Error(`${db} keeps coming back`);
    },
    async createDb() {
      const res = await admin('PUT', `/${db}`);
      await setSecurity();
      return res;
    },
    /** Stops the server (its in-memory data is gone); `restart()` brings up an empty one on the same port. */
    async stop() {
      if (child.exitCode === null) {
        child.stopping();
        child.kill('SIGTERM');
        await exited;
      }
    },
    async restart() {
      await launch();
      await setUp();
    },
    async close() {
      await this.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
