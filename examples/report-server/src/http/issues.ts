import type { Issue, IssueParams, IssuePath } from '@rollout/core';

/**
 * The service's own issue codes, in the shape of Rollout's issues
 * (`area/kebab-name`, a severity, a path, a Vietnamese and an English message).
 * Codes never change once published; the SDK's own codes (`schema/…`,
 * `progress/…`) come back as the SDK made them.
 */
const CODES = {
  'request/not-json': {
    vi: () => 'Nội dung yêu cầu phải là JSON (Content-Type: application/json).',
    en: () => 'The request body must be JSON (Content-Type: application/json).',
  },
  'request/not-events': {
    vi: () =>
      'Sự kiện gửi lên phải là một JSON (application/json) hoặc NDJSON, mỗi dòng một sự kiện (application/x-ndjson).',
    en: () =>
      'Events are sent as one JSON event (application/json) or NDJSON, one event a line (application/x-ndjson).',
  },
  'request/invalid-json': {
    vi: (p) => `Nội dung không phải JSON đọc được: ${p.detail}.`,
    en: (p) => `The body is not readable JSON: ${p.detail}.`,
  },
  'request/too-large': {
    vi: (p) => `Nội dung yêu cầu vượt quá ${p.limit} byte.`,
    en: (p) => `The request body is larger than ${p.limit} bytes.`,
  },
  'request/too-many-lines': {
    vi: (p) => `Một lô gửi tối đa ${p.limit} dòng.`,
    en: (p) => `A batch holds at most ${p.limit} lines.`,
  },
  'request/invalid-body': {
    vi: (p) => `Nội dung yêu cầu không đúng: ${p.detailVi}.`,
    en: (p) => `The request body is not right: ${p.detail}.`,
  },
  'request/invalid-query': {
    vi: (p) => `Tham số ${p.name} không đúng: ${p.detailVi}.`,
    en: (p) => `The ${p.name} parameter is not right: ${p.detail}.`,
  },
  'request/not-found': {
    vi: (p) => `Không có đường dẫn ${p.path}.`,
    en: (p) => `No route ${p.path}.`,
  },
  'request/method-not-allowed': {
    vi: (p) => `${p.path} chỉ nhận ${p.allowed}.`,
    en: (p) => `${p.path} accepts ${p.allowed} only.`,
  },
  'auth/missing-token': {
    vi: () => 'Thiếu mã truy cập (Authorization: Bearer …).',
    en: () => 'No access token (Authorization: Bearer …).',
  },
  'auth/invalid-token': {
    vi: () => 'Mã truy cập không đúng hoặc đã bị thu hồi.',
    en: () => 'The access token is wrong or was revoked.',
  },
  'access/admin-only': {
    vi: () => 'Chỉ quản trị viên được làm việc này.',
    en: () => 'Only an administrator may do this.',
  },
  'access/other-tree': {
    vi: (p) => `Mã truy cập này không thuộc cây đơn vị của kế hoạch ${p.plan}.`,
    en: (p) => `This token does not belong to the unit tree of plan ${p.plan}.`,
  },
  'access/outside-subtree': {
    vi: (p) =>
      `Mã truy cập của đơn vị ${p.scope} không được báo cáo hay xem số liệu của ${p.unit}.`,
    en: (p) => `The token of unit ${p.scope} may not report or read for ${p.unit}.`,
  },
  'rate/limited': {
    vi: (p) => `Gửi quá nhiều yêu cầu; hãy thử lại sau ${p.retryAfter} giây.`,
    en: (p) => `Too many requests; try again in ${p.retryAfter} s.`,
  },
  'report/id-conflict': {
    vi: (p) => `Mã sự kiện ${p.id} đã được dùng cho một sự kiện khác; sự kiện này không được lưu.`,
    en: (p) => `Event id ${p.id} was already used for another event; this one was not stored.`,
  },
  'report/unknown-unit': {
    vi: (p) => `Đơn vị "${p.unit}" không có trong cây đơn vị của kế hoạch.`,
    en: (p) => `Unit "${p.unit}" is not in the plan's unit tree.`,
  },
  'report/not-counted': {
    vi: () => 'Sự kiện đã được lưu nhưng không được tính vào số liệu (xem các vấn đề kèm theo).',
    en: () => 'The event was stored but not counted (see the issues with it).',
  },
  'plan/not-found': {
    vi: (p) => `Không có kế hoạch ${p.plan}.`,
    en: (p) => `No plan ${p.plan}.`,
  },
  'plan/exists': {
    vi: (p) => `Đã có kế hoạch ${p.plan}.`,
    en: (p) => `Plan ${p.plan} exists already.`,
  },
  'plan/version-conflict': {
    vi: (p) => `Kế hoạch đã ở phiên bản ${p.current}, không phải ${p.expected}.`,
    en: (p) => `The plan is at version ${p.current}, not ${p.expected}.`,
  },
  'plan/invalid': {
    vi: () => 'Kế hoạch không hợp lệ (xem các vấn đề kèm theo).',
    en: () => 'The plan is not valid (see the issues with it).',
  },
  'tree/not-found': {
    vi: (p) => `Không có cây đơn vị ${p.tree}.`,
    en: (p) => `No unit tree ${p.tree}.`,
  },
  'tree/exists': {
    vi: (p) => `Đã có cây đơn vị ${p.tree}.`,
    en: (p) => `Unit tree ${p.tree} exists already.`,
  },
  'tree/invalid': {
    vi: () => 'Cây đơn vị không hợp lệ (xem các vấn đề kèm theo).',
    en: () => 'The unit tree is not valid (see the issues with it).',
  },
  'unit/not-found': {
    vi: (p) => `Không có đơn vị ${p.unit} trong cây ${p.tree}.`,
    en: (p) => `No unit ${p.unit} in tree ${p.tree}.`,
  },
  'token/not-found': {
    vi: (p) => `Không có mã truy cập ${p.token}.`,
    en: (p) => `No token ${p.token}.`,
  },
  'server/database-unavailable': {
    vi: () => 'Cơ sở dữ liệu tạm thời không ghi được; chưa có gì được lưu, hãy gửi lại.',
    en: () => 'The database cannot be written just now; nothing was stored, send again.',
  },
  'server/internal': {
    vi: () => 'Lỗi máy chủ.',
    en: () => 'Server error.',
  },
} satisfies Record<
  string,
  {
    vi: (p: Record<string, string | number>) => string;
    en: (p: Record<string, string | number>) => string;
  }
>;

/** A code of the service's own issues. */
export type ServiceIssueCode = keyof typeof CODES;

/** Every code of the service, for the README's table and its tests. */
export const SERVICE_ISSUE_CODES = Object.keys(CODES) as ServiceIssueCode[];

/** An issue of the service, or one the SDK made. */
export type AnyIssue = Issue<string>;

/**
 * Makes one of the service's issues.
 *
 * @param code - The code.
 * @param params - The values its messages name.
 * @param path - Where in the input (default: the whole request).
 * @param severity - Default `error`.
 * @returns A plain issue.
 */
export function serviceIssue(
  code: ServiceIssueCode,
  params: Record<string, string | number> = {},
  path: IssuePath = [],
  severity: 'error' | 'warning' = 'error',
): AnyIssue {
  const entry = CODES[code] as {
    vi: (p: Record<string, string | number>) => string;
    en: (p: Record<string, string | number>) => string;
  };
  return {
    code,
    severity,
    path: [...path],
    params: { ...params } as IssueParams,
    message: { vi: entry.vi(params), en: entry.en(params) },
  };
}

/** The JSON body of every 4xx and 5xx answer. */
export interface ErrorBody {
  /** A stable kebab-case name: `forbidden`, `invalid-event`, `payload-too-large` … */
  readonly error: string;
  /** What is wrong, in Vietnamese and English. */
  readonly issues: readonly AnyIssue[];
}

/** An answer the service gives instead of a result: its status and body. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  /** The HTTP status. */
  readonly status: 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 429 | 500 | 503;
  /** The body. */
  readonly body: ErrorBody;
  /** Extra headers (`retry-after`, `allow`). */
  readonly headers: Readonly<Record<string, string>>;

  /**
   * @param status - The HTTP status.
   * @param error - The kebab-case error name.
   * @param issues - What is wrong.
   * @param headers - Extra headers.
   */
  constructor(
    status: HttpError['status'],
    error: string,
    issues: readonly AnyIssue[],
    headers: Record<string, string> = {},
  ) {
    super(`${status} ${error}`);
    this.status = status;
    this.body = { error, issues };
    this.headers = headers;
  }
}
