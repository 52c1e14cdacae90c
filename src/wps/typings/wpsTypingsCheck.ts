/**
 * Compiled only by tsconfig.wps-typings-addin.json (npm run typecheck): the add-in root members we
 * use (task panes, PluginStorage, the file system, the temp folder) are declared for every WPS
 * component in wps-jsapi-declare (unmodified) as well as in et-jsapi-declare; this checks our facade
 * against the former, so a change on either side fails the type check. The two packages declare
 * the same globals and cannot share one program, hence a program each.
 */
/// <reference types="wps-jsapi-declare" />
import type * as Facade from "../facade";

export const addinRoot: Facade.WpsAddinRoot = null as unknown as WPS.AddonRoot;
export const taskPane: Facade.WpsTaskPane = null as unknown as WPS.CustomTaskpane;
export const pluginStorage: Facade.WpsPluginStorage = null as unknown as WPS.PluginStorage;
export const fileSystem: Facade.WpsFileSystem = null as unknown as WPS.FileSystem;
