# Two commands for a newcomer: `make run` and `make test`. Everything else is set up on the way.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export GRADIO_ANALYTICS_ENABLED := False
export TOKENIZERS_PARALLELISM := false
export MALLOC_ARENA_MAX := 2

REPLICAS ?= 3

.PHONY: run test install index check check-flags bench soak eval lint browser axe postgres nginx cluster clean

run: install index data
	$(PY) app.py

test: install browser axe postgres nginx
	$(VENV)/bin/faqbot index --check
	$(PY) -m pytest -q

install: $(STAMP)

# For a clinician after editing bot/data/red_flags.yaml: the list's own checks, its examples, the warning signs told
# after the treatment (tests/data/red_flag_checks/) and the screen's tests, in a few seconds, without the browser,
# the database or the model.
check-flags: install
	$(PY) -m pytest -q tests/test_flags.py tests/test_screen.py

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is required ($(PYTHON) not found)."; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet torch==2.13.0
	@# setuptools warns on every editable install that a folder named like the package is in the working
	@# directory (it is: that is the package); nothing to act on, so the warning is not shown.
	PYTHONWARNINGS=ignore::UserWarning $(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Rebuild index/ only when it no longer matches knowledge/. When the knowledge has a problem but a built index
# exists, say so and go on: the server then serves the last good index (and says it is out of date) rather than
# staying down until the article is fixed.
index: install
	@$(PY) -m bot.settings  # a bad FAQBOT_* setting stops here, not blamed on the knowledge below
	@$(VENV)/bin/faqbot index --check >/dev/null 2>&1 || $(VENV)/bin/faqbot index || { \
	  test -f "$${FAQBOT_INDEX_DIR:-index}/manifest.json" || exit 1; \
	  echo "make: the knowledge has the problems above; the server will serve the last good index until they are fixed."; }

# Debian's chromium for the browser tests (Playwright's own browser download is not used).
browser:
	@test -x /usr/bin/chromium || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -q && apt-get install -y -q chromium; \
	  else sudo apt-get update -q && sudo apt-get install -y -q chromium; fi; }

# Feedback and records: the default database is an SQLite file in data/ (FAQBOT_DATABASE_URL changes it).
data:
	mkdir -p data

# Debian's PostgreSQL (the storage tests start their own server with pg_ctl) and nginx (make cluster).
postgres:
	@ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -q && apt-get install -y -q postgresql; \
	  else sudo apt-get update -q && sudo apt-get install -y -q postgresql; fi; }

nginx:
	@command -v nginx >/dev/null || test -x /usr/sbin/nginx || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -q && apt-get install -y -q nginx; \
	  else sudo apt-get update -q && sudo apt-get install -y -q nginx; fi; }

# nginx on FAQBOT_PORT (default 7860) in front of REPLICAS app processes on the ports after it; Ctrl-C stops all.
cluster: install index data nginx
	$(PY) -m tools.cluster --replicas $(REPLICAS) --port $(or $(FAQBOT_PORT),7860)

# axe-core (accessibility checks injected into the page by tests/test_a11y.py) from the npm registry, pinned by
# package-lock.json into node_modules/. Only the tests use it; the bot never serves it.
axe: node_modules/axe-core/axe.min.js

node_modules/axe-core/axe.min.js: package.json package-lock.json
	@command -v npm >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -q && apt-get install -y -q npm; \
	  else sudo apt-get update -q && sudo apt-get install -y -q npm; fi; }
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

eval: install
	$(VENV)/bin/faqbot eval tests/data/dev/dev_questions.jsonl

bench: install
	$(PY) -m tools.bench

# 64 clients for 10 minutes against `python app.py`; prints answers, errors and the server's memory.
soak: install index
	$(PY) -m tools.soak --clients 64 --seconds 600

lint: install
	$(VENV)/bin/ruff check bot tests tools app.py
	$(VENV)/bin/mypy bot

clean:
	rm -rf $(VENV) .pytest_cache test-artifacts node_modules
