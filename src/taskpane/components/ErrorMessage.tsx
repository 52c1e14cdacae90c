/**
 * Shows a failure as a Fluent MessageBar in the current language, with what to do next
 * and an optional retry button. Never leaves the user with a blank pane.
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

/** A bilingual-aware error bar with an optional retry action. */
export function ErrorMessage({ error, onRetry }: ErrorMessageProps) {
  const { language, t } = useStrings();
  const styles = useStyles();
  return (
    <MessageBar intent="error" role="alert" data-testid="pane-error">
      <MessageBarBody>
        <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
        {error.message[language]}
        {error.detail ? <span className={styles.detail}>{error.detail}</span> : null}
      </MessageBarBody>
      {onRetry ? (
        <MessageBarActions>
          <Button size="small" onClick={onRetry}>
            {t.retry}
          </Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
