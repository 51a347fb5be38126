import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../lib/analysis/index.ts';
import { ComplaintCategorySchema } from '../../../lib/schema.ts';
import { CATEGORY_TABLE_LANGS, f1, readCategoryTable, scoreCategories, type CategoryRow } from '../../../scripts/category-table.ts';

// The complaint-category table (tests/fixtures/analysis/categories/README.md, our own writing).
// `npm run eval -- categories` reports its figures; this is a floor under them, well below what
// they are (2026-12-07: macro F1 tuning 99.6, held-out 94.0, held-out 2 61.3), so that a change
// which breaks categories fails here. It is not the target, and no assertion names a row: the
// held-out sets' misses are never printed.
const TABLES = {
  tune: readCategoryTable('tune.tsv'),
  heldOut: readCategoryTable('held-out.tsv'),
  heldOut2: readCategoryTable('held-out-2.tsv'),
};

const predict = (r: CategoryRow) => analyzeText({ text: r.text, langHint: r.lang }).complaint?.categories ?? [];

describe('the category table', () => {
  test('has at least 300 rows, a held-out part of at least 100, every language and category, rows with two or more categories and rows with none', () => {
    const all = [...TABLES.tune, ...TABLES.heldOut, ...TABLES.heldOut2];
    expect(all.length).toBeGreaterThanOrEqual(300);
    expect(TABLES.heldOut.length).toBeGreaterThanOrEqual(100);
    for (const rows of Object.values(TABLES)) {
      expect(new Set(rows.map((r) => r.lang))).toEqual(new Set(CATEGORY_TABLE_LANGS));
      for (const c of ComplaintCategorySchema.options) expect(rows.some((r) => r.gold.includes(c)), c).toBe(true);
      expect(rows.some((r) => r.gold.length === 0)).toBe(true);
    }
    expect(all.filter((r) => r.gold.length >= 2).length).toBeGreaterThanOrEqual(20);
    expect(new Set(all.map((r) => r.text)).size).toBe(all.length);
  });

  test.each<[set: keyof typeof TABLES, macro: number, perCategory: number]>([
    ['tune', 0.9, 0.8],
    ['heldOut', 0.8, 0.6],
    // Written after the rules and never tuned on: the honest figure, and a low one.
    ['heldOut2', 0.45, 0],
  ])('%s: macro F1 >= %d, every category >= %d', (set, macro, perCategory) => {
    const s = scoreCategories(TABLES[set], predict);
    expect(s.macroF1).toBeGreaterThanOrEqual(macro);
    for (const c of ComplaintCategorySchema.options) expect(f1(s.perCategory[c]), c).toBeGreaterThanOrEqual(perCategory);
    // Posts with no complaint category (praise, questions, a size that does not fit) stay clear.
    expect(s.falseFlags / Math.max(1, s.noneRows)).toBeLessThanOrEqual(0.1);
  });
});
