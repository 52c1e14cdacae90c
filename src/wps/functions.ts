/**
 * The BUREAU.* worksheet functions in WPS 表格 (custom functions exist from WPS 12.1.0.20540):
 * each is registered with `AddCustomFunction("BUREAU", NAME, …)` around the very wrapper Excel
 * calls (src/functions/functions.ts, statsFunctions.ts), so both hosts run the same core with the
 * same argument handling. What differs is only at the edges, here:
 * - arguments: WPS passes a cell as a scalar and a range as rows (or an Item(r, c) wrapper, or a
 *   range object with Value2); each becomes the rows Excel passes, COM error numbers becoming the
 *   error objects the wrappers read;
 * - results: the wrappers make their errors with `CustomFunctions.Error`, which WPS lacks; a
 *   stand-in records the code, and each error becomes its text "#N/A" (wpsErrorValue: WPS documents
 *   no error result, only string, number, bool, any and 2-D arrays of them). A 1×1
 *   result is returned as its one value (builds without dynamic arrays show a scalar; 2-D results
 *   spill where the build can).
 * Where the build has no AddCustomFunction, nothing is registered and the pane says so.
 */
import type { Message } from "../core/messages";
import { WPS_MESSAGES } from "../core/messages/wpsMessages";
import * as excelFunctions from "../functions/functions";
import * as statsFunctions from "../functions/statsFunctions";
import ZH from "../functions/functions.zh-CN.json";
import type { WpsApplication, WpsFunctionMetadata } from "./facade";
import { COM_ERROR_TEXT, toGrid } from "./grid";

/** The namespace the cells call: =BUREAU.YOY(B2, C2). */
export const FUNCTION_NAMESPACE = "BUREAU";

type Wrapper = (...args: never[]) => unknown[][];

/** Each function's name (as in functions.json) and the wrapper Excel calls. */
export const WPS_FUNCTIONS: Readonly<Record<string, Wrapper>> = {
  YOY: excelFunctions.yoyFunction,
  CHANGE: excelFunctions.changeFunction,
  PPCHANGE: excelFunctions.ppChangeFunction,
  SHARE: excelFunctions.shareFunction,
  RECTRATE: excelFunctions.rectRateFunction,
  YOYTEXT: excelFunctions.yoyTextFunction,
  PCTTEXT: excelFunctions.pctTextFunction,
  SUMGAP: excelFunctions.sumGapFunction,
  BREAKDOWN: excelFunctions.breakdownFunction,
  YOYTEST: statsFunctions.yoyTestFunction,
  YOYSIG: statsFunctions.yoySigFunction,
  RATECI: statsFunctions.rateCiFunction,
  RATEDIFF: statsFunctions.rateDiffFunction,
  COUNTTREND: statsFunctions.trendFunction,
  OUTLIERS: statsFunctions.outliersFunction,
  DESCRIBE: statsFunctions.describeFunction,
};

/** What the wrappers' `new CustomFunctions.Error(code, message)` makes in WPS. */
class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

function installStandIn(): void {
  const g = globalThis as unknown as { CustomFunctions?: unknown };
  if (g.CustomFunctions) return;
  g.CustomFunctions = {
    Error: StandInError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!", divisionByZero: "#DIV/0!", nullReference: "#NULL!" },
  };
}

/**
 * One argument as the wrappers take it.
 *
 * @param value a scalar, rows, an Item(r, c) block or a range object with Value2 and Rows/Columns counts
 * @returns rows of values; a COM error number becomes { code } as Excel's error objects
 */
export function fromWpsArgument(value: unknown): unknown {
  if (value === undefined || value === null) return value;
  if (typeof value === "object" && value !== null && "Value2" in value) {
    const range = value as { Value2: unknown; Rows: { Count: number }; Columns: { Count: number } };
    value = toGrid(range.Value2, range.Rows.Count, range.Columns.Count, (v) => v);
  }
  const cell = (v: unknown) =>
    typeof v === "number" && COM_ERROR_TEXT[v] !== undefined ? { code: COM_ERROR_TEXT[v] } : v === undefined || v === null ? "" : v;
  if (Array.isArray(value)) {
    const rows = value.some(Array.isArray) ? value : [value];
    return rows.map((row) => (Array.isArray(row) ? row.map(cell) : [cell(row)]));
  }
  return [[cell(value)]];
}

/**
 * One result cell as WPS takes it. Kingsoft documents the result types string, number, bool and
 * any (and 2-D arrays of them: wpsjs 2.2.3's functions.json generator knows no other), and no
 * error result; an error therefore becomes its text, so the cell shows the code Excel shows
 * ("#N/A"), as text. This is the one place to change once a 12.1 build shows a real error value.
 *
 * @param cell a wrapper's result cell
 * @returns the number, text or boolean, or the error's text
 * @example wpsErrorValue(new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable)) // "#N/A"
 */
export function wpsErrorValue(cell: unknown): unknown {
  return cell instanceof StandInError ? cell.code : cell;
}

/**
 * Calls one wrapper as WPS calls a custom function.
 *
 * @param wrapper the Excel wrapper
 * @param args WPS's arguments
 * @returns the one value of a 1×1 result, the rows otherwise
 */
export function callForWps(wrapper: Wrapper, args: readonly unknown[]): unknown {
  installStandIn();
  const rows = wrapper(...(args.map(fromWpsArgument) as never[]));
  const out = rows.map((row) => row.map(wpsErrorValue));
  return out.length === 1 && out[0].length === 1 ? out[0][0] : out;
}

/** The metadata WPS shows in 插入函数 → 用户定义, from the Chinese descriptions. */
function metadata(name: string, arity: number): WpsFunctionMetadata {
  const zh = (ZH as Record<string, { description?: string; parameters?: Record<string, string>; parameterNames?: Record<string, string> }>)[name];
  const keys = Object.keys(zh?.parameters ?? {});
  return {
    description: zh?.description ?? name,
    result: { type: "any" },
    parameters: (keys.length > 0 ? keys : Array.from({ length: arity }, (_, i) => `arg${i + 1}`)).map((key) => ({
      name: zh?.parameterNames?.[key] ?? key,
      type: "any",
      description: zh?.parameters?.[key] ?? "",
    })),
  };
}

/** What registration did. */
export type FunctionRegistration = { readonly registered: readonly string[] } | { readonly unavailable: Message };

/**
 * Registers BUREAU.* where the build has custom functions.
 *
 * @param app the WPS application
 * @returns the names registered, or the bilingual reason there are none
 * @example registerWpsFunctions(Application) // { registered: ["YOY", …] } on 12.1.0.20540+
 */
export function registerWpsFunctions(app: WpsApplication): FunctionRegistration {
  const add = app.AddCustomFunction;
  if (typeof add !== "function") return { unavailable: WPS_MESSAGES.functionsUnavailable(String(app.Build ?? "")) };
  const registered: string[] = [];
  for (const [name, wrapper] of Object.entries(WPS_FUNCTIONS)) {
    try {
      add.call(app, FUNCTION_NAMESPACE, name, (...args: never[]) => callForWps(wrapper, args), metadata(name, wrapper.length));
      registered.push(name);
    } catch (error) {
      console.error(`Bureau Stats: WPS refused BUREAU.${name}`, error);
    }
  }
  return { registered };
}
