/**
 * 设置 / Options: which sections the summary has, how percents and zero bases are written,
 * the narrative's language, replace or add, and the significance column. Every change is
 * saved in the workbook's settings (`bureauStats.options`) at once.
 */
import { Body1Strong, Button, Caption1, Checkbox, Field, Radio, RadioGroup, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n/LanguageContext";
import type { Catalogue } from "../i18n/strings";
import { SECTION_KEYS, defaultPaneOptions, type PaneOptions, type SectionChoice, type ZeroBase } from "../options";
import { DenominatorFields } from "./DenominatorFields";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
});

/** Props of OptionsTab. */
export interface OptionsTabProps {
  /** The current options. */
  readonly options: PaneOptions;
  /** Called with the whole new options object on every change. */
  readonly onChange: (options: PaneOptions) => void;
  /** A note after saving (saved, or saved for this session only). */
  readonly note?: string;
}

function sectionLabel(t: Catalogue, key: keyof SectionChoice): string {
  const labels: Record<keyof SectionChoice, string> = {
    accidents: t.sectionAccidents,
    regions: t.sectionRegions,
    losses: t.sectionLosses,
    hazards: t.sectionHazards,
    narrative: t.sectionNarrative,
    checks: t.sectionChecks,
    charts: t.sectionCharts,
  };
  return labels[key];
}

/** The Options tab: one control per option, saved on change. */
export function OptionsTab({ options, onChange, note }: OptionsTabProps) {
  const { language, t } = useStrings();
  const styles = useStyles();
  const set = (patch: Partial<PaneOptions>) => onChange({ ...options, ...patch });
  return (
    <div className={styles.root}>
      <div className={styles.group} role="group" aria-labelledby="options-sections-label">
        <Body1Strong id="options-sections-label">{t.optionsSections}</Body1Strong>
        {SECTION_KEYS.map((key) => (
          <Checkbox
            key={key}
            label={sectionLabel(t, key)}
            checked={options.sections[key]}
            onChange={(_, data) => set({ sections: { ...options.sections, [key]: data.checked === true } })}
          />
        ))}
      </div>
      <Field label={t.percentDecimals}>
        <Select value={String(options.percentDecimals)} onChange={(_, data) => set({ percentDecimals: Number(data.value) })} data-testid="option-decimals">
          {[0, 1, 2, 3].map((d) => (
            <option key={d} value={String(d)}>
              {d}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox label={t.trailingZeros} checked={options.stripTrailingZeros} onChange={(_, data) => set({ stripTrailingZeros: data.checked === true })} />
      <Field label={t.zeroBaseStyle}>
        <RadioGroup value={options.zeroBase} onChange={(_, data) => set({ zeroBase: data.value as ZeroBase })}>
          <Radio value="net_increase" label={t.zeroBaseNet} />
          <Radio value="dash" label={t.zeroBaseDash} />
          <Radio value="delta_x100" label={t.zeroBaseX100} />
        </RadioGroup>
      </Field>
      <Field label={t.changeStyle}>
        <RadioGroup
          value={options.changeStyle}
          onChange={(_, data) => set({ changeStyle: data.value === "each" || data.value === "grouped" ? data.value : "auto" })}
          data-testid="option-change-style"
        >
          <Radio value="auto" label={t.changeStyleAuto} />
          <Radio value="each" label={t.changeStyleEach} />
          <Radio value="grouped" label={t.changeStyleGrouped} />
        </RadioGroup>
      </Field>
      <Field label={t.figuresStatus}>
        <RadioGroup
          value={options.figuresStatus}
          onChange={(_, data) => set({ figuresStatus: data.value === "preliminary" || data.value === "final" ? data.value : "source" })}
          data-testid="option-figures-status"
        >
          <Radio value="source" label={t.figuresStatusSource} />
          <Radio value="preliminary" label={t.figuresStatusPreliminary} />
          <Radio value="final" label={t.figuresStatusFinal} />
        </RadioGroup>
      </Field>
      <Field label={t.narrativeLanguage}>
        <RadioGroup value={options.language} onChange={(_, data) => set({ language: data.value === "en" ? "en" : "zh" })} data-testid="option-language">
          <Radio value="zh" label={t.languageZh} />
          <Radio value="en" label={t.languageEn} />
        </RadioGroup>
      </Field>
      <Field label={t.replaceMode}>
        <RadioGroup value={options.mode} onChange={(_, data) => set({ mode: data.value === "new" ? "new" : "replace" })}>
          <Radio value="replace" label={t.replacePrevious} />
          <Radio value="new" label={t.addNew} />
        </RadioGroup>
      </Field>
      <Checkbox label={t.significanceColumn} checked={options.significanceColumn} onChange={(_, data) => set({ significanceColumn: data.checked === true })} />
      <Checkbox
        label={t.breakdownSignificance}
        checked={options.significanceColumn && options.breakdownSignificance}
        disabled={!options.significanceColumn}
        onChange={(_, data) => set({ breakdownSignificance: data.checked === true })}
        data-testid="option-breakdown-significance"
      />
      <Checkbox
        label={t.significanceWording}
        checked={options.significanceWording}
        onChange={(_, data) => set({ significanceWording: data.checked === true })}
        data-testid="option-significance-wording"
      />
      <Field label={t.rateDecimals}>
        <Select value={String(options.rateDecimals)} onChange={(_, data) => set({ rateDecimals: Number(data.value) })} data-testid="option-rate-decimals">
          {[0, 1, 2, 3].map((d) => (
            <option key={d} value={String(d)}>
              {d}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox
        label={t.rateInterval}
        checked={options.rateInterval}
        onChange={(_, data) => set({ rateInterval: data.checked === true })}
        data-testid="option-rate-interval"
      />
      <DenominatorFields denominators={options.denominators} onChange={(denominators) => set({ denominators })} />
      <div>
        <Button onClick={() => onChange(defaultPaneOptions(language))}>{t.resetOptions}</Button>
      </div>
      {note ? <Caption1 role="status">{note}</Caption1> : null}
    </div>
  );
}
