import type { Response } from 'supertest';

/** An HTTP answer that is a PDF document: status 200, its content type, and the `%PDF-` signature. */
export function expectPdfResponse(res: Response): void {
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  expect(
    Buffer.from(res.body as Buffer)
      .subarray(0, 5)
      .toString('latin1'),
  ).toBe('%PDF-');
}
