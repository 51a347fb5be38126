/**
 * The complaint-category table (tests/fixtures/analysis/categories/, our own writing: see its
 * README.md) and per-category precision and recall on it. Read by `npm run eval -- categories`
 * and by the floor test (tests/unit/analysis/category-table.test.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ComplaintCategorySchema, type ComplaintCategory } from '../lib/schema.ts';

export const CATEGORY_TABLE_DIR = fileURLToPath(new URL('../tests/fixtures/analysis/categories/', import.meta.url));
/** The languages the table covers, in the order the eval prints them. */
export const CATEGORY_TABLE_LANGS = ['en', 'de', 'es', 'fr', 'it', 'pt', 'ja', 'zh'] as const;

export interface CategoryRow {
  line: number;
  lang: string;
  gold: ComplaintCategory[];
  text: string;
}

/** `<lang>\t<categories or ->\t<text>` per line; a malformed line throws, naming it. */
export type CategoryTableFile = 'tune.tsv' | 'held-out.tsv' | 'held-out-2.tsv' | 'held-out-3.tsv' | 'held-out-4.tsv' | 'held-out-5.tsv';

export function readCategoryTable(file: CategoryTableFile): CategoryRow[] {
  const path = `${CATEGORY_TABLE_DIR}${file}`;
  const lines = readFileSync(path, 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((l, i) => {
    const [lang = '', cats = '', text = '', ...rest] = l.split('\t');
    const gold = cats === '-' ? [] : cats.split(',').map((c) => ComplaintCategorySchema.safeParse(c).data);
    if (rest.length > 0 || !(CATEGORY_TABLE_LANGS as readonly string[]).includes(lang) || text.trim() === '' || gold.some((c) => c === undefined)) {
      throw new Error(`${path}:${i + 1}: expected <lang>\\t<categories|->\\t<text>`);
    }
    return { line: i + 1, lang, gold: gold as ComplaintCategory[], text };
  });
}

export interface CategoryCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface CategoryScores {
  /** Per category: counts over all rows (a row with no gold category can only add false positives). */
  perCategory: Record<ComplaintCategory, CategoryCounts>;
  /** Mean of the per-category F1s. */
  macroF1: number;
  /** Rows whose predicted set equals the gold set exactly. */
  exact: number;
  /** Rows with no gold category that got one. */
  falseFlags: number;
  noneRows: number;
}

export function f1(c: CategoryCounts): number {
  return c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
}

export function scoreCategories(rows: readonly CategoryRow[], predict: (row: CategoryRow) => readonly ComplaintCategory[]): CategoryScores {
  const perCategory = Object.fromEntries(ComplaintCategorySchema.options.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<ComplaintCategory, CategoryCounts>;
  let exact = 0;
  let falseFlags = 0;
  let noneRows = 0;
  for (const row of rows) {
    const got = new Set(predict(row));
    const gold = new Set(row.gold);
    for (const c of ComplaintCategorySchema.options) {
      const counts = perCategory[c];
      if (gold.has(c) && got.has(c)) counts.tp += 1;
      else if (got.has(c)) counts.fp += 1;
      else if (gold.has(c)) counts.fn += 1;
    }
    if (got.size === gold.size && [...got].every((c) => gold.has(c))) exact += 1;
    if (gold.size === 0) {
      noneRows += 1;
      if (got.size > 0) falseFlags += 1;
    }
  }
  const f1s = ComplaintCategorySchema.options.map((c) => f1(perCategory[c]));
  return { perCategory, macroF1: f1s.reduce((a, b) => a + b, 0) / f1s.length, exact, falseFlags, noneRows };
}
