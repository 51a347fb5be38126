import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../lib/analysis/index.ts';

// Our own sentences (written for this test, not taken from any data set) for the general
// vocabulary added to the Arabic pack on 2026-11-23: dialect insults and fed-up words, complaint
// verbs with attached pronouns, stems, idioms, praise, and words that only look negative.
type Label = 'negative' | 'neutral' | 'positive';

describe('Arabic general social-media vocabulary', () => {
  test.each<[phenomenon: string, text: string, label: Label]>([
    ['Egyptian insults رخم/غلس', 'الراجل ده رخم وغلس جدا', 'negative'],
    ['Gulf fed up طفشت', 'طفشت من هالدوام', 'negative'],
    ['Levantine disgust بيقرف', 'الأكل بيقرف', 'negative'],
    ['Egyptian fed up طهقت', 'طهقت من الزحمة كل يوم', 'negative'],
    ['hate with attached pronoun كرهتك', 'كرهتك وكرهت كل شي', 'negative'],
    ['letdown خذلتني', 'خذلتني يا منتخب', 'negative'],
    ['stem استفز (استفزتني)', 'الإعلانات دي استفزتني', 'negative'],
    ['stem فضيح (فضيحتهم)', 'فضيحتهم بجلاجل', 'negative'],
    ['stem خيانت (خيانتهم)', 'خيانتهم للوطن واضحة', 'negative'],
    ['news violence', 'تفجيرات وغارات على المدينة الليلة', 'negative'],
    ['politics عصابة/المفسدين', 'عصابة من المفسدين تحكم البلد', 'negative'],
    ['sadness هموم/صداع', 'عندي هموم كثيرة وصداع', 'negative'],
    ['Maghrebi خانز', 'هاد الشي خانز بزاف', 'negative'],
    ['idiom طفح الكيل', 'طفح الكيل من هالخدمة', 'negative'],
    ['curse الله لا يوفق', 'الله لا يوفقهم', 'negative'],
    ['idiom قليلة الأدب', 'ناس قليلة الأدب', 'negative'],
    ['idiom يرفع الضغط', 'يرفع الضغط والله', 'negative'],
    ['idiom يا خسارة', 'يا خسارة الفلوس', 'negative'],
    ['negated praise مش مذهل', 'العرض مش مذهل', 'negative'],
    ['Egyptian negator مفيش', 'مفيش حاجة حلوة', 'negative'],
    ['contrast: praise then blame', 'المنتج أنيق بس الشحن زفت', 'negative'],
    ['praise مذهل/مبهر', 'الفيلم مذهل والتمثيل مبهر', 'positive'],
    ['Gulf praise يهبل', 'شكله يهبل', 'positive'],
    ['thanks and praise', 'متشكر جدا، الخدمة راقية', 'positive'],
    ['admiration formula', 'ما شاء الله تبارك الله', 'positive'],
    ['quality phrase', 'الجودة عالية والسعر مناسب', 'positive'],
    // Words that look negative but are not: Egyptian بكره is "tomorrow" (not "I hate"),
    // عنصرين is "two elements" (not the stem عنصري), عديمة الرائحة is "odourless".
    ['بكره = tomorrow', 'بكره عندي امتحان الساعة تسعة', 'neutral'],
    ['عنصرين = two elements', 'وصل عنصرين من الشرطة إلى المكان', 'neutral'],
    ['عديمة الرائحة = odourless', 'الزجاجة عديمة الرائحة واللون', 'neutral'],
  ])('%s', (_phenomenon, text, label) => {
    expect(analyzeText({ text, langHint: 'ar' }).sentiment.label).toBe(label);
  });
});
