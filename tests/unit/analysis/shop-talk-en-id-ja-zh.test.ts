import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../lib/analysis/index.ts';
import type { SentimentLabel } from '../../../lib/schema.ts';

// False-flag audit of shop talk (2026-11-23): everyday messages customers and agents exchange with
// an online shop or a brand's X account (order status, delivery slots, sizes and colours, stock,
// invoices, payments, address changes, returns-policy questions, thanks, promotions, product
// descriptions and names). Written for this file, none taken from an evaluation set. Each must not
// come out negative; the rows that did before the audit are the fixes in languages/en.ts, id.ts,
// ja.ts and zh.ts ("shop talk, added 2026-11-23"). The complaints after each table keep the audit
// from neutering real complaints, several of them next to a narrowed phrase ("fake fur" but
// "caught fire", "bisa retur?" but "tidak bisa retur").
//
// Left negative on purpose: "my order was cancelled" ("cancelled" is how flights and orders going
// wrong are told; VADER tweets F1 drops 0.1 without it), "the item still hasn't arrived, when will
// it come?" (a delivery complaint however politely put) and "need a cheap phone case" ("cheap" is
// mostly "feels cheap" in reviews).

const label = (text: string, langHint: string): SentimentLabel => analyzeText({ text, langHint }).sentiment.label;

describe('English shop talk', () => {
  test.each<string>([
    'Hi, could you tell me when order #48213 will ship?',
    'Just placed an order, is it possible to change the delivery address to my office?',
    'Do you have the linen shirt in navy, size M?',
    'Is the black leather wallet back in stock?',
    'Can I get an invoice with my company\'s VAT number on it?',
    'Payment went through, thanks! Got the confirmation email.',
    'What\'s your returns policy for sale items?',
    'Can I return a gift if I don\'t have the receipt?',
    'Thanks so much, the package arrived this morning!',
    'Love the new autumn collection 😍',
    'Good morning! Is the store open on Sunday?',
    'The jacket is 100% wool with a cotton lining, dry clean only.',
    'Dimensions: 45 x 30 x 12 cm, weight 1.2 kg.',
    'Use code FALL20 for 20% off everything this weekend.',
    'Free shipping on orders over $50, ends Friday at midnight.',
    'Which delivery slot is available tomorrow, morning or evening?',
    'My tracking says out for delivery, just checking the time window.',
    'Could you split the order into two shipments?',
    'Is the grey hoodie true to size or should I size up?',
    'We\'ve received your return and the refund will be issued within 5 business days.', // was negative: refund
    'Hey @brand, do you ship to Canada?',
    'Order confirmed! Can\'t wait to wear it.',
    'Is there a discount for students?',
    'Can I pay with PayPal or only by card?', // was negative: pay
    'I\'d like to change my order from blue to dark green, is that ok?',
    'The colour is called burnt orange, very pretty in person.',
    'Do you offer gift wrapping?',
    'Is the Black Friday sale starting at midnight?',
    'Your customer service team was super helpful, thank you Anna!',
    'Hello, I need to update my billing address before the order ships.',
    'Does this kettle come with a UK plug?',
    'What\'s the difference between the standard and the pro model?',
    'Kindly confirm receipt of my payment for invoice 2231.',
    'The dress comes in cherry red, black and ivory.',
    'Hi, I ordered the wrong size by mistake, can I exchange it for a large?', // was negative: wrong size, mistake
    'Is it possible to pick up the order in store instead?',
    'Can you hold the item for me until Saturday?',
    'Thank you for the quick reply!',
    'Any of the cast iron pans left in the Leeds store?',
    'The last order date for Christmas delivery is 18 December.',
    'Do you price match?',
    'Happy to help! Your parcel is with the courier and should arrive Thursday.',
    'Sorry for the wait, your order has now been dispatched.', // was negative: Sorry
    'No problem at all, I\'ll keep an eye out for the delivery.',
    'Do the sneakers have a rubber sole? Need something for rainy days.', // was negative: rainy
    'The battery lasts about 10 hours on a full charge.',
    'Hi, I haven\'t received the confirmation email yet, could you resend it?',
    'Please leave the parcel with the neighbour at number 12.',
    'Stock arrives next week, we\'ll notify you by email.',
    'Killer deal on the headphones, grabbed two!', // was negative: Killer
    'Is the charger included or sold separately?',
    'Can I still use my discount code if the order was already placed?',
    'Matte black finish, stainless steel blade.',
    'Is the fake fur coat machine washable?', // was negative: fake
    'What time does the flash sale end?',
    'Does the price include tax?',
    'Heavy duty storage boxes, pack of 4.',
    'Do you have anything in a darker shade?',
    'Returns are free within 30 days, just print the label from your account.',
    'Is the dark chocolate gift box gluten free?',
    'Do you have the Bad Bunny vinyl in stock?', // was negative: Bad
    'Can I change the delivery to a pickup point?',
    'What is the return window for electronics?',
    'Do I need to pay customs duties on orders to Norway?', // was negative: pay
    'Our sale ends tonight, last chance to grab 30% off!',
    'The mattress comes vacuum packed, allow 24 hours to expand.',
    'Is this the cordless model or does it need a plug?',
    'Limited edition colourway drops Friday at 9am.', // was negative: Limited
    'Price drop on all winter coats this week!', // was negative: drop
    'Do you have this in gray or only in charcoal?', // was negative: gray
    'Will I be charged for shipping on a second order?', // was negative: charged
    'Hi, can I cancel my order? I placed it an hour ago.', // was negative: cancel
    'At this price the boots are a steal.', // was negative: steal
    'Lowest prices of the year start tomorrow.', // was negative: Lowest
    'Can I add a gift message before the order is dispatched?',
    'Is the Fire TV Stick compatible with this soundbar?', // was negative: Fire
    'Do you still sell the Dead Sea mud mask?', // was negative: Dead
    'Anti-theft backpack in charcoal, is it waterproof?', // was negative: Anti
    'Do you have the shock absorbers for a 2015 Golf?', // was negative: shock
    'The hoodie is a bit loose fitting by design.', // was negative: loose
    'Please cancel order 7781, I ordered it twice by accident.', // was negative: cancel, accident
    'Sorry, I meant the medium, not the small!', // was negative: Sorry
    'Do you ship hazardous goods like lithium batteries?', // was negative: hazardous
  ])('not negative: %s', (text) => {
    expect(label(text, 'en')).not.toBe('negative');
  });

  test.each<string>([
    'Ordered two weeks ago and it still hasn\'t arrived, this is ridiculous.',
    'The zipper broke the first time I wore it. Very disappointed.',
    'Worst customer service ever, nobody answers my emails.',
    'You charged me twice and still no refund. Awful.',
    'Terrible quality, the seams fell apart after one wash.',
    'Sent the wrong colour and now they won\'t take it back. Never ordering again.',
    'I was charged twice by mistake and nobody has replied.',
    'My Fire TV stick caught fire while charging.',
    'The strap came loose after a day, really poor quality.',
  ])('negative: %s', (text) => {
    expect(label(text, 'en')).toBe('negative');
  });
});

describe('Indonesian shop talk', () => {
  test.each<string>([
    'Kak, pesanan saya nomor 12345 sudah dikirim belum ya?',
    'Min, resi pengirimannya sudah bisa dicek?',
    'Ready stok warna hitam ukuran L kak?',
    'Halo, saya mau ganti alamat pengiriman ke kantor.',
    'Pembayaran sudah saya transfer ya kak, mohon dicek.',
    'Terima kasih, paketnya sudah sampai dengan selamat.',
    'Bisa kirim hari ini kalau saya bayar sekarang?',
    'Kak, bisa minta invoice atas nama PT Sinar Jaya?',
    'Apakah bisa retur kalau ukurannya tidak pas?', // was negative: retur
    'Kebijakan pengembalian barangnya bagaimana ya kak?',
    'Ada diskon untuk pembelian grosir?',
    'Pakai kode HEMAT50 dapat potongan 50 ribu.',
    'Gratis ongkir untuk seluruh Indonesia sampai akhir bulan.',
    'Bahan katun, warna abu-abu muda, ukuran 30 x 40 cm.',
    'Kak, warna merah marun masih ada?',
    'Selamat pagi, toko buka jam berapa?',
    'Barangnya bagus banget, makasih kak!',
    'Pengiriman cepat, packing rapi, mantap.',
    'Kapan restock lagi kak?',
    'Boleh COD?',
    'Kak, jadwal pengirimannya bisa pagi atau sore?',
    'Sudah saya bayar lewat OVO ya.',
    'Tolong ganti warna pesanan saya jadi biru dongker.',
    'Sepatu ini ukurannya normal atau kecil kak?',
    'Mohon ditunggu, pesanan kakak sedang kami proses.',
    'Maaf menunggu lama kak, pesanan sudah kami kirim hari ini.', // was negative: lama
    'Harga sudah termasuk PPN?',
    'Kak, bisa dikirim pakai JNE atau J&T?',
    'Produk original, bergaransi resmi 1 tahun.',
    'Tas kulit asli warna coklat tua.',
    'Kalau barangnya rusak saat pengiriman, bagaimana klaimnya?', // was negative: rusak
    'Promo 12.12 mulai jam berapa kak?',
    'Kak, ada warna hitam doff?',
    'Stoknya tinggal berapa kak?',
    'Pesanan sudah diterima, terima kasih banyak.',
    'Admin ramah dan fast respon.',
    'Bisa minta nomor resinya?',
    'Saya sudah konfirmasi pembayaran lewat aplikasi.',
    'Mau tanya, kalau mau tukar ukuran bisa?',
    'Paket dikirim dari gudang Jakarta, estimasi 2-3 hari.',
    'Kak, barang preorder berapa lama datangnya?', // was negative: lama
    'Warna hitam pekat, bahan tebal dan adem.',
    'Kak, kapan barang saya sampai?',
    'Ukuran jaket ini besar, saya biasa pakai M.',
    'Jam operasional CS jam 8 pagi sampai 5 sore.',
    'Saya mau pesan 3 pcs, bisa dapat harga grosir?',
    'Lagi ada flash sale, harga jadi murah banget.',
    'Kurir sudah jalan ke alamat kakak ya.',
    'Kak, kurang berapa lagi untuk dapat gratis ongkir?',
    'Belum bayar kak, nanti sore saya transfer.',
    'Tidak apa-apa kak, saya tunggu saja.',
    'Bisa dikirim hari Sabtu? Saya tidak ada di rumah hari Jumat.',
    'Sudah sampai kak, sesuai pesanan.',
    'Kalau tidak ada warna hitam, putih juga boleh.',
    'Kak, lama pengiriman ke Medan berapa hari?', // was negative: lama
    'Barang yang sudah dibeli bisa ditukar tidak?',
    'Tidak bisa COD ya kak, hanya transfer.',
    'Masalah pembayaran sudah beres, terima kasih kak.', // was negative: Masalah
    'Ini bahannya panas nggak kalau dipakai siang?',
    'Mohon maaf kak, stok ukuran S sedang kosong.',
    'Ada makanan anjing merek Pedigree ukuran 10 kg?', // was negative: anjing
    'Tempat sampah injak 12 liter warna putih ready kak?', // was negative: sampah
    'Barang pecah belah, mohon dikemas pakai kayu ya kak.', // was negative: pecah
    'Kak, takut salah ukuran, ada size chart?', // was negative: takut
    'Harganya mahal nggak kak kalau beli satuan?', // was negative: mahal
    'Pembayaran lewat transfer bank atau e-wallet bisa semua kak.',
    'Gula pasir kemasan 1 kg, harga grosir untuk reseller.',
    'Kak, baju ini bahannya kasar atau halus?', // was negative: kasar
  ])('not negative: %s', (text) => {
    expect(label(text, 'id')).not.toBe('negative');
  });

  test.each<string>([
    'Kak, barang saya belum sampai padahal sudah seminggu, kecewa banget.',
    'Barangnya rusak, layarnya pecah. Pengemasan jelek.',
    'Penjual tidak membalas chat, pelayanan buruk.',
    'Warnanya tidak sesuai dengan gambar, nyesel beli di sini.',
    'Sudah retur dua minggu tapi uang belum kembali. Parah.',
    'Tidak bisa retur, penjualnya jutek.',
    'Pengiriman terlalu lama, sudah dua minggu.',
    'Barang ini sampah, jangan beli.',
  ])('negative: %s', (text) => {
    expect(label(text, 'id')).toBe('negative');
  });
});

describe('Japanese shop talk', () => {
  test.each<string>([
    '注文番号12345の発送状況を教えてください。',
    'お届け日時を午前中に指定できますか？',
    'Mサイズのネイビーは在庫ありますか？',
    '領収書の発行は可能でしょうか。',
    'お支払いが完了しました。ありがとうございます。',
    '配送先住所を変更したいのですが。',
    '返品の条件について教えていただけますか？', // was negative: 返品
    '商品が無事に届きました。ありがとうございました！',
    'いつもご利用いただきありがとうございます。',
    'クーポンコードSPRING10で10%オフになります。',
    '送料無料は5000円以上のご注文からです。',
    '素材は綿100%、色はベージュとブラックの2色展開です。',
    'サイズは幅30cm×高さ20cm×奥行10cmです。',
    '再入荷の予定はありますか？',
    'ギフトラッピングはお願いできますか？',
    '本日のご注文は明日発送いたします。',
    'お問い合わせありがとうございます。担当者より折り返しご連絡いたします。',
    '黒のスニーカー、25.5cmはまだありますか？',
    '請求書払いに対応していますか？',
    'コンビニ払いはできますか？',
    'セール期間は日曜日までです。',
    '新作のワンピース、とても可愛いです！',
    '迅速な対応ありがとうございました。',
    'おはようございます！今日も一日よろしくお願いします。',
    '追跡番号をメールでお送りしました。',
    '注文内容の変更はまだ間に合いますか？',
    '色違いで2つ購入したいです。',
    'サイズ違いで交換は可能ですか？',
    '在庫切れの場合はキャンセルになりますか？',
    'ポイントは次回のお買い物で使えます。',
    '代引きは手数料330円がかかります。',
    'お待たせして申し訳ございません。本日発送いたしました。',
    '限定カラーのブラックは数量限定です。',
    '問題なく届きました、また利用します。',
    'ブラックフライデーセールは金曜日から始まります。',
    'このバッグは本革で、内側はポリエステルです。',
    'ご注文のキャンセルを承りました。',
    'お届け予定日は3日後です。',
    '住所を間違えて入力してしまいました。修正できますか？',
    '割引コードの有効期限はいつまでですか？',
    '予約注文の商品はいつ頃届きますか？',
    '冷蔵便で発送されますか？',
    '在庫が少なくなっております、お早めにどうぞ。',
    '無料で返品できますか？',
    '初期不良の場合の対応を教えてください。', // was negative: 初期不良
    '激安セール開催中！',
    'ヤバい、この新色かわいすぎる！', // was negative: ヤバい
    '黒とグレー、どちらが人気ですか？',
    'お手数ですが、注文番号をお知らせください。',
    '返金はいつ頃になりますか？', // was negative: 返金
    'サイズが合わない場合は交換できますか？',
    'ご不便をおかけして申し訳ありません。', // was negative: 不便
    'ダメージ加工のデニムです。',
    '汚れにくい撥水加工のバッグです。',
    '最低購入数量は2個からです。', // was negative: 最低
    '危険物は発送できません。', // was negative: 危険, 発送
    '汚れに強い撥水素材です。', // was negative: 汚れ
    '頭痛薬は取り扱っていますか？', // was negative: 頭痛
    '防カビ加工のバスマットです。', // was negative: カビ
    'カビ取りスプレーの詰め替えはありますか？', // was negative: カビ
    'やけど防止のカバー付きケトルです。', // was negative: やけど
    '燃えるゴミの日に出せる素材ですか？', // was negative: 燃え, ゴミ
    '訳あり品のため小さな傷がある場合がございます。', // was negative: 傷が
    'アウトレット品は返品不可となります。', // was negative: 返品
    '残念ながら完売しました。', // was negative: 残念
    '敏感肌でも使えますか？かぶれたりしませんか？', // was negative: かぶれ
  ])('not negative: %s', (text) => {
    expect(label(text, 'ja')).not.toBe('negative');
  });

  test.each<string>([
    '一週間経っても届かないのですが、どうなっていますか。本当に残念です。',
    '届いた商品が壊れていました。最悪です。',
    '問い合わせても返信がありません。対応がひどい。',
    '写真と色が全然違う。がっかりしました。',
    '二度と買いません。お金の無駄でした。',
    '使ったらかぶれました。最悪。',
    '届いた商品に傷がありました。交換してほしいです。',
    '返品を断られました。もう二度と買いません。',
  ])('negative: %s', (text) => {
    expect(label(text, 'ja')).toBe('negative');
  });
});

describe('Chinese shop talk', () => {
  test.each<string>([
    '你好，我的订单什么时候发货？',
    '请问这款有黑色M码吗？',
    '麻烦帮我改一下收货地址。',
    '已付款，请尽快发货，谢谢！',
    '可以开发票吗？公司抬头。',
    '请问支持七天无理由退货吗？', // was negative: 退货
    '快递单号是多少？',
    '收到了，包装很好，谢谢老板！',
    '这个颜色是深灰色还是黑色？',
    '有优惠券吗？',
    '满300减50，活动截止到周日。',
    '全场包邮。',
    '材质是纯棉的，可以机洗。',
    '尺寸是30×20×10厘米。',
    '什么时候补货？',
    '亲，今天下单明天就能发货哦。',
    '可以指定顺丰快递吗？',
    '请问可以货到付款吗？',
    '质量很好，下次还来。',
    '客服小姐姐很耐心，点赞！',
    '早上好，请问几点开始营业？',
    '双十一有活动吗？',
    '请问这款是正品吗？',
    '我要换一个大一号的，可以吗？',
    '订单已取消，款项会原路退回。', // was negative: 退回
    '亲，不好意思让您久等了，已经给您发货了。',
    '这件外套是羊毛的吗？',
    '黑色和白色哪个更好看？',
    '可以帮我备注一下送货时间吗？',
    '付款成功，等待发货。',
    '请问运费多少钱？',
    '我想修改一下订单的颜色，改成蓝色。',
    '收货地址填错了，能改吗？',
    '这双鞋偏大还是偏小？', // was negative: 偏大, 偏小
    '尺码标准吗？平时穿L。',
    '谢谢亲的好评！',
    '请问有没有现货？',
    '新品上市，首单九折。',
    '会员积分可以抵现金吗？',
    '请问保修期多久？',
    '不用了，谢谢。',
    '没问题，我明天去取。',
    '这款手机壳有透明的吗？',
    '如果不合适可以退换吗？', // was negative: 不合适, 退换
    '黑色款卖完了吗？',
    '差不多什么时候到？',
    '你们家的东西一直很好用，支持！',
    '退货运费谁承担？', // was negative: 退货
    '請問這件有黑色的嗎？',
    '已經付款了，麻煩儘快出貨。',
    '我的包裹到哪里了？',
    '这款鞋子偏小一码，建议拍大一码。', // was negative: 偏小
    '不好意思，我拍错颜色了，能改成白色吗？',
    '没有发票可以退货吗？', // was negative: 退货
    '暂时缺货，预计下周到货。',
    '过敏体质可以用吗？', // was negative: 过敏
    '除甲醛的活性炭包有货吗？', // was negative: 甲醛
    '危险品不能寄快递吗？', // was negative: 危险, 快递
    '破损包赔，放心购买。', // was negative: 破损
    '质量问题包退换，运费我们承担。', // was negative: 质量问题, 退换
    '这款是防烫手柄的锅吗？', // was negative: 烫手
    '七天无理由退换货', // was negative: 退换
    '收到货后如有破损请拍照联系客服。', // was negative: 破损, 客服
    '如果发错了怎么办？', // was negative: 发错
    '这款杯子漏水吗？', // was negative: 漏水
    '不好意思，刚才发错链接了。', // was negative: 发错
  ])('not negative: %s', (text) => {
    expect(label(text, 'zh')).not.toBe('negative');
  });

  test.each<string>([
    '等了半个月还没收到货，太差了。',
    '收到就是坏的，质量太差，差评！',
    '客服一直不回复，态度很差。',
    '颜色和图片不一样，失望。',
    '假货，千万别买，浪费钱。',
    '不能退货吗？太坑了',
    '用了就过敏，脸上起红疹',
    '店家发错了颜色，还不回消息',
    '商品偏小，穿不上',
  ])('negative: %s', (text) => {
    expect(label(text, 'zh')).toBe('negative');
  });
});
