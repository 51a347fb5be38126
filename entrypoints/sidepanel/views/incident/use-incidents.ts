/**
 * The incident feature's model for the panel: one query over incidents, templates, crisis mode
 * and the agent (invalidated on `incidents/changed` and storage changes), the crisis incident,
 * and `act`, which sends one change to the background and turns a refusal into issues the view
 * shows (nothing of the agent's input is dropped on a failure).
 */
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { issue, type ImportIssue } from '../../../../lib/json-import.ts';
import type { StoredIncident } from '../../../../lib/incident/schema.ts';
import { MessageError } from '../../../../lib/messaging.ts';
import type { IncidentData, IncidentSnapshot } from '../../../../runtime/incident-data.ts';

export const incidentKeys = { all: ['incidents'] as const };

export function incidentSnapshotOptions(data: IncidentData) {
  return queryOptions({ queryKey: incidentKeys.all, queryFn: () => data.load() });
}

export interface IncidentsModel {
  data: IncidentData;
  snapshot: IncidentSnapshot | undefined;
  error: unknown;
  /** The incident in crisis mode, if any. */
  crisis: StoredIncident | undefined;
  busy: boolean;
  /** Runs one change; on failure returns the issues to show (and reloads either way). */
  act<T>(work: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; issues: ImportIssue[] }>;
  reload(): void;
}

/** A refusal or failure as issues: the background's code when it gave one. */
export function issuesOf(error: unknown): ImportIssue[] {
  if (error instanceof MessageError) {
    const code = error.code === 'no-reply' ? 'no-reply' : (error.reason ?? error.code);
    // "path: message; path: message" from the background's schema checks.
    return error.message.split('; ').map((part) => {
      const m = /^([\w.[\]"-]+): (.*)$/s.exec(part);
      return m ? { ...issue([], m[2]!, code), pathText: m[1]! } : { ...issue([], part, code), pathText: '' };
    });
  }
  return [{ ...issue([], error instanceof Error ? error.message : String(error), 'internal'), pathText: '' }];
}

export function useIncidents(data: IncidentData): IncidentsModel {
  const qc = useQueryClient();
  const q = useQuery(incidentSnapshotOptions(data));
  const [busy, setBusy] = useState(false);
  const reload = useCallback(() => void qc.invalidateQueries({ queryKey: incidentKeys.all }), [qc]);
  useEffect(() => data.subscribe(reload), [data, reload]);
  const act = useCallback(
    async <T,>(work: () => Promise<T>) => {
      setBusy(true);
      try {
        return { ok: true as const, value: await work() };
      } catch (error) {
        return { ok: false as const, issues: issuesOf(error) };
      } finally {
        setBusy(false);
        reload();
      }
    },
    [reload],
  );
  const snapshot = q.data;
  const crisis = useMemo(() => snapshot?.incidents.find((i) => i.id === snapshot.crisis.incidentId), [snapshot]);
  return useMemo(() => ({ data, snapshot, error: q.error, crisis, busy, act, reload }), [data, snapshot, q.error, crisis, busy, act, reload]);
}
