import { HttpException } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainError } from './domain-error';
import { ErrorCode } from './error-codes';
import { errorCodeOfHttpStatus } from './error-status';
import { graphqlErrorField } from './graphql-error-field';

/** Codes Apollo and graphql-js raise themselves, mapped to the codes of API.md. */
const APOLLO_CODE_MAP: Record<string, ErrorCode> = {
  GRAPHQL_VALIDATION_FAILED: ErrorCode.BAD_USER_INPUT,
  GRAPHQL_PARSE_FAILED: ErrorCode.BAD_USER_INPUT,
  BAD_USER_INPUT: ErrorCode.BAD_USER_INPUT,
  BAD_REQUEST: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_FOUND: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.BAD_USER_INPUT,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_USER_INPUT,
  QUERY_TOO_COMPLEX: ErrorCode.QUERY_TOO_COMPLEX,
};

export interface ErrorFormatOptions {
  /** In production, internal errors say nothing of their cause and no error carries a stack. */
  production: boolean;
  onInternalError?: (error: unknown) => void;
}

/** The one place where any error becomes the GraphQL error a client sees. */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown, options: ErrorFormatOptions): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  const debug = options.production ? {} : stackOf(formatted);

  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { ...original.extensions, code: original.code, ...debug } };
  }
  if (original instanceof HttpException) {
    const code = errorCodeOfHttpStatus(original.getStatus());
    if (code !== ErrorCode.INTERNAL_SERVER_ERROR) return { ...base, message: original.message, extensions: { code, ...debug } };
  }
  const apolloCode = formatted.extensions?.code as string | undefined;
  if (apolloCode && APOLLO_CODE_MAP[apolloCode]) {
    const { stacktrace: _omitted, ...extensions } = formatted.extensions ?? {};
    const code = APOLLO_CODE_MAP[apolloCode];
    // A coercion or validation error names its field as a BadUserInputError does (graphql-js says it only in the message).
    const field = code === ErrorCode.BAD_USER_INPUT && extensions.field === undefined ? graphqlErrorField(formatted.message, error) : undefined;
    const named = field === undefined ? {} : { field, fields: [{ field, message: formatted.message }] };
    return { ...base, extensions: { ...extensions, code, ...named, ...debug } };
  }
  options.onInternalError?.(original);
  return {
    ...base,
    message: options.production ? 'Internal server error' : formatted.message,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...debug },
  };
}

function stackOf(formatted: GraphQLFormattedError): Record<string, unknown> {
  const stacktrace = formatted.extensions?.stacktrace;
  return stacktrace ? { stacktrace } : {};
}
