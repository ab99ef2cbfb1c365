import { ErrorCode } from './error-codes';

/**
 * The one map between error codes and HTTP statuses. GraphQL errors carry the code; the other
 * HTTP endpoints (imports, exports, reports) answer with the status beside the same code; an
 * HttpException raised by Nest or Express (a 413 body limit, a 404 route) maps back through it.
 */
export const HTTP_STATUS_OF_CODE: Readonly<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.QUERY_TOO_COMPLEX]: 400,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.UNAVAILABLE]: 503,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
};

/** The code of an HTTP status: the exact one where a code maps to it, else by class (4xx: the caller's input, 5xx: ours). */
export function errorCodeOfHttpStatus(status: number): ErrorCode {
  const exact: Partial<Record<number, ErrorCode>> = {
    401: ErrorCode.UNAUTHENTICATED,
    403: ErrorCode.FORBIDDEN,
    404: ErrorCode.NOT_FOUND,
    409: ErrorCode.CONFLICT,
    429: ErrorCode.RATE_LIMITED,
    503: ErrorCode.UNAVAILABLE,
  };
  return exact[status] ?? (status >= 500 ? ErrorCode.INTERNAL_SERVER_ERROR : ErrorCode.BAD_USER_INPUT);
}
