/** The fact model between reading and planning (docs/architecture.md, "The fact model"). */
export type { BreakdownDimension, BreakdownKey, RowLevel } from "./breakdown";
export { withinTable } from "./breakdown";
export { areaOfPlace, placeInTitle, sameArea, sourceArea, type SourceArea } from "./context";
export { tableReason } from "./notUnderstood";
export type { Fact } from "./fact";
export { isAdditive, type MeasureKind } from "./measure";
export type { FactPeriod, PeriodKind, PeriodRelation, PeriodSpan } from "./period";
export type {
  CellCheck,
  CellProvenance,
  CellRef,
  EngineProvenance,
  Figure,
  LedgerCriterion,
  LedgerProvenance,
  LedgerTerm,
  Provenance,
  RatioProvenance,
  ReturnProvenance,
  SumProvenance,
} from "./provenance";
export type { DateRange, FactSource, JoinedSheets, LedgerSource, OverdueItem, ReturnsSource, TableRecognition, TableSource } from "./sources";
export type { Anomaly, Bilingual, CheckScope, Diagnostic, FactsContext, Finding, NotUnderstood, WorkbookFacts } from "./workbook";
export { workbookFacts } from "./workbookFacts";
export { tablePlace } from "./tablePlace";
export { monthBefore, yearBefore } from "../periods/shift";
export { checkVerdict, ledgerRowNotes, notReadNotes, paneVerdict, roundingNote, slips, understood } from "./verdict";
export { readerNotes, type ReaderNote } from "./readerNotes";
export { slipLines, type MoreOfKind, type SlipLine } from "./slipGroups";
