/**
 * The team database's validation rule, for an admin to install once (README, "Team workspace"):
 * CouchDB runs `validate_doc_update` on every write, replicated ones included (docs.couchdb.org,
 * "Validate Document Update Functions"). Without it any member could write a status in a
 * teammate's name; with it the server guarantees what the fold (fold.ts) trusts:
 *
 * - events and replies are written by the agent they name (`by` is the signed-in user) and never
 *   changed or deleted afterwards;
 * - a mention revision and a `kept:` copy are signed by their writer (`by`);
 * - every document this extension writes has a known `type` and `v`; design documents and
 *   anything else are for admins.
 *
 * Admins (`_admin`) may do anything (repairs, clean-ups). The function is ES5 (CouchDB's
 * JavaScript engine before 3.4 is SpiderMonkey 1.8.5) and kept as text: it runs on the server.
 */
export const TEAM_DESIGN_DOC_ID = '_design/crisis-desk';

const VALIDATE = `function (newDoc, oldDoc, userCtx) {
  if (userCtx.roles.indexOf('_admin') !== -1) return;
  var types = { mention: 1, event: 1, reply: 1, incident: 1, statement: 1, review: 1, kept: 1 };
  var immutable = { event: 1, reply: 1 };
  var signed = { mention: 1, event: 1, reply: 1, kept: 1 };
  if (newDoc._id.indexOf('_design/') === 0) throw({ forbidden: 'only admins change design documents' });
  var old = oldDoc && !oldDoc._deleted ? oldDoc : null;
  if (newDoc._deleted) {
    if (old && immutable[old.type]) throw({ forbidden: old.type + ' documents are never deleted' });
    return;
  }
  if (!types[newDoc.type] || newDoc.v !== 1) throw({ forbidden: 'not a Crisis Desk document: ' + newDoc._id });
  if (old && immutable[newDoc.type]) throw({ forbidden: newDoc.type + ' documents are never changed' });
  if (signed[newDoc.type] && newDoc.by !== userCtx.name) throw({ forbidden: newDoc.type + ' written by ' + userCtx.name + ' but signed by ' + newDoc.by });
}`;

export function teamDesignDoc(): { _id: string; language: 'javascript'; validate_doc_update: string } {
  return { _id: TEAM_DESIGN_DOC_ID, language: 'javascript', validate_doc_update: VALIDATE };
}
