#!/usr/bin/env node
/**
 * Writes tests/fixtures/report-template.docx: a bureau template as the report's template test
 * needs one — a 红头 (the bureau's name in red over a red rule), placeholders for the title, the
 * 综述, the by-county table, the notes and the date, and a chart of its own (red and grey
 * columns, its own title) whose alt text holds {{图:事故对比}}, as Word's Alt Text box writes it.
 * It is written with docx: LibreOffice cannot be used to write it again, as it drops a chart's alt
 * text when it saves a .docx (a bureau's template with charts to refresh comes from Word or WPS).
 *   node scripts/report/make-template.js
 */
"use strict";
const fs = require("fs");
const path = require("path");
const d = require("docx");
const { ChartRun } = require("docx/charts");

const OUT = path.join(__dirname, "../../tests/fixtures/report-template.docx");
const mm = (x) => Math.round((x * 1440) / 25.4);
const font = (name) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });
const line = (text, options = {}) =>
  new d.Paragraph({ alignment: d.AlignmentType.CENTER, ...options, children: [new d.TextRun({ text, font: font("仿宋_GB2312"), size: 32, ...options.run })] });

const doc = new d.Document({
  creator: "楚雄州应急管理局",
  sections: [
    {
      properties: { page: { size: { width: mm(210), height: mm(297) }, margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } } },
      headers: {
        default: new d.Header({
          children: [
            new d.Paragraph({
              alignment: d.AlignmentType.RIGHT,
              children: [new d.TextRun({ text: "内部资料　注意保存", font: font("仿宋_GB2312"), size: 21 })],
            }),
          ],
        }),
      },
      children: [
        line("楚雄州应急管理局", { run: { font: font("方正小标宋简体"), size: 72, color: "FF0000" } }),
        line("楚应急统〔2024〕7号", { border: { bottom: { style: d.BorderStyle.SINGLE, size: 18, color: "FF0000", space: 6 } } }),
        line(""),
        line("{{标题}}", { run: { font: font("方正小标宋简体"), size: 44 } }),
        line(""),
        new d.Paragraph({ children: [new d.TextRun({ text: "{{综述}}", font: font("仿宋_GB2312"), size: 32 })] }),
        new d.Paragraph({ children: [new d.TextRun({ text: "{{表:分县}}", font: font("仿宋_GB2312"), size: 32 })] }),
        new d.Paragraph({
          alignment: d.AlignmentType.CENTER,
          children: [
            new ChartRun({
              type: "column",
              title: { text: "事故对比（本局样式）", font: { name: "黑体", size: 16, color: "C00000" } },
              categories: ["事故起数", "死亡人数", "受伤人数"],
              series: [
                { name: "今年", values: [1, 1, 1], color: "C00000" },
                { name: "去年", values: [1, 1, 1], color: "7F7F7F" },
              ],
              legend: { position: "right" },
              altText: { name: "事故对比", title: "事故对比", description: "{{图:事故对比}}" },
              transformation: { width: 560, height: 300 },
            }),
          ],
        }),
        new d.Paragraph({ children: [new d.TextRun({ text: "{{说明}}", font: font("仿宋_GB2312"), size: 32 })] }),
        line(""),
        new d.Paragraph({
          alignment: d.AlignmentType.RIGHT,
          indent: { right: 640 },
          children: [new d.TextRun({ text: "楚雄州应急管理局", font: font("仿宋_GB2312"), size: 32 })],
        }),
        new d.Paragraph({
          alignment: d.AlignmentType.RIGHT,
          indent: { right: 640 },
          children: [new d.TextRun({ text: "{{日期}}", font: font("仿宋_GB2312"), size: 32 })],
        }),
      ],
    },
  ],
});

d.Packer.toBuffer(doc).then((bytes) => {
  fs.writeFileSync(OUT, bytes);
  process.stdout.write(`wrote ${OUT}\n`);
});
