# The two commands of the README: `make demo` and `make test`. Each sets up what it needs first.
.PHONY: setup setup-test demo test test-fast bench eval clean

setup:
	@bash scripts/setup.sh

setup-test:
	@bash scripts/setup.sh --test

demo: setup
	@rm -rf out
	.venv/bin/vnadmin ingest corpora/ -o out/ --no-progress || test $$? -eq 3
	.venv/bin/vnadmin query out/ "SELECT kind, count(*) AS citations, count(DISTINCT number) AS instruments FROM citations GROUP BY kind ORDER BY citations DESC"
	.venv/bin/vnadmin query out/ "SELECT number, list(DISTINCT CAST(date AS VARCHAR)) AS dates_cited, count(*) AS mentions FROM citations WHERE number IS NOT NULL GROUP BY number HAVING count(DISTINCT date) > 1"
	.venv/bin/vnadmin check out/ --html out/report.html

test: setup-test
	.venv/bin/python -m pytest

test-fast: setup-test
	.venv/bin/python -m pytest -m "not slow"

eval: setup
	.venv/bin/vnadmin eval corpora/seed corpora/written
	.venv/bin/vnadmin eval corpora/real-gold
	.venv/bin/vnadmin eval corpora/real-test
	.venv/bin/vnadmin eval corpora/real-test-2
	.venv/bin/vnadmin eval corpora/real-test-3
	.venv/bin/vnadmin eval corpora/real-test-4
	.venv/bin/vnadmin eval corpora/real-test-5
	.venv/bin/vnadmin eval corpora/real-test-6
	.venv/bin/vnadmin eval corpora/real-test-7
	.venv/bin/vnadmin eval corpora/real-test-8
	.venv/bin/vnadmin eval corpora/real-test-9
	.venv/bin/vnadmin eval corpora/real-test-10
	.venv/bin/vnadmin eval corpora/real-test-11
	.venv/bin/vnadmin eval corpora/real-test-12
	.venv/bin/vnadmin eval corpora/real-test-13
	.venv/bin/vnadmin eval corpora/real-central
	.venv/bin/vnadmin eval corpora/real-pdf
	.venv/bin/vnadmin eval corpora/real-vbhn
	.venv/bin/vnadmin eval corpora/real-scans

bench: setup-test
	.venv/bin/python benchmarks/run.py

clean:
	rm -rf out .pytest_cache .hypothesis
