// Small DOM helpers shared by the desk's modules. Data from the API only ever reaches the page as textContent.

/** An element with an optional class and text. */
export function element(tag, { className, text } = {}) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

/** The text cut to `length` characters at most, with an ellipsis when cut. */
export function excerpt(text, length = 110) {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

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

/** The review states in workflow order, as the API names them. */
export const states = Object.keys(stateLabels);

/** A state's name for people. */
export function stateLabel(state) {
  return stateLabels[state] ?? state;
}

/** Confidence as a whole percentage: 0.96 → "96%". */
export function percent(confidence) {
  return `${Math.round(confidence * 100)}%`;
}

/** Below this confidence the extractor is right about 70% of the time (the README's calibration figures): such cards are flagged. */
export const lowConfidence = 0.7;
