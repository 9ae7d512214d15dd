/**
 * Excel.RequestContext: the statement queue and sync(). A sync takes the statements queued so
 * far, lets the promise machinery turn (the request travels to Excel), then runs them in order
 * against the workbook. The first failing statement rejects the sync; statements before it stay
 * applied and the rest are dropped, as in Excel.
 */
import { ErrorCodes, hostError, OfficeExtensionError } from './errors';
import type { HostState } from './host-state';
import type { LoadArg } from './load-spec';
import type { AnyClientObject } from './proxy-base';
import { Workbook } from './workbook';

export interface RunOptions {
  delayForCellEdit?: boolean;
  mergeUndoGroup?: boolean;
}

interface Statement {
  label: string;
  run(): void;
}

export class RequestContext {
  readonly workbook: Workbook;
  /** Kept for API shape; the host never invalidates objects within a run. */
  readonly trackedObjects = { add(_objects: unknown): void {}, remove(_objects: unknown): void {} };
  readonly requestHeaders: Record<string, string> = {};
  _pending: Statement[] = [];
  /** Set when the Excel.run that created the context has finished. */
  _ended = false;
  private _responseBytes = 0;

  constructor(
    readonly _host: HostState,
    readonly _options: RunOptions = {},
  ) {
    this.workbook = new Workbook(this);
  }

  get debugInfo(): { pendingStatements: string[] } {
    return { pendingStatements: this._pending.map((s) => s.label) };
  }

  load(object: AnyClientObject, option?: LoadArg): void {
    object.load(option);
  }

  trace(_message: string): void {}

  _enqueue(label: string, run: () => void): void {
    this._pending.push({ label, run });
  }

  _countResponse(value: unknown): void {
    if (this._host.maxResponseBytes !== null) this._responseBytes += JSON.stringify(value ?? null).length;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const host = this._host;
    const syncNo = ++host.syncCount;
    const batch = this._pending;
    this._pending = [];
    await Promise.resolve();
    if (this._ended && batch.length > 0) {
      throw hostError(
        ErrorCodes.invalidObjectPath,
        'The object path isn\'t working for what you\'re trying to do: the request context of this object has finished (its Excel.run returned).',
        batch[0].label,
      );
    }
    if (host.editMode) {
      if (!this._options.delayForCellEdit) {
        throw hostError(ErrorCodes.invalidOperationInCellEditMode, 'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.');
      }
      await host.editModeEnded();
    }
    this._responseBytes = 0;
    for (const statement of batch) {
      host.log.push(`sync ${syncNo}: ${statement.label}`);
      try {
        statement.run();
      } catch (e) {
        if (e instanceof OfficeExtensionError) {
          e.debugInfo.statement = statement.label;
          e.debugInfo.errorLocation ??= statement.label;
        }
        throw e;
      }
      if (host.maxResponseBytes !== null && this._responseBytes > host.maxResponseBytes) {
        throw hostError(ErrorCodes.responsePayloadSizeLimitExceeded, `The response payload size has exceeded the limit (${this._responseBytes} > ${host.maxResponseBytes} bytes).`, statement.label);
      }
    }
    return passThroughValue as T;
  }
}
