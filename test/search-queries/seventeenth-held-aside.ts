/**
 * A seventeenth held-aside query set (issue 14), over a new organisation written for it — the fixture
 * test/fixtures/search-orgs/yujiang-campus-mart (榆江大学: a university's student affairs service centre
 * with a campus service station under it, and the campus supermarket its catering and logistics group
 * runs; education and retail, the two industries no earlier fixture and no part of content/ holds; kept
 * out of test/fixtures/orgs so the suite does not build it) — and over the thirteen organisations of the
 * sixteenth set: shanyuan-gas-scenic, the example, mixed-district, three-level-power,
 * chengchuan-water-bus, tongjiang-city, lanxi-civic, jichuan-ops, yanzhou-heat-metro,
 * luping-estate-insure, fenggang-fund-inspect, meiao-deed-notary and huaiyang-affairs-library. Written by
 * the "blind17" helper session, which also wrote the new organisation's content; no search engine and no
 * synonym list has seen that content.
 *
 * What the writer read: /work/shared/DOMAIN.md, the opening and command-line sections of README.md,
 * test/fixtures/search-orgs/README.md, the shanyuan-gas-scenic fixture (whole — the model for the new
 * organisation's shape), the commits that made the sixteenth set (f4b54da, 4c516aa: the file list, the
 * benches' wiring, the README paragraph and the soundness test), the sixteenth query file's header, part
 * of its new-organisation block and its example block (for the format) and its lines naming a unit
 * filter or a phone number, test/search-queries/types.ts and items.ts, test/search-queries.test.ts, the
 * industry and conduct-topic lists and the service-guide schema of src/model/schema, and a throwaway
 * listing of the item ids of the thirteen earlier organisations with the text items.ts says the site
 * shows for each (the first 75 characters) and how many earlier query files aimed at it (counted from
 * their target ids; no earlier query was printed), with the id, name and hotlines of their units, their
 * roles and the heading ids of their MDX pages. The soundness test (and a throwaway copy of its checks
 * that lists every finding at once) listed this set's queries that repeated an earlier one or shared a
 * run of three with a target; they were replaced or reworded. The first lines of the twenty latest
 * commit messages (git log --oneline) were seen, three of them about src/search; one names 影印, and
 * no query uses that word.
 * What it did NOT read: anything under src/search/, any synonym file (src/search/default-synonyms.yaml,
 * content/synonyms.yaml, a fixture's synonyms.yaml — the new organisation has none, and no
 * `keywords:`), any `keywords:` list in content, bench/results/, the seed documents beyond DOMAIN.md's
 * account of them (seed-overlap.py finds no shared run with the new organisation), the earlier sets'
 * queries beyond the parts of the sixteenth named above, the bodies of commits touching src/search. The
 * search engine has NOT been run on these queries, no ranking of them has been looked at, no site was
 * built for them and no search bench was run: not yet run. None of the queries was adapted to a
 * synonym. (Run once at 9127ee4, in Chromium: bench/results/search17-seventeenth.md; the set is now
 * spent, tuning material.)
 *
 * 249 queries: 93 on the new organisation (37 %), 12 on each of the thirteen earlier ones (one exact
 * term, four paraphrases, four role or situation queries, a phone number, a typo and a two-character
 * term). 99 paraphrases and questions (40 %), 74 role and situation queries (30 %), then 19 exact terms,
 * 19 numbers and phone numbers (most without their area code, most with a word beside the number, one
 * with the area code set apart by a space, one a sum of money, one an order's minimum), 19 typos (a
 * wrong character of the same sound, traditional characters) and 19 two-character terms. On the new
 * organisation the targets spread over clauses, the campus station's own copies (the reworded
 * dorm-repair clause and the added clause on interns' proxies under its filter, its own Wednesday-evening
 * commitment; the reworded knock-on-the-dorm-door phrase and the longer transcript param under its
 * filter), phrases, forbidden phrases, conduct rules, a rule set, two processes and their steps,
 * commitments, violations, an award, an inspection, the service guide, the units' phone numbers and the
 * four sections of the MDX page. Written as students, parents and staff type on a phone at a student
 * affairs window, on its lost-card line, in the dormitories and at the campus supermarket's checkouts and
 * service desk, and at the counters of the earlier organisations — their words (饭卡, 红本本, 挂科, 聚餐,
 * 电煮锅, 文凭, 二两, 小卖部, 甩锅, 车行), not the content's. No paraphrase is a substring of its target's
 * text, and none shares a run of three letters or digits with it (nor with the whole page of a page
 * section it aims at). A paraphrase or role query that names the campus station (or a station of an
 * earlier organisation) carries its filter; several targets are listed where a clerk would be equally
 * served.
 */
import type { OrgQueries } from './fresh-held-aside.ts';
import type { SearchCase } from './types.ts';

const XISHAN = { unit: 'yj-affairs-xishan' };
const MART = { unit: 'yj-mart' };

// ------------------------------------------------------------------ the new organisation (榆江大学)
const YUJIANG: SearchCase[] = [
  // exact terms
  { category: 'exact', query: '一卡通挂失', targets: ['en-card-freeze', 'ec-freeze-24'] },
  { category: 'exact', query: '违章电器', targets: ['en-safety-check'] },
  { category: 'exact', query: '价签不符', targets: ['mn-tag-lower', 'mc-diff-back'] },
  { category: 'exact', query: '绿色通道', targets: ['en-green-way', 'ec-green'] },
  { category: 'exact', query: '诚信收银员', targets: ['ga-honest-cashier'] },
  { category: 'exact', query: '勤工助学', targets: ['en-work-study'] },

  // paraphrases and questions
  {
    category: 'paraphrase',
    query: '饭卡找不着了 里头三百块钱会被人花掉吗',
    targets: ['en-card-freeze', 'ee-card-frozen'],
  },
  { category: 'paraphrase', query: '补一张饭卡多少钱 里面的钱能转过来吗', targets: ['en-card-new'] },
  { category: 'paraphrase', query: '快毕业了 饭卡余额能不能退', targets: ['en-card-refund'] },
  {
    category: 'paraphrase',
    query: '去国外旅游办签证 要学校出个英文材料证明我还在上学',
    targets: ['en-enrol-proof'],
  },
  {
    category: 'paraphrase',
    query: '实习公司让学校开张条子 说明我是这儿的学生 当天能拿吗',
    targets: ['en-enrol-proof', 'ec-proof-now'],
  },
  {
    category: 'paraphrase',
    query: '申请国外读研 分数要学校密封寄过去',
    targets: ['en-transcript', 'ep-transcript-process', 'et-envelope'],
  },
  { category: 'paraphrase', query: '要一份盖章的各科分数 几天能拿到', targets: ['en-transcript', 'ec-transcript'] },
  {
    category: 'paraphrase',
    query: '那个红本本丢了 回家买票还能半价吗',
    targets: ['en-id-lost', 'es-student-card-guide'],
  },
  { category: 'paraphrase', query: '证件上印的回家车站写错了 能改吗', targets: ['en-rail-card'] },
  { category: 'paraphrase', query: '爸妈从老家来电 问我挂没挂科 窗口会说吗', targets: ['en-parent-call'] },
  { category: 'paraphrase', query: '家里穷 开学交不上学费 能先住进去吗', targets: ['en-green-way', 'ec-green'] },
  { category: 'paraphrase', query: '生源地贷的那笔学费钱 那张凭条啥时候前给学校', targets: ['en-loan-receipt'] },
  {
    category: 'paraphrase',
    query: '评了困难补助 会不会把我家情况贴出来让全班都知道',
    targets: ['en-aid-quiet', 'gav-leak'],
  },
  { category: 'paraphrase', query: '想在学校里找个活干挣点生活费', targets: ['en-work-study'] },
  {
    category: 'paraphrase',
    query: '寝室卫生间的管子裂了 地上全是水 师傅多久到',
    targets: ['en-repair', 'ec-urgent-repair'],
  },
  { category: 'paraphrase', query: '聚餐回来晚了 楼下大门锁了 宿管让进吗', targets: ['en-late-back'] },
  { category: 'paraphrase', query: '查寝的时候老师能翻我柜子吗', targets: ['en-safety-check', 'ee-no-search'] },
  { category: 'paraphrase', query: '被没收的电煮锅 什么时候还我', targets: ['en-safety-check'] },
  { category: 'paraphrase', query: '我妈来学校看我 能上楼进寝室吗', targets: ['en-visitor'] },
  { category: 'paraphrase', query: '跟室友处不来 想搬到别的屋', targets: ['en-swap-room'] },
  { category: 'paraphrase', query: '毕业了 档案能自己拿着去单位报到吗', targets: ['en-archive-send'] },
  { category: 'paraphrase', query: '毕业离校要盖一堆章 跑好几栋楼', targets: ['en-leave-once'] },
  { category: 'paraphrase', query: '大学文凭找不到了 还能补办吗', targets: ['en-diploma-lost'] },
  { category: 'paraphrase', query: '银行那张表要盖学院公章 我得一个个部门去找吗', targets: ['en-one-stamp'] },
  { category: 'paraphrase', query: '楼里那台机器 刷卡能直接吐出在校证明吗', targets: ['en-self-print'] },
  { category: 'paraphrase', query: '超市标着3块5 结账收了4块5', targets: ['mn-tag-lower', 'mc-diff-back'] },
  { category: 'paraphrase', query: '称的水果回家一称少了二两', targets: ['mn-weigh', 'gav-short'] },
  {
    category: 'paraphrase',
    query: '买的酸奶过期了 超市该怎么赔',
    targets: ['mn-expired-pay', 'mc-expired', 'mp-expired-process'],
  },
  { category: 'paraphrase', query: '面包快到期了 打折的放哪', targets: ['mn-near-date'] },
  { category: 'paraphrase', query: '台灯用了三天就不亮了 超市给换吗', targets: ['mn-faulty'] },
  { category: 'paraphrase', query: '班费买的东西 需要正规票据给老师报账', targets: ['mn-invoice'] },
  { category: 'paraphrase', query: '想买的牌子超市不卖 可以让你们订货吗', targets: ['mn-wish-list'] },
  { category: 'paraphrase', query: '存包的小票弄丢了 包还能取吗', targets: ['mn-locker'] },
  {
    category: 'paraphrase',
    query: '出门的时候门嘀嘀响 店员要翻我书包',
    targets: ['mn-alarm', 'gav-search', 'me-alarm-sorry'],
  },
  { category: 'paraphrase', query: '超市只能扫码吗 我只有纸币', targets: ['mn-cash-ok', 'me-no-cash-no'] },
  { category: 'paraphrase', query: '切好的西瓜是不是昨天剩的', targets: ['mn-cut-fruit'] },
  {
    category: 'paraphrase',
    query: '超市员工把坏了日子的货换个标签接着卖 怎么处罚',
    targets: ['gav-expired', 'mn-date-check'],
  },
  { category: 'paraphrase', query: '想给帮忙的老师塞个红包表示感谢', targets: ['gn-no-gift', 'gav-gift'] },
  { category: 'paraphrase', query: '期末让我们给窗口打分 是怎么回事', targets: ['ga-survey'] },
  {
    category: 'paraphrase',
    query: '西山 跟着科室实习下不了班 让室友去拿材料行吗',
    targets: ['xs-ward-proxy@yj-affairs-xishan'],
    filters: XISHAN,
  },
  {
    category: 'paraphrase',
    query: '西山 晚上有没有窗口开着',
    targets: ['xs-wed-night@yj-affairs-xishan'],
    filters: XISHAN,
  },
  {
    category: 'paraphrase',
    query: '西山 寝室东西坏了找谁来修',
    targets: ['en-repair@yj-affairs-xishan'],
    filters: XISHAN,
  },
  {
    category: 'paraphrase',
    query: '西山 打一份分数单要几天',
    targets: ['en-transcript', 'ec-transcript', 'et-print'],
    filters: XISHAN,
  },
  {
    category: 'paraphrase',
    query: '新生到校那天 家境不好的去哪个点',
    targets: ['autumn-intake-2027#一报到现场和绿色通道'],
  },
  {
    category: 'paraphrase',
    query: '刚入学的证件 要我们自己挨个去领吗',
    targets: ['autumn-intake-2027#二一卡通和学生证集中办理'],
  },
  {
    category: 'paraphrase',
    query: '开学头几天 寝室东西坏了 晚上有人修吗',
    targets: ['autumn-intake-2027#三宿舍入住和报修'],
  },
  {
    category: 'paraphrase',
    query: '开学那周小卖部开到几点 盆子衣架能送上门吗',
    targets: ['autumn-intake-2027#四超市延时和送货'],
  },

  // role and situation
  { category: 'role', query: '宿管 查寝敲门怎么说', targets: ['ee-knock'] },
  { category: 'role', query: '西山宿管 跟物业电工一起查寝 开口说什么', targets: ['ee-knock'], filters: XISHAN },
  { category: 'role', query: '宿管 敲了门直接拿钥匙进去行不行', targets: ['ee-wait-dress'] },
  {
    category: 'role',
    query: '一卡通窗口 学生说卡丢了钱被刷了',
    targets: ['ee-card-frozen', 'ee-no-not-mine', 'en-card-freeze'],
  },
  { category: 'role', query: '综合窗口 收了学生交的材料怎么说', targets: ['ee-got-papers'] },
  { category: 'role', query: '受理员 把证件还给学生时', targets: ['ee-give-back'] },
  {
    category: 'role',
    query: '受理员 学生问的事不归我们办',
    targets: ['ee-no-ask-college', 'gn-no-kick', 'gn-first-ask'],
  },
  {
    category: 'role',
    query: '接到家长电话 说联系不上孩子',
    targets: ['ee-parent-reassure', 'en-parent-call'],
  },
  { category: 'role', query: '家长来窗口 怎么招呼', targets: ['ge-parent-hi'] },
  { category: 'role', query: '收银员 找零时怎么唱', targets: ['me-sing'] },
  { category: 'role', query: '收银员 顾客问要不要袋子', targets: ['me-need-bag'] },
  {
    category: 'role',
    query: '服务台 顾客拿东西来退',
    targets: ['me-let-me-see', 'me-no-return', 'mn-return'],
    filters: MART,
  },
  {
    category: 'role',
    query: '收银员 出口报警器响了',
    targets: ['me-alarm-sorry', 'mn-alarm', 'me-no-touch'],
  },
  { category: 'role', query: '理货员 每天上班先干什么', targets: ['mn-date-check'], filters: MART },
  { category: 'role', query: '理货员 促销结束了价签怎么办', targets: ['mn-tag'] },
  { category: 'role', query: '送货员 送到宿舍楼下没人接', targets: ['mn-deliver'] },
  {
    category: 'role',
    query: '店长 顾客拿着过期饼干来闹',
    targets: ['mp-expired-process', 'mx-verify', 'mx-manager', 'mn-expired-pay'],
  },
  { category: 'role', query: '店长 收银台排了七八个人', targets: ['mn-queue'] },
  { category: 'role', query: '资助老师 新生说交不起学费', targets: ['en-green-way', 'ec-green'] },
  { category: 'role', query: '档案员 毕业生想自己带走档案', targets: ['en-archive-send'] },
  { category: 'role', query: '维修师傅 跑水的报修多久要到', targets: ['ec-urgent-repair', 'en-repair'] },
  { category: 'role', query: '窗口员工 让学生白跑了一趟 怎么道歉', targets: ['ge-my-mistake'] },

  // numbers and phone numbers
  { category: 'number', query: '8331199 饭卡', targets: ['yj-affairs'] },
  { category: 'number', query: '8652208', targets: ['yj-affairs-xishan'] },
  { category: 'number', query: '0751 8337700 超市', targets: ['yj-mart'] },
  { category: 'number', query: '监督电话8339010', targets: ['gc-supervise'] },
  { category: 'number', query: '过期食品赔1000元', targets: ['mc-expired', 'mn-expired-pay'] },
  { category: 'number', query: '满20元送货', targets: ['mn-deliver', 'mc-deliver'] },

  // typos: a wrong character of the same sound, traditional characters
  { category: 'typo', query: '在讀證明', targets: ['en-enrol-proof', 'ec-proof-now'] },
  { category: 'typo', query: '一卡通挂式', targets: ['en-card-freeze', 'ec-freeze-24'] },
  { category: 'typo', query: '助学代款', targets: ['en-loan-receipt'] },
  { category: 'typo', query: '過期食品', targets: ['mn-expired-pay', 'mc-expired', 'mp-expired-process'] },
  { category: 'typo', query: '退換貨', targets: ['mn-return', 'mc-return'] },
  { category: 'typo', query: '宿舍保修', targets: ['en-repair', 'ec-urgent-repair'] },

  // two-character terms
  { category: 'two-char', query: '晚归', targets: ['en-late-back'] },
  { category: 'two-char', query: '档案', targets: ['en-archive-send'] },
  { category: 'two-char', query: '称重', targets: ['mn-weigh', 'gav-short'] },
  { category: 'two-char', query: '报销', targets: ['mn-invoice'] },
  { category: 'two-char', query: '访客', targets: ['en-visitor'] },
  { category: 'two-char', query: '三勤', targets: ['ge-three-diligent'] },
];

// ------------------------------------------------------------------ shanyuan-gas-scenic (杉原服务集团)
const SHANYUAN: SearchCase[] = [
  { category: 'exact', query: '金牌讲解员', targets: ['sa-gold-guide'] },
  { category: 'paraphrase', query: '山上打雷了 栈道还开吗', targets: ['jn-storm'] },
  { category: 'paraphrase', query: '进山的票要提前在手机上约时间吗', targets: ['jn-booking'] },
  { category: 'paraphrase', query: '抄燃气表的人上门一股酒味', targets: ['sn-no-smoke'] },
  { category: 'paraphrase', query: '修燃气的师傅在我家喝了我倒的酒 算违规吗', targets: ['sn-no-take', 'sav-take'] },
  { category: 'role', query: '咨询员 外国人来问路 我不会英语', targets: ['sn-mandarin'] },
  { category: 'role', query: '营业员 老人看不清表格', targets: ['sn-care'] },
  { category: 'role', query: '安检员 户主不让进 怕是骗子', targets: ['sn-card'] },
  {
    category: 'role',
    query: '服务台 接到孩子走丢了 几分钟内要广播',
    targets: ['jc-broadcast', 'jl-broadcast'],
  },
  { category: 'number', query: '0763-5236000 开户', targets: ['sy-gas'] },
  {
    category: 'typo',
    query: '農家樂廚房檢查',
    targets: ['dl-farm-stay@sy-gas-dongling'],
    filters: { unit: 'sy-gas-dongling' },
  },
  { category: 'two-char', query: '童车', targets: ['jn-borrow'] },
];

// ------------------------------------------------------------------ the example (云澜公用服务)
const EXAMPLE: SearchCase[] = [
  {
    category: 'exact',
    query: '车道安全',
    targets: ['toll-lane-safety', 'toll-crossing-lanes', 'toll-reflective-vest'],
  },
  { category: 'paraphrase', query: '交了钱要发票 营业员说得另外去开', targets: ['issue-receipt-unasked'] },
  {
    category: 'paraphrase',
    query: '打热线问为啥没电 对方会先说是不是检修安排好的吗',
    targets: ['tell-known-outages'],
  },
  {
    category: 'paraphrase',
    query: '收费站大雾天 值班的多久出来看一次',
    targets: ['toll-east-fog-patrol@toll-east-station'],
  },
  { category: 'paraphrase', query: '我就要人工窗口给我弄 员工非逼我去机器上', targets: ['no-forcing-self-service'] },
  { category: 'role', query: '收费员 ETC刷不上 车堵在道上', targets: ['toll-etc-fallback'] },
  { category: 'role', query: '话务员 客户报修 地址要怎么核对', targets: ['confirm-fault-address'] },
  { category: 'role', query: '受理员 看到电表登记的用途跟实际不一样', targets: ['verify-usage-category'] },
  { category: 'role', query: '值班长 员工要离开窗口一会儿', targets: ['no-leaving-post'] },
  { category: 'number', query: '86645699 拖车', targets: ['toll-east-station'] },
  { category: 'typo', query: '通行費票據', targets: ['toll-receipt-every-vehicle', 'toll-receipt-rate'] },
  { category: 'two-char', query: '坐姿', targets: ['sitting-posture', 'sit-straight-at-counter'] },
];

// ------------------------------------------------------------------ mixed-district (青岚公服集团)
const MIXED: SearchCase[] = [
  { category: 'exact', query: '现金照收', targets: ['grp-cash-accepted'] },
  { category: 'paraphrase', query: '想换点美元出国用 网点能换吗', targets: ['bk-forex-exchange'] },
  { category: 'paraphrase', query: '银行的人说这个理财跟存钱一样稳 保证不亏', targets: ['bk-no-mis-selling'] },
  { category: 'paraphrase', query: '公交上有人打架 司机该不该停下来', targets: ['bb-stop-safely'] },
  { category: 'paraphrase', query: '宾馆退房 账单上多了一瓶水 谁给说清楚', targets: ['ht-bill-explain'] },
  { category: 'role', query: '柜员 老人拿来一张可疑的百元票', targets: ['bq-no-fake-where', 'bk-count-in-view'] },
  { category: 'role', query: '驾驶员 报站器坏了', targets: ['bs-announce-manual'] },
  { category: 'role', query: '前台 同来住的人没带证件', targets: ['ht-register-every-guest'] },
  { category: 'role', query: '大堂经理 客户办的业务机器上就能弄', targets: ['bq-lobby-self-service'] },
  { category: 'number', query: '2839922 手机落车上', targets: ['bus-qinglan'] },
  { category: 'typo', query: '理財風險評估', targets: ['bk-risk-assessment'] },
  { category: 'two-char', query: '兑换', targets: ['bk-forex-exchange', 'bq-forex-rate'] },
];

// ------------------------------------------------------------------ three-level-power (禾川)
const THREE_LEVEL: SearchCase[] = [
  { category: 'exact', query: '反光背心', targets: ['tl-vest'] },
  {
    category: 'paraphrase',
    query: '村里电工能不能帮我把电表绕过去',
    targets: ['rg-no-bypass-meter', 'pv-bypass-meter'],
  },
  {
    category: 'paraphrase',
    query: '装修要拉电 供电所非让我找他们指定的施工队',
    targets: ['pb-no-designated-contractor'],
  },
  { category: 'paraphrase', query: '电费交到村电工自己的卡上 正常吗', targets: ['sp-no-private-account'] },
  { category: 'paraphrase', query: '收费站的人直接从车道中间穿过去 不怕被撞吗', targets: ['tl-crossing'] },
  { category: 'role', query: '台区经理 每个月要巡什么', targets: ['rg-monthly-patrol'] },
  { category: 'role', query: '收费员 司机不认通行费金额', targets: ['tq-pull-over'] },
  { category: 'role', query: '抢修人员 进客户家门先说什么', targets: ['pq-home-knock'] },
  { category: 'role', query: '营业员 客户来办新装问要带啥', targets: ['pq-need-docs', 'pb-one-id'] },
  { category: 'number', query: '7326123', targets: ['baishi-point'] },
  { category: 'typo', query: '綠色通道免費放行', targets: ['tg-free'] },
  { category: 'two-char', query: '巡视', targets: ['rg-monthly-patrol'] },
];

// ------------------------------------------------------------------ chengchuan-water-bus (澄川)
const CHENGCHUAN: SearchCase[] = [
  { category: 'exact', query: '车厢环境', targets: ['bus-cabin', 'bus-clean'] },
  { category: 'paraphrase', query: '自来水表后面的管子漏了 抄表的人会不会说', targets: ['service-norms-cc-4-12'] },
  { category: 'paraphrase', query: '公交车上东西落下了 几天内去哪领', targets: ['bus-lost-property'] },
  { category: 'paraphrase', query: '要停水的话 提前多久告诉我们', targets: ['water-stop-notice'] },
  { category: 'paraphrase', query: '司机一边开车一边玩手机', targets: ['bus-no-phone'] },
  { category: 'role', query: '司机 老人抱着孩子刚上车', targets: ['bus-wait-elderly'] },
  { category: 'role', query: '接线员 用户打来说楼道里水管爆了', targets: ['service-norms-cc-3-9', 'wr-record'] },
  { category: 'role', query: '抄表员 进门前', targets: ['service-norms-cc-4-10'] },
  { category: 'role', query: '驾驶员 乘客问去某个地方在哪站下', targets: ['bus-way-answer'] },
  { category: 'number', query: '2319110 漏水', targets: ['water-east'] },
  { category: 'typo', query: '新裝用水', targets: ['water-new-connection'] },
  { category: 'two-char', query: '夜间', targets: ['water-night-hello'] },
];

// ------------------------------------------------------------------ tongjiang-city (桐江城服)
const TONGJIANG: SearchCase[] = [
  { category: 'exact', query: '电召快到', targets: ['txc-call-arrive'] },
  { category: 'paraphrase', query: '爷爷带的是纸币 窗口偏要他用微信付', targets: ['tg-cash-accepted'] },
  { category: 'paraphrase', query: '出租车司机嫌路太短不拉', targets: ['tc-no-too-close'] },
  { category: 'paraphrase', query: '看门诊挂个号 非得本人证件吗', targets: ['th-real-name'] },
  { category: 'paraphrase', query: '饭店住客把东西忘在房间了 能保存多久', targets: ['hfc-lost-keep'] },
  { category: 'role', query: '收费员 病人付现金 怎么报数', targets: ['hp-cash-in', 'th-sing-out'] },
  { category: 'role', query: '出租车司机 到地方了提醒乘客', targets: ['tc-belongings'] },
  { category: 'role', query: '总台 客人来了先问什么', targets: ['hf-welcome'] },
  { category: 'role', query: '入户安检员 住户不信我是燃气公司的', targets: ['tjv-no-id-card'] },
  { category: 'number', query: '3196110 落在出租车上', targets: ['tj-taxi'] },
  { category: 'typo', query: '液化汽送上门', targets: ['huangtan-lpg-delivery@tj-gas-huangtan'] },
  { category: 'two-char', query: '阶梯', targets: ['tgs-price-board'] },
];

// ------------------------------------------------------------------ lanxi-civic (岚溪)
const LANXI: SearchCase[] = [
  { category: 'exact', query: '上门办理', targets: ['dg-home-visit@lx-social-street'] },
  {
    category: 'paraphrase',
    query: '瘫在床上的老人没法去社保 家属打个电话能派人来家里吗',
    targets: ['dg-bedside-service@lx-social-street', 'dg-home-visit@lx-social-street'],
  },
  { category: 'paraphrase', query: '寄的包裹查不到了 邮局几天给回话', targets: ['lpc-query-reply'] },
  {
    category: 'paraphrase',
    query: '车误点好几个钟头 工作人员甩锅说跟他们站没关系',
    targets: ['lr-no-ask-railway'],
  },
  { category: 'paraphrase', query: '办事的人把我的身份证号说给别人听了', targets: ['lxv-leak-info'] },
  { category: 'role', query: '社保经办员 大爷来了不知道办啥', targets: ['ls-ask-purpose'] },
  { category: 'role', query: '窗口 收了群众的证件 说什么', targets: ['lq-papers-in'] },
  { category: 'role', query: '值班长 群众说要投诉 几天答复', targets: ['lxc-complaint'] },
  { category: 'role', query: '窗口人员 政策上办不了 怎么解释', targets: ['lq-explain-policy', 'lq-no-policy-excuse'] },
  { category: 'number', query: '0573-8632000 火车站', targets: ['lx-rail'] },
  { category: 'typo', query: '洩露個人信息', targets: ['lxv-leak-info'] },
  { category: 'two-char', query: '卧床', targets: ['dg-bedside-service@lx-social-street'] },
];

// ------------------------------------------------------------------ jichuan-ops (霁川)
const JICHUAN: SearchCase[] = [
  { category: 'exact', query: '北门休息室', targets: ['north-rest-room@jc-scenic-north'] },
  {
    category: 'paraphrase',
    query: '车停在景区后门那边 有没有小巴送到进山口',
    targets: ['north-shuttle@jc-scenic-north'],
  },
  { category: 'paraphrase', query: '家里网断了 师傅几小时能弄好', targets: ['ctc-repair'] },
  { category: 'paraphrase', query: '在山上走不动了 打电话求助多久有人来', targets: ['wsc-rescue'] },
  { category: 'paraphrase', query: '装宽带的人没打招呼就来敲门了', targets: ['ct-visit-call'] },
  { category: 'role', query: '值机员 登机牌怎么递给旅客', targets: ['aq-two-hands', 'aq-boarding-pass'] },
  { category: 'role', query: '营业员 用户问选哪个套餐', targets: ['cq-plan-ask', 'cq-no-all-same'] },
  { category: 'role', query: '售票员 游客没带证件说自己六十多了', targets: ['sq-no-cheat', 'ws-free-ticket'] },
  { category: 'role', query: '游客中心服务员 游客拿着地图问路', targets: ['sq-map-point'] },
  { category: 'number', query: '0745-6288166 箱子没到', targets: ['jc-airport'] },
  { category: 'typo', query: '登機牌', targets: ['aq-boarding-pass'] },
  { category: 'two-char', query: '接驳', targets: ['north-shuttle@jc-scenic-north'] },
];

// ------------------------------------------------------------------ yanzhou-heat-metro (雁洲)
const YANZHOU: SearchCase[] = [
  { category: 'exact', query: '列车准点', targets: ['ymc-on-time'] },
  { category: 'paraphrase', query: '地铁里掉了手机 去哪里找', targets: ['ym-lost-item', 'ymc-lost'] },
  { category: 'paraphrase', query: '暖气不热 修的师傅能不能晚上来', targets: ['yh-visit-call'] },
  { category: 'paraphrase', query: '进站刷卡扣了两次钱 找谁说理', targets: ['ym-fare-dispute'] },
  { category: 'paraphrase', query: '降温那几天打热线老是占线', targets: ['yh-cold-wave'] },
  { category: 'role', query: '维修工 进了用户家 坐哪', targets: ['hq-no-sit-bed'] },
  { category: 'role', query: '站务员 乘客在站台上晕倒', targets: ['mq-are-you-ok'] },
  { category: 'role', query: '安检员 乘客的包要过机', targets: ['mq-bag-on', 'mq-no-open'] },
  { category: 'role', query: '热力营业员 用户抱怨家里冷', targets: ['hq-no-wear-more', 'hq-no-your-fault'] },
  { category: 'number', query: '0418-2371206 暖气', targets: ['yz-heat-beiyuan'] },
  { category: 'typo', query: '暖心服務之星', targets: ['yza-warm-star'] },
  { category: 'two-char', query: '开栓', targets: ['yhc-open-days'] },
];

// ------------------------------------------------------------------ luping-estate-insure (安和集团)
const LUPING: SearchCase[] = [
  { category: 'exact', query: '应急演练', targets: ['ahc-drill'] },
  { category: 'paraphrase', query: '保险公司说不赔 连个理由都不给', targets: ['aic-refuse-reason'] },
  { category: 'paraphrase', query: '不交管理费 物业就不让我刷卡进小区', targets: ['ahv-cut-off', 'eq-no-threat'] },
  { category: 'paraphrase', query: '房子装好半年了 那笔保证金物业一直拖着', targets: ['ahv-deposit-late'] },
  {
    category: 'paraphrase',
    query: '车被撞了 保险的人非让我去他熟人的车行修',
    targets: ['ahv-garage', 'iq-no-go-garage'],
  },
  { category: 'role', query: '保安 看到陌生人进小区', targets: ['eq-no-shout'] },
  { category: 'role', query: '维修员 修完了让业主干啥', targets: ['eq-done'] },
  { category: 'role', query: '查勘员 到了事故现场先介绍自己', targets: ['iq-scene-hello'] },
  { category: 'role', query: '柜面专员 客户想退保', targets: ['iq-no-lose-it'] },
  { category: 'number', query: '5532047 河西', targets: ['lp-estate-hexi'] },
  { category: 'typo', query: '理陪快手', targets: ['aha-quick-claim'] },
  { category: 'two-char', query: '定损', targets: ['ai-no-lowball'] },
];

// ------------------------------------------------------------------ fenggang-fund-inspect (枫港公服集团)
const FENGGANG: SearchCase[] = [
  { category: 'exact', query: '检测时长', targets: ['vic-minutes'] },
  { category: 'paraphrase', query: '验车的员工介绍我去他认识的修理店', targets: ['ggv-repair-push', 'vq-no-shop'] },
  { category: 'paraphrase', query: '用住房基金买房 利息是不是便宜点', targets: ['fq-loan-rate'] },
  { category: 'paraphrase', query: '搞不懂 柜员叫我花钱请代办公司', targets: ['fq-no-agent'] },
  {
    category: 'paraphrase',
    query: '临溪离城远 住房基金的人会到乡里来吗',
    targets: ['lx-market-day@fg-fund-linxi', 'lx-town-visit@fg-fund-linxi'],
    filters: { unit: 'fg-fund-linxi' },
  },
  { category: 'role', query: '引车员 接过车主的钥匙', targets: ['vq-take-key'] },
  { category: 'role', query: '检测员 车没过 跟车主怎么讲', targets: ['vq-fail-point', 'vq-show-car'] },
  { category: 'role', query: '收费员 车主想当天拿报告 能收加急费吗', targets: ['vq-no-extra'] },
  { category: 'role', query: '柜员 职工来提取 办完了怎么交代', targets: ['fq-withdraw-done'] },
  { category: 'number', query: '0736-3381229 买房贷款', targets: ['fg-fund'] },
  { category: 'typo', query: '異地轉入', targets: ['fdc-transfer'] },
  { category: 'two-char', query: '中介', targets: ['fq-no-agent', 'ggv-loan-agent'] },
];

// ------------------------------------------------------------------ meiao-deed-notary (梅岙便民集团)
const MEIAO: SearchCase[] = [
  { category: 'exact', query: '五星窗口', targets: ['mga-star-window'] },
  { category: 'paraphrase', query: '查自己名下有几套房 当场能出吗', targets: ['dc-query'] },
  { category: 'paraphrase', query: '拿几张复制的证件去公证 当天能拿回来吗', targets: ['nc-same-day', 'nn-copy'] },
  {
    category: 'paraphrase',
    query: '东浦乡下盖的自建房要登记 得进城吗',
    targets: ['dp-homestead@ma-deed-dongpu', 'dp-tuesday@ma-deed-dongpu'],
    filters: { unit: 'ma-deed-dongpu' },
  },
  { category: 'paraphrase', query: '公证费怎么算 能不能先看明细', targets: ['nn-fee', 'ne-fee-list'] },
  { category: 'role', query: '公证员 当事人不愿意录像', targets: ['ne-record'] },
  { category: 'role', query: '受理员 群众来查别人家的房子', targets: ['de-no-others', 'de-query-ask'] },
  { category: 'role', query: '发证员 证书几天能领 怎么告诉群众', targets: ['de-done-date'] },
  { category: 'role', query: '公证员 事情不能办 要写原因吗', targets: ['ne-refuse-why', 'nn-refuse'] },
  { category: 'number', query: '6653207 东浦', targets: ['ma-deed-dongpu'] },
  { category: 'typo', query: '抵压登记', targets: ['dc-mortgage', 'dd-mortgage'] },
  { category: 'two-char', query: '归档', targets: ['nn-archive'] },
];

// ------------------------------------------------------------------ huaiyang-affairs-library (南塘公服办)
const NANTANG: SearchCase[] = [
  { category: 'exact', query: '最美馆员', targets: ['gaa-best-librarian'] },
  { category: 'paraphrase', query: '图书馆新买的书多久能借到', targets: ['lc-new-books'] },
  { category: 'paraphrase', query: '眼睛看不见的人能借那种听书的机器吗', targets: ['ln-blind'] },
  {
    category: 'paraphrase',
    query: '工作人员求我给个五星好评 不然扣钱',
    targets: ['ae-no-beg-praise', 'gav-fake-praise'],
  },
  {
    category: 'paraphrase',
    query: '石桥镇 赶集那天能在集上办事吗',
    targets: ['sq-market-day@hy-affairs-shiqiao'],
    filters: { unit: 'hy-affairs-shiqiao' },
  },
  { category: 'role', query: '导办员 老人进门不会取号', targets: ['an-guide'] },
  { category: 'role', query: '阅览室管理员 有人打电话声音很大', targets: ['le-quiet-please', 'ln-quiet'] },
  { category: 'role', query: '馆员 读者还书拖了好久', targets: ['le-no-scold-late', 'le-lend-done'] },
  { category: 'role', query: '代办员 接了一件代办的事要填什么', targets: ['ae-agent-record'] },
  { category: 'number', query: '7156623 续借', targets: ['hy-library'] },
  { category: 'typo', query: '讀者證丟失', targets: ['ln-card-lost'] },
  { category: 'two-char', query: '绘本', targets: ['ln-story'] },
];

export const SEVENTEENTH_HELD_ASIDE: OrgQueries[] = [
  { content: 'test/fixtures/search-orgs/yujiang-campus-mart', cases: YUJIANG },
  { content: 'test/fixtures/search-orgs/shanyuan-gas-scenic', cases: SHANYUAN },
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
  { content: 'test/fixtures/search-orgs/meiao-deed-notary', cases: MEIAO },
  { content: 'test/fixtures/search-orgs/huaiyang-affairs-library', cases: NANTANG },
];
