#!/bin/bash
# Regenerates rules/harvested-formulations.lexicon.yaml from the published texts (see bench/harvest.py).
# usage: bench/harvest.sh [PUB=/work/pub]   (from the repository root; ≈15 min on two busy cores)
# 1. the clauses many documents write verbatim (odd half of the corpus by path MD5);
# 2. huibao with those as standards over the same half: what the published texts write one edit away;
# 3. the lexicon: the standards, and the variants the texts write as allowed.
set -euo pipefail
PUB=${1:-/work/pub}; W=$(mktemp -d)
python3 bench/harvest.py phrases --pub "$PUB" --half harvest > "$W/phrases.tsv"
python3 bench/harvest.py lexicon "$W/phrases.tsv" > rules/harvested-formulations.lexicon.yaml
mvn -B -ntp -o -q -DskipTests package
python3 bench/harvest.py link --pub "$PUB" --half harvest "$W/docs"
java -jar target/huibao.jar check -j 2 --no-cache --include='*.md' --format "json:$W/found.json" "$W/docs" > /dev/null || true
python3 bench/harvest.py variants "$W/found.json" > "$W/variants.tsv"
python3 bench/harvest.py lexicon "$W/phrases.tsv" "$W/variants.tsv" > rules/harvested-formulations.lexicon.yaml
mvn -B -ntp -o -q -DskipTests package
rm -rf "$W"
