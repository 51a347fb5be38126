/** Types of tests/team-server.mjs for the TypeScript tests and bench. */
export const ADMIN: { name: string; password: string };
export const MAX_DOCUMENT_SIZE: number;
export function freePort(): Promise<number>;

export interface TeamServer {
  port: number;
  origin: string;
  db: string;
  dbUrl: string;
  admin(method: string, path: string, body?: unknown, opts?: { auth?: boolean }): Promise<{ status: number; body: unknown }>;
  addUser(name: string, password: string, opts?: { member?: boolean }): Promise<void>;
  addMember(name: string): Promise<void>;
  removeMember(name: string): Promise<void>;
  deleteDb(): Promise<{ status: number; body: unknown }>;
  createDb(): Promise<{ status: number; body: unknown }>;
  stop(): Promise<void>;
  restart(): Promise<void>;
  close(): Promise<void>;
}

export function startTeamServer(opts?: { db?: string; users?: Record<string, string>; port?: number; maxDocumentSize?: number }): Promise<TeamServer>;
