/**
 * The message catalogue: every bilingual message the core shows, by area. Code builds a message
 * only from here (`MESSAGES.functions.emptyRange`, `MESSAGES.reader.skippedRow(…)`), so the
 * wording lives in one place; tests/core/messages.test.ts checks that both languages are present
 * and that the English has no Chinese punctuation.
 */
import { CHECK_MESSAGES } from "./checkMessages";
import { CLI_MESSAGES } from "./cliMessages";
import { CONSOLIDATE_MESSAGES } from "./consolidateMessages";
import { FACTS_MESSAGES } from "./factsMessages";
import { HOST_MESSAGES } from "./hostMessages";
import { FILE_MESSAGES } from "./fileMessages";
import { FUNCTION_MESSAGES } from "./functionMessages";
import { LEDGER_MESSAGES, READER_MESSAGES } from "./readerMessages";
import { REPORT_MESSAGES } from "./reportMessages";
import { STATS_MESSAGES } from "./statsMessages";

export type { FindingPlace } from "./checkMessages";
export type { DamageReason, LegacyReason } from "./fileMessages";
export type { ReadNoteName, RowKindName } from "./readerMessages";
export type { ReportTopic } from "./reportMessages";
export { inlineText, MessageError, type Message } from "./message";
export { messageLine, messageOf } from "./messageOf";

export const MESSAGES = {
  functions: FUNCTION_MESSAGES,
  stats: STATS_MESSAGES,
  reader: READER_MESSAGES,
  ledger: LEDGER_MESSAGES,
  checks: CHECK_MESSAGES,
  consolidate: CONSOLIDATE_MESSAGES,
  files: FILE_MESSAGES,
  host: HOST_MESSAGES,
  report: REPORT_MESSAGES,
  cli: CLI_MESSAGES,
  facts: FACTS_MESSAGES,
} as const;
