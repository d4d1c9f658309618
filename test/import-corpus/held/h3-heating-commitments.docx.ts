/** A heating company's commitments in Word: one two-level list (一、 over 1.), the inner level
 * restarting under each section by Word's default rule rather than by a new list. */
import { buildDocx, type DocSpec } from '../docx-kit.ts';

const section = { ref: 'c', level: 0 };
const item = { ref: 'c', level: 1 };

export const spec: DocSpec = {
  lists: [
    {
      ref: 'c',
      levels: [
        { format: 'CHINESE_COUNTING', text: '%1、' },
        { format: 'DECIMAL', text: '%2.' },
      ],
    },
  ],
  blocks: [
    { p: '云岭热力公司供热服务承诺', style: 'Title' },
    { p: '供热质量', list: section },
    { p: '供热期间居民室内温度不低于18℃。', list: item },
    { p: '供热管网每年运行前完成打压试验。', list: item },
    { p: '维修服务', list: section },
    { p: '接到停热报修后，城区2小时内到达现场。', list: item },
    { p: '室内暖气漏水的，30分钟内上门关阀止漏。', list: item },
    { p: '一般故障当日修复，复杂故障不超过3天。', list: item },
    { p: '收费与咨询', list: section },
    { p: '热费收缴窗口每日8:00—18:00办公。', list: item },
    { p: '办理报停、恢复供热，3个工作日内办结。', list: item },
    { p: '热线电话24小时接听，接通率达到98%以上。', list: item },
    { p: '用户满意度测评得分不低于85分。', list: item },
    { p: '违诺责任', list: section },
    { p: '未按承诺时间到达现场的，每次向用户赔付30元。', list: item },
    { p: '对违诺工作人员扣发当月绩效300—800元。', list: item },
    { p: '云岭热力有限公司' },
    { p: '2025年10月15日' },
  ],
};

export default () => buildDocx(spec);
