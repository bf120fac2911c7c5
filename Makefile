# The two commands the README promises: `make demo` and `make test`.
# Both start from nothing but Python 3 and make.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
CORPUS ?= ../shared/corpus

.PHONY: demo test install lint typecheck pytest eval bench fixtures models clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Non-editable install: tests run against the installed package (src/ layout).
install: $(BIN)/python
	$(BIN)/python -m pip install --quiet ".[test]"

demo: $(BIN)/python
	$(BIN)/python -m pip install --quiet .
	$(BIN)/resumefit score examples/resume_jordan_rivera.pdf examples/posting_data_analyst.txt

lint:
	$(BIN)/ruff format --check src tests examples models scripts
	$(BIN)/ruff check src tests examples models scripts

typecheck:
	$(BIN)/mypy

pytest:
	$(BIN)/pytest -q

test: install lint typecheck pytest

# Accuracy on ../shared/corpus; each script prints its numbers and, with
# CHECK=--check, exits non-zero under its floors.
CHECK ?=
eval: install
	$(BIN)/python models/evaluate_parsing.py --corpus $(CORPUS) $(CHECK)
	$(BIN)/python models/evaluate_importance.py --corpus $(CORPUS) $(CHECK)
	$(BIN)/python models/evaluate_heldout.py --corpus $(CORPUS) --gold models/glassdoor_heldout_gold.json $(CHECK)
	$(BIN)/python models/evaluate_heldout.py --corpus $(CORPUS) --gold models/glassdoor_heldout2_gold.json $(CHECK)
	$(BIN)/python models/evaluate_heldout.py --corpus $(CORPUS) --gold models/hahu_heldout_gold.json $(CHECK)
	$(BIN)/python models/evaluate_heldout.py --corpus $(CORPUS) --gold models/glassdoor_heldout3_gold.json $(CHECK)
	$(BIN)/python models/evaluate_heldout.py --corpus $(CORPUS) --gold models/hahu_heldout2_gold.json $(CHECK)
	$(BIN)/python models/evaluate_heldout.py --corpus $(CORPUS) --gold models/glassdoor_heldout4_gold.json $(CHECK)
	$(BIN)/python models/evaluate_heldout.py --corpus $(CORPUS) --gold models/hahu_heldout3_gold.json $(CHECK)
	$(BIN)/python models/evaluate_heldout.py --corpus $(CORPUS) --gold models/glassdoor_heldout5_gold.json $(CHECK)
	$(BIN)/python models/evaluate_heldout.py --corpus $(CORPUS) --gold models/hahu_heldout4_gold.json $(CHECK)
	$(BIN)/python models/evaluate_vocab.py $(CHECK)
	$(BIN)/python models/evaluate_skills.py --pipeline $(CHECK)
	$(BIN)/python models/evaluate_scoring.py --corpus $(CORPUS) $(CHECK)

bench: install
	$(BIN)/python scripts/bench_parsing.py --corpus $(CORPUS) $(CHECK)
	$(BIN)/python scripts/bench.py --corpus $(CORPUS) $(CHECK)

fixtures: install
	$(BIN)/python scripts/make_fixtures.py

models: install
	$(BIN)/python models/build_lexicon.py --corpus $(CORPUS)
	$(BIN)/python models/train_importance.py --corpus $(CORPUS)

clean:
	rm -rf $(VENV) dist build .pytest_cache .mypy_cache .ruff_cache
