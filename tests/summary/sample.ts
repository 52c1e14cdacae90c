/**
 * Test helper: the sample bureau workbook (assets/samples/bureau-2024H1.xlsx, built from the
 * Chuxiong 2024H1 report) read by the real path: .xlsx → snapshot → readWorkbook.
 */
import * as fs from "fs";
import * as path from "path";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import type { WorkbookModel } from "../../src/core/reader/model";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";

export const SAMPLE_PATH = path.join(__dirname, "../../assets/samples/bureau-2024H1.xlsx");

/** The three sentences issue 4 requires, from the reference report. */
export const SAMPLE_SENTENCES = [
  "全州共发生各类生产安全事故23起、死亡26人、受伤11人，同比事故起数增加3起、上升15%，死亡人数增加5人、上升23.8%，受伤人数增加5人、上升83.3%",
  "造成直接经济损失12322.34万元，其中：房屋及居民家庭财产损失126.59万元，农林牧渔业损失11810.23万元，工矿商贸业损失100万元，基础设施损失265.76万元，公共服务损失19.76万元",
  "发现安全隐患411条，完成整改378条，整改率92%",
];

/**
 * Reads the sample workbook as the add-in would.
 *
 * @returns the reader's model
 */
export async function sampleModel(): Promise<WorkbookModel> {
  const data = await loadXlsx(fs.readFileSync(SAMPLE_PATH));
  return readWorkbook(workbookToSnapshot(data), { reportDate: "2024-06-30" });
}
