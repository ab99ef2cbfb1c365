import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import { ErrorCode } from '../errors/error-codes';
import { errorCodeOfHttpStatus, HTTP_STATUS_OF_CODE } from '../errors/error-status';
import type { Response } from 'express';

/**
 * The error answers of the HTTP endpoints besides GraphQL (imports, exports, reports): the status the error's code maps to and
 * `{ error: { code, message, ...extensions } }`, the same codes as GraphQL errors. Internal
 * errors are logged and answered without detail.
 */
@Catch()
export class HttpErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) return;
    if (error instanceof DomainError) {
      res.status(HTTP_STATUS_OF_CODE[error.code]).json({ error: { ...error.extensions, code: error.code, message: error.message } });
      return;
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      res.status(status).json({ error: { code: errorCodeOfHttpStatus(status), message: error.message } });
      return;
    }
    this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    res.status(500).json({ error: { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error' } });
  }
}
