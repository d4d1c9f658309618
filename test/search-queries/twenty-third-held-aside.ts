/**
 * A twenty-third held-aside query set (issue 14), over a new organisation written for it — the fixture
 * test/fixtures/search-orgs/ruochuan-census-tax (箬川便民服务办: the city police's household-registration
 * and ID-card hall, with a county hall under it and a township police station's registration window under
 * that hall, three levels of units, and the city tax bureau's tax service hall; household registration and
 * tax halls, kinds of service no earlier fixture and no part of content/ holds, of industry `government`;
 * kept out of test/fixtures/orgs so the suite does not build it) — and over the eighteen organisations of the
 * twenty-second set: dipu-blood-care, cenyang-drive-museum, zhezhou-fuel-funeral, luting-ferry-sports,
 * yujiang-campus-mart, shanyuan-gas-scenic, the example, mixed-district, three-level-power,
 * chengchuan-water-bus, tongjiang-city, lanxi-civic, jichuan-ops, yanzhou-heat-metro, luping-estate-insure,
 * fenggang-fund-inspect, meiao-deed-notary and huaiyang-affairs-library. Written by the "set23" helper
 * session, which also wrote the new organisation's content; no search engine and no synonym list has seen
 * that content.
 *
 * What the writer read: ../shared/DOMAIN.md, test/fixtures/search-orgs/README.md, the linghu-wed-relief
 * fixture whole (the model for the new organisation's shape), test/search-queries/types.ts,
 * test/search-queries.test.ts and test/search-queries/items.ts (the soundness checks), the header, a few
 * queries and the export of twenty-second-held-aside.ts (for the file's shape), the set wiring of
 * bench/search-quality.ts and bench/search-quality-node.ts (not run), and a throwaway listing of the item
 * ids of the eighteen earlier organisations with the first characters of each item's text (and of unit
 * phone numbers and page headings) read straight from their YAML, and the `id@unit` targets of the
 * twenty-first and twenty-second files (to aim at a unit's added items the same way). A throwaway copy of the
 * soundness test's checks named this set's queries that repeated an earlier one or shared a run of three with
 * a target; those were replaced or reworded.
 * What it did NOT read: anything under src/search/ or src/model/build/search.ts, any synonym file (the new
 * organisation has none, and no `keywords:`), bench/results/, the git log and diffs of search commits, the
 * earlier sets' queries (but for the few of the twenty-second named above; a throwaway membership check said of
 * candidate queries only "used" or "free" against them, and the used ones were replaced), the seed documents
 * beyond the opening lines of one; ../shared/tools/seed-overlap.py finds no long run of them in the new
 * organisation or here.
 * The search engine has NOT been run on these queries, no ranking of them has been looked at, no site was
 * built for them and no search bench was run: written, NOT yet run. (Run once at 058a993 in Chromium,
 * bench/results/search23-twenty-third.md; spent since, tuning material like the sets before it.) None of the queries was adapted to a
 * synonym.
 *
 * 308 queries: 92 on the new organisation (30 %), 12 on each of the eighteen earlier ones (one exact term,
 * four paraphrases, four role or situation queries, a phone number or a number, a typo and a two-character
 * term). 120 paraphrases and questions (39.0 %), 94 role and situation queries (30.5 %), then 23 exact
 * terms, 24 numbers and phone numbers (most without their area code and with a word beside the number,
 * some a figure with its unit: 40 yuan, 30 June, 1.8万, 4点), 24 typos (a wrong character of the same or a
 * near sound, or a look-alike, as a phone IME gives it) and 23 two-character terms. On the new organisation
 * the targets spread over clauses of the three norms, the township window's own copies (the reworded
 * home-visit clause and the added Spring Festival clause under its filter, its own market-day commitment;
 * the reworded card-handing phrase under its filter), phrases, forbidden phrases, a conduct rule, the rule
 * sets, both processes and their steps, commitments, violations, inspections, the service guide, the units'
 * phone numbers and three sections of the MDX page. Written as people who lost an ID card, parents of a
 * newborn or a sixteen-year-old, migrant workers home for the New Year, shopkeepers closing a shop, retirees
 * paying rural medical insurance, auxiliary police, card clerks, registration officers, tax clerks and tutors
 * type on a phone, and at the counters of the earlier organisations — their words (黑户, 户头, 新农合,
 * 证件照, 打完税凭证, 我爸是我爸), not the content's. No paraphrase is a substring of its target's text, and
 * none shares a run of three letters or digits with it (nor with the whole page of a page section it aims
 * at). A paraphrase or role query that names the township window carries its filter; several targets are
 * listed where a clerk would be equally served. Items a unit added are aimed at as `id@unit`.
 */
import type { OrgQueries } from './fresh-held-aside.ts';
import type { SearchCase } from './types.ts';

const BAISHA = { unit: 'rc-hukou-baisha' };

// ------------------------------------------------------------------ the new organisation (箬川便民服务办)
const RUOCHUAN: SearchCase[] = [
  // exact terms
  { category: 'exact', query: '临时身份证', targets: ['hn-temp', 'hc-temp-hour'] },
  { category: 'exact', query: '首违不罚', targets: ['tn-first-mistake'] },
  { category: 'exact', query: '三个当场', targets: ['rg-three-spot'] },
  { category: 'exact', query: '清税证明', targets: ['tn-cancel', 'tc-clear-now', 'tk-issue'] },
  { category: 'exact', query: '办税三讲清', targets: ['tp-three-clear'] },

  // paraphrases and questions
  { category: 'paraphrase', query: '证件掉了还要去报纸上声明作废吗', targets: ['hn-lost'] },
  { category: 'paraphrase', query: '小孩十二岁能不能办证', targets: ['hn-age16'] },
  { category: 'paraphrase', query: '证件照得自己花钱去外面拍吗', targets: ['hn-photo'] },
  { category: 'paraphrase', query: '手指头磨平了按不出纹路怎么办', targets: ['hn-finger'] },
  { category: 'paraphrase', query: '新证多久能做好', targets: ['hn-make', 'hc-card-days'] },
  { category: 'paraphrase', query: '明天就要坐高铁 证还没拿到', targets: ['hn-temp', 'hc-temp-hour'] },
  { category: 'paraphrase', query: '外地人在这儿打工 证件到期能在这边换吗', targets: ['hn-other-place'] },
  { category: 'paraphrase', query: '证件超期大半年了要交罚金不', targets: ['hn-expire'] },
  { category: 'paraphrase', query: '补一张证件多少钱', targets: ['hn-fee', 'hs-id-guide'] },
  { category: 'paraphrase', query: '吃低保的办证还收钱吗', targets: ['hn-fee'] },
  { category: 'paraphrase', query: '孩子刚生下来怎么上户口', targets: ['hn-newborn', 'hc-newborn'] },
  { category: 'paraphrase', query: '非婚生的小孩入户有限制吗', targets: ['hn-newborn'] },
  { category: 'paraphrase', query: '外省户口迁进来还得两头跑吗', targets: ['hn-move'] },
  { category: 'paraphrase', query: '房子买在市里 户头能迁来不', targets: ['hn-settle'] },
  { category: 'paraphrase', query: '老人走了户口怎么销', targets: ['hn-death'] },
  { category: 'paraphrase', query: '成年了还能改名吗', targets: ['hn-rename'] },
  { category: 'paraphrase', query: '户口本上生日写错了', targets: ['hn-birthdate'] },
  { category: 'paraphrase', query: '一直是黑户 现在想补登记', targets: ['hn-no-hukou'] },
  { category: 'paraphrase', query: '单位非让我证实我爸是我爸', targets: ['hn-no-circular'] },
  { category: 'paraphrase', query: '户口证明拿到单位 人家怎么知道不是假的', targets: ['hn-cert'] },
  { category: 'paraphrase', query: '讨债的能不能来查别人户口', targets: ['hn-query'] },
  { category: 'paraphrase', query: '老人卧床下不了楼 能来家里给拍照吗', targets: ['hn-home', 'hc-home-days'] },
  { category: 'paraphrase', query: '高考报名急着要证 能快点吗', targets: ['hn-urgent'] },
  { category: 'paraphrase', query: '税务大厅排了半个钟头还没轮到', targets: ['tn-wait', 'tc-wait'] },
  { category: 'paraphrase', query: '刚拿营业执照 头一回报税要办啥', targets: ['tn-new-firm'] },
  { category: 'paraphrase', query: '发票不够开 想多要点', targets: ['tn-invoice'] },
  { category: 'paraphrase', query: '店关了怎么注销', targets: ['tn-cancel', 'tp-cancel'] },
  { category: 'paraphrase', query: '忘了报税 第一回 会不会罚', targets: ['tn-first-mistake'] },
  { category: 'paraphrase', query: '税务窗口推荐记账中介是不是违规', targets: ['tn-no-agent', 'rav-broker'] },
  { category: 'paraphrase', query: '年度个税多退少补什么时候弄', targets: ['tn-annual'] },
  { category: 'paraphrase', query: '窗口的人帮我弄APP 问我要登录口令', targets: ['tn-no-password'] },
  { category: 'paraphrase', query: '爷爷交新农合没有智能机 能交现金吗', targets: ['tn-medical'] },
  { category: 'paraphrase', query: '提了新车 那个10%的税啥时候报', targets: ['tn-car-tax'] },
  { category: 'paraphrase', query: '多交的个税多久能退回卡里', targets: ['tn-refund', 'tc-refund'] },
  { category: 'paraphrase', query: '晚上下班后去机器上打完税凭证', targets: ['tn-self-area'] },
  { category: 'paraphrase', query: '问税务政策窗口答不上来', targets: ['tn-policy'] },
  { category: 'paraphrase', query: '会计能提前约时间去办税吗', targets: ['tn-booking'] },
  { category: 'paraphrase', query: '有黄牛在门口卖号', targets: ['rg-no-broker'] },
  { category: 'paraphrase', query: '给了差评 被柜台那人回电话数落', targets: ['rg-rating'] },
  { category: 'paraphrase', query: '缺一样不重要的材料能先收下吗', targets: ['rg-lack'] },
  { category: 'paraphrase', query: '五点半一到窗口就关门不办了', targets: ['rg-overtime', 'rav-early-close'] },
  { category: 'paraphrase', query: '八十岁老太太办事要排队吗', targets: ['rg-priority'] },
  { category: 'paraphrase', query: '一点点材料让我跑了三趟', targets: ['rg-once'] },
  { category: 'paraphrase', query: '春节回乡换证排得上吗', targets: ['spring-2030#二返乡人员换证补证'] },
  { category: 'paraphrase', query: '寒假带娃办证要不要请假', targets: ['spring-2030#一学生寒假办证'] },
  { category: 'paraphrase', query: '三月初退税的人挤不挤', targets: ['spring-2030#四个税汇算开头'] },
  {
    category: 'paraphrase',
    query: '村里瘫痪老人办证 派出所什么时候下来',
    targets: ['hn-home@rc-hukou-baisha'],
    filters: BAISHA,
  },
  {
    category: 'paraphrase',
    query: '打工的年底回来办证 中午窗口开吗',
    targets: ['bs-spring-return@rc-hukou-baisha'],
    filters: BAISHA,
  },

  // role and situation queries
  { category: 'role', query: '辅警 拍照的人戴着眼镜', targets: ['hp-shoot'] },
  { category: 'role', query: '辅警 采指纹老是按不上', targets: ['hp-press', 'hn-finger'] },
  { category: 'role', query: '辅警 群众嫌照片拍得丑', targets: ['hn-photo', 'hp-no-outside'] },
  { category: 'role', query: '发证员 老人天天来问证到了没有', targets: ['hp-no-tomorrow', 'hp-hand-card'] },
  { category: 'role', query: '民警 外省迁来的要他回老家开证明', targets: ['hp-no-hometown', 'hn-move'] },
  { category: 'role', query: '户籍民警 有人自称律师要查一个人的户口', targets: ['hn-query'] },
  { category: 'role', query: '民警 二十多岁的想改个名字', targets: ['hn-rename'] },
  { category: 'role', query: '导办员 老人不会用自助领证机', targets: ['hn-kiosk'] },
  { category: 'role', query: '值班长 有人给了差评', targets: ['rg-rating', 'rgc-bad-review'] },
  { category: 'role', query: '窗口 办事的塞了条烟', targets: ['rg-no-gift'] },
  { category: 'role', query: '民警 资料差一份就让人回去', targets: ['rg-no-go-back', 'rg-list'] },
  { category: 'role', query: '辅导员 老人不会填个税', targets: ['tn-annual', 'tp-teach'] },
  { category: 'role', query: '辅导员 群众让我帮他输密码', targets: ['tn-no-password', 'tp-teach'] },
  { category: 'role', query: '办税窗口 个体户问能不能找代账', targets: ['tp-no-agent', 'tn-no-agent'] },
  { category: 'role', query: '办税窗口 晚报了一次要不要罚', targets: ['tn-first-mistake', 'tp-no-fine-first'] },
  { category: 'role', query: '值班长 排队超过三十个人', targets: ['tn-wait'] },
  { category: 'role', query: '督查员 假装办证去窗口', targets: ['ra-mystery'] },
  { category: 'role', query: '督查员 抽查谁查过户籍资料', targets: ['ra-query-log'] },
  { category: 'role', query: '白沙 老人说签不来名字', targets: ['hp-hand-card'], filters: BAISHA },
  {
    category: 'role',
    query: '白沙 逢集那天几点关门',
    targets: ['bs-market-day@rc-hukou-baisha'],
    filters: BAISHA,
  },
  { category: 'role', query: '接咨询电话 头一句报什么', targets: ['rg-phone-open'] },
  { category: 'role', query: '窗口 群众口音重 同事在笑', targets: ['rg-no-judge'] },

  // numbers and phone numbers
  { category: 'number', query: '3326677 户政', targets: ['rc-hukou'] },
  { category: 'number', query: '7760319', targets: ['rc-hukou-baisha'] },
  { category: 'number', query: '西坪户政 7712045', targets: ['rc-hukou-xiping'] },
  { category: 'number', query: '3351208 预约', targets: ['rc-tax'] },
  { category: 'number', query: '补领40块', targets: ['hn-fee'] },
  { category: 'number', query: '汇算6月30日截止', targets: ['tn-annual'] },

  // typos
  { category: 'typo', query: '临时身分证', targets: ['hn-temp'] },
  { category: 'typo', query: '户口前移', targets: ['hn-move'] },
  { category: 'typo', query: '首为不罚', targets: ['tn-first-mistake'] },
  { category: 'typo', query: '清税证名', targets: ['tn-cancel'] },
  { category: 'typo', query: '新生儿落护', targets: ['hn-newborn'] },
  { category: 'typo', query: '个税会算', targets: ['tn-annual'] },

  // two-character terms
  { category: 'two-char', query: '指纹', targets: ['hn-finger'] },
  { category: 'two-char', query: '落户', targets: ['hn-settle'] },
  { category: 'two-char', query: '改名', targets: ['hn-rename'] },
  { category: 'two-char', query: '补领', targets: ['hn-lost', 'hs-id-guide'] },
  { category: 'two-char', query: '代账', targets: ['tn-no-agent'] },
];

// ------------------------------------------------------------------ dipu-blood-care (荻浦民健集团)
const DIPU: SearchCase[] = [
  { category: 'exact', query: '单采血小板', targets: ['xn-platelet'] },
  { category: 'paraphrase', query: '上次献完血三个月了能再去吗', targets: ['xn-interval'] },
  { category: 'paraphrase', query: '献完血头晕眼花怎么办', targets: ['xn-faint'] },
  { category: 'paraphrase', query: '老爸住养老院先住几天看看行不行', targets: ['yn-trial'] },
  { category: 'paraphrase', query: '养老院会不会把我妈绑在床上', targets: ['yn-restrain'] },
  { category: 'role', query: '采血护士 针扎了两次都没进', targets: ['xn-label'] },
  { category: 'role', query: '护理员 奶奶早上赖床不起', targets: ['yy-wake', 'yy-no-lazy'] },
  { category: 'role', query: '招募员 稀有血型的人怎么联系', targets: ['xn-rare'] },
  { category: 'role', query: '入住接待员 家属问押金交多少', targets: ['yn-deposit'] },
  { category: 'number', query: '3471526 报销', targets: ['dp-blood'] },
  { category: 'typo', query: '用血报消', targets: ['xn-reimburse'] },
  { category: 'two-char', query: '针眼', targets: ['xn-rest', 'xy-after'] },
];

// ------------------------------------------------------------------ cenyang-drive-museum (岑阳交文集团)
const CENYANG: SearchCase[] = [
  { category: 'exact', query: '计时终端', targets: ['jx-hours'] },
  { category: 'paraphrase', query: '练车的时候教练老抽烟', targets: ['jx-no-smoke'] },
  { category: 'paraphrase', query: '跟教练合不来想换人', targets: ['jx-coach-choose'] },
  { category: 'paraphrase', query: '展厅里能用闪光拍照不', targets: ['bw-photo'] },
  { category: 'paraphrase', query: '家里有件老瓷器想让馆里估个价', targets: ['bw-no-appraise'] },
  { category: 'role', query: '教练员 学员一直压线 忍不住想骂', targets: ['jy-calm', 'jy-no-insult', 'jx-explain'] },
  { category: 'role', query: '调度员 下暴雨今天的课怎么办', targets: ['jx-weather'] },
  { category: 'role', query: '讲解员 游客想私下请我单独讲', targets: ['bw-no-private'] },
  { category: 'role', query: '展厅管理员 小孩趴在展柜上', targets: ['bw-no-touch', 'bv-touch'] },
  { category: 'number', query: '5840688 讲解预约', targets: ['cy-museum'] },
  { category: 'typo', query: '驾驶模以器', targets: ['jx-simulator'] },
  { category: 'two-char', query: '补考', targets: ['jx-retest'] },
];

// ------------------------------------------------------------------ zhezhou-fuel-funeral (柘州城服集团)
const ZHEZHOU: SearchCase[] = [
  { category: 'exact', query: '标准量器', targets: ['yn-measure'] },
  { category: 'paraphrase', query: '给柴油的车灌成了汽油', targets: ['yn-wrong-fuel', 'yp-wrong-fuel'] },
  { category: 'paraphrase', query: '感觉油枪少打了 怎么验', targets: ['yn-measure'] },
  { category: 'paraphrase', query: '骨灰能放多少年', targets: ['bn-store'] },
  { category: 'paraphrase', query: '家里人在医院过世 殡仪车多久到', targets: ['bn-pickup-time', 'bc-pickup'] },
  { category: 'role', query: '洽谈员 家属只挑最便宜的盒子', targets: ['bn-no-push', 'be-no-cheap', 'bn-list'] },
  { category: 'role', query: '加油员 骑摩托的人坐在车上等加油', targets: ['yn-engine-off'] },
  { category: 'role', query: '火化工 进炉前要核对啥', targets: ['bn-check-id'] },
  { category: 'role', query: '收银员 车主当时没要发票 过几天回来要', targets: ['yn-invoice'] },
  { category: 'number', query: '6351099 加油卡', targets: ['zz-fuel'] },
  { category: 'typo', query: '加油卡挂矢', targets: ['yn-card'] },
  { category: 'two-char', query: '洗车', targets: ['yn-wash'] },
];

// ------------------------------------------------------------------ luting-ferry-sports (鹭汀服务集团)
const LUTING: SearchCase[] = [
  { category: 'exact', query: '核定载客量', targets: ['fn-order'] },
  { category: 'paraphrase', query: '坐船带狗行不行', targets: ['fn-pet'] },
  { category: 'paraphrase', query: '小孩多高要买船票', targets: ['fn-child-fare'] },
  { category: 'paraphrase', query: '订的球场临时有事 退不退钱', targets: ['sn-book'] },
  { category: 'paraphrase', query: '头回进健身馆 教练一个劲让办课', targets: ['sn-first-lesson'] },
  { category: 'role', query: '水手 乘客晕船吐了', targets: ['fn-seasick'] },
  { category: 'role', query: '救生员 换班的时候', targets: ['sn-watch'] },
  { category: 'role', query: '售票员 阿婆证件忘在家里', targets: ['fn-real-name', 'fe-no-id-no'] },
  { category: 'role', query: '车辆指挥员 车上装着煤气罐', targets: ['fn-car-check'] },
  { category: 'number', query: '7153300 健身', targets: ['lt-sports'] },
  { category: 'typo', query: '岛民乘船卡办里', targets: ['fs-islander-pass-guide', 'fn-islander-pass'] },
  { category: 'two-char', query: '泳衣', targets: ['sn-cap'] },
];

// ------------------------------------------------------------------ yujiang-campus-mart (榆江大学)
const YUJIANG: SearchCase[] = [
  { category: 'exact', query: '骑缝章', targets: ['en-transcript'] },
  { category: 'paraphrase', query: '办签证要证明我是这学校的学生', targets: ['en-enrol-proof'] },
  { category: 'paraphrase', query: '回家坐火车打折的地址填错了', targets: ['en-rail-card'] },
  { category: 'paraphrase', query: '收银打出来比架子上贵', targets: ['mn-tag-lower', 'mc-diff-back'] },
  { category: 'paraphrase', query: '熄灯以后才回楼 宿管不给进', targets: ['en-late-back'] },
  { category: 'role', query: '宿管员 寝室里查到电饭锅', targets: ['en-safety-check'] },
  { category: 'role', query: '收银员 同学递来一张百元钞', targets: ['mn-cash-ok', 'me-no-cash-no'] },
  { category: 'role', query: '资助专员 贷款回执过了日子没交', targets: ['en-loan-receipt'] },
  { category: 'role', query: '超市员工 出口报警 学生背着包', targets: ['mn-alarm', 'me-no-touch', 'me-alarm-sorry'] },
  { category: 'number', query: '8331199 挂失', targets: ['yj-affairs'] },
  { category: 'typo', query: '成绩单秘封', targets: ['en-transcript'] },
  { category: 'two-char', query: '查寝', targets: ['en-safety-check'] },
];

// ------------------------------------------------------------------ shanyuan-gas-scenic (杉原服务集团)
const SHANYUAN: SearchCase[] = [
  { category: 'exact', query: '抄表卡', targets: ['rn-read'] },
  { category: 'paraphrase', query: '家里一股煤气味先干嘛', targets: ['rn-leak-call', 're-leak-steps'] },
  { category: 'paraphrase', query: '欠了气费多久会断气', targets: ['rn-arrears'] },
  { category: 'paraphrase', query: '燃气表好像转得特别快', targets: ['rn-meter-test'] },
  { category: 'paraphrase', query: '带孩子爬山走散了', targets: ['jn-lost-child', 'jp-lost-child-process'] },
  { category: 'role', query: '安检员 敲了两回门住户都不在', targets: ['rn-nobody-home'] },
  { category: 'role', query: '安检员 住户问要不要换报警器', targets: ['rn-no-sell', 're-no-buy-or-stop'] },
  { category: 'role', query: '巡逻队员 有人翻栏杆拍照', targets: ['jn-railing', 'je-step-back'] },
  { category: 'role', query: '票务员 游客只想买门票不要索道', targets: ['jn-no-bundle', 'je-no-only-package'] },
  { category: 'number', query: '5288120 救援', targets: ['sy-scenic'] },
  { category: 'typo', query: '表前阀们', targets: ['rn-leak-call'] },
  { category: 'two-char', query: '回扣', targets: ['jn-guide-fee'] },
];

// ------------------------------------------------------------------ the example (云澜公用服务)
const EXAMPLE: SearchCase[] = [
  { category: 'exact', query: '叫号屏', targets: ['waiting-area-comfort'] },
  { category: 'paraphrase', query: '不停车收费读不到卡 叫我往后倒', targets: ['toll-etc-fallback'] },
  { category: 'paraphrase', query: '电话那头客服先挂我电话', targets: ['caller-hangs-up-first'] },
  { category: 'paraphrase', query: '快下班了 手里有号还给办吗', targets: ['no-early-close'] },
  { category: 'paraphrase', query: '抄表的数和系统对不上', targets: ['report-meter-mismatch'] },
  { category: 'role', query: '收费员 前车没交钱硬闯过去', targets: ['toll-no-chasing-gate-crashers'] },
  { category: 'role', query: '话务员 打电话来的人很激动', targets: ['calm-upset-callers'] },
  { category: 'role', query: '受理员 客户不想用自助机非要柜台', targets: ['no-forcing-self-service'] },
  { category: 'role', query: '柜员 轧账多出来钱', targets: ['report-cash-discrepancy'] },
  { category: 'number', query: '86645670 东收费所', targets: ['toll-east-station'] },
  { category: 'typo', query: '内转外部转', targets: ['handoff-by-work-order', 'no-bouncing-clients'] },
  { category: 'two-char', query: '外呼', targets: ['outbound-introduce-self'] },
];

// ------------------------------------------------------------------ mixed-district (青岚公服集团)
const MIXED: SearchCase[] = [
  { category: 'exact', query: '唱收唱付四步', targets: ['bq-sing-steps'] },
  { category: 'paraphrase', query: 'ATM把我卡吞了', targets: ['bk-card-retained'] },
  { category: 'paraphrase', query: '理财经理说这个产品跟存款一样稳', targets: ['bk-no-mis-selling', 'bv-mis-selling'] },
  { category: 'paraphrase', query: '公交司机开着门就走了', targets: ['bs-no-moving-open-door', 'bsv-open-door'] },
  { category: 'paraphrase', query: '俩人开房只拿一张证件', targets: ['ht-register-every-guest'] },
  { category: 'role', query: '驾驶员 有人拿老年卡上车', targets: ['bs-free-pass'] },
  { category: 'role', query: '柜员 点钞时顾客看不到', targets: ['bk-count-in-view'] },
  { category: 'role', query: '客房服务员 进房间前', targets: ['ht-knock'] },
  { category: 'role', query: '大堂经理 老人让我帮他按密码', targets: ['bk-no-password', 'bv-password'] },
  { category: 'number', query: '2826688 分理处', targets: ['bank-xiangyang-outlet'] },
  { category: 'typo', query: '风险承受能力评古', targets: ['bk-risk-assessment'] },
  { category: 'two-char', query: '零钞', targets: ['bv-refuse-cash'] },
];

// ------------------------------------------------------------------ three-level-power (禾川)
const THREE_LEVEL: SearchCase[] = [
  {
    category: 'exact',
    query: '集市流动服务台',
    targets: ['sx-market-day@songxi-county', 'sx-market-day-desk@songxi-county'],
  },
  { category: 'paraphrase', query: '家里入户线断了 算谁的', targets: ['pq-after-meter', 'pf-fault-side'] },
  { category: 'paraphrase', query: '村里管电的师傅电话贴在哪', targets: ['rg-contact-card'] },
  { category: 'paraphrase', query: '漏电开关多久试一回', targets: ['rg-leakage-protector'] },
  { category: 'paraphrase', query: '收的电费能不能先存自己卡上', targets: ['sp-no-private-account'] },
  { category: 'role', query: '收费员 军车过站', targets: ['tl-exempt'] },
  { category: 'role', query: '营业员 客户想让我们推荐施工队', targets: ['pb-no-designated-contractor'] },
  { category: 'role', query: '抢修人员 修完电 客户硬塞红包', targets: ['gs-no-gifts'] },
  { category: 'role', query: '台区经理 村民私接电线', targets: ['rg-no-private-wiring'] },
  { category: 'number', query: '7325598 松溪', targets: ['songxi-county'] },
  { category: 'typo', query: '私拉乱结', targets: ['rg-no-private-wiring'] },
  { category: 'two-char', query: '进村', targets: ['sp-village-days', 'bsp-village-visits@baishi-point'] },
];

// ------------------------------------------------------------------ chengchuan-water-bus (澄川)
const CHENGCHUAN: SearchCase[] = [
  { category: 'exact', query: '抄表通知', targets: ['meter-notice'] },
  { category: 'paraphrase', query: '自来水管爆了多久能修好', targets: ['water-repair'] },
  { category: 'paraphrase', query: '水压太小 楼上没水', targets: ['water-pressure'] },
  { category: 'paraphrase', query: '停水之前会不会通知', targets: ['water-stop-notice'] },
  { category: 'paraphrase', query: '老人腿脚不便过户能上门吗', targets: ['east-elderly-visit@water-east'] },
  { category: 'role', query: '驾驶员 车上人少 站台没人等', targets: ['bus-no-skip'] },
  { category: 'role', query: '抄表员 发现表后面在漏水', targets: ['service-norms-cc-4-12'] },
  { category: 'role', query: '接线员 用户打电话说家里停水', targets: ['service-norms-cc-3-9'] },
  { category: 'role', query: '司机 自动报站没声了', targets: ['bus-announce'] },
  { category: 'number', query: '2266000 公交', targets: ['bus-company'] },
  { category: 'typo', query: '首问则任人', targets: ['service-norms-cc-3-6'] },
  { category: 'two-char', query: '站稳', targets: ['bus-wait-elderly'] },
];

// ------------------------------------------------------------------ tongjiang-city (桐江城服)
const TONGJIANG: SearchCase[] = [
  { category: 'exact', query: '一米线', targets: ['th-one-meter'] },
  { category: 'paraphrase', query: '打车司机嫌近不拉', targets: ['tx-no-refuse', 'tjv-refuse-ride'] },
  {
    category: 'paraphrase',
    query: '租车押金多久退',
    targets: ['tx-rental-deposit', 'rental-deposit-return@tj-car-rental'],
  },
  { category: 'paraphrase', query: '看病多交的钱怎么退回来', targets: ['th-refund-route', 'hp-refund-route'] },
  { category: 'paraphrase', query: '住酒店早上叫我起床没人接', targets: ['tf-wake-up'] },
  { category: 'role', query: '总台 报房号', targets: ['tf-room-number-quiet'] },
  { category: 'role', query: '收费员 患者问挂哪个科', targets: ['th-no-choose-dept', 'hp-ask-guide'] },
  { category: 'role', query: '安检员 用户家里两次都没人', targets: ['tgs-not-home'] },
  { category: 'role', query: '驾驶员 乘客东西落车上', targets: ['tx-lost-item'] },
  { category: 'number', query: '3155119', targets: ['tj-gas'] },
  { category: 'typo', query: '预受权撤销', targets: ['hfc-preauth'] },
  { category: 'two-char', query: '叫车', targets: ['tf-call-taxi'] },
];

// ------------------------------------------------------------------ lanxi-civic (岚溪)
const LANXI: SearchCase[] = [
  { category: 'exact', query: '资格认证', targets: ['ls-cert-remind'] },
  { category: 'paraphrase', query: '寄个包裹为啥要拆开看', targets: ['lp-open-check'] },
  { category: 'paraphrase', query: '误了点 车票能换下一趟吗', targets: ['lr-missed-train'] },
  { category: 'paraphrase', query: '社会保障那张卡掉了 要等几天', targets: ['ls-instant-card'] },
  { category: 'paraphrase', query: '退休金怎么算的看不懂', targets: ['ls-pension-calc', 'ls-calc-explain'] },
  { category: 'role', query: '客运员 小孩一个人坐火车', targets: ['lr-child-alone'] },
  { category: 'role', query: '营业员 寄件人不肯开箱', targets: ['lp-open-check', 'lp-check-ask'] },
  { category: 'role', query: '营业员 帮别人取快递', targets: ['lp-proxy-pickup'] },
  { category: 'role', query: '引导员 老人看不清表', targets: ['ls-form-help'] },
  { category: 'number', query: '4点前寄的包裹当天发', targets: ['lpc-same-day'] },
  { category: 'typo', query: '灵活就叶', targets: ['ls-flexible-pay'] },
  { category: 'two-char', query: '破损', targets: ['lp-damage'] },
];

// ------------------------------------------------------------------ jichuan-ops (霁川)
const JICHUAN: SearchCase[] = [
  { category: 'exact', query: '备用柜台', targets: ['jac-checkin-queue'] },
  { category: 'paraphrase', query: '行李里塞了移动电源能托运不', targets: ['ja-lithium'] },
  { category: 'paraphrase', query: '飞机晚了两个多钟头 有没有吃的', targets: ['ja-delay-care'] },
  { category: 'paraphrase', query: '光纤刚接通 上网卡得很', targets: ['ct-speed-test'] },
  { category: 'paraphrase', query: '营业员给我爸推了个更贵的套餐', targets: ['ct-elder-upsell'] },
  { category: 'role', query: '值机员 乘客名字里有个字跟票上不一样', targets: ['ja-name-match'] },
  { category: 'role', query: '装维工程师 要迟到了', targets: ['ct-visit-call'] },
  { category: 'role', query: '值机员 问谁愿意坐应急出口', targets: ['ja-exit-row'] },
  { category: 'role', query: '售票员 游客没带老年证', targets: ['ws-free-ticket', 'sq-no-cheat'] },
  { category: 'number', query: '6196000', targets: ['jc-cable'] },
  { category: 'typo', query: '携号转往', targets: ['ct-port-out'] },
  { category: 'two-char', query: '光猫', targets: ['cf-remote'] },
];

// ------------------------------------------------------------------ yanzhou-heat-metro (雁洲)
const YANZHOU: SearchCase[] = [
  { category: 'exact', query: '暂停用热', targets: ['yh-stop-apply'] },
  { category: 'paraphrase', query: '散热器一半烫一半冰', targets: ['yh-bleed'] },
  { category: 'paraphrase', query: '今年不住了暖气能停吗', targets: ['yh-stop-apply'] },
  { category: 'paraphrase', query: '屋里才十五度 达标吗', targets: ['yhc-indoor-temp', 'hc-ok'] },
  { category: 'paraphrase', query: '坐过站了出不去闸', targets: ['ym-overtime'] },
  { category: 'role', query: '维修工 用户说要私下改暖气管子', targets: ['yh-no-private-job'] },
  { category: 'role', query: '站务员 乘客刷码进不去', targets: ['ym-card-fault', 'mq-card-check'] },
  { category: 'role', query: '安检员 乘客带了一瓶水', targets: ['ym-security'] },
  { category: 'role', query: '站务员 有人在闸机口倒地不起', targets: ['ym-sick', 'yz-metro-sick-process'] },
  { category: 'number', query: '2296110', targets: ['yz-heat'] },
  { category: 'typo', query: '开拴供热', targets: ['yhc-open-days'] },
  { category: 'two-char', query: '扶梯', targets: ['ym-escalator'] },
];

// ------------------------------------------------------------------ luping-estate-insure (安和集团)
const LUPING: SearchCase[] = [
  { category: 'exact', query: '犹豫期', targets: ['ai-cooling-off'] },
  { category: 'paraphrase', query: '买了保险后悔了 能退全款吗', targets: ['ai-cooling-off'] },
  { category: 'paraphrase', query: '物业为了催费把我家水停了', targets: ['ae-arrears'] },
  { category: 'paraphrase', query: '邻居周末一大早就砸墙', targets: ['ae-renovate-hours'] },
  { category: 'paraphrase', query: '电梯里关住人了', targets: ['ae-elevator', 'aec-elevator'] },
  { category: 'role', query: '查勘员 在高速上看现场', targets: ['iq-vest'] },
  { category: 'role', query: '定损员 客户想去自己熟的修理厂', targets: ['ai-no-lowball', 'iq-no-go-garage'] },
  { category: 'role', query: '保安 送快递的要进楼', targets: ['ae-visitor', 'eq-visitor-ask'] },
  { category: 'role', query: '秩序维护员 业主遛狗不牵绳', targets: ['ae-pet'] },
  { category: 'number', query: '5518800', targets: ['lp-estate'] },
  { category: 'typo', query: '退保损矢', targets: ['ai-surrender'] },
  { category: 'two-char', query: '报价', targets: ['ae-repair-fee'] },
];

// ------------------------------------------------------------------ fenggang-fund-inspect (枫港公服集团)
const FENGGANG: SearchCase[] = [
  { category: 'exact', query: '电子检验标志', targets: ['vic-report', 'vi-report'] },
  { category: 'paraphrase', query: '租房子住能取公积金吗', targets: ['fd-withdraw-rent'] },
  { category: 'paraphrase', query: '换城市上班了 以前交的那笔住房钱怎么转', targets: ['fd-transfer', 'fdc-transfer'] },
  { category: 'paraphrase', query: '新车几年不用上线检', targets: ['vi-exempt'] },
  { category: 'paraphrase', query: '车检没过 修好再来还要全套钱吗', targets: ['vi-retest', 'vic-retest'] },
  { category: 'role', query: '引车员 车主把手机落车里', targets: ['vi-key-handover'] },
  { category: 'role', query: '检测员 车主问到底哪一项没过', targets: ['vi-fail-explain'] },
  { category: 'role', query: '贷款受理员 借款人好几个月没还', targets: ['fd-loan-overdue'] },
  { category: 'role', query: '柜员 有人拿假租房合同来取钱', targets: ['fd-no-fake'] },
  { category: 'number', query: '单身租房一年最多取1.8万', targets: ['fd-withdraw-rent'] },
  { category: 'typo', query: '租房提娶', targets: ['fd-withdraw-rent'] },
  { category: 'two-char', query: '首付', targets: ['fd-loan-second'] },
];

// ------------------------------------------------------------------ meiao-deed-notary (梅岙便民集团)
const MEIAO: SearchCase[] = [
  { category: 'exact', query: '调查函', targets: ['dd-lawyer-query'] },
  { category: 'paraphrase', query: '房产证丢了要登报吗', targets: ['dd-lost-cert'] },
  { category: 'paraphrase', query: '房子让法院贴了封条 还能过户吗', targets: ['dd-seizure'] },
  { category: 'paraphrase', query: '老人想写遗嘱 要几个人作证', targets: ['nn-will'] },
  { category: 'paraphrase', query: '孩子出国读书 毕业证要公证', targets: ['nn-abroad'] },
  { category: 'role', query: '受理员 卖房的一方人在外地来不了', targets: ['dd-both-present'] },
  { category: 'role', query: '查档员 律师来查别人房子', targets: ['dd-lawyer-query'] },
  { category: 'role', query: '公证员 要办的是自己亲戚的事', targets: ['nn-recusal'] },
  { category: 'role', query: '发证员 领证的人说名字写错了', targets: ['dd-correction', 'dd-cert-check'] },
  { category: 'number', query: '2265100 不动产', targets: ['ma-deed'] },
  { category: 'typo', query: '抵押注消', targets: ['dd-mortgage'] },
  { category: 'two-char', query: '继承', targets: ['dd-inherit', 'nn-inherit'] },
];

// ------------------------------------------------------------------ huaiyang-affairs-library (南塘公服办)
const NANTANG: SearchCase[] = [
  { category: 'exact', query: '绘本故事会', targets: ['ln-story'] },
  { category: 'paraphrase', query: '书晚还了几天要罚钱吗', targets: ['ln-overdue'] },
  { category: 'paraphrase', query: '借书证丢了', targets: ['ln-card-lost'] },
  { category: 'paraphrase', query: '开小卖部办照要等几天', targets: ['an-permit', 'ac-permit'] },
  { category: 'paraphrase', query: '看不见的人图书馆能听书吗', targets: ['ln-blind'] },
  { category: 'role', query: '导办员 大娘拿着老年机不会预约', targets: ['an-guide'] },
  { category: 'role', query: '少儿馆员 三岁小孩自己跑进来', targets: ['ln-kids-area'] },
  { category: 'role', query: '评价回访员 收到一个非常不满意', targets: ['an-bad-review', 'ac-bad-review'] },
  { category: 'role', query: '馆员 读者带着泡面进阅览室', targets: ['ln-no-food'] },
  { category: 'number', query: '7125800 政务', targets: ['hy-affairs'] },
  { category: 'typo', query: '告知成诺', targets: ['an-pledge'] },
  { category: 'two-char', query: '借期', targets: ['ln-lend-limit'] },
];

export const TWENTY_THIRD_HELD_ASIDE: OrgQueries[] = [
  { content: 'test/fixtures/search-orgs/ruochuan-census-tax', cases: RUOCHUAN },
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
