/** How the command line prints a catalogue message: both languages on one line, Chinese first. */
import type { Message } from "../core/messages";

/**
 * One line with both languages.
 *
 * @param message a catalogue message
 * @returns "中文 / English"
 * @example bilingual({ zh: "没有输入文件", en: "No input files" }) // "没有输入文件 / No input files"
 */
export function bilingual(message: Message): string {
  return `${message.zh} / ${message.en}`;
}
