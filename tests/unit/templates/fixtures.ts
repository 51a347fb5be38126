// Incidents for the lint tests, built in code so each test reads what it depends on.
import { IncidentFileSchema, type IncidentFile, type IncidentFileInput } from '../../../lib/incident/schema.ts';

const BASE: IncidentFileInput = {
  id: 'vp20k-overheating',
  title: 'VP-20K power banks overheating while charging',
  type: 'product-safety',
  severity: 'high',
  status: 'investigating',
  startedAt: '2025-03-15T08:30:00Z',
  keywords: ['VP-20K', 'power bank', 'overheat*'],
  statement: {
    version: 2,
    updatedAt: '2025-03-16T10:00:00Z',
    approvedBy: 'Legal',
    text: {
      en: 'Some VP-20K power banks sold between 1 and 14 March 2025 can overheat while charging. We are investigating. Customers with an affected unit can get a free replacement or a full refund.',
      de: 'Einige VP-20K Powerbanks, verkauft zwischen dem 1. und 14. März 2025, können beim Laden überhitzen. Wir untersuchen das. Betroffene erhalten kostenlos Ersatz oder eine volle Rückerstattung.',
    },
    facts: {
      happened: 'VP-20K power banks overheat while charging',
      affected: 'about 1,200 VP-20K power banks sold between 1 and 14 March 2025',
      nextUpdate: '2025-03-18T16:00:00Z',
      url: 'https://voltpro.example/notice/vp20k',
    },
    commitments: ['replacement', 'refund'],
    forbidden: ['explode', 'Brandgefahr', '爆炸'],
  },
};

/** The investigating incident, with changes. */
export function incident(change: (i: IncidentFileInput) => void = () => {}): IncidentFile {
  const copy = structuredClone(BASE);
  change(copy);
  return IncidentFileSchema.parse(copy);
}

/** Same incident, no commitments at all. */
export const noCommitments = () => incident((i) => void (i.statement.commitments = []));
export const resolved = () => incident((i) => void (i.status = 'resolved'));
