// A small typed HTTP client for the Roundtable API. It sends the CSRF token on
// unsafe methods, turns problem+json answers into ApiError, and tells the app
// when the session has gone so it can return the person to sign-in.

import { buildPath } from '../text/paths';
import type { FieldErrors, ProblemDetails } from './types';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly errors: FieldErrors;
  // The whole answer, for the few problems that carry more, such as missing_groups.
  readonly problem: ProblemDetails;

  constructor(status: number, problem: ProblemDetails) {
    super(problem.detail || problem.title || `Request failed with status ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code ?? codeForStatus(status);
    this.title = problem.title ?? '';
    this.detail = problem.detail ?? '';
    this.errors = normaliseFieldErrors(problem.errors);
    this.problem = problem;
  }

  get isValidation(): boolean {
    return this.status === 422 || this.code === 'invalid';
  }
}

function codeForStatus(status: number): string {
  switch (status) {
    case 0:
      return 'network';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 422:
      return 'invalid';
    case 429:
      return 'rate_limited';
    default:
      return 'error';
  }
}

// NOTE: the contract says each field maps to a list of messages; a single
// string is accepted too so that one odd answer does not hide the message.
function normaliseFieldErrors(errors: unknown): FieldErrors {
  if (!errors || typeof errors !== 'object') return {};
  const result: FieldErrors = {};
  for (const [field, messages] of Object.entries(errors as Record<string, unknown>)) {
    if (Array.isArray(messages)) result[field] = messages.map(String);
    else if (messages != null) result[field] = [String(messages)];
  }
  return result;
}

let csrfToken = '';
let unauthenticatedHandler: (() => void) | null = null;

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

export function onUnauthenticated(handler: () => void): void {
  unauthenticatedHandler = handler;
}

export type RequestOptions = {
  body?: unknown;
  // A body sent as it is (a CSV file's text, a photo's bytes) with its own Content-Type.
  rawBody?: string | Blob;
  contentType?: string;
  query?: Record<string, string | number | undefined | null>;
  // Sign-in and the first look at the session expect 401 and handle it themselves.
  expectUnauthenticated?: boolean;
};

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export { buildPath } from '../text/paths';

// How many requests are in flight, and since when none has been, on <html>
// (data-requests, data-idle-since): tests wait for the page to be quiet
// without waiting a fixed time.
let inFlight = 0;
function track(change: number) {
  inFlight += change;
  const root = document.documentElement;
  root.dataset.requests = String(inFlight);
  if (inFlight === 0) root.dataset.idleSince = String(performance.now());
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  track(1);
  try {
    return await send<T>(method, path, options);
  } finally {
    track(-1);
  }
}

async function send<T>(method: string, path: string, options: RequestOptions): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (options.rawBody !== undefined) headers['Content-Type'] = options.contentType ?? 'text/plain';
  else if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (unsafeMethods.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildPath(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.rawBody !== undefined ? options.rawBody : options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, { title: 'Network error' });
  }

  if (response.status === 204) return undefined as T;

  const payload = await readJson(response);
  if (response.ok) return payload as T;

  const error = new ApiError(response.status, (payload ?? {}) as ProblemDetails);
  if (error.status === 401 && !options.expectUnauthenticated) unauthenticatedHandler?.();
  throw error;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
