/**
 * Tolerant matching of a header (or a header path) to an indicator of the registry.
 */
import type { IndicatorDomain } from "../reader/model";
import { headerCore, similarity } from "./headerText";
import { INDICATORS, indicatorById, type Indicator } from "./indicators";
import { parseUnit } from "./units";
import { isBelow, parentOf } from "./forms/relations";

/** The best indicator for a header. */
export interface IndicatorMatch {
  readonly indicator: Indicator;
  /** 0 to 1: 1 for an exact alias, lower for a typo, a containment or a fuzzy match. */
  readonly confidence: number;
  /** The alias (as written in the registry) that matched. */
  readonly matchedAlias: string;
  /** How the match was made. */
  readonly how: "exact" | "typo" | "contains" | "fuzzy";
  /** true when a known misspelling or a fuzzy match was resolved. */
  readonly resolvedTypo: boolean;
  /** The header text (path element) that matched. */
  readonly header: string;
  /** Every indicator id sharing the matched alias (直接经济损失: direct_loss and dz_direct_loss). */
  readonly alternatives: readonly string[];
}

/** Hints that decide between indicators sharing an alias (直接经济损失: accident or disaster). */
export interface MatchOptions {
  readonly domain?: IndicatorDomain;
}

interface AliasEntry {
  readonly indicator: Indicator;
  readonly alias: string;
  readonly core: string;
  readonly typo: boolean;
  readonly context: boolean;
  /** Only in a table of the indicator's own domain (死亡人数 under a 森林火灾 title). */
  readonly domainOnly: boolean;
}

const ENTRIES: AliasEntry[] = [];
const EXACT = new Map<string, AliasEntry[]>();
for (const indicator of INDICATORS) {
  const add = (alias: string, typo: boolean, context: boolean, domainOnly = false) => {
    const core = headerCore(alias);
    const entry = { indicator, alias, core, typo, context, domainOnly };
    ENTRIES.push(entry);
    const list = EXACT.get(core) ?? [];
    list.push(entry);
    EXACT.set(core, list);
  };
  add(indicator.name, false, false);
  for (const a of indicator.aliases) add(a, false, false);
  for (const a of indicator.typos ?? []) add(a, true, false);
  for (const a of indicator.contextAliases ?? []) add(a, false, true);
  for (const a of indicator.domainAliases ?? []) add(a, false, false, true);
}
// Longest first, so "重大隐患已整改" is tried before "已整改".
const CONTAINABLE = ENTRIES.filter((e) => e.core.length >= 3 && !e.context).sort((a, b) => b.core.length - a.core.length);

/** Words that describe a period or a change, not an indicator: skipped when walking a path. */
const NON_INDICATOR =
  /^(本期|本年|本月|今年|去年同期|上年同期|同期|上期|合计|总计|小计|其中|数量|数值|绝对数|累计|\d{4}年.*|.*月|.*季度|上半年|下半年|全年|.*增减.*|.*增长.*|.*幅度.*|±.*|.*%.*|比上年.*|同比.*|环比.*)$/;

/** Headers of text columns (受灾乡镇名称, 事故地点, 备注): they name places or words, never a figure. */
const TEXT_COLUMN = /(名称|名单|地址|地点|说明|备注)$/;

/**
 * Matches already made, by cleaned header, domain and context: a 20,000-row table asks for the
 * same few headers again and again. The registry is fixed, so a cached match never goes stale;
 * the cache is bounded and {@link clearIndicatorMatches} empties it.
 */
const cache = new Map<string, IndicatorMatch | null>();

/**
 * Forgets every cached match (for tests, and for a host that wants its memory back).
 *
 * @example clearIndicatorMatches()
 */
export function clearIndicatorMatches(): void {
  cache.clear();
}

/** Whether a context alias ("其他") stands under its parent's header (直接经济损失). */
function underParent(e: AliasEntry, context: readonly string[]): boolean {
  const parent = parentOf(e.indicator.id);
  return parent !== undefined && context.includes(parent);
}

/** Whether a domain's own word may be used here: only in a table of that domain. */
function inDomain(e: AliasEntry, options: MatchOptions): boolean {
  return !e.domainOnly || options.domain === e.indicator.domain;
}

function pick(list: readonly AliasEntry[], options: MatchOptions, context: readonly string[]): AliasEntry | undefined {
  const allowed = list.filter((e) => (!e.context || underParent(e, context)) && inDomain(e, options));
  if (allowed.length === 0) return undefined;
  return allowed.find((e) => options.domain !== undefined && e.indicator.domain === options.domain) ?? allowed[0];
}

function matchOne(header: string, options: MatchOptions, context: readonly string[]): IndicatorMatch | null {
  const core = headerCore(header);
  if (core === "") return null;
  const key = `${core}\u0000${options.domain ?? ""}\u0000${context.join(",")}`;
  const cached = cache.get(key);
  // The key is the cleaned header: the cached match must still name the header as written here.
  if (cached !== undefined) return cached && cached.header !== header ? { ...cached, header } : cached;
  const result = computeMatch(header, core, options, context);
  if (cache.size > 50000) cache.clear();
  cache.set(key, result);
  return result;
}

function computeMatch(header: string, core: string, options: MatchOptions, context: readonly string[]): IndicatorMatch | null {
  const exact = EXACT.get(core);
  const exactEntry = exact && pick(exact, options, context);
  if (exactEntry) {
    return {
      indicator: exactEntry.indicator,
      confidence: exactEntry.typo ? 0.9 : 1,
      matchedAlias: exactEntry.alias,
      how: exactEntry.typo ? "typo" : "exact",
      resolvedTypo: exactEntry.typo,
      header,
      alternatives: exact.filter((e) => inDomain(e, options)).map((e) => e.indicator.id),
    };
  }
  if (NON_INDICATOR.test(core) || TEXT_COLUMN.test(core)) return null;
  // The header says more than the alias ("本期事故起数", "排查隐患总数").
  const contained = CONTAINABLE.filter((e) => core.includes(e.core) && inDomain(e, options));
  if (contained.length > 0) {
    const longest = contained[0].core.length;
    const best =
      pick(
        contained.filter((e) => e.core.length === longest),
        options,
        context,
      ) ?? contained[0];
    return {
      indicator: best.indicator,
      confidence: Math.min(0.85, 0.55 + 0.35 * (best.core.length / core.length)),
      matchedAlias: best.alias,
      how: best.typo ? "typo" : "contains",
      resolvedTypo: best.typo,
      header,
      alternatives: [best.indicator.id],
    };
  }
  // An unseen variant: the closest alias by edit distance, if close enough. 伤亡 (deaths and injuries
  // together) is one character from 死亡 and from 受伤 but is neither: never guessed.
  if (core.length < 3 || core.length > 20 || core.includes("伤亡")) return null;
  let bestEntry: AliasEntry | undefined;
  let bestScore = 0;
  for (const e of ENTRIES) {
    if (e.core.length < 3 || Math.abs(e.core.length - core.length) > 2) continue;
    if ((e.context && !underParent(e, context)) || !inDomain(e, options)) continue;
    const score = similarity(core, e.core);
    if (score > bestScore || (score === bestScore && bestEntry && options.domain === e.indicator.domain && bestEntry.indicator.domain !== options.domain)) {
      bestScore = score;
      bestEntry = e;
    }
  }
  if (!bestEntry || bestScore < 0.7) return null;
  return {
    indicator: bestEntry.indicator,
    confidence: Math.round(bestScore * 0.8 * 100) / 100,
    matchedAlias: bestEntry.alias,
    how: "fuzzy",
    resolvedTypo: true,
    header,
    alternatives: [bestEntry.indicator.id],
  };
}

/**
 * Finds the indicator a header means. Accepts one header text or a header path (outermost
 * first, as merged headers give it); the path is read from the leaf upwards, skipping period
 * and change words (本期, 同比增减幅度(%)), and a leaf that names a part ("其他") only counts
 * under its parent's header.
 *
 * @param header the header text, or its path ["直接经济损失（万元）", "其中：", "农林牧渔业"]
 * @param options a domain hint for aliases shared by two domains
 * @returns the best match with its confidence, or undefined when nothing fits
 * @example matchIndicator("工贸商贸业")?.indicator.id // "loss_industry" (resolvedTypo: true)
 * @example matchIndicator(["事故起数", "本期"])?.indicator.id // "accident_count"
 */
export function matchIndicator(header: string | readonly string[], options: MatchOptions = {}): IndicatorMatch | undefined {
  const path = typeof header === "string" ? [header] : header;
  const m = matchPath(path, options);
  if (!m?.indicator.byUnit) return m;
  for (let i = path.length - 1; i >= 0; i--) {
    const unit = parseUnit(path[i]);
    if (unit) return withUnit(m, unit);
  }
  return m;
}

/**
 * The match re-read for the unit the workbook states for it, where the unit decides between
 * two indicators sharing a name: 行政处罚 in 万元 is the amount of the penalties (罚款), in 次 their
 * number. Other matches are returned as they are.
 *
 * @param match a match from matchIndicator
 * @param unit the unit stated in the header, a 单位 column or a unit row
 * @returns the match, pointing at the indicator the unit means
 * @example withUnit(matchIndicator("行政处罚")!, "万元").indicator.id // "fines"
 */
export function withUnit(match: IndicatorMatch, unit: string | undefined): IndicatorMatch {
  const id = unit === undefined ? undefined : match.indicator.byUnit?.[unit];
  const other = id === undefined ? undefined : indicatorById(id);
  return other ? { ...match, indicator: other, alternatives: [other.id, ...match.alternatives.filter((a) => a !== other.id)] } : match;
}

function matchPath(path: readonly string[], options: MatchOptions): IndicatorMatch | undefined {
  const ancestors: (IndicatorMatch | null)[] = [];
  // Ancestors first, so a leaf such as "其他" can see that it sits under 直接经济损失.
  for (let i = 0; i < path.length; i++) {
    ancestors.push(
      matchOne(
        path[i],
        options,
        ancestors.flatMap((m) => (m ? m.alternatives : [])),
      ),
    );
  }
  for (let i = path.length - 1; i >= 0; i--) {
    const m = ancestors[i];
    if (!m) continue;
    // A leaf such as 农林牧渔业 under 事故起数 is an industry, not a loss category.
    const above = ancestors.slice(0, i).find((a) => a !== null);
    if (
      above &&
      parentOf(m.indicator.id) !== undefined &&
      !above.alternatives.some((id) => isPartOf(m.indicator.id, id)) &&
      m.indicator.domain !== above.indicator.domain
    )
      return above;
    return m;
  }
  return undefined;
}

/**
 * Whether an indicator is `ancestorId` or lies below it in the "其中" tree of the national forms
 * (src/core/registry/forms/).
 *
 * @param id the indicator id
 * @param ancestorId the possible ancestor
 * @returns true when id is ancestorId or one of its parts
 * @example isPartOf("loss_agri", "dz_direct_loss") // true
 */
export function isPartOf(id: string, ancestorId: string): boolean {
  return isBelow(id, ancestorId);
}
