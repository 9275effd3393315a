// The review actions the caller may take on a quote now (GET .../actions: `allowedActions`, and `notYours` with who
// may take the others): their labels, shortcut keys and buttons. Which actions the page offers is decided here and
// nowhere else.

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

/** What nobody may do (before the API answered, or when it could not be asked). */
export const noActions = Object.freeze({ allowedActions: [], notYours: [] });

/** The button text for an action. */
export function actionLabel(action) {
  return specs[action]?.label ?? action;
}

/** True when the caller may take the action now (`allowed` is the answer of GET .../actions). */
export function isAllowed(allowed, action) {
  return Boolean(allowed?.allowedActions?.includes(action));
}

/** Why the caller may not take an action the state allows ({reason, whoMay}), or undefined. */
export function refusalOf(allowed, action) {
  return allowed?.notYours?.find((r) => r.action === action);
}

/**
 * Fills `group` with a button per action the caller may take (`onAct(action)` runs on a click), and one line per
 * "who may" for the actions that are someone else's ("Not yours to do: Verify, Release — ana@… (who claimed it) or
 * an Editor may."), each reason in full on hover. `stateLabel` names the state when the quote allows nothing.
 */
export function renderActions(group, allowed, onAct, stateLabel) {
  group.replaceChildren();
  const { allowedActions, notYours } = allowed;
  if (allowedActions.length === 0 && notYours.length === 0) {
    group.append(element("p", { className: "hint", text: `No actions: the quote is ${stateLabel}.` }));
  }

  for (const action of allowedActions) {
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

  const byWho = new Map();
  for (const refused of notYours) {
    byWho.set(refused.whoMay, [...(byWho.get(refused.whoMay) ?? []), refused]);
  }
  for (const [whoMay, refusals] of byWho) {
    const line = element("p", { className: "hint actions-hint", text: `Not yours to do: ${refusals.map((r) => actionLabel(r.action)).join(", ")} — ${whoMay} may.` });
    line.title = refusals[0].reason;
    group.append(line);
  }
}
