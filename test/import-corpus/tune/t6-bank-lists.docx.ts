/** A bank's branch norms in Word: chapters and articles numbered by one list (articles counted
 * through the chapters), item lists restarted under each article, unnumbered heading-styled
 * sub-headings with their own restarted lists. */
import { buildDocx, type DocSpec } from '../docx-kit.ts';

const chapter = { ref: 'law', level: 0 };
const article = { ref: 'law', level: 1 };
const item = (restart = false) => ({ ref: 'items', level: 0, ...(restart ? { restart: true } : {}) });
const han = (restart = false) => ({ ref: 'han', level: 0, ...(restart ? { restart: true } : {}) });

export const spec: DocSpec = {
  lists: [
    {
      ref: 'law',
      levels: [
        { format: 'CHINESE_COUNTING', text: '第%1章' },
        { format: 'CHINESE_COUNTING', text: '第%2条', neverRestart: true },
      ],
    },
    { ref: 'items', levels: [{ format: 'DECIMAL', text: '%1.' }] },
    { ref: 'han', levels: [{ format: 'CHINESE_COUNTING', text: '%1、' }] },
  ],
  blocks: [
    { p: '云岭农商银行营业网点文明服务规范', style: 'Title' },
    { p: '云岭农村商业银行股份有限公司' },
    { p: '2026年3月1日起施行' },
    { p: '总则', list: chapter },
    { p: '为统一营业网点的服务标准，提升客户满意度，制定本规范。', list: article },
    { p: '本规范适用于本行各支行及营业网点的柜面、大堂和自助服务区。', list: article },
    { p: '服务环境', list: chapter },
    { p: '营业网点应保持环境整洁，做到：', list: article },
    { p: '地面、台面无杂物、无污渍；', list: item() },
    { p: '宣传资料摆放整齐，过期资料及时撤下；', list: item() },
    { p: '便民设施齐全完好。', list: item() },
    { p: '网点宜在醒目位置设置意见簿和服务监督电话。', list: article },
    { p: '服务行为', list: chapter },
    { p: '柜员办理业务应遵循下列要求：', list: article },
    { p: '客户临柜时起身迎接，主动问好；', list: item(true) },
    { p: '双手接递单据和现金，唱收唱付；', list: item() },
    { p: '业务办理完毕提醒客户带好随身物品。', list: item() },
    { p: '大堂经理应主动询问客户需求，引导客户分流。', list: article },
    { p: '柜员不得在服务时间内办理私人事务。', list: article },
    { p: '特殊客户服务', list: chapter },
    { p: '老年客户', style: 'Heading2' },
    { p: '对行动不便的老年客户，可以提供上门服务。', list: han() },
    { p: '老年客户办理业务时，柜员要放慢语速，必要时重复讲解。', list: han() },
    { p: '残障客户', style: 'Heading2' },
    { p: '网点应设置无障碍通道和爱心座椅。', list: han(true) },
    { p: '对听障客户宜使用书面方式沟通。', list: han() },
    { p: '附则', list: chapter },
    { p: '本规范由零售业务部负责解释。', list: article },
    { p: '本规范自2026年3月1日起施行。', list: article },
  ],
};

export default () => buildDocx(spec);
