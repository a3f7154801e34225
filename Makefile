# The two commands of the README: `make demo` and `make test`. Each sets up what it needs first.
.PHONY: setup setup-test demo test test-fast bench eval clean

setup:
	@bash scripts/setup.sh

setup-test:
	@bash scripts/setup.sh --test

demo: setup
	@rm -rf out
	.venv/bin/vnadmin ingest corpora/ -o out/ --no-progress || test $$? -eq 3
	.venv/bin/vnadmin query out/ "SELECT kind, count(*) AS citations, count(DISTINCT coalesce(number, name)) AS instruments FROM citations GROUP BY kind ORDER BY citations DESC"
	.venv/bin/vnadmin query out/ "SELECT number, list(DISTINCT CAST(date AS VARCHAR)) AS dates_cited, count(*) AS mentions FROM citations WHERE number IS NOT NULL GROUP BY number HAVING count(DISTINCT date) > 1"
	.venv/bin/vnadmin check out/ --html out/report.html

test: setup-test
	.venv/bin/python -m pytest

test-fast: setup-test
	.venv/bin/python -m pytest -m "not slow"

# Each gold set scored on its own (the held-out sets real-test-N in their order)
GOLD_SETS = real-gold real-test $(sort $(wildcard corpora/real-test-?)) \
	$(sort $(wildcard corpora/real-test-??)) real-central real-pdf real-vbhn real-scans

eval: setup
	.venv/bin/vnadmin eval corpora/seed corpora/written
	for set in $(notdir $(GOLD_SETS)); do .venv/bin/vnadmin eval corpora/$$set || exit 1; done

bench: setup-test
	.venv/bin/python benchmarks/run.py

clean:
	rm -rf out .pytest_cache .hypothesis
