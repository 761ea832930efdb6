#!/usr/bin/env bash
# Scores the extractor on the second, blind held-out set (tests/fixtures/heldout-2).
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent extract -- --json tests/fixtures/heldout-2/*.txt | node ../shared/tools/score.mjs --gold tests/fixtures/heldout-2 --verbose
