#!/usr/bin/env bash
# Compiles, lints and format-checks the Bicep in infra/, failing on any warning or error.
# Needs only the .NET SDK (the Bicep CLI comes from NuGet); node, when present, also checks that
# main.parameters.json matches main.bicep's parameters. Runs from any directory:
#   bash infra/check.sh
set -euo pipefail

infra_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tools_project="$infra_dir/tools/Bicep.Tools.csproj"
out_dir="$infra_dir/.tools" # git-ignored
package_id="Azure.Bicep.CommandLine.linux-x64"

fail() {
  echo "infra: $*" >&2
  exit 1
}

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

if [[ "$(uname -s)/$(uname -m)" != "Linux/x86_64" ]]; then
  fail "this check runs the $package_id package and so needs Linux x64 (found $(uname -s)/$(uname -m))"
fi
command -v dotnet >/dev/null || fail "the .NET SDK (dotnet) is required"
mkdir -p "$out_dir"

# 1. Restore the pinned Bicep CLI (version in Directory.Packages.props).
if ! dotnet restore "$tools_project" --nologo >"$out_dir/restore.log" 2>&1; then
  cat "$out_dir/restore.log" >&2
  fail "restoring $package_id failed"
fi

# 2. Find the binary in the NuGet global packages folder, at the version restore resolved.
assets_file="$(dotnet msbuild "$tools_project" -nologo -getProperty:ProjectAssetsFile)"
[[ -f "$assets_file" ]] || fail "no restore output at $assets_file"
version="$(grep -o "\"$package_id/[^\"]*\"" "$assets_file" | head -n 1 | sed -e 's|.*/||' -e 's|"$||')"
[[ -n "$version" ]] || fail "$package_id is not in $assets_file"
global_packages="$(dotnet nuget locals global-packages --list | sed -e 's/^global-packages: *//')"
global_packages="${global_packages%/}"
package_dir="$global_packages/$(tr '[:upper:]' '[:lower:]' <<<"$package_id")/$version"
bicep="$package_dir/tools/bicep"
[[ -f "$bicep" ]] || fail "Bicep CLI not found at $bicep"
if [[ ! -x "$bicep" ]]; then
  # NuGet does not always keep the executable bit; run a copy we own instead.
  cp "$bicep" "$out_dir/bicep"
  chmod +x "$out_dir/bicep"
  bicep="$out_dir/bicep"
fi
echo "infra: $("$bicep" --version)"

# Runs a bicep command; fails on a non-zero exit or on any warning or error it reports
# (compiler warnings such as BCP081 'no types for this API version' do not change the exit code).
run_bicep() {
  local log="$out_dir/bicep.log"
  local status=0
  "$bicep" "$@" >"$log" 2>&1 || status=$?
  if [[ -s "$log" ]]; then
    cat "$log"
  fi
  if ((status != 0)) || grep -Eq ' : (Warning|Error) ' "$log"; then
    fail "bicep $1 reported problems (above)"
  fi
}

bicep_files=("$infra_dir"/*.bicep "$infra_dir"/modules/*.bicep)

# 3. Build: compiles main.bicep and every module it references into one ARM template.
run_bicep build "$infra_dir/main.bicep" --outfile "$out_dir/main.json"

# 4. Lint every file (rules and levels in infra/bicepconfig.json), so an unreferenced module
#    cannot hide problems.
for file in "${bicep_files[@]}"; do
  run_bicep lint "$file"
done

# 5. Formatting: the checked-in files are what `bicep format` produces.
for file in "${bicep_files[@]}"; do
  if ! "$bicep" format "$file" --stdout | diff -u "$file" - >"$out_dir/format.diff"; then
    cat "$out_dir/format.diff"
    fail "${file#"$infra_dir"/} is not formatted; run: bicep format ${file#"$infra_dir"/}"
  fi
done

# 6. main.parameters.json names only parameters main.bicep declares, and every required one.
if command -v node >/dev/null; then
  node - "$out_dir/main.json" "$infra_dir/main.parameters.json" <<'EOF'
const fs = require("fs");
const [templatePath, parametersPath] = process.argv.slice(2);
const declared = JSON.parse(fs.readFileSync(templatePath, "utf8")).parameters ?? {};
const given = JSON.parse(fs.readFileSync(parametersPath, "utf8")).parameters ?? {};
const problems = [
  ...Object.keys(given).filter((name) => !(name in declared)).map((name) => `'${name}' is not a parameter of main.bicep`),
  ...Object.entries(declared)
    .filter(([name, p]) => !("defaultValue" in p) && !(name in given))
    .map(([name]) => `required parameter '${name}' is missing`),
];
if (problems.length > 0) {
  for (const problem of problems) console.error(`infra: main.parameters.json: ${problem}`);
  process.exit(1);
}
EOF
else
  echo "infra: node not found; skipped the main.parameters.json check"
fi

# 7. The shell scripts (entra-app.sh, this one) pass shellcheck, when it is installed.
if command -v shellcheck >/dev/null; then
  shellcheck "$infra_dir"/*.sh || fail "shellcheck reported problems (above)"
else
  echo "infra: shellcheck not found; skipped the shell-script check"
fi

# 8. azure.yaml points azd at projects that exist (a note, not a failure: the app may land later).
azure_yaml="$infra_dir/../azure.yaml"
if [[ -f "$azure_yaml" ]]; then
  while read -r project; do
    [[ -d "$infra_dir/../$project" ]] || echo "infra: note: azure.yaml service project $project does not exist (yet)"
  done < <(sed -n -e 's/^ *project: *//p' "$azure_yaml")
fi

echo "infra: bicep build and lint passed (Bicep CLI $version, ${#bicep_files[@]} files)"
