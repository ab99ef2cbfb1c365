import { ErrorCode } from './error-codes';

/** One offending input field: its path from the argument root (`input.penalties[0].imprisonmentMinYears`). */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * An expected failure the caller can act on. Services throw these; the one error formatter turns
 * them into GraphQL errors (and HTTP handlers into status codes). Anything else is an internal
 * error whose details never reach a production client.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadUserInputError extends DomainError {
  constructor(readonly problems: FieldProblem[]) {
    super(ErrorCode.BAD_USER_INPUT, problems.map((p) => `${p.field}: ${p.message}`).join('; '), { field: problems[0]?.field, fields: problems });
  }

  static field(field: string, message: string): BadUserInputError {
    return new BadUserInputError([{ field, message }]);
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, key: string) {
    super(ErrorCode.NOT_FOUND, `${entity} ${JSON.stringify(key)} was not found`, { entity, key });
  }
}

export class ConflictError extends DomainError {
  constructor(entity: string, key: string, expectedVersion: number, actualVersion?: number) {
    super(
      ErrorCode.CONFLICT,
      `${entity} ${JSON.stringify(key)} was changed by someone else (you sent version ${expectedVersion}` +
        (actualVersion === undefined ? ')' : `, it is now ${actualVersion})`) +
        '; reload it and apply your change again',
      { entity, key, expectedVersion, actualVersion },
    );
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do this') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in with an API key (Authorization: Bearer <key>) to do this') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}
