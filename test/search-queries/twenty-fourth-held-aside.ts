/**
 * A twenty-fourth held-aside query set (issue 14), over a new organisation written for it — the fixture
 * test/fixtures/search-orgs/lianshan-court-aid (涟山诉讼援助办: the city intermediate court's litigation service
 * centre, with a county court's centre under it and a people's tribunal under that centre, three levels of
 * units, and the city's legal-aid centre; a court's litigation service and legal aid, kinds of service no
 * earlier fixture and no part of content/ holds, of industry `other`; kept out of test/fixtures/orgs so the
 * suite does not build it) — and over the nineteen organisations of the twenty-third set and the one it left
 * out: ruochuan-census-tax, linghu-wed-relief, dipu-blood-care, cenyang-drive-museum, zhezhou-fuel-funeral,
 * luting-ferry-sports, yujiang-campus-mart, shanyuan-gas-scenic, the example, mixed-district,
 * three-level-power, chengchuan-water-bus, tongjiang-city, lanxi-civic, jichuan-ops, yanzhou-heat-metro,
 * luping-estate-insure, fenggang-fund-inspect, meiao-deed-notary and huaiyang-affairs-library. Written by the
 * "set24" helper session, which also wrote the new organisation's content; no search engine and no synonym
 * list has seen that content.
 *
 * What the writer read: ../shared/DOMAIN.md, README.md (briefly), test/fixtures/search-orgs/README.md, the
 * ruochuan-census-tax fixture whole (the model for the new organisation's shape), test/search-queries/types.ts,
 * test/search-queries.test.ts and test/search-queries/items.ts (the soundness checks), the header, a few
 * queries and the export of twenty-third-held-aside.ts (for the file's shape), the set wiring of
 * bench/search-quality.ts and bench/search-quality-node.ts (not run), and a throwaway listing of the item ids
 * of the twenty earlier organisations with the first characters of each item's text (and the full text of a
 * few items, unit phone numbers, units' own items and page headings) read from their model. A throwaway copy
 * of the soundness test's checks named this set's queries that repeated an earlier one (saying only "used",
 * never printing an earlier query) or shared a run of three with a target; those were replaced or reworded.
 * What it did NOT read: anything under src/search/ or src/model/build/search.ts, any synonym file (the new
 * organisation has none, and no `keywords:`), bench/results/, the git log and diffs of search commits, the
 * earlier sets' queries (but for the few of the twenty-third named above), the seed documents;
 * ../shared/tools/seed-overlap.py finds no long run of them in the new organisation or here.
 * The search engine has NOT been run on these queries, no ranking of them has been looked at, no site was
 * built for them and no search bench was run: written, NOT yet run. (Run once at ea850d2 in Chromium,
 * bench/results/search24-twenty-fourth.md; spent since, tuning material like the sets before it.) None of the queries was adapted to a
 * synonym.
 *
 * 333 queries: 93 on the new organisation (28 %), 12 on each of the twenty earlier ones (one exact term,
 * four paraphrases, four role or situation queries, a phone number or a number, a typo and a two-character
 * term). 131 paraphrases and questions (39.3 %), 102 role and situation queries (30.6 %), then 25 exact
 * terms, 26 numbers and phone numbers (phone numbers without their area code, most with a word beside them,
 * and figures with their unit: 30天, 15日, 20公斤, 5万元, 11月15日), 26 typos (a wrong character of the same
 * or a near sound, or a look-alike, as a phone IME gives it) and 23 two-character terms. Over the earlier
 * organisations the obvious terms and phone numbers were mostly asked already, so their exact, number and
 * two-character queries reach for less prominent words of the text (老花镜, 装卸, 围挡, 串通). On the new
 * organisation the targets spread over clauses of the three norms, the tribunal's own copies (the reworded
 * mediation clause and the added video-hearing clause under its filter, its own market-day commitment; the
 * reworded word-of-mouth phrase under its filter), phrases, forbidden phrases, the rule sets, both processes
 * and their steps, commitments, violations, inspections, the service guide, the units' phone numbers and two
 * sections of the MDX page. Written as litigants, their relatives, people owed wages, lawyers' assistants,
 * filing clerks, fee clerks, mediators, bailiffs, enforcement officers, legal-aid clerks and duty lawyers
 * type on a phone, and at the counters of the earlier organisations — their words (递状子, 赖账, 主审的,
 * 法援, 辛苦费, 包工头), not the content's. No paraphrase is a substring of its target's text, and none shares
 * a run of three letters or digits with it (nor with the whole page of a page section it aims at). A
 * paraphrase or role query that names a unit below the top carries its filter; several targets are listed
 * where a clerk would be equally served. Items a unit added are aimed at as `id@unit`.
 */
import type { OrgQueries } from './fresh-held-aside.ts';
import type { SearchCase } from './types.ts';

const TANXI = { unit: 'ls-court-tanxi' };

// ------------------------------------------------------------------ the new organisation (涟山诉讼援助办)
const LIANSHAN: SearchCase[] = [
  // exact terms
  { category: 'exact', query: '诉前调解', targets: ['cn-pre-mediate'] },
  { category: 'exact', query: '司法确认', targets: ['cn-confirm'] },
  { category: 'exact', query: '干警五不', targets: ['lg-five-no'] },
  { category: 'exact', query: '跨域立案', targets: ['cn-cross-region'] },
  { category: 'exact', query: '先行援助', targets: ['an-hurry'] },

  // paraphrases and questions
  { category: 'paraphrase', query: '腊月快过年了还能去递状子吗', targets: ['cn-no-year-end', 'cp-no-year-end'] },
  { category: 'paraphrase', query: '不识字怎么告人', targets: ['cn-oral', 'cp-oral-take'] },
  { category: 'paraphrase', query: '用手机递状子几天能审完', targets: ['cn-online', 'cc-online'] },
  { category: 'paraphrase', query: '被告在外省 能不能就近起诉', targets: ['cn-cross-region'] },
  { category: 'paraphrase', query: '包工头欠工钱 打官司能快点吗', targets: ['cn-wage-case'] },
  { category: 'paraphrase', query: '打官司的钱交不起怎么办', targets: ['cn-fee-relief'] },
  { category: 'paraphrase', query: '官司和解了 交的钱能退一半吗', targets: ['cn-fee-refund', 'cc-refund'] },
  { category: 'paraphrase', query: '法院多收的钱啥时候还我', targets: ['cn-fee-refund', 'cc-refund'] },
  { category: 'paraphrase', query: '交案件受理费能给现钞吗', targets: ['cn-fee-notice'] },
  { category: 'paraphrase', query: '邻居吵架闹到法院 非得先坐下来谈吗', targets: ['cn-pre-mediate'] },
  { category: 'paraphrase', query: '和对方谈了一个多月还没谈拢', targets: ['cn-mediate-days'] },
  { category: 'paraphrase', query: '村调委会签的协议 那边不认账了', targets: ['cn-confirm'] },
  { category: 'paraphrase', query: '感觉那个调解的人偏向对面', targets: ['cn-mediator-fair'] },
  { category: 'paraphrase', query: '律师想复印案卷要花钱不', targets: ['cn-read-file'] },
  { category: 'paraphrase', query: '案子走到哪一步了怎么查', targets: ['cn-progress'] },
  { category: 'paraphrase', query: '打了好多次电话 主审的一直联系不上', targets: ['cn-reach-judge', 'cc-callback'] },
  { category: 'paraphrase', query: '判下来的文书能发我微信上吗', targets: ['cn-papers'] },
  { category: 'paraphrase', query: '赢了官司对方赖账不还', targets: ['cn-enforce-apply'] },
  { category: 'paraphrase', query: '知道欠债的开什么车 法院管不管', targets: ['cn-clue', 'cp-clue-thanks'] },
  { category: 'paraphrase', query: '钱已经划给法院了啥时候转到我卡上', targets: ['cn-pay-out', 'cc-pay-out'] },
  { category: 'paraphrase', query: '想当面找执行那边的头儿反映', targets: ['cn-exec-day'] },
  { category: 'paraphrase', query: '进法院大门要搜身吗', targets: ['cn-check', 'cp-gate-bag'] },
  { category: 'paraphrase', query: '律师是不是不用跟老百姓一起排', targets: ['cn-lawyer-way'] },
  { category: 'paraphrase', query: '离婚带着娃来 小孩放哪', targets: ['cn-kids'] },
  { category: 'paraphrase', query: '两家人在法院里动手了', targets: ['cn-quarrel'] },
  { category: 'paraphrase', query: '法院的人能给我介绍个厉害律师吗', targets: ['lg-no-lawyer-tip'] },
  { category: 'paraphrase', query: '工作人员说这官司稳赢', targets: ['lg-neutral', 'lg-no-guess'] },
  { category: 'paraphrase', query: '请立案的同志吃顿饭行不行', targets: ['lg-no-gift', 'lav-gift'] },
  { category: 'paraphrase', query: '家里穷没钱找律师', targets: ['an-who', 'as-aid-guide'] },
  { category: 'paraphrase', query: '讨薪找法援要开贫困证明吗', targets: ['an-no-check', 'ac-wage-day'] },
  { category: 'paraphrase', query: '居委会不肯盖章说我家不算穷', targets: ['an-pledge'] },
  { category: 'paraphrase', query: '申请法援多长时间批下来', targets: ['an-decide', 'ac-decide'] },
  { category: 'paraphrase', query: '下礼拜就开庭了 来得及派人吗', targets: ['an-hurry'] },
  { category: 'paraphrase', query: '外地打工的能找这里的法援吗', targets: ['an-anywhere'] },
  { category: 'paraphrase', query: '批了以后几天能见到律师', targets: ['an-assign', 'ac-assign'] },
  { category: 'paraphrase', query: '法援律师找我要辛苦费', targets: ['an-free', 'ap-no-pay-more', 'lav-aid-fee'] },
  { category: 'paraphrase', query: '派给我的那位不上心 能换个人吗', targets: ['an-switch'] },
  { category: 'paraphrase', query: '律师好久没跟我说官司情况', targets: ['an-report'] },
  { category: 'paraphrase', query: '有没有免费问问题的律师', targets: ['an-duty'] },
  { category: 'paraphrase', query: '老人瘫在床上 怎么申请法援', targets: ['an-home'] },
  { category: 'paraphrase', query: '工作人员把我的案子发到群里', targets: ['lg-secret', 'lav-leak'] },
  { category: 'paraphrase', query: '快下班了前面还有三个号', targets: ['lg-after-hours'] },
  { category: 'paraphrase', query: '坐轮椅的去法院有没有优先', targets: ['lg-green-lane'] },
  { category: 'paraphrase', query: '差了几样东西 一次给我说全', targets: ['lg-tell-all', 'lg-list-out'] },
  { category: 'paraphrase', query: '打了差评会不会被找麻烦', targets: ['lg-rate'] },
  { category: 'paraphrase', query: '问的人说不归他管', targets: ['lg-first-ask'] },
  { category: 'paraphrase', query: '网上递的诉状被打回来了', targets: ['co-fix', 'cn-online'] },
  { category: 'paraphrase', query: '法援申请被拒了不服', targets: ['aa-no', 'an-decide'] },
  {
    category: 'paraphrase',
    query: '潭溪 在广东打工走不开 能视频打官司吗',
    targets: ['tx-far-away@ls-court-tanxi'],
    filters: TANXI,
  },
  {
    category: 'paraphrase',
    query: '潭溪 田界吵架调解要去镇上吗',
    targets: ['cn-pre-mediate@ls-court-tanxi'],
    filters: TANXI,
  },
  { category: 'paraphrase', query: '过年前赢的钱能到手吗', targets: ['winter-2031#二执行款赶在年前发', 'cc-pay-out'] },

  // role and situation queries
  { category: 'role', query: '导诉员 当事人一进门不知道找谁', targets: ['lg-hello', 'lg-three-one'] },
  { category: 'role', query: '立案窗口 诉状收了当天定不下来', targets: ['cn-register', 'cp-receipt'] },
  { category: 'role', query: '立案窗口 十二月底了还收不收', targets: ['cn-no-year-end', 'cp-no-year-end'] },
  { category: 'role', query: '收费窗口 当事人拿现金来交', targets: ['cn-fee-notice'] },
  { category: 'role', query: '收费窗口 低保户说交不起', targets: ['cn-fee-relief'] },
  { category: 'role', query: '调解员 一方私下说了最低能接受多少', targets: ['cn-mediator-fair'] },
  { category: 'role', query: '调解员 当事人不愿意调', targets: ['cn-pre-mediate'] },
  { category: 'role', query: '档案窗口 案外人要看卷', targets: ['cn-read-file'] },
  { category: 'role', query: '执行干警 申请人拿来一个银行卡号', targets: ['cn-clue', 'cp-clue-thanks'] },
  { category: 'role', query: '执行干警 申请人天天来问钱', targets: ['cn-pay-out', 'cp-no-help'] },
  { category: 'role', query: '法警 包里查出一把水果刀', targets: ['cn-check', 'cp-gate-bag'] },
  { category: 'role', query: '法警 原告被告在大厅吵起来', targets: ['cn-quarrel'] },
  { category: 'role', query: '值班长 有人投诉窗口推来推去', targets: ['lgc-complaint', 'lg-five-no'] },
  { category: 'role', query: '督查员 装成来立案的', targets: ['la-mystery'] },
  { category: 'role', query: '督查员 抽听热线录音', targets: ['la-calls'] },
  { category: 'role', query: '受理员 讨薪的工友一起来了十几个', targets: ['an-no-check', 'winter-2031#一讨薪专窗'] },
  { category: 'role', query: '受理员 申请人说开不出困难证明', targets: ['an-pledge'] },
  { category: 'role', query: '值班律师 受援人问要不要给钱', targets: ['ap-lawyer-intro', 'an-free'] },
  { category: 'role', query: '援助中心 回访受援人', targets: ['la-aid-callback'] },
  {
    category: 'role',
    query: '潭溪法庭 赶墟那天在哪收状子',
    targets: ['tx-market-day@ls-court-tanxi'],
    filters: TANXI,
  },
  { category: 'role', query: '潭溪书记员 老人只会讲本地话', targets: ['cp-oral-take'], filters: TANXI },
  { category: 'role', query: '接12368电话 第一句怎么说', targets: ['lg-phone-open'] },

  // numbers and phone numbers
  { category: 'number', query: '6675042', targets: ['ls-court-tanxi'] },
  { category: 'number', query: '禾阳法院 6631270', targets: ['ls-court-heyang'] },
  { category: 'number', query: '2268135 执行', targets: ['ls-court'] },
  { category: 'number', query: '12348 法援', targets: ['ls-aid'] },
  { category: 'number', query: '执行款30天', targets: ['cn-pay-out', 'cc-pay-out'] },
  { category: 'number', query: '诉讼费15日退', targets: ['cc-refund', 'cn-fee-refund'] },

  // typos
  { category: 'typo', query: '司法确人', targets: ['cn-confirm'] },
  { category: 'typo', query: '诉前调节', targets: ['cn-pre-mediate'] },
  { category: 'typo', query: '跨域立按', targets: ['cn-cross-region'] },
  { category: 'typo', query: '法律缓助', targets: ['an-who', 'as-aid-guide'] },
  { category: 'typo', query: '执形款', targets: ['cn-pay-out'] },
  { category: 'typo', query: '诉松费退费', targets: ['cn-fee-refund'] },

  // two-character terms
  { category: 'two-char', query: '安检', targets: ['cn-check'] },
  { category: 'two-char', query: '缓交', targets: ['cn-fee-relief'] },
  { category: 'two-char', query: '阅卷', targets: ['cn-read-file', 'cn-lawyer-way'] },
];

// ------------------------------------------------------------------ ruochuan-census-tax (箬川便民服务办)
const RUOCHUAN: SearchCase[] = [
  { category: 'exact', query: '加急办证', targets: ['hn-urgent'] },
  { category: 'paraphrase', query: '户口本上民族写错了咋改', targets: ['hn-birthdate'] },
  { category: 'paraphrase', query: '买车的税拖了两个月还没报', targets: ['tn-car-tax'] },
  { category: 'paraphrase', query: '爷爷没智能机 医保费怎么交', targets: ['tn-medical'] },
  { category: 'paraphrase', query: '家里老人走了户口要销吗', targets: ['hn-death'] },
  { category: 'role', query: '户籍民警 有人说从小没上过户口', targets: ['hn-no-hukou'] },
  { category: 'role', query: '辅警 老人躺床上下不来办证', targets: ['hn-home', 'hc-home-days'] },
  { category: 'role', query: '纳税辅导员 自助机坏了', targets: ['tn-self-area'] },
  {
    category: 'role',
    query: '白沙 过年回来的打工仔中午来办证',
    targets: ['bs-spring-return@rc-hukou-baisha'],
    filters: { unit: 'rc-hukou-baisha' },
  },
  { category: 'number', query: '3326690 核验', targets: ['rc-hukou'] },
  { category: 'typo', query: '户籍证民', targets: ['hn-cert'] },
  { category: 'two-char', query: '重名', targets: ['hn-rename'] },
];

// ------------------------------------------------------------------ linghu-wed-relief (菱湖民政服务中心)
const LINGHU: SearchCase[] = [
  { category: 'exact', query: '人身安全保护令', targets: ['wn-violence'] },
  { category: 'paraphrase', query: '结婚照能不能自己带', targets: ['wn-photo'] },
  { category: 'paraphrase', query: '递了离婚又反悔了 能撤回吗', targets: ['wn-cooling', 'we-cool-tell'] },
  { category: 'paraphrase', query: '出门钱被扒了 车票都买不起', targets: ['rn-transit'] },
  { category: 'paraphrase', query: '说不清住址的老人能在救助站待几天', targets: ['rn-stay'] },
  { category: 'role', query: '登记员 男的才二十一岁想领证', targets: ['wn-age'] },
  { category: 'role', query: '巡查员 劝了半天他就是不肯上车', targets: ['rn-voluntary', 'rp-card'] },
  { category: 'role', query: '档案查询员 讨债的来查人家婚史', targets: ['wn-archive'] },
  {
    category: 'role',
    query: '青石 采茶工工钱没拿到回不了家',
    targets: ['qs-tea-season@lh-relief-qingshi'],
    filters: { unit: 'lh-relief-qingshi' },
  },
  { category: 'number', query: '6135527 查档', targets: ['lh-wed'] },
  { category: 'typo', query: '婚前体捡', targets: ['wn-health'] },
  { category: 'two-char', query: '护送', targets: ['rn-escort'] },
];

// ------------------------------------------------------------------ dipu-blood-care (荻浦民健集团)
const DIPU: SearchCase[] = [
  { category: 'exact', query: '无偿献血证', targets: ['xn-certificate'] },
  { category: 'paraphrase', query: '献完血头晕眼花', targets: ['xn-faint'] },
  { category: 'paraphrase', query: '隔多久才能再献一次', targets: ['xn-interval'] },
  { category: 'paraphrase', query: '我献过血 我爸住院输血的钱能报吗', targets: ['xn-reimburse', 'xc-reimburse'] },
  { category: 'paraphrase', query: '养老院可以先住几天试试吗', targets: ['yn-trial'] },
  { category: 'role', query: '护理员 老人半夜按铃', targets: ['yn-bell', 'yc-bell'] },
  { category: 'role', query: '护士 卧床老人屁股发红', targets: ['yn-turn'] },
  { category: 'role', query: '招募员 单位想组织大家去献血', targets: ['xn-group'] },
  {
    category: 'role',
    query: '沙洲 渔民夜里打鱼回来要献血',
    targets: ['sz-fisher@dp-blood-shazhou'],
    filters: { unit: 'dp-blood-shazhou' },
  },
  { category: 'number', query: '3480668 入住', targets: ['dp-care'] },
  { category: 'typo', query: '献血正补办', targets: ['xn-certificate'] },
  { category: 'two-char', query: '喂饭', targets: ['yn-feed'] },
];

// ------------------------------------------------------------------ cenyang-drive-museum (岑阳交文集团)
const CENYANG: SearchCase[] = [
  { category: 'exact', query: '驾驶模拟器', targets: ['jx-simulator'] },
  { category: 'paraphrase', query: '七十多岁还能考驾照吗', targets: ['jx-age'] },
  { category: 'paraphrase', query: '学一半不学了钱能退吗', targets: ['jx-refund', 'jc-refund'] },
  { category: 'paraphrase', query: '教练在车里一直抽烟', targets: ['jx-no-smoke', 'cav-abuse'] },
  { category: 'paraphrase', query: '捐了老物件多久给回话', targets: ['bw-donate', 'mc-donate-reply'] },
  { category: 'role', query: '教练 学员把油门当刹车', targets: ['jx-explain', 'jy-calm'] },
  { category: 'role', query: '讲解员 游客想私下请你讲', targets: ['bw-no-private'] },
  { category: 'role', query: '服务台 观众拿传家宝问值多少钱', targets: ['bw-no-appraise'] },
  {
    category: 'role',
    query: '石岗 中学放学时间练车',
    targets: ['sg-school-hours@cy-drive-shigang'],
    filters: { unit: 'cy-drive-shigang' },
  },
  { category: 'number', query: '5933416', targets: ['cy-drive-shigang'] },
  { category: 'typo', query: '语音导览记', targets: ['bw-audio'] },
  { category: 'two-char', query: '夜场', targets: ['mc-summer-night', 'summer-2028#四周五夜场'] },
];

// ------------------------------------------------------------------ zhezhou-fuel-funeral (柘州城服集团)
const ZHEZHOU: SearchCase[] = [
  { category: 'exact', query: '守灵间', targets: ['bn-vigil'] },
  { category: 'paraphrase', query: '拿矿泉水瓶去打汽油行不行', targets: ['yn-barrel'] },
  { category: 'paraphrase', query: '怀疑油枪缺斤短两', targets: ['yn-measure', 'yc-measure'] },
  { category: 'paraphrase', query: '家里没钱办丧事', targets: ['bn-hardship'] },
  { category: 'paraphrase', query: '骨灰放殡仪馆一年多少钱', targets: ['bn-store'] },
  { category: 'role', query: '加油员 骑摩托的人没下车就要加', targets: ['yn-engine-off'] },
  { category: 'role', query: '收银员 车主要开票', targets: ['yn-invoice', 'yc-invoice'] },
  { category: 'role', query: '火化工 家属说想看着推进去', targets: ['bn-watch'] },
  {
    category: 'role',
    query: '桥头 收稻子那个月几点开门',
    targets: ['qt-harvest@zz-fuel-qiaotou'],
    filters: { unit: 'zz-fuel-qiaotou' },
  },
  { category: 'number', query: '2小时领骨灰', targets: ['bc-ashes'] },
  { category: 'typo', query: '遗容整里', targets: ['bn-makeup'] },
  { category: 'two-char', query: '封存', targets: ['yn-sample'] },
];

// ------------------------------------------------------------------ luting-ferry-sports (鹭汀服务集团)
const LUTING: SearchCase[] = [
  { category: 'exact', query: '救生员全程在岗', targets: ['sc-lifeguard'] },
  { category: 'paraphrase', query: '娃娃一米三了坐船要票吗', targets: ['fn-child-fare'] },
  { category: 'paraphrase', query: '大雾天还开船吗', targets: ['fn-suspend'] },
  { category: 'paraphrase', query: '猫咪装笼子能坐渡轮吗', targets: ['fn-pet'] },
  { category: 'paraphrase', query: '健身卡办了没去能退吗', targets: ['sn-card-refund'] },
  { category: 'role', query: '船员 开航前跟乘客交代安全', targets: ['fn-lifejacket', 'fe-jacket-talk'] },
  { category: 'role', query: '救生员 孩子往深水区跑', targets: ['se-whistle', 'sn-kid-pool'] },
  { category: 'role', query: '健身指导 第一次来的想推私教', targets: ['sn-first-lesson', 'tav-hard-sell'] },
  {
    category: 'role',
    query: '三屿 周末岛上学生坐船',
    targets: ['sy-school-kids@lt-ferry-sanyu'],
    filters: { unit: 'lt-ferry-sanyu' },
  },
  { category: 'number', query: '20公斤行李', targets: ['fn-luggage'] },
  { category: 'typo', query: '云船药', targets: ['fn-seasick'] },
  { category: 'two-char', query: '末班', targets: ['fn-last-boat'] },
];

// ------------------------------------------------------------------ yujiang-campus-mart (榆江大学)
const YUJIANG: SearchCase[] = [
  { category: 'exact', query: '价签不符退差价', targets: ['mc-diff-back'] },
  { category: 'paraphrase', query: '办去国外的手续 要学校证明我在念书', targets: ['en-enrol-proof', 'ec-proof-now'] },
  { category: 'paraphrase', query: '饭卡丢了半夜怎么办', targets: ['en-card-freeze', 'ec-freeze-24'] },
  { category: 'paraphrase', query: '超市的酸奶已经过了日子还在卖', targets: ['mn-expired-pay', 'mc-expired'] },
  { category: 'paraphrase', query: '毕业离校后人事材料寄到哪去', targets: ['en-archive-send'] },
  { category: 'role', query: '宿管 十二点才回来的学生', targets: ['en-late-back'] },
  { category: 'role', query: '宿管 寝室里有人用热得快', targets: ['en-safety-check'] },
  { category: 'role', query: '收银员 学生给现金', targets: ['mn-cash-ok', 'me-no-cash-no'] },
  {
    category: 'role',
    query: '西山 在医院实习的同学让室友代取',
    targets: ['xs-ward-proxy@yj-affairs-xishan'],
    filters: { unit: 'yj-affairs-xishan' },
  },
  { category: 'number', query: '满20元送宿舍', targets: ['mn-deliver', 'mc-deliver'] },
  { category: 'typo', query: '以卡通挂失', targets: ['en-card-freeze'] },
  { category: 'two-char', query: '防盗', targets: ['mn-alarm'] },
];

// ------------------------------------------------------------------ shanyuan-gas-scenic (杉原服务集团)
const SHANYUAN: SearchCase[] = [
  { category: 'exact', query: '三主动', targets: ['se-three-active'] },
  { category: 'paraphrase', query: '孩子在山上走丢了', targets: ['jn-lost-child', 'jc-broadcast'] },
  { category: 'paraphrase', query: '不坐索道能不能只买进山的票', targets: ['jn-no-bundle'] },
  { category: 'paraphrase', query: '家里燃气表感觉转得太快', targets: ['rn-meter-test'] },
  { category: 'paraphrase', query: '欠了几个月气费会不会断气', targets: ['rn-arrears', 're-no-threat'] },
  { category: 'role', query: '安检员 去了两回都没人在家', targets: ['rn-nobody-home'] },
  { category: 'role', query: '抄表员 偷懒估个数', targets: ['rn-no-guess', 'sav-guess'] },
  { category: 'role', query: '咨询员 游客爬栏杆拍照', targets: ['jn-railing', 'je-step-back'] },
  {
    category: 'role',
    query: '东岭 农家乐厨房检查',
    targets: ['dl-farm-stay@sy-gas-dongling'],
    filters: { unit: 'sy-gas-dongling' },
  },
  { category: 'number', query: '2万人限流', targets: ['jn-capacity'] },
  { category: 'typo', query: '燃气点伙', targets: ['rn-ignite'] },
  { category: 'two-char', query: '复气', targets: ['rc-restore', 'rn-restore'] },
];

// ------------------------------------------------------------------ the example (云澜公用事业集团)
const EXAMPLE: SearchCase[] = [
  { category: 'exact', query: '老花镜', targets: ['convenience-items'] },
  {
    category: 'paraphrase',
    query: '司机嫌收费多跟我吵',
    targets: ['toll-explain-fare-dispute', 'toll-explain-calmly'],
  },
  { category: 'paraphrase', query: '车冲过去了不给钱跑了', targets: ['toll-no-chasing-gate-crashers'] },
  { category: 'paraphrase', query: '接电话对方先挂还是我先挂', targets: ['caller-hangs-up-first'] },
  { category: 'paraphrase', query: '楼上水压低 洗澡没水', targets: ['water-pressure-minimum'] },
  {
    category: 'role',
    query: '收费员 拉菜的车走绿色通道',
    targets: ['toll-green-lane-check', 'toll-green-lane-please-wait'],
  },
  { category: 'role', query: '话务员 客户在电话里骂人', targets: ['calm-upset-callers'] },
  { category: 'role', query: '抄表员 本子上的数和系统对不上', targets: ['report-meter-mismatch'] },
  { category: 'role', query: '营业员 忍不住打哈欠', targets: ['turn-away-to-yawn'] },
  { category: 'number', query: '86645699 救援', targets: ['toll-east-station'] },
  { category: 'typo', query: '唱收唱富', targets: ['announce-cash-received-and-change'] },
  { category: 'two-char', query: '纸笔', targets: ['hearing-impaired-writing'] },
];

// ------------------------------------------------------------------ mixed-district (青岚区)
const MIXED: SearchCase[] = [
  { category: 'exact', query: '风险评估', targets: ['bk-risk-assessment'] },
  { category: 'paraphrase', query: '自助机吃卡了怎么拿回来', targets: ['bk-card-retained'] },
  { category: 'paraphrase', query: '理财到底保不保本', targets: ['bk-no-mis-selling', 'bq-risk-not-deposit'] },
  { category: 'paraphrase', query: '公交司机边开车边聊微信', targets: ['bs-no-phone-driving', 'bsv-phone-driving'] },
  { category: 'paraphrase', query: '退房能不能晚一点', targets: ['ht-late-checkout'] },
  { category: 'role', query: '柜员 客户存款里夹了张假币', targets: ['bk-counterfeit', 'bq-counterfeit-found'] },
  { category: 'role', query: '驾驶员 自动报站不响了', targets: ['bs-announce-manual'] },
  { category: 'role', query: '前台 十五岁孩子自己来开房', targets: ['ht-minor-guest'] },
  {
    category: 'role',
    query: '导诊 八十多岁老人一个人来看病',
    targets: ['hosp-escort-elderly@hospital-outpatient'],
    filters: { unit: 'hospital-outpatient' },
  },
  { category: 'number', query: '5万元取现预约', targets: ['bank-large-cash', 'xiangyang-cash-appointment'] },
  { category: 'typo', query: '大额取线', targets: ['bank-large-cash'] },
  { category: 'two-char', query: '外币', targets: ['bk-forex-exchange'] },
];

// ------------------------------------------------------------------ three-level-power (禾川交能集团)
const THREE_LEVEL: SearchCase[] = [
  { category: 'exact', query: '地下通道', targets: ['tl-crossing'] },
  { category: 'paraphrase', query: '家里进户线断了 供电所管不管修', targets: ['pb-repair-no-fee', 'pq-after-meter'] },
  { category: 'paraphrase', query: '欠电费直接拉闸了', targets: ['pb-notice-before-cut'] },
  { category: 'paraphrase', query: '装个电表要跑几趟', targets: ['pb-one-id', 'grp-one-visit'] },
  { category: 'paraphrase', query: '村里有人乱扯电线', targets: ['rg-no-private-wiring'] },
  { category: 'role', query: '台区经理 秋收抽水用电多', targets: ['rg-farming-season'] },
  { category: 'role', query: '收费员 拉鲜菜的车过来', targets: ['tl-green-channel', 'tq-green-open'] },
  { category: 'role', query: '抢修工 进门第一句', targets: ['pb-repair-id', 'pq-home-knock'] },
  {
    category: 'role',
    query: '白石 库区渡船不通的村子',
    targets: ['bsp-ferry-villages@baishi-point'],
    filters: { unit: 'baishi-point' },
  },
  { category: 'number', query: '7326123 值班', targets: ['baishi-point'] },
  { category: 'typo', query: '漏点保护器', targets: ['rg-leakage-protector'] },
  { category: 'two-char', query: '私拉', targets: ['rg-no-private-wiring'] },
];

// ------------------------------------------------------------------ chengchuan-water-bus (澄川集团)
const CHENGCHUAN: SearchCase[] = [
  { category: 'exact', query: '故障抢修', targets: ['water-repair'] },
  { category: 'paraphrase', query: '水表坏了不转', targets: ['service-norms-cc-4-12'] },
  { category: 'paraphrase', query: '突然没水了打电话问', targets: ['service-norms-cc-3-9'] },
  { category: 'paraphrase', query: '老人还没坐好车就开了', targets: ['bus-wait-elderly', 'bus-board-elderly'] },
  { category: 'paraphrase', query: '家门口自来水管裂了 几个小时能来人', targets: ['water-repair'] },
  { category: 'role', query: '抄表员 进门之前', targets: ['service-norms-cc-4-10'] },
  { category: 'role', query: '驾驶员 乘客问在哪下车', targets: ['bus-way-answer'] },
  { category: 'role', query: '收费员 用户拿一百的交水费', targets: ['water-cash-change', 'water-cash-aloud'] },
  {
    category: 'role',
    query: '东城 独居老人上门',
    targets: ['east-elderly-visit@water-east'],
    filters: { unit: 'water-east' },
  },
  { category: 'number', query: '2319110 抢修', targets: ['water-east'] },
  { category: 'typo', query: '水表损环', targets: ['service-norms-cc-4-12'] },
  { category: 'two-char', query: '预告', targets: ['meter-notice'] },
];

// ------------------------------------------------------------------ tongjiang-city (桐江城服)
const TONGJIANG: SearchCase[] = [
  { category: 'exact', query: '自助充值机', targets: ['tgs-self-machine'] },
  { category: 'paraphrase', query: '出租车司机说太近不去', targets: ['tx-no-refuse', 'tc-no-too-close'] },
  { category: 'paraphrase', query: '司机半路又拉别人', targets: ['tx-no-pooling'] },
  { category: 'paraphrase', query: '租的车还了押金多久退', targets: ['tx-rental-deposit', 'rental-deposit-return'] },
  { category: 'paraphrase', query: '看病的钱退不了', targets: ['th-refund-papers', 'hp-no-refund'] },
  { category: 'role', query: '总台 客人要明早六点叫醒', targets: ['tf-wake-up', 'hf-wake-call'] },
  { category: 'role', query: '收费员 病人问挂哪个科', targets: ['th-no-choose-dept', 'hp-ask-guide'] },
  { category: 'role', query: '安检员 闻到煤气味', targets: ['gs-leak-steps', 'tgs-leak-arrive'] },
  {
    category: 'role',
    query: '黄滩 液化气送上门',
    targets: ['huangtan-lpg-delivery@tj-gas-huangtan'],
    filters: { unit: 'tj-gas-huangtan' },
  },
  { category: 'number', query: '3266300', targets: ['tj-hosp-north'] },
  { category: 'typo', query: '燃汽表充值', targets: ['tgs-ic-card'] },
  { category: 'two-char', query: '装卸', targets: ['tx-luggage-help'] },
];

// ------------------------------------------------------------------ lanxi-civic (岚溪民生中心)
const LANXI: SearchCase[] = [
  { category: 'exact', query: '禁寄物品目录', targets: ['lp-banned-items'] },
  { category: 'paraphrase', query: '车迟迟不来 广播也不通知', targets: ['lr-late-train', 'lr-delay-sorry'] },
  { category: 'paraphrase', query: '没赶上车票还能用吗', targets: ['lr-missed-train'] },
  { category: 'paraphrase', query: '寄快递为什么要拆开看', targets: ['lp-open-check', 'lp-check-ask'] },
  { category: 'paraphrase', query: '医保那张卡找不到了 今天来今天能拿新的吗', targets: ['ls-instant-card'] },
  { category: 'role', query: '营业员 有人要寄打火机', targets: ['lp-banned-items'] },
  { category: 'role', query: '客运员 小孩一个人坐车', targets: ['lr-child-alone'] },
  { category: 'role', query: '引导员 大爷看不清表', targets: ['ls-form-help'] },
  {
    category: 'role',
    query: '东关 瘫在床上的老人办社保',
    targets: ['dg-bedside-service@lx-social-street'],
    filters: { unit: 'lx-social-street' },
  },
  { category: 'number', query: '邮件查询3个工作日', targets: ['lpc-query-reply'] },
  { category: 'typo', query: '养老金待预', targets: ['ls-pension-calc'] },
  { category: 'two-char', query: '移交', targets: ['lr-lost-keep'] },
];

// ------------------------------------------------------------------ jichuan-ops (霁川城运)
const JICHUAN: SearchCase[] = [
  { category: 'exact', query: '多收即退', targets: ['ctc-refund'] },
  { category: 'paraphrase', query: '移动电源能不能放行李箱里托运', targets: ['ja-lithium', 'aq-bag-ask'] },
  { category: 'paraphrase', query: '飞机晚了好几个小时', targets: ['ja-delay-care'] },
  { category: 'paraphrase', query: '手机号被开了没要的业务', targets: ['ct-no-bundle', 'jcv-forced-addon'] },
  { category: 'paraphrase', query: '小孩自己坐飞机', targets: ['ja-um-child'] },
  {
    category: 'role',
    query: '装维师傅 要在墙上打洞',
    targets: ['luwan-wall-drill@jc-cable-luwan'],
    filters: { unit: 'jc-cable-luwan' },
  },
  { category: 'role', query: '值机员 来晚了停止办理', targets: ['aq-late-help', 'ja-cutoff'] },
  { category: 'role', query: '讲解员 游客给小费', targets: ['ws-guide-fee', 'jcv-tip'] },
  { category: 'role', query: '营业员 老人换智能机不会用', targets: ['ct-elder-setup'] },
  { category: 'number', query: '提前24小时约轮椅', targets: ['jac-wheelchair'] },
  { category: 'typo', query: '宽带心装', targets: ['jc-broadband-new'] },
  { category: 'two-char', query: '年卡', targets: ['jc-scenic-annual'] },
];

// ------------------------------------------------------------------ yanzhou-heat-metro (雁洲市政集团)
const YANZHOU: SearchCase[] = [
  { category: 'exact', query: '票款争议', targets: ['ym-fare-dispute'] },
  { category: 'paraphrase', query: '散热器上头烫下头凉', targets: ['yh-bleed'] },
  { category: 'paraphrase', query: '今年啥时候开始烧暖气', targets: ['yh-season-dates'] },
  { category: 'paraphrase', query: '出闸机一直红灯 卡过不去', targets: ['ym-card-fault', 'mq-card-check'] },
  { category: 'paraphrase', query: '坐过站了出不去', targets: ['ym-overtime'] },
  { category: 'role', query: '维修工 到了用户家门口', targets: ['hq-knock', 'yh-visit-call'] },
  { category: 'role', query: '站务员 乘客在站台晕倒', targets: ['ym-sick', 'mq-are-you-ok'] },
  { category: 'role', query: '安检员 乘客带了一大瓶饮料', targets: ['ym-security'] },
  {
    category: 'role',
    query: '北苑 发现用户烧煤炉',
    targets: ['by-coal-stove@yz-heat-beiyuan'],
    filters: { unit: 'yz-heat-beiyuan' },
  },
  { category: 'number', query: '11月15日供暖', targets: ['yh-season-dates'] },
  { category: 'typo', query: '暖器报停', targets: ['yz-heat-stop'] },
  { category: 'two-char', query: '围挡', targets: ['ym-escalator'] },
];

// ------------------------------------------------------------------ luping-estate-insure (鹭平安和集团)
const LUPING: SearchCase[] = [
  { category: 'exact', query: '大件旧家具', targets: ['ae-bulky-trash'] },
  { category: 'paraphrase', query: '装完房子那笔保证金啥时候还', targets: ['ae-deposit', 'aec-deposit'] },
  { category: 'paraphrase', query: '被困在电梯里了', targets: ['ae-elevator', 'aec-elevator'] },
  { category: 'paraphrase', query: '业务员说这个保险跟存钱一样', targets: ['ai-no-mislead', 'ahv-mislead'] },
  { category: 'paraphrase', query: '查勘员让我去他指定的车行', targets: ['iq-no-go-garage', 'ahv-garage'] },
  { category: 'role', query: '门岗 快递小哥要进楼', targets: ['ae-visitor', 'eq-visitor-ask'] },
  { category: 'role', query: '维修员 业主问换个水龙头多少钱', targets: ['ae-repair-fee'] },
  { category: 'role', query: '柜面专员 客户要退保', targets: ['ai-surrender', 'iq-surrender-loss'] },
  {
    category: 'role',
    query: '河西 有人从窗户吊电线充电瓶车',
    targets: ['hx-flying-wire@lp-estate-hexi'],
    filters: { unit: 'lp-estate-hexi' },
  },
  { category: 'number', query: '20万元 大案', targets: ['ai-big-case'] },
  { category: 'typo', query: '装修等记', targets: ['ae-renovate'] },
  { category: 'two-char', query: '拴绳', targets: ['ae-pet'] },
];

// ------------------------------------------------------------------ fenggang-fund-inspect (枫港公服集团)
const FENGGANG: SearchCase[] = [
  { category: 'exact', query: '零收费', targets: ['fdc-no-fee'] },
  { category: 'paraphrase', query: '租房能不能提那笔钱付房租', targets: ['fd-withdraw-rent', 'fd-rent-withdraw'] },
  { category: 'paraphrase', query: '跳槽去了外地 以前存的那笔怎么带走', targets: ['fd-transfer', 'fdc-transfer'] },
  { category: 'paraphrase', query: '跑外卖的自己能缴吗', targets: ['fd-flexible'] },
  { category: 'paraphrase', query: '刚买三年的车要去检测站吗', targets: ['vi-exempt'] },
  { category: 'role', query: '引车员 车主要跟着进车间', targets: ['vi-wait-zone', 'vq-no-stay'] },
  { category: 'role', query: '检测员 刹车没过', targets: ['vi-fail-explain', 'vq-fail-point'] },
  { category: 'role', query: '贷款受理员 职工问还能第二次贷吗', targets: ['fd-loan-second'] },
  {
    category: 'role',
    query: '临溪 下乡那几天',
    targets: ['lx-market-day@fg-fund-linxi'],
    filters: { unit: 'fg-fund-linxi' },
  },
  { category: 'number', query: '5721329', targets: ['fg-fund-linxi'] },
  { category: 'typo', query: '复捡不收费', targets: ['vi-retest', 'vic-retest'] },
  { category: 'two-char', query: '串通', targets: ['vi-no-scalper'] },
];

// ------------------------------------------------------------------ meiao-deed-notary (梅岙便民集团)
const MEIAO: SearchCase[] = [
  { category: 'exact', query: '交房即领证', targets: ['dc-new-house'] },
  { category: 'paraphrase', query: '房子给查封了还能过户吗', targets: ['dd-seizure'] },
  { category: 'paraphrase', query: '房本弄丢了', targets: ['dd-lost-cert'] },
  { category: 'paraphrase', query: '老爸走了房子过户', targets: ['dd-inherit', 'nn-inherit'] },
  { category: 'paraphrase', query: '去国外读书要把毕业证翻译公证', targets: ['nn-abroad'] },
  { category: 'role', query: '发证员 领证人没看就签字', targets: ['dd-cert-check', 'de-no-rush-sign'] },
  { category: 'role', query: '公证员 当事人是自己表哥', targets: ['nn-recusal'] },
  { category: 'role', query: '受理员 刷脸比对不上', targets: ['dd-face-check'] },
  {
    category: 'role',
    query: '东浦 村里宅基地登记',
    targets: ['dp-homestead@ma-deed-dongpu'],
    filters: { unit: 'ma-deed-dongpu' },
  },
  { category: 'number', query: '周二上午9点进村', targets: ['dp-tuesday'] },
  { category: 'typo', query: '委托工正', targets: ['nn-attorney'] },
  { category: 'two-char', query: '错证', targets: ['dc-correction'] },
];

// ------------------------------------------------------------------ huaiyang-affairs-library (南塘公服办)
const NANTANG: SearchCase[] = [
  { category: 'exact', query: '免费寄递', targets: ['an-mail', 'ac-mail-free'] },
  { category: 'paraphrase', query: '书弄丢了要赔多少', targets: ['ln-damage'] },
  { category: 'paraphrase', query: '想在图书馆占个座位学习', targets: ['ln-seat'] },
  { category: 'paraphrase', query: '开公司一天能搞定吗', targets: ['an-company', 'ac-company'] },
  { category: 'paraphrase', query: '网上已经交过了还要带纸质的吗', targets: ['an-one-net'] },
  { category: 'role', query: '馆员 看书的人电话响个不停', targets: ['ln-quiet', 'le-quiet-please'] },
  { category: 'role', query: '导办员 老人不会取号', targets: ['an-guide'] },
  { category: 'role', query: '代办员 帮企业跑审批', targets: ['an-agent', 'ae-agent-promise'] },
  {
    category: 'role',
    query: '石桥 赶集那天摆摊办事',
    targets: ['sq-market-day@hy-affairs-shiqiao'],
    filters: { unit: 'hy-affairs-shiqiao' },
  },
  { category: 'number', query: '最多借10本', targets: ['ln-lend-limit'] },
  { category: 'typo', query: '续接图书', targets: ['ln-renew'] },
  { category: 'two-char', query: '少儿', targets: ['ln-kids-area'] },
];

export const TWENTY_FOURTH_HELD_ASIDE: OrgQueries[] = [
  { content: 'test/fixtures/search-orgs/lianshan-court-aid', cases: LIANSHAN },
  { content: 'test/fixtures/search-orgs/ruochuan-census-tax', cases: RUOCHUAN },
  { content: 'test/fixtures/search-orgs/linghu-wed-relief', cases: LINGHU },
  { content: 'test/fixtures/search-orgs/dipu-blood-care', cases: DIPU },
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
