/**
 * OfficeExtension.Error and the error codes the host raises. Adapters must map `code`
 * (never `message`) to a user explanation, so codes are spelled exactly as Office.js spells them.
 */

export const ErrorCodes = {
  accessDenied: 'AccessDenied',
  apiNotFound: 'ApiNotFound',
  generalException: 'GeneralException',
  invalidArgument: 'InvalidArgument',
  invalidObjectPath: 'InvalidObjectPath',
  invalidOperation: 'InvalidOperation',
  invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode',
  invalidRequestContext: 'InvalidRequestContext',
  itemAlreadyExists: 'ItemAlreadyExists',
  itemNotFound: 'ItemNotFound',
  propertyNotLoaded: 'PropertyNotLoaded',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
  runMustReturnPromise: 'RunMustReturnPromise',
  valueNotLoaded: 'ValueNotLoaded',
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

export interface DebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
}

/** Same fields as Office.js's OfficeExtension.Error (name "RichApi.Error"). */
export class OfficeExtensionError extends Error {
  override name = 'RichApi.Error';
  readonly code: string;
  readonly debugInfo: DebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: OfficeExtensionError | null = null;
  readonly httpStatusCode: number;

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
    this.httpStatusCode = code === ErrorCodes.accessDenied ? 403 : code === ErrorCodes.itemNotFound ? 404 : 400;
  }
}

/** A host-side failure; `where` names the API member, like Office.js's debugInfo.errorLocation. */
export function hostError(code: ErrorCode, message: string, where?: string): OfficeExtensionError {
  return new OfficeExtensionError(code, message, where);
}

/** The synchronous error Office.js throws when a property is read before load() + sync(). */
export function propertyNotLoaded(type: string, property: string): OfficeExtensionError {
  return hostError(
    ErrorCodes.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${property}`,
  );
}
