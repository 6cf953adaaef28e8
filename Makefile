# The two commands a newcomer needs: `make run` and `make test`.
# Everything else here is what those two are made of.

BUILD_DIR := build
BINARY := $(BUILD_DIR)/roundtable
DATABASE := roundtable.db
DEMO_PASSWORD := roundtable-demo
LISTEN := 127.0.0.1:8080
POSTGRES_URL = $(shell ./scripts/postgres.sh)
CTEST_PARALLEL ?= 2

.PHONY: run test deps build web web-test server-test postgres bench clean

run: deps build web
	@if [ ! -f $(DATABASE) ]; then \
	  ./$(BINARY) demo --db sqlite:$(DATABASE) --password '$(DEMO_PASSWORD)'; \
	fi
	@echo
	@echo "Roundtable is starting on http://$(LISTEN)"
	@echo "Sign in as the demo convener: grace.mensah@riverside-vcs.example, password: $(DEMO_PASSWORD)"
	@echo "(every demo account uses the same password; remove $(DATABASE) to start again)"
	@echo
	./$(BINARY) serve --db sqlite:$(DATABASE) --listen $(LISTEN) --web web/dist

test: deps build web
	./scripts/postgres.sh >/dev/null
	$(MAKE) --no-print-directory server-test web-test

deps:
	@./scripts/deps.sh

build:
	@[ -f $(BUILD_DIR)/build.ninja ] || cmake --preset default
	cmake --build $(BUILD_DIR)

web:
	cd web && npm ci --no-audit --no-fund --loglevel=error && npm run build

# C++ unit tests, then the API tests against SQLite and against PostgreSQL.
server-test:
	ROUNDTABLE_BIN=$(abspath $(BINARY)) ROUNDTABLE_TEST_POSTGRES=$(POSTGRES_URL) \
	  ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(CTEST_PARALLEL)

# Browser tests in Debian's Chromium against the real server.
web-test:
	cd web && ROUNDTABLE_BIN=$(abspath $(BINARY)) npm test

# Load test with wrk; prints figures for BENCHMARKS.md.
bench: deps build
	./bench/run.sh
	./bench/survey_import.sh
	./bench/language.sh
	./bench/decisions.sh
	./bench/barometer.sh
	./bench/notifications.sh
	./bench/documents.sh

clean:
	rm -rf $(BUILD_DIR) web/dist
