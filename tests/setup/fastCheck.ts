/**
 * The property tests' seed. In CI (CI=true) every property runs on one known seed, so the run that
 * decides whether a change lands is repeatable: a red CI is a regression, never a new random draw.
 * Anywhere else each run draws a new seed and explores new cases (the last stop's CI found a ledger
 * of ±1e308 that way: fixed in 1d156e8); FC_SEED=<n> replays a seed a failure printed.
 */
import fc from "fast-check";

const seed = process.env.FC_SEED ?? (process.env.CI ? "20261206" : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
