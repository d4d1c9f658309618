/** A question bank in one Excel sheet with a 题型 column and the options in one cell. */
import ExcelJS from 'exceljs';

export default async function build(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('题库');
  ws.addRow(['序号', '题型', '试题内容', '选项', '正确答案', '解析']);
  ws.addRow([1, '单选题', '因事离开窗口的，离开时间原则上不超过（ ）分钟。', 'A.5;B.10;C.15;D.30', 'B', '']);
  ws.addRow([2, '单选题', '营业员应提前（ ）分钟到岗。', 'A.5;B.10;C.15;D.20', 'B', '']);
  ws.addRow([3, '判断题', '对急诊患者可以先诊疗后缴费。', '', '对', '']);
  ws.addRow([4, '判断题', '坐席员可以在电话中指导客户自行拆卸燃气设施。', '', '错', '切勿指导客户自行拆卸。']);
  ws.addRow([5, '多选题', '入户检查时禁止（ ）。', 'A.吸烟;B.接受客户馈赠;C.出示证件;D.预约时间', 'AB', '']);
  ws.addRow([6, '填空题', '供热期间居民室内温度不低于____℃。', '', '18', '']);
  ws.addRow([7, '填空题', '室内暖气漏水的，____分钟内上门关阀止漏。', '', '30', '']);
  ws.addRow([8, '单选题', '发药时应核对患者（ ）。', 'A.姓名;B.工作单位;C.籍贯;D.职业', 'A', '']);
  ws.addRow([9, '判断题', '导医台宜放置私人物品。', '', '错', '']);
  ws.addRow([10, '填空题', '客服部每月抽听热线录音不少于____通。', '', '50', '']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
