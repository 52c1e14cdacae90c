/**
 * Compiled only by tsconfig.wps-typings.json (npm run typecheck): Kingsoft's ET typings
 * (et-jsapi-declare, unmodified) must be assignable to our facade, so a member the facade uses
 * that Kingsoft renames, retypes or turns from a property into a method fails the type check.
 * Nothing here runs; the file is excluded from the main program so its globals (`Application`,
 * `wps`, the `Et` namespace) reach no other file.
 */
/// <reference types="et-jsapi-declare" />
import type * as Facade from "../facade";

type Kingsoft = WPS.AddonRoot & WPS.EtAddonRoot & Et.Application;

// Each line fails to compile when Kingsoft's type no longer fits the facade's.
export const application: Facade.EtApplication = null as unknown as Et.Application;
export const addinRoot: Facade.WpsAddinRoot = null as unknown as WPS.AddonRoot;
// The event API is overloaded by event name: check the one overload we call, both ways round.
declare const kingsoftEvents: WPS.EtApiEvent;
declare const handler: Facade.SheetChangeHandler;
kingsoftEvents.AddApiEventListener("SheetChange", handler);
kingsoftEvents.RemoveApiEventListener("SheetChange", handler);
export const addCustomFunction: Facade.WpsAddCustomFunction = null as unknown as WPS.EtAddonRoot["AddCustomFunction"];
export const whole: Omit<Facade.WpsApplication, "ApiEvent"> = null as unknown as Kingsoft;
export const workbook: Facade.EtWorkbook = null as unknown as Et.Workbook;
export const worksheet: Facade.EtWorksheet = null as unknown as Et.Worksheet;
export const range: Facade.EtRange = null as unknown as Et.Range;
export const font: Facade.EtFont = null as unknown as Et.Font;
export const interior: Facade.EtInterior = null as unknown as Et.Interior;
export const border: Facade.EtBorder = null as unknown as Et.Border;
export const customProperties: Facade.EtCustomProperties = null as unknown as Et.CustomProperties;
export const customProperty: Facade.EtCustomProperty = null as unknown as Et.CustomProperty;
export const names: Facade.EtNames = null as unknown as Et.Names;
export const name: Facade.EtName = null as unknown as Et.Name;
export const shapes: Facade.EtShapes = null as unknown as Et.Shapes;
export const shape: Facade.EtShape = null as unknown as Et.Shape;
export const chart: Facade.EtChart = null as unknown as Et.Chart;
export const axes: Facade.EtAxes = null as unknown as Kso.Axes;
export const axis: Facade.EtAxis = null as unknown as Kso.MsoAxis;
export const pageSetup: Facade.EtPageSetup = null as unknown as Et.PageSetup;
export const window: Facade.EtWindow = null as unknown as Et.Window;
export const taskPane: Facade.WpsTaskPane = null as unknown as WPS.CustomTaskpane;
export const pluginStorage: Facade.WpsPluginStorage = null as unknown as WPS.PluginStorage;
export const fileSystem: Facade.WpsFileSystem = null as unknown as WPS.FileSystem;
