/**
 * An eighth held-aside query set (issue 14), over a new organisation written for it — the fixture
 * test/fixtures/orgs/tongjiang-city (桐江城服集团: a hospital's outpatient registration and
 * payment desk with a second campus desk, a hotel front desk, a taxi company with a car-rental
 * shop, a gas company → town office → township service point) — and over the three organisations
 * of the earlier sets: the example and the two fixture organisations. Written on 2026-12-05 by the
 * "queries8" helper session, which also wrote the new organisation's content; no search engine and
 * no synonym list has seen that content.
 *
 * What the writer read: /work/shared/DOMAIN.md and the seed documents beside it, the README (its
 * search paragraph, which names a few default synonym pairs as examples, included), the new
 * organisation's content (its own), of mixed-district the organisation, roles, units and its hotel,
 * group and hospital files, the units of three-level-power, parts of the MDX pages, a throwaway
 * listing of every item id of the three earlier organisations with the text items.ts says the site
 * shows for it and how many earlier sets aimed at it (their target ids only; the earlier queries
 * were not studied), test/search-queries/types.ts and items.ts, the header comment and first
 * entries of seventh-held-aside.ts (for the format), test/search-queries.test.ts, and the option
 * parsing and set selection of bench/search-quality*.ts (to wire `--eighth`). What it did NOT read:
 * anything under src/search/, any synonym file (src/search/default-synonyms.yaml,
 * content/synonyms.yaml, a fixture's synonyms.yaml — the new organisation has none, and no
 * `keywords:`), bench/results/search*.md. The search engine has NOT been run on these queries, no
 * ranking of them has been looked at, and no search bench was run. None of the queries was adapted
 * to a synonym.
 *
 * 157 queries: 79 on the new organisation and 26 on each earlier one. 65 paraphrases and questions
 * (41 %), 46 role and situation queries (29 %), then 13 exact terms, 13 numbers and phone numbers
 * (one written with a space), 12 typos (a wrong character of the same sound, traditional characters,
 * full-width digits) and 8 two-character terms. Written as staff type on a phone at a hospital
 * payment window, a hotel front desk, in a taxi, at a car-rental counter, on a gas safety visit, at
 * a bank, bus, power or toll counter — their words, not the content's. On the new organisation the
 * targets spread over clauses, units' own copies of clauses and commitments (reworded, added, own),
 * phrases, forbidden phrases, conduct rules, a rule set, process steps and processes, commitments,
 * a threshold, violations, an inspection, an award, service guides, units and an MDX page section.
 * On the earlier organisations 97 of the 98 target references are items at most one earlier set
 * aimed at (20 none), and no query repeats an earlier set's (spacing and punctuation aside). No
 * paraphrase is a substring of its target's text, and none shares a run of three letters or digits
 * with it (nor with the body of a page section it aims at). A query that names its unit carries
 * that unit's filter; several targets are listed where a clerk would be equally served.
 *
 * Run once, by the lead, after search9 was merged (main at b44448d; load average 3):
 *   npx tsx bench/search-quality.ts --eighth --misses
 * p@1 61 % overall (peer 19 %), paraphrase 40 % (peer 6 %), role 67 % (peer 4 %), exact 92 %,
 * number 85 %, typo 58 %, two-character 100 %, zero results 0 % (peer 37 %); per organisation:
 * 桐江城服集团 (new) 59 %, 云澜公用 58 %, 青岚公服集团 69 %, 禾川交能集团 58 %
 * (bench/results/search9-eighth.md). It is spent from then on (tuning material, like the seven before it).
 */
import type { OrgQueries } from './fresh-held-aside.ts';
import type { SearchCase } from './types.ts';

// ------------------------------------------------------------------ the new organisation (桐江城服集团)
const TONGJIANG: SearchCase[] = [
  // exact terms
  { category: 'exact', query: '隐患整改通知书', targets: ['tgs-hazard-notice'] },
  { category: 'exact', query: '四个一样', targets: ['tq-four-same'] },
  { category: 'exact', query: '预约联系卡', targets: ['tgs-not-home'] },
  { category: 'exact', query: '押金收据', targets: ['tf-deposit', 'hf-deposit-explain'] },
  {
    category: 'exact',
    query: '违章押金',
    targets: ['tx-rental-deposit', 'rental-deposit-return@tj-car-rental', 'tj-car-rent'],
  },
  { category: 'exact', query: '金属波纹管', targets: ['gs-hazard-explain'] },
  { category: 'exact', query: '桐江饭店地址', targets: ['tj-hotel'] },

  // paraphrases and questions
  {
    category: 'paraphrase',
    query: '病人挂完号又不想看了，钱咋弄回来',
    targets: ['th-refund-papers', 'tj-hosp-refund-process', 'hp-refund-explain'],
  },
  {
    category: 'paraphrase',
    query: '老太太掏出一沓零钱，说她不会用手机付款，我们可以不要吗',
    targets: ['tg-cash-accepted', 'hp-no-scan-only'],
  },
  { category: 'paraphrase', query: '有人打听某个病人住哪、得了啥病，能告诉他吗', targets: ['tg-privacy'] },
  { category: 'paraphrase', query: '复印的身份证用不上了怎么处理', targets: ['tg-copy-shred'] },
  {
    category: 'paraphrase',
    query: '住店的人让明早六点喊他起床，没人接咋办',
    targets: ['tf-wake-up', 'hf-wake-call', 'hfc-wakeup'],
  },
  { category: 'paraphrase', query: '客人想把箱子先放前台，下午再来拿', targets: ['tf-luggage'] },
  { category: 'paraphrase', query: '客人下午三点才走，房费怎么多算', targets: ['tf-noon-checkout'] },
  { category: 'paraphrase', query: '客人问附近哪里能打到车，能帮他叫吗', targets: ['tf-call-taxi'] },
  { category: 'paraphrase', query: '查房半天没消息，客人在台前干等', targets: ['tf-room-check-fast'] },
  { category: 'paraphrase', query: '卡里的钱押着没退，客人打电话来催', targets: ['hfc-preauth'] },
  { category: 'paraphrase', query: '开票那会儿打印机坏了，客人走了发票咋给', targets: ['tf-invoice'] },
  {
    category: 'paraphrase',
    query: '乘客上车说就到前面两个路口，司机嫌近',
    targets: ['tx-no-refuse', 'tc-no-too-close'],
  },
  {
    category: 'paraphrase',
    query: '路上堵死了想换条道走，要不要先问乘客',
    targets: ['tx-route', 'tc-route-ask'],
  },
  { category: 'paraphrase', query: '开车时能不能抽根烟', targets: ['tx-no-smoke-phone'] },
  { category: 'paraphrase', query: '乘客落在后座的手机交到哪', targets: ['tx-lost-item', 'txc-lost-reply'] },
  {
    category: 'paraphrase',
    query: '车还回来油表比取车时低，多收多少',
    targets: ['tx-rental-fuel'],
    filters: { unit: 'tj-car-rental' },
  },
  {
    category: 'paraphrase',
    query: '刚拿驾照半年的人想租车',
    targets: ['tx-rental-driving-years', 'tj-car-rent'],
  },
  {
    category: 'paraphrase',
    query: '家里有煤气味，打电话来该教他先干嘛',
    targets: ['gs-leak-steps', 'gl-guide'],
  },
  { category: 'paraphrase', query: '上门检查顺手推荐人家买个漏气报警的东西', targets: ['tgs-no-selling'] },
  { category: 'paraphrase', query: '去了两趟家里始终没人应门，怎么留话', targets: ['tgs-not-home'] },
  {
    category: 'paraphrase',
    query: '停气要提前多久贴告示',
    targets: ['tgs-stop-notice', 'gsc-stop-notice'],
  },
  { category: 'paraphrase', query: '充完气回家表上没显示', targets: ['tgs-ic-card', 'gs-topup-done'] },
  {
    category: 'paraphrase',
    query: '排队的人嫌慢在窗口吵起来了，我该顶回去吗',
    targets: ['tg-no-quarrel', 'tg-call-leader'],
  },
  { category: 'paraphrase', query: '办完事大爷非要塞两百块感谢费', targets: ['tg-no-gifts', 'tjv-gift'] },
  { category: 'paraphrase', query: '值班的时候手机能放兜里吗', targets: ['tq-phone-silent', 'tg-no-idle'] },
  { category: 'paraphrase', query: '老人只会讲土话，我能用土话跟他聊吗', targets: ['tg-dialect'] },
  {
    category: 'paraphrase',
    query: '病人不清楚自己该看什么门诊，跑来窗口问我',
    targets: ['th-no-choose-dept', 'hp-ask-guide'],
  },
  {
    category: 'paraphrase',
    query: '年底笔试老是不过关会不会被调下窗口',
    targets: ['service-year-2027#四学习与测试'],
  },
  { category: 'paraphrase', query: '一季度没被投诉还被表扬能评什么', targets: ['tja-service-star'] },
  { category: 'paraphrase', query: '公司派人假装打车来查', targets: ['tja-mystery-rider'] },
  { category: 'paraphrase', query: '不肯拉客被逮到两回', targets: ['tjv-refuse-ride'] },
  {
    category: 'paraphrase',
    query: '闻到燃气味报修后师傅多快到',
    targets: ['gsc-leak-arrive', 'tgs-leak-arrive', 'gl-arrive'],
  },

  // role and situation
  { category: 'role', query: '收费员 交班前钱对不上', targets: ['th-daily-balance'] },
  { category: 'role', query: '收费组长 病人要退费 组长干什么', targets: ['hr-lead-approve'] },
  {
    category: 'role',
    query: '北院区 晚上八点后来缴费去哪',
    targets: ['north-night-emergency'],
    filters: { unit: 'tj-hosp-north' },
  },
  {
    category: 'role',
    query: '北院区 下午四点来退费 当天能退吗',
    targets: ['th-refund-same-day@tj-hosp-north', 'hpc-refund-day@tj-hosp-north'],
    filters: { unit: 'tj-hosp-north' },
  },
  { category: 'role', query: '前台 客人带朋友一起住 朋友也要登记吗', targets: ['tf-id-check', 'hf-id-all'] },
  { category: 'role', query: '总台接待员 客人交押金 怎么说', targets: ['hf-deposit-explain', 'tf-deposit'] },
  {
    category: 'role',
    query: '饭店前台 人要走开一下',
    targets: ['tg-leave-sign@tj-hotel'],
    filters: { unit: 'tj-hotel' },
  },
  { category: 'role', query: '出租车司机 到了地方 收钱怎么说', targets: ['tc-fare-due'] },
  {
    category: 'role',
    query: '驾驶员 资格证放哪',
    targets: ['tg-badge@tj-taxi'],
    filters: { unit: 'tj-taxi' },
  },
  {
    category: 'role',
    query: '租车业务员 交车前要做什么',
    targets: ['tx-rental-walkaround', 'tc-walkaround'],
    filters: { unit: 'tj-car-rental' },
  },
  {
    category: 'role',
    query: '租车门店 车还回来以后要做啥',
    targets: ['rental-clean-after-return@tj-car-rental', 'rental-clean-after-return', 'tx-rental-walkaround'],
    filters: { unit: 'tj-car-rental' },
  },
  { category: 'role', query: '安检员 进门前先干啥', targets: ['tgs-show-card', 'gs-knock-intro'] },
  { category: 'role', query: '安检员 查出胶管老化', targets: ['tgs-hazard-notice', 'gs-hazard-explain'] },
  {
    category: 'role',
    query: '城西营业所 安检员 敲门怎么介绍自己',
    targets: ['gs-knock-intro'],
    filters: { unit: 'tj-gas-chengxi' },
  },
  { category: 'role', query: '抢修工 修好了恢复供气 住户不在家', targets: ['tgs-restore-door'] },
  { category: 'role', query: '话务员 接到漏气电话 多久派单', targets: ['gl-dispatch'] },
  {
    category: 'role',
    query: '黄滩服务点 赶集那天几点下班',
    targets: ['huangtan-market-days@tj-gas-huangtan', 'huangtan-market-days'],
    filters: { unit: 'tj-gas-huangtan' },
  },
  { category: 'role', query: '营业员 客人来过户 要他开证明', targets: ['tgs-account-open'] },
  { category: 'role', query: '督导员 投诉当场没解决 下一步', targets: ['tc-p-verify'] },
  {
    category: 'role',
    query: '黄滩服务点 村民打电话要换液化气罐',
    targets: ['huangtan-lpg-delivery@tj-gas-huangtan'],
    filters: { unit: 'tj-gas-huangtan' },
  },
  { category: 'role', query: '司机 医院门口等客 按喇叭催人', targets: ['tc-no-honk'] },
  {
    category: 'role',
    query: '城西营业所 周三几点关门',
    targets: ['chengxi-wednesday-evening@tj-gas-chengxi'],
    filters: { unit: 'tj-gas-chengxi' },
  },

  // numbers and phone numbers
  { category: 'number', query: '0756-3155119', targets: ['gsc-leak-arrive', 'tj-gas'] },
  { category: 'number', query: '2000元押金', targets: ['tj-car-rent'] },
  { category: 'number', query: '18点以后退房', targets: ['tf-noon-checkout'] },
  { category: 'number', query: '30元加油费', targets: ['tx-rental-fuel'] },
  { category: 'number', query: '70岁以上', targets: ['tg-priority'] },
  {
    category: 'number',
    query: '45分钟 黄滩',
    targets: ['gsc-leak-arrive@tj-gas-huangtan'],
    filters: { unit: 'tj-gas-huangtan' },
  },
  { category: 'number', query: '考核68分', targets: ['tja-below-70'] },

  // typos: same-sound characters, traditional characters, full-width digits
  { category: 'typo', query: '叫醒服物', targets: ['tf-wake-up', 'hf-wake-call', 'hfc-wakeup'] },
  { category: 'typo', query: '隐患正改', targets: ['tgs-hazard-notice'] },
  { category: 'typo', query: '漏氣搶修', targets: ['gsc-leak-arrive', 'tj-gas-leak-process'] },
  { category: 'typo', query: '醫保結算', targets: ['th-insurance-settle', 'hpc-insurance-direct'] },
  { category: 'typo', query: '３１９６１１０', targets: ['tj-taxi'] },
  { category: 'typo', query: '拒栽', targets: ['tx-no-refuse', 'tjv-refuse-ride'] },

  // two-character terms
  { category: 'two-char', query: '拼车', targets: ['tx-no-pooling'] },
  { category: 'two-char', query: '鞋套', targets: ['tgs-shoe-covers'] },
  { category: 'two-char', query: '胶管', targets: ['gs-hazard-explain', 'huangtan-lpg-delivery@tj-gas-huangtan'] },
  { category: 'two-char', query: '寄存', targets: ['tf-luggage'] },
  { category: 'two-char', query: '划痕', targets: ['tc-walkaround', 'tc-no-blame-scratch'] },
];

// ------------------------------------------------------------------ the example (云澜公用)
const EXAMPLE: SearchCase[] = [
  // exact terms
  { category: 'exact', query: '有意见找领导去', targets: ['forbid-complain-to-the-boss'] },
  { category: 'exact', query: '每周一题抽问', targets: ['weekly-team-self-check'] },

  // paraphrases and questions
  {
    category: 'paraphrase',
    query: '后面排了一串人，我催前面那个动作麻利些',
    targets: ['forbid-hurry-up-others-waiting'],
  },
  { category: 'paraphrase', query: '客户嫌慢抱怨，我回他着啥急自己去排', targets: ['forbid-whats-the-hurry'] },
  { category: 'paraphrase', query: '客户不满意，我让他直接去找我们头儿', targets: ['forbid-complain-to-the-boss'] },
  { category: 'paraphrase', query: '老人眼花写不了字，表格我替他填行吗', targets: ['fill-forms-for-client'] },
  { category: 'paraphrase', query: '客户还没讲完我就插嘴，这样算违规吗', targets: ['no-interrupting'] },
  {
    category: 'paraphrase',
    query: '按规定这事办不了，跟客户怎么交代',
    targets: ['explain-refusal-reason', 'cannot-solve-on-the-spot'],
  },
  { category: 'paraphrase', query: '客户说不用我带，他自己过去找那个部门', targets: ['client-may-go-directly'] },
  { category: 'paraphrase', query: '当着客户面吃瓜子嗑零嘴', targets: ['no-eating-at-window'] },
  { category: 'paraphrase', query: '活动搞这个到底图啥', targets: ['programme-plan#一为什么开展这次活动'] },
  {
    category: 'paraphrase',
    query: '电话那头问的我一时答不上来，约他什么时候回过去',
    targets: ['promise-call-back-time'],
  },
  { category: 'paraphrase', query: '停电是计划内的，打来问的人怎么回', targets: ['repair-explain-planned-outage'] },

  // role and situation
  { category: 'role', query: '值班长 车主在车道上没完没了闹', targets: ['toll-report-unreasonable-driver'] },
  { category: 'role', query: '话务员 这个岗位管什么', targets: ['hotline-operator'] },
  {
    category: 'role',
    query: '受理员 客户来投诉 第一步怎么应对',
    targets: ['complaint-explain-on-spot', 'complaint-received'],
  },
  { category: 'role', query: '收费员 少收通行费给熟人', targets: ['toll-no-over-or-under-charge'] },
  { category: 'role', query: '收费员 司机说不要票', targets: ['toll-receipt-every-vehicle'] },
  {
    category: 'role',
    query: '受理员 客户递材料过来 怎么接',
    targets: ['receiving-papers', 'papers-two-hands', 'both-hands-handover'],
  },
  { category: 'role', query: '服务质量管理办公室 投诉处理完最后一步', targets: ['complaint-closed'] },
  { category: 'role', query: '值班长是干什么的', targets: ['shift-leader'] },

  // numbers
  {
    category: 'number',
    query: '平均作业14秒',
    targets: ['toll-seconds-per-car', 'toll-average-seconds@toll-east-station'],
  },
  { category: 'number', query: '抽样200户', targets: ['quarterly-satisfaction-survey'] },

  // typos
  { category: 'typo', query: '嚼口香唐', targets: ['no-eating-at-window'] },
  { category: 'typo', query: '專業術語', targets: ['plain-words-not-jargon'] },

  // two-character terms
  { category: 'two-char', query: '打断', targets: ['no-interrupting'] },
];

// ------------------------------------------------------------------ mixed-district (青岚公服集团)
const MIXED: SearchCase[] = [
  // exact terms
  { category: 'exact', query: '兑换水单', targets: ['bq-forex-slip'] },
  { category: 'exact', query: '金钥匙', targets: ['ha-golden-key'] },

  // paraphrases and questions
  { category: 'paraphrase', query: '司机停车离站台太远，老人上不去', targets: ['bs-stop-in-bay'] },
  {
    category: 'paraphrase',
    query: '车快进站时嘴上要不要报个地名',
    targets: ['bs-announce-stop', 'bb-next-stop'],
  },
  {
    category: 'paraphrase',
    query: '末班车跑完以后要检查车上有没有落下东西',
    targets: ['bs-lost-check', 'bl-found'],
  },
  {
    category: 'paraphrase',
    query: '银行里电脑坏了办不了业务，大厅里的人怎么安抚',
    targets: ['bk-system-down'],
  },
  { category: 'paraphrase', query: '下班对账多了钱，是谁的要怎么查', targets: ['bk-cash-discrepancy'] },
  { category: 'paraphrase', query: '穿得土的客户随便应付一下', targets: ['gc-fair-treatment'] },
  { category: 'paraphrase', query: '客户来举报了，被举报的同事知道是谁告的', targets: ['gc-no-retaliation'] },
  { category: 'paraphrase', query: '宾馆客人嫌这嫌那，我说哪家宾馆不是这样', targets: ['hq-no-all-hotels'] },
  {
    category: 'paraphrase',
    query: '宾客说昨晚的事没处理，我说那不是我值的班',
    targets: ['hq-no-not-my-shift'],
  },
  {
    category: 'paraphrase',
    query: '老人刷敬老卡上车，司机不让',
    targets: ['bs-free-pass', 'bsv-refuse-pass', 'bus-free-pass-honoured@bus-qinglan'],
  },
  { category: 'paraphrase', query: '让客户自己摸索机器办，大堂经理甩手不管', targets: ['bq-no-go-machine'] },

  // role and situation
  { category: 'role', query: '柜员 别人帮忙代办 要看谁的证件', targets: ['bk-agent-docs'] },
  { category: 'role', query: '柜员 点钞能不能拿到后面去点', targets: ['bk-count-in-view'] },
  {
    category: 'role',
    query: '城南支行 周六开门吗',
    targets: ['chengnan-saturday@bank-chengnan'],
    filters: { unit: 'bank-chengnan' },
  },
  { category: 'role', query: '前台接待 客人退房 账单怎么讲', targets: ['ht-bill-explain', 'hq-bill'] },
  { category: 'role', query: '调度员 乘客来认领失物 怎么核对', targets: ['bl-check-owner'] },
  { category: 'role', query: '驾驶员 穿拖鞋开车行不行', targets: ['bb-driver-dress'] },
  { category: 'role', query: '值班经理 宾客投诉 多久到场', targets: ['hc-manager-arrives'] },
  {
    category: 'role',
    query: '区医院门诊 导诊几点上班',
    targets: ['hosp-guide-desk@hospital-outpatient'],
    filters: { unit: 'hospital-outpatient' },
  },

  // numbers and phone numbers
  { category: 'number', query: '离站台边30公分', targets: ['bs-stop-in-bay'] },
  { category: 'number', query: '0745 2866000', targets: ['hospital-outpatient'] },

  // typos
  { category: 'typo', query: '報站', targets: ['bb-announce', 'bs-announce-stop', 'bb-next-stop'] },
  { category: 'typo', query: '给老人让坐', targets: ['bb-offer-seat'] },

  // two-character terms
  { category: 'two-char', query: '扶手', targets: ['bs-clean-bus'] },
];

// ------------------------------------------------------------------ three-level-power (禾川交能集团)
const THREE_LEVEL: SearchCase[] = [
  // exact terms
  { category: 'exact', query: '表后的线我们不管', targets: ['pq-no-not-ours'] },
  { category: 'exact', query: '渡船停航时', targets: ['bsp-ferry-villages', 'baishi-duty-roster#库区渡船停航时'] },

  // paraphrases and questions
  { category: 'paraphrase', query: '修电的师傅上门，跟用户要点好处费', targets: ['pq-no-tip'] },
  {
    category: 'paraphrase',
    query: '库区那边船不开了，抢修去不了怎么跟用户说',
    targets: ['bsp-ferry-villages', 'baishi-duty-roster#库区渡船停航时'],
  },
  { category: 'paraphrase', query: '在收费广场上横穿过去拿东西', targets: ['tl-crossing'] },
  { category: 'paraphrase', query: '零钱直接甩给开车的人', targets: ['tl-no-throw', 'tv-throw'] },
  { category: 'paraphrase', query: '值守的人每天要记个本子吗', targets: ['sp-log'] },
  { category: 'paraphrase', query: '窗口里没人办事的时候能聊会天吗', targets: ['gs-no-idle-chat'] },
  { category: 'paraphrase', query: '办业务时间长的人一直站着，要不要让他歇会儿', targets: ['gs-seat-client'] },
  { category: 'paraphrase', query: '腿脚不方便又没人帮着跑，可以上他家办吗', targets: ['gs-home-service'] },
  { category: 'paraphrase', query: '电价调了，墙上的公示最迟几天得换掉', targets: ['pb-notice-board'] },
  { category: 'paraphrase', query: '装表接电要哪些证，别的东西你们自己查', targets: ['pb-one-id'] },
  { category: 'paraphrase', query: '用户闻到焦糊味打来报修，谁去排单', targets: ['pf-dispatch'] },

  // role and situation
  { category: 'role', query: '收费班长 车主对金额有意见', targets: ['tq-pull-over', 'tq-dispute'] },
  { category: 'role', query: '收费员 开车来申请走绿通', targets: ['tg-guide', 'tq-green-open'] },
  { category: 'role', query: '台区经理 进村以后公告栏写什么', targets: ['bsp-village-board'] },
  { category: 'role', query: '营业员 有人要用自助机交电费', targets: ['pq-self-service', 'pb-self-service-area'] },
  { category: 'role', query: '客服专员 接到电话说停电了 先查什么', targets: ['pf-planned', 'pf-explain'] },
  {
    category: 'role',
    query: '白石服务站 新装几天能接电',
    targets: ['pw-new-connection@baishi-point'],
    filters: { unit: 'baishi-point' },
  },
  {
    category: 'role',
    query: '禾川电力 停电提前几天通知',
    targets: ['pw-outage-notice@hc-power'],
    filters: { unit: 'hc-power' },
  },
  { category: 'role', query: '抢修人员 这个岗位干什么', targets: ['repair-crew'] },

  // numbers and phone numbers
  { category: 'number', query: '集市每月2次', targets: ['sx-market-day', 'sx-market-day@songxi-county'] },
  { category: 'number', query: 'K12+600', targets: ['hc-toll-west'] },

  // typos
  { category: 'typo', query: '臺區經理', targets: ['grid-manager'] },
  { category: 'typo', query: '優先受理', targets: ['gs-priority'] },

  // two-character terms
  { category: 'two-char', query: '背心', targets: ['tl-vest'] },
];

export const EIGHTH_HELD_ASIDE: OrgQueries[] = [
  { content: 'test/fixtures/orgs/tongjiang-city', cases: TONGJIANG },
  { content: 'content', cases: EXAMPLE },
  { content: 'test/fixtures/orgs/mixed-district', cases: MIXED },
  { content: 'test/fixtures/orgs/three-level-power', cases: THREE_LEVEL },
];
