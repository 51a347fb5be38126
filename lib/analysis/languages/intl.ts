/**
 * English loanwords that posts in every language use (swearing, "fail", "love", "nice"). Scored
 * for any text whose English pack is not already in play, after the text's own language, so a
 * German "boah, was für ein fail" or a Japanese "最悪 wtf" still counts. Kept to words with no
 * other meaning in the e-commerce languages.
 */
import type { PackSource } from '../pack.ts';

/** The pack's source, built when the pack is first compiled (languages/index.ts), not when the worker
 * evaluates its modules: spreading these large word lists costs most of a cold start otherwise. */
export const intl = (): PackSource => ({
  lang: 'intl',
  words: {
    fuck: -2.5, fucking: -2, shit: -2.5, wtf: -2.5, fail: -2, sucks: -2.5, crap: -2.5, bullshit: -2.8,
    love: 2.5, nice: 2, awesome: 3, wow: 1.5, perfect: 3, lol: 1, haha: 1, hahaha: 1, jaja: 1, jajaja: 1,
  },
  negators: [],
  boosters: [],
  contrast: [],
  phrases: [],
});
