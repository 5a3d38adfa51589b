import { delay, http, HttpResponse, type DefaultBodyType, type PathParams } from 'msw';
import { cloudNow } from './surroundings';
import { cloudRead } from './db';
import { handlerStarted } from './inFlight';
import { CloudError, cloudErrors } from './errors';
import { cloudConfig, type FaultKind } from './faults';
import { SESSION_TTL_MS, tokenHash } from './sessions';
import type { CloudAccount } from './schema';
import { z } from '../lib/zod';

export { SESSION_TTL_MS } from './sessions';

interface HandlerContext {
  request: Request;
  params: PathParams;
  url: URL;
  /** The signed-in account (guarded routes only). */
  account: CloudAccount;
  token: string;
  body<T>(schema: z.ZodMiniType<T, unknown>): Promise<T>;
}

interface RouteOptions {
  /** Which injected faults apply to this route. */
  fault?: FaultKind;
  /** Whether a bearer token is required (all but sign-in). */
  auth?: boolean;
}

type Method = 'get' | 'post' | 'put' | 'delete';

/**
 * Every cloud handler goes through here: latency, injected faults, bearer auth, body validation
 * and the `{ error: { code, message } }` shape. A handler returns a JSON-able value (200),
 * `null` (204) or a Response.
 */
export function route(
  method: Method,
  path: string,
  options: RouteOptions,
  handler: (ctx: HandlerContext) => Promise<unknown> | unknown,
) {
  return http[method]<PathParams, DefaultBodyType>(`*${path}`, async ({ request, params }) => {
    const ended = handlerStarted();
    if (cloudConfig.latencyMs > 0) await delay(cloudConfig.latencyMs);
    try {
      const fault = options.fault ? cloudConfig.take(options.fault) : null;
      if (fault === 'timeout') {
        ended();
        await delay('infinite');
      }
      if (fault === 'server-error') throw cloudErrors.serverError();
      if (fault === 'quota-full') throw cloudErrors.quotaFull();
      const auth = options.auth === false ? null : await authenticate(request);
      const ctx: HandlerContext = {
        request,
        params,
        url: new URL(request.url),
        account: auth?.account as CloudAccount,
        token: auth?.token ?? '',
        body: (schema) => parseBody(request, schema),
      };
      const result = await handler(ctx);
      if (result instanceof Response) return result;
      if (result === null || result === undefined) return new HttpResponse(null, { status: 204 });
      return HttpResponse.json(result as never);
    } catch (e) {
      if (e instanceof CloudError) return errorResponse(e);
      console.error('[cloud] handler failed', e);
      return errorResponse(cloudErrors.serverError());
    } finally {
      ended();
    }
  });
}

function errorResponse(e: CloudError): Response {
  const headers: Record<string, string> = {};
  if (typeof e.details?.retryAfterSec === 'number') headers['Retry-After'] = String(e.details.retryAfterSec);
  return HttpResponse.json(
    { error: { code: e.code, message: e.message, ...e.details } },
    { status: e.status, headers },
  );
}

async function authenticate(request: Request): Promise<{ account: CloudAccount; token: string }> {
  const header = request.headers.get('Authorization') ?? '';
  const match = /^Bearer ([A-Za-z0-9_-]{10,200})$/.exec(header);
  if (!match) throw cloudErrors.unauthorized();
  const token = match[1]!;
  const hash = await tokenHash(token);
  return cloudRead((index) => {
    const session = index.sessions.find((s) => s.tokenHash === hash);
    if (!session) throw cloudErrors.unauthorized();
    if (cloudNow() - session.createdAt > SESSION_TTL_MS)
      throw new CloudError(401, 'session-expired', 'Your session has expired. Sign in again.');
    const account = index.accounts.find((a) => a.id === session.accountId);
    if (!account) throw cloudErrors.unauthorized();
    return { account, token };
  });
}

const MAX_BODY_BYTES = 64 * 1024 * 1024;

async function parseBody<T>(request: Request, schema: z.ZodMiniType<T, unknown>): Promise<T> {
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) throw new CloudError(413, 'too-large', 'The request is too large.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw cloudErrors.badRequest('The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new CloudError(
      400,
      'bad-request',
      `The request body is not valid: ${parsed.error.issues[0]?.message ?? ''}`,
    );
  return parsed.data;
}
