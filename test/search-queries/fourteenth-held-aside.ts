/**
 * A fourteenth held-aside query set (issue 14), over a new organisation written for it — the fixture
 * test/fixtures/search-orgs/meiao-deed-notary (梅岙市便民服务集团: a real-estate registration centre's
 * service hall with a district branch under it, and a notary office; trades none of the earlier fixtures
 * has; kept out of test/fixtures/orgs so the suite does not build it) — and over the ten organisations of
 * the earlier sets: the example, mixed-district, three-level-power, chengchuan-water-bus, tongjiang-city,
 * lanxi-civic, jichuan-ops, yanzhou-heat-metro, luping-estate-insure and fenggang-fund-inspect. Written on
 * 2026-12-06 by the "blind14" helper session, which also wrote the new organisation's content; no search
 * engine and no synonym list has seen that content.
 *
 * What the writer read: /work/shared/DOMAIN.md, the commits that made the thirteenth set (2eba0e7's
 * fenggang-fund-inspect fixture, whole — the model for the new organisation's shape; 4dbcfa3: the header
 * of thirteenth-held-aside.ts, its first block of the new organisation's exact and paraphrase queries and
 * its last two blocks (luping-estate-insure's queries and the export), for the file's shape, and its
 * checks; 57b8af6: the benches' wiring), the schemas in src/model/schema (common's industry list, the
 * unit file, the assessment's inspection kinds, the services' material forms, the etiquette's conduct
 * topics, the quiz) and the post fields of the unit view in src/model/types.ts, test/search-queries/types.ts
 * and items.ts, test/search-queries.test.ts, a throwaway listing of the item ids of the ten earlier
 * organisations with the text items.ts says the site shows for each and how many earlier query files
 * aimed at it (counted from their target ids; no earlier query was printed), with the id, parent and
 * hotlines of their units, their roles and the heading ids of their MDX pages, one grep of content/ for
 * 三亮 (to see which items carry it), and the import, option and set-selection lines of
 * bench/search-quality.ts and bench/search-quality-node.ts (to wire `--fourteenth`). A throwaway check,
 * built on the soundness test's rules, listed this set's queries that repeated an earlier one (printing
 * only this set's side: 10 at first and 3 of their replacements — six exact terms, five phone numbers
 * and two two-character terms) or shared a run of three with a target (5 paraphrases); they were
 * replaced or reworded. A second throwaway count found one target aimed at by
 * five earlier files (a page section); its query was replaced.
 * What it did NOT read: anything under src/search/, any synonym file (src/search/default-synonyms.yaml,
 * content/synonyms.yaml, a fixture's synonyms.yaml — the new organisation has none, and no
 * `keywords:`), any `keywords:` list in content, bench/results/search*.md, the seed documents beyond
 * DOMAIN.md's account of them (seed-overlap.py finds no shared run with the new organisation), the
 * earlier sets' queries beyond the part of the thirteenth named above. The search engine has NOT been run
 * on these queries, no ranking of them has been looked at, no site was built for them and no search
 * bench was run: not yet run. None of the queries was adapted to a synonym. (Run once on 2026-12-06 at 0d62eb1,
 * in Chromium: bench/results/search14-fourteenth.md — p@1 59 %; the set is now spent, tuning material.)
 *
 * 193 queries: 73 on the new organisation, 12 on each of the ten earlier ones. 80 paraphrases and
 * questions (41 %), 53 role and situation queries (27 %), then 15 exact terms, 15 numbers and phone
 * numbers (nine without their area code, five with a word beside the number, a percentage, a count of
 * study hours), 15 typos (a wrong character of the same sound, traditional characters) and 15
 * two-character terms. Written as staff and the public type on a phone at a registration hall's
 * counters (intake, the records desk, certificates), in a district town and its villages, at a notary
 * office's reception and a notary's desk, and at the power, toll, water, bank, bus, hotel, hospital,
 * taxi, gas, social-insurance, station, post, cable, airport, scenic-area, heating, metro, property,
 * insurance, provident-fund and vehicle-inspection counters of the earlier organisations — their words
 * (房本, 老爸走了, 表哥, 遗书, 底档, 老屋, 的哥, 冷冰冰, 加塞, 本本上的号), not the content's. On the new
 * organisation the targets spread over clauses, a unit's own copies (the reworded mortgage clause and the
 * added village clause under the unit's filter, the unit's own commitment; the reworded certificate phrase
 * under the unit's filter), phrases, forbidden phrases, conduct rules, both rule sets, two processes and
 * their steps, commitments (one internal), thresholds, violations, inspections, awards, the service guide,
 * units and three sections of the MDX page. On the earlier organisations 139 of the 144 target references
 * are items at most one earlier query file aimed at (111 none); the other five are four units a phone
 * number belongs to and one unit's own clause. No paraphrase is a substring of its target's text, and none
 * shares a run of three letters or digits with it (nor with the whole page of a page section it aims at).
 * A query that names its unit carries that unit's filter (seven do); several targets are listed where a
 * clerk would be equally served.
 */
import type { OrgQueries } from './fresh-held-aside.ts';
import type { SearchCase } from './types.ts';

// ------------------------------------------------------------------ the new organisation (梅岙市便民服务集团)
const MEIAO: SearchCase[] = [
  // exact terms
  { category: 'exact', query: '五心服务', targets: ['ge-five-hearts'] },
  { category: 'exact', query: '三个零', targets: ['ge-three-zero'] },
  { category: 'exact', query: '交房即交证', targets: ['dd-new-house', 'dc-new-house'] },
  { category: 'exact', query: '金牌公证员', targets: ['mga-gold-notary'] },
  {
    category: 'exact',
    query: '周二进村',
    targets: ['dp-tuesday@ma-deed-dongpu', 'dp-homestead@ma-deed-dongpu'],
    filters: { unit: 'ma-deed-dongpu' },
  },

  // paraphrases and questions
  { category: 'paraphrase', query: '卖家在外地回不来 房子还能过户吗', targets: ['dd-both-present', 'nn-attorney'] },
  { category: 'paraphrase', query: '老爸走了 房子要过到我名下 必须先去做公证吗', targets: ['dd-inherit'] },
  { category: 'paraphrase', query: '房本丢了怎么补', targets: ['dd-lost-cert'] },
  { category: 'paraphrase', query: '想知道隔壁那套房押给银行没 能查吗', targets: ['dd-record-query'] },
  { category: 'paraphrase', query: '打官司的律师能调房子的底档吗', targets: ['dd-lawyer-query'] },
  { category: 'paraphrase', query: '期房怕开发商卖两家 有啥办法', targets: ['dd-presale'] },
  { category: 'paraphrase', query: '卧床老人没法去大厅 你们上门吗', targets: ['dd-home', 'nn-home', 'nc-home'] },
  { category: 'paraphrase', query: '礼拜六早上办证大厅开门不', targets: ['dc-saturday'] },
  { category: 'paraphrase', query: '买旧房子办手续的全过程', targets: ['dd-transfer-process'] },
  { category: 'paraphrase', query: '写个授权让儿子替我卖房 公证处要问啥', targets: ['nn-attorney', 'ne-explain-risk'] },
  { category: 'paraphrase', query: '老人写遗书时脑子不清楚 还能办吗', targets: ['nn-will'] },
  { category: 'paraphrase', query: '继承的公证要等多久 要登报吗', targets: ['nn-inherit'] },
  { category: 'paraphrase', query: '孩子去国外念书 要公证学历 英文翻译谁来对', targets: ['nn-abroad'] },
  { category: 'paraphrase', query: '给我办公证的是我表哥 这样行吗', targets: ['nn-recusal'] },
  { category: 'paraphrase', query: '摇号开奖请公证的人要全程盯着吗', targets: ['nn-scene'] },
  { category: 'paraphrase', query: '公证要去别的单位核实 会告诉我进展吗', targets: ['np-outside', 'nn-time'] },
  { category: 'paraphrase', query: '做个公证 先干啥后干啥', targets: ['nn-notarise-process'] },
  { category: 'paraphrase', query: '快下班了窗口就不给取号了 合理吗', targets: ['gm-no-early'] },
  { category: 'paraphrase', query: '说盖章的人今天不在 让我明天来', targets: ['gm-no-refuse'] },
  { category: 'paraphrase', query: '办证大厅的人收了中介好处插队', targets: ['gm-no-broker', 'mgv-broker'] },
  { category: 'paraphrase', query: '分数跌到七十几 要停岗吗', targets: ['mga-below-75'] },
  { category: 'paraphrase', query: '评星级窗口要啥条件', targets: ['mga-star-window'] },
  { category: 'paraphrase', query: '办完按的好评差评 有人看吗', targets: ['mga-rating'] },
  { category: 'paraphrase', query: '查档的把我电话给了中介 会怎么罚', targets: ['mgv-leak'] },
  {
    category: 'paraphrase',
    query: '过年前后人多 东浦那边晚上开到几点',
    targets: ['spring-peak-2027#二东浦分中心'],
  },
  {
    category: 'paraphrase',
    query: '春节交房 开发商那能直接发证吗',
    targets: ['spring-peak-2027#一登记大厅集中交房'],
  },
  {
    category: 'paraphrase',
    query: '放寒假那阵子 办出国的公证要排多久',
    targets: ['spring-peak-2027#三公证处出国材料'],
  },
  {
    category: 'paraphrase',
    query: '在东浦办抵押 是当地审吗',
    targets: ['dd-mortgage@ma-deed-dongpu'],
    filters: { unit: 'ma-deed-dongpu' },
  },
  {
    category: 'paraphrase',
    query: '村里老屋想办个证 非得跑城里吗',
    targets: ['dp-homestead@ma-deed-dongpu', 'dp-tuesday@ma-deed-dongpu'],
    filters: { unit: 'ma-deed-dongpu' },
  },
  {
    category: 'paraphrase',
    query: '东浦过户几天能拿证',
    targets: ['dd-transfer-time', 'dc-transfer'],
    filters: { unit: 'ma-deed-dongpu' },
  },

  // role and situation
  { category: 'role', query: '受理员 买卖双方只带了复印件', targets: ['dd-face-check'] },
  { category: 'role', query: '综合窗口 客户问契税去哪交', targets: ['dd-one-window', 'tf-tax'] },
  {
    category: 'role',
    query: '发证员 领证的人签完字就想走',
    targets: ['dd-cert-check', 'de-no-rush-sign', 'de-cert-hand'],
  },
  {
    category: 'role',
    query: '查档员 有人拿着借条要查欠钱人的房子',
    targets: ['dd-record-query', 'dd-record-query-guide'],
  },
  { category: 'role', query: '查档员 打出来的结果怎么交给人', targets: ['de-query-screen'] },
  { category: 'role', query: '查档员 有人要查别人家的房', targets: ['de-no-others', 'dd-record-query'] },
  { category: 'role', query: '登簿审核员 我们把面积录错了', targets: ['dd-correction'] },
  { category: 'role', query: '受理员 电脑显示这套房被冻结了', targets: ['dd-seizure', 'tf-refuse'] },
  { category: 'role', query: '收件的 交完材料跟群众说啥', targets: ['de-receive-docs'] },
  { category: 'role', query: '导办员 老太太不会用手机填表', targets: ['gm-help-fill'] },
  { category: 'role', query: '大厅值班长 抱娃的妈妈排在后面', targets: ['gm-priority'] },
  { category: 'role', query: '公证员助理 来人拿的是别人的身份证', targets: ['nn-identity', 'mgv-fake-id'] },
  { category: 'role', query: '公证员 儿女在旁边催老人快签', targets: ['ne-no-just-sign', 'nn-attorney'] },
  {
    category: 'role',
    query: '公证员助理 当事人想多给钱快点拿',
    targets: ['ne-no-rush-fee', 'mgv-overcharge', 'nc-fee'],
  },
  { category: 'role', query: '公证员 问人家有几套房 大厅里人多', targets: ['ne-record'] },
  { category: 'role', query: '公证处主任 当事人对不予办理不服', targets: ['nn-refuse', 'np-refuse-letter'] },
  { category: 'role', query: '效能督查员 这个月卷宗抽几本', targets: ['mga-files'] },
  { category: 'role', query: '窗口负责人 季度考了八十多分扣啥', targets: ['mga-below-90'] },
  { category: 'role', query: '窗口人员 中介塞了个红包', targets: ['gm-no-gift', 'mgv-gift'] },
  { category: 'role', query: '接电话的 对方问的我答不上来', targets: ['ge-phone-ring'] },
  { category: 'role', query: '窗口人员 群众要办的不归我这', targets: ['ge-lead', 'gm-first-ask'] },
  { category: 'role', query: '受理员 网断了 群众还在等', targets: ['ge-system', 'ge-no-tomorrow'] },
  {
    category: 'role',
    query: '东浦分中心发证员 村民来领证怎么开口',
    targets: ['de-cert-hand'],
    filters: { unit: 'ma-deed-dongpu' },
  },

  // numbers and phone numbers
  { category: 'number', query: '0738-2265133', targets: ['ma-deed'] },
  { category: 'number', query: '2278811 上门公证', targets: ['ma-notary', 'nc-home'] },
  { category: 'number', query: '6653207', targets: ['ma-deed-dongpu'] },
  { category: 'number', query: '2261578', targets: ['gmc-supervise'] },
  { category: 'number', query: '24学时', targets: ['gmc-training'] },

  // typos: a wrong character of the same sound, traditional characters
  { category: 'typo', query: '不動產登記', targets: ['ma-deed'] },
  { category: 'typo', query: '遗属公证', targets: ['nn-will'] },
  { category: 'typo', query: '抵压注销', targets: ['dd-mortgage', 'dc-mortgage'] },
  { category: 'typo', query: '预告登计', targets: ['dd-presale'] },
  { category: 'typo', query: '公证员回壁', targets: ['nn-recusal'] },

  // two-character terms
  { category: 'two-char', query: '查档', targets: ['dd-record-query', 'dd-record-query-guide'] },
  { category: 'two-char', query: '遗嘱', targets: ['nn-will'] },
  { category: 'two-char', query: '查封', targets: ['dd-seizure'] },
  { category: 'two-char', query: '邮寄', targets: ['dd-mail'] },
  { category: 'two-char', query: '过户', targets: ['dd-transfer-time', 'dc-transfer', 'dd-transfer-process'] },
];

// ------------------------------------------------------------------ the example (云澜公用服务)
const EXAMPLE: SearchCase[] = [
  { category: 'exact', query: '总结表彰阶段', targets: ['programme-plan#总结表彰阶段'] },
  {
    category: 'paraphrase',
    query: '客户递的材料要报出几份吗',
    targets: ['name-the-papers-received', 'papers-received'],
  },
  { category: 'paraphrase', query: '盖个章楼上楼下来回跑好几趟', targets: ['no-bouncing-clients'] },
  { category: 'paraphrase', query: '投诉没弄好事情闹大了 谁负责', targets: ['violation-mishandled-complaint'] },
  { category: 'paraphrase', query: '跟客户说话眼睛往哪看', targets: ['smile-and-eye-contact'] },
  { category: 'paraphrase', query: '办接水的材料没带全 会给个清单吗', targets: ['water-one-time-notice'] },
  { category: 'role', query: '受理员 上班时间刷手机聊天', targets: ['no-private-chat-or-calls'] },
  { category: 'role', query: '收费员 在亭子里接私人电话', targets: ['toll-no-phone-in-booth'] },
  { category: 'role', query: '值班长 员工被投诉查实 影响很坏', targets: ['violation-verified-serious-complaint'] },
  { category: 'number', query: '满意率98%', targets: ['satisfaction-rate'] },
  { category: 'typo', query: '五聲服務', targets: ['five-voices'] },
  { category: 'two-char', query: '水压', targets: ['water-pressure-minimum'] },
];

// ------------------------------------------------------------------ mixed-district (青岚公服集团)
const MIXED: SearchCase[] = [
  { category: 'exact', query: '正式考核期', targets: ['ga-formal'] },
  { category: 'paraphrase', query: '窗口柜员能不能帮客户按密码', targets: ['bsi-no-password'] },
  { category: 'paraphrase', query: '宾馆里谁能决定给我房费打折', targets: ['duty-manager'] },
  { category: 'paraphrase', query: '公交上跟着车的那个人是干嘛的', targets: ['bus-conductor'] },
  {
    category: 'paraphrase',
    query: '取一大笔现金要提前打招呼吗',
    targets: ['xiangyang-cash-appointment@bank-xiangyang-outlet'],
    filters: { unit: 'bank-xiangyang-outlet' },
  },
  { category: 'paraphrase', query: '开户为啥问我办卡干嘛用', targets: ['bsi-verify-id'] },
  { category: 'role', query: '大堂经理 客户排队太久发火', targets: ['bank-queue-wait', 'lobby-manager'] },
  { category: 'role', query: '公交驾驶员 自动报站坏了', targets: ['bssi-announce'] },
  { category: 'role', query: '集团服务监督部 去各单位暗访一个月几回', targets: ['ga-mystery-visit'] },
  { category: 'number', query: '2866011 门诊', targets: ['hospital-outpatient'] },
  { category: 'typo', query: '唱收唱负', targets: ['bsi-sing'] },
  { category: 'two-char', query: '报站', targets: ['bs-announce', 'bssi-announce'] },
];

// ------------------------------------------------------------------ three-level-power (禾川)
const THREE_LEVEL: SearchCase[] = [
  { category: 'exact', query: '集团服务监督办公室', targets: ['quality-office'] },
  { category: 'paraphrase', query: '去交电费要等多长时间 有规定吗', targets: ['pw-counter-wait'] },
  { category: 'paraphrase', query: '客服接电话记完了 多久回我', targets: ['hg-phone-record'] },
  { category: 'paraphrase', query: '修电的师傅上门得亮证件吧', targets: ['psi-repair-arrival'] },
  { category: 'paraphrase', query: '营业厅的人跟我说话一口方言 还冷冰冰的', targets: ['hsi-mandarin'] },
  { category: 'paraphrase', query: '有人加塞先办 你们管不管', targets: ['hsi-queue'] },
  { category: 'role', query: '营业员 客户要办新装', targets: ['pn-accept', 'pn-apply'] },
  { category: 'role', query: '客服专员 接到报修电话', targets: ['pf-call'] },
  { category: 'role', query: '窗口一线员工 穿衣戴牌有啥要求', targets: ['hsi-badge'] },
  { category: 'number', query: '0738-7321100', targets: ['songxi-county', 'baishi-point'] },
  { category: 'typo', query: '投訴登記', targets: ['hsi-complaint-log'] },
  { category: 'two-char', query: '建档', targets: ['pn-done'] },
];

// ------------------------------------------------------------------ chengchuan-water-bus (澄川)
const CHENGCHUAN: SearchCase[] = [
  { category: 'exact', query: '抄表服务', targets: ['service-norms-cc-4'] },
  { category: 'paraphrase', query: '水费想查 窗口先问我要什么号', targets: ['water-ask-account'] },
  { category: 'paraphrase', query: '员工能化浓妆上班吗', targets: ['service-norms-cc-2-4-3'] },
  { category: 'paraphrase', query: '自来水管爆了 打电话后多久派人', targets: ['wr-dispatch', 'wr-start'] },
  { category: 'paraphrase', query: '这套规范是谁解释的', targets: ['service-norms-cc-5-13'] },
  { category: 'paraphrase', query: '查个水费改个电话 能马上弄好吗', targets: ['service-norms-cc-3-7-1'] },
  { category: 'role', query: '营业受理员 用户一进门怎么打招呼', targets: ['water-greet-hello', 'water-greet-stand'] },
  { category: 'role', query: '热线接线员 用户问的事归别的部门', targets: ['water-phone-rude'] },
  { category: 'role', query: '班组长 月底服务检查', targets: ['monthly-check'] },
  { category: 'number', query: '90分以下', targets: ['below-90'] },
  { category: 'typo', query: '工号排没戴', targets: ['v-no-badge', 'service-norms-cc-2-4-1'] },
  { category: 'two-char', query: '失物', targets: ['bus-lost-property'] },
];

// ------------------------------------------------------------------ tongjiang-city (桐江城服)
const TONGJIANG: SearchCase[] = [
  { category: 'exact', query: '入户安检员', targets: ['gas-inspector'] },
  { category: 'paraphrase', query: '给房卡的时候 大声报房间号合适吗', targets: ['tf-room-number-quiet'] },
  { category: 'paraphrase', query: '看病退费当天能退回来吗', targets: ['th-refund-same-day'] },
  { category: 'paraphrase', query: '挂号非得本人证件吗 家人帮挂行不行', targets: ['th-real-name'] },
  { category: 'paraphrase', query: '的哥每天拉活前 车要擦干净吗', targets: ['tx-clean-car'] },
  { category: 'paraphrase', query: '燃气上门的说不买那报警玩意就断气', targets: ['gs-no-threat'] },
  { category: 'role', query: '挂号收费员 收现金要不要念出来', targets: ['th-sing-out'] },
  { category: 'role', query: '燃气抢修工 用户报漏气 多快到', targets: ['gs-leak-eta'] },
  { category: 'role', query: '一线窗口人员 临时走开一会儿', targets: ['tg-leave-sign'] },
  { category: 'number', query: '0756-3155099', targets: ['tj-gas', 'tj-gas-chengxi', 'tj-gas-huangtan'] },
  { category: 'typo', query: '工号拍', targets: ['tg-badge'] },
  { category: 'two-char', query: '押金', targets: ['tf-deposit'] },
];

// ------------------------------------------------------------------ lanxi-civic (岚溪)
const LANXI: SearchCase[] = [
  { category: 'exact', query: '服务月', targets: ['service-month#一为什么办服务月'] },
  {
    category: 'paraphrase',
    query: '家里老人瘫了 服务站能来家里办吗',
    targets: ['dg-bedside-service', 'dg-home-visit'],
    filters: { unit: 'lx-social-street' },
  },
  { category: 'paraphrase', query: '火车站丢了东西 多久告诉我找着没', targets: ['lrc-lost-reply', 'rl-reply-none'] },
  { category: 'paraphrase', query: '老太太只会讲方言 窗口能用土话跟她说不', targets: ['lg-dialect'] },
  { category: 'paraphrase', query: '把我身份证号泄出去了 怎么罚', targets: ['lxv-leak-info'] },
  { category: 'paraphrase', query: '社保办事要带几寸照片', targets: ['lsi-photo'] },
  { category: 'role', query: '窗口人员 叫人的时候直接喊喂', targets: ['lq-no-shout-name'] },
  { category: 'role', query: '值班长 月底考了七十几分', targets: ['lxa-below-75'] },
  { category: 'role', query: '社保窗口 代人来办要带啥', targets: ['lsi-proxy'] },
  { category: 'number', query: '8640185 邮政', targets: ['lx-post'] },
  { category: 'typo', query: '墙上都帖着', targets: ['lq-no-read-yourself'] },
  { category: 'two-char', query: '印章', targets: ['lq-desk-tidy'] },
];

// ------------------------------------------------------------------ jichuan-ops (霁川)
const JICHUAN: SearchCase[] = [
  { category: 'exact', query: '季度现场检查', targets: ['jca-quarterly'] },
  { category: 'paraphrase', query: '机场托运的箱子没到 找着了给送家吗', targets: ['bg-deliver', 'bg-found'] },
  { category: 'paraphrase', query: '电视没画面 远程弄不好会派人来吗', targets: ['cf-dispatch', 'cf-fixed'] },
  { category: 'paraphrase', query: '买了门票没进去 当日能退钱不', targets: ['wsc-refund-day'] },
  { category: 'paraphrase', query: '孩子在山上走丢了 怎么找', targets: ['lk-cctv', 'lk-return'] },
  { category: 'paraphrase', query: '值机截止了还骂人 怪我来晚', targets: ['aq-no-too-late'] },
  { category: 'role', query: '广电营业员 客户问套餐哪个好', targets: ['cq-no-all-same'] },
  { category: 'role', query: '地勤 发登机牌的时候', targets: ['aq-no-throw-pass'] },
  { category: 'role', query: '柜台员工 客人走近了还在埋头干活', targets: ['jq-eye-smile'] },
  { category: 'number', query: '0745-6271200', targets: ['jc-scenic', 'jc-scenic-north'] },
  { category: 'typo', query: '晨会自察', targets: ['jca-self'] },
  { category: 'two-char', query: '吵架', targets: ['jcv-quarrel'] },
];

// ------------------------------------------------------------------ yanzhou-heat-metro (雁洲)
const YANZHOU: SearchCase[] = [
  { category: 'exact', query: '独居老人', targets: ['by-elder-call', 'cold-wave-2027#三独居老人'] },
  { category: 'paraphrase', query: '交暖气费只能扫码吗 带的现金', targets: ['yh-pay-ways'] },
  { category: 'paraphrase', query: '修暖气的进屋要套鞋吗', targets: ['yh-shoe-cover'] },
  { category: 'paraphrase', query: '家里屋子冰凉 打电话报了以后咋处理', targets: ['hc-call', 'hc-log'] },
  { category: 'paraphrase', query: '安检让我开包 口气很冲', targets: ['mq-no-open'] },
  { category: 'paraphrase', query: '员工在我家抽烟', targets: ['yg-smoke'] },
  { category: 'role', query: '维修工 修完了要用户签什么', targets: ['hq-done'] },
  { category: 'role', query: '客服 电话里对方还没挂', targets: ['yq-ring-three'] },
  { category: 'role', query: '热力收费员 催缴时放狠话', targets: ['hq-no-threat'] },
  { category: 'number', query: '2298800', targets: ['yz-metro-xinhe'] },
  { category: 'typo', query: '二郎退', targets: ['yq-sit-straight'] },
  { category: 'two-char', query: '票据', targets: ['yg-no-fee'] },
];

// ------------------------------------------------------------------ luping-estate-insure (安和集团)
const LUPING: SearchCase[] = [
  { category: 'exact', query: '业主满意度问卷', targets: ['aha-owner-survey'] },
  { category: 'paraphrase', query: '管理费能手机转吗', targets: ['ae-fee-ways'] },
  { category: 'paraphrase', query: '租房的能办小区门禁吗', targets: ['ae-access-card'] },
  { category: 'paraphrase', query: '维修师傅在我家到处乱看', targets: ['eq-no-smoke-home'] },
  { category: 'paraphrase', query: '出车祸打了保险公司电话 派人要多久', targets: ['cc-dispatch', 'cc-report'] },
  { category: 'paraphrase', query: '上班提前几分钟要到', targets: ['ag-punctual'] },
  { category: 'role', query: '物业前台 交接班没写清楚', targets: ['ag-handover'] },
  { category: 'role', query: '维修员 派单后几分钟接', targets: ['er-dispatch'] },
  { category: 'role', query: '项目经理 每周看维修单', targets: ['er-end'] },
  { category: 'number', query: '5529500', targets: ['lp-insure'] },
  { category: 'typo', query: '楼道包洁', targets: ['aec-cleaning'] },
  { category: 'two-char', query: '胸卡', targets: ['ag-badge'] },
];

// ------------------------------------------------------------------ fenggang-fund-inspect (枫港公服集团)
const FENGGANG: SearchCase[] = [
  { category: 'exact', query: '预约上线', targets: ['vic-booking', 'vi-booking'] },
  { category: 'paraphrase', query: '单位头一回给员工交住房钱 要带啥', targets: ['fd-open-account'] },
  { category: 'paraphrase', query: '交的比例最高能定多少', targets: ['fd-base-adjust'] },
  { category: 'paraphrase', query: '上线开车的那些人穿什么衣服', targets: ['gg-dress'] },
  { category: 'paraphrase', query: '车架号跟本本上的号不一致 还能验吗', targets: ['vi-papers'] },
  { category: 'paraphrase', query: '材料像是假的 会怎么复核', targets: ['wd-doubt', 'wd-director'] },
  { category: 'role', query: '车检收费员 收钱找零怎么说', targets: ['vq-fee-in', 'vq-fee-change'] },
  { category: 'role', query: '检测员 车主的车没过 说话要注意啥', targets: ['vq-no-scrap', 'va-fail'] },
  { category: 'role', query: '公积金柜员 材料不全的人', targets: ['fq-no-come-back', 'fq-missing-list'] },
  { category: 'number', query: '3397122 预约', targets: ['fg-inspect'] },
  { category: 'typo', query: '四个一漾', targets: ['gq-four-same'] },
  { category: 'two-char', query: '桌牌', targets: ['gg-badge'] },
];

export const FOURTEENTH_HELD_ASIDE: OrgQueries[] = [
  { content: 'test/fixtures/search-orgs/meiao-deed-notary', cases: MEIAO },
  { content: 'content', cases: EXAMPLE },
  { content: 'test/fixtures/orgs/mixed-district', cases: MIXED },
  { content: 'test/fixtures/orgs/three-level-power', cases: THREE_LEVEL },
  { content: 'test/fixtures/orgs/chengchuan-water-bus', cases: CHENGCHUAN },
  { content: 'test/fixtures/orgs/tongjiang-city', cases: TONGJIANG },
  { content: 'test/fixtures/orgs/lanxi-civic', cases: LANXI },
  { content: 'test/fixtures/orgs/jichuan-ops', cases: JICHUAN },
  { content: 'test/fixtures/search-orgs/yanzhou-heat-metro', cases: YANZHOU },
  { content: 'test/fixtures/search-orgs/luping-estate-insure', cases: LUPING },
  { content: 'test/fixtures/search-orgs/fenggang-fund-inspect', cases: FENGGANG },
];
