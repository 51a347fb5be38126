/** A hand-made incident and its mentions for the report tests (times on 2025-03-15, UTC). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { incidentScope } from '../../../lib/incident/keywords.ts';
import { createIncident, publishStatement, setIncidentStatus } from '../../../lib/incident/publish.ts';
import { IncidentFileSchema, type StoredIncident } from '../../../lib/incident/schema.ts';
import type { ReportAlertInput, ReportMention } from '../../../lib/report/index.ts';
import type { ComplaintCategory, ReplyRecord, SentimentLabel } from '../../../lib/schema.ts';

export const at = (hhmm: string, day = '2025-03-15') => `${day}T${hhmm}:00.000Z`;
export const ms = (hhmm: string, day = '2025-03-15') => Date.parse(at(hhmm, day));

const file = IncidentFileSchema.parse({
  // From the project root: happy-dom gives import.meta.url an http origin (the UI test uses these too).
  ...JSON.parse(readFileSync(path.join(process.cwd(), 'public/examples/incident.json'), 'utf8')),
  startedAt: at('10:00'),
});

/** Started 10:00, v1 on creation (09:55), v2 at 11:00 by "Legal B", resolved 14:00. */
export function resolvedIncident(): StoredIncident {
  const created = createIncident(file, { now: ms('09:55'), by: 'Ana' });
  const { updatedAt: _edited, ...draft } = created.statement;
  const v2 = publishStatement(created, { ...draft, approvedBy: 'Legal B', version: 1 }, { now: ms('11:00'), by: 'Ana' });
  if (!v2.ok) throw new Error('publish');
  return setIncidentStatus(v2.incident, 'resolved', { now: ms('14:00'), by: 'Ana' });
}

export function openIncident(): StoredIncident {
  return createIncident(file, { now: ms('09:55'), by: 'Ana' });
}

interface M {
  id: string;
  time: string;
  day?: string;
  text: string;
  label: SentimentLabel;
  score: number;
  lang: string;
  cats?: ComplaintCategory[];
  flagged?: 0 | 1;
  replies?: Partial<ReplyRecord>[];
  team?: ReportMention['team'];
}

export function mention(m: M): ReportMention {
  const posted = at(m.time, m.day);
  return {
    id: `x:${m.id}`,
    platform: 'x',
    text: m.text,
    postedAt: posted,
    capturedAt: posted,
    sortAt: posted,
    flagged: m.flagged ?? 1,
    status: 'open',
    analysis: { lang: m.lang, sentiment: { score: m.score, label: m.label }, ...(m.cats ? { complaint: { categories: m.cats, evidence: [] } } : {}) },
    ...(m.replies ? { replies: m.replies.map((r) => ({ agent: 'me', channel: 'x-reply', via: 'x-insert', at: posted, ...r }) as ReplyRecord) } : {}),
    ...(m.team ? { team: m.team } : {}),
  };
}

const INC = 'vp20k-overheating';

/**
 * before [06:00, 10:00): b1, b2; during [10:00, 14:00): d1..d6; after [14:00, 18:00): a1;
 * `old` (the day before) is outside every window; `unrelated` does not belong.
 */
export const MENTIONS: ReportMention[] = [
  mention({ id: '1', time: '07:00', text: 'VP-20K is fine', label: 'positive', score: 0.6, lang: 'en', flagged: 0, replies: [{ at: at('07:30'), agent: 'ana', templateId: 'other-t', incidentId: 'other', statementVersion: 1 }] }),
  mention({ id: '2', time: '09:00', text: 'my power bank got hot', label: 'negative', score: -0.4, lang: 'en', cats: ['safety'] }),
  mention({ id: '3', time: '10:30', text: 'VP-20K overheating!', label: 'negative', score: -0.8, lang: 'en', cats: ['safety', 'refund'], replies: [{ at: at('10:40'), agent: 'ana', templateId: 't-safety', incidentId: INC, statementVersion: 1 }] }),
  mention({ id: '4', time: '11:00', text: '充电宝 过热', label: 'negative', score: -0.6, lang: 'zh', cats: ['safety'], replies: [{ at: at('12:30'), agent: 'bo', templateId: 't-safety', incidentId: INC, statementVersion: 2 }] }),
  mention({ id: '5', time: '12:00', text: 'VP20K refund?', label: 'neutral', score: 0, lang: 'en', cats: ['refund'], team: { firstResponseAt: at('12:20') } }),
  mention({ id: '6', time: '13:00', text: 'powerbank ok', label: 'positive', score: 0.2, lang: 'en', flagged: 0 }),
  mention({ id: '7', time: '13:30', text: 'meine Bestellung ist spät', label: 'negative', score: -0.5, lang: 'de', cats: ['delivery'], replies: [{ at: at('14:30'), agent: 'ana', templateId: 't-delay', incidentId: INC, statementVersion: 2 }] }),
  mention({ id: '8', time: '13:45', text: 'VP-20K broken', label: 'negative', score: -1, lang: 'en', cats: ['damaged'], replies: [{ at: at('13:50'), agent: 'bo', channel: 'none', via: 'none' }] }),
  mention({ id: '9', time: '15:00', text: 'VP-20K replacement arrived', label: 'positive', score: 0.7, lang: 'en', flagged: 0, replies: [{ at: at('15:30'), agent: 'cy' }] }),
  mention({ id: '10', time: '12:00', day: '2025-03-14', text: 'VP-20K', label: 'neutral', score: 0, lang: 'en' }),
  mention({ id: '11', time: '11:00', text: 'nothing here', label: 'negative', score: -0.9, lang: 'en' }),
];

function alert(id: string, scope: string, detected: string, day = '2025-03-15', eventId?: string): ReportAlertInput {
  return { id, scope: scope as ReportAlertInput['scope'], severity: 'high', startedAt: at(detected, day), detectedAt: at(detected, day), negatives: 3, total: 4, ...(eventId ? { eventId } : {}) };
}

export const OWN_SCOPE = incidentScope(INC);
export const ALERTS: ReportAlertInput[] = [
  alert('own-during', OWN_SCOPE, '10:15'),
  alert('cat-during', 'category:safety', '10:20', undefined, 'own-during'),
  alert('all-after', 'all', '15:10'),
  alert('all-long-before', 'all', '12:00', '2025-03-10'),
  alert('own-day-before', OWN_SCOPE, '12:00', '2025-03-14'),
];
