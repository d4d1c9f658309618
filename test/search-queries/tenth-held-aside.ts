/**
 * A tenth held-aside query set (issue 14), over a new organisation written for it — the fixture
 * test/fixtures/orgs/jichuan-ops (霁川城运集团: a cable-network operator's business hall with a
 * township outlet under it, an airport's passenger service department, and a scenic area's visitor
 * centre with a north-gate service point under it; industries telecom, airport and tourism, none of
 * them in the earlier fixtures) — and over the six organisations of the earlier sets: the example,
 * mixed-district, three-level-power, chengchuan-water-bus, tongjiang-city and lanxi-civic. Written on
 * 2026-12-05 by the "queries10" helper session, which also wrote the new organisation's content; no
 * search engine and no synonym list has seen that content.
 *
 * What the writer read: /work/shared/DOMAIN.md, the README of test/fixtures/orgs, the lanxi-civic
 * fixture's files and a part of tongjiang-city's (organisation, units, one etiquette file, a service
 * guide, a process, the roles and a quiz file — for the file shapes; neither has synonyms or
 * `keywords:`), the schemas in src/model/schema and the list of files in src/model/README.md (to make
 * the new organisation pass `guifan check`), a throwaway listing of every item id of the six earlier
 * organisations with the text items.ts says the site shows for it and how many earlier sets aimed at
 * it (counted from their target ids; no earlier query was printed or studied), the opening text of
 * three earlier organisations' MDX pages and all of lanxi-civic's, test/search-queries/types.ts and
 * items.ts, the header comment and first lines of ninth-held-aside.ts (for the format; one target line
 * of its closing entries came into view while locating its export), the `OrgQueries` type of
 * fresh-held-aside.ts (four of its first exact queries came into view beside it),
 * test/search-queries.test.ts, test/search-examples.test.ts, and the option parsing and set selection
 * of bench/search-quality.ts and the first 120 lines of bench/search-quality-node.ts (to wire
 * `--tenth`; they name the engine's class, not its workings). Throwaway checks compared these queries
 * with the earlier sets' (printing only the ones of this set that repeated one, which were then
 * replaced: 10 of them, mostly short exact and two-character terms).
 * What it did NOT read: anything under src/search/, any synonym file (src/search/default-synonyms.yaml,
 * content/synonyms.yaml, a fixture's synonyms.yaml — the new organisation has none, and no
 * `keywords:`), any `keywords:` list in content, bench/results/search*.md, the seed documents beyond
 * DOMAIN.md's account of them. The search engine has NOT been run on these queries, no ranking of
 * them has been looked at, and no search bench was run: not yet run. None of the queries was adapted
 * to a synonym.
 *
 * Run once, by the lead, after search11 was merged (main at b8e30b2; quiet machine):
 *   npx tsx bench/search-quality.ts --tenth --misses
 * p@1 66 % overall (peer 19 %), paraphrase 47 % (peer 3 %), role 72 % (peer 13 %), exact 85 %,
 * number 77 %, typo 100 %, two-character 60 %, zero results 1 % (peer 26 %); per organisation:
 * 霁川城运集团 (new) 74 %, 云澜公用 61 %, 青岚公服集团 61 %, 禾川交能集团 44 %, 澄川公用集团 72 %,
 * 桐江城服集团 61 %, 岚溪民生中心 56 % (bench/results/search11-tenth.md). It is spent from then on (tuning material).
 *
 * 194 queries: 86 on the new organisation, 18 on each of the six earlier ones. 78 paraphrases and
 * questions (40 %), 54 role and situation queries (28 %), then 20 exact terms, 13 numbers and phone
 * numbers (one written with a space instead of the dash), 19 typos (a wrong character of the same
 * sound, traditional characters, full-width digits) and 10 two-character terms. Written as staff type
 * on a phone at a cable-TV and broadband counter, on a home installation visit, at an airport
 * check-in counter and baggage desk, at a scenic area's ticket window and visitor centre, and at the
 * power, toll, water, bank, bus, hotel, hospital, taxi, gas, social-insurance, station and post
 * counters of the earlier organisations — their words (老人, 顾客, 咋办, 能不能, 多久, 罚多少), not
 * the content's. On the new organisation the targets spread over clauses, a unit's own copies (two
 * reworded clauses, two added clauses, a commitment with the unit's own param, a reworded commitment,
 * own commitments), phrases, forbidden phrases, conduct rules, a rule set, situations, three processes
 * and their steps, commitments, a threshold, violations, inspections, awards, two service guides,
 * units, a role and MDX page sections. On the earlier organisations 113 of the 149 target references
 * are items at most one earlier set aimed at (39 none), and no query repeats an earlier set's (spacing
 * and punctuation aside). No paraphrase is a substring of its target's text, and none shares a run of
 * three letters or digits with it (nor with the whole page of a page section it aims at). A query that
 * names its unit carries that unit's filter; several targets are listed where a clerk would be equally
 * served.
 */
import type { OrgQueries } from './fresh-held-aside.ts';
import type { SearchCase } from './types.ts';

// ------------------------------------------------------------------ the new organisation (霁川城运集团)
const JICHUAN: SearchCase[] = [
  // exact terms
  { category: 'exact', query: '四个一', targets: ['jq-four-ones'] },
  { category: 'exact', query: '携号转网', targets: ['ct-port-out'] },
  { category: 'exact', query: '逾重行李', targets: ['ja-excess'] },
  { category: 'exact', query: '无陪儿童', targets: ['ja-um-child'] },
  { category: 'exact', query: '神秘顾客暗访', targets: ['jca-mystery'] },
  { category: 'exact', query: '流动营业车', targets: ['luwan-mobile-van', 'luwan-mobile-van@jc-cable-luwan'] },
  { category: 'exact', query: '恶劣天气劝返', targets: ['sq-storm', 'sq-storm-down'] },
  { category: 'exact', query: '景区年卡', targets: ['jc-scenic-annual'] },

  // paraphrases and questions
  {
    category: 'paraphrase',
    query: '顾客问的事不归我管能直接指他去别处吗',
    targets: ['jg-first-asked'],
  },
  { category: 'paraphrase', query: '差啥材料得一回说完，别让人跑好几趟', targets: ['jg-one-note'] },
  { category: 'paraphrase', query: '老人来了能插队先办吗', targets: ['jg-priority'] },
  { category: 'paraphrase', query: '上班能不能刷抖音', targets: ['jg-no-phone', 'jcv-phone-play'] },
  { category: 'paraphrase', query: '顾客塞红包收不收', targets: ['jg-no-gift'] },
  {
    category: 'paraphrase',
    query: '宽带报装多久能上门接通',
    targets: ['ctc-install', 'ctc-install@jc-cable', 'jc-broadband-new'],
  },
  {
    category: 'paraphrase',
    query: '网断了几个钟头能修好',
    targets: ['ctc-repair', 'ctc-repair@jc-cable', 'jc-cable-fault-process'],
  },
  {
    category: 'paraphrase',
    query: '话费扣多了怎么退',
    targets: ['ctc-refund', 'ctc-refund@jc-cable', 'ct-bill-doubt'],
  },
  {
    category: 'paraphrase',
    query: '城里那个厅夜里开到几点',
    targets: ['ctc-evening', 'ctc-evening@jc-cable', 'jc-cable'],
  },
  { category: 'paraphrase', query: '给岁数大的推贵套餐行不行', targets: ['ct-elder-upsell'] },
  { category: 'paraphrase', query: '帮大爷把新手机字弄大点', targets: ['ct-elder-setup'] },
  { category: 'paraphrase', query: '师傅去人家里能抽根烟吗', targets: ['ct-shoe-cover'] },
  { category: 'paraphrase', query: '没经过人家点头就给开了彩铃', targets: ['ct-no-bundle', 'jcv-forced-addon'] },
  { category: 'paraphrase', query: '证件只带了影印的能办号吗', targets: ['ct-real-name'] },
  { category: 'paraphrase', query: '离开飞还剩多久就不给换登机牌了', targets: ['ja-cutoff'] },
  {
    category: 'paraphrase',
    query: '移动电源能不能跟箱子一起走',
    targets: ['ja-lithium', 'aq-bag-ask', 'jcv-lithium-miss'],
  },
  { category: 'paraphrase', query: '坐应急门那排要问乘客啥', targets: ['ja-exit-row'] },
  { category: 'paraphrase', query: '飞机晚了好几个钟头管不管饭', targets: ['ja-delay-care'] },
  {
    category: 'paraphrase',
    query: '下了飞机箱子没出来去哪报',
    targets: ['jc-airport-bag-process', 'bg-record'],
  },
  {
    category: 'paraphrase',
    query: '丢的箱子找多少天才赔',
    targets: ['jac-bag-trace', 'jac-bag-trace@jc-airport', 'bg-claim'],
  },
  { category: 'paraphrase', query: '下暴雨封山了门票能退多少', targets: ['ws-refund'] },
  { category: 'paraphrase', query: '山上有人晕倒了有电击的机器吗', targets: ['ws-aed'] },
  { category: 'paraphrase', query: '借把伞要押钱吗', targets: ['ws-lend'] },
  { category: 'paraphrase', query: '导游带人去买东西拿回扣', targets: ['ws-guide-fee', 'jcv-tip'] },
  {
    category: 'paraphrase',
    query: '北边入口泊车的地方离售票处远，有摆渡车不',
    targets: ['north-shuttle@jc-scenic-north', 'north-shuttle'],
    filters: { unit: 'jc-scenic-north' },
  },
  {
    category: 'paraphrase',
    query: '芦湾装宽带要几天',
    targets: ['ctc-install@jc-cable-luwan', 'ctc-install', 'jc-broadband-new'],
    filters: { unit: 'jc-cable-luwan' },
  },
  {
    category: 'paraphrase',
    query: '乡下打墙眼走光纤要先问房主吗',
    targets: ['luwan-wall-drill@jc-cable-luwan', 'luwan-wall-drill'],
  },
  { category: 'paraphrase', query: '季度打分没达标扣不扣奖金', targets: ['jca-below-85'] },
  { category: 'paraphrase', query: '全年每回抽查都优秀的班子有啥奖', targets: ['jca-gold-team'] },
  { category: 'paraphrase', query: '顾客送锦旗有奖励吗', targets: ['jca-praise'] },
  { category: 'paraphrase', query: '办完让顾客手机上打分的是哪项', targets: ['jca-survey'] },
  { category: 'paraphrase', query: '过年机场几点开始办登机', targets: ['holiday-2027#二机场早班值机提前开柜'] },
  { category: 'paraphrase', query: '装网要带房本吗', targets: ['jc-broadband-new'] },
  { category: 'paraphrase', query: '山路上专门巡逻救人的是哪个岗', targets: ['ranger'] },
  { category: 'paraphrase', query: '笑话人家机子老土', targets: ['cq-no-old-phone'] },
  {
    category: 'paraphrase',
    query: '北门那儿歇脚的屋子开到几点',
    targets: ['north-rest-room@jc-scenic-north', 'north-rest-room'],
    filters: { unit: 'jc-scenic-north' },
  },

  // role and situation
  { category: 'role', query: '营业员 客户说这个月账单不对', targets: ['cq-bill-detail', 'ct-bill-doubt', 'cq-bill'] },
  { category: 'role', query: '装维师傅敲门第一句说啥', targets: ['cq-knock'] },
  {
    category: 'role',
    query: '芦湾营业点师傅进门怎么自我介绍',
    targets: ['cq-knock'],
    filters: { unit: 'jc-cable-luwan' },
  },
  {
    category: 'role',
    query: '镇里装维提前哪天跟用户联系',
    targets: ['ct-visit-call@jc-cable-luwan'],
    filters: { unit: 'jc-cable-luwan' },
  },
  { category: 'role', query: '值机员 旅客来晚了柜台关了怎么说', targets: ['aq-late-help', 'aq-late', 'ja-cutoff'] },
  { category: 'role', query: '值机员 航班延误旅客围着问', targets: ['aq-delay-sorry', 'aq-delay', 'ja-delay-care'] },
  { category: 'role', query: '值机员递登机牌要注意啥', targets: ['aq-two-hands', 'aq-boarding-pass'] },
  {
    category: 'role',
    query: '值机员 延误了能不能说是老天的事我们管不了',
    targets: ['aq-no-weather', 'aq-delay-sorry'],
  },
  {
    category: 'role',
    query: '行李查询员 旅客说箱子摔坏了',
    targets: ['jc-airport-bag-process', 'bg-record', 'bg-arrive'],
  },
  { category: 'role', query: '值机员 小孩一个人坐飞机交给谁', targets: ['ja-um-child'] },
  { category: 'role', query: '售票员 游客说忘带老年证', targets: ['sq-discount-ask', 'sq-no-cheat', 'ws-free-ticket'] },
  { category: 'role', query: '巡山的下雨天穿什么', targets: ['sq-raincoat'] },
  { category: 'role', query: '巡山员 雷雨天劝游客下山怎么说', targets: ['sq-storm-down', 'ws-storm'] },
  { category: 'role', query: '游客中心 有人问观景台怎么走', targets: ['sq-map-point', 'sq-way'] },
  {
    category: 'role',
    query: '游客中心 孩子跟家长走散了',
    targets: ['ws-lost-kid', 'jc-scenic-lost-child-process', 'lk-help', 'lk-ask'],
  },
  { category: 'role', query: '值班长 孩子半小时还没找到', targets: ['lk-police', 'lk-found'] },
  { category: 'role', query: '营业员 客户问哪个套餐划算', targets: ['cq-plan-ask', 'ct-plan-explain'] },
  { category: 'role', query: '客户嫌排队久发火了', targets: ['jq-sorry-wait', 'jgc-queue', 'jq-queue', 'jg-calm'] },
  { category: 'role', query: '接电话开头怎么说', targets: ['jq-phone-open'] },
  { category: 'role', query: '窗口办不了的事跟客户怎么解释', targets: ['jq-explain', 'jq-cannot'] },
  { category: 'role', query: '值班长 客户投诉几天内要回复', targets: ['jgc-complaint'] },
  { category: 'role', query: '外国游客来问事不会英语咋办', targets: ['jg-language'] },
  {
    category: 'role',
    query: '北门售票员 封山了游客要退钱',
    targets: ['ws-refund@jc-scenic-north'],
    filters: { unit: 'jc-scenic-north' },
  },
  {
    category: 'role',
    query: '带班干部 出事多久内上报集团',
    targets: ['holiday-2027#四值班和联络'],
  },

  // numbers and phone numbers
  { category: 'number', query: '0745-6196110', targets: ['jc-cable', 'jc-cable-luwan'] },
  { category: 'number', query: '6180017', targets: ['jgc-supervise'] },
  { category: 'number', query: '0745 6271120', targets: ['jc-scenic', 'jc-scenic-north'] },
  { category: 'number', query: '值机提前45分钟截止', targets: ['ja-cutoff'] },
  { category: 'number', query: '年卡120元', targets: ['jc-scenic-annual'] },
  { category: 'number', query: '乱开增值业务罚500', targets: ['jcv-forced-addon'] },
  {
    category: 'number',
    query: '北坡救援35分钟',
    targets: ['wsc-rescue@jc-scenic-north'],
    filters: { unit: 'jc-scenic-north' },
  },

  // typos
  { category: 'typo', query: '携号专网', targets: ['ct-port-out'] },
  { category: 'typo', query: '無陪兒童', targets: ['ja-um-child'] },
  { category: 'typo', query: '值机节止时间', targets: ['ja-cutoff'] },
  { category: 'typo', query: '鱼重行李', targets: ['ja-excess'] },
  { category: 'typo', query: '寬帶新裝', targets: ['jc-broadband-new', 'ctc-install'] },
  { category: 'typo', query: '流动营业车下村２次', targets: ['luwan-mobile-van', 'luwan-mobile-van@jc-cable-luwan'] },
  { category: 'typo', query: '神秘顾课', targets: ['jca-mystery'] },

  // two-character terms
  { category: 'two-char', query: '锂电', targets: ['ja-lithium', 'jcv-lithium-miss'] },
  { category: 'two-char', query: '测速', targets: ['ct-speed-test'] },
  { category: 'two-char', query: '限流', targets: ['ws-crowd-limit'] },
  { category: 'two-char', query: '劝返', targets: ['sq-storm', 'ws-storm'] },
];

// ------------------------------------------------------------------ the example (云澜公用)
const EXAMPLE: SearchCase[] = [
  { category: 'exact', query: '特情登记簿', targets: ['toll-dispute-logged'] },
  { category: 'exact', query: '组织实施阶段', targets: ['programme-plan#组织实施阶段'] },
  { category: 'paraphrase', query: '票子烂得不成样让人另给一张咋说', targets: ['cash-ask-replace-note'] },
  { category: 'paraphrase', query: '写信来反映的几天给答复', targets: ['letter-reply-deadline'] },
  { category: 'paraphrase', query: '耳朵不好的顾客怎么沟通', targets: ['hearing-impaired-writing'] },
  { category: 'paraphrase', query: '没用的单子能不能翻过来写字', targets: ['shred-discarded-papers'] },
  { category: 'paraphrase', query: '办不完要拖几天得谁点头', targets: ['deadline-extension-approval'] },
  { category: 'paraphrase', query: '投诉单能不能偷偷撕了', targets: ['no-hiding-complaints'] },
  { category: 'paraphrase', query: '外包公司回访顾客几个月一回', targets: ['quarterly-satisfaction-survey'] },
  { category: 'role', query: '收费员 车窗太高司机够不着', targets: ['toll-lean-to-window'] },
  { category: 'role', query: '话务员 接起电话先问客户啥号', targets: ['hotline-ask-account'] },
  {
    category: 'role',
    query: '城区营业厅 抢修多久到',
    targets: ['power-repair-arrival@power-city-hall'],
    filters: { unit: 'power-city-hall' },
  },
  {
    category: 'role',
    query: '东收费所 拉菜的车查验要多久',
    targets: ['toll-green-lane-minutes@toll-east-station', 'toll-green-lane-minutes'],
    filters: { unit: 'toll-east-station' },
  },
  { category: 'role', query: '质管办 负责啥', targets: ['quality-office'] },
  {
    category: 'number',
    query: '24小时修复送电',
    targets: ['power-repair-restore', 'power-repair-restore@power-city-hall'],
  },
  { category: 'typo', query: '遵守法律法归', targets: ['obey-law-serve-honestly'] },
  { category: 'typo', query: '抄錶錄入', targets: ['water-meter-entry-accuracy', 'meter-data-entry-accurate'] },
  { category: 'two-char', query: '咳嗽', targets: ['turn-away-to-yawn'] },
];

// ------------------------------------------------------------------ mixed-district (青岚公服集团)
const MIXED: SearchCase[] = [
  { category: 'exact', query: '理财风险提示', targets: ['bq-risk', 'bq-risk-not-deposit'] },
  { category: 'exact', query: '开门起步', targets: ['bsv-open-door'] },
  { category: 'paraphrase', query: '快关门才进来的人还给不给办', targets: ['bk-open-on-time'] },
  { category: 'paraphrase', query: '嫌麻烦随口把老百姓打发走行吗', targets: ['gc-no-pushing-away'] },
  { category: 'paraphrase', query: '几个科室要碰头定的事情限期多少天', targets: ['gc-deadline-study'] },
  { category: 'paraphrase', query: '上岗可以穿自己的衣服吗', targets: ['gc-uniform'] },
  { category: 'paraphrase', query: '胸牌别在哪侧', targets: ['gc-badge'] },
  { category: 'paraphrase', query: '上了岁数的只会讲本地土话咋沟通', targets: ['gc-dialect-elderly'] },
  { category: 'paraphrase', query: '老百姓满不满意上面几个月抽一次', targets: ['grp-satisfaction', 'ga-survey'] },
  { category: 'role', query: '大堂经理 客户不会用机器', targets: ['bq-no-go-machine', 'bq-lobby-ask'] },
  { category: 'role', query: '公交司机 车开动前跟乘客说啥', targets: ['bb-hold-on'] },
  {
    category: 'role',
    query: '前台接待 客人投诉房间脏',
    targets: ['hq-complaint-listen', 'hotel-complaint-process', 'hq-complaint'],
  },
  { category: 'role', query: '导诊护士 八十多岁老人一个人来看病', targets: ['hosp-escort-elderly'] },
  {
    category: 'role',
    query: '向阳路分理处 柜台人手怎么安排',
    targets: ['xiangyang-outlet-notes#两个柜口怎么分工'],
    filters: { unit: 'bank-xiangyang-outlet' },
  },
  { category: 'number', query: '7:30导诊', targets: ['hosp-guide-desk', 'hosp-guide-desk@hospital-outpatient'] },
  { category: 'typo', query: '星級文明網點', targets: ['bk-star-outlet'] },
  { category: 'typo', query: '跃站甩站', targets: ['bsv-skip-stop'] },
  { category: 'two-char', query: '保本', targets: ['bq-no-guaranteed'] },
];

// ------------------------------------------------------------------ three-level-power (禾川交能集团)
const THREE_LEVEL: SearchCase[] = [
  { category: 'exact', query: '每周进村', targets: ['bsp-village-visits', 'bsp-village-visits@baishi-point'] },
  {
    category: 'exact',
    query: '集市流动服务',
    targets: ['sx-market-day', 'sx-market-day@songxi-county', 'sx-market-day-desk'],
  },
  { category: 'paraphrase', query: '电工上门要给好处费吗', targets: ['pq-no-tip'] },
  {
    category: 'paraphrase',
    query: '表后面的线坏了归不归我们修',
    targets: ['pq-no-not-ours', 'pf-fault-side', 'pf-advise'],
  },
  {
    category: 'paraphrase',
    query: '啥时候再来村里写在哪',
    targets: ['bsp-village-board@baishi-point', 'bsp-village-board'],
  },
  { category: 'paraphrase', query: '客户来问这个月电钱咋算出来的', targets: ['pb-bill-query'] },
  { category: 'paraphrase', query: '乡里那个站最少留几个人', targets: ['sp-staffing'] },
  { category: 'paraphrase', query: '投诉督办的号码夜里打得通吗', targets: ['grp-supervision-24h'] },
  {
    category: 'paraphrase',
    query: '禾川电力那边修好故障要多久',
    targets: ['pw-repair-restore@hc-power', 'pw-repair-restore'],
    filters: { unit: 'hc-power' },
  },
  { category: 'role', query: '收费班长 绿通车装的不是鲜活货', targets: ['tg-charge'] },
  { category: 'role', query: '客服专员 接到报修电话先干嘛', targets: ['pf-log', 'pq-repair-confirm'] },
  { category: 'role', query: '营业员 客户站着等了半天', targets: ['hg-sit', 'gs-seat-client'] },
  {
    category: 'role',
    query: '白石服务站 抢修遇到封路',
    targets: ['pw-repair-restore@baishi-point'],
    filters: { unit: 'baishi-point' },
  },
  {
    category: 'role',
    query: '松溪供电 停电通知贴哪',
    targets: ['pw-outage-notice@songxi-county'],
    filters: { unit: 'songxi-county' },
  },
  {
    category: 'number',
    query: '排队8辆 5分钟开道',
    targets: ['tw-queue-open@hc-toll-west'],
    filters: { unit: 'hc-toll-west' },
  },
  { category: 'typo', query: '计划停店提前告知', targets: ['pw-outage-notice', 'pb-outage-notice'] },
  { category: 'typo', query: '居民新裝', targets: ['pw-new-connection', 'pw-new-connection@hc-power'] },
  { category: 'two-char', query: '排灌', targets: ['rg-farming-season'] },
];

// ------------------------------------------------------------------ chengchuan-water-bus (澄川公用集团)
const CHENGCHUAN: SearchCase[] = [
  { category: 'exact', query: '首末班准点', targets: ['bus-first-last', 'bus-first-last@bus-company'] },
  { category: 'exact', query: '表本录入', targets: ['water-data-entry', 'water-data-entry@water-hall'] },
  { category: 'paraphrase', query: '进门看水表要亮出证件吗', targets: ['service-norms-cc-4-10'] },
  {
    category: 'paraphrase',
    query: '查表时发现表漏了咋处理',
    targets: ['service-norms-cc-4-12', 'service-norms-cc-4-12@water-east-meter'],
  },
  { category: 'paraphrase', query: '老人刚上来还没站好能开车吗', targets: ['bus-wait-elderly'] },
  { category: 'paraphrase', query: '报站机坏了司机怎么办', targets: ['bus-announce'] },
  {
    category: 'paraphrase',
    query: '公交上捡到东西留几天',
    targets: ['bus-lost-property', 'bus-lost-property@bus-company'],
  },
  {
    category: 'paraphrase',
    query: '上门看水表之前提前打招呼吗',
    targets: ['meter-notice@water-east-meter', 'meter-notice'],
  },
  {
    category: 'paraphrase',
    query: '8路最后一班啥时候发',
    targets: ['bus-first-last@bus-line-8'],
    filters: { unit: 'bus-line-8' },
  },
  {
    category: 'role',
    query: '热线接线员 有人打电话说爆管了',
    targets: ['service-norms-cc-3-9', 'wr-record', 'water-repair-dispatch'],
  },
  { category: 'role', query: '公交驾驶员 乘客问路', targets: ['bus-way-answer', 'bus-asking-way'] },
  {
    category: 'role',
    query: '东城分公司 经理审批的业务几天办完',
    targets: ['service-norms-cc-3-7-2@water-east'],
    filters: { unit: 'water-east' },
  },
  { category: 'role', query: '班组长 考核没到80分', targets: ['below-80'] },
  { category: 'role', query: '夜间值班窗口 能办啥', targets: ['water-night-hello', 'water-night-hall'] },
  { category: 'number', query: '0736-96116', targets: ['water-reply', 'water-reply@water-hall'] },
  { category: 'typo', query: '自来水营业大庭', targets: ['water-hall'] },
  { category: 'typo', query: '抄錶員', targets: ['meter-reader'] },
  { category: 'two-char', query: '泄露', targets: ['v-leak-info', 'service-norms-cc-2-5-3'] },
];

// ------------------------------------------------------------------ tongjiang-city (桐江城服集团)
const TONGJIANG: SearchCase[] = [
  {
    category: 'exact',
    query: '液化气送上门',
    targets: ['huangtan-lpg-delivery', 'huangtan-lpg-delivery@tj-gas-huangtan'],
  },
  { category: 'exact', query: '红旗窗口', targets: ['tja-red-flag'] },
  {
    category: 'paraphrase',
    query: '病人问该看哪科 窗口能帮着拿主意吗',
    targets: ['th-no-choose-dept', 'hp-ask-guide'],
  },
  { category: 'paraphrase', query: '拉客途中能再捎一个人吗', targets: ['tx-no-pooling'] },
  { category: 'paraphrase', query: '退房时票据来不及开几天内给', targets: ['tf-invoice'] },
  { category: 'paraphrase', query: '上门查气顺便卖灶台行吗', targets: ['tgs-no-selling'] },
  { category: 'paraphrase', query: '通气时碰上家里没人咋整', targets: ['tgs-restore-door'] },
  {
    category: 'paraphrase',
    query: '礼拜三傍晚了还能去城西开户吗',
    targets: ['chengxi-wednesday-evening@tj-gas-chengxi', 'chengxi-wednesday-evening'],
    filters: { unit: 'tj-gas-chengxi' },
  },
  { category: 'paraphrase', query: '员工一年要上多少课时的课', targets: ['tjc-training-hours'] },
  { category: 'role', query: '挂号收费员 收到假钱', targets: ['th-suspect-note'] },
  { category: 'role', query: '总台接待员 客人要打车', targets: ['tf-call-taxi'] },
  { category: 'role', query: '租车业务员 客人说划痕不是他弄的', targets: ['tc-no-blame-scratch'] },
  {
    category: 'role',
    query: '黄滩服务点 赶集天营业到几点',
    targets: ['huangtan-market-days@tj-gas-huangtan'],
    filters: { unit: 'tj-gas-huangtan' },
  },
  {
    category: 'role',
    query: '北院区 晚上挂号去哪',
    targets: ['north-night-emergency@tj-hosp-north'],
    filters: { unit: 'tj-hosp-north' },
  },
  { category: 'number', query: '0756-3120099', targets: ['tjc-supervision-phone'] },
  { category: 'typo', query: '預授權撤銷', targets: ['hfc-preauth'] },
  { category: 'typo', query: '神秘成客', targets: ['tja-mystery-rider'] },
  { category: 'two-char', query: '绕路', targets: ['tx-route', 'tc-route-ask', 'tc-route'] },
];

// ------------------------------------------------------------------ lanxi-civic (岚溪民生中心)
const LANXI: SearchCase[] = [
  { category: 'exact', query: '群众点赞奖', targets: ['lxa-thanks-letter'] },
  { category: 'exact', query: '岗前演练', targets: ['lxc-drill'] },
  { category: 'paraphrase', query: '打零工的交社保按哪个等级交能随便选吗', targets: ['ls-flexible-pay'] },
  { category: 'paraphrase', query: '寄包裹忘带证件了还能寄吗', targets: ['lp-real-name'] },
  { category: 'paraphrase', query: '帮别人取快递要带什么', targets: ['lp-proxy-pickup'] },
  { category: 'paraphrase', query: '火车没赶上还能换一趟吗', targets: ['lr-missed-train'] },
  { category: 'paraphrase', query: '台子上摆吃的行不行', targets: ['lg-no-eating'] },
  { category: 'paraphrase', query: '包裹下落问了多久给答复', targets: ['lpc-query-reply', 'lp-track'] },
  { category: 'paraphrase', query: '摄像头拍的画面隔多久调出来看', targets: ['lxa-camera'] },
  { category: 'role', query: '引导员 能坐着等人来问吗', targets: ['ls-guide-stand'] },
  { category: 'role', query: '车站客运员 旅客说落了东西', targets: ['rl-report', 'rl-register', 'lr-lost-describe'] },
  {
    category: 'role',
    query: '东关服务站 卧床老人认证',
    targets: ['dg-bedside-service@lx-social-street'],
    filters: { unit: 'lx-social-street' },
  },
  {
    category: 'role',
    query: '社保大厅 社保卡做好要几天',
    targets: ['lsc-card-make@lx-social', 'lsc-card-make'],
    filters: { unit: 'lx-social' },
  },
  { category: 'role', query: '邮政营业员 包裹往台上一扔', targets: ['lp-no-throw'] },
  { category: 'number', query: '排队20分钟', targets: ['lxc-wait'] },
  { category: 'typo', query: '東關服務站', targets: ['lx-social-street'] },
  { category: 'typo', query: '短信評價', targets: ['lxa-callback'] },
  { category: 'two-char', query: '改签', targets: ['lr-missed-train', 'lr-refund-rule'] },
];

export const TENTH_HELD_ASIDE: OrgQueries[] = [
  { content: 'test/fixtures/orgs/jichuan-ops', cases: JICHUAN },
  { content: 'content', cases: EXAMPLE },
  { content: 'test/fixtures/orgs/mixed-district', cases: MIXED },
  { content: 'test/fixtures/orgs/three-level-power', cases: THREE_LEVEL },
  { content: 'test/fixtures/orgs/chengchuan-water-bus', cases: CHENGCHUAN },
  { content: 'test/fixtures/orgs/tongjiang-city', cases: TONGJIANG },
  { content: 'test/fixtures/orgs/lanxi-civic', cases: LANXI },
];
