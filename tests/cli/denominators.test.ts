/**
 * `--denominator` (issue 22, rates against denominators the user gives): one parser for the command
 * line and the pane, names from the registry, a unit required, last year's figure after a comma.
 */
import { parseArguments } from "../../src/cli/main";
import { parseDenominator } from "../../src/core/summary/denominatorInput";

test("a denominator is a registry name, this period's figure with its unit and, after a comma, last year's in any unit of it", () => {
  expect(parseDenominator("地区生产总值=812.5亿元,770.1亿元")).toEqual({ indicator: "gdp", unit: "亿元", current: 812.5, previous: 770.1 });
  expect(parseDenominator("GDP＝812.5亿元，7701000万元")).toEqual({ indicator: "gdp", unit: "亿元", current: 812.5, previous: 770.1 });
  expect(parseDenominator("常住人口=241.6万人")).toEqual({ indicator: "population", unit: "万人", current: 241.6 });
  expect(parseDenominator("机动车保有量=52.3万辆")).toEqual({ indicator: "vehicles", unit: "万辆", current: 52.3 });
  expect(parseDenominator("工矿商贸就业人员=35万人")).toEqual({ indicator: "employees", unit: "万人", current: 35 });
});

test("a name, figure or unit the registry does not know is refused", () => {
  for (const bad of [
    "GDP=812.5",
    "地区生产总值=812.5亿美元",
    "降雨量=12毫米",
    "受灾人口=3万人",
    "常住人口=-5万人",
    "常住人口=0万人",
    "地区生产总值",
    "=812.5亿元",
    "地区生产总值=1,234亿元,1,100亿元",
  ])
    expect(parseDenominator(bad)).toBeUndefined();
});

test("summarize takes --denominator repeatedly (the last per name wins) and refuses a bad one in both languages", () => {
  const args = parseArguments([
    "summarize",
    "a.xlsx",
    "--denominator",
    "地区生产总值=800亿元",
    "--denominator",
    "常住人口=241.6万人",
    "--denominator",
    "地区生产总值=812.5亿元,770.1亿元",
  ]);
  expect("denominators" in args && args.denominators).toEqual([
    { indicator: "population", unit: "万人", current: 241.6 },
    { indicator: "gdp", unit: "亿元", current: 812.5, previous: 770.1 },
  ]);
  const bad = parseArguments(["summarize", "a.xlsx", "--denominator", "GDP=812.5"]);
  expect("error" in bad && bad.error.zh).toContain("--denominator“GDP=812.5”无法识别");
  expect("error" in bad && bad.error.en).toContain('--denominator "GDP=812.5" is not understood');
  expect("error" in bad && bad.error.zh).toContain("地区生产总值（亿元、万元）");
  expect("error" in parseArguments(["consolidate", "a.xlsx", "--denominator", "GDP=1亿元"])).toBe(true);
});
