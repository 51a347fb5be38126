import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../lib/analysis/index.ts';
import type { ComplaintCategory, SentimentLabel } from '../../../lib/schema.ts';

// The general e-commerce vocabulary added to languages/ja.ts and zh.ts on 2026-11-23. Every
// sentence here was written for this file: none comes from the own-written tuning set
// (tests/fixtures/analysis/cjk-own/*.tsv) or its held-out set. One row per phenomenon: a new
// word, its negation (-くない, 不 + word, the softened 不太 / 不是很), casual and slang forms, and
// neutral shop talk that holds a rated word and must stay neutral.

const label = (text: string, langHint: string): SentimentLabel => analyzeText({ text, langHint }).sentiment.label;

describe('Japanese', () => {
  test.each<[string, SentimentLabel]>([
    ['このゲーム、想像より面白かった', 'positive'], // stem 面白 covers -かった
    ['正直あまり面白くなかったです', 'negative'], // ... and -くなかった through the post-negators
    ['説明書が見やすくて組み立ても簡単でした', 'positive'],
    ['ボタンが小さくて使いづらい', 'negative'],
    ['軽くて扱いやすいので毎日愛用しています', 'positive'],
    ['生地が薄すぎて透ける', 'negative'], // -すぎ
    ['かっこよくて友達にも好評でした', 'positive'],
    ['このアプリ、広告がうざい', 'negative'], // casual
    ['味がイマイチで、もうリピなし', 'negative'],
    ['このバッグは丈夫で長持ちしそう', 'positive'],
    ['値段の割に作りが安っぽくてお粗末', 'negative'],
    ['神対応でした。また利用します', 'positive'],
    ['届いたけどダメでした', 'negative'],
    ['ストレスフリーで使えて手放せない', 'positive'], // 手放せない: a negated form listed whole
    ['臭くないので安心して使えます', 'positive'], // 臭く negated
    ['説明がわかりづらくて何度も失敗した', 'negative'],
    ['外箱も中身も傷もなく届きました', 'positive'], // a fault that did not happen
    ['色落ちしないのが嬉しい', 'positive'],
    ['汚れが全然落ちない', 'negative'],
    ['もっと早く買えばよかった', 'positive'],
    ['買わなければよかった', 'negative'], // regret, not praise
  ])('%s -> %s', (text, expected) => {
    expect(label(text, 'ja')).toBe(expected);
  });
});

describe('Chinese', () => {
  test.each<[string, SentimentLabel]>([
    ['鞋子很结实，走路也舒适', 'positive'],
    ['鞋底不结实，穿了一个月就开胶', 'negative'], // 不 + new word
    ['不太满意，颜色有点暗', 'negative'], // 不太 negates; 太 alone would boost
    ['说明书写得不是很清楚', 'negative'], // 不是很 negates
    ['这个吸尘器真是神器，强烈推荐', 'positive'],
    ['又踩雷了，纯属智商税', 'negative'], // slang
    ['这次翻车了，大家避雷', 'negative'],
    ['种草好久，买回来真香', 'positive'],
    ['卖家太不靠谱了', 'negative'], // 不靠谱 listed whole
    ['卖家很靠谱，发货速度也很快', 'positive'],
    ['穿着不舒服，磨脚', 'negative'],
    ['味道还可以，包装也没有破损', 'positive'], // a denied fault is no complaint
    ['质量一般，不值得买', 'negative'],
    ['客服很耐心，问题很快就解决了', 'positive'],
    ['客服已读不回，太过分了', 'negative'],
    ['做工精致，物超所值', 'positive'],
    ['洗了几次都不掉色，很满意', 'positive'],
    ['无限回购', 'positive'], // 无 is a negator, but not here
    ['一点用都没有', 'negative'],
    ['翻车了，不会再买', 'negative'],
  ])('%s -> %s', (text, expected) => {
    expect(label(text, 'zh')).toBe(expected);
  });
});

describe('complaint categories of the new phrases', () => {
  test.each<[string, string, ComplaintCategory[]]>([
    ['画面がすぐフリーズする', 'ja', ['damaged']],
    ['配達完了になっているのに届いていない', 'ja', ['delivery']],
    ['返金してもらえない', 'ja', ['refund']],
    ['届いたらバッテリーが膨張していた', 'ja', ['safety']],
    ['身に覚えのない請求が来ている', 'ja', ['account']],
    ['電話が全然つながらない', 'ja', ['service']],
    ['サクラレビューばかり', 'ja', ['counterfeit']],
    ['用了三天就死机', 'zh', ['damaged']],
    ['快递被别人签收了', 'zh', ['delivery']],
    ['退款一直没到账', 'zh', ['refund']],
    ['充电宝鼓包了', 'zh', ['safety']],
    ['QQ号被盗了', 'zh', ['account']],
    ['客服已读不回', 'zh', ['service']],
    ['虚假宣传，说是纯棉结果是化纤', 'zh', ['counterfeit']],
  ])('%s (%s) -> %j', (text, langHint, categories) => {
    const a = analyzeText({ text, langHint });
    expect(a.sentiment.label).toBe('negative');
    expect(a.complaint?.categories).toEqual(categories);
  });
});

describe('neutral traps stay neutral', () => {
  test.each<[string, string]>([
    ['ゴミ袋のサイズはどれがいいですか', 'ja'], // ゴミ
    ['最低限の設定だけ済ませました', 'ja'], // 最低
    ['何か問題がありましたらお知らせください', 'ja'], // 問題
    ['フリーズドライのスープを買いました', 'ja'], // フリーズ
    ['不好意思，能帮我改一下收货地址吗', 'zh'], // 不好
    ['家里的垃圾袋用完了，顺便下单', 'zh'], // 垃圾
    ['下周出差，想问个问题', 'zh'], // 差, 问题
    ['请问有没有发货？', 'zh'], // 没有发货
  ])('%s (%s)', (text, langHint) => {
    const a = analyzeText({ text, langHint });
    expect(a.sentiment.label).toBe('neutral');
    expect(a.complaint?.categories).toEqual([]);
  });
});
