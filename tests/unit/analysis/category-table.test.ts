import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../lib/analysis/index.ts';
import { ComplaintCategorySchema } from '../../../lib/schema.ts';
import { CATEGORY_TABLE_LANGS, f1, readCategoryTable, scoreCategories, type CategoryRow } from '../../../scripts/category-table.ts';

// The complaint-category table (tests/fixtures/analysis/categories/README.md, our own writing).
// `npm run eval -- categories` reports its figures; this is a floor under them, below what they
// are (2026-12-08, with the category-cue layer: macro F1 tuning 99.5, held-out 97.5, held-out 2
// 95.7, all three tuned on; held-out 3, never tuned on, 82.3 with its weakest category at 62.9;
// 2026-12-07, cd-8, with the damaged failure frame: held-out 3 83.3 (weakest 70.3), held-out 4,
// written before that frame and never tuned on, 75.2 (weakest 62.5); cd-9, the fourth round, tuned
// on all five tables: held-out 3 92.7, held-out 4 90.0, held-out 5 (never tuned on) 87.8 -> 90.7,
// weakest delivery 84.1), so that a change which breaks categories fails here. It is not the target,
// and no assertion names a row: held-out 5's misses are never printed.
const TABLES = {
  tune: readCategoryTable('tune.tsv'),
  heldOut: readCategoryTable('held-out.tsv'),
  heldOut2: readCategoryTable('held-out-2.tsv'),
  heldOut3: readCategoryTable('held-out-3.tsv'),
  heldOut4: readCategoryTable('held-out-4.tsv'),
  heldOut5: readCategoryTable('held-out-5.tsv'),
};

const predict = (r: CategoryRow) => analyzeText({ text: r.text, langHint: r.lang }).complaint?.categories ?? [];

describe('the category table', () => {
  test('has at least 300 rows, a held-out part of at least 100, every language and category, rows with two or more categories and rows with none', () => {
    const all = Object.values(TABLES).flat();
    expect(all.length).toBeGreaterThanOrEqual(300);
    expect(TABLES.heldOut.length).toBeGreaterThanOrEqual(100);
    expect(TABLES.heldOut3.length).toBeGreaterThanOrEqual(120);
    expect(TABLES.heldOut4.length).toBeGreaterThanOrEqual(120);
    expect(TABLES.heldOut5.length).toBeGreaterThanOrEqual(240);
    for (const rows of Object.values(TABLES)) {
      expect(new Set(rows.map((r) => r.lang))).toEqual(new Set(CATEGORY_TABLE_LANGS));
      for (const c of ComplaintCategorySchema.options) expect(rows.some((r) => r.gold.includes(c)), c).toBe(true);
      expect(rows.some((r) => r.gold.length === 0)).toBe(true);
    }
    expect(all.filter((r) => r.gold.length >= 2).length).toBeGreaterThanOrEqual(20);
    expect(new Set(all.map((r) => r.text)).size).toBe(all.length);
  });

  test.each<[set: keyof typeof TABLES, macro: number, perCategory: number, falseFlags: number]>([
    ['tune', 0.95, 0.9, 0.1],
    ['heldOut', 0.9, 0.75, 0.1],
    ['heldOut2', 0.88, 0.8, 0.1],
    // Written before the second and third rounds; tuned on from the fourth.
    ['heldOut3', 0.88, 0.8, 0.15],
    ['heldOut4', 0.85, 0.75, 0.2],
    // Written 2026-12-07 by a session that had not seen the rules, before the fourth round; never
    // tuned on (cd-8: macro F1 87.8, weakest 77.2; cd-9: 90.7, weakest 84.1; 6 of 35 rows without a
    // category got one).
    ['heldOut5', 0.86, 0.8, 0.25],
  ])('%s: macro F1 >= %d, every category >= %d, false flags <= %d', (set, macro, perCategory, falseFlags) => {
    const s = scoreCategories(TABLES[set], predict);
    expect(s.macroF1).toBeGreaterThanOrEqual(macro);
    for (const c of ComplaintCategorySchema.options) expect(f1(s.perCategory[c]), c).toBeGreaterThanOrEqual(perCategory);
    // Posts with no complaint category (praise, questions, a size that does not fit) stay clear.
    expect(s.falseFlags / Math.max(1, s.noneRows)).toBeLessThanOrEqual(falseFlags);
  });
});
