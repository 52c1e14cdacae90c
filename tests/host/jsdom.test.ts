/**
 * @jest-environment jsdom
 */
import { createHost } from "../../src/host/excelHost";
import { readWorkbookSnapshot } from "../../src/excel/readWorkbook";

// The task pane's tests and the browser workbench run the host outside Node's globals.
describe("the in-memory Excel host under jsdom", () => {
  it("still measures payload bytes and refuses a request over 5 MB", async () => {
    const host = createHost({ 表: [["楚雄市", 5]] });
    const snapshot = await host.run((context) => readWorkbookSnapshot(context, { sheetNames: ["表"] }));
    expect(snapshot.sheets[0].values).toEqual([["楚雄市", 5]]);
    // ["楚雄市",5] is 14 bytes of UTF-8 JSON on its own; the response wraps it.
    expect(host.syncs[1].responseBytes).toBeGreaterThanOrEqual(14);
    const big = Array.from({ length: 60000 }, () => ["楚雄州应急管理局安全生产统计数据", 1234567.89, "其中：农林牧渔业损失"]);
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("表").getRange(`A1:C${big.length}`).values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });
});
