import { HttpException, HttpStatus, Injectable, NestMiddleware } from '@nestjs/common';
import { Authenticator } from '@lexgap/auth';
import { ErrorCode } from '@lexgap/platform';
import type { NextFunction, Request, Response } from 'express';

/** Largest spreadsheet POST /imports/{kind} takes (the rest of the API keeps BODY_LIMIT_BYTES). */
export const IMPORT_BODY_LIMIT_BYTES = 20 * 1024 * 1024;

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What browsers and tools send spreadsheets as (Windows labels .csv files application/vnd.ms-excel). */
export const UPLOAD_TYPES = new Set(['text/csv', 'text/plain', 'text/tab-separated-values', 'application/csv', 'application/vnd.ms-excel', XLSX_MIME, 'application/octet-stream']);

/**
 * Reads the raw body of an upload (up to 20 MB) into `req.body` as a Buffer, for the import
 * route only. Other content types are left alone for the controller to refuse. The caller's key
 * is checked first, so nobody without a valid key can make the server read 20 MB.
 */
/** The same body the import controller's error filter sends, so clients see one error format. */
function unauthenticated(message: string): HttpException {
  return new HttpException({ error: { code: ErrorCode.UNAUTHENTICATED, message } }, HttpStatus.UNAUTHORIZED);
}

@Injectable()
export class RawUploadMiddleware implements NestMiddleware {
  constructor(private readonly authenticator: Authenticator) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    const authorization = req.headers.authorization;
    if (!authorization) {
      req.resume();
      return next(unauthenticated('Sign in with an API key (Authorization: Bearer <key>) to import'));
    }
    try {
      const principal = await this.authenticator.authenticate(authorization, req.ip);
      // The permission guard reuses this and does not authenticate twice.
      Object.assign(req, { principal, authenticated: true });
    } catch (error) {
      req.resume();
      return next(unauthenticated(error instanceof Error ? error.message : 'The API key is not valid'));
    }
    this.read(req, res, next);
  }

  private read(req: Request, _res: Response, next: NextFunction): void {
    const type = String(req.headers['content-type'] ?? '')
      .split(';')[0]
      .trim()
      .toLowerCase();
    if (Buffer.isBuffer(req.body) || !UPLOAD_TYPES.has(type)) return next();
    const encoding = String(req.headers['content-encoding'] ?? 'identity').toLowerCase();
    if (encoding !== 'identity') return next(new HttpException(`Content-Encoding ${encoding} is not supported: send the file as it is`, HttpStatus.UNSUPPORTED_MEDIA_TYPE));
    const tooLarge = () => new HttpException(`The file is larger than ${IMPORT_BODY_LIMIT_BYTES / 1024 / 1024} MB: split it`, HttpStatus.PAYLOAD_TOO_LARGE);
    if (Number(req.headers['content-length'] ?? 0) > IMPORT_BODY_LIMIT_BYTES) {
      req.resume();
      return next(tooLarge());
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > IMPORT_BODY_LIMIT_BYTES) {
        done = true;
        req.resume();
        next(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      req.body = Buffer.concat(chunks);
      next();
    });
    req.on('error', (error) => {
      if (done) return;
      done = true;
      next(error);
    });
  }
}
