/**
 * The `Excel` and `OfficeExtension` globals of one host: Excel.run, the RequestContext class,
 * and the enums the add-in may reference at run time.
 */
import { ErrorCodes, OfficeExtensionError, hostError } from './errors';
import type { HostState } from './host-state';
import { ClientObject, ClientResult, type AnyClientObject } from './proxy-base';
import { RequestContext, type RunOptions } from './request-context';

type Batch<T> = (context: RequestContext) => Promise<T>;
type RunFirstArg = (RunOptions & { previousObjects?: unknown }) | AnyClientObject | AnyClientObject[] | RequestContext;

export function createExcelNamespace(state: HostState) {
  /** `new Excel.RequestContext()` works too, bound to this host. */
  class BoundRequestContext extends RequestContext {
    constructor() {
      super(state);
    }
  }

  async function run<T>(first: RunFirstArg | Batch<T>, maybeBatch?: Batch<T>): Promise<T> {
    const batch = (typeof first === 'function' ? first : maybeBatch) as Batch<T>;
    const arg = typeof first === 'function' ? undefined : first;
    const previous = previousContext(arg);
    const options: RunOptions = arg && !previous && !Array.isArray(arg) && !(arg instanceof ClientObject) ? (arg as RunOptions) : {};
    // ExcelApi 1.20 merges the run's syncs into one undo step; older clients ignore the option.
    if (options.mergeUndoGroup && state.requirements.excelApi('1.20')) state.mergedUndoGroups++;
    const context = previous ?? new RequestContext(state, options);
    const wasEnded = context._ended;
    context._ended = false;
    try {
      const pending = batch(context);
      if (!pending || typeof (pending as Promise<T>).then !== 'function') {
        throw hostError(ErrorCodes.runMustReturnPromise, 'The batch function passed to the ".run" method didn\'t return a promise.');
      }
      const result = await pending;
      // Like Office.js, statements still queued when the batch resolves are sent in a final sync.
      if (context._pending.length > 0) await context.sync();
      return result;
    } catch (e) {
      context._pending = [];
      throw e;
    } finally {
      context._ended = previous ? wasEnded : true;
    }
  }

  const Excel = {
    run,
    RequestContext: BoundRequestContext,
    ErrorCodes: {
      ...ErrorCodes,
      invalidReference: 'InvalidReference',
      invalidSelection: 'InvalidSelection',
      notImplemented: 'NotImplemented',
      unsupportedOperation: 'UnsupportedOperation',
      mergedRangeConflict: 'MergedRangeConflict',
    },
    SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
    RangeValueType: { unknown: 'Unknown', empty: 'Empty', string: 'String', integer: 'Integer', double: 'Double', boolean: 'Boolean', error: 'Error', richValue: 'RichValue' },
    ClearApplyTo: { all: 'All', formats: 'Formats', contents: 'Contents', hyperlinks: 'Hyperlinks', removeHyperlinks: 'RemoveHyperlinks', resetContents: 'ResetContents' },
    FillPattern: { none: 'None', solid: 'Solid' },
    ContentType: { plain: 'Plain', mention: 'Mention' },
  };

  const OfficeExtension = {
    Error: OfficeExtensionError,
    ErrorCodes,
    ClientObject,
    ClientResult,
    ClientRequestContext: RequestContext,
    config: { extendedErrorLogging: false },
  };

  return { Excel, OfficeExtension };
}

function previousContext(arg: unknown): RequestContext | undefined {
  if (arg instanceof RequestContext) return arg;
  if (arg instanceof ClientObject) return arg.context;
  if (Array.isArray(arg)) return arg[0] instanceof ClientObject ? arg[0].context : undefined;
  const prev = (arg as { previousObjects?: unknown } | undefined)?.previousObjects;
  return prev ? previousContext(prev) : undefined;
}
