/** A water utility's commitments in Word: section headings numbered by their style (一、二、),
 * promises in a decimal list that continues across sections through a second list instance of
 * the same definition, restarts once, and a table of special promises. */
import { buildDocx, type DocSpec } from '../docx-kit.ts';

const promise = (o: { restart?: boolean; instance?: number; continues?: boolean } = {}) => ({
  ref: 'promise',
  level: 0,
  ...o,
});

export const spec: DocSpec = {
  lists: [
    { ref: 'heads', levels: [{ format: 'CHINESE_COUNTING', text: '%1、' }] },
    { ref: 'promise', levels: [{ format: 'DECIMAL', text: '%1.' }] },
  ],
  numberedStyles: [
    { id: 'NumberedHeading', name: 'Numbered Heading', basedOn: 'Heading1', list: { ref: 'heads', level: 0 } },
  ],
  blocks: [
    { p: '云岭水务营业厅服务承诺', style: 'Title' },
    { p: '办理时限', style: 'NumberedHeading' },
    { p: '用户申请过户，资料齐全的当场办结。', list: promise({ continues: true }) },
    { p: '新装用水申请受理后，5个工作日内完成现场勘查。', list: promise() },
    { p: '水表报停、复用申请，2个工作日内办结。', list: promise() },
    { p: '抢修服务', style: 'NumberedHeading' },
    { p: '接到爆管报修后，抢修人员1小时内到达现场。', list: promise({ instance: 2, continues: true }) },
    { p: '一般漏水维修24小时内处理完毕。', list: promise({ instance: 2 }) },
    { p: '抢修造成停水超过8小时的，免费为用户送水。', list: promise({ instance: 2 }) },
    { p: '服务质量', style: 'NumberedHeading' },
    { p: '营业窗口服务满意率不低于95%。', list: promise({ instance: 3 }) },
    { p: '每个营业厅配备不少于3名业务骨干。', list: promise({ instance: 3 }) },
    { p: '对服务不满意的投诉，3日内给予答复，答复率100%。', list: promise({ instance: 3 }) },
    { p: '违反承诺的，经查实对责任人罚款200元。', list: promise({ instance: 3 }) },
    { p: '专项服务', style: 'NumberedHeading' },
    {
      table: [
        ['序号', '服务项目', '承诺时限'],
        ['1', '水质投诉', '2小时内上门取样'],
        ['2', '水压不足', '24小时内查明原因'],
      ],
    },
  ],
};

export default () => buildDocx(spec);
