/**
 * Chinese (simplified; traditional characters are folded to simplified ones before matching).
 * Negation precedes the phrase in its clause (不是我们的错, 没有证据表明是我们的责任); words that
 * merely contain 不 or 非 (不便, 不好意思, 非常) are not negations.
 */
import type { LangTable } from './types.ts';

const WE = String.raw`(?:我们|我方|本公司|我司|本店|咱们|我)`;

export const zh: LangTable = {
  contrast: String.raw`(?:但是|但|可是|不过|然而|而是)`,
  negBefore: String.raw`(?:不是|并非|并不|不(?!便|好意思|满|适|愉快|安|少|仅|只|断|久|要担心|再|周|当|严(?!重))|没有|没|(?<!除)非(?!常)|无(?!论)|未(?!来)|别)`,
  liability: [
    String.raw`(?:是|都是|全是|完全是|确实是|这是|这都是)?${WE}(?:这边|内部)?(?:的)?(?:错|过失|失误|疏忽|责任|过错|不对|问题导致|管理不善|工作失误|考虑不周|处理不当|把关不严|失职)`,
    String.raw`${WE}(?:负|承担|担负|负起)(?:全部|全|所有|一切|主要|完全)?(?:的)?(?:责任|全责)`,
    String.raw`(?:负全责|全权负责)`,
    String.raw`责任(?:完全|全部|都|主要)?在(?:于)?${WE}`,
    String.raw`(?:怪|赖)${WE}`,
    // "是我们的问题", not "是否是我们的问题"; "这个锅我们背" (we carry the blame); 难辞其咎.
    String.raw`(?<!否)(?:就是|确实是|都是|完全是|正是|是)${WE}(?:自己)?的(?:问题|锅)`,
    String.raw`(?:这个|这)?(?:黑)?锅${WE}(?:来)?背|${WE}(?:来)?背(?:这个)?(?:黑)?锅`,
    String.raw`难辞其咎`,
    String.raw`${WE}(?:搞砸了|弄错了|做错了|犯了(?:一个)?(?:严重的)?错误)`,
    String.raw`${WE}的(?:产品|充电宝|电池|设备|系统|仓库)(?:导致|造成|引起)`,
    // Admissions negative in form: "我们没有做好", "我们的工作没做到位".
    { re: String.raw`${WE}(?:的工作)?(?:没有|没|未能|没能)(?:做好|做到位|处理好|尽到责任|把好关|(?:检查|审核|核实)到位|及时(?:通知|告知|发现))`, polar: true },
    // An ownerless slip (not after 是否), hindsight.
    String.raw`(?:打包|发货|质检|人为)(?:失误|疏忽|差错)(?<!(?:是否|如有|如果)[^。，]{0,8})|(?:本应|本该|早该)(?:更早|提前|及时)?(?:发现|检查|通知|告知|召回)`,
  ],
  speculation: [
    // 尽可能 (as … as possible) and 可能的话 (if possible) are no guess.
    String.raw`(?:(?<!尽)可能(?!的话)|估计|大概|初步判断|十有八九|也许|或许|恐怕|应该是|应该会|应该能|推测|猜测|似乎|好像|看起来|看样子|预计|八成|多半|据说|听说|貌似|疑似)`,
    String.raw`(?:我们|我)(?:认为|觉得|猜|相信|怀疑)`,
  ],
  absolute: [
    String.raw`(?:绝对|一定|保证|百分之百|100 ?%|永远|从不|从来不|从未|肯定|绝不|决不|万无一失|完全没有)`,
  ],
  nonApology: [
    String.raw`(?:如果|若|假如|要是)(?:我们)?(?:让|令|使)?(?:您|你|大家|有人)(?:感到|觉得|认为|感觉)`,
    String.raw`(?:如果|若)(?:给|让)?(?:您|你|大家)(?:造成|带来)?(?:了)?(?:误解|不快|冒犯)`,
    String.raw`(?:您|你)(?:会)?(?:这样|这么)(?:认为|觉得|想|看)|(?:让|使)(?:您|你)(?:产生|有)了?(?:这样的|这种)(?:误解|误会|看法)`,
    // A conditional about our own words: "如果我们的回复让您误解".
    String.raw`(?:如果|若|假如)(?:我们的)?(?:回复|消息|帖子|说法|表述|措辞|言论|广告)`,
  ],
  claims: [
    { re: String.raw`(?:已(?:经)?(?:解决|处理完毕|结束|平息)|问题(?:已|都)?解决|恢复正常|一切正常|已得到控制)`, level: 'resolved' },
    { re: String.raw`已经没事|(?:已经|现在)?没(?:事|问题)了`, level: 'resolved', polar: true },
    { re: String.raw`(?:已(?:经)?(?:修复|修好|排除|纠正|恢复))`, level: 'fixed' },
    // Other words for done, with an adverb between: 已经彻底解决了, 都处理好了, 搞定了.
    { re: String.raw`(?:已(?:经)?(?:彻底|完全|全部|都|基本)(?:解决|修复|修好|处理好|排除|恢复)|(?:彻底|完全)(?:解决|修复)了|(?:处理|修|解决)好了|搞定了|问题(?:已经?)?不存在了)`, level: 'resolved' },
    { re: String.raw`(?:(?:是|很|非常|完全|绝对|百分之百|都|十分|均|仍然|依然|100 ?%)安全|安全(?:无虞|可靠|无忧)|没有(?:任何)?(?:风险|危险|安全隐患)|无(?:任何)?(?:风险|危险|安全隐患)|不会有(?:任何)?(?:风险|危险)|放心使用)`, level: 'safe', polar: true },
    // "可以继续正常使用", not "请不要继续使用".
    { re: String.raw`(?<!不要|别|不能|停止|暂停)(?:继续|正常)(?:正常)?(?:使用|充电)`, level: 'safe' },
  ],
  notClaim: String.raw`(?:直到|等到|等(?!等|待)|一旦|如果|之后|以后|将|会|预计|争取|尽快|希望|以便|才能)`,
  promises: [
    { kind: 'refund', re: String.raw`(?:退款|退钱|退还(?:货款|款项|费用)|退费|全额退)` },
    { kind: 'replacement', re: String.raw`(?:更换|换货|换新|换一个|调换|补发新)` },
    { kind: 'compensation', re: String.raw`(?:补偿|赔偿|赔付|赔您|赔给|(?:运费|邮费|费用|损失)(?:由)?${WE}(?:来)?(?:承担|负担|报销))` },
    { kind: 'voucher', re: String.raw`(?:优惠券|代金券|折扣|优惠码|红包|返现|积分|免运费|包邮|礼品卡|购物卡)` },
    { kind: 'repair', re: String.raw`(?:免费维修|维修|修理)` },
    { kind: 'compensation', re: String.raw`(?:赠送|送您|送你|礼品|小礼物)`, generic: true },
  ],
  deadlines: [
    // Tomorrow alone is a date promised; today, a weekday or a date only with "before / within" or
    // a delivery verb ("今天收到很多反馈" and "您5号下的订单" promise nothing).
    String.raw`(?:明天|后天)(?:之前|以前|前|以内|内|之内)?(?:(?:一定|保证|肯定|就|会)?(?:送到|送达|到货|发货|解决|修复|处理|到))?`,
    String.raw`(?:今天|本周|下周|这周|周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号])(?:(?:之前|以前|前|以内|内|之内)(?:(?:一定|保证|肯定|就|会)?(?:送到|送达|到货|发货|解决|修复|处理|到))?|(?:一定|保证|肯定|就|会)?(?:送到|送达|到货|发货|解决|修复|处理))`,
    String.raw`(?:\d+|[一二两三四五六七八九十]+)(?:个)?(?:小时|天|工作日|周)(?:之内|以内|内)`,
  ],
  update: String.raw`(?:下次更新|更新|后续(?:消息|进展)|进一步(?:消息|信息)|通报|告知)`,
  reviewRequests: [
    String.raw`(?:修改|删除|删掉|撤销|撤回|更改|追评|改成|改为|改一下)(?:一下)?(?:您的|你的)?(?:差评|评价|评论|评分|好评)`,
    String.raw`(?:五星|5星|五颗星|好评|满分)`,
    String.raw`(?:差评|评价|评论)(?:改|删)`,
  ],
  yourOrder: String.raw`(?:您的|你的)(?:订单|包裹|快递|货物|退款)`,
  genericUnits: String.raw`(?:台|个|件|只|块|部)`,
  scopeNouns: String.raw`(?:仓库|批次|批|型号|版本|地区|工厂|门店|网点)`,
  months: {},
  weekdays: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
  relativeDays: String.raw`(?:明天|后天|明早|今晚|\d+天后|[一两三]天后)`,
  decimal: '.',
};
