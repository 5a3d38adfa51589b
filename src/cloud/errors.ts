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

/** The answers more than one handler gives, worded once (docs/cloud-api.md lists them all). */
export const cloudErrors = {
  badRequest: (message: string) => new CloudError(400, 'bad-request', message),
  unauthorized: () => new CloudError(401, 'unauthorized', 'Sign in to your Microsoft account.'),
  /** A device of another account answers exactly as one that does not exist. */
  deviceNotFound: () => new CloudError(404, 'not-found', 'That device was not found.'),
  noBackup: () => new CloudError(404, 'not-found', 'There is no backup for this phone.'),
  uploadNotFound: () =>
    new CloudError(404, 'not-found', 'That upload was not found. Start the backup again.'),
  signInEnded: () => new CloudError(404, 'not-found', 'That sign-in has ended. Sign in again.'),
  serverError: () => new CloudError(500, 'server-error', 'The service had a problem. Try again later.'),
  quotaFull: () => new CloudError(507, 'quota-full', 'Your OneDrive is full.'),
};
