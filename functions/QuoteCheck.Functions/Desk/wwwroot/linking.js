// The same quote across articles, as the desk shows it: "also quoted in N articles" with a link to each match, the
// "previously decided" line a new quote arrives with, and applying the open quote's verdict to its matches in one
// action (each match is decided through the review workflow on its own, as you; the API reports any it would not
// change, and why). Every piece of API data goes in as textContent.

import { applyToMatches } from "./api.js";
import { element, excerpt, stateLabel } from "./dom.js";

/** A link to a quote of the desk (#articleId/quoteId opens it). */
export function quoteLink(articleId, quoteId, text) {
  const link = element("a", { text });
  link.href = `#${encodeURIComponent(articleId)}/${encodeURIComponent(quoteId)}`;
  return link;
}

/** "previously decided: Misattributed by rita@desk on 2020-03-02", linking to the quote it was decided on. */
export function previouslyDecidedLine(prior) {
  const line = element("span");
  line.append(quoteLink(prior.articleId, prior.quoteId, prior.text));
  return line;
}

const verdicts = new Set(["Verified", "Misattributed", "Misquoted", "Unverifiable", "NotAQuote"]);

/** The verdict the quote has to carry over (a published quote carries the verdict it was published with), or null. */
function verdictOf(quote) {
  return quote.verdict && (verdicts.has(quote.state) || quote.state === "Published") ? quote.verdict : null;
}

function matchesToApply(quote) {
  return (quote.matches?.items ?? []).filter((m) => m.state === "New" || m.state === "InReview");
}

/**
 * Fills `section` with the open quote's matches: the heading says in how many other articles it is quoted, each
 * match links to its quote with its state and article; when the quote has a verdict and some matches are still
 * undecided, a button applies the verdict to them. `onApplied(result)` runs after an apply (the page reads the quote
 * again); `announce` reports.
 */
export function renderMatches(section, quote, { onApplied, announce, explain, note }) {
  const heading = section.querySelector("h3");
  const list = section.querySelector("ol");
  const tools = section.querySelector(".matches-tools");
  const results = section.querySelector(".matches-results");
  list.replaceChildren();
  tools.replaceChildren();
  results.replaceChildren();
  const matches = quote.matches;
  if (!matches || matches.count === 0) {
    section.hidden = true;
    return;
  }

  section.hidden = false;
  const n = matches.articleCount;
  heading.textContent = n > 0
    ? `Also quoted in ${n} other article${n === 1 ? "" : "s"}${matches.more ? " (and more)" : ""}`
    : `Quoted again in this article (${matches.count})`;
  for (const match of matches.items) {
    const item = element("li", { className: "match" });
    const article = [match.articleTitle || `Article ${match.articleId}`, match.articleSource].filter(Boolean).join(" · ");
    item.append(
      element("span", { className: `badge state-${match.state}`, text: stateLabel(match.state) }),
      " ",
      quoteLink(match.articleId, match.quoteId, article),
      element("span", { className: "match-text", text: ` “${excerpt(match.text, 90)}”` }),
      element("span", { className: "hint", text: ` ${relationLabel(match.relation)}${match.decidedBy ? `; decided by ${match.decidedBy}` : ""}` }),
    );
    list.append(item);
  }

  const verdict = verdictOf(quote);
  const open = matchesToApply(quote);
  if (verdict && open.length > 0) {
    const button = element("button", { className: "apply-matches", text: `Apply “${stateLabel(verdict)}” to ${open.length} undecided match${open.length === 1 ? "" : "es"}` });
    button.type = "button";
    button.addEventListener("click", async () => {
      button.disabled = true;
      try {
        const result = await applyToMatches(quote, open, note());
        showResults(results, result);
        announce(`${result.applied} of ${result.results.length} match${result.results.length === 1 ? "" : "es"} now ${stateLabel(result.verdict)}; each was checked on its own.`, result.applied === result.results.length ? "success" : "error");
        await onApplied(result);
      } catch (error) {
        announce(`The verdict was not applied. ${explain(error)}`, "error");
        button.disabled = false;
      }
    });
    tools.append(button, element("p", { className: "hint", text: "Each match is claimed and decided as you, with the version shown here: one someone else changed or claimed is left as it is and listed below." }));
  }
}

function relationLabel(relation) {
  return {
    origin: "first seen",
    same: "same words",
    variant: "a few words cut or changed",
    partOf: "part of the longer quote",
    contains: "contains the shorter quote",
  }[relation] ?? relation;
}

/** The matches the API did not change, with why (the ones it did are counted). */
function showResults(container, result) {
  container.replaceChildren();
  const refused = result.results.filter((r) => r.outcome !== "applied");
  for (const r of refused) {
    const line = element("p", { className: "hint match-refused" });
    line.append(quoteLink(r.articleId, r.quoteId, `${r.articleId}`), `: ${r.detail}`);
    container.append(line);
  }
}
