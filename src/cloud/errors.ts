/** An error the cloud answers with `{ error: { code, message } }` and an HTTP status. */
export class CloudError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 423 | 429 | 500 | 503 | 507,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const notFound = (what = 'That item') => new CloudError(404, 'not-found', `${what} was not found.`);
export const badRequest = (message: string) => new CloudError(400, 'bad-request', message);
