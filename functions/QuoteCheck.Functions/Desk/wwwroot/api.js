// The QuoteCheck HTTP API, as the desk uses it. Same origin: the page lives at <prefix>/desk/, the API at <prefix>/.

const apiBase = new URL("../", document.baseURI);
const keyStorage = "quotecheck.functionKey";

/** An API answer that was not 2xx: the status and the problem details (RFC 9457) when the body had them. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `The API answered ${status}.`);
    this.status = status;
    this.problem = problem ?? {};
  }
}

/** The function key for Azure (sent as x-functions-key), kept in sessionStorage: for this tab only. */
export const functionKey = {
  get: () => sessionStorage.getItem(keyStorage) ?? "",
  set: (value) => (value ? sessionStorage.setItem(keyStorage, value) : sessionStorage.removeItem(keyStorage)),
};

async function call(path, { method = "GET", query, body, ifMatch } = {}) {
  const url = new URL(path, apiBase);
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== "") url.searchParams.set(name, value);
  }

  const headers = { Accept: "application/json" };
  const key = functionKey.get();
  if (key) headers["x-functions-key"] = key;
  if (ifMatch) headers["If-Match"] = ifMatch;
  if (body !== undefined) headers["Content-Type"] = "application/json";

  const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: "no-store" });
  const type = response.headers.get("Content-Type") ?? "";
  const payload = type.includes("json") ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, payload);
  return { payload, etag: response.headers.get("ETag") };
}

const segment = encodeURIComponent;

/** One page of the review queue: {items, continuationToken}. */
export async function listQuotes({ state, speaker, articleId, continuationToken, pageSize = 25 }) {
  return (await call("quotes", { query: { state, speaker, articleId, continuationToken, pageSize } })).payload;
}

/** One quote; its eTag is what a transition must send in If-Match. */
export async function getQuote(articleId, quoteId) {
  const { payload, etag } = await call(`quotes/${segment(articleId)}/${segment(quoteId)}`);
  return { ...payload, eTag: etag ?? payload.eTag };
}

/** The article with its text (the quote offsets index into it). */
export async function getArticle(articleId) {
  return (await call(`articles/${segment(articleId)}`)).payload;
}

/** Who decided what, oldest first. */
export async function getHistory(articleId, quoteId) {
  return (await call(`quotes/${segment(articleId)}/${segment(quoteId)}/history`)).payload;
}

/** Applies a review action; throws ApiError 409/412 with {currentState, currentETag, allowedActions} when it cannot. */
export async function transition(quote, body) {
  const { payload, etag } = await call(`quotes/${segment(quote.articleId)}/${segment(quote.quoteId)}/transitions`, {
    method: "POST",
    body,
    ifMatch: quote.eTag,
  });
  return { ...payload, eTag: etag ?? payload.eTag };
}
