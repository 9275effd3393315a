// The review queue: the state filter with each state's count (the one place counts are shown), the order (newest
// first, lowest confidence first for triage, or previously decided first: quotes that arrived with a verdict already
// given on the same quote in another article, which are quick to settle), and the cards. Every piece of API data goes in as textContent.

import { getArticle, listQuotes } from "./api.js";
import { element, excerpt, lowConfidence, percent, stateLabel, states } from "./dom.js";

const $ = (id) => document.getElementById(id);

/** Quotes read for a triage order: every page up to this many, then sorted by confidence. */
const triageLimit = 500;

/** Counts stop here ("1,000+"): a count pages through the state's quotes. */
const countLimit = 1000;

const keyOf = (q) => `${q.articleId}/${q.quoteId}`;

export function createQueue({ onOpen, announce, explain }) {
  const queue = {
    filters: { state: "New", speaker: "", articleId: "" },
    order: "newest",
    items: [],
    continuationToken: null,
    truncated: false,
    selected: -1,
    counts: new Map(),
    sequence: 0,
    articles: new Map(),
  };

  // ---- State filter with counts ---------------------------------------------------------------------------

  function renderStates() {
    const options = $("state-options");
    options.replaceChildren(
      ...[...states, ""].map((state) => {
        const label = element("label", { className: "state-option" });
        const input = element("input");
        input.type = "radio";
        input.name = "state";
        input.value = state;
        input.checked = state === queue.filters.state;
        input.addEventListener("change", () => {
          queue.filters = { ...queue.filters, state };
          load();
        });
        const count = element("span", { className: "count", text: countText(state) });
        count.dataset.state = state || "all";
        label.append(input, element("span", { className: "state-name", text: state ? stateLabel(state) : "All states" }), count);
        return label;
      }),
    );
  }

  function countText(state) {
    const count = queue.counts.get(state || "all");
    if (count === undefined) return "…";
    return count.more ? `${countLimit.toLocaleString("en")}+` : count.value.toLocaleString("en");
  }

  function showCounts() {
    for (const node of $("state-options").querySelectorAll(".count")) {
      const state = node.dataset.state === "all" ? "" : node.dataset.state;
      node.textContent = countText(state);
    }
  }

  /** Counts every state for the current speaker and article filters (in parallel, one request a page of 100). */
  async function count(sequence) {
    const { speaker, articleId } = queue.filters;
    const one = async (state) => {
      let value = 0;
      let token;
      do {
        const page = await listQuotes({ state, speaker, articleId, pageSize: 100, continuationToken: token });
        value += page.items.length;
        token = page.continuationToken;
      } while (token && value < countLimit);
      return { value: Math.min(value, countLimit), more: Boolean(token) };
    };
    try {
      const results = await Promise.all(states.map(one));
      if (sequence !== queue.sequence) return;
      queue.counts = new Map(states.map((state, i) => [state, results[i]]));
      const total = results.reduce((sum, r) => sum + r.value, 0);
      queue.counts.set("all", { value: Math.min(total, countLimit), more: total > countLimit || results.some((r) => r.more) });
      showCounts();
    } catch (error) {
      if (sequence === queue.sequence) announce(`Could not count the quotes per state. ${explain(error)}`, "error");
    }
  }

  /** A quote moved from one state to another here: the counts follow without asking the API again. */
  function moved(from, to) {
    if (from === to) return;
    for (const [state, delta] of [[from, -1], [to, 1]]) {
      const count = queue.counts.get(state);
      if (count && !count.more) count.value = Math.max(0, count.value + delta);
    }
    showCounts();
  }

  // ---- Loading -----------------------------------------------------------------------------------------------

  function setLoading(loading) {
    $("queue-region").setAttribute("aria-busy", String(loading));
    $("queue-loading").hidden = !loading;
    if (loading) {
      $("queue-empty").hidden = true;
      $("load-more").hidden = true;
    }
  }

  /** Reads the queue for the filters and order; `append` reads the next page (newest first only). */
  async function load({ append = false } = {}) {
    // A page that answers after a newer request was made (the filters changed meanwhile) is stale: dropped.
    const sequence = append ? queue.sequence : ++queue.sequence;
    if (!append) {
      queue.items = [];
      queue.counts = new Map();
      renderStates();
      renderCards();
      setLoading(true);
      $("queue-summary").textContent = "";
      count(sequence);
    }

    try {
      if (queue.order === "triage") {
        const all = [];
        let token;
        do {
          const page = await listQuotes({ ...queue.filters, pageSize: 100, continuationToken: token });
          all.push(...page.items);
          token = page.continuationToken;
        } while (token && all.length < triageLimit);
        if (sequence !== queue.sequence) return;
        // Lowest confidence first; the API's order (newest article first, then reading order) breaks ties.
        queue.items = all.slice(0, triageLimit).map((q, i) => ({ q, i })).sort((a, b) => a.q.confidence - b.q.confidence || a.i - b.i).map((x) => x.q);
        queue.truncated = Boolean(token) || all.length > triageLimit;
        queue.continuationToken = null;
      } else {
        // Previously decided first: those quotes (up to the triage limit; the API lists them across articles only), then the rest as usual.
        const prior = [];
        if (queue.order === "prior" && !append && !queue.filters.articleId) {
          let token;
          do {
            const page = await listQuotes({ ...queue.filters, previouslyDecided: true, pageSize: 100, continuationToken: token });
            prior.push(...page.items);
            token = page.continuationToken;
          } while (token && prior.length < triageLimit);
        }
        const page = await listQuotes({ ...queue.filters, continuationToken: append ? queue.continuationToken : undefined });
        if (sequence !== queue.sequence) return;
        const before = append ? queue.items : prior.slice(0, triageLimit);
        const seen = new Set(before.map(keyOf));
        queue.items = before.concat(page.items.filter((q) => !seen.has(keyOf(q))));
        queue.continuationToken = page.continuationToken ?? null;
        queue.truncated = false;
      }

      if (!append && queue.current) queue.selected = queue.items.findIndex((q) => keyOf(q) === keyOf(queue.current));
      setLoading(false);
      renderCards();
      summarize();
      fillArticleLines(sequence);
    } catch (error) {
      if (sequence !== queue.sequence) return;
      setLoading(false);
      $("queue-summary").textContent = "";
      announce(`Could not load the queue. ${explain(error)}`, "error");
    }
  }

  function where() {
    const { state, speaker, articleId } = queue.filters;
    const parts = [state ? stateLabel(state) : "all states"];
    if (speaker) parts.push(`speaker ${speaker}`);
    if (articleId) parts.push(`article ${articleId}`);
    return parts.join(", ");
  }

  function summarize() {
    const n = queue.items.length;
    const order = { triage: "lowest confidence first", prior: "previously decided first" }[queue.order] ?? "newest first";
    const more = queue.continuationToken ? ", more to load" : queue.truncated ? `; only the first ${triageLimit} are sorted` : "";
    // Cards stay where they were when a decision moves them out of the state shown: the summary says how many did.
    const wanted = queue.filters.state;
    const gone = wanted ? queue.items.filter((q) => q.state !== wanted).length : 0;
    const since = gone === 0 ? "" : `; ${gone} ${gone === 1 ? "has" : "have"} moved on since`;
    $("queue-summary").textContent = n === 0 ? "" : `${n} quote${n === 1 ? "" : "s"} in ${where()}, ${order}${more}${since}.`;
    const empty = $("queue-empty");
    empty.hidden = n !== 0;
    if (n === 0) {
      empty.replaceChildren(
        element("p", { className: "empty-title", text: `No quotes in ${where()}.` }),
        element("p", {
          className: "hint",
          text: queue.filters.state === "New"
            ? "Everything new has been picked up. Choose another state above, or submit articles (quotecheck submit, or POST /api/articles)."
            : "Choose another state above, or clear the speaker and article filters.",
        }),
      );
    }
  }

  // ---- Cards ---------------------------------------------------------------------------------------------

  function articleLine(quote) {
    const article = queue.articles.get(quote.articleId);
    const title = quote.articleTitle ?? article?.title;
    const source = quote.articleSource ?? article?.source;
    return [title || `Article ${quote.articleId}`, source].filter(Boolean).join(" · ");
  }

  function card(quote, index) {
    const item = element("li");
    const button = element("button", { className: "queue-item" });
    button.type = "button";
    button.dataset.key = keyOf(quote);
    if (index === queue.selected) button.setAttribute("aria-current", "true");

    const low = quote.confidence < lowConfidence;
    const tags = element("span", { className: "queue-tags" });
    tags.append(
      element("span", { className: `badge state-${quote.state}`, text: stateLabel(quote.state) }),
      element("span", { className: "badge kind", text: quote.kind }),
      element("span", { className: `badge confidence${low ? " confidence-low" : ""}`, text: `${percent(quote.confidence)}${low ? " · check" : ""}` }),
    );
    tags.lastChild.title = `Extractor confidence ${percent(quote.confidence)}`;
    if (quote.previouslyDecided) {
      const prior = element("span", { className: "badge prior", text: `Previously ${stateLabel(quote.previouslyDecided.verdict)}` });
      prior.title = quote.previouslyDecided.text;
      tags.append(prior);
    }
    button.append(
      tags,
      element("span", { className: "queue-quote", text: `“${excerpt(quote.text)}”` }),
      element("span", { className: "queue-speaker", text: `— ${quote.correctedSpeaker ?? quote.speaker ?? "unattributed"}` }),
      element("span", { className: "queue-article", text: articleLine(quote) }),
    );
    button.addEventListener("click", () => open(index, { focusList: false }));
    item.append(button);
    return item;
  }

  function renderCards() {
    $("queue-list").replaceChildren(...queue.items.map(card));
    $("load-more").hidden = !queue.continuationToken;
  }

  /**
   * An API that predates articleTitle and articleSource on list items: the cards read them from the articles
   * (once each, a few at a time). With the fields present, even as null for an untitled article, nothing is read.
   */
  async function fillArticleLines(sequence) {
    const missing = [...new Set(queue.items.filter((q) => !("articleTitle" in q) && !queue.articles.has(q.articleId)).map((q) => q.articleId))];
    const next = async () => {
      while (missing.length > 0 && sequence === queue.sequence) {
        const id = missing.shift();
        try {
          knowArticle(await getArticle(id));
        } catch {
          // The card keeps showing the article id; opening the quote reports any error.
        }
      }
    };
    await Promise.all([next(), next(), next(), next()]);
  }

  /** The article behind some cards is now known (opened): cards that lacked its title show it. */
  function knowArticle(article) {
    queue.articles.set(article.id, article);
    for (const button of $("queue-list").querySelectorAll(".queue-item")) {
      const quote = queue.items.find((q) => keyOf(q) === button.dataset.key);
      if (quote?.articleId === article.id) button.querySelector(".queue-article").textContent = articleLine(quote);
    }
  }

  async function open(index, { focusList = true } = {}) {
    if (index < 0 || index >= queue.items.length) return;
    queue.selected = index;
    const buttons = $("queue-list").querySelectorAll(".queue-item");
    buttons.forEach((button, i) => (i === index ? button.setAttribute("aria-current", "true") : button.removeAttribute("aria-current")));
    if (focusList && buttons[index]) buttons[index].focus();
    await onOpen(queue.items[index], { reveal: !focusList });
  }

  async function step(delta) {
    if (queue.items.length === 0) {
      announce("The queue is empty for these filters.");
      return;
    }

    const next = queue.selected + delta;
    if (next >= queue.items.length && queue.continuationToken) await load({ append: true });
    if (next < 0) announce("This is the first quote in the queue.");
    else if (next >= queue.items.length) announce("This is the last quote in the queue.");
    else await open(next);
  }

  /** The quote changed (a decision here, or someone else's): its card shows where it stands now. */
  function update(quote) {
    queue.current = quote;
    const index = queue.items.findIndex((q) => keyOf(q) === keyOf(quote));
    if (index < 0) return;
    const before = queue.items[index];
    queue.items[index] = quote;
    moved(before.state, quote.state);
    const button = $("queue-list").querySelector(`.queue-item[data-key="${CSS.escape(keyOf(quote))}"]`);
    const badge = button?.querySelector(".badge");
    if (badge) {
      badge.className = `badge state-${quote.state}`;
      badge.textContent = stateLabel(quote.state);
    }
    summarize();
  }

  function setFilters(filters) {
    queue.filters = { ...queue.filters, ...filters };
    load();
  }

  function setOrder(order) {
    if (order === queue.order) return;
    queue.order = order;
    for (const input of document.querySelectorAll('input[name="order"]')) input.checked = input.value === order;
    load();
  }

  return {
    load,
    step,
    update,
    knowArticle,
    setFilters,
    setOrder,
    get order() {
      return queue.order;
    },
    set current(quote) {
      queue.current = quote;
    },
  };
}
