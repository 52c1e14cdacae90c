/**
 * A row of tabs after the WAI-ARIA tabs pattern (role="tablist" / "tab", one tab in the Tab
 * order, arrow keys, Home and End move between tabs and select them). Used for the pane's
 * four tabs and the workbench's sheet tabs instead of Fluent's TabList, whose focus helper
 * (tabster) puts focusable elements marked aria-hidden around the tabs, which screen-reader
 * checks (axe: aria-hidden-focus) report as a serious violation.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { KeyboardEvent } from "react";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "wrap",
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  // Sheet tabs stay on one line and scroll sideways, as in Excel; the tabs inside are focusable.
  // A scroll container may shrink to nothing in a flex column: this one keeps its height.
  scroll: { flexWrap: "nowrap", overflowX: "auto", minWidth: 0, flexShrink: 0 },
  tab: {
    flexShrink: 0,
    borderTopStyle: "none",
    borderLeftStyle: "none",
    borderRightStyle: "none",
    // The selected tab's bar: a bottom border, transparent on the others so nothing moves.
    borderBottomWidth: tokens.strokeWidthThicker,
    borderBottomStyle: "solid",
    borderBottomColor: "transparent",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: `${tokens.borderRadiusMedium} ${tokens.borderRadiusMedium} 0 0`,
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorNeutralForeground1 },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  small: {
    fontSize: tokens.fontSizeBase200,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
  },
});

/** One tab. */
export interface TabStripItem {
  readonly value: string;
  readonly label: string;
  /** data-testid of the tab button. */
  readonly testId?: string;
}

/** Props of TabStrip. */
export interface TabStripProps {
  readonly items: readonly TabStripItem[];
  /** The selected tab's value. */
  readonly selected: string | undefined;
  readonly onSelect: (value: string) => void;
  /** The tab list's accessible name. */
  readonly label: string;
  /** Prefix of the tabs' ids: a tab is `${idPrefix}-${index}`, so a panel can name it with aria-labelledby. */
  readonly idPrefix: string;
  /** The id of the panel the tabs control. */
  readonly panelId?: string;
  readonly size?: "small" | "medium";
  /** One line that scrolls sideways (sheet tabs) instead of wrapping (pane tabs). */
  readonly scroll?: boolean;
  readonly testId?: string;
}

/** The id of the tab at `index` in a strip with this prefix. */
export function tabId(idPrefix: string, index: number): string {
  return `${idPrefix}-${index}`;
}

/** A keyboard-accessible tab list. */
export function TabStrip({ items, selected, onSelect, label, idPrefix, panelId, size = "medium", scroll = false, testId }: TabStripProps) {
  const styles = useStyles();
  const current = Math.max(
    0,
    items.findIndex((item) => item.value === selected),
  );
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = items.length - 1;
    const next = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const buttons = event.currentTarget.parentElement?.querySelectorAll<HTMLButtonElement>('[role="tab"]');
    buttons?.[next]?.focus();
    onSelect(items[next].value);
  };
  return (
    <div role="tablist" aria-label={label} className={mergeClasses(styles.list, scroll && styles.scroll)} data-testid={testId}>
      {items.map((item, index) => {
        const isSelected = index === current;
        return (
          <button
            key={item.value}
            type="button"
            role="tab"
            id={tabId(idPrefix, index)}
            aria-selected={isSelected}
            aria-controls={panelId}
            tabIndex={isSelected ? 0 : -1}
            className={mergeClasses(styles.tab, size === "small" && styles.small, isSelected && styles.selected)}
            onClick={() => onSelect(item.value)}
            onKeyDown={(event) => onKeyDown(event, index)}
            data-testid={item.testId}
          >
            {item.label}
          </button>
        );
      })}
    </div>
  );
}
