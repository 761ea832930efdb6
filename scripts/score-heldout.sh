#!/usr/bin/env bash
# Scores the extractor on the held-out notices (tests/fixtures/heldout), which no rule was tuned on.
# Usage: scripts/score-heldout.sh   (from the repository root; prints per-file P/R, misses, and the overall line)
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent extract -- --json tests/fixtures/heldout/*.txt \
  | node ../shared/tools/score.mjs --gold tests/fixtures/heldout --verbose
