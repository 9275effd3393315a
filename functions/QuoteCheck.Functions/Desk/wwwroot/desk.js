// The reviewer's desk: the review queue on the left, one quote with its article, history and actions on the right.
// Every piece of data from the API is put on the page with textContent, never as HTML.

import { ApiError, getActions, getArticle, getHistory, getQuote, identity, listQuotes, me, transition } from "./api.js";
import { renderArticle } from "./article.js";

const $ = (id) => document.getElementById(id);
const reviewerStorage = "quotecheck.reviewer";
const roleStorage = "quotecheck.role";
const signInPath = "/.auth/login/aad";

const stateLabels = {
  New: "New",
  InReview: "In review",
  Verified: "Verified",
  Misattributed: "Misattributed",
  Misquoted: "Misquoted",
  Unverifiable: "Unverifiable",
  NotAQuote: "Not a quote",
  Published: "Published",
};

// Button text per action (wire name), and the shortcut key shown beside it.
const actions = {
  claim: { label: "Claim", key: "c" },
  release: { label: "Release", key: "r" },
  verify: { label: "Verify", key: "v" },
  misattribute: { label: "Misattributed", key: "a" },
  misquote: { label: "Misquoted", key: "m" },
  markUnverifiable: { label: "Unverifiable" },
  rejectAsNotAQuote: { label: "Not a quote" },
  reopen: { label: "Reopen" },
  publish: { label: "Publish" },
};

const desk = {
  filters: { state: "New", speaker: "", articleId: "" },
  items: [],
  continuationToken: null,
  selected: -1,
  quote: null,
  // What the caller may do with the open quote (GET .../actions): {allowedActions, notYours, claimedBy}.
  actions: { allowedActions: [], notYours: [] },
  // Who the API takes the caller to be (GET /api/me), or null before it answered or when nobody is signed in.
  me: null,
  articles: new Map(),
  busy: false,
  openSequence: 0,
  queueSequence: 0,
};

const stateLabel = (state) => stateLabels[state] ?? state;
const keyOf = (q) => `${q.articleId}/${q.quoteId}`;

function announce(message, kind = "info") {
  const status = $("status");
  status.className = `status status-${kind}`;
  status.textContent = message;
}

function explain(error) {
  if (!(error instanceof ApiError)) return `Could not reach the API (${error.message}).`;
  if (error.status === 401) {
    return identity.local ? "Enter your name first: it is recorded with every decision." : "You are not signed in (or your sign-in expired): use “Sign in with Microsoft” at the top.";
  }
  return error.message;
}

// ---- Who you are -----------------------------------------------------------------------------------------

/** Asks the API who the caller is, and shows either the local name and role fields or the signed-in person. */
async function loadIdentity() {
  try {
    const caller = await me();
    identity.local = caller.identityMode === "Local";
    desk.me = caller.signedIn ? caller : null;
  } catch (error) {
    desk.me = null;
    if (!(error instanceof ApiError && error.status === 401)) {
      announce(`Could not tell who you are. ${explain(error)}`, "error");
      return;
    }
  }

  $("identity-local").hidden = !identity.local;
  $("identity-signed-in").hidden = identity.local || !desk.me;
  $("identity-sign-in").hidden = identity.local || Boolean(desk.me);
  const here = encodeURIComponent(location.pathname + location.search);
  $("sign-in").href = `${signInPath}?post_login_redirect_uri=${here}`;
  if (!identity.local && desk.me) {
    const line = $("identity-signed-in");
    const roles = desk.me.roles.length ? desk.me.roles.join(", ") : "no QuoteCheck role: ask whoever runs QuoteCheck to assign one";
    const signOut = element("a", { text: "Sign out" });
    signOut.href = `${desk.me.signOutUrl ?? "/.auth/logout"}?post_logout_redirect_uri=${here}`;
    line.replaceChildren("Signed in as ", element("strong", { text: desk.me.name }), ` (${roles}). `, signOut);
  }
}

/** Local mode: the typed name and role are who the desk acts as; what the open quote offers may change with them. */
function useTypedIdentity() {
  identity.name = $("reviewer").value.trim();
  identity.role = $("role").value;
  localStorage.setItem(reviewerStorage, identity.name);
  localStorage.setItem(roleStorage, identity.role);
}

async function refreshActions() {
  if (!desk.quote) return;
  try {
    desk.actions = await getActions(desk.quote.articleId, desk.quote.quoteId);
    renderActions(desk.quote);
  } catch (error) {
    announce(`Could not tell what you may do with this quote. ${explain(error)}`, "error");
  }
}

function element(tag, { className, text } = {}) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function excerpt(text, length = 110) {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

// ---- Queue -----------------------------------------------------------------------------------------------

async function loadQueue({ append = false } = {}) {
  const summary = $("queue-summary");
  // A page that answers after a newer request was made (the filters changed meanwhile) is stale: drop it.
  const sequence = append ? desk.queueSequence : ++desk.queueSequence;
  try {
    const page = await listQuotes({ ...desk.filters, continuationToken: append ? desk.continuationToken : undefined });
    if (sequence !== desk.queueSequence) return;
    desk.items = append ? desk.items.concat(page.items) : page.items;
    desk.continuationToken = page.continuationToken ?? null;
    if (!append) desk.selected = desk.quote ? desk.items.findIndex((q) => keyOf(q) === keyOf(desk.quote)) : -1;
    renderQueue();
    const where = desk.filters.state ? stateLabel(desk.filters.state) : "all states";
    summary.textContent = `${desk.items.length} quote${desk.items.length === 1 ? "" : "s"} in ${where}${desk.continuationToken ? ", more to load" : ""}.`;
    announce(append ? `Loaded more: ${summary.textContent}` : summary.textContent);
  } catch (error) {
    if (sequence === desk.queueSequence) announce(`Could not load the queue. ${explain(error)}`, "error");
  }
}

function renderQueue() {
  const list = $("queue-list");
  list.replaceChildren(
    ...desk.items.map((quote, index) => {
      const item = element("li");
      const button = element("button", { className: "queue-item" });
      button.type = "button";
      button.dataset.key = keyOf(quote);
      if (index === desk.selected) button.setAttribute("aria-current", "true");
      button.append(
        element("span", { className: `badge state-${quote.state}`, text: stateLabel(quote.state) }),
        element("span", { className: "queue-quote", text: `“${excerpt(quote.text)}”` }),
        element("span", { className: "queue-speaker", text: `— ${quote.correctedSpeaker ?? quote.speaker ?? "unattributed"}` }),
      );
      button.addEventListener("click", () => openAt(index, { focusList: false }));
      item.append(button);
      return item;
    }),
  );
  $("load-more").hidden = !desk.continuationToken;
}

async function openAt(index, { focusList = true } = {}) {
  if (index < 0 || index >= desk.items.length) return;
  desk.selected = index;
  for (const button of $("queue-list").querySelectorAll(".queue-item")) {
    if (button.dataset.key === keyOf(desk.items[index])) button.setAttribute("aria-current", "true");
    else button.removeAttribute("aria-current");
  }

  const button = $("queue-list").querySelectorAll(".queue-item")[index];
  if (focusList && button) button.focus();
  await openQuote(desk.items[index].articleId, desk.items[index].quoteId);
}

async function step(delta) {
  if (desk.items.length === 0) {
    announce("The queue is empty for these filters.");
    return;
  }

  const next = desk.selected + delta;
  if (next >= desk.items.length && desk.continuationToken) {
    await loadQueue({ append: true });
  }

  if (next < 0) {
    announce("This is the first quote in the queue.");
  } else if (next >= desk.items.length) {
    announce("This is the last quote in the queue.");
  } else {
    await openAt(next);
  }
}

// ---- One quote -------------------------------------------------------------------------------------------

async function openQuote(articleId, quoteId) {
  const sequence = ++desk.openSequence;
  try {
    const [quote, history, allowed] = await Promise.all([getQuote(articleId, quoteId), getHistory(articleId, quoteId), getActions(articleId, quoteId)]);
    let article = desk.articles.get(articleId);
    if (!article) {
      article = await getArticle(articleId);
      desk.articles.set(articleId, article);
    }

    if (sequence !== desk.openSequence) return; // the reviewer has moved on to another quote
    const changedQuote = !desk.quote || keyOf(desk.quote) !== keyOf(quote);
    if (changedQuote) clearReviewFields();
    desk.quote = quote;
    desk.actions = allowed;
    $("conflict").hidden = true;
    renderQuote(quote, article, history);
    window.history.replaceState(null, "", `#${encodeURIComponent(articleId)}/${encodeURIComponent(quoteId)}`);
    announce(`Showing the quote by ${quote.speaker ?? "an unknown speaker"}: ${stateLabel(quote.state)}.`);
  } catch (error) {
    if (sequence === desk.openSequence) announce(`Could not open the quote. ${explain(error)}`, "error");
  }
}

/** Reads the quote again after someone else changed it; what the reviewer typed stays where it is. */
async function refresh() {
  const { articleId, quoteId } = desk.quote;
  const [quote, history, allowed] = await Promise.all([getQuote(articleId, quoteId), getHistory(articleId, quoteId), getActions(articleId, quoteId)]);
  desk.quote = quote;
  desk.actions = allowed;
  renderQuote(quote, desk.articles.get(articleId), history);
  updateQueueItem(quote);
  return quote;
}

function clearReviewFields() {
  for (const id of ["note", "corrected-speaker", "corrected-text"]) $(id).value = "";
}

function fact(list, term, value, className) {
  if (value === undefined || value === null || value === "") return;
  const row = element("div", { className });
  row.append(element("dt", { text: term }), element("dd", { text: value }));
  list.append(row);
}

function renderQuote(quote, article, history) {
  $("quote-empty").hidden = true;
  $("quote-detail").hidden = false;
  $("quote-heading").textContent = `Quote by ${quote.speaker ?? "an unknown speaker"}`;
  $("quote-text").textContent = quote.text;

  const facts = $("quote-facts");
  facts.replaceChildren();
  fact(facts, "State", stateLabel(quote.state), "fact-state");
  fact(facts, "Speaker", quote.speaker ?? "not attributed");
  fact(facts, "Role", quote.role);
  fact(facts, "Speaker mention", quote.speakerMention ? `“${quote.speakerMention}”` : null);
  fact(facts, "Cue", quote.cue ? `“${quote.cue}”` : null);
  fact(facts, "Kind", quote.kind);
  fact(facts, "Confidence", `${Math.round(quote.confidence * 100)}%`);
  fact(facts, "Why", quote.evidence);
  fact(facts, "Corrected speaker", quote.correctedSpeaker);
  fact(facts, "Corrected text", quote.correctedText);
  fact(facts, "Claimed by", quote.claimedBy);
  fact(facts, "Last reviewer", quote.lastReviewer);
  fact(facts, "Article", article ? `${article.title || "untitled"} (${quote.articleId})` : quote.articleId);
  if (quote.vanished) fact(facts, "Note", "No longer found in the latest version of the article.");

  renderActions(quote);

  const text = $("article-text");
  if (article?.text) {
    // Scroll the article box (not the page) so the quote sits in its upper third.
    const first = renderArticle(text, article.text, quote);
    text.scrollTop = first ? Math.max(0, first.offsetTop - text.clientHeight / 3) : 0;
  } else {
    text.textContent = "The article text is not available.";
  }

  const list = $("history");
  list.replaceChildren();
  if (history.items.length === 0) {
    list.append(element("li", { text: "No review yet." }));
  }
  for (const entry of history.items) {
    const item = element("li");
    const when = new Date(entry.at);
    const time = element("time", { text: when.toLocaleString() });
    time.dateTime = entry.at;
    item.append(time, ` ${entry.reviewer}: ${actions[entry.action]?.label ?? entry.action} (${stateLabel(entry.from)} → ${stateLabel(entry.to)})`);
    if (entry.correctedSpeaker) item.append(element("div", { className: "history-detail", text: `Corrected speaker: ${entry.correctedSpeaker}` }));
    if (entry.correctedText) item.append(element("div", { className: "history-detail", text: `Corrected text: ${entry.correctedText}` }));
    if (entry.note) item.append(element("div", { className: "history-detail", text: `Note: ${entry.note}` }));
    list.append(item);
  }
}

/** The buttons for exactly what the caller may do now (GET .../actions), and a line on why the rest is not theirs. */
function renderActions(quote) {
  const group = $("actions");
  group.replaceChildren();
  const { allowedActions, notYours } = desk.actions;
  if (allowedActions.length === 0 && notYours.length === 0) {
    group.append(element("p", { className: "hint", text: `No actions: the quote is ${stateLabel(quote.state)}.` }));
  }

  for (const action of allowedActions) {
    const spec = actions[action] ?? { label: action };
    const button = element("button", { className: `action action-${action}`, text: spec.label });
    button.type = "button";
    button.dataset.action = action;
    if (spec.key) button.setAttribute("aria-keyshortcuts", spec.key);
    if (spec.key) button.title = `Shortcut: ${spec.key}`;
    button.addEventListener("click", () => act(action));
    group.append(button);
  }

  // One line per who-may ("Not yours to do: Verify, Release — ana@… (who claimed it) or an Editor may."); each reason in full on hover.
  const byWho = new Map();
  for (const refused of notYours) {
    byWho.set(refused.whoMay, [...(byWho.get(refused.whoMay) ?? []), refused]);
  }
  for (const [whoMay, refusals] of byWho) {
    const line = element("p", { className: "hint actions-hint", text: `Not yours to do: ${refusals.map((r) => actions[r.action]?.label ?? r.action).join(", ")} — ${whoMay} may.` });
    line.title = refusals[0].reason;
    group.append(line);
  }
}

function updateQueueItem(quote) {
  const index = desk.items.findIndex((q) => keyOf(q) === keyOf(quote));
  if (index < 0) return;
  desk.items[index] = quote;
  const button = $("queue-list").querySelector(`.queue-item[data-key="${CSS.escape(keyOf(quote))}"]`);
  const badge = button?.querySelector(".badge");
  if (badge) {
    badge.className = `badge state-${quote.state}`;
    badge.textContent = stateLabel(quote.state);
  }
}

// ---- Review actions --------------------------------------------------------------------------------------

async function act(action) {
  const quote = desk.quote;
  if (!quote || desk.busy) return;
  const spec = actions[action] ?? { label: action };
  if (identity.local && !identity.name) {
    announce("Enter your name first: it is recorded with every decision.", "error");
    $("reviewer").focus();
    return;
  }

  if (!desk.actions.allowedActions.includes(action)) {
    const refused = desk.actions.notYours.find((r) => r.action === action);
    announce(refused ? `“${spec.label}” is not yours to do: ${refused.reason}` : `“${spec.label}” is not possible now: the quote is ${stateLabel(quote.state)}.`, "error");
    return;
  }

  const note = $("note").value.trim();
  const correctedSpeaker = $("corrected-speaker").value.trim();
  const correctedText = $("corrected-text").value.trim();
  if (action === "misattribute" && !correctedSpeaker) {
    announce("Type the corrected speaker, then choose “Misattributed” again.", "error");
    $("corrected-speaker").focus();
    return;
  }
  if (action === "misquote" && !correctedText) {
    announce("Type the corrected quote text, then choose “Misquoted” again.", "error");
    $("corrected-text").focus();
    return;
  }

  const body = { action };
  if (note) body.note = note;
  if (action === "misattribute") body.correctedSpeaker = correctedSpeaker;
  if (action === "misquote") body.correctedText = correctedText;

  desk.busy = true;
  $("actions").setAttribute("aria-busy", "true");
  try {
    const updated = await transition(quote, body);
    clearReviewFields();
    $("conflict").hidden = true;
    await refresh().catch(() => {
      desk.quote = updated;
      desk.actions = { allowedActions: [], notYours: [] };
      renderActions(updated);
    });
    announce(`${spec.label}: the quote is now ${stateLabel(desk.quote.state)}.`, "success");
    $("actions").focus();
  } catch (error) {
    if (error instanceof ApiError && (error.status === 412 || error.status === 409 || error.status === 403)) {
      await showConflict(error, spec);
    } else {
      announce(`“${spec.label}” was not saved. ${explain(error)}`, "error");
    }
  } finally {
    desk.busy = false;
    $("actions").removeAttribute("aria-busy");
  }
}

/** Someone else got there first (412), or the state no longer allows the action (409): show where it stands now. */
async function showConflict(error, spec) {
  let current;
  try {
    current = await refresh();
  } catch (refreshError) {
    announce(`“${spec.label}” was not saved, and the quote could not be read again. ${explain(refreshError)}`, "error");
    return;
  }

  const by = current.lastReviewer ? ` by ${current.lastReviewer}` : "";
  const conflict = $("conflict");
  conflict.replaceChildren(
    element("strong", {
      text: error.status === 412
        ? "Another reviewer changed this quote first."
        : error.status === 403 ? `“${spec.label}” is not yours to do.` : `“${spec.label}” is not allowed any more.`,
    }),
    error.status === 403 ? ` ${error.message}` : "",
    ` It is now ${stateLabel(current.state)}${by}. Your “${spec.label}” was not saved; your note and corrections are kept below. `,
    desk.actions.allowedActions.length
      ? `Choose again: ${desk.actions.allowedActions.map((a) => actions[a]?.label ?? a).join(", ")}.`
      : "No action is yours to take now.",
  );
  conflict.hidden = false;
  announce(`Not saved: the quote is now ${stateLabel(current.state)}${by}.`, "error");
  $("actions").focus();
}

// ---- Keyboard --------------------------------------------------------------------------------------------

function isTyping(target) {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

function focusField(id, action) {
  if (desk.quote && (!action || desk.actions.allowedActions.includes(action))) {
    $(id).focus();
  } else if (action) {
    announce(`“${actions[action].label}” is not possible now.`, "error");
  }
}

function onKey(event) {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  if (isTyping(event.target)) {
    if (event.key === "Escape") {
      event.target.blur();
      $("quote-view").focus({ preventScroll: true });
    }
    return;
  }

  const commands = {
    j: () => step(1),
    n: () => step(1),
    k: () => step(-1),
    p: () => step(-1),
    c: () => act("claim"),
    v: () => act("verify"),
    r: () => act("release"),
    a: () => focusField("corrected-speaker", "misattribute"),
    m: () => focusField("corrected-text", "misquote"),
    e: () => focusField("note"),
    "/": () => $("filter-speaker").focus(),
  };
  const command = commands[event.key];
  if (!command) return;
  event.preventDefault();
  command();
}

// ---- Start -----------------------------------------------------------------------------------------------

async function start() {
  const reviewer = $("reviewer");
  const role = $("role");
  reviewer.value = localStorage.getItem(reviewerStorage) ?? "";
  role.value = localStorage.getItem(roleStorage) === "Editor" ? "Editor" : "Reviewer";
  useTypedIdentity();
  reviewer.addEventListener("input", useTypedIdentity);
  reviewer.addEventListener("change", refreshActions);
  role.addEventListener("change", () => {
    useTypedIdentity();
    refreshActions();
  });

  $("identity").addEventListener("submit", (event) => event.preventDefault());
  $("review-form").addEventListener("submit", (event) => event.preventDefault());
  $("filters").addEventListener("submit", (event) => {
    event.preventDefault();
    desk.filters = {
      state: $("filter-state").value,
      speaker: $("filter-speaker").value.trim(),
      articleId: $("filter-article").value.trim(),
    };
    loadQueue();
  });
  $("load-more").addEventListener("click", () => loadQueue({ append: true }));
  $("actions").tabIndex = -1;
  document.addEventListener("keydown", onKey);

  await loadIdentity();
  loadQueue();
  const [articleId, quoteId] = location.hash.slice(1).split("/").map(decodeURIComponent);
  if (articleId && quoteId) openQuote(articleId, quoteId);
}

start();
