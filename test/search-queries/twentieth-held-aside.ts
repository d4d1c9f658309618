/**
 * A twentieth held-aside query set (issue 14), over a new organisation written for it — the fixture
 * test/fixtures/search-orgs/cenyang-drive-museum (岑阳交文集团: a driving school with a training ground under
 * it and a township teaching point under that ground, three levels of units, and the city museum with its
 * free galleries, talks, audio guides and donations; driving schools and museums, kinds of service no
 * earlier fixture and no part of content/ holds, all of industry `other`; kept out of test/fixtures/orgs so
 * the suite does not build it) — and over the sixteen organisations of the nineteenth set:
 * zhezhou-fuel-funeral, luting-ferry-sports, yujiang-campus-mart, shanyuan-gas-scenic, the example,
 * mixed-district, three-level-power, chengchuan-water-bus, tongjiang-city, lanxi-civic, jichuan-ops,
 * yanzhou-heat-metro, luping-estate-insure, fenggang-fund-inspect, meiao-deed-notary and
 * huaiyang-affairs-library. Written by the "w20" helper session, which also wrote the new organisation's
 * content; no search engine and no synonym list has seen that content.
 *
 * What the writer read: /work/shared/DOMAIN.md, the first half of README.md, test/fixtures/search-orgs/README.md
 * and test/fixtures/orgs/README.md (its opening paragraphs), the zhezhou-fuel-funeral fixture (whole but the
 * funeral norms past their first section — the model for the new organisation's shape), the commit that made
 * the nineteenth set (0c95f78: its message and file list), the nineteenth query file (whole — the set is
 * spent), test/search-queries/types.ts and items.ts, test/search-queries.test.ts, the header of
 * test/house.test.ts, the industry list of src/model/schema/common.ts, the usage comments, imports and set
 * wiring of bench/search-quality.ts and bench/search-quality-node.ts (not run), the first 200 characters of
 * each seed document, and a throwaway listing of the item ids of the sixteen earlier organisations with the
 * text items.ts says the site shows for each and how many earlier query files aimed at it (counted from their
 * target ids; no earlier query was printed), with the id, name and hotlines of their units and their roles.
 * A throwaway copy of the soundness test's checks (that lists every finding at once) listed this set's
 * queries that repeated an earlier one or shared a run of three with a target; they were replaced or
 * reworded. The first lines of the five latest commit messages (git log --oneline) were seen: one about
 * src/search (an excerpt's matchIn moved to a file of its own, no words named) and the nineteenth's result
 * commit, whose first line quotes its figures. The words the nineteenth's header lists from the first lines
 * of src/search commits (受伤, 催缴, 积水, 水管, 利息, 押金, 黄牛 …) were kept out of this set's queries.
 * What it did NOT read: anything under src/search/, any synonym file (src/search/default-synonyms.yaml,
 * content/synonyms.yaml, a fixture's synonyms.yaml — the new organisation has none, and no `keywords:`),
 * any `keywords:` list in content, bench/results/, the seed documents beyond their first lines
 * (seed-overlap.py finds no shared run with the new organisation), the earlier sets' queries beyond the
 * nineteenth, the bodies of commits touching src/search. The search engine has NOT been run on these
 * queries, no ranking of them has been looked at, no site was built for them and no search bench was run:
 * not yet run. None of the queries was adapted to a synonym. Run once in Chromium at c9ae772 (p@1 58 %:
 * bench/results/search20-twentieth.md); spent since, tuning material like the sets before it.
 *
 * 277 queries: 85 on the new organisation (31 %), 12 on each of the sixteen earlier ones (one exact term,
 * four paraphrases, four role or situation queries, a phone number, a typo and a two-character term). 106
 * paraphrases and questions (38.3 %), 85 role and situation queries (30.7 %), then 22 exact terms, 22
 * numbers and phone numbers (most without their area code, most with a word beside the number, one with its
 * area code, one a count of hours written in digits where the content writes it in words), 21 typos (a wrong
 * character of the same sound, traditional characters) and 21 two-character terms. On the new organisation
 * the targets spread over clauses, the township teaching point's own copies (the reworded shuttle clause and
 * the added school-hours clause under its filter, its own home-batch commitment; the reworded get-in phrase
 * under its filter), phrases, forbidden phrases, both rule sets, two processes and their steps, commitments,
 * violations, the units' phone numbers and the four sections of the MDX page. Written as learner drivers,
 * parents, visitors and staff type on a phone in the enrolment hall, in the training car, at the exam, at the
 * museum's door, in a gallery and with an heirloom in a bag, and at the counters of the earlier organisations
 * — their words (师傅, 压线, 熄火, 老年机, 老瓷瓶, 值多少钱, 滚梯, 尾数), not the content's. No paraphrase is
 * a substring of its target's text, and none shares a run of three letters or digits with it (nor with the
 * whole page of a page section it aims at). A paraphrase or role query that names the township teaching point
 * carries its filter; several targets are listed where a clerk would be equally served.
 */
import type { OrgQueries } from './fresh-held-aside.ts';
import type { SearchCase } from './types.ts';

const SHIGANG = { unit: 'cy-drive-shigang' };

// ------------------------------------------------------------------ the new organisation (岑阳交文集团)
const CENYANG: SearchCase[] = [
  // exact terms
  { category: 'exact', query: '先学后付', targets: ['jx-pay-later'] },
  { category: 'exact', query: '计时培训', targets: ['jx-hours'] },
  { category: 'exact', query: '教练员六不准', targets: ['jy-six-no'] },
  { category: 'exact', query: '藏品捐赠', targets: ['bw-donate', 'bp-donate'] },
  { category: 'exact', query: '定时讲解', targets: ['bw-free-talk', 'mc-talk'] },
  { category: 'exact', query: '四主动', targets: ['ge-four-active'] },

  // paraphrases and questions
  { category: 'paraphrase', query: '刚满十七岁半 能先去驾校交钱学吗', targets: ['jx-age'] },
  { category: 'paraphrase', query: '体检非得去你们指定的那家医院吗', targets: ['jx-health'] },
  { category: 'paraphrase', query: '教练说多给八百保证一把过', targets: ['jx-no-guarantee', 'cav-guarantee'] },
  { category: 'paraphrase', query: '带我的师傅脾气太冲 想换个人带', targets: ['jx-coach-choose'] },
  { category: 'paraphrase', query: '练车打卡要对着摄像头吗 少练几个钟头行不行', targets: ['jx-hours'] },
  { category: 'paraphrase', query: '师傅在车里一根接一根抽 熏得我头疼', targets: ['jx-no-smoke', 'cav-abuse'] },
  { category: 'paraphrase', query: '教练老让我们给他带早饭', targets: ['jx-no-errand'] },
  { category: 'paraphrase', query: '练车压线了师傅直接开骂', targets: ['jx-no-smoke', 'jy-no-insult', 'cav-abuse'] },
  { category: 'paraphrase', query: '起步老熄火 师傅会不会吼我', targets: ['jx-explain', 'jy-calm'] },
  { category: 'paraphrase', query: '一开始不敢上路 有没有那种机器先练练手', targets: ['jx-simulator'] },
  { category: 'paraphrase', query: '练车的地方在城外 有车来回拉吗', targets: ['jx-shuttle'] },
  { category: 'paraphrase', query: '约好的时段临时有事 能退掉不', targets: ['jx-booking'] },
  { category: 'paraphrase', query: '学时都够了 多久能给我排上考试', targets: ['jx-exam-book', 'jc-exam-book'] },
  { category: 'paraphrase', query: '考试那天 驾校管不管送去考场', targets: ['jx-send-exam'] },
  { category: 'paraphrase', query: '科目二挂了 补考前还让练吗 另外收钱不', targets: ['jx-retest'] },
  { category: 'paraphrase', query: '下大雨还要去练车吗 不去算旷课不', targets: ['jx-weather'] },
  {
    category: 'paraphrase',
    query: '学了一半不想学了 剩下的钱几天能打回来',
    targets: ['jx-refund', 'jc-refund', 'jp-refund'],
  },
  { category: 'paraphrase', query: '退学的钱算得比我想的少 跟谁理论', targets: ['jr-review', 'jp-refund'] },
  {
    category: 'paraphrase',
    query: '石岗那边没有专车 早上咋去练',
    targets: ['jx-shuttle@cy-drive-shigang'],
    filters: SHIGANG,
  },
  {
    category: 'paraphrase',
    query: '学校门口孩子多的时候 练车的还往外开不',
    targets: ['sg-school-hours@cy-drive-shigang'],
    filters: SHIGANG,
  },
  {
    category: 'paraphrase',
    query: '过年回家就待十来天 能不能天天排我练',
    targets: ['sg-home-batch@cy-drive-shigang'],
    filters: SHIGANG,
  },
  { category: 'paraphrase', query: '镇上学车的 退钱要等多久', targets: ['jc-refund', 'jp-refund'], filters: SHIGANG },
  { category: 'paraphrase', query: '去博物馆看展要花钱买票吗', targets: ['bw-free-entry', 'mc-open-days'] },
  { category: 'paraphrase', query: '我妈那个老年机 扫不了码能进去吗', targets: ['bw-free-entry'] },
  { category: 'paraphrase', query: '快五点才赶到 还放人进去看不', targets: ['bw-hours'] },
  { category: 'paraphrase', query: '背着大双肩包能进去吗 放哪', targets: ['bw-bag'] },
  { category: 'paraphrase', query: '在里面照相能开闪光吗', targets: ['bw-photo', 'bv-flash'] },
  { category: 'paraphrase', query: '小孩趴在玻璃柜上 工作人员凶了一句', targets: ['bw-no-touch', 'bv-no-yell'] },
  { category: 'paraphrase', query: '几点有不要钱的解说 去哪儿等', targets: ['bw-free-talk', 'mc-talk'] },
  { category: 'paraphrase', query: '租那个听介绍的耳机 要不要押钱', targets: ['bw-audio'] },
  { category: 'paraphrase', query: '学校组织一个班去参观 要提前几天约', targets: ['bw-group'] },
  { category: 'paraphrase', query: '耳朵听不见的人 有打手势讲的吗', targets: ['bw-sign'] },
  {
    category: 'paraphrase',
    query: '讲解的小姑娘最后把我们领到一家卖玉的店里',
    targets: ['bw-no-private', 'cav-private-guide'],
  },
  { category: 'paraphrase', query: '家里有个老瓷瓶 想捐给馆里 怎么弄', targets: ['bw-donate', 'bp-donate'] },
  { category: 'paraphrase', query: '拿祖传的铜钱来 能帮我看看值多少钱吗', targets: ['bw-no-appraise', 'cav-appraise'] },
  { category: 'paraphrase', query: '看着看着头晕倒了 馆里有人管吗', targets: ['bw-first-aid'] },
  {
    category: 'paraphrase',
    query: '天黑以后还能进去看展吗',
    targets: ['mc-summer-night', 'summer-2028#四周五夜场'],
  },
  { category: 'paraphrase', query: '报名的小姑娘一边嗑瓜子一边给我办', targets: ['gz-no-idle'] },
  {
    category: 'paraphrase',
    query: '报完名天天接到卖保险的电话 是不是驾校把我信息漏了',
    targets: ['gz-privacy'],
  },
  { category: 'paraphrase', query: '大热天正午还顶着太阳练吗', targets: ['summer-2028#二高温天练车'] },
  { category: 'paraphrase', query: '高考分出来了 想趁放假把本拿了', targets: ['summer-2028#一毕业生学车班'] },
  {
    category: 'paraphrase',
    query: '假期带一群娃娃来看文物 讲解要钱不',
    targets: ['summer-2028#三博物馆研学团队', 'bw-group'],
  },

  // role and situation queries
  { category: 'role', query: '报名接待员 学员问总共要花多少钱', targets: ['jx-fee-list'] },
  { category: 'role', query: '报名接待员 七十五岁的大爷来报名', targets: ['jx-age'] },
  { category: 'role', query: '教练员 学员第一次坐上驾驶座', targets: ['jy-seat'] },
  { category: 'role', query: '教练员 学员把油门当刹车踩了', targets: ['jy-calm', 'jx-explain', 'jy-no-scare'] },
  { category: 'role', query: '教练员 学员下课要请吃饭', targets: ['jx-no-errand', 'cav-gift'] },
  { category: 'role', query: '约车调度员 学员说学时够了想考试', targets: ['jx-exam-book', 'jc-exam-book'] },
  { category: 'role', query: '约车调度员 明天有雷暴', targets: ['jx-weather'] },
  { category: 'role', query: '训练场场长 学员嫌退学算的钱少', targets: ['jr-review', 'jp-refund'] },
  { category: 'role', query: '训练场场长 早上教练车出场前', targets: ['jx-car-check'] },
  { category: 'role', query: '教练员 送考那天学员手抖', targets: ['jy-steady'] },
  {
    category: 'role',
    query: '石岗教学点教练 学员在公交站等着',
    targets: ['jx-shuttle@cy-drive-shigang'],
    filters: SHIGANG,
  },
  { category: 'role', query: '教练员 排队的学员站到场地里了', targets: ['jy-seat'], filters: SHIGANG },
  { category: 'role', query: '报名接待员 学员退学来办手续', targets: ['jr-apply', 'jp-refund'] },
  { category: 'role', query: '服务台接待员 老人没预约也没智能手机', targets: ['bw-free-entry'] },
  { category: 'role', query: '安检员 观众包里有打火机', targets: ['bw-bag'] },
  { category: 'role', query: '展厅管理员 观众用闪光灯拍青铜器', targets: ['bw-photo', 'bv-flash'] },
  { category: 'role', query: '展厅管理员 小孩爬栏杆', targets: ['bw-kids'] },
  { category: 'role', query: '讲解员 观众问这件东西现在能卖多少', targets: ['bw-no-appraise'] },
  { category: 'role', query: '征集保管员 专家看完决定不收', targets: ['bd-return', 'bp-donate'] },
  { category: 'role', query: '值班长 观众在展厅突然倒地', targets: ['bw-first-aid'] },
  { category: 'role', query: '展厅管理员 快闭馆了观众还在看', targets: ['bv-close', 'bv-no-chase'] },

  // numbers and phone numbers
  { category: 'number', query: '5826118 约车', targets: ['cy-drive'] },
  { category: 'number', query: '0745-5933416', targets: ['cy-drive-shigang'] },
  { category: 'number', query: '5840688 团队讲解', targets: ['cy-museum'] },
  { category: 'number', query: '监督电话5819315', targets: ['gc-supervise'] },
  { category: 'number', query: '5827203 南郊', targets: ['cy-drive-nanjiao'] },
  { category: 'number', query: '科目二16学时', targets: ['jx-hours'] },

  // typos
  { category: 'typo', query: '先学后附', targets: ['jx-pay-later'] },
  { category: 'typo', query: '駕駛模擬器', targets: ['jx-simulator'] },
  { category: 'typo', query: '语音导揽机', targets: ['bw-audio'] },
  { category: 'typo', query: '包過費', targets: ['jx-no-guarantee', 'jc-no-guarantee'] },
  { category: 'typo', query: '閉館時間', targets: ['bw-hours'] },

  // two-character terms
  { category: 'two-char', query: '副刹', targets: ['jx-car-check'] },
  { category: 'two-char', query: '手语', targets: ['bw-sign'] },
  { category: 'two-char', query: '估价', targets: ['bw-no-appraise'] },
  { category: 'two-char', query: '约考', targets: ['jx-exam-book'] },
  { category: 'two-char', query: '库房', targets: ['bw-research'] },
];

// ------------------------------------------------------------------ zhezhou-fuel-funeral (柘州城服集团)
const ZHEZHOU: SearchCase[] = [
  { category: 'exact', query: '价目全公开', targets: ['bc-price'] },
  { category: 'paraphrase', query: '火化完一般要等多久才能领回家', targets: ['bc-ashes'] },
  { category: 'paraphrase', query: '办丧事的大厅里 接待的一开口就说欢迎', targets: ['be-no-welcome'] },
  { category: 'paraphrase', query: '开进油站没人招手 只能自己找空位', targets: ['yn-guide-in'] },
  { category: 'paraphrase', query: '油站小店卖的饮料比外面贵 也不贴价钱', targets: ['zn-price'] },
  { category: 'role', query: '加油员 车主看不清表上从几开始跳', targets: ['ye-zero'] },
  { category: 'role', query: '收银员 晚上站房锁门以后怎么收钱', targets: ['yn-night-window'] },
  { category: 'role', query: '骨灰堂管理员 家属祭拜完要走', targets: ['bn-visit', 'be-take-care'] },
  { category: 'role', query: '值班主任 外地来打工的在本市去世', targets: ['bn-out-of-town'] },
  { category: 'number', query: '6373000 殡仪馆', targets: ['zz-funeral'] },
  { category: 'typo', query: '遺體接運', targets: ['bn-pickup-time', 'bp-pickup'] },
  { category: 'two-char', query: '检定', targets: ['yc-measure'] },
];

// ------------------------------------------------------------------ luting-ferry-sports (鹭汀服务集团)
const LUTING: SearchCase[] = [
  { category: 'exact', query: '金牌救生员', targets: ['ta-best-lifeguard'] },
  { category: 'paraphrase', query: '泳池边那个看人的坐在高凳上刷手机', targets: ['se-no-phone-chair', 'sc-lifeguard'] },
  { category: 'paraphrase', query: '船晚了快十分钟还没开', targets: ['fc-on-time'] },
  { category: 'paraphrase', query: '办健身卡时填的身体情况表 会不会被拿去卖', targets: ['tn-info'] },
  { category: 'paraphrase', query: '有人给卖船票的塞包烟 就能先拿到票', targets: ['tn-no-tip', 'tav-queue-jump'] },
  { category: 'role', query: '救生员 有人在水里泡太久嘴唇发白', targets: ['se-rest'] },
  { category: 'role', query: '售票员 卖船票怎么报钱数', targets: ['fe-sell-sing'] },
  { category: 'role', query: '健身指导员 第一次来的市民问器械怎么用', targets: ['tav-hard-sell'] },
  { category: 'role', query: '码头值班长 大风停船 候船厅里的人都急了', targets: ['fe-calm'] },
  { category: 'number', query: '7153300 游泳', targets: ['lt-sports'] },
  { category: 'typo', query: '準點開船', targets: ['fc-on-time'] },
  { category: 'two-char', query: '海鲜', targets: ['tn-no-tip'] },
];

// ------------------------------------------------------------------ yujiang-campus-mart (榆江大学)
const YUJIANG: SearchCase[] = [
  { category: 'exact', query: '学生最满意窗口', targets: ['ga-best-window'] },
  { category: 'paraphrase', query: '机器上吐的学籍证明 单位认不认', targets: ['en-self-print'] },
  { category: 'paraphrase', query: '毕业了饭卡里还剩两百多 怎么拿回来', targets: ['en-card-refund'] },
  {
    category: 'paraphrase',
    query: '走之前要跑图书馆宿舍财务好几个地方盖章',
    targets: ['en-leave-once'],
  },
  { category: 'paraphrase', query: '回家坐高铁打折的那张卡 地址写错了咋改', targets: ['en-rail-card'] },
  { category: 'role', query: '维修师傅 进女生宿舍修东西', targets: ['ee-wait-dress'] },
  { category: 'role', query: '收银员 学生问要不要塑料袋', targets: ['me-need-bag'] },
  { category: 'role', query: '超市服务台客服 学生把存包的条子弄丢了', targets: ['mn-locker'] },
  { category: 'role', query: '宿舍管理员 查寝要翻柜子', targets: ['ee-no-search'] },
  { category: 'number', query: '8337700 超市送货', targets: ['yj-mart'] },
  { category: 'typo', query: '學生證掛失', targets: ['en-id-lost'] },
  { category: 'two-char', query: '防伪', targets: ['en-self-print'] },
];

// ------------------------------------------------------------------ shanyuan-gas-scenic (杉原服务集团)
const SHANYUAN: SearchCase[] = [
  { category: 'exact', query: '交费复气', targets: ['rc-restore', 'rn-restore'] },
  { category: 'paraphrase', query: '装修想把走气的那个表藏进柜子里 行不行', targets: ['rn-no-hide'] },
  { category: 'paraphrase', query: '上门看表那天我不在家 这个月气费咋算', targets: ['rn-read'] },
  { category: 'paraphrase', query: '网上自己买的灶 能叫师傅上门接管子吗', targets: ['rn-appliance'] },
  { category: 'paraphrase', query: '售票处非让买带索道的通票 光进山的说没有', targets: ['je-no-only-package'] },
  { category: 'role', query: '营业厅值班长 住户欠费交齐了多久开阀', targets: ['rn-restore', 'rc-restore'] },
  { category: 'role', query: '巡逻队员 游客翻到护栏外面拍照', targets: ['je-step-back'] },
  { category: 'role', query: '游客中心咨询员 游客要投诉导游', targets: ['jn-complaint-desk'] },
  { category: 'role', query: '入户安检员 住户问要不要换个报警器', targets: ['rn-no-sell', 're-no-buy-or-stop'] },
  { category: 'number', query: '5288100 青螺山', targets: ['sy-scenic'] },
  { category: 'typo', query: '燃氣灶安裝', targets: ['rn-appliance'] },
  { category: 'two-char', query: '吊顶', targets: ['rn-no-hide'] },
];

// ------------------------------------------------------------------ the example (云澜公用服务)
const EXAMPLE: SearchCase[] = [
  { category: 'exact', query: '侧身礼让', targets: ['walking-posture'] },
  { category: 'paraphrase', query: '工作人员摆着张臭脸还摔本子', targets: ['no-bringing-moods'] },
  { category: 'paraphrase', query: '电话接通了 对方没报自己几号就问办啥', targets: ['hotline-opening-line'] },
  { category: 'paraphrase', query: '刚接通自来水 啥时候开始有账单', targets: ['open-account-same-month'] },
  { category: 'paraphrase', query: '说好下午回我电话 到晚上也没动静', targets: ['promise-call-back-time'] },
  { category: 'role', query: '值班长 受理员说这事要拖几天才能办', targets: ['deadline-extension-approval'] },
  { category: 'role', query: '营业受理员 按规定办不了 怎么回绝客户', targets: ['explain-refusal-reason'] },
  { category: 'role', query: '热线话务员 回访打过去先说什么', targets: ['outbound-introduce-self'] },
  { category: 'role', query: '收费员 票和零钱怎么递给司机', targets: ['toll-hand-through-window'] },
  { category: 'number', query: '86631110 停水了', targets: ['water-service-dept'] },
  { category: 'typo', query: '一次性告之单', targets: ['written-notice-slip'] },
  { category: 'two-char', query: '摔打', targets: ['no-bringing-moods'] },
];

// ------------------------------------------------------------------ mixed-district (青岚公服集团)
const MIXED: SearchCase[] = [
  { category: 'exact', query: '预约大额取现', targets: ['xiangyang-cash-appointment', 'bank-large-cash'] },
  { category: 'paraphrase', query: '宾馆前台大声喊我住几零几', targets: ['ht-room-number-quiet', 'hq-no-shout-room'] },
  { category: 'paraphrase', query: '取钱的机器把我的卡吃了', targets: ['bk-card-retained'] },
  { category: 'paraphrase', query: '公交到站停得离马路牙子老远', targets: ['bs-stop-in-bay'] },
  { category: 'paraphrase', query: '车上喇叭不报了 司机也不喊到哪了', targets: ['bs-announce-manual'] },
  { category: 'role', query: '柜员 收到一张假的一百', targets: ['bk-counterfeit', 'bq-counterfeit-found'] },
  { category: 'role', query: '客房服务员 进客人房间打扫前', targets: ['ht-knock'] },
  { category: 'role', query: '前台接待 十六岁的孩子一个人来开房', targets: ['ht-minor-guest'] },
  { category: 'role', query: '驾驶员 车上两个乘客吵起来了', targets: ['bb-stop-safely', 'bb-calm-down'] },
  { category: 'number', query: '2839922 失物', targets: ['bus-qinglan'] },
  { category: 'typo', query: '消費明細', targets: ['ht-bill-explain', 'hq-bill'] },
  {
    category: 'two-char',
    query: '理财',
    targets: ['bk-risk-assessment', 'bq-risk-not-deposit', 'chengnan-wealth-room'],
  },
];

// ------------------------------------------------------------------ three-level-power (禾川)
const THREE_LEVEL: SearchCase[] = [
  { category: 'exact', query: '绕越电能表', targets: ['rg-no-bypass-meter', 'pv-bypass-meter'] },
  { category: 'paraphrase', query: '村里有人从邻居家扯根线过来用', targets: ['rg-no-private-wiring'] },
  { category: 'paraphrase', query: '交的现金 村里电工存到自己卡上', targets: ['sp-no-private-account'] },
  {
    category: 'paraphrase',
    query: '家里开关以后那段线坏了 供电的管不管',
    targets: ['pq-after-meter', 'pq-no-not-ours'],
  },
  { category: 'paraphrase', query: '来修电的人进门不亮证件', targets: ['pb-repair-id', 'pv-no-id'] },
  { category: 'role', query: '收费员 一辆车没交钱硬闯过去了', targets: ['tl-no-chase', 'tv-chase'] },
  { category: 'role', query: '收费员 拉菜的货车要走绿色通道', targets: ['tl-green-channel', 'tq-green-open'] },
  { category: 'role', query: '台区经理 村里人不知道我电话', targets: ['rg-contact-card'] },
  { category: 'role', query: '收费员 要穿过车道去对面', targets: ['tl-crossing'] },
  { category: 'number', query: '8877000 西收费站', targets: ['hc-toll-west'] },
  { category: 'typo', query: '停電通知書', targets: ['pb-notice-before-cut'] },
  { category: 'two-char', query: '反光', targets: ['tl-vest'] },
];

// ------------------------------------------------------------------ chengchuan-water-bus (澄川)
const CHENGCHUAN: SearchCase[] = [
  { category: 'exact', query: '抄表预告', targets: ['meter-notice'] },
  { category: 'paraphrase', query: '抄水表的进门也不说是哪来的', targets: ['service-norms-cc-4-10'] },
  { category: 'paraphrase', query: '水表转得飞快 是不是哪里漏了', targets: ['service-norms-cc-4-12'] },
  { category: 'paraphrase', query: '车还没靠到站台 司机就开门放人下去', targets: ['bus-no-skip'] },
  { category: 'paraphrase', query: '打热线说家里没水了 接电话的会记啥', targets: ['service-norms-cc-3-9'] },
  { category: 'role', query: '公交驾驶员 乘客问去人民医院在哪下', targets: ['bus-way-answer'] },
  { category: 'role', query: '营业受理员 晚上值班窗口来人要过户', targets: ['water-night-hello'] },
  { category: 'role', query: '营业受理员 收完水费找钱', targets: ['water-cash-change'] },
  { category: 'role', query: '班组长 乘客的手机落在车上', targets: ['bus-lost-property'] },
  { category: 'number', query: '96116 家里没水', targets: ['water-hall'] },
  { category: 'typo', query: '管網水壓', targets: ['water-pressure'] },
  { category: 'two-char', query: '发型', targets: ['service-norms-cc-2-4-3'] },
];

// ------------------------------------------------------------------ tongjiang-city (桐江城服)
const TONGJIANG: SearchCase[] = [
  { category: 'exact', query: '预授权', targets: ['hfc-preauth'] },
  { category: 'paraphrase', query: '出租车司机没问我就又拉了个人', targets: ['tx-no-pooling'] },
  { category: 'paraphrase', query: '到地方司机把几毛钱的尾数吞了', targets: ['tc-no-keep-change'] },
  {
    category: 'paraphrase',
    query: '租车交的保证金什么时候能拿回',
    targets: ['tx-rental-deposit', 'rental-deposit-return'],
  },
  {
    category: 'paraphrase',
    query: '饭店退房要等服务员查完才让走',
    targets: ['tf-room-check-fast', 'hf-no-wait-check'],
  },
  { category: 'role', query: '出租车驾驶员 乘客拎着两个大箱子', targets: ['tx-luggage-help'] },
  { category: 'role', query: '出租车驾驶员 在学校门口等客', targets: ['tc-no-honk'] },
  { category: 'role', query: '总台接待员 客人要打车去机场', targets: ['tf-call-taxi'] },
  { category: 'role', query: '燃气营业员 老人不会用充值机', targets: ['tgs-self-machine'] },
  { category: 'number', query: '3196196 叫车', targets: ['tj-taxi', 'tj-car-rental'] },
  { category: 'typo', query: '飯店發票', targets: ['tf-invoice'] },
  { category: 'two-char', query: '鸣笛', targets: ['tc-no-honk'] },
];

// ------------------------------------------------------------------ lanxi-civic (岚溪)
const LANXI: SearchCase[] = [
  { category: 'exact', query: '当日发出', targets: ['lpc-same-day'] },
  { category: 'paraphrase', query: '新办的那张医保社保两用卡多久能拿', targets: ['lsc-card-make'] },
  { category: 'paraphrase', query: '下午五点去寄的东西 今天能走吗', targets: ['lpc-same-day'] },
  {
    category: 'paraphrase',
    query: '老人瘫在床上来不了 社保的事能派人来家里吗',
    targets: ['dg-bedside-service', 'dg-home-visit'],
  },
  { category: 'paraphrase', query: '火车站丢了个包 报了以后多久给回话', targets: ['lrc-lost-reply'] },
  { category: 'role', query: '大厅引导员 老人进门站在那不知道干嘛', targets: ['ls-ask-purpose', 'ls-guide-stand'] },
  { category: 'role', query: '邮政营业员 称完包裹报钱', targets: ['lp-fee-say'] },
  { category: 'role', query: '车站客运员 列车晚点旅客来问', targets: ['lr-no-ask-railway'] },
  { category: 'role', query: '社保经办员 老人说电脑算的钱不对', targets: ['ls-no-system-says'] },
  { category: 'number', query: '8632000 火车站', targets: ['lx-rail'] },
  { category: 'typo', query: '郵件查詢', targets: ['lpc-query-reply'] },
  { category: 'two-char', query: '离岗', targets: ['lxv-leave-post'] },
];

// ------------------------------------------------------------------ jichuan-ops (霁川)
const JICHUAN: SearchCase[] = [
  { category: 'exact', query: '免费饮水', targets: ['wsc-water'] },
  { category: 'paraphrase', query: '装网线直接在我家墙上钻眼 也不打招呼', targets: ['luwan-wall-drill'] },
  { category: 'paraphrase', query: '营业员懒得帮我挑资费 叫我自己看着办', targets: ['cq-no-all-same', 'cq-plan-ask'] },
  { category: 'paraphrase', query: '话费莫名其妙多了三十 能马上还我吗', targets: ['ctc-refund'] },
  { category: 'paraphrase', query: '拖箱里装了移动电源 值机会问吗', targets: ['aq-bag-ask', 'jcv-lithium-miss'] },
  { category: 'role', query: '售票员 游客说自己六十多了没带证', targets: ['sq-no-cheat', 'sq-discount-ask'] },
  { category: 'role', query: '装维工程师 装完宽带走之前', targets: ['cq-done-home'] },
  { category: 'role', query: '巡山员 雨天夜里巡查穿什么', targets: ['sq-raincoat'] },
  { category: 'role', query: '行李查询员 旅客行李没到', targets: ['jac-bag-trace'] },
  { category: 'number', query: '6271200 望岫山', targets: ['jc-scenic'] },
  { category: 'typo', query: '晚間營業', targets: ['ctc-evening'] },
  { category: 'two-char', query: '截载', targets: ['aq-no-too-late'] },
];

// ------------------------------------------------------------------ yanzhou-heat-metro (雁洲)
const YANZHOU: SearchCase[] = [
  { category: 'exact', query: '失物答复', targets: ['ymc-lost'] },
  { category: 'paraphrase', query: '滚梯突然不动了 地铁站的人咋处理', targets: ['ym-escalator'] },
  { category: 'paraphrase', query: '地铁晚了一刻钟 广播一声不吭', targets: ['ym-delay'] },
  {
    category: 'paraphrase',
    query: '换乘不知道往哪走 工作人员只让我自己瞅图',
    targets: ['mq-no-look-map', 'mq-transfer'],
  },
  { category: 'paraphrase', query: '刷卡进不去 站务员让我从旁边翻过去', targets: ['mq-no-jump'] },
  { category: 'role', query: '站务员 安检发现乘客带了一桶油', targets: ['ym-security'] },
  { category: 'role', query: '热线坐席 用户说暖气不热要派人', targets: ['yhc-arrive', 'hq-cold-sorry'] },
  { category: 'role', query: '供热维修工 修完了要用户签字', targets: ['hq-done'] },
  { category: 'role', query: '站务员 坐轮椅的乘客要进站', targets: ['ym-wheelchair'] },
  { category: 'number', query: '2298800 新河站', targets: ['yz-metro-xinhe'] },
  { category: 'typo', query: '延時收費', targets: ['yhc-evening'] },
  { category: 'two-char', query: '关阀', targets: ['yzv-shut-valve'] },
];

// ------------------------------------------------------------------ luping-estate-insure (安和集团)
const LUPING: SearchCase[] = [
  { category: 'exact', query: '全天报案', targets: ['aic-report-24h', 'ai-report-line'] },
  { category: 'paraphrase', query: '物业的人把业主名单和电话给了装修公司', targets: ['ag-privacy'] },
  { category: 'paraphrase', query: '雨停了楼道口还淹着 物业几时来弄', targets: ['hx-flood'] },
  { category: 'paraphrase', query: '凌晨出了车祸 保险公司电话打得通吗', targets: ['ai-report-line', 'aic-report-24h'] },
  { category: 'paraphrase', query: '出险的钱交完材料多久到卡上', targets: ['aic-pay'] },
  { category: 'role', query: '查勘定损员 车主出事后很慌', targets: ['iq-claim-calm'] },
  { category: 'role', query: '保险柜面专员 老人腿脚不便要办理赔', targets: ['ai-elder-visit'] },
  { category: 'role', query: '物业客服管家 打电话催业主交物业费', targets: ['eq-fee-remind'] },
  { category: 'role', query: '工程维修员 业主递烟', targets: ['eq-no-smoke-home'] },
  { category: 'number', query: '5529500 车险', targets: ['lp-insure'] },
  { category: 'typo', query: '理賠材料', targets: ['iq-claim-list'] },
  { category: 'two-char', query: '袖口', targets: ['ag-dress'] },
];

// ------------------------------------------------------------------ fenggang-fund-inspect (枫港公服集团)
const FENGGANG: SearchCase[] = [
  { category: 'exact', query: '报告当场出', targets: ['vic-report'] },
  { category: 'paraphrase', query: '车检站说我这车过不了 让我回去自己修', targets: ['vq-no-scrap'] },
  { category: 'paraphrase', query: '验完车那张过关的单子当时就给吗', targets: ['vi-report', 'vic-report'] },
  { category: 'paraphrase', query: '柜员让我找指定的中介作保才放款快', targets: ['fq-no-guarantee'] },
  { category: 'paraphrase', query: '县里那边每月哪几天派人下乡镇', targets: ['lx-market-day', 'lx-town-visit'] },
  { category: 'role', query: '检测员 车主问怎么只查了几项', targets: ['vi-all-items'] },
  { category: 'role', query: '贷款受理员 客户问和商贷比哪个划算', targets: ['fq-loan-rate'] },
  { category: 'role', query: '车检登记收费员 收检测费', targets: ['vq-fee-in', 'vq-fee-change'] },
  { category: 'role', query: '公积金综合柜员 群众材料不全', targets: ['fq-no-come-back', 'gg-tell-once'] },
  { category: 'number', query: '3397122 预约检测', targets: ['fg-inspect'] },
  { category: 'typo', query: '檢測報告', targets: ['vi-report'] },
  { category: 'two-char', query: '上线', targets: ['ggv-no-test'] },
];

// ------------------------------------------------------------------ meiao-deed-notary (梅岙便民集团)
const MEIAO: SearchCase[] = [
  { category: 'exact', query: '错证免费换', targets: ['dc-correction'] },
  { category: 'paraphrase', query: '八十多岁的老人躺床上 办房子过户能上门吗', targets: ['dd-home'] },
  { category: 'paraphrase', query: '公证处的人说多给几百块隔天就出证', targets: ['ne-no-rush-fee', 'mgv-overcharge'] },
  { category: 'paraphrase', query: '签个委托书 啥也不解释就让签字', targets: ['ne-no-just-sign', 'nn-explain'] },
  { category: 'paraphrase', query: '中午去公证处有没有人', targets: ['nc-noon'] },
  { category: 'role', query: '发证员 证书想寄到家', targets: ['de-done-date'] },
  { category: 'role', query: '查档员 有人来查一套房子', targets: ['de-query-ask'] },
  { category: 'role', query: '公证员助理 收费前', targets: ['ne-fee-list', 'nn-fee'] },
  { category: 'role', query: '大厅值班长 到点了还有人没办完', targets: ['gm-no-early'] },
  { category: 'number', query: '2265100 过户', targets: ['ma-deed', 'ma-deed-dongpu'] },
  { category: 'typo', query: '電子證照自助打印', targets: ['dd-self-print'] },
  { category: 'two-char', query: '回执', targets: ['de-receive-docs'] },
];

// ------------------------------------------------------------------ huaiyang-affairs-library (南塘公服办)
const NANTANG: SearchCase[] = [
  { category: 'exact', query: '企业开办一日办结', targets: ['ac-company'] },
  { category: 'paraphrase', query: '书还晚了 管理员阴阳怪气', targets: ['le-no-scold-late'] },
  { category: 'paraphrase', query: '一次最多能抱几本回家', targets: ['ln-lend-limit'] },
  { category: 'paraphrase', query: '五岁孩子放在童书那边 大人能走开吗', targets: ['ln-kids-area'] },
  { category: 'paraphrase', query: '执照下来了不想再跑一趟 能寄吗', targets: ['an-mail'] },
  { category: 'role', query: '综合窗口受理员 材料齐了给啥凭证', targets: ['ae-receive-ok'] },
  { category: 'role', query: '综合窗口受理员 办完请人打分', targets: ['ae-rate-ask'] },
  { category: 'role', query: '阅览室管理员 还书车上堆了一堆', targets: ['le-reshelve'] },
  { category: 'role', query: '导办员 这个事要去别的楼层办', targets: ['ge-walk-you'] },
  { category: 'number', query: '7156600 借书', targets: ['hy-library'] },
  { category: 'typo', query: '新書上架', targets: ['lc-new-books'] },
  { category: 'two-char', query: '寄递', targets: ['an-mail'] },
];

export const TWENTIETH_HELD_ASIDE: OrgQueries[] = [
  { content: 'test/fixtures/search-orgs/cenyang-drive-museum', cases: CENYANG },
  { content: 'test/fixtures/search-orgs/zhezhou-fuel-funeral', cases: ZHEZHOU },
  { content: 'test/fixtures/search-orgs/luting-ferry-sports', cases: LUTING },
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
