/**
 * A thirteenth held-aside query set (issue 14), over a new organisation written for it — the fixture
 * test/fixtures/search-orgs/fenggang-fund-inspect (枫港市公共事务服务集团: a housing provident fund
 * centre's service hall with a county branch under it, and a motor-vehicle safety inspection station;
 * trades none of the earlier fixtures has; kept out of test/fixtures/orgs so the suite does not build
 * it) — and over the nine organisations of the earlier sets: the example, mixed-district,
 * three-level-power, chengchuan-water-bus, tongjiang-city, lanxi-civic, jichuan-ops, yanzhou-heat-metro
 * and luping-estate-insure. Written on 2026-12-06 by the "blind13" helper session, which also wrote the
 * new organisation's content; no search engine and no synonym list has seen that content.
 *
 * What the writer read: /work/shared/DOMAIN.md, the commits that made the twelfth set (b69b704: the
 * luping-estate-insure fixture, whole — the model for the new organisation's shape; 30d50eb: the head
 * of twelfth-held-aside.ts (its header, its first block of the new organisation's exact and paraphrase
 * queries, the lines carrying filters, and its last two blocks, for the file's shape) and its checks;
 * d71bdd5: the benches' wiring), the schemas in src/model/schema (units, common's industry and hotline
 * lists, the assessment's inspection kinds, the services' material forms) and the unit view's post
 * fields in src/model/types.ts (to see which posts each new unit gets), a throwaway listing of the item
 * ids of the nine earlier organisations with the text items.ts says the site shows for each and how many
 * earlier query files aimed at it (counted from their target ids; only items aimed at by at most one
 * were listed, and no earlier query was printed), the headings of their MDX pages, the id, parent and
 * hotline lines of their units, their roles, test/search-queries/types.ts and items.ts,
 * test/search-queries.test.ts, and the import, option and set-selection lines of
 * bench/search-quality.ts and bench/search-quality-node.ts (to wire `--thirteenth`). A throwaway
 * check, built on the soundness test's rules, listed this set's queries that repeated an earlier one
 * (printing only this set's side: 16 at first and 4 of their replacements — short exact, number,
 * typo and two-character queries and one paraphrase; three of them phone numbers) or shared a run of
 * three with a target (1 paraphrase); they were replaced or reworded.
 * What it did NOT read: anything under src/search/, any synonym file (src/search/default-synonyms.yaml,
 * content/synonyms.yaml, a fixture's synonyms.yaml — the new organisation has none, and no
 * `keywords:`), any `keywords:` list in content, bench/results/search*.md, the seed documents beyond
 * DOMAIN.md's account of them (seed-overlap.py finds no shared run with the new organisation), the
 * earlier sets' queries beyond the part of the twelfth named above. The search engine has NOT been run
 * on these queries, no ranking of them has been looked at, no site was built for them and no search
 * bench was run: not yet run. None of the queries was adapted to a synonym.
 *
 * 178 queries: 70 on the new organisation, 12 on each of the nine earlier ones (the brief asked for
 * about 70 and 12 each; with nine earlier organisations that is 178, not the twelfth's 166). 73
 * paraphrases and questions (41 %), 51 role and situation queries (29 %), then 14 exact terms, 14
 * numbers and phone numbers (one written with a space instead of the dash, nine without their area
 * code, four with words beside the number, a service number alone, a rent allowance figure), 13 typos (a wrong character
 * of the same sound, traditional characters) and 13 two-character terms. Written as staff and the
 * public type on a phone at a provident fund counter and loan desk, in a county town, at a vehicle
 * inspection station's desk and test line, and at the power, toll, water, bank, bus, hotel, hospital,
 * taxi, car-rental, gas, social-insurance, station, post, cable, airport, scenic-area, heating, metro,
 * property and insurance counters of the earlier organisations — their words (住房钱, 跳槽, 月供,
 * 验车, 包过, 修车铺, 马路牙子, 叫早, 闺女), not the content's. On the new organisation the targets
 * spread over clauses, a unit's own copies (a reworded clause and an added clause under the unit's
 * filter, the unit's own commitment; the reworded greeting phrase under the unit's filter), phrases,
 * forbidden phrases, conduct rules, a rule set, two processes and their steps, commitments (one
 * internal), thresholds, violations, inspections, awards, the service guide, units and two sections of
 * the MDX page. On the earlier organisations 122 of the 126 target references are items at most one
 * earlier query file aimed at (23 none); the other four are units a phone number belongs to and a
 * role. No paraphrase is a substring of its target's text, and none shares a run of three letters or
 * digits with it (nor with the whole page of a page section it aims at). A query that names its unit
 * carries that unit's filter (seven do), and two carry a role filter; several targets are listed where
 * a clerk would be equally served.
 */
import type { OrgQueries } from './fresh-held-aside.ts';
import type { SearchCase } from './types.ts';

// ------------------------------------------------------------------ the new organisation (枫港市公共事务服务集团)
const FENGGANG: SearchCase[] = [
  // exact terms
  { category: 'exact', query: '三不让', targets: ['gq-three-nots'] },
  { category: 'exact', query: '周四延时', targets: ['fdc-thursday'] },
  { category: 'exact', query: '诚信检测员', targets: ['gga-honest-tech'] },
  { category: 'exact', query: '逢五下乡', targets: ['lx-town-visit@fg-fund-linxi'] },
  { category: 'exact', query: '检测线录像抽查', targets: ['gga-video'] },

  // paraphrases and questions
  {
    category: 'paraphrase',
    query: '跳槽去了别的城市 以前缴的住房钱还得跑回去办手续吗',
    targets: ['fd-transfer', 'fdc-transfer'],
  },
  {
    category: 'paraphrase',
    query: '租房住 每月扣的那笔房钱能拿出来交房租不',
    targets: ['fd-withdraw-rent', 'fd-rent-withdraw'],
  },
  { category: 'paraphrase', query: '退休了 账上剩的钱能一次全拿走吗', targets: ['fd-withdraw-retire'] },
  { category: 'paraphrase', query: '刚买了套二手房 老婆账户里的钱也能一起取吗', targets: ['fd-withdraw-buy'] },
  {
    category: 'paraphrase',
    query: '钱取出来要等多少天才能收到',
    targets: ['fd-withdraw-time', 'fdc-withdraw-pay', 'wd-pay'],
  },
  { category: 'paraphrase', query: '贷款批下来要多久', targets: ['fd-loan-review', 'fdc-loan-approve'] },
  {
    category: 'paraphrase',
    query: '借住房贷款中心收不收钱 还让我去找中介作保',
    targets: ['fd-loan-no-fee', 'ggv-loan-agent'],
  },
  { category: 'paraphrase', query: '再买一套还能用住房贷 利息和头一回一样吗', targets: ['fd-loan-second'] },
  { category: 'paraphrase', query: '想早点把房贷还清 要罚钱吗', targets: ['fd-loan-prepay'] },
  { category: 'paraphrase', query: '月供拖了几天 会不会告诉我同事', targets: ['fd-loan-overdue'] },
  { category: 'paraphrase', query: '老人瘫在床上来不了 能派人到家里给他办吗', targets: ['fd-home-visit'] },
  { category: 'paraphrase', query: '晚上下班了还能去办吗 哪天开到七点', targets: ['fdc-thursday'] },
  { category: 'paraphrase', query: '半夜能不能自己在机器上看看账户里还有多少', targets: ['fd-kiosk'] },
  { category: 'paraphrase', query: '打一份缴了多少年的流水要花钱吗', targets: ['fd-statement', 'fdc-no-fee'] },
  { category: 'paraphrase', query: '自己开小饭馆没单位 能不能自己交住房那个钱', targets: ['fd-flexible'] },
  { category: 'paraphrase', query: '新买的车头几年要不要开去验', targets: ['vi-exempt'] },
  {
    category: 'paraphrase',
    query: '验一辆车得花多长时间 一个钟头够不够',
    targets: ['vi-minutes', 'vic-minutes', 'va-test'],
  },
  { category: 'paraphrase', query: '车没过 修好回来还要再交一遍全款吗', targets: ['vi-retest', 'vic-retest'] },
  { category: 'paraphrase', query: '开车的师傅会不会翻我车里东西', targets: ['vi-drive-careful'] },
  {
    category: 'paraphrase',
    query: '修车铺老板说是站里的人叫我来的 这正常吗',
    targets: ['vi-no-repair-push', 'ggv-repair-push'],
  },
  { category: 'paraphrase', query: '验完合格了 还得去交警那边盖章吗', targets: ['vi-report', 'vic-report'] },
  { category: 'paraphrase', query: '电脑出毛病了就让人明天来 合规吗', targets: ['gg-no-refuse'] },
  {
    category: 'paraphrase',
    query: '办完按满意不满意那个小机器 点了不满意有人管吗',
    targets: ['gga-rating'],
  },
  { category: 'paraphrase', query: '办住房那个钱的大厅在哪栋楼', targets: ['fg-fund'] },
  {
    category: 'paraphrase',
    query: '县城那边月底人挤 中午关门吗',
    targets: ['base-adjust-2027#二临溪县管理部'],
  },
  {
    category: 'paraphrase',
    query: '暑假去验车的人多不多 星期天几点关门',
    targets: ['base-adjust-2027#三车检站暑期高峰'],
  },
  {
    category: 'paraphrase',
    query: '在县里能直接批贷款吗',
    targets: ['fd-loan-review@fg-fund-linxi'],
    filters: { unit: 'fg-fund-linxi' },
  },
  {
    category: 'paraphrase',
    query: '乡下住的不想进城 有没有人下来办',
    targets: ['lx-market-day@fg-fund-linxi', 'lx-town-visit@fg-fund-linxi'],
    filters: { unit: 'fg-fund-linxi' },
  },

  // role and situation
  {
    category: 'role',
    query: '柜员 职工拿来的租房合同像是假的',
    targets: ['fd-no-fake', 'wd-director'],
    filters: { role: 'fund-clerk' },
  },
  {
    category: 'role',
    query: '综合柜员 材料缺两样怎么跟人说',
    targets: ['gg-tell-once', 'fq-missing-list', 'wd-notice'],
  },
  { category: 'role', query: '柜员 提取办完跟职工说多久到账', targets: ['fq-withdraw-done'] },
  { category: 'role', query: '贷款受理员 职工问能贷多少', targets: ['fd-loan-calc', 'fq-loan-amount'] },
  {
    category: 'role',
    query: '贷款窗口 职工说担保公司那边批得快',
    targets: ['fq-no-guarantee', 'fd-loan-no-fee'],
  },
  { category: 'role', query: '受理员 谈贷款时说话大声', targets: ['fq-loan-private'] },
  { category: 'role', query: '大厅主任 政策要变提前多久公布', targets: ['fd-policy-notice'] },
  { category: 'role', query: '窗口员工 每个月要培训几次', targets: ['ggc-training'] },
  { category: 'role', query: '登记收费员 车主开来一辆刚买三年的私家车', targets: ['vi-exempt'] },
  { category: 'role', query: '收费员 车主要加急当天出报告', targets: ['vq-no-extra', 'gg-fee-board'] },
  {
    category: 'role',
    query: '引车员 接钥匙时跟车主说什么',
    targets: ['vq-take-key', 'vi-key-handover'],
    filters: { role: 'guide-driver' },
  },
  { category: 'role', query: '引车员 车主非要跟着进车间', targets: ['vq-no-stay', 'vi-wait-zone'] },
  {
    category: 'role',
    query: '检测员 刹车没过怎么跟车主讲',
    targets: ['vq-fail-point', 'vi-fail-explain', 'vq-show-car'],
  },
  { category: 'role', query: '检测员 设备坏了车主在排队', targets: ['vi-minutes'] },
  { category: 'role', query: '站长 车主说检测结果有问题', targets: ['vi-objection'] },
  { category: 'role', query: '站长 大厅里有人拉客办代办', targets: ['vi-no-scalper'] },
  { category: 'role', query: '检测员 没上线就出了合格报告 怎么处罚', targets: ['ggv-no-test'] },
  { category: 'role', query: '督查员 暗访多久一次', targets: ['gga-mystery'] },
  { category: 'role', query: '督查员 窗口季度考了68分', targets: ['gga-below-70'] },
  { category: 'role', query: '一线人员 中午吃饭窗口全关了', targets: ['gg-lunch'] },
  { category: 'role', query: '窗口人员 接电话第一句', targets: ['gq-phone-open'] },
  { category: 'role', query: '窗口人员 老年人看不清屏幕填不了表', targets: ['gg-priority'] },
  { category: 'role', query: '引车员 车间里能抽烟吗', targets: ['gg-no-smoke'] },
  {
    category: 'role',
    query: '县管理部柜员 来取钱的人怎么打招呼',
    targets: ['fq-withdraw-hello'],
    filters: { unit: 'fg-fund-linxi' },
  },

  // numbers and phone numbers
  { category: 'number', query: '12329', targets: ['fg-fund'] },
  { category: 'number', query: '0736 3397122', targets: ['fg-inspect'] },
  { category: 'number', query: '5721329是哪儿的号码', targets: ['fg-fund-linxi'] },
  { category: 'number', query: '3386315投诉', targets: ['ggc-supervise'] },
  { category: 'number', query: '租房每年能取1.8万', targets: ['fd-withdraw-rent', 'fd-rent-withdraw'] },

  // typos: a wrong character of the same sound, traditional characters
  {
    category: 'typo',
    query: '公基金贷款',
    targets: ['fd-loan-calc', 'fd-loan-review', 'fdc-loan-approve'],
  },
  { category: 'typo', query: '機動車年檢', targets: ['vi-annual-process'] },
  { category: 'typo', query: '提前還款', targets: ['fd-loan-prepay'] },
  { category: 'typo', query: '复捡收费吗', targets: ['vi-retest', 'vic-retest'] },

  // two-character terms
  { category: 'two-char', query: '骗提', targets: ['fd-no-fake', 'ggv-fake-withdraw'] },
  { category: 'two-char', query: '黄牛', targets: ['vi-no-scalper', 'vic-no-agent'] },
  { category: 'two-char', query: '销户', targets: ['fd-withdraw-retire'] },
  { category: 'two-char', query: '地沟', targets: ['vi-wait-zone'] },
];

// ------------------------------------------------------------------ the example (云澜公用)
const EXAMPLE: SearchCase[] = [
  { category: 'exact', query: '投诉件件有着落', targets: ['complaint-handled-rate'] },
  { category: 'paraphrase', query: '留长头发的姑娘上岗前要盘头吗', targets: ['neat-hair'] },
  { category: 'paraphrase', query: '在大厅里走路碰到客户要让路吗', targets: ['walking-posture'] },
  { category: 'paraphrase', query: '停水前多久得跟住户打招呼', targets: ['planned-water-stop-notice'] },
  { category: 'paraphrase', query: '电话里问要带啥材料 嘴上说一遍行吗', targets: ['oral-notice-by-phone'] },
  { category: 'paraphrase', query: '转给别的部门后 谁盯着进度', targets: ['track-work-order'] },
  { category: 'role', query: '收费员 找零从窗口扔出去', targets: ['toll-hand-through-window'] },
  { category: 'role', query: '营业受理员 客户进来没抬头就打招呼', targets: ['greet-eye-contact'] },
  { category: 'role', query: '值班长 查实是我们的错 要不要上门道歉', targets: ['apologise-when-at-fault'] },
  { category: 'number', query: '0791-86645699是干嘛的', targets: ['toll-east-station'] },
  { category: 'typo', query: '工號牌戴哪邊', targets: ['wear-badge-on-duty', 'badge-left-chest'] },
  { category: 'two-char', query: '争吵', targets: ['never-argue-with-client'] },
];

// ------------------------------------------------------------------ mixed-district (青岚公服集团)
const MIXED: SearchCase[] = [
  { category: 'exact', query: '拒收零钞硬币', targets: ['bv-refuse-cash'] },
  { category: 'paraphrase', query: '公交发车前师傅要做哪些检查', targets: ['bs-vehicle-check'] },
  { category: 'paraphrase', query: '说话太快客人听不清 有规定吗', targets: ['gc-mandarin'] },
  { category: 'paraphrase', query: '银行办张新卡要等多久', targets: ['bank-account-open'] },
  {
    category: 'paraphrase',
    query: '我投诉的事没人理 多少天内得给我回话',
    targets: ['gc-complaint-reply', 'gp-reply'],
  },
  { category: 'paraphrase', query: '客人情绪不好骂人 窗口的能回嘴吗', targets: ['gc-no-slang'] },
  { category: 'role', query: '大堂经理 客户来开户证件不全', targets: ['ba-tell-once', 'ba-docs-complete'] },
  { category: 'role', query: '驾驶员 首末班车发车晚了', targets: ['bus-punctuality'] },
  { category: 'role', query: '前台接待 客人投诉说好几点回复', targets: ['hq-complaint-promise'] },
  { category: 'number', query: '2839922', targets: ['bus-qinglan'] },
  { category: 'typo', query: '唱首唱付', targets: ['bv-no-sing'] },
  { category: 'two-char', query: '收礼', targets: ['gc-no-gifts'] },
];

// ------------------------------------------------------------------ three-level-power (禾川交能集团)
const THREE_LEVEL: SearchCase[] = [
  { category: 'exact', query: '抢修指挥员', targets: ['repair-dispatcher'] },
  { category: 'paraphrase', query: '乡里供电所晚上有没有人值班', targets: ['baishi-point'] },
  { category: 'paraphrase', query: '新装电表要几天能通电', targets: ['pb-connection-time'] },
  { category: 'paraphrase', query: '投诉之后多久有答复', targets: ['gs-complaint-reply', 'hq-reply'] },
  { category: 'paraphrase', query: '员工牌子上要有照片吗', targets: ['gs-uniform-badge'] },
  { category: 'paraphrase', query: '被投诉了查下来是我们错 先干嘛', targets: ['hq-correct', 'hq-our-fault'] },
  { category: 'role', query: '客服专员 电话接起来说什么', targets: ['hg-phone-hello'] },
  { category: 'role', query: '抢修人员 到了发现是表后线路坏了', targets: ['power-fault-repair'] },
  { category: 'role', query: '营业员 客户拿百元大钞交电费 没零钱找', targets: ['pq-no-change'] },
  { category: 'number', query: '8877122', targets: ['hc-toll-west'] },
  { category: 'typo', query: '首问负则', targets: ['gs-first-owner'] },
  { category: 'two-char', query: '插队', targets: ['hsi-queue'] },
];

// ------------------------------------------------------------------ chengchuan-water-bus (澄川公用集团)
const CHENGCHUAN: SearchCase[] = [
  { category: 'exact', query: '抄见水量', targets: ['water-data-entry'] },
  { category: 'paraphrase', query: '公交停靠时车离马路牙子多远才合格', targets: ['bus-stop-at-station'] },
  { category: 'paraphrase', query: '司机开着车还能接电话抽烟吗', targets: ['bus-no-phone'] },
  { category: 'paraphrase', query: '营业厅的人能不能收用户送的东西', targets: ['service-norms-cc-2-5-2'] },
  { category: 'paraphrase', query: '规范哪天开始算数', targets: ['service-norms-cc-5-14'] },
  { category: 'paraphrase', query: '要领导签字的事 多久能办好', targets: ['service-norms-cc-3-7-2'] },
  {
    category: 'role',
    query: '抄表员 抄回来的数当天要录吗',
    targets: ['service-norms-cc-4-11'],
    filters: { unit: 'water-east-meter' },
  },
  { category: 'role', query: '营业受理员 收钱找零怎么说', targets: ['water-cash-change', 'water-cash-in'] },
  { category: 'role', query: '热线接线员 接起电话第一句', targets: ['water-phone-open'] },
  { category: 'number', query: '东城抢修 2319110', targets: ['water-east'] },
  { category: 'typo', query: '泄漏用户信息', targets: ['v-leak-info', 'service-norms-cc-2-5-3'] },
  { category: 'two-char', query: '零钱', targets: ['water-cash-rude'] },
];

// ------------------------------------------------------------------ tongjiang-city (桐江城服集团)
const TONGJIANG: SearchCase[] = [
  { category: 'exact', query: '每单有发票', targets: ['txc-invoice-all'] },
  { category: 'paraphrase', query: '坐后排那根带子司机会提醒扣上吗', targets: ['tx-seatbelt'] },
  { category: 'paraphrase', query: '扛着大箱子打车 司机帮不帮搬', targets: ['tx-luggage-help'] },
  { category: 'paraphrase', query: '门诊退的钱退到哪里 微信付的退回微信吗', targets: ['th-refund-route'] },
  {
    category: 'paraphrase',
    query: '结账走人还得等服务员去屋里看一圈 要多久',
    targets: ['tf-room-check-fast'],
  },
  { category: 'paraphrase', query: '燃气卡充了钱回家要干嘛', targets: ['tgs-ic-card', 'gs-topup-done'] },
  { category: 'role', query: '安检员 进门前', targets: ['tgs-show-card', 'gs-knock-intro'] },
  {
    category: 'role',
    query: '租车业务员 客户还车后押金什么时候退',
    targets: ['tx-rental-deposit', 'rental-deposit-return'],
    filters: { unit: 'tj-car-rental' },
  },
  { category: 'role', query: '挂号收费员 后面的人挤到窗口跟前', targets: ['th-one-meter'] },
  { category: 'number', query: '0756-3266300', targets: ['tj-hosp-north'] },
  { category: 'typo', query: '挑客拒栽', targets: ['tx-no-refuse', 'tjv-refuse-ride'] },
  { category: 'two-char', query: '叫早', targets: ['tf-wake-up'] },
];

// ------------------------------------------------------------------ lanxi-civic (岚溪民生中心)
const LANXI: SearchCase[] = [
  { category: 'exact', query: '调看窗口监控录像', targets: ['lxa-camera'] },
  { category: 'paraphrase', query: '寄快递为啥非要拆开给你看', targets: ['lp-open-check', 'lp-check-ask'] },
  { category: 'paraphrase', query: '车晚了 车站隔多久更新一回消息', targets: ['lr-late-train'] },
  { category: 'paraphrase', query: '退车票要扣多少 让工作人员帮我定行吗', targets: ['lr-refund-rule'] },
  { category: 'paraphrase', query: '捡到东西的人交过来 你们怎么登记', targets: ['lr-lost-log'] },
  { category: 'paraphrase', query: '不会玩智能机的老头 社保窗口能不能直接给办', targets: ['ls-no-phone-only'] },
  {
    category: 'role',
    query: '社保经办员 老人问养老金为啥这么少',
    targets: ['ls-pension-calc', 'ls-calc-explain'],
  },
  { category: 'role', query: '车站客运员 坐轮椅的旅客', targets: ['lr-wheelchair'] },
  {
    category: 'role',
    query: '邮政营业员 寄件人包里有打火机',
    targets: ['lp-banned-items'],
    filters: { unit: 'lx-post' },
  },
  { category: 'number', query: '8640185', targets: ['lx-post'] },
  { category: 'typo', query: '下班了還在排隊', targets: ['lg-closing'] },
  { category: 'two-char', query: '碎纸', targets: ['lg-info-safe'] },
];

// ------------------------------------------------------------------ jichuan-ops (霁川城运集团)
const JICHUAN: SearchCase[] = [
  { category: 'exact', query: '岗位练兵', targets: ['jgc-training'] },
  { category: 'paraphrase', query: '航班拖了三个多钟头 给不给饭吃', targets: ['ja-delay-care'] },
  { category: 'paraphrase', query: '小孩一个人坐飞机 到了交给谁', targets: ['ja-um-child'] },
  { category: 'paraphrase', query: '宽带师傅上门晚了会不会先说一声', targets: ['ct-visit-call'] },
  { category: 'paraphrase', query: '营业员推荐套餐只说便宜不说合约 算违规吗', targets: ['ct-plan-explain'] },
  { category: 'paraphrase', query: '景区人太多了还卖票吗', targets: ['ws-crowd-limit'] },
  { category: 'role', query: '值机员 旅客名字和票上差一个字', targets: ['ja-name-match'] },
  { category: 'role', query: '游客中心服务员 小孩跟家长走散了', targets: ['ws-lost-kid'] },
  {
    category: 'role',
    query: '装维工程师 装完网',
    targets: ['ct-speed-test', 'cq-done-home'],
    filters: { unit: 'jc-cable' },
  },
  { category: 'number', query: '6337021', targets: ['jc-cable-luwan'] },
  { category: 'typo', query: '免費開水', targets: ['wsc-water'] },
  { category: 'two-char', query: '蓄须', targets: ['jg-hair'] },
];

// ------------------------------------------------------------------ yanzhou-heat-metro (雁洲市政集团)
const YANZHOU: SearchCase[] = [
  { category: 'exact', query: '兑零服务', targets: ['ymc-change'] },
  {
    category: 'paraphrase',
    query: '暖气费没交 一声不吭就把阀门关了 这样行吗',
    targets: ['yh-arrears-notice', 'yzv-shut-valve'],
  },
  { category: 'paraphrase', query: '扶梯不动了还能走上去吗', targets: ['ym-escalator'] },
  { category: 'paraphrase', query: '修暖气的师傅说私下帮我挪管子 给他现金就行', targets: ['yh-no-private-job'] },
  { category: 'paraphrase', query: '独居老人开始供暖后有人上门量温度吗', targets: ['yh-elder-care'] },
  { category: 'paraphrase', query: '站台上人挤人 工作人员推乘客', targets: ['ym-peak-flow'] },
  { category: 'role', query: '站务员 乘客卡刷不出去', targets: ['ym-card-fault'] },
  { category: 'role', query: '热力营业员 用户要纸质发票', targets: ['yh-invoice'] },
  { category: 'role', query: '供热维修工 测屋里温度', targets: ['yh-temp-measure'] },
  { category: 'number', query: '2371206', targets: ['yz-heat-beiyuan'] },
  { category: 'typo', query: '換班交接本', targets: ['yg-handover'] },
  { category: 'two-char', query: '指甲', targets: ['yg-hair'] },
];

// ------------------------------------------------------------------ luping-estate-insure (安和集团)
const LUPING: SearchCase[] = [
  { category: 'exact', query: '拒赔说明', targets: ['aic-refuse-reason'] },
  { category: 'paraphrase', query: '快递放物业那几天不拿会被扔吗', targets: ['ae-parcel'] },
  { category: 'paraphrase', query: '装修的碎砖头和旧沙发堆哪儿 多久拉走', targets: ['ae-bulky-trash'] },
  { category: 'paraphrase', query: '投了保才发现有些情况不赔 当时没人讲', targets: ['ai-explain-terms'] },
  { category: 'paraphrase', query: '赔的钱想改成给我闺女 当天能改吗', targets: ['ai-change'] },
  { category: 'paraphrase', query: '物业员工能在前台吃早饭吗', targets: ['ag-no-eat'] },
  { category: 'role', query: '秩序维护员 外卖小哥要进小区', targets: ['ae-visitor', 'eq-visitor-ask'] },
  { category: 'role', query: '保险柜面专员 客户说退了就亏', targets: ['iq-surrender-loss', 'iq-no-lose-it'] },
  { category: 'role', query: '物业项目经理 业主问电梯广告的钱去哪了', targets: ['ae-fee-list'] },
  { category: 'number', query: '5532047', targets: ['lp-estate-hexi'] },
  { category: 'typo', query: '查堪员几分钟到', targets: ['aic-survey', 'ai-survey-arrive'] },
  { category: 'two-char', query: '制服', targets: ['ag-dress'] },
];

export const THIRTEENTH_HELD_ASIDE: OrgQueries[] = [
  { content: 'test/fixtures/search-orgs/fenggang-fund-inspect', cases: FENGGANG },
  { content: 'content', cases: EXAMPLE },
  { content: 'test/fixtures/orgs/mixed-district', cases: MIXED },
  { content: 'test/fixtures/orgs/three-level-power', cases: THREE_LEVEL },
  { content: 'test/fixtures/orgs/chengchuan-water-bus', cases: CHENGCHUAN },
  { content: 'test/fixtures/orgs/tongjiang-city', cases: TONGJIANG },
  { content: 'test/fixtures/orgs/lanxi-civic', cases: LANXI },
  { content: 'test/fixtures/orgs/jichuan-ops', cases: JICHUAN },
  { content: 'test/fixtures/search-orgs/yanzhou-heat-metro', cases: YANZHOU },
  { content: 'test/fixtures/search-orgs/luping-estate-insure', cases: LUPING },
];
