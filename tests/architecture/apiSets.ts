/**
 * The requirement-set audit: resolves every Office.js member the add-in uses to its declaration in
 * @types/office-js with the TypeScript compiler API, reads the requirement set its JSDoc names
 * (`[Api set: ExcelApi 1.13]`, `**Requirement set**: … | SharedRuntime 1.1`), and reports each
 * use above the floor that no `isSetSupported("ExcelApi", "1.x")` check guards. Keys of
 * `load("a,b/c")`, `load(["a"])`, `load({ a: { b: true } })` and `set({ … })` are resolved as
 * members of the loaded object's type, path segment by path segment.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

/** A requirement set and its version, e.g. { set: "ExcelApi", version: "1.13" }. */
export interface SetVersion {
  readonly set: string;
  readonly version: string;
}

/** One use of an Office.js member and the sets any of which would make it available. */
export interface MemberUse {
  readonly file: string;
  readonly line: number;
  /** "Excel.Range.getMergedAreasOrNullObject" */
  readonly member: string;
  /** Alternatives (per host); the member is available when one of them is met. */
  readonly sets: readonly SetVersion[];
  /** The ExcelApi version a surrounding isSetSupported check guarantees, if any. */
  readonly guardedTo?: string;
}

/** Compares "1.13" and "1.9" as versions. */
export function compareVersions(a: string, b: string): number {
  const [am, an] = a.split(".").map(Number);
  const [bm, bn] = b.split(".").map(Number);
  return am - bm || (an || 0) - (bn || 0);
}

/**
 * The sets a JSDoc remark names. "ExcelApi 1.9, ExcelApi Preview for null `destinationRange`"
 * gives ExcelApi 1.9; "ExcelApi 1.1 / 1.3 …" gives ExcelApi 1.1; "ExcelApi 1.1, OneNoteApi 1.1"
 * gives both (alternatives); a bare "ExcelApi Preview" gives { ExcelApi, "Preview" }.
 */
export function parseRemark(comment: string): SetVersion[] {
  const found = new Map<string, string>();
  const add = (set: string, version: string) => {
    const old = found.get(set);
    if (!old || (old === "Preview" && version !== "Preview") || (version !== "Preview" && compareVersions(version, old) < 0)) found.set(set, version);
  };
  for (const m of comment.matchAll(/\[Api set:([^\]]*)\]/g)) {
    for (const s of m[1].matchAll(/\b([A-Z][A-Za-z]+)\s+(\d+\.\d+|Preview)/g)) add(s[1], s[2]);
  }
  for (const m of comment.matchAll(/\*\*Requirement set\*\*:([^\n]*)/g)) {
    for (const s of m[1].matchAll(/\|\s*([A-Z][A-Za-z]+)\s+(\d+\.\d+)/g)) add(s[1], s[2]);
  }
  return [...found].map(([set, version]) => ({ set, version }));
}

function isOfficeDeclaration(decl: ts.Declaration): boolean {
  return /[\\/]@types[\\/]office-js[\\/]/.test(decl.getSourceFile().fileName);
}

/** Sets of other Office applications: a remark naming only these does not constrain Excel. */
const OTHER_HOSTS = /^(Mailbox|Word|PowerPoint|OneNote|Visio|Project|Outlook)/;

function remarkSets(symbol: ts.Symbol | undefined): SetVersion[] | undefined {
  const decls = symbol?.getDeclarations()?.filter(isOfficeDeclaration);
  if (!decls || decls.length === 0) return undefined;
  const sets: SetVersion[] = [];
  for (const d of decls) {
    const text = d.getSourceFile().text;
    for (const r of ts.getLeadingCommentRanges(text, d.getFullStart()) ?? []) sets.push(...parseRemark(text.slice(r.pos, r.end)));
  }
  return sets.filter((s) => !OTHER_HOSTS.test(s.set));
}

function memberName(checker: ts.TypeChecker, symbol: ts.Symbol): string {
  const parent = (symbol as { parent?: ts.Symbol }).parent;
  return parent ? `${checker.getFullyQualifiedName(parent)}.${symbol.name}` : symbol.name;
}

/** The checker, for following constants such as MERGED_AREAS_API to their string (set by auditProgram). */
let currentChecker: ts.TypeChecker | undefined;

/** A string argument: a literal, or a const initialised with one (imports followed). */
function stringValue(arg: ts.Expression): string | undefined {
  if (ts.isStringLiteralLike(arg)) return arg.text;
  if (!ts.isIdentifier(arg) || !currentChecker) return undefined;
  let symbol = currentChecker.getSymbolAtLocation(arg);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = currentChecker.getAliasedSymbol(symbol);
  const decl = symbol?.valueDeclaration;
  return decl && ts.isVariableDeclaration(decl) && decl.initializer && ts.isStringLiteralLike(decl.initializer) ? decl.initializer.text : undefined;
}

/** The ExcelApi version an `isSetSupported(…"ExcelApi", "1.x")` call in this expression checks. */
function checkedVersion(expr: ts.Node): string | undefined {
  let version: string | undefined;
  const visit = (n: ts.Node) => {
    if (ts.isCallExpression(n)) {
      const callee = n.expression;
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : "";
      const literals = n.arguments.map((a) => stringValue(a) ?? "");
      const at = literals.indexOf("ExcelApi");
      if (name === "isSetSupported" && at >= 0 && literals[at + 1]) version = literals[at + 1];
    }
    ts.forEachChild(n, visit);
  };
  visit(expr);
  return version;
}

/** Whether an expression is `!isSetSupported(…)` (the early-exit form). */
function negatedCheck(expr: ts.Expression): string | undefined {
  return ts.isPrefixUnaryExpression(expr) && expr.operator === ts.SyntaxKind.ExclamationToken ? checkedVersion(expr.operand) : undefined;
}

function exits(statement: ts.Statement): boolean {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true;
  return ts.isBlock(statement) && statement.statements.length > 0 && exits(statement.statements[statement.statements.length - 1]);
}

/**
 * The highest ExcelApi version guaranteed at a node by the code around it: the then-branch of
 * `if (isSetSupported(…))`, the right of `isSetSupported(…) && …`, the true branch of `?:`, or
 * the statements after `if (!isSetSupported(…)) return/throw` in an enclosing block.
 */
export function guardAt(node: ts.Node): string | undefined {
  let best: string | undefined;
  const take = (v: string | undefined) => {
    if (v && (!best || compareVersions(v, best) > 0)) best = v;
  };
  for (let child: ts.Node = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && parent.thenStatement === child) take(checkedVersion(parent.expression));
    if (ts.isIfStatement(parent) && parent.elseStatement === child) take(negatedCheck(parent.expression));
    if (ts.isConditionalExpression(parent) && parent.whenTrue === child) take(checkedVersion(parent.condition));
    if (ts.isBinaryExpression(parent) && parent.right === child && parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)
      take(checkedVersion(parent.left));
    if (ts.isBlock(parent) || ts.isSourceFile(parent)) {
      for (const s of parent.statements) {
        if (s === child) break;
        if (ts.isIfStatement(s) && !s.elseStatement && exits(s.thenStatement)) take(negatedCheck(s.expression));
      }
    }
  }
  return best;
}

/** String literals an argument holds, following identifiers to their initializers (one file). */
function literalStrings(checker: ts.TypeChecker, expr: ts.Node, seen = new Set<ts.Node>()): string[] | undefined {
  if (seen.has(expr)) return [];
  seen.add(expr);
  if (ts.isStringLiteralLike(expr)) return [expr.text];
  if (ts.isIdentifier(expr)) {
    const decl = checker.getSymbolAtLocation(expr)?.valueDeclaration;
    return decl && ts.isVariableDeclaration(decl) && decl.initializer ? literalStrings(checker, decl.initializer, seen) : undefined;
  }
  const out: string[] = [];
  let any = false;
  expr.forEachChild((c) => {
    const s = literalStrings(checker, c, seen);
    if (s) {
      any = true;
      out.push(...s);
    }
  });
  return any ? out : undefined;
}

/** Element type of an array type, else the type itself (for "items/name" paths). */
function elementOf(checker: ts.TypeChecker, type: ts.Type): ts.Type {
  return checker.isArrayType(type) ? (checker.getTypeArguments(type as ts.TypeReference)[0] ?? type) : type;
}

/** Resolves a property path ("areas/items/rowIndex") on a type, reporting each segment. */
function resolvePath(checker: ts.TypeChecker, type: ts.Type, segments: string[], report: (s: ts.Symbol) => void): boolean {
  let current = type;
  for (const segment of segments) {
    const prop = checker.getPropertyOfType(elementOf(checker, current), segment);
    if (!prop) return false;
    report(prop);
    const decl = prop.valueDeclaration ?? prop.declarations?.[0];
    if (!decl) return false;
    current = checker.getTypeOfSymbolAtLocation(prop, decl);
  }
  return true;
}

/** Paths in a load()/set() object literal: { format: { font: { bold: true } } } → format/font/bold. */
function objectPaths(node: ts.ObjectLiteralExpression, prefix: string[] = []): string[][] {
  const out: string[][] = [];
  for (const p of node.properties) {
    const key = p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined;
    if (!key || key === "$all") continue;
    const init = ts.isPropertyAssignment(p) ? p.initializer : undefined;
    if (init && ts.isObjectLiteralExpression(init) && key !== "select" && key !== "expand") out.push(...objectPaths(init, [...prefix, key]));
    else if (key === "select" || key === "expand") {
      if (init) for (const s of literalStringsSimple(init)) for (const part of s.split(",")) out.push([...prefix, ...part.trim().split("/")]);
    } else out.push([...prefix, key]);
  }
  return out;
}

function literalStringsSimple(n: ts.Node): string[] {
  return ts.isStringLiteralLike(n) ? [n.text] : [];
}

/**
 * Every Office.js member used in the program's files that `include` accepts, with its sets.
 * Uses that cannot be audited (a load() whose keys are not literal) come back as `unresolved`.
 */
export function auditProgram(program: ts.Program, include: (fileName: string) => boolean): { uses: MemberUse[]; unresolved: string[] } {
  const checker = program.getTypeChecker();
  currentChecker = checker;
  const uses: MemberUse[] = [];
  const unresolved: string[] = [];
  for (const sf of program.getSourceFiles()) {
    if (sf.isDeclarationFile || !include(sf.fileName)) continue;
    const where = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart()).line + 1;
    const record = (node: ts.Node, symbol: ts.Symbol) => {
      const sets = remarkSets(symbol);
      if (sets && sets.length) uses.push({ file: sf.fileName, line: where(node), member: memberName(checker, symbol), sets, guardedTo: guardAt(node) });
    };
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        if (symbol) record(node, symbol);
        const call = node.parent;
        const isExcelLoad = (node.name.text === "load" || node.name.text === "set") && symbol && memberName(checker, symbol).startsWith("Excel.");
        if (isExcelLoad && ts.isCallExpression(call) && call.expression === node) {
          const target = checker.getTypeAtLocation(node.expression);
          const arg = call.arguments[0];
          if (arg) {
            let paths: string[][] | undefined;
            if (ts.isObjectLiteralExpression(arg)) paths = objectPaths(arg);
            else {
              const strings = literalStrings(checker, arg);
              paths = strings?.flatMap((s) => s.split(",").map((p) => p.trim().split("/").filter(Boolean)));
            }
            if (!paths) unresolved.push(`${sf.fileName}:${where(call)} ${node.getText()}(…) keys are not literal`);
            for (const p of paths ?? []) {
              if (p.length === 0) continue;
              const ok = resolvePath(checker, target, p, (s) => record(call, s));
              if (!ok) unresolved.push(`${sf.fileName}:${where(call)} ${node.name.text}("${p.join("/")}") does not resolve`);
            }
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { uses, unresolved };
}

/** Whether a use is available at the floor (or under its guard). */
export function allowed(use: MemberUse, floor: ReadonlyMap<string, string>): boolean {
  return use.sets.some(({ set, version }) => {
    if (version === "Preview") return false;
    const have =
      set === "ExcelApi" && use.guardedTo && (!floor.get(set) || compareVersions(use.guardedTo, floor.get(set)!) > 0) ? use.guardedTo : floor.get(set);
    return have !== undefined && compareVersions(version, have) <= 0;
  });
}

/** The requirement sets manifest.xml declares: set name → MinVersion. */
export function manifestFloor(manifestXml: string): Map<string, string> {
  const sets = new Map<string, string>();
  const block = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(manifestXml)?.[1] ?? "";
  for (const m of block.matchAll(/<Set\s+Name="([^"]+)"\s+MinVersion="([^"]+)"/g)) sets.set(m[1], m[2]);
  return sets;
}

/**
 * A program over the given files plus virtual ones (for the self-check), with the project's
 * compiler options.
 */
export function makeProgram(rootDir: string, files: string[], virtual: Record<string, string> = {}): ts.Program {
  const configPath = path.join(rootDir, "tsconfig.json");
  const config = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, rootDir);
  const options: ts.CompilerOptions = { ...config.options, noEmit: true, types: ["office-js", "custom-functions-runtime"] };
  const host = ts.createCompilerHost(options, true);
  const read = host.readFile.bind(host);
  const exists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (f) => virtual[f] ?? read(f);
  host.fileExists = (f) => f in virtual || exists(f);
  host.getSourceFile = (f, lang, onError, create) =>
    f in virtual
      ? ts.createSourceFile(f, virtual[f], lang, true, f.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
      : getSourceFile(f, lang, onError, create);
  return ts.createProgram({ rootNames: [...files, ...Object.keys(virtual)], options, host });
}

/** The .ts/.tsx files under the given folders. */
export function sourceFiles(dirs: string[]): string[] {
  return dirs.flatMap((dir) =>
    fs.existsSync(dir)
      ? (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".d.ts")).map((f) => path.join(dir, f))
      : [],
  );
}
