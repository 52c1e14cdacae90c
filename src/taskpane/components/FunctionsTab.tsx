/**
 * 函数 / Functions: the BUREAU custom functions with their help in the pane's language and
 * an Insert button that writes the example formula into the selected cell.
 */
import { Body1Strong, Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Bilingual } from "../../core/reader/model";
import type { PaneError } from "../errors";
import { functionCatalogue } from "../functions/catalogue";
import { useStrings } from "../i18n/LanguageContext";
import { ErrorMessage } from "./ErrorMessage";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  entry: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

/** Props of FunctionsTab. */
export interface FunctionsTabProps {
  /** Writes a formula into the selected cell; resolves to the cell's address. */
  readonly onInsert: (formula: string) => Promise<string>;
  /** Turns a failure into a message. */
  readonly toError: (error: unknown) => PaneError;
  /** Why the functions cannot run in this host's cells, where they cannot. */
  readonly unavailable?: Bilingual;
}

/** The Functions tab. */
export function FunctionsTab({ onInsert, toError, unavailable }: FunctionsTabProps) {
  const { language, t } = useStrings();
  const styles = useStyles();
  const entries = useMemo(() => functionCatalogue(), []);
  const [status, setStatus] = useState<{ name: string; text: string } | null>(null);
  const [error, setError] = useState<PaneError | null>(null);
  return (
    <div className={styles.root}>
      <Text>{t.functionsIntro}</Text>
      {unavailable ? <Text data-testid="functions-unavailable">{unavailable[language]}</Text> : null}
      {error ? <ErrorMessage error={error} /> : null}
      {entries.map((entry) => (
        <div key={entry.name} className={styles.entry} data-testid="function-entry">
          <div className={styles.row}>
            <Body1Strong>BUREAU.{entry.name}</Body1Strong>
            <Button
              size="small"
              aria-label={`${t.insertFormula} ${entry.example}`}
              onClick={() => {
                setError(null);
                onInsert(entry.example).then(
                  (address) => setStatus({ name: entry.name, text: `${t.inserted} ${address}` }),
                  (e) => setError(toError(e)),
                );
              }}
            >
              {t.insertFormula}
            </Button>
            {status?.name === entry.name ? <Caption1 role="status">{status.text}</Caption1> : null}
          </div>
          <Text>{entry.description[language]}</Text>
          <Caption1>
            {t.syntax}
            {t.colon}
            <span className={styles.code}>{entry.syntax}</span>
          </Caption1>
          <Caption1>
            {t.example}
            {t.colon}
            <span className={styles.code}>{entry.example}</span>
          </Caption1>
        </div>
      ))}
    </div>
  );
}
