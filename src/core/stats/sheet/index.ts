/** The statistics functions as Office-free matrix functions; `src/functions/statsFunctions.ts` wraps them for Excel. */
export { yoyTest, yoySig } from "./yoyTest";
export { rateCi, rateDiff, NO_RATE } from "./rateCi";
export { trend } from "./trend";
export { outliers, OUTLIERS_MINIMUM_REGIONS } from "./outliers";
export { describeValues } from "./describeValues";
export { mapMany } from "./mapMany";
export { readSeries, tooShort, type SeriesReading } from "./series";
