#!/usr/bin/env bash
# Regenerates the README's desk screenshots: docs/desk.png (a quote in review at 1280x800) and
# docs/desk-narrow.png (a phone-sized screen, 390x844). Runs the desk's browser tests, which save them when
# QUOTECHECK_DESK_SCREENSHOT names the first file.
set -euo pipefail
cd "$(dirname "$0")/../.."
QUOTECHECK_DESK_SCREENSHOT="$PWD/docs/desk.png" \
  dotnet test --project tests/QuoteCheck.Integration.Tests -- --filter-class QuoteCheck.Integration.Tests.Desk.DeskBrowserTests
echo "Saved docs/desk.png and docs/desk-narrow.png"
