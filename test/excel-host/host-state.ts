/** What every proxy of one host shares: the workbook, the counters and the configurable client. */
import { RequirementSets } from './api-versions';
import type { WorkbookModel } from './workbook-model';

export class HostState {
  syncCount = 0;
  proxyCount = 0;
  /** One line per statement executed at a sync ("sync 2: Range.values="), for batching assertions. */
  readonly log: string[] = [];
  readonly requirements = new RequirementSets();
  /** Excel.run({ mergeUndoGroup: true }) calls honoured (ExcelApi 1.20 only). */
  mergedUndoGroups = 0;
  /** Approximate JSON size limit of one sync's loaded data; null = unlimited (Excel on the web: ~5 MB). */
  maxResponseBytes: number | null = null;
  authorName = '测试用户';
  authorEmail = 'tester@example.com';
  private _editMode = false;
  private editWaiters: (() => void)[] = [];

  constructor(public model: WorkbookModel) {}

  /** While true, every sync fails with InvalidOperationInCellEditMode (or waits, with delayForCellEdit). */
  get editMode(): boolean {
    return this._editMode;
  }

  set editMode(on: boolean) {
    this._editMode = on;
    if (!on) this.editWaiters.splice(0).forEach((resolve) => resolve());
  }

  /** Resolves when the user leaves cell edit mode (Excel.run({ delayForCellEdit: true })). */
  editModeEnded(): Promise<void> {
    return this._editMode ? new Promise((resolve) => this.editWaiters.push(resolve)) : Promise.resolve();
  }
}
