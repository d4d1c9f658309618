/** A question bank in Excel with one sheet per question type, as training departments keep them. */
import ExcelJS from 'exceljs';

export default async function build(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const single = wb.addWorksheet('单选题');
  single.addRow(['题目', '选项A', '选项B', '选项C', '选项D', '答案']);
  single.addRow(['计划停水应提前（ ）小时通知用户。', '12', '24', '36', '48', 'B']);
  single.addRow(['营业厅排队等候时间一般不超过（ ）分钟。', '10', '15', '20', '30', 'B']);
  single.addRow(['各部门应公开办事程序和（ ）。', '办理时限', '员工工资', '内部文件', '领导电话', 'A']);
  const multiple = wb.addWorksheet('多选题');
  multiple.addRow(['题目', '选项A', '选项B', '选项C', '选项D', '答案']);
  multiple.addRow([
    '首问责任人对不属于本部门职责的事项，应当告知用户承办部门的（ ）。',
    '名称',
    '位置',
    '电话',
    '负责人工资',
    'ABC',
  ]);
  const judge = wb.addWorksheet('判断题');
  judge.addRow(['题目', '答案']);
  judge.addRow(['对行动不便的客户，窗口人员理应主动到厅门口接待。', '正确']);
  judge.addRow(['用户材料不全的，可以让用户多次往返补交材料。', '错误']);
  judge.addRow(['营业窗口月度考评得分应保持在90分以上。', '对']);
  const blank = wb.addWorksheet('填空题');
  blank.addRow(['题目', '答案']);
  blank.addRow(['每个营业厅至少配备____名大堂引导人员。', '2']);
  blank.addRow(['需要调查研究的事项，____日内办结。', '7']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
