/** The pure BUREAU functions, Office-free: each returns a result matrix or one error value. */
export { yoy, yoyOf, NO_BASE } from "./yoy";
export { change } from "./change";
export { ppChange, percentPointsOf } from "./ppChange";
export { share, shareOf } from "./share";
export { rectRate, rectRateOf } from "./rectRate";
export { yoyText } from "./yoyText";
export { pctText } from "./pctText";
export { sumGap, gapOf } from "./sumGap";
export { breakdown, defaultLabel, TOTAL_LABEL } from "./breakdown";
export { mapPairs, safePair } from "./elementwise";
