/**
 * The notice the pane shows when a source cell was edited after the summary was generated:
 * which cell, and a 刷新汇总 / Refresh summary button that generates again, replacing the
 * summary this add-in made last time.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles } from "@fluentui/react-components";
import { useStrings } from "../i18n/LanguageContext";
import type { SourceChange } from "../services";

const useStyles = makeStyles({
  body: { overflowWrap: "anywhere" },
});

/** Props of StaleNotice. */
export interface StaleNoticeProps {
  /** The edit that made the summary stale. */
  readonly change: SourceChange;
  /** Generates the summary again (replacing the previous one). */
  readonly onRefresh: () => void;
  /** Hides the notice. */
  readonly onDismiss: () => void;
}

/** A warning bar with the changed cell and the refresh button. */
export function StaleNotice({ change, onRefresh, onDismiss }: StaleNoticeProps) {
  const { t } = useStrings();
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="stale-notice">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{t.staleTitle}</MessageBarTitle>
        {t.staleText} {t.staleCell}
        {t.colon}
        {change.sheet}!{change.address}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" onClick={onRefresh} data-testid="refresh-summary">
          {t.refreshSummary}
        </Button>
        <Button size="small" onClick={onDismiss}>
          {t.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
