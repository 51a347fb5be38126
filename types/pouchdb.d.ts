/**
 * PouchDB ships no types (and @types/pouchdb is not a dependency): the constructors we use, typed
 * just enough for lib/team/pouch.ts's interfaces. pouchdb-browser in the extension; pouchdb-core
 * with the memory, http and replication plugins in Node tests and `npm run bench`.
 */
declare module 'pouchdb-browser' {
  import type { PouchStatic } from '../lib/team/pouch.ts';
  const PouchDB: PouchStatic;
  export default PouchDB;
}
declare module 'pouchdb-core' {
  import type { PouchStatic } from '../lib/team/pouch.ts';
  const PouchDB: PouchStatic;
  export default PouchDB;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
