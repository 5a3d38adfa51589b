import { environmentStore } from '../device/environment';
import { activePhone } from '../device/store';
import { cloudReady } from './cloudReady';
import { ApiError } from './errors';
import { z } from '../lib/zod';

const REQUEST_TIMEOUT_MS = 8000;
let requestTimeoutMs = REQUEST_TIMEOUT_MS;

/** Tests only: a shorter client timeout, so a cloud slower than it can be tested quickly. No argument restores the default. */
export function setRequestTimeoutForTests(ms: number = REQUEST_TIMEOUT_MS): void {
  requestTimeoutMs = ms;
}

const errorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), retryAfterSec: z.optional(z.number()) }),
});

interface RequestOptions<T> {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  /** Validates the answer; omit for 204 answers. */
  schema?: z.ZodMiniType<T, unknown>;
  /** Defaults to the active phone's Microsoft account token. */
  token?: string | null;
  signal?: AbortSignal;
}

/** The path of one device's resources. */
export const devicePath = (deviceId: string) => `/api/devices/${encodeURIComponent(deviceId)}`;

function baseUrl(): string {
  return typeof location !== 'undefined' ? location.href : 'http://localhost/';
}

/** The one door to the cloud: network state, auth, timeout, error shape and schema checks. */
export async function cloudRequest<T = void>(path: string, options: RequestOptions<T> = {}): Promise<T> {
  if (environmentStore.getState().network === 'offline') {
    throw new ApiError(0, 'offline', "You're offline. Connect to Wi-Fi or a cellular network and try again.");
  }
  try {
    await cloudReady;
  } catch {
    throw new ApiError(0, 'cloud-unreachable', "The cloud can't be reached right now. Try again later.");
  }
  const token = options.token === undefined ? activePhone().microsoftAccount?.token : options.token;
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  const timeout = AbortSignal.timeout(requestTimeoutMs);
  let response: Response;
  try {
    response = await fetch(new URL(path, baseUrl()), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout,
    });
  } catch (e) {
    if (options.signal?.aborted) throw e;
    if (timeout.aborted)
      throw new ApiError(0, 'timeout', 'The cloud took too long to answer. Try again later.');
    throw new ApiError(0, 'network', "The cloud can't be reached right now. Try again later.");
  }
  if (!response.ok) {
    const parsed = errorBody.safeParse(await response.json().catch(() => null));
    if (parsed.success) {
      const { code, message, retryAfterSec } = parsed.data.error;
      throw new ApiError(response.status, code, message, retryAfterSec);
    }
    throw new ApiError(response.status, 'server-error', 'The service had a problem. Try again later.');
  }
  if (!options.schema) return undefined as T;
  const json = await response.json().catch(() => undefined);
  const parsed = options.schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError(
      response.status,
      'bad-response',
      'The cloud sent an answer the phone could not read. Try again later.',
    );
  }
  return parsed.data;
}
