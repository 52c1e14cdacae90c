/**
 * Recording what a page asks of the network, for the "no data leaves the machine" browser tests:
 * every request (with its origin) and every Content-Security-Policy violation the browser reports.
 */
import type { Page } from "playwright-core";

/** What a page did on the network. */
export interface NetworkRecord {
  /** Every request URL, in order (data: and blob: URLs never leave the page and are left out). */
  readonly requests: string[];
  /** Console messages in which the browser refused something under the page's policy. */
  readonly cspViolations: string[];
  /** The distinct origins of the requests. */
  origins(): string[];
  /** The requests to origins other than the allowed ones. */
  foreign(allowedOrigins: readonly string[]): string[];
}

/**
 * Starts recording a page's requests and CSP violations; call before `page.goto`.
 *
 * @param page the page
 * @returns the live record
 */
export function recordNetwork(page: Page): NetworkRecord {
  const requests: string[] = [];
  const cspViolations: string[] = [];
  page.on("request", (request) => {
    const url = request.url();
    if (!/^(data|blob):/i.test(url)) requests.push(url);
  });
  page.on("console", (message) => {
    const text = message.text();
    if (/Content Security Policy|Refused to (load|execute|connect|apply|evaluate|create)/i.test(text)) cspViolations.push(text);
  });
  return {
    requests,
    cspViolations,
    origins: () => [...new Set(requests.map((url) => new URL(url).origin))],
    foreign: (allowed) => requests.filter((url) => !allowed.includes(new URL(url).origin)),
  };
}
