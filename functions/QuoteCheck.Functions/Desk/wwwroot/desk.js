// The reviewer's desk: the review queue on the left (queue.js), one quote with its article, history and actions on
// the right, or a speaker's page there (speakers.js). Who is reviewing lives in identity.js, which actions a quote
// offers the caller in actions.js, the same quote in other articles in linking.js.
// Every piece of data from the API is put on the page with textContent, never as HTML.

import { ApiError, getActions, getArticle, getHistory, getQuote, transition } from "./api.js";
import { actionLabel, isAllowed, noActions, refusalOf, renderActions } from "./actions.js";
import { renderArticle } from "./article.js";
import { element, percent, stateLabel } from "./dom.js";
import { askForName, initIdentity, loadIdentity, needsName, signInAdvice } from "./identity.js";
import { previouslyDecidedLine, renderMatches } from "./linking.js";
import { createQueue } from "./queue.js";
import { createSpeakerPage, speakerLink } from "./speakers.js";

const $ = (id) => document.getElementById(id);

const desk = {
  quote: null,
  // What the caller may do with the open quote (GET .../actions): {allowedActions, notYours, claimedBy}.
  actions: noActions,
  articles: new Map(),
  busy: false,
  openSequence: 0,
};

const keyOf = (q) => `${q.articleId}/${q.quoteId}`;

function announce(message, kind = "info") {
  const status = $("status");
  status.className = `status status-${kind}`;
  status.textContent = message;
}

function explain(error) {
  if (!(error instanceof ApiError)) return `Could not reach the API (${error.message}).`;
  if (error.status === 401) return signInAdvice();
  return error.message;
}

const queue = createQueue({ onOpen: (quote, options) => openQuote(quote.articleId, quote.quoteId, options), announce, explain });
const speakers = createSpeakerPage({ announce, explain });

/** One column (a phone, a narrow window): the quote is below the queue, so opening one scrolls to it. */
const oneColumn = window.matchMedia("(max-width: 60rem)");

// ---- One quote -------------------------------------------------------------------------------------------

async function openQuote(articleId, quoteId, { reveal = false } = {}) {
  const sequence = ++desk.openSequence;
  if (!desk.quote) {
    $("quote-empty").hidden = true;
    $("quote-loading").hidden = false;
  }
  try {
    const [quote, history, allowed] = await Promise.all([getQuote(articleId, quoteId), getHistory(articleId, quoteId), getActions(articleId, quoteId)]);
    let article = desk.articles.get(articleId);
    if (!article) {
      article = await getArticle(articleId);
      desk.articles.set(articleId, article);
      queue.knowArticle(article);
    }

    if (sequence !== desk.openSequence) return; // the reviewer has moved on to another quote
    const changedQuote = !desk.quote || keyOf(desk.quote) !== keyOf(quote);
    if (changedQuote) clearReviewFields();
    desk.quote = quote;
    desk.actions = allowed;
    queue.current = quote;
    $("conflict").hidden = true;
    renderQuote(quote, article, history);
    if (reveal && oneColumn.matches) {
      $("quote-view").scrollIntoView({ block: "start" });
      $("quote-view").focus({ preventScroll: true });
    }
    window.history.replaceState(null, "", `#${encodeURIComponent(articleId)}/${encodeURIComponent(quoteId)}`);
    announce(`Showing the quote by ${quote.speaker ?? "an unknown speaker"}: ${stateLabel(quote.state)}.`);
  } catch (error) {
    if (sequence !== desk.openSequence) return;
    $("quote-loading").hidden = true;
    if (!desk.quote) $("quote-empty").hidden = false;
    announce(`Could not open the quote. ${explain(error)}`, "error");
  }
}

/** Reads the quote again after someone else changed it; what the reviewer typed stays where it is. */
async function refresh() {
  const { articleId, quoteId } = desk.quote;
  const [quote, history, allowed] = await Promise.all([getQuote(articleId, quoteId), getHistory(articleId, quoteId), getActions(articleId, quoteId)]);
  desk.quote = quote;
  desk.actions = allowed;
  renderQuote(quote, desk.articles.get(articleId), history);
  queue.update(quote);
  return quote;
}

/** What the open quote offers may change with the typed name or role (local mode): ask again. */
async function refreshActions() {
  if (!desk.quote) return;
  try {
    desk.actions = await getActions(desk.quote.articleId, desk.quote.quoteId);
    renderActions($("actions"), desk.actions, act, stateLabel(desk.quote.state));
  } catch (error) {
    announce(`Could not tell what you may do with this quote. ${explain(error)}`, "error");
  }
}

function clearReviewFields() {
  for (const id of ["note", "corrected-speaker", "corrected-text"]) $(id).value = "";
}

function fact(list, term, value, className) {
  if (value === undefined || value === null || value === "") return;
  const row = element("div", { className });
  const description = element("dd");
  description.append(value instanceof Node ? value : String(value));
  row.append(element("dt", { text: term }), description);
  list.append(row);
}

function renderQuote(quote, article, history) {
  $("quote-empty").hidden = true;
  $("quote-loading").hidden = true;
  $("quote-detail").hidden = false;
  $("speaker-view").hidden = true;
  $("quote-heading").textContent = `Quote by ${quote.speaker ?? "an unknown speaker"}`;
  const title = quote.articleTitle ?? article?.title;
  const source = quote.articleSource ?? article?.source;
  $("quote-article").textContent = [title || "Untitled article", source].filter(Boolean).join(" · ");
  $("quote-text").textContent = quote.text;

  const facts = $("quote-facts");
  facts.replaceChildren();
  fact(facts, "State", stateLabel(quote.state), "fact-state");
  fact(facts, "Speaker", quote.speaker ? speakerLink(quote.speaker) : "not attributed");
  fact(facts, "Role", quote.role);
  fact(facts, "Speaker mention", quote.speakerMention ? `“${quote.speakerMention}”` : null);
  fact(facts, "Cue", quote.cue ? `“${quote.cue}”` : null);
  fact(facts, "Kind", quote.kind);
  fact(facts, "Confidence", percent(quote.confidence));
  fact(facts, "Why", quote.evidence);
  fact(facts, "Corrected speaker", quote.correctedSpeaker);
  fact(facts, "Corrected text", quote.correctedText);
  fact(facts, "Claimed by", quote.claimedBy);
  if (quote.previouslyDecided) fact(facts, "Previously decided", previouslyDecidedLine(quote.previouslyDecided), "fact-prior");
  fact(facts, "Last reviewer", quote.lastReviewer);
  fact(facts, "Article id", quote.articleId);
  if (quote.vanished) fact(facts, "Note", "No longer found in the latest version of the article.");

  renderActions($("actions"), desk.actions, act, stateLabel(quote.state));
  renderMatches($("matches"), quote, {
    announce,
    explain,
    note: () => $("note").value.trim(),
    onApplied: async () => {
      clearReviewFields();
      await refresh().catch(() => {});
    },
  });

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
    item.append(time, ` ${entry.reviewer}: ${actionLabel(entry.action)} (${stateLabel(entry.from)} → ${stateLabel(entry.to)})`);
    if (entry.correctedSpeaker) item.append(element("div", { className: "history-detail", text: `Corrected speaker: ${entry.correctedSpeaker}` }));
    if (entry.correctedText) item.append(element("div", { className: "history-detail", text: `Corrected text: ${entry.correctedText}` }));
    if (entry.note) item.append(element("div", { className: "history-detail", text: `Note: ${entry.note}` }));
    list.append(item);
  }
}

// ---- Review actions --------------------------------------------------------------------------------------

async function act(action) {
  const quote = desk.quote;
  if (!quote || desk.busy) return;
  const label = actionLabel(action);
  if (needsName()) {
    announce(signInAdvice(), "error");
    askForName();
    return;
  }

  if (!isAllowed(desk.actions, action)) {
    const refused = refusalOf(desk.actions, action);
    announce(refused ? `“${label}” is not yours to do: ${refused.reason}` : `“${label}” is not possible now: the quote is ${stateLabel(quote.state)}.`, "error");
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

  // Who acts is not in the body: the API knows it from the sign-in (or, locally, the typed name and role headers).
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
      desk.actions = noActions;
      queue.update(updated);
      renderActions($("actions"), desk.actions, act, stateLabel(updated.state));
    });
    announce(`${label}: the quote is now ${stateLabel(desk.quote.state)}.`, "success");
    $("actions").focus();
  } catch (error) {
    if (error instanceof ApiError && (error.status === 412 || error.status === 409 || error.status === 403)) {
      await showConflict(error, label);
    } else {
      announce(`“${label}” was not saved. ${explain(error)}`, "error");
    }
  } finally {
    desk.busy = false;
    $("actions").removeAttribute("aria-busy");
  }
}

/** Someone else got there first (412), the state no longer allows the action (409), or it is not the caller's (403): show where it stands now. */
async function showConflict(error, label) {
  let current;
  try {
    current = await refresh();
  } catch (refreshError) {
    announce(`“${label}” was not saved, and the quote could not be read again. ${explain(refreshError)}`, "error");
    return;
  }

  const by = current.lastReviewer ? ` by ${current.lastReviewer}` : "";
  const conflict = $("conflict");
  conflict.replaceChildren(
    element("strong", {
      text: error.status === 412
        ? "Another reviewer changed this quote first."
        : error.status === 403 ? `“${label}” is not yours to do.` : `“${label}” is not allowed any more.`,
    }),
    error.status === 403 ? ` ${error.message}` : "",
    ` It is now ${stateLabel(current.state)}${by}. Your “${label}” was not saved; your note and corrections are kept below. `,
    desk.actions.allowedActions.length
      ? `Choose again: ${desk.actions.allowedActions.map(actionLabel).join(", ")}.`
      : "No action is yours to take now.",
  );
  conflict.hidden = false;
  announce(`Not saved: the quote is now ${stateLabel(current.state)}${by}.`, "error");
  $("actions").focus();
}

// ---- Speaker pages and links -----------------------------------------------------------------------------

/** Shows a speaker's page (or the list of speakers) where the quote was. */
function showSpeaker(name) {
  desk.openSequence++;
  desk.quote = null;
  desk.actions = noActions;
  for (const id of ["quote-detail", "quote-empty", "quote-loading"]) $(id).hidden = true;
  $("speaker-view").hidden = false;
  return name ? speakers.show(name) : speakers.showAll();
}

/** #articleId/quoteId opens a quote, #speaker/<name> a speaker's page, #speakers the list of speakers. */
function route({ reveal = true } = {}) {
  const [first, second] = location.hash.slice(1).split("/").map(decodeURIComponent);
  if (first === "speakers" && second === undefined) return showSpeaker(null);
  if (first === "speaker" && second) return showSpeaker(second);
  if (first && second) return openQuote(first, second, { reveal });
  return undefined;
}

// ---- Keyboard --------------------------------------------------------------------------------------------

function isTyping(target) {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) && !["radio", "checkbox"].includes(target.type));
}

function focusField(id, action) {
  if (desk.quote && (!action || isAllowed(desk.actions, action))) {
    $(id).focus();
  } else if (action) {
    announce(`“${actionLabel(action)}” is not possible now.`, "error");
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
    j: () => queue.step(1),
    n: () => queue.step(1),
    k: () => queue.step(-1),
    p: () => queue.step(-1),
    c: () => act("claim"),
    v: () => act("verify"),
    r: () => act("release"),
    a: () => focusField("corrected-speaker", "misattribute"),
    m: () => focusField("corrected-text", "misquote"),
    e: () => focusField("note"),
    t: () => queue.setOrder(queue.order === "triage" ? "newest" : "triage"),
    "/": () => $("filter-speaker").focus(),
  };
  const command = commands[event.key];
  if (!command) return;
  event.preventDefault();
  command();
}

// ---- Start -----------------------------------------------------------------------------------------------

async function start() {
  initIdentity({ onChange: refreshActions });

  $("review-form").addEventListener("submit", (event) => event.preventDefault());
  $("filters").addEventListener("submit", (event) => {
    event.preventDefault();
    queue.setFilters({ speaker: $("filter-speaker").value.trim(), articleId: $("filter-article").value.trim() });
  });
  for (const input of document.querySelectorAll('input[name="order"]')) {
    input.addEventListener("change", () => queue.setOrder(input.value));
  }
  $("load-more").addEventListener("click", () => queue.load({ append: true }));
  $("actions").tabIndex = -1;
  document.addEventListener("keydown", onKey);

  const unknown = await loadIdentity();
  if (unknown) announce(`Could not tell who you are. ${explain(unknown)}`, "error");
  queue.load();
  window.addEventListener("hashchange", () => route());
  route({ reveal: false });
}

start();
