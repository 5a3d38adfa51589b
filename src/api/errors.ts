/** What the phone shows when a call to the cloud fails. */
export class ApiError extends Error {
  constructor(
    /** HTTP status, or 0 when no answer came (offline, timeout, cloud down). */
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfterSec?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
  get isAuth(): boolean {
    return this.status === 401;
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;
