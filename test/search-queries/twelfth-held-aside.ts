/**
 * A twelfth held-aside query set (issue 14), over a new organisation written for it — the fixture
 * test/fixtures/search-orgs/luping-estate-insure (鹭平安和控股集团: a property-management company's
 * customer service centre with an old estate's service station under it, and a property-insurance
 * company's customer service centre; industries property and insurance, none of them in the earlier
 * fixtures; kept out of test/fixtures/orgs so the suite does not build it) — and over the eight
 * organisations of the earlier sets: the example, mixed-district, three-level-power,
 * chengchuan-water-bus, tongjiang-city, lanxi-civic, jichuan-ops and yanzhou-heat-metro. Written on
 * 2026-12-06 by the "blind12" helper session, which also wrote the new organisation's content; no
 * search engine and no synonym list has seen that content.
 *
 * What the writer read: /work/shared/DOMAIN.md, the commits that made the eleventh set (05b5488: the
 * yanzhou-heat-metro fixture, whole — the model for the new organisation's shape; b03574f: the whole
 * of eleventh-held-aside.ts, its queries included, and its checks; 56ec13e: the benches' wiring), the
 * schemas in src/model/schema (units, services, common's industry and hotline lists, the assessment's
 * inspection kinds, the enums of the others) and the strength check of src/model/strength.ts (to clear
 * four "worded as 不得 but marked 应" warnings of `guifan check`), a throwaway listing of the item ids of
 * the eight earlier organisations with the text items.ts says the site shows for each and how many
 * earlier query files aimed at it (counted from their target ids; no earlier query was printed), the
 * headings of the earlier organisations' MDX pages, the id, parent, hotline and param lines of their
 * organisation and unit files, test/search-queries/types.ts and items.ts, the header comment of
 * tenth-held-aside.ts (its queries were not opened), test/search-queries.test.ts, and the option
 * parsing, set selection and import lines of bench/search-quality.ts and bench/search-quality-node.ts
 * (to wire `--twelfth`; they name the engine's class, not its workings). The soundness test compared
 * these queries with the earlier sets' and with their targets' text, and throwaway checks listed all
 * of this set's queries that repeated an earlier one (printing only this set's side: 12 at first and
 * 5 of their replacements, all short exact, number and two-character queries; nine of them phone
 * numbers) or shared a run of three with a target (4 paraphrases); they were replaced or reworded.
 * What it did NOT read: anything under src/search/, any synonym file (src/search/default-synonyms.yaml,
 * content/synonyms.yaml, a fixture's synonyms.yaml — the new organisation has none, and no
 * `keywords:`), any `keywords:` list in content, bench/results/search*.md, the seed documents beyond
 * DOMAIN.md's account of them (seed-overlap.py finds no shared run with the new organisation), the
 * earlier sets' queries other than the eleventh's. The search engine has NOT been run on these queries,
 * no ranking of them has been looked at, no site was built for them and no search bench was run: not
 * yet run. None of the queries was adapted to a synonym.
 *
 * 166 queries: 70 on the new organisation, 12 on each of the eight earlier ones. 69 paraphrases and
 * questions (42 %), 46 role and situation queries (28 %), then 14 exact terms, 14 numbers and phone
 * numbers (one written with a space instead of the dash, four without their area code), 12 typos (a
 * wrong character of the same sound, traditional characters) and 11 two-character terms. Written as
 * staff and residents type on a phone at a property company's front desk and gate, on a repair visit,
 * after a storm, at an insurance counter, on the claims line and at a crash scene, and at the power,
 * toll, water, bank, bus, hotel, hospital, taxi, car-rental, gas, social-insurance, station, post,
 * cable, airport, scenic-area, heating and metro counters of the earlier organisations — their words
 * (保安, 管理费, 电瓶车, 追尾, 掏钱, 咋办, 多久), not the content's. On the new organisation the
 * targets spread over clauses, a unit's own copies (a reworded clause, an added clause, a commitment
 * with the unit's own param, the unit's own commitment; the reworded knock-on-the-door phrase under the
 * unit's filter), phrases, forbidden phrases, conduct rules, a rule set, situations, two processes and
 * their steps, commitments (one internal), thresholds, violations, inspections, awards, the service
 * guide, units, roles and three sections of the MDX page. On the earlier organisations 113 of the 115
 * target references are items at most one earlier query file aimed at (22 none; the other two are MDX
 * page sections, not counted). No paraphrase is a substring of its
 * target's text, and none shares a run of three letters or digits with it (nor with the whole page of a
 * page section it aims at). A query that names its unit carries that unit's filter (seven do), and one
 * carries a role filter; several targets are listed where a clerk would be equally served.
 */
import type { OrgQueries } from './fresh-held-aside.ts';
import type { SearchCase } from './types.ts';

// ------------------------------------------------------------------ the new organisation (鹭平安和控股集团)
const LUPING: SearchCase[] = [
  // exact terms
  { category: 'exact', query: '三个一服务', targets: ['aq-three-ones'] },
  { category: 'exact', query: '金钥匙管家', targets: ['aha-golden-key'] },
  { category: 'exact', query: '理赔快手', targets: ['aha-quick-claim'] },
  { category: 'exact', query: '小额快赔', targets: ['aic-small-fast'] },
  { category: 'exact', query: '汛期排水', targets: ['hx-flood@lp-estate-hexi'] },
  { category: 'exact', query: '理赔案卷抽查', targets: ['aha-file-check'] },

  // paraphrases and questions
  {
    category: 'paraphrase',
    query: '水龙头坏了打电话物业多久来人',
    targets: ['aec-repair-arrive', 'ae-repair-time', 'er-arrive'],
  },
  { category: 'paraphrase', query: '管理费欠着没缴 会不会给我家掐水', targets: ['ae-arrears', 'ahv-cut-off'] },
  {
    category: 'paraphrase',
    query: '家里装好了押金啥时候能退回来',
    targets: ['ae-deposit', 'aec-deposit', 'ahv-deposit-late'],
  },
  { category: 'paraphrase', query: '周末楼上电钻响个不停 几点能干活', targets: ['ae-renovate-hours'] },
  { category: 'paraphrase', query: '电梯卡住了人困在里面多久有人来救', targets: ['ae-elevator', 'aec-elevator'] },
  { category: 'paraphrase', query: '物业一年收的钱花哪了 能查账吗', targets: ['ae-fee-list'] },
  {
    category: 'paraphrase',
    query: '亲戚来串门 大门口被拦着登记还得我点头',
    targets: ['ae-visitor', 'eq-visitor-ask'],
  },
  { category: 'paraphrase', query: '邻居家的狗在小区里乱跑没牵着 保安管不管', targets: ['ae-pet'] },
  { category: 'paraphrase', query: '维修工来我家换个水管要收钱吗 多少钱谁定', targets: ['ae-repair-fee', 'er-quote'] },
  { category: 'paraphrase', query: '刚买的保险后悔了 半个月内退掉扣多少', targets: ['ai-cooling-off'] },
  { category: 'paraphrase', query: '业务员说这保险比存银行利息高 靠谱吗', targets: ['ai-no-mislead', 'ahv-mislead'] },
  {
    category: 'paraphrase',
    query: '车被追尾了 保险那边派人过来要等多久',
    targets: ['ai-survey-arrive', 'aic-survey', 'cc-scene'],
  },
  {
    category: 'paraphrase',
    query: '出了事故人受伤了 保险这边怎么处理',
    targets: ['cc-injury', 'cc-escalate', 'ai-big-case'],
  },
  {
    category: 'paraphrase',
    query: '定损的让我去他指定的修车厂',
    targets: ['ai-no-lowball', 'ahv-garage', 'iq-no-go-garage'],
  },
  { category: 'paraphrase', query: '赔的钱多久打到卡上', targets: ['ai-pay-time', 'aic-pay', 'cc-pay'] },
  { category: 'paraphrase', query: '赔款申请进度查得到吗 打过去没人说得明白', targets: ['ai-progress'] },
  { category: 'paraphrase', query: '保险不想要了 退了还剩几个钱', targets: ['ai-surrender', 'iq-surrender-loss'] },
  {
    category: 'paraphrase',
    query: '车泡水了 台风天报案材料来不及准备',
    targets: ['ai-storm', 'flood-season-2027#三保险理赔'],
  },
  { category: 'paraphrase', query: '老人腿脚不便 办理赔能不能让人上门', targets: ['ai-elder-visit'] },
  { category: 'paraphrase', query: '家里装修能砸墙吗', targets: ['ae-renovate-file', 'ae-renovate'] },
  {
    category: 'paraphrase',
    query: '下大雨楼底下全淹了 物业多久来把水弄走',
    targets: ['hx-flood@lp-estate-hexi', 'flood-season-2027#二河西花园'],
  },
  { category: 'paraphrase', query: '刮台风前 车库门口会不会堆沙袋', targets: ['flood-season-2027#一物业小区'] },
  {
    category: 'paraphrase',
    query: '刮完大风那几天 周六周日还受理车损赔付吗',
    targets: ['flood-season-2027#三保险理赔'],
  },
  {
    category: 'paraphrase',
    query: '有人从楼上窗户扯根线下来给电瓶车充 该咋办',
    targets: ['hx-flying-wire@lp-estate-hexi', 'hx-flying-wire'],
  },
  {
    category: 'paraphrase',
    query: '河西那个小站在哪条路上 啥时候下班',
    targets: ['lp-estate-hexi'],
    filters: { unit: 'lp-estate-hexi' },
  },
  { category: 'paraphrase', query: '上面派人假装来办业务打分 一季度来几回', targets: ['aha-mystery'] },
  { category: 'paraphrase', query: '这季度只拿了七十出头 要停岗吗', targets: ['aha-below-75'] },
  { category: 'paraphrase', query: '出险后跑来看车估价的是什么人', targets: ['adjuster'] },
  { category: 'paraphrase', query: '半夜家里跳闸了打哪个电话', targets: ['aec-night-duty', 'aec-repair-arrive'] },

  // role and situation
  { category: 'role', query: '客服管家 业主来交费怎么唱收', targets: ['aq-cash-in', 'aq-cash-out', 'aq-cash'] },
  { category: 'role', query: '维修员 敲门进业主家先说啥', targets: ['eq-knock'] },
  {
    category: 'role',
    query: '河西花园服务站 维修员进门自我介绍',
    targets: ['eq-knock'],
    filters: { unit: 'lp-estate-hexi' },
  },
  { category: 'role', query: '维修员 业主说是屋里的问题物业不管', targets: ['eq-no-not-ours', 'eq-done'] },
  { category: 'role', query: '员工 半年搞几次消防演练', targets: ['ahc-drill'] },
  {
    category: 'role',
    query: '秩序维护员 陌生人要进小区',
    targets: ['ae-visitor', 'eq-visitor-ask', 'eq-no-shout'],
  },
  { category: 'role', query: '保安 消防通道被车堵了', targets: ['ae-patrol'] },
  { category: 'role', query: '保安 业主开车进大门要敬礼吗', targets: ['eq-stand-gate'] },
  { category: 'role', query: '客服管家 打电话催业主交物业费怎么说', targets: ['eq-fee-remind', 'eq-fee'] },
  { category: 'role', query: '客服管家 业主欠费能锁他门禁卡吗', targets: ['eq-no-threat', 'ae-arrears'] },
  {
    category: 'role',
    query: '项目经理 业主第三次上门投诉',
    targets: ['eq-complain-note', 'eq-no-again', 'eq-complain'],
  },
  { category: 'role', query: '保险柜面专员 客户来报案先说什么', targets: ['iq-claim-calm', 'iq-claim'] },
  {
    category: 'role',
    query: '柜面 客户问理赔要带哪些材料',
    targets: ['iq-claim-list', 'ag-tell-once', 'cc-docs'],
  },
  { category: 'role', query: '柜面专员 客户说条款里没写不赔', targets: ['iq-no-not-cover'] },
  {
    category: 'role',
    query: '柜面专员 客户坚持要退保',
    targets: ['iq-surrender-loss', 'ai-surrender', 'iq-surrender'],
  },
  { category: 'role', query: '查勘员 到了现场先说啥', targets: ['iq-scene-hello'] },
  { category: 'role', query: '查勘员 马路上查勘要穿什么', targets: ['iq-vest'] },
  { category: 'role', query: '查勘员 有人受伤要上报吗 多久', targets: ['cc-escalate', 'ai-big-case'] },
  { category: 'role', query: '柜面 报案电话接起来要登记什么', targets: ['cc-log', 'ai-report-line'] },
  {
    category: 'role',
    query: '维修员 接到单子多久要到',
    targets: ['ae-repair-time', 'er-arrive', 'aec-repair-arrive'],
    filters: { role: 'repair-tech' },
  },
  {
    category: 'role',
    query: '河西花园服务站 周末能装修吗',
    targets: ['ae-renovate-hours@lp-estate-hexi'],
    filters: { unit: 'lp-estate-hexi' },
  },
  {
    category: 'role',
    query: '河西花园服务站 报修多久上门',
    targets: ['aec-repair-arrive@lp-estate-hexi'],
    filters: { unit: 'lp-estate-hexi' },
  },

  // numbers and phone numbers
  { category: 'number', query: '0623-5518811', targets: ['lp-estate', 'lp-estate-hexi', 'aec-repair-arrive'] },
  { category: 'number', query: '5510315', targets: ['ahc-supervise'] },
  { category: 'number', query: '报修45分钟', targets: ['aec-repair-arrive@lp-estate-hexi', 'aec-repair-arrive'] },
  { category: 'number', query: '0623 5529595', targets: ['lp-insure', 'aic-report-24h'] },
  { category: 'number', query: '5000元以下快赔', targets: ['aic-small-fast'] },
  { category: 'number', query: '装修押金3000', targets: ['ae-renovate'] },

  // typos
  { category: 'typo', query: '裝修押金', targets: ['ae-deposit', 'aec-deposit', 'ae-renovate'] },
  { category: 'typo', query: '查看定损', targets: ['ai-photo', 'cc-assess', 'adjuster'] },
  { category: 'typo', query: '退保金5个工做日到账', targets: ['ai-surrender'] },
  { category: 'typo', query: '電梯困人', targets: ['ae-elevator', 'aec-elevator'] },

  // two-character terms
  { category: 'two-char', query: '垫布', targets: ['ae-repair-clean'] },
  { category: 'two-char', query: '影像', targets: ['ai-record'] },
  { category: 'two-char', query: '双闪', targets: ['iq-vest'] },
];

// ------------------------------------------------------------------ the example (云澜公用)
const EXAMPLE: SearchCase[] = [
  { category: 'exact', query: '停水提前告知', targets: ['water-planned-stop-notice'] },
  { category: 'paraphrase', query: '前面那位办得慢 后面的人要不要先打个招呼', targets: ['apologise-to-next-in-line'] },
  { category: 'paraphrase', query: '收了钱不给发票 要客户开口才给', targets: ['issue-receipt-unasked'] },
  { category: 'paraphrase', query: '新装了电表当月就能出账单吗', targets: ['open-account-same-month'] },
  { category: 'paraphrase', query: '人家还得去别的柜台办 要不要站起来给他指路', targets: ['point-the-way-out'] },
  { category: 'paraphrase', query: '这回搞规范服务是哪个领导挂帅', targets: ['programme-plan#二组织领导'] },
  {
    category: 'role',
    query: '收费员 司机对车型有意见不肯交钱',
    targets: ['toll-dispute-raised', 'toll-dispute-pull-over', 'toll-fare-dispute'],
  },
  { category: 'role', query: '话务员 报修登记完给客户说个单号', targets: ['hotline-ticket-number'] },
  {
    category: 'role',
    query: '服务质量管理办公室 投诉办完要回访吗',
    targets: ['follow-up-call', 'complaint-follow-up-call'],
  },
  { category: 'number', query: '停电提前7天告知', targets: ['power-planned-outage-notice'] },
  { category: 'typo', query: '三亮上牆', targets: ['three-displays'] },
  { category: 'two-char', query: '怠慢', targets: ['no-neglect-for-acquaintance'] },
];

// ------------------------------------------------------------------ mixed-district (青岚公服集团)
const MIXED: SearchCase[] = [
  { category: 'exact', query: '大额取现预约', targets: ['xiangyang-outlet-notes#大额取现预约'] },
  { category: 'paraphrase', query: '一句我也不清楚就把人支走了 这算违规吗', targets: ['gc-no-pushing-away'] },
  { category: 'paraphrase', query: '办银行卡要问清楚做什么用吗', targets: ['ba-verify', 'ba-triage'] },
  {
    category: 'paraphrase',
    query: '车上捡了个钱包和身份证 怎么找到失主',
    targets: ['bl-contact-owner', 'bl-valuable'],
  },
  { category: 'paraphrase', query: '投诉上了电视 集团会怎么查', targets: ['gp-serious', 'gp-group-investigates'] },
  { category: 'paraphrase', query: '刚开始试着考那阵子 没到八十分扣钱不', targets: ['ga-below-80-trial'] },
  {
    category: 'role',
    query: '导诊护士 病人问厕所在哪 能说自己看牌子吗',
    targets: ['ge-no-read-the-sign', 'ge-outpatient'],
  },
  { category: 'role', query: '柜员 收了客户一沓现金 点完怎么说', targets: ['bq-cash-confirmed'] },
  { category: 'role', query: '调度员 车上落的手机好几天没人来领', targets: ['bl-claimed', 'bl-returned'] },
  { category: 'number', query: '2826688', targets: ['bank-xiangyang-outlet'] },
  { category: 'typo', query: '工號牌別擋住', targets: ['ge-badge-visible'] },
  { category: 'two-char', query: '倚靠', targets: ['ge-no-leaning'] },
];

// ------------------------------------------------------------------ three-level-power (禾川交能集团)
const THREE_LEVEL: SearchCase[] = [
  { category: 'exact', query: '投诉台账', targets: ['gs-complaint-log'] },
  { category: 'paraphrase', query: '客户投诉记哪个本子上 要写啥', targets: ['gs-complaint-log'] },
  { category: 'paraphrase', query: '线路坏了一天修不好吗 多久能来电', targets: ['pb-repair-restore'] },
  {
    category: 'paraphrase',
    query: '新装电表线路不够要重新拉线 等多少天',
    targets: ['pn-upgrade-needed', 'pn-upgrade'],
  },
  { category: 'paraphrase', query: '营业员跟客户说话嗓门太大', targets: ['gs-mandarin'] },
  { category: 'paraphrase', query: '上面一个月来检查几回', targets: ['hga-monthly'] },
  { category: 'role', query: '收费员 找完钱再说句啥', targets: ['tq-safe-trip', 'tq-received'] },
  { category: 'role', query: '所站负责人 管些什么', targets: ['station-head'] },
  { category: 'role', query: '营业员 电费交完找零', targets: ['pq-change', 'pq-received'] },
  { category: 'number', query: '7321100', targets: ['songxi-county'] },
  { category: 'typo', query: '先向司机問好再報金額', targets: ['tl-greet-first'] },
  { category: 'two-char', query: '音量', targets: ['gs-mandarin'] },
];

// ------------------------------------------------------------------ chengchuan-water-bus (澄川公用集团)
const CHENGCHUAN: SearchCase[] = [
  { category: 'exact', query: '管网水压', targets: ['water-pressure'] },
  { category: 'paraphrase', query: '公交司机开车时能不能打电话抽根烟', targets: ['bus-no-phone'] },
  { category: 'paraphrase', query: '车里座位脏兮兮的 发车之前不打扫吗', targets: ['bus-clean'] },
  { category: 'paraphrase', query: '老太太一口土话 窗口咋跟她聊', targets: ['service-norms-cc-2-4-2'] },
  { category: 'paraphrase', query: '抄完表当天要不要录进电脑', targets: ['service-norms-cc-4-11'] },
  { category: 'paraphrase', query: '爆管了多久能恢复用水', targets: ['wr-fix', 'water-repair'] },
  { category: 'role', query: '公交驾驶员 乘客问路 能说自己看站牌吗', targets: ['bus-way-rude', 'bus-asking-way'] },
  { category: 'role', query: '营业受理员 用户拿大钞交水费找零', targets: ['water-cash-change', 'water-cash-aloud'] },
  { category: 'role', query: '班组长 月度检查不到八十分咋处理', targets: ['below-80'] },
  { category: 'number', query: '0736-2319110', targets: ['water-east'] },
  { category: 'typo', query: '越战甩站', targets: ['bus-no-skip', 'v-skip-stop'] },
  { category: 'two-char', query: '污渍', targets: ['bus-clean'] },
];

// ------------------------------------------------------------------ tongjiang-city (桐江城服集团)
const TONGJIANG: SearchCase[] = [
  { category: 'exact', query: '退费当日办', targets: ['hpc-refund-day'] },
  { category: 'paraphrase', query: '出租车路上能接电话吗 能抽烟吗', targets: ['tx-no-smoke-phone'] },
  {
    category: 'paraphrase',
    query: '租车门店 开了不到一年的新手能租吗',
    targets: ['tx-rental-driving-years'],
    filters: { unit: 'tj-car-rental' },
  },
  { category: 'paraphrase', query: '还车油少了 要多掏多少钱', targets: ['tx-rental-fuel'] },
  { category: 'paraphrase', query: '退房拖到下午三点要多交钱吗', targets: ['tf-noon-checkout'] },
  { category: 'paraphrase', query: '安检的来了两趟家里没人开门 会留个条吗', targets: ['tgs-not-home'] },
  { category: 'role', query: '挂号收费员 交班前钱对不上', targets: ['th-daily-balance'] },
  { category: 'role', query: '总台接待员 客人要存箱子 钱能一起寄存吗', targets: ['tf-luggage'] },
  { category: 'role', query: '出租车驾驶员 乘客落了东西在后座', targets: ['tx-lost-item', 'txc-lost-reply'] },
  { category: 'number', query: '0756-3155288', targets: ['tj-gas-huangtan'] },
  { category: 'typo', query: '碎紙機銷毀', targets: ['tg-copy-shred'] },
  { category: 'two-char', query: '喇叭', targets: ['tc-no-honk'] },
];

// ------------------------------------------------------------------ lanxi-civic (岚溪民生中心)
const LANXI: SearchCase[] = [
  { category: 'exact', query: '周六不打烊', targets: ['lsc-saturday'] },
  { category: 'paraphrase', query: '退休的人每年要证明自己还活着 什么时候提醒', targets: ['ls-cert-remind'] },
  {
    category: 'paraphrase',
    query: '包裹打开发现东西少了 邮局给出证明吗',
    targets: ['lp-damage'],
    filters: { unit: 'lx-post' },
  },
  { category: 'paraphrase', query: '那张社会保障的卡找不着了 打过去能先锁住吗', targets: ['ls-card-freeze'] },
  { category: 'paraphrase', query: '小孩自己一个人坐火车 车站管吗', targets: ['lr-child-alone'] },
  { category: 'paraphrase', query: '寄贵重东西要不要额外交钱保着', targets: ['lp-insure'] },
  { category: 'role', query: '大厅引导员 老人看不清表格', targets: ['ls-form-help'] },
  { category: 'role', query: '社保经办员 养老保险转到外省', targets: ['ls-transfer'] },
  { category: 'role', query: '值班长 窗口人员帮黄牛插队', targets: ['lxv-scalper', 'lg-no-agent'] },
  { category: 'number', query: '8632000', targets: ['lx-rail'] },
  { category: 'typo', query: '即時製卡', targets: ['ls-instant-card'] },
  { category: 'two-char', query: '马甲', targets: ['lg-vest'] },
];

// ------------------------------------------------------------------ jichuan-ops (霁川城运集团)
const JICHUAN: SearchCase[] = [
  { category: 'exact', query: '金牌班组', targets: ['jca-gold-team'] },
  { category: 'paraphrase', query: '想坐安全门旁边那排宽一点的座位 值机会问啥', targets: ['ja-exit-row'] },
  { category: 'paraphrase', query: '行李箱超重了一点 多出来的咋算钱', targets: ['ja-excess'] },
  { category: 'paraphrase', query: '师傅要给我家墙钻个眼走光纤 得先跟我说吗', targets: ['luwan-wall-drill'] },
  {
    category: 'paraphrase',
    query: '换了智能机不会用 营业厅帮弄大字吗',
    targets: ['ct-elder-setup'],
    filters: { unit: 'jc-cable' },
  },
  { category: 'paraphrase', query: '打雷了山上步道还开吗', targets: ['ws-storm'] },
  { category: 'role', query: '游客中心服务员 借轮椅要押金吗', targets: ['ws-lend'] },
  { category: 'role', query: '讲解员 带游客去购物点行不行', targets: ['ws-guide-fee', 'jcv-tip'] },
  { category: 'role', query: '值机员 旅客托运箱子里有充电宝', targets: ['aq-bag-ask', 'ja-lithium'] },
  { category: 'number', query: '0745-6288166', targets: ['jc-airport'] },
  { category: 'typo', query: '攜號轉網', targets: ['ct-port-out'] },
  { category: 'two-char', query: '头灯', targets: ['sq-raincoat'] },
];

// ------------------------------------------------------------------ yanzhou-heat-metro (雁洲市政集团)
const YANZHOU: SearchCase[] = [
  { category: 'exact', query: '延时收费', targets: ['yhc-evening'] },
  { category: 'paraphrase', query: '暖气费开发票 要纸的得等几天', targets: ['yh-invoice'] },
  { category: 'paraphrase', query: '今年几号开始烧暖气 到几号停', targets: ['yh-season-dates'] },
  { category: 'paraphrase', query: '地铁晚点了能开个证明给单位吗', targets: ['ym-delay'] },
  { category: 'paraphrase', query: '老人坐地铁要买票吗 小孩多高免费', targets: ['ym-free-ride'] },
  { category: 'paraphrase', query: '安检的翻我包里的东西 合规吗', targets: ['ym-security'] },
  { category: 'role', query: '热线坐席 维修工单办完几天内回访', targets: ['yza-order-callback'] },
  { category: 'role', query: '热力营业员 用户在自助机前不会弄', targets: ['yh-self-kiosk'] },
  { category: 'role', query: '站务员 乘客问怎么换乘', targets: ['mq-transfer'] },
  { category: 'number', query: '0418-2296119', targets: ['yz-heat'] },
  { category: 'typo', query: '工作時間玩手機', targets: ['yg-no-phone'] },
  { category: 'two-char', query: '棉服', targets: ['yg-uniform'] },
];

export const TWELFTH_HELD_ASIDE: OrgQueries[] = [
  { content: 'test/fixtures/search-orgs/luping-estate-insure', cases: LUPING },
  { content: 'content', cases: EXAMPLE },
  { content: 'test/fixtures/orgs/mixed-district', cases: MIXED },
  { content: 'test/fixtures/orgs/three-level-power', cases: THREE_LEVEL },
  { content: 'test/fixtures/orgs/chengchuan-water-bus', cases: CHENGCHUAN },
  { content: 'test/fixtures/orgs/tongjiang-city', cases: TONGJIANG },
  { content: 'test/fixtures/orgs/lanxi-civic', cases: LANXI },
  { content: 'test/fixtures/orgs/jichuan-ops', cases: JICHUAN },
  { content: 'test/fixtures/search-orgs/yanzhou-heat-metro', cases: YANZHOU },
];
