/**
 * An eleventh held-aside query set (issue 14), over a new organisation written for it — the fixture
 * test/fixtures/search-orgs/yanzhou-heat-metro (雁洲市政集团: a district-heating company's customer hall
 * with a service station under it, and a metro line's station service centre; industries heating and
 * metro, none of them in the earlier fixtures; kept out of test/fixtures/orgs so the suite does not
 * build it) — and over the seven organisations of the earlier sets: the example, mixed-district,
 * three-level-power, chengchuan-water-bus, tongjiang-city, lanxi-civic and jichuan-ops. Written on
 * 2026-12-05 by the "blind11" helper session, which also wrote the new organisation's content; no
 * search engine and no synonym list has seen that content.
 *
 * What the writer read: /work/shared/DOMAIN.md, the README of test/fixtures/orgs, the lanxi-civic
 * fixture's files (organisation, roles, units, two norm files, two etiquette files, commitments, the
 * process, the assessment, the service guide, the quiz and the opening of its page) and two unit files
 * and the opening of the page of jichuan-ops — for the file shapes; neither has synonyms or
 * `keywords:` —, the schemas in src/model/schema (organisation, documents, etiquette, commitments,
 * processes, assessments, services, pages, quiz, units, kinds and the industry list of common.ts) and
 * the list of files in src/model/README.md (to make the new organisation pass `guifan check`), a
 * throwaway listing of the item ids of the seven earlier organisations with the text items.ts says
 * the site shows for each and how many earlier sets aimed at it (counted from their target ids; no
 * earlier query was printed), the whole page of tongjiang-city (service-year-2027.mdx),
 * test/search-queries/types.ts and items.ts, the whole of tenth-held-aside.ts (the model for this
 * file: its header, format and, in passing, its queries), the `OrgQueries` type and the export of
 * fresh-held-aside.ts, test/search-queries.test.ts, and the option parsing, set selection and import
 * lines of bench/search-quality.ts and bench/search-quality-node.ts (to wire `--eleventh`; they name the
 * engine's class, not its workings). Throwaway checks compared these queries with the earlier sets'
 * (printing only the ones of this set that repeated one, which were then replaced: 11 of them, all
 * short exact, typo, two-character and number queries) and with their targets' text (two paraphrases
 * sharing a run of three characters with a page were reworded).
 * What it did NOT read: anything under src/search/, any synonym file (src/search/default-synonyms.yaml,
 * content/synonyms.yaml, a fixture's synonyms.yaml — the new organisation has none, and no
 * `keywords:`), any `keywords:` list in content, bench/results/search*.md, the seed documents beyond
 * DOMAIN.md's account of them, the earlier sets' queries other than the tenth's. The search engine has
 * NOT been run on these queries, no ranking of them has been looked at, and no search bench was run:
 * not yet run. None of the queries was adapted to a synonym.
 *
 * Run once, by the lead, after search12 was merged (main at 3cfa9eb):
 *   npx tsx bench/search-quality.ts --eleventh --misses
 * p@1 66 % overall (peer 23 %), paraphrase 47 % (peer 3 %), role 70 % (peer 9 %), exact 100 %, number
 * 67 %, typo 100 %, two-character 90 %, zero results 0 % (peer 35 %); the new organisation 73 %, the
 * seven earlier ones 50–83 % (bench/results/search12-eleventh.md). It is spent from then on (tuning material).
 *
 * 155 queries: 71 on the new organisation, 12 on each of the seven earlier ones. 64 paraphrases and
 * questions (41 %), 43 role and situation queries (28 %), then 14 exact terms, 12 numbers and phone
 * numbers (one written with a space instead of the dash, one without its area code), 12 typos (a
 * wrong character of the same sound, traditional characters, full-width digits) and 10 two-character
 * terms. Written as staff type on a phone at a heating company's counter and hotline, on a repair visit
 * to a cold flat, at a metro station's service centre, gates, security check and platform, and at the
 * power, toll, water, bank, bus, hotel, hospital, taxi, gas, social-insurance, station, post, cable,
 * airport and scenic-area counters of the earlier organisations — their words (片子 for a radiator,
 * 咋弄, 能不能, 多久, 罚多少, 几点), not the content's. On the new organisation the targets spread over
 * clauses, a unit's own copies (a reworded clause, an added clause, a commitment with the unit's own
 * param, the unit's own commitment; the reworded knock-on-the-door phrase under the unit's filter),
 * phrases, forbidden phrases, conduct rules, a rule set, situations, two processes and their steps,
 * commitments (one internal), thresholds, violations, inspections, awards, the service guide, units,
 * roles and three sections of the MDX page. On the earlier organisations 110
 * of the 116 target references are items at most one earlier set aimed at (69 none), and no query
 * repeats an earlier set's (spacing and punctuation aside). No paraphrase is a substring of its
 * target's text, and none shares a run of three letters or digits with it (nor with the whole page of
 * a page section it aims at). A query that names its unit carries that unit's filter; several targets
 * are listed where a clerk would be equally served.
 */
import type { OrgQueries } from './fresh-held-aside.ts';
import type { SearchCase } from './types.ts';

// ------------------------------------------------------------------ the new organisation (雁洲市政集团)
const YANZHOU: SearchCase[] = [
  // exact terms
  { category: 'exact', query: '三到服务', targets: ['yq-three-to'] },
  { category: 'exact', query: '乘客救助奖', targets: ['yza-rescue'] },
  { category: 'exact', query: '暖心服务之星', targets: ['yza-warm-star'] },
  { category: 'exact', query: '爱心预约', targets: ['ymc-care'] },
  { category: 'exact', query: '寒潮问暖', targets: ['by-elder-call@yz-heat-beiyuan'] },
  { category: 'exact', query: '班组服务自查', targets: ['yza-self-check'] },
  { category: 'exact', query: '新户开栓', targets: ['yhc-open-days'] },

  // paraphrases and questions
  {
    category: 'paraphrase',
    query: '家里片子冰凉 叫人来修得等多久',
    targets: ['yhc-arrive', 'yz-heat-cold-process', 'hc-visit'],
  },
  { category: 'paraphrase', query: '屋里只有十五六度算不算不达标', targets: ['yhc-indoor-temp', 'hc-ok'] },
  { category: 'paraphrase', query: '房子空着冬天不住能不交暖气费吗', targets: ['yz-heat-stop', 'yh-stop-apply'] },
  { category: 'paraphrase', query: '欠了热费能直接把阀门关了吗', targets: ['yh-arrears-notice', 'yzv-shut-valve'] },
  { category: 'paraphrase', query: '师傅上门临时来不了要提前说吗', targets: ['yh-visit-call', 'yzv-no-show'] },
  { category: 'paraphrase', query: '片子上面热下面凉咋弄', targets: ['yh-bleed', 'hc-fix'] },
  { category: 'paraphrase', query: '修暖气的师傅能顺手卖人家新片子吗', targets: ['yh-no-private-job'] },
  { category: 'paraphrase', query: '家里水管爆了往外冒水多久来人', targets: ['yh-leak-emergency'] },
  {
    category: 'paraphrase',
    query: '降温那几天热线老占线',
    targets: ['yh-cold-wave', 'cold-wave-2027#一大厅和热线'],
  },
  { category: 'paraphrase', query: '停了一天多没暖气退不退钱', targets: ['yhc-refund'] },
  { category: 'paraphrase', query: '不归我这岗的事告诉他去哪个窗口就完事了吗', targets: ['yg-first-ask'] },
  { category: 'paraphrase', query: '坐地铁坐过了站要补多少钱怎么算', targets: ['ym-overtime'] },
  { category: 'paraphrase', query: '拿一百块买票 窗口说没零钱', targets: ['ym-change', 'ymc-change'] },
  { category: 'paraphrase', query: '推着轮椅来坐车到了那头有人接没', targets: ['ym-wheelchair'] },
  { category: 'paraphrase', query: '东西落在车厢里了多久给个信', targets: ['ym-lost-item', 'ymc-lost'] },
  {
    category: 'paraphrase',
    query: '有人在站台上晕过去了先干啥',
    targets: ['yz-metro-sick-process', 'ms-find', 'ms-report', 'ym-sick'],
  },
  {
    category: 'paraphrase',
    query: '北苑那边师傅来得比城里慢吗',
    targets: ['yhc-arrive@yz-heat-beiyuan'],
    filters: { unit: 'yz-heat-beiyuan' },
  },
  {
    category: 'paraphrase',
    query: '北苑这边院子门难找 修暖气的先问啥',
    targets: ['yh-visit-call@yz-heat-beiyuan'],
    filters: { unit: 'yz-heat-beiyuan' },
  },
  {
    category: 'paraphrase',
    query: '有的人家还生着炉子烤火 上门要提醒啥',
    targets: ['by-coal-stove@yz-heat-beiyuan', 'by-coal-stove'],
  },
  { category: 'paraphrase', query: '大降温晚上爆了管子半夜找谁', targets: ['cold-wave-2027#二维修抢修'] },
  { category: 'paraphrase', query: '下雪路滑地铁口会关吗', targets: ['cold-wave-2027#四地铁车站'] },
  { category: 'paraphrase', query: '上面派人装成用户来暗查 每月几回', targets: ['yza-mystery'] },
  { category: 'paraphrase', query: '这个月只考了八十出头 奖金扣多少', targets: ['yza-below-85'] },
  { category: 'paraphrase', query: '亲戚来坐车开边门让他直接进行吗', targets: ['yzv-let-in'] },
  { category: 'paraphrase', query: '去用户家里修片子的岗位叫啥', targets: ['heat-fitter'] },
  {
    category: 'paraphrase',
    query: '北苑那个站在哪条街 几点下班',
    targets: ['yz-heat-beiyuan'],
    filters: { unit: 'yz-heat-beiyuan' },
  },
  { category: 'paraphrase', query: '到点要走了还有人排着 能打发他改天吗', targets: ['yq-no-closing'] },
  { category: 'paraphrase', query: '一个季度得上几个小时的培训课', targets: ['yzc-training'] },
  { category: 'paraphrase', query: '乘客缓过来了不用去医院 接下来咋安排', targets: ['ms-rest'] },

  // role and situation
  {
    category: 'role',
    query: '热线坐席 用户说家里冻得不行',
    targets: ['hq-cold-sorry', 'hq-cold', 'yz-heat-cold-process'],
  },
  { category: 'role', query: '营业员 用户嫌冷能让他多穿点吗', targets: ['hq-no-wear-more', 'hq-cold-sorry'] },
  { category: 'role', query: '维修工 进门先说啥', targets: ['hq-knock'] },
  {
    category: 'role',
    query: '北苑服务站 维修工敲门怎么介绍自己',
    targets: ['hq-knock'],
    filters: { unit: 'yz-heat-beiyuan' },
  },
  { category: 'role', query: '维修工 用户自己改了管子不热 能说不管吗', targets: ['hq-no-your-fault'] },
  { category: 'role', query: '维修工 在用户家能坐沙发吗', targets: ['hq-no-sit-bed'] },
  { category: 'role', query: '营业员 催人交暖气费怎么张嘴', targets: ['hq-arrears-remind', 'hq-arrears'] },
  { category: 'role', query: '热线坐席 登记完多久派给维修班', targets: ['hc-dispatch'] },
  { category: 'role', query: '热线坐席 派完单第二天还要干啥', targets: ['hc-callback'] },
  { category: 'role', query: '站务员 乘客问从哪个口出去', targets: ['mq-exit', 'ym-wayfinding'] },
  {
    category: 'role',
    query: '站务员 乘客刷不过闸想跨过去',
    targets: ['mq-no-jump', 'mq-card-check', 'ym-card-fault'],
  },
  { category: 'role', query: '安检员 女乘客要摸身检查', targets: ['mq-gloves'] },
  {
    category: 'role',
    query: '站务员 有乘客说头晕',
    targets: ['mq-are-you-ok', 'yz-metro-sick-process', 'ms-find'],
  },
  { category: 'role', query: '值班站长 乘客要送医院', targets: ['ms-120', 'ms-serious'] },
  { category: 'role', query: '值班站长 乘客跟站务员为票钱吵起来了', targets: ['ym-fare-dispute'] },
  { category: 'role', query: '站务员 早高峰站台挤得上不去车', targets: ['ym-peak-flow'] },
  {
    category: 'role',
    query: '新河站 老人要人送上车得提前多久打电话',
    targets: ['ymc-care'],
    filters: { unit: 'yz-metro-xinhe' },
  },
  { category: 'role', query: '窗口 用户非要找领导', targets: ['yq-no-ask-boss', 'yq-explain'] },
  { category: 'role', query: '营业员 当兵的来办事要排队吗', targets: ['yg-elder-first'] },
  { category: 'role', query: '热力班长 用户投诉几天要回话', targets: ['yzc-complaint'] },
  { category: 'role', query: '站务员 赶去现场要带什么', targets: ['ms-aid', 'ym-sick'] },
  { category: 'role', query: '服务监督员 管啥', targets: ['inspector'] },

  // numbers and phone numbers
  { category: 'number', query: '0418-2296110', targets: ['yz-heat', 'yz-heat-beiyuan'] },
  { category: 'number', query: '2296315', targets: ['yzc-supervise'] },
  { category: 'number', query: '报修3小时上门', targets: ['yhc-arrive@yz-heat-beiyuan', 'yhc-arrive'] },
  { category: 'number', query: '0418 2298800', targets: ['yz-metro-xinhe'] },
  { category: 'number', query: '末班22:30', targets: ['ymc-on-time'] },

  // typos
  { category: 'typo', query: '暫停用熱', targets: ['yz-heat-stop', 'yh-stop-apply'] },
  { category: 'typo', query: '自動扶梯停梯', targets: ['ym-escalator'] },
  { category: 'typo', query: '兌零服務', targets: ['ymc-change', 'ym-change'] },
  { category: 'typo', query: '１．５米测温', targets: ['yh-temp-measure'] },
  { category: 'typo', query: '工牌別在左胸', targets: ['yg-badge'] },

  // two-character terms
  { category: 'two-char', query: '铅封', targets: ['yz-heat-stop'] },
  { category: 'two-char', query: '渡板', targets: ['ym-wheelchair'] },
  { category: 'two-char', query: '烟道', targets: ['by-coal-stove@yz-heat-beiyuan', 'by-coal-stove'] },
];

// ------------------------------------------------------------------ the example (云澜公用)
const EXAMPLE: SearchCase[] = [
  { category: 'exact', query: '特殊群体与便民服务', targets: ['priority-service'] },
  { category: 'paraphrase', query: '回访打电话晚上几点以后别打了', targets: ['outbound-call-hours'] },
  { category: 'paraphrase', query: '心情不好能不能给客户甩脸子', targets: ['no-bringing-moods'] },
  { category: 'paraphrase', query: '一个月没被投诉还让人夸了两回能评个啥', targets: ['award-service-star'] },
  { category: 'paraphrase', query: '刚开始学规范那阵子分数不够扣不扣钱', targets: ['score-below-85-mobilisation'] },
  { category: 'paraphrase', query: '前后要折腾几个月 先干啥后干啥', targets: ['programme-plan#三时间安排'] },
  { category: 'role', query: '值班长 厅里等的人太多要不要加开窗口', targets: ['open-extra-window'] },
  { category: 'role', query: '收费员 有车硬闯过去了要不要追', targets: ['toll-no-chasing-gate-crashers'] },
  {
    category: 'role',
    query: '青石供电所 山里独居老人交电费能上门吗',
    targets: ['qingshi-home-visit-elderly@power-qingshi-station', 'qingshi-home-visit-elderly'],
    filters: { unit: 'power-qingshi-station' },
  },
  { category: 'number', query: '86631110', targets: ['water-pipe-repair@water-service-dept', 'water-pipe-repair'] },
  { category: 'typo', query: '夜里带警示燈', targets: ['toll-reflective-vest'] },
  { category: 'two-char', query: '点钞', targets: ['cash-on-tray'] },
];

// ------------------------------------------------------------------ mixed-district (青岚公服集团)
const MIXED: SearchCase[] = [
  { category: 'exact', query: '神秘住客检查', targets: ['ha-mystery-guest'] },
  { category: 'paraphrase', query: '东西都带齐了能马上给办掉吗', targets: ['gc-deadline-instant'] },
  { category: 'paraphrase', query: '老百姓不讲理能跟他吵两句吗', targets: ['gc-no-slang'] },
  { category: 'paraphrase', query: '司机冲乘客喊嫌挤就别坐', targets: ['bb-no-get-off'] },
  {
    category: 'paraphrase',
    query: '上下班那会儿公交几分钟来一趟',
    targets: ['bus-peak-headway@bus-qinglan', 'bus-peak-headway'],
  },
  { category: 'paraphrase', query: '季度查完不到九十分还能评星吗', targets: ['bk-below-90'] },
  {
    category: 'role',
    query: '城南支行 客户要取六万块提前几天说',
    targets: ['bank-large-cash@bank-chengnan', 'bank-large-cash'],
    filters: { unit: 'bank-chengnan' },
  },
  {
    category: 'role',
    query: '客房服务员 客人说空调坏了师傅多快到',
    targets: ['hotel-repair-arrive@hotel-qinglan', 'hotel-repair-arrive'],
  },
  { category: 'role', query: '柜员 点钞点出一张假的跟客户咋开口', targets: ['bq-no-fake-where'] },
  {
    category: 'number',
    query: '3分钟办好入住',
    targets: ['hotel-checkin-fast@hotel-qinglan', 'hotel-checkin-fast', 'ht-checkin-time'],
  },
  { category: 'typo', query: '貴賓理財室', targets: ['chengnan-wealth-room@bank-chengnan'] },
  { category: 'two-char', query: '晨会', targets: ['gc-punctual@bank-chengnan'] },
];

// ------------------------------------------------------------------ three-level-power (禾川交能集团)
const THREE_LEVEL: SearchCase[] = [
  { category: 'exact', query: '停电解释', targets: ['pq-outage', 'pq-outage-planned'] },
  { category: 'paraphrase', query: '收电费找不开让客户出去破零', targets: ['pq-no-change'] },
  { category: 'paraphrase', query: '月底打分没上八十五 奖金砍一半吗', targets: ['hga-below-85'] },
  {
    category: 'paraphrase',
    query: '白石那边半夜打过去能通吗',
    targets: ['bsp-duty-phone@baishi-point'],
    filters: { unit: 'baishi-point' },
  },
  {
    category: 'paraphrase',
    query: '禾川电力大厅晌午歇不歇',
    targets: ['hcp-no-lunch-close@hc-power'],
    filters: { unit: 'hc-power' },
  },
  { category: 'paraphrase', query: '谁负责给电工派活盯着啥时候到', targets: ['repair-dispatcher'] },
  { category: 'role', query: '收费员 救护车过来要收钱吗', targets: ['tl-exempt'] },
  { category: 'role', query: '白石服务站 管几个村', targets: ['sp-scope'], filters: { unit: 'baishi-point' } },
  { category: 'role', query: '台区经理 新装去现场看要几天', targets: ['pn-survey', 'power-new-connection'] },
  {
    category: 'number',
    query: '鲜活车10分钟查完',
    targets: ['tw-green-check@hc-toll-west', 'tl-green-channel'],
  },
  { category: 'typo', query: '站那边等著去', targets: ['hg-no-wait-there'] },
  { category: 'two-char', query: '停航', targets: ['bsp-ferry-villages', 'bsp-ferry-villages@baishi-point'] },
];

// ------------------------------------------------------------------ chengchuan-water-bus (澄川公用集团)
const CHENGCHUAN: SearchCase[] = [
  { category: 'exact', query: '新装用水', targets: ['water-new-connection', 'water-new-connection@water-hall'] },
  { category: 'paraphrase', query: '要派人到现场看的事几天给回话', targets: ['service-norms-cc-3-7-3'] },
  { category: 'paraphrase', query: '仨月回回满分评个啥', targets: ['star-clerk'] },
  { category: 'paraphrase', query: '上头偷偷来查一个季度来几回', targets: ['secret-visit'] },
  { category: 'paraphrase', query: '柜台上能嗑瓜子吗', targets: ['service-norms-cc-2-5-1'] },
  {
    category: 'paraphrase',
    query: '东城那边腿脚不好的老人过户能上门吗',
    targets: ['east-elderly-visit@water-east', 'east-elderly-visit'],
    filters: { unit: 'water-east' },
  },
  { category: 'role', query: '公交驾驶员 老人上车没座位', targets: ['bus-board-elderly'] },
  { category: 'role', query: '热线接线员 管子一天修不好怎么跟用户说', targets: ['wr-explain', 'wr-judge'] },
  { category: 'role', query: '营业受理员 用户走到窗口前要站起来吗', targets: ['water-greet-stand'] },
  { category: 'number', query: '0736-2218800', targets: ['bus-complaint', 'bus-complaint@bus-company'] },
  { category: 'typo', query: '計劃停水', targets: ['water-stop-notice', 'water-stop-notice@water-hall'] },
  { category: 'two-char', query: '浓妆', targets: ['service-norms-cc-2-4-3'] },
];

// ------------------------------------------------------------------ tongjiang-city (桐江城服集团)
const TONGJIANG: SearchCase[] = [
  {
    category: 'exact',
    query: '早开窗',
    targets: ['hpc-early-open', 'hpc-early-open@tj-hospital', 'hpc-early-open@tj-hosp-north'],
  },
  { category: 'paraphrase', query: '中午饭点收费处全关了吗', targets: ['th-lunch-window'] },
  { category: 'paraphrase', query: '堵车了能跟乘客多要钱吗', targets: ['tc-no-extra-charge'] },
  { category: 'paraphrase', query: '退钱要找大夫签字吗', targets: ['hr-doctor-sign', 'hr-check-papers'] },
  { category: 'paraphrase', query: '客人落在房里的东西留多久', targets: ['hfc-lost-keep@tj-hotel', 'hfc-lost-keep'] },
  { category: 'paraphrase', query: '今年评上明星给多少奖金', targets: ['service-year-2027#五奖惩'] },
  { category: 'role', query: '出租车驾驶员 客人上车不打表行吗', targets: ['tx-meter'] },
  { category: 'role', query: '总台接待员 客人嫌押金贵不想交', targets: ['hf-no-deposit-threat', 'hf-deposit'] },
  {
    category: 'role',
    query: '黄滩服务点 新装的多久来点火',
    targets: ['gsc-ignition@tj-gas-huangtan'],
    filters: { unit: 'tj-gas-huangtan' },
  },
  { category: 'number', query: '约车15分钟到', targets: ['txc-call-arrive@tj-taxi', 'txc-call-arrive'] },
  {
    category: 'typo',
    query: '醫保直接結算',
    targets: ['hpc-insurance-direct@tj-hospital', 'hpc-insurance-direct@tj-hosp-north', 'hpc-insurance-direct'],
  },
  { category: 'two-char', query: '叫醒', targets: ['hf-wakeup', 'hfc-wakeup@tj-hotel', 'hfc-wakeup'] },
];

// ------------------------------------------------------------------ lanxi-civic (岚溪民生中心)
const LANXI: SearchCase[] = [
  { category: 'exact', query: '录入准确', targets: ['lsc-accuracy', 'lsc-accuracy@lx-social'] },
  { category: 'paraphrase', query: '寄快递能放充电宝吗', targets: ['lp-banned-items'] },
  { category: 'paraphrase', query: '包裹放在邮局没人取留几天就退回去', targets: ['lp-keep-days'] },
  { category: 'paraphrase', query: '群众非要塞点土鸡蛋收不收', targets: ['lg-no-red-packet'] },
  { category: 'paraphrase', query: '当着办事的人跟同事唠嗑', targets: ['lq-no-chat'] },
  { category: 'paraphrase', query: '暖心月里邮局那边主要抓啥', targets: ['service-month#二各窗口重点'] },
  { category: 'role', query: '窗口人员 中午能不能全去吃饭', targets: ['lg-lunch'] },
  { category: 'role', query: '车站客运员 东西找着了下一步干啥', targets: ['rl-notify', 'rl-found'] },
  { category: 'role', query: '值班长 员工离岗一刻钟罚多少', targets: ['lxv-leave-post'] },
  { category: 'number', query: '提前12小时预约接送', targets: ['lrc-priority', 'lrc-priority@lx-rail'] },
  { category: 'typo', query: '禁记物品', targets: ['lp-banned-items'] },
  { category: 'two-char', query: '集邮', targets: ['post-clerk'] },
];

// ------------------------------------------------------------------ jichuan-ops (霁川城运集团)
const JICHUAN: SearchCase[] = [
  { category: 'exact', query: '季度服务之星', targets: ['jca-star'] },
  { category: 'paraphrase', query: '机票上名字打错一个字还能登机吗', targets: ['ja-name-match'] },
  { category: 'paraphrase', query: '行动不便的人要推车送到机舱门口吗', targets: ['ja-wheelchair', 'jac-wheelchair'] },
  { category: 'paraphrase', query: '电视没信号先让用户拔电源重启吗', targets: ['cf-remote'] },
  { category: 'paraphrase', query: '一个季度才六十多分要停岗吗', targets: ['jca-below-70'] },
  { category: 'paraphrase', query: '山上突然下雨哪能领雨披', targets: ['wsc-water'] },
  { category: 'role', query: '营业员 客户说流量没用却扣了钱', targets: ['cq-no-you-used', 'ct-bill-doubt'] },
  { category: 'role', query: '营业员 有人打电话来要查别人通话记录', targets: ['jg-privacy', 'jcv-leak'] },
  { category: 'role', query: '游客中心服务员 小孩丢了先广播吗', targets: ['lk-broadcast'] },
  { category: 'number', query: '0745-6337021', targets: ['jc-cable-luwan'] },
  { category: 'typo', query: '值機排隊', targets: ['jac-checkin-queue'] },
  { category: 'two-char', query: '盖章', targets: ['jg-inside-transfer'] },
];

export const ELEVENTH_HELD_ASIDE: OrgQueries[] = [
  { content: 'test/fixtures/search-orgs/yanzhou-heat-metro', cases: YANZHOU },
  { content: 'content', cases: EXAMPLE },
  { content: 'test/fixtures/orgs/mixed-district', cases: MIXED },
  { content: 'test/fixtures/orgs/three-level-power', cases: THREE_LEVEL },
  { content: 'test/fixtures/orgs/chengchuan-water-bus', cases: CHENGCHUAN },
  { content: 'test/fixtures/orgs/tongjiang-city', cases: TONGJIANG },
  { content: 'test/fixtures/orgs/lanxi-civic', cases: LANXI },
  { content: 'test/fixtures/orgs/jichuan-ops', cases: JICHUAN },
];
