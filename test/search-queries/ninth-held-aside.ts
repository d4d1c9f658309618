/**
 * A ninth held-aside query set (issue 14), over a new organisation written for it — the fixture
 * test/fixtures/orgs/lanxi-civic (岚溪民生中心: a social-insurance office with a street-level
 * service station under it, a railway station's passenger service desk and a post office counter;
 * industries government, rail and post, none of them in the earlier fixtures) — and over the five
 * organisations of the earlier sets: the example, mixed-district, three-level-power,
 * chengchuan-water-bus and tongjiang-city. Written on 2026-12-05 by the "queries9" helper session,
 * which also wrote the new organisation's content; no search engine and no synonym list has seen
 * that content.
 *
 * What the writer read: /work/shared/DOMAIN.md, the README of test/fixtures/orgs, the tongjiang-city
 * fixture's files (for the file shapes; it has no synonyms and no `keywords:`), the schema of
 * industries, conduct topics, inspections and service fees in src/model/schema (to make the new
 * organisation pass `guifan check`), a throwaway listing of every item id of the five earlier
 * organisations with the text items.ts says the site shows for it and how many earlier sets aimed at
 * it (counted from their target ids; no earlier query was printed or studied), the headings of their
 * MDX pages, test/search-queries/types.ts and items.ts, the header comment and first entries of
 * eighth-held-aside.ts (for the format; one line of its example part came into view while locating
 * its export), test/search-queries.test.ts, and the option parsing and set selection of
 * bench/search-quality*.ts (to wire `--ninth`). A throwaway check compared these queries with the
 * earlier sets' (printing only the ones of this set that repeated one, which were then replaced).
 * What it did NOT read: anything under src/search/, any synonym file (src/search/default-synonyms.yaml,
 * content/synonyms.yaml, a fixture's synonyms.yaml — the new organisation has none, and no
 * `keywords:`), any `keywords:` list in content, bench/results/search*.md, the seed documents beyond
 * DOMAIN.md's account of them. The search engine has NOT been run on these queries, no ranking of
 * them has been looked at, and no search bench was run: not yet run. None of the queries was adapted
 * to a synonym.
 *
 * Run once, by the lead, after search10 was merged (main at ab10bed; load average 6–8):
 *   npx tsx bench/search-quality.ts --ninth --misses
 * p@1 65 % overall (peer 19 %), paraphrase 47 % (peer 1 %), role 59 % (peer 22 %), exact 100 %,
 * number 85 %, typo 88 %, two-character 100 %, zero results 1 % (peer 30 %); per organisation:
 * 岚溪民生中心 (new) 65 %, 云澜公用 62 %, 青岚公服集团 60 %, 禾川交能集团 60 %, 澄川公用集团 71 %,
 * 桐江城服集团 67 % (bench/results/search10-ninth.md). It is spent from then on (tuning material).
 *
 * 186 queries: 83 on the new organisation, 21 on the example, 20 on mixed-district, 20 on
 * three-level-power, 21 on chengchuan-water-bus and 21 on tongjiang-city. 78 paraphrases and
 * questions (42 %), 51 role and situation queries (27 %), then 18 exact terms, 13 numbers and phone
 * numbers (one written with a space instead of the dash), 16 typos (a wrong character of the same
 * sound, traditional characters, full-width digits) and 10 two-character terms. Written as staff type
 * on a phone at a social-insurance counter, at the hall's entrance as a floor guide, at a station's
 * service desk, at a post office counter, and at the bank, bus, hotel, hospital, taxi, gas, water,
 * power and toll counters of the earlier organisations — their words (老人, 顾客, 罚多少, 咋办,
 * 能不能), not the content's. On the new organisation the targets spread over clauses, a unit's own
 * copies (a reworded clause, an added clause, a commitment with the unit's own param, an own
 * commitment), phrases, forbidden phrases, conduct rules, a rule set, a process and its steps,
 * commitments, a threshold, violations, inspections, awards, a service guide, units, roles and MDX
 * page sections. On the earlier organisations 137 of the 138 target references are items at most one
 * earlier set aimed at (55 none; chengchuan-water-bus had never been a search target), and no query
 * repeats an earlier set's (spacing and punctuation aside). No paraphrase is a substring of its
 * target's text, and none shares a run of three letters or digits with it (nor with the body of a
 * page section it aims at). A query that names its unit carries that unit's filter; several targets
 * are listed where a clerk would be equally served.
 */
import type { OrgQueries } from './fresh-held-aside.ts';
import type { SearchCase } from './types.ts';

// ------------------------------------------------------------------ the new organisation (岚溪民生中心)
const LANXI: SearchCase[] = [
  // exact terms
  { category: 'exact', query: '即时制卡', targets: ['ls-instant-card'] },
  { category: 'exact', query: '三声服务', targets: ['lq-three-sounds'] },
  { category: 'exact', query: '敬老窗口', targets: ['ls-green-lane'] },
  { category: 'exact', query: '验视记录', targets: ['lp-damage'] },
  { category: 'exact', query: '月度文明窗口', targets: ['lxa-best-window'] },
  { category: 'exact', query: '社会保障卡挂失补办', targets: ['lx-si-card'] },
  { category: 'exact', query: '东关街道服务站', targets: ['lx-social-street'] },
  { category: 'exact', query: '工作马甲', targets: ['lg-vest'] },

  // paraphrases and questions
  { category: 'paraphrase', query: '冬天冷，棉袄能套在外面吗', targets: ['lg-vest'] },
  { category: 'paraphrase', query: '上个厕所要走开几分钟，台子上摆啥', targets: ['lg-nameplate'] },
  { category: 'paraphrase', query: '当着办事的人面啃饼干行不行', targets: ['lg-no-eating'] },
  { category: 'paraphrase', query: '人家问的不是我这块的，我指个方向就完了？', targets: ['lg-owner'] },
  { category: 'paraphrase', query: '东西没带齐，咋别让他跑好几趟', targets: ['lg-one-list'] },
  { category: 'paraphrase', query: '要领导点头的事几天给回话', targets: ['lg-deadline'] },
  { category: 'paraphrase', query: '五点到了还有一排人等着，能收工吗', targets: ['lg-closing'] },
  { category: 'paraphrase', query: '废掉的证件影印纸可以直接丢纸篓吗', targets: ['lg-info-safe'] },
  { category: 'paraphrase', query: '有人托我帮他朋友先拿个号', targets: ['lg-no-agent', 'lxv-scalper'] },
  {
    category: 'paraphrase',
    query: '退休金为啥就这么点，老人要我一笔一笔算给他看',
    targets: ['ls-pension-calc', 'ls-calc-explain'],
  },
  { category: 'paraphrase', query: '自己做小生意的想交社保，档次能自己挑吗', targets: ['ls-flexible-pay'] },
  { category: 'paraphrase', query: '在外地交的退休那个险，回来了怎么弄过来', targets: ['ls-transfer'] },
  { category: 'paraphrase', query: '医保那张卡被偷了，打过来能先冻住吗', targets: ['ls-card-freeze'] },
  { category: 'paraphrase', query: '每年证明人还活着那个，不出门能办吗', targets: ['ls-cert-remind'] },
  { category: 'paraphrase', query: '八十岁老太太还要拿号排队吗', targets: ['ls-green-lane'] },
  { category: 'paraphrase', query: '老人眼花认不得单子上的字，我替他写行吗', targets: ['ls-form-help'] },
  { category: 'paraphrase', query: '老年机都玩不转的人，能让他回去自己网上弄吗', targets: ['ls-no-phone-only'] },
  {
    category: 'paraphrase',
    query: '火车晚了好久，旅客一直来问几点到',
    targets: ['lr-late-train', 'lr-delay-sorry'],
  },
  { category: 'paraphrase', query: '没赶上车，这张票还能用吗', targets: ['lr-missed-train'] },
  { category: 'paraphrase', query: '腿脚不好坐轮椅的要提前多久说', targets: ['lr-wheelchair', 'lrc-priority'] },
  { category: 'paraphrase', query: '小孩一个人坐车，家长把他托付给我们了咋办', targets: ['lr-child-alone'] },
  { category: 'paraphrase', query: '有人捡到个钱包送过来，我该干嘛', targets: ['lr-lost-log'] },
  { category: 'paraphrase', query: '没人来领的东西留多久', targets: ['lr-lost-keep'] },
  { category: 'paraphrase', query: '有个人说那箱子是他的，直接给他？', targets: ['lr-lost-id', 'rl-handover'] },
  { category: 'paraphrase', query: '寄东西非要拆开看吗，顾客不乐意', targets: ['lp-open-check', 'lp-check-ask'] },
  { category: 'paraphrase', query: '证件落家里了还能寄吗', targets: ['lp-real-name'] },
  { category: 'paraphrase', query: '寄个玉镯子，丢了赔不赔', targets: ['lp-insure'] },
  { category: 'paraphrase', query: '顾客说网上显示到了，可他没收到', targets: ['lp-track'] },
  { category: 'paraphrase', query: '箱子压扁了，取货的人想当场拆开瞧瞧', targets: ['lp-damage'] },
  { category: 'paraphrase', query: '多长时间能拿到新补的卡', targets: ['lsc-card-make', 'lx-si-card'] },
  { category: 'paraphrase', query: '礼拜六早上有人上班不', targets: ['lsc-saturday', 'lx-social'] },
  { category: 'paraphrase', query: '被暗访扣到八十多分会怎样', targets: ['lxa-below-90'] },
  {
    category: 'paraphrase',
    query: '东关这边退休老人认证谁上门去催',
    targets: ['ls-cert-remind@lx-social-street'],
    filters: { unit: 'lx-social-street' },
  },
  { category: 'paraphrase', query: '三月那个暖心活动图啥', targets: ['service-month#一为什么办服务月'] },
  { category: 'paraphrase', query: '这个月活动末了评比结果在哪看', targets: ['service-month#三检查和奖励'] },
  { category: 'paraphrase', query: '东西丢在火车上从登记到拿回来是个什么过程', targets: ['lx-rail-lost-process'] },

  // role and situation
  { category: 'role', query: '引导员站哪儿', targets: ['ls-guide-stand', 'floor-guide'] },
  { category: 'role', query: '我是新来的引导员，门口来了个老大爷', targets: ['ls-ask-purpose', 'ls-green-lane'] },
  {
    category: 'role',
    query: '社保大厅 养老金算少了 老人拍桌子',
    targets: ['ls-calc-explain', 'ls-no-system-says', 'ls-pension-calc'],
    filters: { unit: 'lx-social' },
  },
  {
    category: 'role',
    query: '东关服务站 老人瘫在床上来不了',
    targets: ['dg-bedside-service@lx-social-street', 'dg-home-visit@lx-social-street'],
    filters: { unit: 'lx-social-street' },
  },
  {
    category: 'role',
    query: '客运员 广播说晚点了 旅客围着台子吵',
    targets: ['lr-delay-sorry', 'lr-no-ask-railway', 'lr-late-train'],
  },
  { category: 'role', query: '值班长 捡到的东西放满半个月了', targets: ['lr-lost-keep', 'rl-end'] },
  {
    category: 'role',
    query: '岚溪站服务台 有人来说手机落车上了',
    targets: ['lx-rail-lost-process', 'rl-register', 'lr-lost-describe'],
    filters: { unit: 'lx-rail' },
  },
  { category: 'role', query: '邮政柜台称完重怎么报价收钱', targets: ['lp-fee-say'] },
  { category: 'role', query: '营业员 顾客不让开箱', targets: ['lp-check-ask', 'lp-open-check'] },
  { category: 'role', query: '督查员暗访一个月来几回', targets: ['lxa-undercover'] },
  {
    category: 'role',
    query: '排队的人多，我一个人忙不过来，后面的人催',
    targets: ['lq-thanks-patience', 'lq-no-rush', 'lxc-wait'],
  },
  { category: 'role', query: '顾客冲我吼说规定不合理', targets: ['lq-explain-policy', 'lq-no-policy-excuse'] },
  { category: 'role', query: '窗口接电话第一句说啥', targets: ['lq-phone-hello'] },
  { category: 'role', query: '顾客把户口本递过来我该说啥', targets: ['lq-papers-in'] },
  { category: 'role', query: '办完了送客说什么', targets: ['lq-all-done', 'lq-slow-walk', 'lq-three-sounds'] },
  { category: 'role', query: '有老人走到窗口我要站起来吗', targets: ['lq-rise'] },
  { category: 'role', query: '营业员 包裹随手往地上一扔', targets: ['lp-no-throw'] },
  { category: 'role', query: '火车站 孩子自己坐车去外婆家', targets: ['lr-child-alone'] },
  {
    category: 'role',
    query: '社保大厅 有黄牛在门口拉人',
    targets: ['lg-no-agent', 'lxv-scalper'],
    filters: { unit: 'lx-social' },
  },
  { category: 'role', query: '值班长 群众投诉窗口态度差', targets: ['lxv-rude', 'lxc-complaint'] },
  { category: 'role', query: '引导员 老人不识字填不了表', targets: ['ls-form-help'] },

  // numbers and phone numbers
  { category: 'number', query: '0573-8620012', targets: ['lxc-supervise'] },
  { category: 'number', query: '0573 8640185', targets: ['lx-post'] },
  { category: 'number', query: '15天', targets: ['lr-lost-keep'] },
  { category: 'number', query: '罚款1000元', targets: ['lxv-scalper'] },
  { category: 'number', query: '12小时预约', targets: ['lrc-priority', 'lr-wheelchair'] },
  { category: 'number', query: '下午4点', targets: ['lpc-same-day'] },
  {
    category: 'number',
    query: '补卡10个工作日',
    targets: ['lsc-card-make@lx-social-street'],
    filters: { unit: 'lx-social-street' },
  },

  // typos: same-sound characters, traditional characters, full-width digits
  { category: 'typo', query: '社保卡挂矢', targets: ['ls-card-freeze', 'lx-si-card'] },
  { category: 'typo', query: '遗失物品保馆', targets: ['lr-lost-keep'] },
  { category: 'typo', query: '開箱驗視', targets: ['lp-open-check'] },
  { category: 'typo', query: '資格認證', targets: ['ls-cert-remind'] },
  { category: 'typo', query: '提前１２小时', targets: ['lrc-priority', 'lr-wheelchair'] },
  { category: 'typo', query: '黄牛插对', targets: ['lg-no-agent', 'lxv-scalper'] },

  // two-character terms
  { category: 'two-char', query: '认领', targets: ['lr-lost-keep', 'lr-lost-id'] },
  { category: 'two-char', query: '代领', targets: ['lp-proxy-pickup'] },
  { category: 'two-char', query: '晚点', targets: ['lr-late-train', 'lr-delay-sorry'] },
  { category: 'two-char', query: '保价', targets: ['lp-insure'] },
  { category: 'two-char', query: '锦旗', targets: ['lxa-thanks-letter'] },
];

// ------------------------------------------------------------------ the example (云澜公用)
const EXAMPLE: SearchCase[] = [
  { category: 'exact', query: '一证受理 低压居民', targets: ['power-low-voltage-fast-track'] },
  { category: 'exact', query: '排队即开道', targets: ['toll-extra-lane-minutes'] },

  { category: 'paraphrase', query: '不认识的人和老熟人态度得一样吧', targets: ['treat-clients-equally'] },
  { category: 'paraphrase', query: '早上开门要提早多长时间来', targets: ['arrive-before-opening'] },
  { category: 'paraphrase', query: '写错的单子能翻过来当便签纸用吗', targets: ['shred-discarded-papers'] },
  { category: 'paraphrase', query: '耳朵不好使的人来办事怎么沟通', targets: ['hearing-impaired-writing'] },
  { category: 'paraphrase', query: '有员工事后去为难告他状的人', targets: ['no-retaliation'] },
  { category: 'paraphrase', query: '抄回来的度数跟电脑里对不上咋整', targets: ['report-meter-mismatch'] },
  { category: 'paraphrase', query: '家里登的是居民电，其实开了店铺', targets: ['verify-usage-category'] },
  { category: 'paraphrase', query: '顾客不想用机器，就要人工给他办', targets: ['no-forcing-self-service'] },

  { category: 'role', query: '值班长 上岗前点名查仪容', targets: ['toll-pre-shift-lineup'] },
  { category: 'role', query: '收费员进亭先检查哪些设备', targets: ['toll-equipment-check'] },
  {
    category: 'role',
    query: '收费员 司机嫌通行费贵 要吵',
    targets: ['toll-explain-calmly', 'forbid-machine-decides', 'toll-pull-over-leader-coming'],
  },
  { category: 'role', query: '话务员 客户那片停电是计划检修', targets: ['tell-known-outages', 'repair-known-outage'] },
  {
    category: 'role',
    query: '话务员 客户报修地址要复述',
    targets: ['confirm-fault-address', 'repair-confirm-address'],
  },
  { category: 'role', query: '收费员 上下班过车道', targets: ['toll-crossing-lanes'] },

  { category: 'number', query: '排队超过10辆', targets: ['toll-extra-lane-minutes'] },
  { category: 'number', query: '15秒接通', targets: ['hotline-answer-within-seconds'] },

  { category: 'typo', query: '随倒随办', targets: ['deadline-at-once'] },
  { category: 'typo', query: '坐资端正', targets: ['sitting-posture', 'sit-straight-at-counter'] },

  { category: 'two-char', query: '结冰', targets: ['toll-east-fog-patrol'] },
];

// ------------------------------------------------------------------ mixed-district (青岚公服集团)
const MIXED: SearchCase[] = [
  { category: 'exact', query: '收费公开', targets: ['bank-fee-public'] },
  { category: 'exact', query: '微笑之星', targets: ['ha-smile-star'] },

  { category: 'paraphrase', query: '早上上班得提早多少时间来', targets: ['gc-punctual'] },
  { category: 'paraphrase', query: '公交司机边开边刷视频', targets: ['bs-no-phone-driving', 'bsv-phone-driving'] },
  { category: 'paraphrase', query: '走开一会儿要放个啥牌子', targets: ['gc-pause-sign'] },
  { category: 'paraphrase', query: '得等领导拍板的事几天有结果', targets: ['gc-deadline-approval'] },
  {
    category: 'paraphrase',
    query: '只收扫码不收钱，老人没手机咋办',
    targets: ['gc-accept-cash', 'grp-cash-accepted'],
  },
  {
    category: 'paraphrase',
    query: '车上乘客丢了手机，捡到后交哪',
    targets: ['bl-hand-in', 'bl-register', 'bus-lost-keep'],
  },
  { category: 'paraphrase', query: '宾馆客人投诉几小时要给说法', targets: ['hotel-complaint-answer'] },
  { category: 'paraphrase', query: '领导要找去谈话的分数线是多少', targets: ['ga-below-75'] },

  { category: 'role', query: '乘务员 车要开了 提醒抓好', targets: ['bb-hold-on'] },
  { category: 'role', query: '驾驶员 乘客没零钱投币', targets: ['bb-no-change-ok', 'bb-no-change-get-off'] },
  { category: 'role', query: '大堂经理 客户只是查余额 带他去机器', targets: ['bq-lobby-self-service'] },
  { category: 'role', query: '柜员 客户取现 当面点', targets: ['bq-cash-paid', 'bq-cash-received'] },
  { category: 'role', query: '前台接待 叫人拿房卡别喊房号', targets: ['hq-no-shout-room'] },
  { category: 'role', query: '监督员跟车暗访看哪些', targets: ['ga-ride-check'] },

  { category: 'number', query: '8分钟发车间隔', targets: ['bus-peak-headway'] },

  { category: 'typo', query: '老年卡免废', targets: ['bus-free-pass-honoured'] },
  { category: 'typo', query: '大額取現預約', targets: ['xiangyang-cash-appointment@bank-xiangyang-outlet'] },

  { category: 'two-char', query: '抱婴', targets: ['gc-priority'] },
];

// ------------------------------------------------------------------ three-level-power (禾川交能集团)
const THREE_LEVEL: SearchCase[] = [
  { category: 'exact', query: '绿色通道查验流程', targets: ['toll-green-channel'] },
  { category: 'exact', query: '亮标准 亮身份', targets: ['hg-three-lights'] },

  { category: 'paraphrase', query: '换班前要早来几分钟', targets: ['gs-on-time'] },
  { category: 'paraphrase', query: '叫人家楼上楼下挨个科室跑手续', targets: ['gs-no-shuffle'] },
  { category: 'paraphrase', query: '国庆长假窗口有人上班不', targets: ['pb-business-hours'] },
  { category: 'paraphrase', query: '来了要先拿号吗', targets: ['pb-queue-number'] },
  { category: 'paraphrase', query: '停电要提前几天贴告示', targets: ['pb-outage-notice', 'pw-outage-notice'] },
  { category: 'paraphrase', query: '拉个菜车能走免费道吗', targets: ['toll-green-channel', 'tg-qualified'] },
  { category: 'paraphrase', query: '客户的事没当场摆平，接下来谁查', targets: ['hq-investigate'] },
  { category: 'paraphrase', query: '片区电工一周去乡下几趟', targets: ['bsp-village-visits'] },

  {
    category: 'role',
    query: '收费员 司机说车里拉的是鲜菜',
    targets: ['tg-arrive', 'toll-green-channel', 'tq-green-pass'],
  },
  { category: 'role', query: '营业员 客户来办新装 材料不全', targets: ['pn-notice', 'pn-wait'] },
  { category: 'role', query: '抢修 到晚了会罚吗', targets: ['pv-late-arrival'] },
  { category: 'role', query: '上门服务没带工作证', targets: ['pv-no-id'] },
  { category: 'role', query: '收费员报金额', targets: ['tq-fare', 'tl-announce-fare'] },
  {
    category: 'role',
    query: '松溪供电 赶集那天窗口',
    targets: ['sx-market-day-desk@songxi-county'],
    filters: { unit: 'songxi-county' },
  },

  { category: 'number', query: '60分钟到达现场', targets: ['pb-repair-arrival', 'pw-repair-arrival'] },

  { category: 'typo', query: '优秀台区经里', targets: ['pa-grid-star'] },
  { category: 'typo', query: '唱收唱符', targets: ['tv-no-announce', 'pb-cash-announce', 'tl-announce-fare'] },

  { category: 'two-char', query: '冷淡', targets: ['gs-no-hide'] },
];

// ------------------------------------------------------------------ chengchuan-water-bus (澄川公用集团)
const CHENGCHUAN: SearchCase[] = [
  { category: 'exact', query: '清泉澄川', targets: ['service-norms-cc-1-1'] },
  { category: 'exact', query: '漏水报修处理流程', targets: ['water-repair-dispatch'] },

  { category: 'paraphrase', query: '公交停靠离路沿多远才行', targets: ['bus-stop-at-station'] },
  { category: 'paraphrase', query: '人少的站能不能直接开过去不停', targets: ['bus-no-skip'] },
  { category: 'paraphrase', query: '老人刚上来还没坐下，能发车吗', targets: ['bus-wait-elderly'] },
  { category: 'paraphrase', query: '报站喇叭坏了怎么办', targets: ['bus-announce'] },
  { category: 'paraphrase', query: '进门看水表要亮证吗', targets: ['service-norms-cc-4-10'] },
  {
    category: 'paraphrase',
    query: '表走得飞快，是不是哪漏了',
    targets: ['service-norms-cc-4-12', 'service-norms-cc-4-12@water-east-meter'],
  },
  { category: 'paraphrase', query: '水管爆了多久能修好', targets: ['water-repair', 'wr-fix'] },
  { category: 'paraphrase', query: '停水前要提前多久说', targets: ['water-stop-notice'] },
  { category: 'paraphrase', query: '水管里的劲儿最低要多少', targets: ['water-pressure'] },

  { category: 'role', query: '抄表员 进楼前一天贴通知', targets: ['meter-notice'] },
  { category: 'role', query: '接线员 用户打电话说家里没水', targets: ['service-norms-cc-3-9', 'wr-record'] },
  { category: 'role', query: '驾驶员 车上挤 乘客骂人', targets: ['bus-board-rude', 'bus-board-hello'] },
  { category: 'role', query: '驾驶员 乘客问路', targets: ['bus-way-answer', 'bus-way-rude'] },
  { category: 'role', query: '夜里值班窗口能办啥', targets: ['water-night-hello'] },
  {
    category: 'role',
    query: '东城营业分公司 独居老人过户',
    targets: ['east-elderly-visit@water-east'],
    filters: { unit: 'water-east' },
  },

  { category: 'number', query: '0.28MPa', targets: ['water-pressure'] },

  { category: 'typo', query: '抄表予告', targets: ['meter-notice'] },
  { category: 'typo', query: '統一著裝', targets: ['service-norms-cc-2-4-1'] },

  { category: 'two-char', query: '越站', targets: ['bus-no-skip', 'v-skip-stop'] },
];

// ------------------------------------------------------------------ tongjiang-city (桐江城服集团)
const TONGJIANG: SearchCase[] = [
  { category: 'exact', query: '年度红旗窗口', targets: ['tja-red-flag'] },
  { category: 'exact', query: '门诊医疗收费票据打印', targets: ['tj-hosp-bill-reprint'] },

  { category: 'paraphrase', query: '老人不会用那个自己充值的机器', targets: ['tgs-self-machine'] },
  { category: 'paraphrase', query: '燃气多少钱一方要贴出来吗', targets: ['tgs-price-board'] },
  { category: 'paraphrase', query: '头发长的女同事上班要扎起来吗', targets: ['tg-grooming'] },
  { category: 'paraphrase', query: '预约了来晚半小时号还在吗', targets: ['th-appointment-pickup'] },
  { category: 'paraphrase', query: '收到张可疑的百元钞，怎么跟病人说', targets: ['th-suspect-note'] },
  { category: 'paraphrase', query: '出租车乘客箱子大，要不要帮着搬', targets: ['tx-luggage-help'] },
  { category: 'paraphrase', query: '后座的人也得绑着吗', targets: ['tc-belt-please', 'tx-seatbelt'] },
  { category: 'paraphrase', query: '病人要退钱，钱退到哪', targets: ['hp-refund-route', 'th-refund-route'] },
  { category: 'paraphrase', query: '递房卡能不能把房间号念出来', targets: ['tf-room-number-quiet'] },

  { category: 'role', query: '入户安检员 在用户家有人递烟', targets: ['gs-no-smoke-home'] },
  { category: 'role', query: '热线 用户说闻到煤气味', targets: ['gs-leak-steps', 'gl-guide', 'gs-no-tomorrow'] },
  { category: 'role', query: '抢修工 要不要关整栋楼的阀', targets: ['gl-need-stop', 'gl-stop-notify'] },
  { category: 'role', query: '总台 今晚房间都订满了 客人还在问', targets: ['hf-full-help', 'hf-no-full-go'] },
  { category: 'role', query: '挂号收费员 医保报了多少 自己出多少', targets: ['hp-insurance-split'] },
  {
    category: 'role',
    query: '黄滩服务点 液化气送气',
    targets: ['huangtan-lpg-delivery@tj-gas-huangtan'],
    filters: { unit: 'tj-gas-huangtan' },
  },

  { category: 'number', query: '每月回访50户', targets: ['tja-home-callback'] },

  { category: 'typo', query: '一米綫', targets: ['th-one-meter'] },
  { category: 'typo', query: '通气点伙', targets: ['gsc-ignition', 'tj-gas-ignition'] },

  { category: 'two-char', query: '发票', targets: ['tx-receipt', 'tc-no-invoice', 'txc-invoice-all'] },
];

export const NINTH_HELD_ASIDE: OrgQueries[] = [
  { content: 'test/fixtures/orgs/lanxi-civic', cases: LANXI },
  { content: 'content', cases: EXAMPLE },
  { content: 'test/fixtures/orgs/mixed-district', cases: MIXED },
  { content: 'test/fixtures/orgs/three-level-power', cases: THREE_LEVEL },
  { content: 'test/fixtures/orgs/chengchuan-water-bus', cases: CHENGCHUAN },
  { content: 'test/fixtures/orgs/tongjiang-city', cases: TONGJIANG },
];
