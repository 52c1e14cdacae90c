/**
 * Every test's hosts calculate synchronously (createHost evaluates its formulas as it is made), so
 * HyperFormula is installed before each test file; the browser loads it lazily instead
 * (src/host/formulas.ts).
 */
import { HyperFormula } from "hyperformula";
import { installFormulaEngine } from "../../src/host/formulas";

installFormulaEngine(HyperFormula);
