// Who is reviewing: the name sent as `reviewer` with every decision (remembered in this browser) and, in Azure,
// the function key the API wants (kept for this tab only). Everything about identity on the page lives here.

import { functionKey } from "./api.js";

const $ = (id) => document.getElementById(id);
const reviewerStorage = "quotecheck.reviewer";

/** Fills the identity fields from storage and keeps storage in step; `onKeyChange` runs when the key changes. */
export function initIdentity({ onKeyChange }) {
  const reviewer = $("reviewer");
  reviewer.value = localStorage.getItem(reviewerStorage) ?? "";
  reviewer.addEventListener("input", () => localStorage.setItem(reviewerStorage, reviewer.value.trim()));

  const key = $("function-key");
  key.value = functionKey.get();
  key.addEventListener("change", () => {
    functionKey.set(key.value.trim());
    onKeyChange();
  });

  $("identity").addEventListener("submit", (event) => event.preventDefault());
}

/** The reviewer's name as typed, or "" when none. */
export function reviewerName() {
  return $("reviewer").value.trim();
}

/** Puts the cursor in the name field (when a decision needs a name). */
export function askForName() {
  $("reviewer").focus();
}
