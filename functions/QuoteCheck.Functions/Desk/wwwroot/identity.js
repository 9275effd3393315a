// Who is reviewing. In Azure, App Service authentication decides: GET /api/me names the signed-in person and their
// roles, and the page links to the sign-in when nobody is. In local mode (the local host, `up`), the typed name and
// role are who the desk acts as, sent as X-QuoteCheck-User / X-QuoteCheck-Roles (api.js). Everything about identity
// on the page lives here.

import { ApiError, identity, me } from "./api.js";
import { element } from "./dom.js";

const $ = (id) => document.getElementById(id);
const reviewerStorage = "quotecheck.reviewer";
const roleStorage = "quotecheck.role";
const signInPath = "/.auth/login/aad";

/** Who the API takes the caller to be (GET /api/me), or null before it answered or when nobody is signed in. */
let caller = null;

/** The typed name and role become who the desk acts as (local mode), remembered in this browser. */
function useTypedIdentity() {
  identity.name = $("reviewer").value.trim();
  identity.role = $("role").value;
  localStorage.setItem(reviewerStorage, identity.name);
  localStorage.setItem(roleStorage, identity.role);
}

/** Fills the local name and role from storage and keeps them in step; `onChange` runs when either changes (what the open quote offers may change with them). */
export function initIdentity({ onChange }) {
  const reviewer = $("reviewer");
  const role = $("role");
  reviewer.value = localStorage.getItem(reviewerStorage) ?? "";
  role.value = localStorage.getItem(roleStorage) === "Editor" ? "Editor" : "Reviewer";
  useTypedIdentity();
  reviewer.addEventListener("input", useTypedIdentity);
  reviewer.addEventListener("change", onChange);
  role.addEventListener("change", () => {
    useTypedIdentity();
    onChange();
  });

  $("identity").addEventListener("submit", (event) => event.preventDefault());
}

/**
 * Asks the API who the caller is, and shows the local name and role fields, the signed-in person (with a sign-out
 * link), or a sign-in link. Returns the error to announce when the API could not be asked, else null.
 */
export async function loadIdentity() {
  try {
    const answer = await me();
    identity.local = answer.identityMode === "Local";
    caller = answer.signedIn ? answer : null;
  } catch (error) {
    caller = null;
    if (!(error instanceof ApiError && error.status === 401)) {
      return error;
    }
  }

  $("identity-local").hidden = !identity.local;
  $("identity-signed-in").hidden = identity.local || !caller;
  $("identity-sign-in").hidden = identity.local || Boolean(caller);
  const here = encodeURIComponent(location.pathname + location.search);
  $("sign-in").href = `${signInPath}?post_login_redirect_uri=${here}`;
  if (!identity.local && caller) {
    const roles = caller.roles.length ? caller.roles.join(", ") : "no QuoteCheck role: ask whoever runs QuoteCheck to assign one";
    const signOut = element("a", { text: "Sign out" });
    signOut.href = `${caller.signOutUrl ?? "/.auth/logout"}?post_logout_redirect_uri=${here}`;
    $("identity-signed-in").replaceChildren("Signed in as ", element("strong", { text: caller.name }), ` (${roles}). `, signOut);
  }

  return null;
}

/** Why the API refused to know the caller (a 401), in words for the page. */
export function signInAdvice() {
  return identity.local
    ? "Enter your name first: it is recorded with every decision."
    : "You are not signed in (or your sign-in expired): use “Sign in with Microsoft” at the top.";
}

/** True when a decision still needs a name typed (local mode without one). */
export function needsName() {
  return identity.local && !identity.name;
}

/** Puts the cursor in the name field (when a decision needs a name). */
export function askForName() {
  $("reviewer").focus();
}
