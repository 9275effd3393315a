// The speaker page: a canonical speaker's quotes across articles, newest first, with their counts by state, and the
// list of speakers. Opened with #speaker/<name> (the quote's speaker links there). Every piece of API data goes in
// as textContent.

import { listSpeakerQuotes, listSpeakers } from "./api.js";
import { element, excerpt, stateLabel, states } from "./dom.js";
import { quoteLink } from "./linking.js";

const $ = (id) => document.getElementById(id);

/** A link to a speaker's page. */
export function speakerLink(name) {
  const link = element("a", { text: name });
  link.href = `#speaker/${encodeURIComponent(name)}`;
  return link;
}

export function createSpeakerPage({ announce, explain }) {
  const page = { speaker: null, continuationToken: null, sequence: 0 };

  function counts(speaker) {
    const list = element("ul", { className: "speaker-counts" });
    for (const state of states) {
      const n = speaker.counts?.[state] ?? 0;
      if (n > 0) list.append(element("li", { text: `${stateLabel(state)}: ${n.toLocaleString("en")}` }));
    }
    return list;
  }

  function quoteItem(quote) {
    const item = element("li", { className: "speaker-quote" });
    const article = [quote.articleTitle || `Article ${quote.articleId}`, quote.articleSource].filter(Boolean).join(" · ");
    item.append(
      element("span", { className: `badge state-${quote.state}`, text: stateLabel(quote.state) }),
      " ",
      quoteLink(quote.articleId, quote.quoteId, `“${excerpt(quote.text, 120)}”`),
      element("span", { className: "hint", text: ` ${article}` }),
    );
    if (quote.previouslyDecided) item.append(element("span", { className: "hint", text: ` · ${quote.previouslyDecided.text}` }));
    return item;
  }

  /** Shows the speaker's page (`name`: the canonical name, any case); `append` reads the next page. */
  async function show(name, { append = false } = {}) {
    const sequence = append ? page.sequence : ++page.sequence;
    try {
      const result = await listSpeakerQuotes(name, { continuationToken: append ? page.continuationToken : undefined });
      if (sequence !== page.sequence) return;
      if (!append) {
        page.speaker = result.speaker;
        $("quote-heading").textContent = `Speaker: ${result.speaker?.name ?? name}`;
        $("speaker-summary").replaceChildren(
          element("p", { text: `${(result.speaker?.total ?? 0).toLocaleString("en")} quote${result.speaker?.total === 1 ? "" : "s"} across articles, newest first.` }),
          counts(result.speaker ?? {}),
        );
        $("speaker-quotes").replaceChildren();
      }
      $("speaker-quotes").append(...result.items.map(quoteItem));
      page.continuationToken = result.continuationToken ?? null;
      $("speaker-more").hidden = !page.continuationToken;
      if (!append) announce(`Showing ${page.speaker?.name ?? name}'s quotes.`);
    } catch (error) {
      if (sequence !== page.sequence) return;
      $("quote-heading").textContent = `Speaker: ${name}`;
      $("speaker-summary").replaceChildren(element("p", { text: error.status === 404 ? "No quotes by this speaker yet." : `Could not read the speaker's quotes. ${explain(error)}` }));
      $("speaker-quotes").replaceChildren();
      $("speaker-more").hidden = true;
    }
  }

  /** Shows the list of speakers (alphabetical, with their totals) instead of one speaker. */
  async function showAll() {
    const sequence = ++page.sequence;
    $("quote-heading").textContent = "Speakers";
    $("speaker-more").hidden = true;
    try {
      const result = await listSpeakers();
      if (sequence !== page.sequence) return;
      $("speaker-summary").replaceChildren(element("p", { text: result.items.length ? "Canonical speakers, with their quotes across articles." : "No speakers yet." }));
      $("speaker-quotes").replaceChildren(...result.items.map((s) => {
        const item = element("li");
        item.append(speakerLink(s.name), element("span", { className: "hint", text: ` ${s.total.toLocaleString("en")} quote${s.total === 1 ? "" : "s"}` }));
        return item;
      }));
    } catch (error) {
      if (sequence === page.sequence) announce(`Could not list the speakers. ${explain(error)}`, "error");
    }
  }

  $("speaker-more").addEventListener("click", () => page.speaker && show(page.speaker.key, { append: true }));
  return { show, showAll };
}
