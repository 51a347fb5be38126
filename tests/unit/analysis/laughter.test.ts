import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../lib/analysis/index.ts';

function verdict(text: string, langHint: string): { label: string; categories: string[] } {
  const a = analyzeText({ text, langHint });
  return { label: a.sentiment.label, categories: a.complaint?.categories ?? [] };
}

// Issue 13: the demo inbox's first complaint was a cheerful ski-resort post (tests/fixtures/x/
// search-constructed-2025-10-ski.html). A mild complaint word followed by a laugh is chatter.
describe('a laugh after a mild complaint word takes it back', () => {
  test.each<[phenomenon: string, text: string, lang: string]>([
    ['😅 opening the next sentence (the demo post)', '栂池自然園でも雪ですよー\n今年はどうしようかなー\nいっぱい行くとこあって困ってしまう。😅', 'ja'],
    ['笑 closing the run', '行きたいとこ多すぎて困った笑', 'ja'],
    ['(笑)', '朝からやばい(笑)', 'ja'],
    ['www (full-width, NFKC)', '困るｗｗｗ', 'ja'],
    ['lol after a boosted mild word', 'so tired lol', 'en'],
    ['😂 after a mild word', 'ugh mondays 😂', 'en'],
    ['lmao', 'this is so annoying lmao', 'en'],
    ['haha', 'Bin so müde haha', 'de'],
    ['jajaja', 'Qué pereza jajaja', 'es'],
    ['mdr', "J'ai la flemme mdr", 'fr'],
    ['ahahah', 'Che noia ahahah', 'it'],
    ['kkkk', 'To cansada kkkk', 'pt'],
    ['哈哈 after a boosted word (好烦)', '好烦哈哈哈', 'zh'],
  ])('%s: %s', (_phenomenon, text, lang) => {
    // Without the laughter layer the row is a complaint: the laugh is what takes it back.
    expect(analyzeText({ text, langHint: lang }, { withoutLayers: ['laughter'] }).sentiment.label).toBe('negative');
    expect(verdict(text, lang).label).not.toBe('negative');
  });
});

describe('real complaints that end in a laugh still flag', () => {
  test.each<[phenomenon: string, text: string, lang: string, categories: string[]]>([
    ['complaint phrase + 😅', 'My order never arrived 😅', 'en', ['delivery']],
    ['fault + lol', 'It broke after two days lol', 'en', ['damaged']],
    ['strong word + lol', 'I hate this app lol', 'en', []],
    ['disappointed + 😅', 'So disappointed 😅', 'en', []],
    ['最悪 + www', '最悪www', 'ja', []],
    ['壊れた + 笑', '買って三日で壊れた笑', 'ja', ['damaged']],
    ['没收到 + 哈哈', '等了两周还没收到哈哈', 'zh', ['delivery']],
    ['kaputt + haha', 'Nach einer Woche kaputt haha', 'de', ['damaged']],
    ['no llegó + jaja', 'Mi pedido nunca llegó jajaja', 'es', ['delivery']],
    ['arnaque + mdr', "C'est une arnaque mdr", 'fr', ['counterfeit']],
  ])('%s: %s', (_phenomenon, text, lang, categories) => {
    expect(verdict(text, lang)).toEqual({ label: 'negative', categories });
  });
});
