#!/usr/bin/env bash
# Fit the coverage summarizer's weights (dev.precis.summarize.SummaryWeights) and print what the fit chose.
#
#   bench/fit-summary.sh            (about 3 minutes on a loaded 2-core machine; one thread)
#
# Runs the test-scope main dev.precis.summarize.SummaryFitMain on ../shared/eval/summaries (PRECIS_DATA to point
# elsewhere): every article of train/, dev/, cased-dev/ and fr-dev/ is read once (sentences, kinds, term counts),
# then each trial only reweighs and reselects and scores ROUGE-1 with the test scorer Rouge1 (held equal to
# ../shared/eval/rouge/rouge by RougeScorerAgreementTest):
#   1. coordinate ascent on ROUGE-1 over train/ (3,868 stories) for the general weights;
#   2. the paragraph weights (no effect on one-sentence-a-line train/) on the even half of cased-dev/;
#   3. choice on dev/ (odd half) and cased-dev/: a feature stays only if turning it off lowers both
#      (paragraph features: cased-dev's odd half, and dev must not fall); the numbers are refitted on train/
#      when a feature was turned off.
# It prints the ascent, the choice, ROUGE-1 of every pool (all / even / odd) for the hand-tuned, fitted and chosen
# weights, and the chosen record as Java, to paste into SummaryWeights.FITTED. Writes nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=$(cd "${PRECIS_DATA:-../shared/eval/summaries}" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile="$tmp/cp.txt" >&2
java -cp "target/classes:target/test-classes:$(cat "$tmp/cp.txt")" dev.precis.summarize.SummaryFitMain "$DATA"
