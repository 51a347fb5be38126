/**
 * A stored incident as an incident file (the exchange format of schema.ts): the contract's
 * fields only, so another tool (or another Crisis Desk) reads exactly what it expects.
 */
import { IncidentFileSchema, type IncidentFile, type StoredIncident } from './schema.ts';

export function incidentFileOf(incident: StoredIncident): IncidentFile {
  const { id, title, type, severity, status, startedAt, keywords, statement } = incident;
  return IncidentFileSchema.parse({ id, title, type, severity, status, startedAt, keywords, statement });
}
