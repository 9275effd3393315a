#!/usr/bin/env bash
# QuoteCheck's Microsoft Entra app registration: who may sign in, and with which app roles.
# Bicep cannot create directory objects here, so this script does, with the Azure CLI (az login first;
# you need the right to register applications, e.g. the Application Developer role). Idempotent: run
# any command again and it changes only what is missing.
#
#   bash infra/entra-app.sh create [--name "QuoteCheck (dev)"] [--client-id ID] [--assign-me ROLE]
#       Creates or updates the registration: app roles Reviewer and Editor (people) and Submitter
#       (tools and people), identifier URI api://<client id>, v2 access tokens, and a service principal
#       that only assigned principals may sign in to. Prints the client ID: Bicep's authClientId.
#   bash infra/entra-app.sh connect --client-id ID --resource-group RG [--deployment main]
#   bash infra/entra-app.sh connect --client-id ID --host HOST --identity-principal-id OBJECT_ID
#       After deploying: adds https://HOST/.auth/login/aad/callback as the sign-in redirect URI, and trusts
#       the app's sign-in identity (AZURE_AUTH_IDENTITY_PRINCIPAL_ID) as a federated credential, so App
#       Service authentication needs no client secret.
#   bash infra/entra-app.sh assign --client-id ID --role Reviewer|Editor|Submitter
#                                  (--user UPN | --group NAME_OR_ID | --app TOOL_CLIENT_ID)
#       Gives a person, a group or a tool's service principal one app role.
#   bash infra/entra-app.sh azd-preprovision | azd-postprovision
#       What azure.yaml's hooks run: create (once per azd environment, assigning you Editor and
#       Reviewer) and store QUOTECHECK_AUTH_CLIENT_ID; then connect with the deployment's outputs.
set -euo pipefail

# App role IDs: fixed, so every run (and every environment) updates the same roles instead of adding new ones.
readonly REVIEWER_ROLE_ID="5d2f6a4e-8c1b-4f2a-9d3e-7b6c5a4f3e21"
readonly EDITOR_ROLE_ID="8e1c3b7a-2f4d-4a6b-b8c9-1d2e3f4a5b62"
readonly SUBMITTER_ROLE_ID="3a9b8c7d-6e5f-4d3c-a2b1-0f9e8d7c6b53"

workdir="$(mktemp -d)"
trap 'rm -rf "$workdir"' EXIT

fail() {
  echo "entra-app: $*" >&2
  exit 1
}

note() {
  echo "entra-app: $*" >&2
}

usage() {
  sed -n '2,21p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

require_az() {
  command -v az >/dev/null || fail "the Azure CLI (az) is required: https://aka.ms/azcli"
  az account show --only-show-errors >/dev/null 2>&1 || fail "not signed in: run 'az login' first"
}

graph_url() {
  local base
  base="$(az cloud show --query endpoints.microsoftGraphResourceId -o tsv)"
  echo "${base%/}/v1.0"
}

role_id() {
  case "$1" in
    Reviewer) echo "$REVIEWER_ROLE_ID" ;;
    Editor) echo "$EDITOR_ROLE_ID" ;;
    Submitter) echo "$SUBMITTER_ROLE_ID" ;;
    *) fail "unknown role '$1': Reviewer, Editor or Submitter" ;;
  esac
}

write_app_roles() {
  cat >"$1" <<EOF
[
  {
    "id": "$REVIEWER_ROLE_ID",
    "value": "Reviewer",
    "displayName": "Reviewer",
    "description": "Fact-checker: claims quotes and decides the ones they claimed.",
    "allowedMemberTypes": ["User"],
    "isEnabled": true
  },
  {
    "id": "$EDITOR_ROLE_ID",
    "value": "Editor",
    "displayName": "Editor",
    "description": "Publishes quotes, reopens published ones, and may decide or release anyone's claim.",
    "allowedMemberTypes": ["User"],
    "isEnabled": true
  },
  {
    "id": "$SUBMITTER_ROLE_ID",
    "value": "Submitter",
    "displayName": "Submitter",
    "description": "Submits articles through POST /api/articles (tools' service principals, or people).",
    "allowedMemberTypes": ["Application", "User"],
    "isEnabled": true
  }
]
EOF
}

# create [--name NAME] [--client-id ID] [--assign-me ROLE]...
cmd_create() {
  local name="QuoteCheck" client_id="" assign_me=()
  while (($#)); do
    case "$1" in
      --name) name="$2"; shift 2 ;;
      --client-id) client_id="$2"; shift 2 ;;
      --assign-me) assign_me+=("$2"); shift 2 ;;
      *) usage ;;
    esac
  done
  require_az

  local roles_file="$workdir/app-roles.json"
  write_app_roles "$roles_file"

  if [[ -z "$client_id" ]]; then
    client_id="$(az ad app list --display-name "$name" --query "[0].appId" -o tsv --only-show-errors)"
  fi
  if [[ -z "$client_id" ]]; then
    note "creating the app registration '$name'"
    client_id="$(az ad app create --display-name "$name" --sign-in-audience AzureADMyOrg \
      --app-roles @"$roles_file" --query appId -o tsv --only-show-errors)"
  else
    note "updating the app registration $client_id"
    az ad app update --id "$client_id" --app-roles @"$roles_file" --only-show-errors
  fi

  # Tools ask for tokens to api://<client id>/.default; v2 tokens carry the issuer App Service checks.
  az ad app update --id "$client_id" --identifier-uris "api://$client_id" --only-show-errors
  local object_id graph
  object_id="$(az ad app show --id "$client_id" --query id -o tsv --only-show-errors)"
  graph="$(graph_url)"
  az rest --method PATCH --uri "$graph/applications/$object_id" --headers "Content-Type=application/json" \
    --body '{"api": {"requestedAccessTokenVersion": 2}, "web": {"implicitGrantSettings": {"enableIdTokenIssuance": false, "enableAccessTokenIssuance": false}}}' \
    --only-show-errors >/dev/null

  # The service principal (enterprise application): only people, groups and tools assigned a role may sign in.
  if ! az ad sp show --id "$client_id" --only-show-errors >/dev/null 2>&1; then
    az ad sp create --id "$client_id" --only-show-errors >/dev/null
  fi
  az ad sp update --id "$client_id" --set appRoleAssignmentRequired=true --only-show-errors

  # Whoever runs this owns the registration (az makes the creator its owner) and the service principal,
  # so they may assign people their roles without a directory-wide admin role.
  local me sp_id owned
  me="$(az ad signed-in-user show --query id -o tsv --only-show-errors)"
  sp_id="$(az ad sp show --id "$client_id" --query id -o tsv --only-show-errors)"
  owned="$(az rest --method GET --uri "$graph/servicePrincipals/$sp_id/owners?\$select=id" \
    --query "length(value[?id=='$me'])" -o tsv --only-show-errors)"
  if [[ "$owned" == "0" ]]; then
    az rest --method POST --uri "$graph/servicePrincipals/$sp_id/owners/\$ref" --headers "Content-Type=application/json" \
      --body "{\"@odata.id\": \"$graph/directoryObjects/$me\"}" --only-show-errors >/dev/null
  fi

  local role
  for role in "${assign_me[@]}"; do
    assign "$client_id" "$role" "$me" "you"
  done

  note "client ID: $client_id (Bicep: authClientId; azd: QUOTECHECK_AUTH_CLIENT_ID)"
  echo "$client_id"
}

# assign CLIENT_ID ROLE PRINCIPAL_OBJECT_ID DESCRIPTION
assign() {
  local client_id="$1" role="$2" principal_id="$3" who="$4"
  local role_guid sp_id graph existing
  role_guid="$(role_id "$role")"
  sp_id="$(az ad sp show --id "$client_id" --query id -o tsv --only-show-errors)"
  graph="$(graph_url)"
  existing="$(az rest --method GET --uri "$graph/servicePrincipals/$sp_id/appRoleAssignedTo?\$top=999" \
    --query "length(value[?principalId=='$principal_id' && appRoleId=='$role_guid'])" -o tsv --only-show-errors)"
  if [[ "$existing" != "0" ]]; then
    note "$who: already assigned the $role role"
    return
  fi

  az rest --method POST --uri "$graph/servicePrincipals/$sp_id/appRoleAssignedTo" --headers "Content-Type=application/json" \
    --body "{\"principalId\": \"$principal_id\", \"resourceId\": \"$sp_id\", \"appRoleId\": \"$role_guid\"}" \
    --only-show-errors >/dev/null
  note "gave $who the $role role"
}

# assign --client-id ID --role ROLE (--user UPN | --group NAME_OR_ID | --app CLIENT_ID)
cmd_assign() {
  local client_id="" role="" principal_id="" who=""
  while (($#)); do
    case "$1" in
      --client-id) client_id="$2"; shift 2 ;;
      --role) role="$2"; shift 2 ;;
      --user) who="$2"; principal_id="__user"; shift 2 ;;
      --group) who="$2"; principal_id="__group"; shift 2 ;;
      --app) who="$2"; principal_id="__app"; shift 2 ;;
      *) usage ;;
    esac
  done
  [[ -n "$client_id" && -n "$role" && -n "$principal_id" ]] || usage
  require_az
  role_id "$role" >/dev/null
  case "$principal_id" in
    __user) principal_id="$(az ad user show --id "$who" --query id -o tsv --only-show-errors)" ;;
    __group) principal_id="$(az ad group show --group "$who" --query id -o tsv --only-show-errors)" ;;
    __app) principal_id="$(az ad sp show --id "$who" --query id -o tsv --only-show-errors)" ;;
  esac
  [[ -n "$principal_id" ]] || fail "'$who' was not found in the directory"
  assign "$client_id" "$role" "$principal_id" "$who"
}

# connect --client-id ID (--resource-group RG [--deployment NAME] | --host HOST --identity-principal-id OID)
cmd_connect() {
  local client_id="" resource_group="" deployment="main" host="" identity=""
  while (($#)); do
    case "$1" in
      --client-id) client_id="$2"; shift 2 ;;
      --resource-group) resource_group="$2"; shift 2 ;;
      --deployment) deployment="$2"; shift 2 ;;
      --host) host="$2"; shift 2 ;;
      --identity-principal-id) identity="$2"; shift 2 ;;
      *) usage ;;
    esac
  done
  [[ -n "$client_id" ]] || usage
  require_az
  if [[ -n "$resource_group" ]]; then
    local outputs="properties.outputs"
    host="$(az deployment group show -g "$resource_group" -n "$deployment" --query "$outputs.AZURE_FUNCTION_APP_HOSTNAME.value" -o tsv --only-show-errors)"
    identity="$(az deployment group show -g "$resource_group" -n "$deployment" --query "$outputs.AZURE_AUTH_IDENTITY_PRINCIPAL_ID.value" -o tsv --only-show-errors)"
  fi
  [[ -n "$host" && -n "$identity" ]] || fail "need the app's host name and sign-in identity: --resource-group RG, or --host and --identity-principal-id"

  # Sign-in redirect URI (App Service authentication's callback), added to whatever is there.
  local callback="https://$host/.auth/login/aad/callback" uris
  mapfile -t uris < <(az ad app show --id "$client_id" --query "web.redirectUris[]" -o tsv --only-show-errors)
  if printf '%s\n' "${uris[@]}" | grep -Fxq "$callback"; then
    note "redirect URI $callback is already registered"
  else
    az ad app update --id "$client_id" --web-redirect-uris "${uris[@]}" "$callback" --only-show-errors
    note "registered the redirect URI $callback"
  fi

  # Federated credential: the app's sign-in identity's token stands in for a client secret.
  local login tenant count
  login="$(az cloud show --query endpoints.activeDirectory -o tsv)"
  tenant="$(az account show --query tenantId -o tsv)"
  count="$(az ad app federated-credential list --id "$client_id" --query "length([?subject=='$identity'])" -o tsv --only-show-errors)"
  if [[ "$count" != "0" ]]; then
    note "the sign-in identity $identity is already trusted"
  else
    local credential_file="$workdir/federated-credential.json"
    cat >"$credential_file" <<EOF
{
  "name": "quotecheck-signin-${identity:0:8}",
  "issuer": "${login%/}/$tenant/v2.0",
  "subject": "$identity",
  "audiences": ["api://AzureADTokenExchange"],
  "description": "App Service authentication of $host signs people in with this managed identity instead of a client secret."
}
EOF
    az ad app federated-credential create --id "$client_id" --parameters @"$credential_file" --only-show-errors >/dev/null
    note "trusted the sign-in identity $identity (federated credential)"
  fi
  note "sign in at https://$host/api/desk"
}

cmd_azd_preprovision() {
  command -v azd >/dev/null || fail "azd is required for the azd hooks"
  local client_id="${QUOTECHECK_AUTH_CLIENT_ID:-}"
  if [[ -n "$client_id" ]]; then
    cmd_create --client-id "$client_id" >/dev/null
  else
    client_id="$(cmd_create --name "QuoteCheck (${AZURE_ENV_NAME:-default})" --assign-me Editor --assign-me Reviewer)"
    azd env set QUOTECHECK_AUTH_CLIENT_ID "$client_id"
  fi
}

cmd_azd_postprovision() {
  [[ -n "${QUOTECHECK_AUTH_CLIENT_ID:-}" ]] || fail "QUOTECHECK_AUTH_CLIENT_ID is not set in this azd environment"
  [[ -n "${AZURE_FUNCTION_APP_HOSTNAME:-}" && -n "${AZURE_AUTH_IDENTITY_PRINCIPAL_ID:-}" ]] \
    || fail "the deployment outputs AZURE_FUNCTION_APP_HOSTNAME and AZURE_AUTH_IDENTITY_PRINCIPAL_ID are missing"
  cmd_connect --client-id "$QUOTECHECK_AUTH_CLIENT_ID" --host "$AZURE_FUNCTION_APP_HOSTNAME" \
    --identity-principal-id "$AZURE_AUTH_IDENTITY_PRINCIPAL_ID"
}

command="${1:-}"
(($#)) && shift
case "$command" in
  create) cmd_create "$@" ;;
  connect) cmd_connect "$@" ;;
  assign) cmd_assign "$@" ;;
  azd-preprovision) cmd_azd_preprovision ;;
  azd-postprovision) cmd_azd_postprovision ;;
  *) usage ;;
esac
