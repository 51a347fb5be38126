/**
 * The `crisis-desk` connection of this extension context (background, side panel, options):
 * one per context, shared by every view and job in it (lib/db/connection.ts). Nothing is opened
 * until the first use.
 */
import { createDbConnection, type DbConnection } from '../lib/db/connection.ts';
import { openCrisisDb } from '../lib/db/open.ts';

export const contextDb: DbConnection = createDbConnection({ open: () => openCrisisDb() });
