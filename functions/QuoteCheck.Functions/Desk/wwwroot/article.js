// Renders an article's text with the quote, the speaker mention and the cue marked, from the API's offsets
// (UTF-16 code units, end exclusive: the same units JavaScript strings use). Only textContent is ever set.

const kinds = [
  { key: "quote", start: "start", end: "end", tag: "mark", className: "mark-quote", label: "quote" },
  { key: "speaker", start: "speakerStart", end: "speakerEnd", tag: "span", className: "mark-speaker", label: "speaker mention" },
  { key: "cue", start: "cueStart", end: "cueEnd", tag: "span", className: "mark-cue", label: "cue" },
];

/** The valid spans of a quote: [{kind, start, end}], clipped to the text. */
function spansOf(quote, length) {
  const spans = [];
  for (const kind of kinds) {
    const start = quote[kind.start];
    const end = quote[kind.end];
    if (Number.isInteger(start) && Number.isInteger(end) && start < end && start >= 0 && end <= length) {
      spans.push({ kind, start, end });
    }
  }
  return spans;
}

/**
 * Fills `container` with the text: plain text nodes, and for each stretch covered by a span an element
 * carrying every covering span's class (spans may touch or, in odd extractions, overlap).
 * Returns the first element of the quote, to scroll to.
 */
export function renderArticle(container, text, quote) {
  container.replaceChildren();
  const spans = spansOf(quote, text.length);
  const cuts = new Set([0, text.length]);
  for (const span of spans) {
    cuts.add(span.start);
    cuts.add(span.end);
  }

  const points = [...cuts].sort((a, b) => a - b);
  let first = null;
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i];
    const to = points[i + 1];
    const piece = text.slice(from, to);
    const covering = spans.filter((s) => s.start <= from && to <= s.end);
    if (covering.length === 0) {
      container.append(document.createTextNode(piece));
      continue;
    }

    const isQuote = covering.some((s) => s.kind.key === "quote");
    const element = document.createElement(isQuote ? "mark" : "span");
    element.className = covering.map((s) => s.kind.className).join(" ");
    element.dataset.marks = covering.map((s) => s.kind.key).join(" ");
    element.title = covering.map((s) => s.kind.label).join(", ");
    element.textContent = piece;
    container.append(element);
    if (isQuote && !first) first = element;
  }

  return first;
}
