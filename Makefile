# Gaceta: `make demo` to see it work, `make test` to run the tests.

# The last four hold the English-Spanish dictionaries `--translate` builds its
# lexicon from; everything else works without them.
SYSTEM_PACKAGES := libicu-dev libstemmer-dev libzstd-dev zlib1g-dev \
	apertium-eng-spa lttoolbox dict-freedict-eng-spa dict-freedict-spa-eng
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE_BIN := .build/release/gaceta
DEMO_QUERIES := "aranceles" "tariffs" "fentanilo" "extradition El Mayo"

.PHONY: demo test build release docs clean prerequisites

demo: release
	$(RELEASE_BIN) index
	@for query in $(DEMO_QUERIES); do \
		echo; echo "\$$ gaceta search --limit 3 \"$$query\""; \
		$(RELEASE_BIN) search --limit 3 "$$query" || exit $$?; \
	done

test: prerequisites
	swift test

build: prerequisites
	swift build

# The Swift runtime and Foundation linked in: a `gaceta` process starts in
# about a third of the time it takes to load them as shared libraries.
release: prerequisites
	swift build -c release --static-swift-stdlib --product gaceta

# The library's DocC documentation (Sources/Gaceta/Gaceta.docc), into
# .build/plugins/Swift-DocC/outputs/Gaceta.doccarchive; it first refuses a
# public declaration without a /// comment.
docs: prerequisites
	scripts/undocumented-public.py
	swift package generate-documentation --target Gaceta

# Keeps index/README.md, the only committed file in the index directory.
clean:
	rm -rf .build
	find index -mindepth 1 ! -name README.md -exec rm -rf {} +

# Installs the system libraries the C support target links, only when one is
# missing, so that a machine that has them needs neither network nor sudo.
prerequisites:
	@command -v swift >/dev/null || { echo "Swift is not installed: get a toolchain from swift.org, then run make again." >&2; exit 1; }
	@missing=""; \
	for package in $(SYSTEM_PACKAGES); do \
		dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing$$missing"; \
		$(SUDO) apt-get update && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; \
	fi
