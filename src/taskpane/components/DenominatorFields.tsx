/**
 * The Options tab's denominators of the control indicators (地区生产总值, 常住人口, 工矿商贸就业人员,
 * 机动车保有量): one field each in a fixed unit (亿元, 万人, 万辆), "812.5,770.1" (this period, then the
 * same period last year), read by the command line's parser (core/summary/denominatorInput.ts). A
 * figure it cannot read is said under its field and not saved; an emptied field removes it.
 */
import { Body1Strong, Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { DENOMINATOR_IDS, type DenominatorId } from "../../core/summary/denominators";
import { parseDenominator } from "../../core/summary/denominatorInput";
import type { DenominatorInput } from "../../core/summary/options";
import { unitEnglish } from "../../core/summary/sections/sectionLabels";
import { indicatorById } from "../../core/registry/indicators";
import { useStrings } from "../i18n/LanguageContext";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

/** The unit each field is typed in: the one the bulletins state these figures in. */
const PANE_UNIT: Readonly<Record<DenominatorId, string>> = { gdp: "亿元", population: "万人", employees: "万人", vehicles: "万辆" };

/** Props of DenominatorFields. */
export interface DenominatorFieldsProps {
  readonly denominators: readonly DenominatorInput[];
  readonly onChange: (denominators: readonly DenominatorInput[]) => void;
}

/** "812.5,770.1": a saved denominator in its field's unit. */
function textOf(id: DenominatorId, d: DenominatorInput | undefined): string {
  if (!d || d.current === undefined) return "";
  const units = indicatorById(id)!.units;
  const inField = (x: number) => Number(((x * units[d.unit]) / units[PANE_UNIT[id]]).toPrecision(12));
  return `${inField(d.current)}${d.previous !== undefined ? `,${inField(d.previous)}` : ""}`;
}

/** The field's text read by the one parser, in the field's unit; undefined when it cannot be read. */
function parseField(id: DenominatorId, text: string): DenominatorInput | undefined {
  const parts = text.split(/[,，]/).map((x) => x.trim());
  if (parts.length > 2 || parts.some((x) => !x)) return undefined;
  return parseDenominator(`${id}=${parts.map((x) => `${x}${PANE_UNIT[id]}`).join(",")}`);
}

/** The denominator fields, each saved when the user leaves it. */
export function DenominatorFields({ denominators, onChange }: DenominatorFieldsProps) {
  const { language, t } = useStrings();
  const styles = useStyles();
  const [texts, setTexts] = useState<Partial<Record<DenominatorId, string>>>({});
  const [invalid, setInvalid] = useState<Partial<Record<DenominatorId, boolean>>>({});
  const saved = (id: DenominatorId) =>
    textOf(
      id,
      denominators.find((d) => d.indicator === id),
    );
  const commit = (id: DenominatorId) => {
    const text = (texts[id] ?? saved(id)).trim();
    const others = denominators.filter((d) => d.indicator !== id);
    const parsed = text ? parseField(id, text) : undefined;
    setInvalid({ ...invalid, [id]: !!text && !parsed });
    if (!text) onChange(others);
    else if (parsed) onChange([...others, parsed]);
  };
  return (
    <div className={styles.group} role="group" aria-labelledby="options-denominators-label">
      <Body1Strong id="options-denominators-label">{t.denominators}</Body1Strong>
      <Caption1>{t.denominatorHint}</Caption1>
      {DENOMINATOR_IDS.map((id) => {
        const ind = indicatorById(id)!;
        const unit = PANE_UNIT[id];
        const label = language === "zh" ? `${ind.name}（${unit}）` : `${ind.english[0].toUpperCase()}${ind.english.slice(1)} (${unitEnglish(unit)})`;
        return (
          <Field key={id} label={label} validationState={invalid[id] ? "error" : "none"} validationMessage={invalid[id] ? t.denominatorInvalid : undefined}>
            <Input
              value={texts[id] ?? saved(id)}
              onChange={(_, data) => setTexts({ ...texts, [id]: data.value })}
              onBlur={() => commit(id)}
              data-testid={`option-denominator-${id}`}
            />
          </Field>
        );
      })}
    </div>
  );
}
