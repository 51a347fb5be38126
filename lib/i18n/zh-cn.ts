/**
 * Simplified Chinese UI strings. `satisfies MessageTable` makes tsc fail when a key of the
 * English table is missing here or a key here is unknown; tests/unit/i18n.test.ts checks that
 * every message uses the same `{params}` as its English original.
 *
 * Chinese has no plural forms (Intl.PluralRules('zh') only knows 'other'), so plural messages
 * are plain strings with `{count}`.
 */
import type { MessageTable } from './types.ts';

export const zhCN = {
  'app.name': 'Crisis Desk 危机工作台',
  'app.openSettings': '设置',
  'tabs.label': '视图',
  'tabs.inbox': '收件箱',

  'platform.x': 'X',
  'platform.amazon': '亚马逊',
  'pageType.home': '首页时间线',
  'pageType.profile': '个人主页',
  'pageType.search': '搜索结果',
  'pageType.status': '帖子',
  'pageType.product-reviews': '评论列表',
  'pageType.product-page': '商品页',
  'pageType.other': '页面',
  'lang.und': '语言未知',

  'inbox.countUnit': '条提及',
  'inbox.totalFlagged': '共标记 {count} 条',
  'inbox.loading': '正在加载提及…',
  'inbox.loadingMore': '正在加载更多…',
  'inbox.listLabel': '已标记的提及，最新的在前',

  'filter.platform': '平台',
  'filter.platformAll': '全部平台',
  'filter.lang': '语言',
  'filter.langAll': '全部语言',
  'filter.status': '状态',
  'filter.withCount': '{label}（{count}）',
  'filter.clear': '清除筛选',

  'status.open': '待处理',
  'status.handled': '已处理',
  'status.dismissed': '已忽略',
  'status.all': '全部',

  'sentiment.negative': '负面',
  'sentiment.neutral': '中性',
  'sentiment.positive': '正面',
  'sentiment.score': '情感分数 {score}，范围从 −1（负面）到 +1（正面）',

  'kind.post': '帖子',
  'kind.reply': '回复',
  'kind.quote': '引用',
  'kind.repost': '转帖',

  'complaint.delivery': '物流配送',
  'complaint.damaged': '商品损坏',
  'complaint.safety': '安全问题',
  'complaint.refund': '退款',
  'complaint.account': '账户',
  'complaint.service': '客服',
  'complaint.counterfeit': '假冒商品',

  'row.unknownAuthor': '作者未知',
  'row.postedAt': '发布于 {date}',
  'row.capturedAt': '抓取于 {date}（发布时间未知）',
  'row.rating': '评分 {rating}/5',
  'row.product': '商品 {id}',
  'row.verified': '已验证购买',
  'row.repostedBy': '由 @{handle} 转帖',
  'row.quoting': '引用内容',
  'row.truncated': '正文过长，仅保留前 {max} 个字符。',
  'row.watchMatches': '关注词：{terms}',
  'row.openOriginal': '查看原文',
  'row.showMore': '展开',
  'row.showLess': '收起',
  'row.markHandled': '标记为已处理',
  'row.dismiss': '忽略',
  'row.reopen': '重新打开',
  'row.actionsLabel': '操作',

  'empty.title': '暂无标记的提及',
  'empty.body':
    '请打开 X 的时间线、搜索结果或帖子，或亚马逊的商品评论页。Crisis Desk 会在本机读取屏幕上的内容，并把投诉列在这里。',
  'empty.watchListEmpty':
    '关注列表为空，因此所有负面提及都会被标记。可在“设置”中添加品牌名称、X 账号或商品来缩小范围。',
  'empty.watchList': '正在关注 {count} 个词。',
  'empty.filteredTitle': '没有符合筛选条件的提及',
  'empty.filteredBody': '请尝试其他状态、平台或语言。',
  'empty.doneTitle': '全部处理完毕',
  'empty.doneBody': '所有已标记的提及都已处理或忽略。浏览时出现的新提及会显示在这里。',

  'error.title': '无法读取提及数据库',
  'error.hint': '如果还打开着其他 Crisis Desk 标签页，请先关闭：数据库升级可能正在等待它。然后重试。',
  'error.retry': '重试',
  'error.statusFailed': '无法更新该提及：{error}',
  'error.close': '关闭',
  'error.noReply': '后台没有响应',

  'health.title': '{platform}{pageType}：页面读取出现问题',
  'health.no-items': '页面上没有找到任何帖子或评论。',
  'health.no-text': '找到了帖子，但无法读取其正文。',
  'health.extract-failed': '部分帖子或评论无法读取。',
  'health.selector': '选择器：{selector}',
  'health.seen': '最近一次出现于 {time}，页面：{url}',
  'health.advice': '网站可能改版了，此类页面的抓取结果可能不完整。',
  'health.dismiss': '关闭此警告',
  'storage.title': '新提及未能保存',
  'storage.quota': 'Crisis Desk 的浏览器存储空间已满。请在设置中缩短保留期限，或将旧提及标记为已处理以便清理。',
  'storage.failed': '本地数据库拒绝保存。已保存的提及不受影响。',
  'storage.seen': '最近一次失败：{time}',

  'options.title': 'Crisis Desk 设置',
  'options.intro': '告诉 Crisis Desk 需要关注什么。所有数据都只保存在本机。',
  'options.loading': '正在加载设置…',
  'options.brands': '品牌名称',
  'options.brandsHelp': '每行一个。在帖子和评论正文中匹配，不区分大小写。',
  'options.handles': 'X 账号',
  'options.handlesHelp': '品牌自己的账号，每行一个，可带或不带 @。',
  'options.productIds': '亚马逊商品（ASIN）',
  'options.productIdsHelp': '每行一个：10 位大写字母或数字，例如 B08N5WRWNW。',
  'options.languages': '团队语言',
  'options.languagesHelp': '两个字母的语言代码，用逗号分隔，例如 en, de, ja。用于辅助语言识别。',
  'options.retentionDays': '未标记提及的保留天数',
  'options.retentionHelp': '已标记的提及会一直保留，直到被处理。',
  'options.watchOnly': '只标记提到关注列表的提及',
  'options.watchOnlyHelp':
    '开启后，只有提到你的品牌、账号或商品的负面提及才会被标记（关注列表不为空时生效）。',
  'options.save': '保存',
  'options.saving': '正在保存…',
  'options.saved': '已保存',
  'options.saveFailed': '保存失败：{error}',
  'options.fixErrors': '请修改标出的字段，然后重新保存。',
  'options.loadProblem': '部分已保存的设置无法读取，已恢复为默认值（{fields}）。保存即可保留当前版本。',

  'validation.tooMany': '最多 {max} 项。',
  'validation.brandTooLong': '“{value}”超过了 {max} 个字符。',
  'validation.invalidHandle': '“{value}”不是有效的 X 账号：只能使用 1–15 个字母、数字或下划线。',
  'validation.invalidAsin': '“{value}”不是有效的 ASIN：必须是 10 位大写字母或数字。',
  'validation.invalidLanguage': '“{value}”不是两个字母的语言代码（例如 en）。',
  'validation.retentionDays': '请输入 1 到 3650 之间的整数天数。',
  'validation.invalid': '此值无效。',
} as const satisfies MessageTable;
