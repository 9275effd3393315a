#!/usr/bin/env bash
# Regenerates docs/desk.png: runs the desk's browser tests, which save the quote view there when
# QUOTECHECK_DESK_SCREENSHOT names a file.
set -euo pipefail
cd "$(dirname "$0")/../.."
QUOTECHECK_DESK_SCREENSHOT="$PWD/docs/desk.png" \
  dotnet test --project tests/QuoteCheck.Integration.Tests --filter-class QuoteCheck.Integration.Tests.Desk.DeskBrowserTests
echo "Saved docs/desk.png"
