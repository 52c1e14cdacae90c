/**
 * Shows a failure as a Fluent MessageBar in the current language, with what to do next
 * and an optional retry button (a cancelled run as a status). Never leaves the user with a blank pane.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneError } from "../errors";
import { useStrings } from "../i18n/LanguageContext";

const useStyles = makeStyles({
  detail: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100, marginTop: tokens.spacingVerticalXS },
});

/** Props of ErrorMessage. */
export interface ErrorMessageProps {
  /** The failure to show. */
  readonly error: PaneError;
  /** Called by the retry button; no button when absent. */
  readonly onRetry?: () => void;
}

/**
 * A bilingual-aware error bar with an optional retry action. A cancel the user asked for is no
 * error: it is a neutral status bar with its words alone (no "出错了", no technical detail, no retry:
 * the button that started it is there).
 */
export function ErrorMessage({ error, onRetry }: ErrorMessageProps) {
  const { language, t } = useStrings();
  const styles = useStyles();
  const cancelled = error.cancelled === true;
  return (
    <MessageBar intent={cancelled ? "info" : "error"} role={cancelled ? "status" : "alert"} data-testid={cancelled ? "pane-cancelled" : "pane-error"}>
      <MessageBarBody>
        {cancelled ? null : <MessageBarTitle>{t.errorTitle}</MessageBarTitle>}
        {error.message[language]}
        {error.detail && !cancelled ? <span className={styles.detail}>{error.detail}</span> : null}
      </MessageBarBody>
      {onRetry && !cancelled ? (
        <MessageBarActions>
          <Button size="small" onClick={onRetry}>
            {t.retry}
          </Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
