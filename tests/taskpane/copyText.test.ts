/**
 * @jest-environment jsdom
 */
/**
 * 复制分析文字 on Excel on the web (issue 27, item 12; office-js#1991): the pane's iframe has
 * `navigator.clipboard.writeText`, but it rejects. Before, the copy failed there and the selection
 * copy was tried only when the API was missing; now a rejection falls back to it, and only when both
 * fail does the pane ask for a copy by hand.
 */
import { copyText } from "../../src/taskpane/copyText";

const blocked = { writeText: () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError")) };

afterEach(() => {
  delete (document as { execCommand?: unknown }).execCommand;
});

test("a blocked Clipboard API falls back to a selection copy of the same text, leaving nothing in the page", async () => {
  let copied = "";
  document.execCommand = jest.fn(() => {
    copied = (document.activeElement as HTMLTextAreaElement | null)?.value ?? document.querySelector("textarea")?.value ?? "";
    return true;
  });
  await copyText("全州共发生各类生产安全事故23起", blocked);
  expect(document.execCommand).toHaveBeenCalledWith("copy");
  expect(copied).toBe("全州共发生各类生产安全事故23起");
  expect(document.querySelector("textarea")).toBeNull();
});

test("the Clipboard API is used when it works; when both ways fail the copy rejects (the pane then says to copy by hand)", async () => {
  const written: string[] = [];
  document.execCommand = jest.fn(() => true);
  await copyText("综述", { writeText: async (t) => void written.push(t) });
  expect(written).toEqual(["综述"]);
  expect(document.execCommand).not.toHaveBeenCalled();
  document.execCommand = jest.fn(() => false);
  await expect(copyText("综述", blocked)).rejects.toThrow();
});
