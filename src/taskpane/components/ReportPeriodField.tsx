/**
 * The report period, as the command line's `--period` gives it: one text field (2024年, 2024年1—6月,
 * 2024年上半年) whose bounds become the readers' `reportPeriod`. It makes the row of that year
 * current in a table of several years (2019年 … 2024年) whose title names none, and is every
 * ledger's period where the ledger's own dates name none. Saved with the other corrections.
 */
import { Field, Input, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import { periodLabel } from "../../core/ledger/dates";
import type { ReaderOverrides } from "../../core/reader/model";
import { periodBounds } from "../../core/periods/spanBounds";
import { englishPeriod } from "../../core/text/englishPeriod";
import { useStrings } from "../i18n/LanguageContext";

const useStyles = makeStyles({ input: { maxWidth: "16em" } });

interface ReportPeriodFieldProps {
  readonly draft: ReaderOverrides;
  readonly onDraft: (draft: ReaderOverrides) => void;
}

/** The report period field of the Detect tab. */
export function ReportPeriodField({ draft, onDraft }: ReportPeriodFieldProps) {
  const { language, t } = useStrings();
  const styles = useStyles();
  const given = draft.reportPeriod;
  const [text, setText] = useState(given ? periodLabel(given.start, given.end) : "");
  const typed = text.trim();
  const bounds = typed ? periodBounds(typed) : undefined;
  // What the text was read as, so a period read otherwise than meant is seen before it is saved.
  const label = bounds ? periodLabel(bounds.start, bounds.end) : undefined;
  const readAs = label ? `${t.reportPeriodReadAs}${language === "en" ? (englishPeriod(label) ?? label) : label}` : t.reportPeriodHint;
  const change = (value: string) => {
    setText(value);
    const next = value.trim() ? periodBounds(value.trim()) : undefined;
    const { reportPeriod: _old, ...rest } = draft;
    // A period that cannot be read leaves the last one as it was until it can.
    if (!value.trim()) onDraft(rest);
    else if (next) onDraft({ ...rest, reportPeriod: next });
  };
  return (
    <Field
      label={t.reportPeriod}
      hint={readAs}
      size="small"
      {...(typed && !bounds ? { validationState: "error" as const, validationMessage: t.reportPeriodInvalid } : {})}
    >
      <Input
        size="small"
        className={styles.input}
        value={text}
        placeholder={t.reportPeriodExample}
        onChange={(_, data) => change(data.value)}
        data-testid="report-period"
      />
    </Field>
  );
}
