/**
 * A sixteenth held-aside query set (issue 14), over a new organisation written for it — the fixture
 * test/fixtures/search-orgs/shanyuan-gas-scenic (杉原市公用与文旅服务集团: a city gas company's customer
 * service hall with a district service station under it, and a mountain scenic area's visitor centre;
 * kept out of test/fixtures/orgs so the suite does not build it) — and over the twelve organisations of
 * the fifteenth set: the example, mixed-district, three-level-power, chengchuan-water-bus,
 * tongjiang-city, lanxi-civic, jichuan-ops, yanzhou-heat-metro, luping-estate-insure,
 * fenggang-fund-inspect, meiao-deed-notary and huaiyang-affairs-library. Written by the "blind16" helper
 * session, which also wrote the new organisation's content; no search engine and no synonym list has
 * seen that content.
 *
 * What the writer read: /work/shared/DOMAIN.md, README.md's content-format section,
 * test/fixtures/search-orgs/README.md, the huaiyang-affairs-library fixture (whole — the model for the
 * new organisation's shape), the commits that made the fifteenth set (3253b67, 2a947a3: the fixture,
 * the query file, the benches' wiring, the README paragraph and the soundness test), the fourteenth and
 * fifteenth query files, test/search-queries/types.ts and items.ts, test/search-queries.test.ts, the
 * industry, conduct-topic and inspection-kind lists of src/model/schema, and a throwaway listing of the
 * item ids of the twelve earlier organisations with the text items.ts says the site shows for each
 * (the first 75 characters) and how many earlier query files aimed at it (counted from their target
 * ids; no earlier query was printed), with the id, name and hotlines of their units, their roles and the
 * heading ids of their MDX pages. The soundness test listed this set's queries that repeated an earlier
 * one or shared a run of three with a target; they were replaced or reworded.
 * What it did NOT read: anything under src/search/, any synonym file (src/search/default-synonyms.yaml,
 * content/synonyms.yaml, a fixture's synonyms.yaml — the new organisation has none, and no
 * `keywords:`), any `keywords:` list in content, bench/results/, the seed documents beyond DOMAIN.md's
 * account of them (seed-overlap.py finds no shared run with the new organisation), the earlier sets'
 * queries beyond the fourteenth and fifteenth files, the messages of commits touching src/search. The
 * search engine has NOT been run on these queries, no ranking of them has been looked at, no site was
 * built for them and no search bench was run: not yet run. None of the queries was adapted to a
 * synonym. (Run once at 9c145af, in Chromium: bench/results/search16-sixteenth.md; the set is now
 * spent, tuning material.)
 *
 * 233 queries: 89 on the new organisation (38 %), 12 on each of the twelve earlier ones (one exact term,
 * four paraphrases, four role or situation queries, a phone number, a typo and a two-character term).
 * 92 paraphrases and questions (39 %), 70 role and situation queries (30 %), then 17 exact terms, 18
 * numbers and phone numbers (most without their area code, most with a word beside the number, one with
 * the area code set apart by a space, one a count of visitors, one an hour of notice), 18 typos (a wrong
 * character of the same sound, traditional characters) and 18 two-character terms. On the new
 * organisation the targets spread over clauses, the district station's own copies (the reworded
 * inspection clause and the added farm-stay kitchen clause under its filter, its own commitment; the
 * reworded knock-on-the-door phrase and the longer ignition param under its filter), phrases, forbidden
 * phrases, conduct rules, a rule set, two processes and their steps, commitments, violations, an award,
 * the service guide, the units' phone numbers and the four sections of the MDX page. Written as staff
 * and the public type on a phone at a gas company's counter, on its hotline and at the door of a home,
 * in a mountain district's villages, and at a scenic area's ticket windows, visitor desk, first-aid
 * post and trails, and at the counters of the earlier organisations — their words (臭鸡蛋味, 掐气, 网购, 老妈, 玉器, 崴脚, 农庄,
 * 拉菜的货车, 脏兮兮, 泡面), not the content's. No paraphrase is a substring of its target's text, and
 * none shares a run of three letters or digits with it (nor with the whole page of a page section it
 * aims at). A query that names the district station carries its filter; several targets are listed where
 * a clerk would be equally served.
 */
import type { OrgQueries } from './fresh-held-aside.ts';
import type { SearchCase } from './types.ts';

const DONGLING = { unit: 'sy-gas-dongling' };

// ------------------------------------------------------------------ the new organisation (杉原服务集团)
const SHANYUAN: SearchCase[] = [
  // exact terms
  { category: 'exact', query: '防走失手环', targets: ['jn-wristband'] },
  { category: 'exact', query: '四个到位', targets: ['se-four-place'] },
  { category: 'exact', query: '通气点火', targets: ['rn-ignite', 'rc-ignite', 'ra-ignite'] },
  { category: 'exact', query: '禁止估抄', targets: ['rn-no-guess'] },
  { category: 'exact', query: '安全卫士', targets: ['sa-safety-guard'] },

  // paraphrases and questions
  { category: 'paraphrase', query: '厨房里一股臭鸡蛋味 先干嘛', targets: ['rn-leak-call', 're-leak-steps'] },
  { category: 'paraphrase', query: '闻着像煤气漏了 打哪个号码', targets: ['rn-leak-call', 'rc-hotline'] },
  { category: 'paraphrase', query: '报了漏气 师傅多久能赶过来', targets: ['rc-leak-arrive'] },
  { category: 'paraphrase', query: '刚买的二手房 燃气户名怎么改成我', targets: ['rn-transfer'] },
  {
    category: 'paraphrase',
    query: '新房头回通气 要办啥',
    targets: ['rs-open-account-guide', 'rp-new-account-process', 'rn-open'],
  },
  { category: 'paraphrase', query: '开完户几天能来人点火', targets: ['rc-ignite', 'rn-ignite', 'ra-ignite'] },
  { category: 'paraphrase', query: '微信付了气钱 表上余额没变', targets: ['rn-card-buy'] },
  { category: 'paraphrase', query: '买气的卡找不到了 剩的气会不会没了', targets: ['rn-card-replace'] },
  { category: 'paraphrase', query: '怀疑燃气表不准 多收了钱 咋弄', targets: ['rn-meter-test'] },
  { category: 'paraphrase', query: '抄表的人根本没来过 账单上的数是编的', targets: ['rn-no-guess', 'sav-guess'] },
  { category: 'paraphrase', query: '白天上班家里没人 安检能晚上来吗', targets: ['rn-nobody-home'] },
  { category: 'paraphrase', query: '来查气的师傅硬要我买他带的探测器', targets: ['rn-no-sell', 'sav-sell'] },
  { category: 'paraphrase', query: '查出来胶皮管子老化了 要签什么字', targets: ['rn-hazard'] },
  { category: 'paraphrase', query: '淋浴房里挂着烧气的热水炉 算隐患吗', targets: ['rn-hazard'] },
  { category: 'paraphrase', query: '欠了几个月气费 会突然断气吗', targets: ['rn-arrears'] },
  { category: 'paraphrase', query: '大年三十会不会被掐气', targets: ['rn-arrears'] },
  { category: 'paraphrase', query: '气费补齐了 还要等多久才能做饭', targets: ['rc-restore', 'rn-restore'] },
  {
    category: 'paraphrase',
    query: '楼下挖路要断几天气 会先说一声吗',
    targets: ['rn-planned-stop', 'rc-stop-notice'],
  },
  { category: 'paraphrase', query: '网购了一台灶 你们师傅肯上门装吗', targets: ['rn-appliance'] },
  { category: 'paraphrase', query: '装修时把气表藏到吊柜里头行不行', targets: ['rn-no-hide'] },
  { category: 'paraphrase', query: '饭馆要开通天然气 先得干啥', targets: ['rn-shop'] },
  { category: 'paraphrase', query: '七十多岁老爷子进山要门票吗', targets: ['jn-free-half'] },
  { category: 'paraphrase', query: '学生证能打折不', targets: ['jn-free-half', 'je-ask-discount'] },
  { category: 'paraphrase', query: '票买了临时不想去了 钱能退吗', targets: ['jn-refund', 'jc-refund-day'] },
  {
    category: 'paraphrase',
    query: '光要进山的票 窗口硬塞缆车票',
    targets: ['jn-no-bundle', 'je-no-only-package'],
  },
  {
    category: 'paraphrase',
    query: '孩子在山上跟丢了 找谁',
    targets: ['jn-lost-child', 'jp-lost-child-process'],
  },
  { category: 'paraphrase', query: '手机落在观景台了 去哪问', targets: ['jn-lost-found'] },
  { category: 'paraphrase', query: '爬山时有人崴脚走不动了', targets: ['jn-first-aid', 'jc-aid-five'] },
  { category: 'paraphrase', query: '大热天游客晕过去了 医生多久到', targets: ['jc-aid-five', 'jn-first-aid'] },
  { category: 'paraphrase', query: '老妈腿脚不好 有代步的椅子可以租吗', targets: ['jn-borrow'] },
  { category: 'paraphrase', query: '节假日人太多 会不会不让进', targets: ['jn-capacity'] },
  { category: 'paraphrase', query: '排队排了快一个钟头', targets: ['jn-queue'] },
  { category: 'paraphrase', query: '导游把我们拉去买玉器', targets: ['jn-guide-fee', 'sav-shop'] },
  { category: 'paraphrase', query: '有没有不要钱的讲解', targets: ['jn-free-talk', 'jc-free-talk'] },
  { category: 'paraphrase', query: '讲解员讲的故事是不是瞎编的', targets: ['jn-true-story'] },
  {
    category: 'paraphrase',
    query: '对景区服务不满意 多久给回话',
    targets: ['jn-complaint-desk', 'sc-complaint'],
  },
  { category: 'paraphrase', query: '十一长假上山要提前约吗', targets: ['national-day-2027#一景区预约与限流'] },
  {
    category: 'paraphrase',
    query: '国庆那几天爬到一半 哪里能找医生',
    targets: ['national-day-2027#二游客中心延时和临时医务点'],
  },
  { category: 'paraphrase', query: '放假期间东岭那边能买气吗', targets: ['national-day-2027#三燃气抢险值守'] },
  { category: 'paraphrase', query: '过完节 啥时候开始上门查燃气', targets: ['national-day-2027#四节后入户安检'] },
  {
    category: 'paraphrase',
    query: '东岭山里搞农庄接客的 煤气罐谁来查',
    targets: ['dl-farm-stay@sy-gas-dongling'],
    filters: DONGLING,
  },
  {
    category: 'paraphrase',
    query: '东岭 下了大雪后管子有人巡吗',
    targets: ['dl-snow-patrol@sy-gas-dongling'],
    filters: DONGLING,
  },
  {
    category: 'paraphrase',
    query: '东岭 查煤气的几时到我们村 会先在群里说吗',
    targets: ['rn-yearly-check@sy-gas-dongling'],
    filters: DONGLING,
  },
  {
    category: 'paraphrase',
    query: '东岭服务站 开户后多久点上火',
    targets: ['rc-ignite', 'rn-ignite'],
    filters: DONGLING,
  },

  // role and situation
  {
    category: 'role',
    query: '话务员 接到说家里有煤气味的电话',
    targets: ['re-leak-steps', 'rn-leak-call'],
  },
  { category: 'role', query: '抢险队员 到了漏气的楼里 先做什么', targets: ['rn-crew-go'] },
  { category: 'role', query: '安检员 敲门第一句怎么说', targets: ['re-knock'] },
  { category: 'role', query: '安检员 进屋前要做啥', targets: ['re-shoe-cover', 'sn-card'] },
  { category: 'role', query: '安检员 查完了走之前说什么', targets: ['re-leave-clean'] },
  { category: 'role', query: '柜台 给用户充气 钱怎么报', targets: ['re-cash-in'] },
  { category: 'role', query: '营业员 用户嫌钱数不对', targets: ['re-no-count-yourself', 're-cash-in'] },
  { category: 'role', query: '催费的时候 能说再不交就停气吗', targets: ['re-no-threat', 're-owe'] },
  { category: 'role', query: '抄表员 敲门没人应', targets: ['rn-read'] },
  { category: 'role', query: '安装工 给新户点火时要交代什么', targets: ['rn-ignite', 'ra-ignite'] },
  { category: 'role', query: '营业厅受理员 用户来办过户 要什么', targets: ['rn-transfer'] },
  { category: 'role', query: '售票员 一家人来买票 怎么问', targets: ['je-ask-discount', 'jn-free-half'] },
  {
    category: 'role',
    query: '咨询员 家长哭着说孩子不见了',
    targets: ['jn-lost-child', 'jp-lost-child-process', 'jl-record'],
  },
  { category: 'role', query: '广播 寻找走散的小孩怎么念', targets: ['je-broadcast-child'] },
  { category: 'role', query: '巡逻员 看到游客爬到护栏外', targets: ['je-step-back', 'jn-railing'] },
  { category: 'role', query: '巡逻 劝游客时手怎么放', targets: ['je-soft-hand'] },
  { category: 'role', query: '值班经理 十五分钟还没找到孩子', targets: ['jl-police'] },
  { category: 'role', query: '讲解员 外国团要英文讲解', targets: ['jn-true-story'] },
  { category: 'role', query: '服务台 游客送来捡到的钱包', targets: ['jn-lost-found'] },
  { category: 'role', query: '检票口 人排到广场上了', targets: ['jn-queue'] },
  { category: 'role', query: '东岭站安检员 进村入户怎么开口', targets: ['re-knock'], filters: DONGLING },
  { category: 'role', query: '我们搞错了 怎么给人赔不是', targets: ['se-our-fault'] },

  // numbers and phone numbers
  { category: 'number', query: '5236119', targets: ['sy-gas'] },
  { category: 'number', query: '0763 5288120 山上受伤', targets: ['sy-scenic'] },
  { category: 'number', query: '5471203 东岭', targets: ['sy-gas-dongling'] },
  { category: 'number', query: '一天能进两万人吗', targets: ['jn-capacity'] },
  { category: 'number', query: '监督电话5218890', targets: ['sc-supervise'] },
  { category: 'number', query: '停气提前48小时', targets: ['rc-stop-notice', 'rn-planned-stop'] },

  // typos: a wrong character of the same sound, traditional characters
  { category: 'typo', query: '燃气泄露怎么办', targets: ['rn-leak-call', 're-leak-steps'] },
  { category: 'typo', query: '走失兒童', targets: ['jn-lost-child', 'jp-lost-child-process'] },
  { category: 'typo', query: '優惠票', targets: ['jn-free-half'] },
  { category: 'typo', query: '入户安减', targets: ['rn-yearly-check', 'rc-free-check'] },
  { category: 'typo', query: '失物召领', targets: ['jn-lost-found'] },
  { category: 'typo', query: '燃汽卡充值', targets: ['rn-card-buy'] },

  // two-character terms
  { category: 'two-char', query: '更名', targets: ['rn-transfer'] },
  { category: 'two-char', query: '补卡', targets: ['rn-card-replace'] },
  { category: 'two-char', query: '满额', targets: ['jn-capacity'] },
  { category: 'two-char', query: '手环', targets: ['jn-wristband'] },
  { category: 'two-char', query: '估抄', targets: ['rn-no-guess', 'sav-guess'] },
  { category: 'two-char', query: '点火', targets: ['rn-ignite', 'ra-ignite', 'rc-ignite'] },
];

// ------------------------------------------------------------------ the example (云澜公用服务)
const EXAMPLE: SearchCase[] = [
  { category: 'exact', query: '挺胸收腹', targets: ['standing-posture'] },
  { category: 'paraphrase', query: '上高速身上没带钱 收费员能说难听话吗', targets: ['forbid-no-money-no-highway'] },
  { category: 'paraphrase', query: '有人打电话来骂 每一条都要记本子上吗', targets: ['register-every-complaint'] },
  {
    category: 'paraphrase',
    query: '新房子要通自来水 从交材料到出水要多少天',
    targets: ['water-new-connection', 'water-connection-process'],
  },
  { category: 'paraphrase', query: '站着接待的时候 手该放哪', targets: ['standing-posture'] },
  { category: 'role', query: '收费员 司机递卡之前怎么开口', targets: ['toll-show-card'] },
  { category: 'role', query: '营业员 客户进门先让他拿号', targets: ['greet-take-number'] },
  { category: 'role', query: '话务员 挂电话前说什么', targets: ['hotline-closing'] },
  {
    category: 'role',
    query: '值班长 投诉客户不接受解释',
    targets: ['complaint-resolved-on-spot', 'complaint-leader-settled'],
  },
  { category: 'number', query: '86608110 高速救援', targets: ['toll-east-station'] },
  { category: 'typo', query: '抛擲現金', targets: ['violation-cash-not-announced', 'toll-announce-fare'] },
  { category: 'two-char', query: '站姿', targets: ['standing-posture', 'si-posture-expression'] },
];

// ------------------------------------------------------------------ mixed-district (青岚公服集团)
const MIXED: SearchCase[] = [
  { category: 'exact', query: '理财销售', targets: ['bk-wealth'] },
  { category: 'paraphrase', query: '来宾馆住 同行的朋友也要登记证件吗', targets: ['hq-welcome'] },
  { category: 'paraphrase', query: '公交车上有人磨叽 司机吼着催', targets: ['bb-no-hurry'] },
  { category: 'paraphrase', query: '投诉完以后会有人打电话问我满不满意吗', targets: ['gp-callback'] },
  { category: 'paraphrase', query: '去银行开户 证件不齐被拒了', targets: ['ba-docs-complete', 'ba-refused'] },
  { category: 'role', query: '柜员 办业务前核对身份', targets: ['bq-ask-id'] },
  { category: 'role', query: '窗口 客户说是你们弄错的', targets: ['ge-no-not-my-fault'] },
  { category: 'role', query: '员工 群众来了头都不抬', targets: ['ge-smile'] },
  { category: 'role', query: '客服 不知道答案 叫人家打别的电话', targets: ['ge-no-ask-someone-else'] },
  { category: 'number', query: '2851888 订房', targets: ['hotel-qinglan'] },
  { category: 'typo', query: '一次告之', targets: ['grp-tell-once', 'gc-tell-once'] },
  { category: 'two-char', query: '欠身', targets: ['gc-rise-to-greet'] },
];

// ------------------------------------------------------------------ three-level-power (禾川)
const THREE_LEVEL: SearchCase[] = [
  { category: 'exact', query: '电能表计量校验', targets: ['hc-meter-check'] },
  { category: 'paraphrase', query: '交不起高速费 不让人走', targets: ['tq-no-pay-or-stay'] },
  { category: 'paraphrase', query: '拉菜的货车过收费站要不要钱', targets: ['tq-green-open', 'tq-green-pass'] },
  { category: 'paraphrase', query: '电工进门修线没给看证件 罚吗', targets: ['pv-no-id', 'pb-repair-id'] },
  { category: 'paraphrase', query: '守在站里的人要记什么本子', targets: ['sp-log'] },
  { category: 'role', query: '收费员 找零随手扔出去', targets: ['tv-throw'] },
  { category: 'role', query: '营业员 收电费现金', targets: ['pb-cash-announce', 'pq-received'] },
  { category: 'role', query: '客服专员 确认报修地址', targets: ['pq-repair-confirm'] },
  { category: 'role', query: '员工 客户怀孕了来办事', targets: ['gs-priority'] },
  { category: 'number', query: '8877000 收费站', targets: ['hc-toll-west'] },
  { category: 'typo', query: '亮成诺', targets: ['hg-three-lights'] },
  { category: 'two-char', query: '校验', targets: ['hc-meter-check'] },
];

// ------------------------------------------------------------------ chengchuan-water-bus (澄川)
const CHENGCHUAN: SearchCase[] = [
  { category: 'exact', query: '人工报站', targets: ['bus-announce'] },
  { category: 'paraphrase', query: '车厢里座位脏兮兮的', targets: ['bus-clean'] },
  { category: 'paraphrase', query: '公交车过站不停', targets: ['v-skip-stop'] },
  { category: 'paraphrase', query: '营业员把我的手机号泄漏出去', targets: ['v-leak-info'] },
  { category: 'paraphrase', query: '一季度次次考满分 有啥荣誉', targets: ['star-clerk'] },
  { category: 'role', query: '驾驶员 车上挤 乘客往里走', targets: ['bus-board-hello'] },
  { category: 'role', query: '问路 司机说自己看站牌', targets: ['bus-way-rude'] },
  { category: 'role', query: '收费窗口 找钱给用户', targets: ['water-cash-change'] },
  { category: 'role', query: '接线员 问用户编号', targets: ['water-ask-account'] },
  { category: 'number', query: '2218800 投诉', targets: ['bus-complaint', 'water-reply'] },
  { category: 'typo', query: '书面整该报告', targets: ['below-80'] },
  { category: 'two-char', query: '站名', targets: ['bus-announce'] },
];

// ------------------------------------------------------------------ tongjiang-city (桐江城服)
const TONGJIANG: SearchCase[] = [
  { category: 'exact', query: '退费申请单', targets: ['th-refund-papers'] },
  { category: 'paraphrase', query: '预约了专家号 晚到半小时还能看吗', targets: ['th-appointment-pickup'] },
  { category: 'paraphrase', query: '打车不打表 司机一口价', targets: ['tx-meter'] },
  { category: 'paraphrase', query: '医保看病 自己掏多少 单子上分开写吗', targets: ['th-insurance-settle'] },
  { category: 'paraphrase', query: '来家里修燃气的师傅点烟', targets: ['gs-no-smoke-home'] },
  { category: 'role', query: '收费窗口 中午吃饭还留人吗', targets: ['th-lunch-window'] },
  { category: 'role', query: '出租司机 乘客要发票', targets: ['tx-receipt'] },
  { category: 'role', query: '饭店总台 客人登记入住 同住的人', targets: ['tf-id-check'] },
  { category: 'role', query: '营业厅 老人不会用自助充值机', targets: ['tgs-self-machine'] },
  { category: 'number', query: '3155119 漏气', targets: ['tj-gas'] },
  { category: 'typo', query: '人证必对', targets: ['tf-id-check'] },
  { category: 'two-char', query: '计价', targets: ['tx-meter'] },
];

// ------------------------------------------------------------------ lanxi-civic (岚溪)
const LANXI: SearchCase[] = [
  { category: 'exact', query: '岗位牌', targets: ['lg-nameplate'] },
  { category: 'paraphrase', query: '中午去办社保 窗口会不会都关了', targets: ['lg-lunch'] },
  { category: 'paraphrase', query: '火车站丢了东西 打电话报了多久有消息', targets: ['lrc-lost-reply'] },
  { category: 'paraphrase', query: '邮件放在柜台上自取 最多留多久', targets: ['lp-keep-days'] },
  { category: 'paraphrase', query: '办事员走开好久不回来 罚不罚', targets: ['lxv-leave-post'] },
  { category: 'role', query: '窗口人员 离开座位时桌上的牌子', targets: ['lg-nameplate'] },
  { category: 'role', query: '员工 群众在面前同事闲聊', targets: ['lq-no-chat'] },
  { category: 'role', query: '值班长 这个月只得了七十出头', targets: ['lxa-below-75'] },
  { category: 'role', query: '社保窗口 老人听不懂普通话', targets: ['lg-dialect'] },
  { category: 'number', query: '8640185 寄件', targets: ['lx-post'] },
  { category: 'typo', query: '監督電話', targets: ['lxc-supervise'] },
  { category: 'two-char', query: '轮岗', targets: ['lg-lunch'] },
];

// ------------------------------------------------------------------ jichuan-ops (霁川)
const JICHUAN: SearchCase[] = [
  { category: 'exact', query: '客人表扬奖', targets: ['jca-praise'] },
  { category: 'paraphrase', query: '装宽带时顺手给我开了收费的业务', targets: ['ct-no-bundle'] },
  { category: 'paraphrase', query: '营业员把我的通话记录给别人看了', targets: ['jcv-leak', 'jg-privacy'] },
  { category: 'paraphrase', query: '值机那里排了好久 有没有多开柜台', targets: ['jac-checkin-queue'] },
  { category: 'paraphrase', query: '望岫山 有人在山路上喊救命 多久来人', targets: ['wsc-rescue'] },
  { category: 'role', query: '宽带师傅 在客户家干完活', targets: ['ct-shoe-cover'] },
  { category: 'role', query: '服务员 旅客坐轮椅上飞机', targets: ['ja-wheelchair'] },
  { category: 'role', query: '游客中心 有人心脏骤停', targets: ['ws-aed'] },
  { category: 'role', query: '员工 客人吵起来了', targets: ['jg-calm'] },
  { category: 'number', query: '6196000 宽带', targets: ['jc-cable'] },
  { category: 'typo', query: '四个壹', targets: ['jq-four-ones'] },
  { category: 'two-char', query: '人像', targets: ['ct-real-name'] },
];

// ------------------------------------------------------------------ yanzhou-heat-metro (雁洲)
const YANZHOU: SearchCase[] = [
  { category: 'exact', query: '停热退费', targets: ['yhc-refund'] },
  { category: 'paraphrase', query: '交暖气费只让扫码 现钱不要了吗', targets: ['yh-pay-ways'] },
  { category: 'paraphrase', query: '散热器一半烫一半冰 有咕噜声', targets: ['yh-bleed'] },
  { category: 'paraphrase', query: '坐地铁超时出站要补多少钱', targets: ['ym-overtime'] },
  { category: 'paraphrase', query: '家里老人一个人住 供暖后会来量温度吗', targets: ['yh-elder-care'] },
  { category: 'role', query: '站务员 乘客问几号口出去', targets: ['ym-wayfinding'] },
  { category: 'role', query: '安检员 包里查出充电宝', targets: ['ym-security'] },
  { category: 'role', query: '维修工 约好上门没去成', targets: ['yzv-no-show'] },
  { category: 'role', query: '交接班 没办完的事', targets: ['yg-handover'] },
  { category: 'number', query: '2296110 暖气', targets: ['yz-heat'] },
  { category: 'typo', query: '三道服务', targets: ['yq-three-to'] },
  { category: 'two-char', query: '放气', targets: ['yh-bleed'] },
];

// ------------------------------------------------------------------ luping-estate-insure (安和集团)
const LUPING: SearchCase[] = [
  { category: 'exact', query: '楼道保洁', targets: ['aec-cleaning'] },
  { category: 'paraphrase', query: '快递放物业前台 能放几天', targets: ['ae-parcel'] },
  { category: 'paraphrase', query: '修水管之前能先告诉我多少钱吗', targets: ['ae-repair-fee'] },
  { category: 'paraphrase', query: '买保险后半个月内反悔能退吗', targets: ['ai-cooling-off'] },
  { category: 'paraphrase', query: '车被水淹了 怎么报案', targets: ['ai-storm'] },
  { category: 'role', query: '物业前台 业主要录人脸进门', targets: ['ae-access-card'] },
  { category: 'role', query: '查勘员 现场拍照要拍哪些', targets: ['ai-photo'] },
  { category: 'role', query: '柜面专员 客户问这保险跟存钱一样吗', targets: ['ai-no-mislead'] },
  { category: 'role', query: '秩序员 有人遛狗不牵绳', targets: ['ae-pet'] },
  { category: 'number', query: '5529500 报案', targets: ['lp-insure'] },
  { category: 'typo', query: '犹豫其', targets: ['ai-cooling-off'] },
  { category: 'two-char', query: '保全', targets: ['ai-change'] },
];

// ------------------------------------------------------------------ fenggang-fund-inspect (枫港公服集团)
const FENGGANG: SearchCase[] = [
  { category: 'exact', query: '不经代办', targets: ['vic-no-agent'] },
  {
    category: 'paraphrase',
    query: '想看看账户里交了多少 打个单子要钱吗',
    targets: ['fd-statement', 'fdc-no-fee'],
  },
  { category: 'paraphrase', query: '公积金贷款晚还了 会找到我同事那去吗', targets: ['fd-loan-overdue'] },
  { category: 'paraphrase', query: '卧床的老人要把公积金全取出来 能上门吗', targets: ['fd-home-visit'] },
  { category: 'paraphrase', query: '验车没通过 到底卡在哪儿', targets: ['vi-fail-explain'] },
  { category: 'role', query: '检测员 车主问去哪家修', targets: ['vi-no-repair-push'] },
  { category: 'role', query: '登记员 行驶证和车架号对不上', targets: ['vi-papers'] },
  { category: 'role', query: '柜员 单位第一次来开户', targets: ['fd-open-account'] },
  { category: 'role', query: '大厅 中午吃饭轮班', targets: ['gg-lunch'] },
  { category: 'number', query: '3397120 验车', targets: ['fg-inspect'] },
  { category: 'typo', query: '三不譲', targets: ['gq-three-nots'] },
  { category: 'two-char', query: '基数', targets: ['fd-base-adjust'] },
];

// ------------------------------------------------------------------ meiao-deed-notary (梅岙便民集团)
const MEIAO: SearchCase[] = [
  { category: 'exact', query: '公证卷宗抽查', targets: ['mga-files'] },
  { category: 'paraphrase', query: '房产证丢了 补一本要等多久', targets: ['dd-lost-cert'] },
  { category: 'paraphrase', query: '律师能不能查别人名下的房子', targets: ['dd-lawyer-query'] },
  { category: 'paraphrase', query: '卖房那一方在外地回不来', targets: ['dd-both-present'] },
  { category: 'paraphrase', query: '抽签摇奖请公证处的人来盯着', targets: ['nn-scene'] },
  { category: 'role', query: '公证员 老人住院了要办公证', targets: ['nn-home'] },
  { category: 'role', query: '公证员助理 出国留学的材料要翻译吗', targets: ['nn-abroad'] },
  { category: 'role', query: '窗口 有中介要我帮着留号', targets: ['gm-no-broker', 'mgv-broker'] },
  { category: 'role', query: '导办员 老人不会填表', targets: ['gm-help-fill'] },
  { category: 'number', query: '2278800 公证', targets: ['ma-notary'] },
  { category: 'typo', query: '五星服务', targets: ['ge-five-hearts'] },
  { category: 'two-char', query: '摇号', targets: ['nn-scene'] },
];

// ------------------------------------------------------------------ huaiyang-affairs-library (南塘公服办)
const NANTANG: SearchCase[] = [
  { category: 'exact', query: '电子读者证', targets: ['ln-e-card'] },
  { category: 'paraphrase', query: '订好的那本已经来了 给我留几天', targets: ['ln-hold'] },
  { category: 'paraphrase', query: '看书的地方能不能吃泡面', targets: ['ln-no-food'] },
  { category: 'paraphrase', query: '家里旧书想送给你们 什么都要吗', targets: ['ln-donate'] },
  { category: 'paraphrase', query: '眼睛看不见的人 能来听书吗', targets: ['ln-blind'] },
  { category: 'role', query: '窗口 办事的人说外地户口回不去', targets: ['an-other-province'] },
  { category: 'role', query: '馆员 老人要看大字的书', targets: ['ln-elderly'] },
  { category: 'role', query: '督查员 差评每月汇总', targets: ['gaa-reviews'] },
  { category: 'role', query: '窗口员工 缺材料让人回去重弄', targets: ['ae-no-start-over', 'ae-missing'] },
  { category: 'number', query: '7125866 开公司', targets: ['hy-affairs'] },
  { category: 'typo', query: '讀者證免押金', targets: ['ln-card-free'] },
  { category: 'two-char', query: '捐赠', targets: ['ln-donate'] },
];

export const SIXTEENTH_HELD_ASIDE: OrgQueries[] = [
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
