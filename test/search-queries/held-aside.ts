/**
 * The held-aside part of the query set (see types.ts): every third query of each category as it
 * was written, before any tuning. Not to be tuned against: run it only to report the final
 * figures (`npx tsx bench/search-quality.ts --held-aside`).
 */
import type { SearchCase } from './types.ts';

export const HELD_ASIDE: SearchCase[] = [
  // ---------------------------------------------------------------- exact terms
  {
    category: 'exact',
    query: '一次性告知单',
    targets: ['written-notice-slip', 'connection-checklist', 'water-one-time-notice'],
  },
  { category: 'exact', query: '五声服务', targets: ['five-voices'] },
  { category: 'exact', query: '月度服务之星', targets: ['award-service-star'] },
  {
    category: 'exact',
    query: '吃、拿、卡、要',
    targets: ['no-eat-take-hold-demand', 'violation-eat-take-hold-demand'],
  },
  { category: 'exact', query: '一证受理', targets: ['power-low-voltage-fast-track@power-city-hall'] },
  { category: 'exact', query: '服务质量管理办公室', targets: ['quality-office'] },
  { category: 'exact', query: '警示灯', targets: ['toll-reflective-vest'] },
  { category: 'exact', query: '学习测试优胜奖', targets: ['award-best-quiz-score'] },

  // ---------------------------------------------------------------- paraphrases and questions
  {
    category: 'paraphrase',
    query: '上班时间能玩手机吗',
    targets: ['no-private-chat-or-calls', 'toll-no-phone-in-booth'],
  },
  {
    category: 'paraphrase',
    query: '停水提前多长时间告诉居民',
    targets: ['planned-water-stop-notice', 'water-planned-stop-notice'],
  },
  { category: 'paraphrase', query: '耳朵听不见的人来办事怎么交流', targets: ['hearing-impaired-writing'] },
  { category: 'paraphrase', query: '能不能叫客户自己跑去别的部门补手续', targets: ['no-bouncing-clients'] },
  { category: 'paraphrase', query: '每月考核不到80分会怎么样', targets: ['score-below-80'] },
  { category: 'paraphrase', query: '午饭时间窗口怎么安排人', targets: ['lunch-break-rotation'] },
  { category: 'paraphrase', query: '找不开零钱的时候怎么跟客户说', targets: ['cash-no-small-change'] },
  { category: 'paraphrase', query: '快下班了还有人排队能不能关门', targets: ['no-early-close'] },

  // ---------------------------------------------------------------- role and situation
  { category: 'role', query: '值班长接到投诉多久到场', targets: ['complaint-shift-leader-mediates'] },
  { category: 'role', query: '勘查员干什么', targets: ['field-surveyor', 'water-site-survey'] },
  { category: 'role', query: '话务员回访电话几点打', targets: ['outbound-call-hours'] },
  { category: 'role', query: '受理员收到客户材料怎么说', targets: ['papers-received', 'name-the-papers-received'] },
  {
    category: 'role',
    query: '营业员送客人走说什么',
    targets: ['farewell-take-your-things', 'say-goodbye', 'farewell-anything-else'],
  },
  { category: 'role', query: '受理员 客户给的钱是破的', targets: ['cash-ask-replace-note'] },
  { category: 'role', query: '收费员 绿色通道 让司机稍等', targets: ['toll-green-lane-please-wait'] },
  { category: 'role', query: '收费员 驾驶员问路', targets: ['toll-offer-help'] },

  // ---------------------------------------------------------------- numbers and phone numbers
  { category: 'number', query: '0791-86631110', targets: ['water-service-dept'] },
  { category: 'number', query: '0.28兆帕', targets: ['water-pressure-minimum'] },
  {
    category: 'number',
    query: '500元',
    targets: ['violation-verified-serious-complaint', 'violation-mishandled-complaint'],
  },
  { category: 'number', query: '10辆', targets: ['toll-open-spare-lanes', 'toll-extra-lane-minutes'] },
  { category: 'number', query: '98%', targets: ['satisfaction-rate'] },
  { category: 'number', query: '86621300', targets: ['power-city-hall'] },
  { category: 'number', query: '200户', targets: ['quarterly-satisfaction-survey'] },
  { category: 'number', query: '6.3.1', targets: ['planned-power-outage-notice', 'smile-and-eye-contact'] },

  // ---------------------------------------------------------------- typos, traditional and full-width characters
  { category: 'typo', query: '一次性告之', targets: ['one-time-notification', 'tell-everything-once'] },
  { category: 'typo', query: '投訴處理流程', targets: ['complaint-handling-process'] },
  { category: 'typo', query: '０．２８', targets: ['water-pressure-minimum'] },
  { category: 'typo', query: '反光被心', targets: ['toll-reflective-vest'] },
  { category: 'typo', query: '服務忌語', targets: ['no-rude-words', 'violation-forbidden-phrase'] },
  { category: 'typo', query: '意見簿', targets: ['opinion-book'] },
  { category: 'typo', query: '交接般', targets: ['toll-handover-count'] },
  { category: 'typo', query: '叫号鸡', targets: ['waiting-area-comfort'] },

  // ---------------------------------------------------------------- two-character terms
  { category: 'two-char', query: '姿态', targets: ['posture'] },
  { category: 'two-char', query: '拖鞋', targets: ['no-slippers-heavy-makeup'] },
  { category: 'two-char', query: '轮椅', targets: ['convenience-items'] },
  { category: 'two-char', query: '抄表', targets: ['meter-reading-and-entry', 'meter-data-entry-accurate'] },
  { category: 'two-char', query: '军警', targets: ['toll-exempt-vehicles'] },
  { category: 'two-char', query: '抱臂', targets: ['no-slouching'] },
  { category: 'two-char', query: '约谈', targets: ['score-below-80'] },
  {
    category: 'two-char',
    query: '立户',
    targets: ['open-account-same-month', 'water-open-account', 'new-connection-and-account'],
  },
];
