/**
 * A strict in-memory Excel for tests of the Office.js adapter, in jest and (through a stub
 * office.js) in a real browser page. Unlike office-addin-mock it keeps Office.js's batching:
 * nothing is read before load() + sync(), nothing is written before sync().
 *
 *   const host = createExcelHost(model);
 *   const uninstall = installGlobals(host);      // globalThis.Excel / Office / OfficeExtension
 *   await readWorkbook();                         // the adapter under test
 *   expect(host.syncCount).toBeLessThanOrEqual(4);
 */
import { createExcelNamespace } from './excel-namespace';
import { HostState } from './host-state';
import { createOfficeNamespace, type Platform } from './office-namespace';
import type { WorkbookModel } from './workbook-model';

export interface ExcelHostOptions {
  /** Highest supported ExcelApi requirement set; default "1.20". */
  apiVersion?: string;
  /** Office.context.platform; default "PC". */
  platform?: Platform;
  /** Author of notes and comments the add-in creates. */
  authorName?: string;
}

export class ExcelHost {
  readonly Excel;
  readonly Office;
  readonly OfficeExtension;
  private readonly state: HostState;

  constructor(model: WorkbookModel, options: ExcelHostOptions = {}) {
    this.state = new HostState(model);
    if (options.apiVersion) this.setApiVersion(options.apiVersion);
    if (options.authorName) this.state.authorName = options.authorName;
    const { Excel, OfficeExtension } = createExcelNamespace(this.state);
    this.Excel = Excel;
    this.OfficeExtension = OfficeExtension;
    this.Office = createOfficeNamespace(this.state, options.platform ?? 'PC');
  }

  /** The workbook behind the proxies; tests inspect (and may prepare) it directly. */
  get workbook(): WorkbookModel {
    return this.state.model;
  }
  set workbook(model: WorkbookModel) {
    this.state.model = model;
  }

  /** context.sync() calls, plus Excel.run's final sync when statements were still queued. */
  get syncCount(): number {
    return this.state.syncCount;
  }
  /** Proxy objects created (workbook, collections, ranges, formats, loaded collection items…). */
  get proxyCount(): number {
    return this.state.proxyCount;
  }
  /** "sync 3: Range.values=" — every statement executed, in order. */
  get log(): readonly string[] {
    return this.state.log;
  }
  /** Excel.run({ mergeUndoGroup: true }) calls honoured (ExcelApi ≥ 1.20). */
  get mergedUndoGroups(): number {
    return this.state.mergedUndoGroups;
  }

  /** While true every sync fails with InvalidOperationInCellEditMode (or waits, with delayForCellEdit). */
  get editMode(): boolean {
    return this.state.editMode;
  }
  set editMode(on: boolean) {
    this.state.editMode = on;
  }

  /** Approximate per-sync response size limit in bytes (Excel on the web: 5 MB); null = none. */
  get maxResponseBytes(): number | null {
    return this.state.maxResponseBytes;
  }
  set maxResponseBytes(limit: number | null) {
    this.state.maxResponseBytes = limit;
  }

  /** Simulates an older client: features above this ExcelApi version fail with ApiNotFound. */
  setApiVersion(version: string): void {
    this.state.requirements.set('ExcelApi', version);
  }

  /** Declares another requirement set (e.g. "ExcelApiOnline", "1.1"), or removes it with null. */
  setRequirementSet(name: string, maxVersion: string | null): void {
    this.state.requirements.set(name, maxVersion);
  }

  resetCounters(): void {
    this.state.syncCount = 0;
    this.state.proxyCount = 0;
    this.state.mergedUndoGroups = 0;
    this.state.log.length = 0;
  }
}

export function createExcelHost(model: WorkbookModel, options?: ExcelHostOptions): ExcelHost {
  return new ExcelHost(model, options);
}

/** Sets globalThis.Excel / Office / OfficeExtension to the host's; returns a function that restores them. */
export function installGlobals(host: ExcelHost): () => void {
  const g = globalThis as Record<string, unknown>;
  const saved = { Excel: g.Excel, Office: g.Office, OfficeExtension: g.OfficeExtension };
  g.Excel = host.Excel;
  g.Office = host.Office;
  g.OfficeExtension = host.OfficeExtension;
  return () => Object.assign(g, saved);
}

export { OfficeExtensionError, ErrorCodes } from './errors';
export { SheetModel, WorkbookModel } from './workbook-model';
export type { CellModel, CellValue, CommentModel, CustomXmlPartModel, NoteModel, SheetVisibility } from './workbook-model';
export type { RequestContext } from './request-context';
export type { Range } from './range';
export type { Worksheet } from './worksheet';
