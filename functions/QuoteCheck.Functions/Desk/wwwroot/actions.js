// The review actions a quote allows now (the API says which, in `allowedActions`): their labels, shortcut keys and
// buttons. Which actions the page offers is decided here and nowhere else.

import { element } from "./dom.js";

// Button text per action (wire name), and the shortcut key shown beside it.
const specs = {
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

/** The button text for an action. */
export function actionLabel(action) {
  return specs[action]?.label ?? action;
}

/** True when the quote allows the action now. */
export function isAllowed(quote, action) {
  return Boolean(quote?.allowedActions?.includes(action));
}

/** Fills `group` with a button per allowed action; `onAct(action)` runs on a click. `stateLabel` names the state when none is allowed. */
export function renderActions(group, quote, onAct, stateLabel) {
  group.replaceChildren();
  if (quote.allowedActions.length === 0) {
    group.append(element("p", { className: "hint", text: `No actions: the quote is ${stateLabel}.` }));
  }

  for (const action of quote.allowedActions) {
    const spec = specs[action] ?? { label: action };
    const button = element("button", { className: `action action-${action}`, text: spec.label });
    button.type = "button";
    button.dataset.action = action;
    if (spec.key) {
      button.setAttribute("aria-keyshortcuts", spec.key);
      button.title = `Shortcut: ${spec.key}`;
    }
    button.addEventListener("click", () => onAct(action));
    group.append(button);
  }
}
