// The QuoteCheck HTTP API, as the desk uses it. Same origin: the page lives at <prefix>/desk/, the API at <prefix>/.

const apiBase = new URL("../", document.baseURI);

/** An API answer that was not 2xx: the status and the problem details (RFC 9457) when the body had them. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `The API answered ${status}.`);
    this.status = status;
    this.problem = problem ?? {};
  }
}

/**
 * Who the desk acts as in local mode (the local host, `up`): the typed name and role, sent as X-QuoteCheck-User
 * (percent-encoded, so any name fits in a header) and X-QuoteCheck-Roles. In Azure the API ignores both: App Service
 * authentication's session cookie, sent with every same-origin request, says who is signed in.
 */
export const identity = { local: false, name: "", role: "Reviewer" };

async function call(path, { method = "GET", query, body, ifMatch } = {}) {
  const url = new URL(path, apiBase);
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== "") url.searchParams.set(name, value);
  }

  const headers = { Accept: "application/json" };
  if (identity.local && identity.name) {
    headers["X-QuoteCheck-User"] = encodeURIComponent(identity.name);
    headers["X-QuoteCheck-Roles"] = identity.role;
  }
  if (ifMatch) headers["If-Match"] = ifMatch;
  if (body !== undefined) headers["Content-Type"] = "application/json";

  const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: "no-store" });
  const type = response.headers.get("Content-Type") ?? "";
  const payload = type.includes("json") ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, payload);
  return { payload, etag: response.headers.get("ETag") };
}

const segment = encodeURIComponent;

/** Who the API takes the caller to be: {identityMode, signedIn, name, roles, signInUrl, signOutUrl}; 401 when nobody is signed in (Azure). */
export async function me() {
  return (await call("me")).payload;
}

/** One page of the review queue: {items, continuationToken}. `previouslyDecided` keeps only quotes that arrived with a verdict given elsewhere. */
export async function listQuotes({ state, speaker, articleId, previouslyDecided, continuationToken, pageSize = 25 }) {
  return (await call("quotes", { query: { state, speaker, articleId, previouslyDecided: previouslyDecided ? "true" : undefined, continuationToken, pageSize } })).payload;
}

/** One quote; its eTag is what a transition must send in If-Match. */
export async function getQuote(articleId, quoteId) {
  const { payload, etag } = await call(`quotes/${segment(articleId)}/${segment(quoteId)}`);
  return { ...payload, eTag: etag ?? payload.eTag };
}

/** What the caller may do with the quote now: {allowedActions, notYours: [{action, reason, whoMay}], claimedBy}. */
export async function getActions(articleId, quoteId) {
  return (await call(`quotes/${segment(articleId)}/${segment(quoteId)}/actions`)).payload;
}

/** The article with its text (the quote offsets index into it). */
export async function getArticle(articleId) {
  return (await call(`articles/${segment(articleId)}`)).payload;
}

/** Who decided what, oldest first. */
export async function getHistory(articleId, quoteId) {
  return (await call(`quotes/${segment(articleId)}/${segment(quoteId)}/history`)).payload;
}

/** Applies a review action; throws ApiError 403/409/412 with {currentState, currentETag, allowedActions} when it cannot. */
export async function transition(quote, body) {
  const { payload, etag } = await call(`quotes/${segment(quote.articleId)}/${segment(quote.quoteId)}/transitions`, {
    method: "POST",
    body,
    ifMatch: quote.eTag,
  });
  return { ...payload, eTag: etag ?? payload.eTag };
}

/**
 * Applies the quote's verdict to the named matches, each with the eTag it was shown with:
 * {verdict, decidedBy, applied, results: [{articleId, quoteId, outcome, status, state, eTag, detail, whoMay, claimedBy}]}.
 */
export async function applyToMatches(quote, matches, note) {
  const body = { matches: matches.map((m) => ({ articleId: m.articleId, quoteId: m.quoteId, eTag: m.eTag })) };
  if (note) body.note = note;
  return (await call(`quotes/${segment(quote.articleId)}/${segment(quote.quoteId)}/apply-to-matches`, { method: "POST", body })).payload;
}

/** Canonical speakers, alphabetically, with their quotes counted by state: {items: [{key, name, total, counts}], continuationToken}. */
export async function listSpeakers({ continuationToken, pageSize = 100 } = {}) {
  return (await call("speakers", { query: { continuationToken, pageSize } })).payload;
}

/** One speaker's quotes across articles, newest first: {speaker: {key, name, total, counts} (first page), items, continuationToken}. */
export async function listSpeakerQuotes(speaker, { continuationToken, pageSize = 25 } = {}) {
  return (await call(`speakers/${segment(speaker)}/quotes`, { query: { continuationToken, pageSize } })).payload;
}
