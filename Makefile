# Complaint Desk: `make run` starts the app, `make test` runs every check.
# Both first install what a fresh Debian/Ubuntu machine lacks.

SHELL := /bin/bash
.DEFAULT_GOAL := run

# Builds are shared between clones of the repository on one machine; a fresh machine starts empty.
export CARGO_TARGET_DIR ?= $(HOME)/.cache/complaint-desk/target
CARGO_TERM_COLOR ?= never
export CARGO_TERM_COLOR

SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
# Build: WebKitGTK for the window. Checks: poppler and qpdf for letters, Xvfb and ImageMagick for screenshots,
# xdotool for the system's file dialog and python3-xlib for closing the window in the end-to-end run. Icons:
# rsvg-convert renders them from their drawings.
APT_PACKAGES := build-essential pkg-config curl libwebkit2gtk-4.1-dev libssl-dev \
	xvfb xauth imagemagick poppler-utils qpdf webkit2gtk-driver xdotool python3-xlib librsvg2-bin

.PHONY: run test bundle icons fonts bench bench-peers fuzz deps system-deps ui-deps tools ui lint screenshots clean

run: system-deps ui-deps ui
	cargo run -p complaint-desk

test: deps ui lint
	cargo test --workspace
	npm --prefix ui test
	cargo build -p complaint-desk
	tests/e2e/run.sh
	E2E_LOCALE=C tests/e2e/run.sh case-desk-ru.mjs

# An installable Debian package (release build): the app, the complaint command, icons and a menu entry.
bundle: system-deps ui-deps ui
	cargo build --release -p complaint-cli --bin complaint
	mkdir -p target/deb && cp "$(CARGO_TARGET_DIR)/release/complaint" target/deb/complaint
	rm -rf "$(CARGO_TARGET_DIR)/release/bundle/deb"
	cd src-tauri && ../ui/node_modules/.bin/tauri build --bundles deb
	@# Tauri names the file after the product ("Complaint Desk_…"); Debian's name is package_version_arch.
	@for built in "$(CARGO_TARGET_DIR)"/release/bundle/deb/*.deb; do \
		deb="target/deb/$$(dpkg-deb -f "$$built" Package)_$$(dpkg-deb -f "$$built" Version)_$$(dpkg-deb -f "$$built" Architecture).deb"; \
		cp "$$built" "$$deb" && echo "The package: $(CURDIR)/$$deb"; \
	done

# The icons in src-tauri/icons, rendered from icon.svg; 16 and 32 px have their own simpler drawings.
icons: system-deps
	cd src-tauri/icons && for size in 16 32 48 64 128 256 512; do \
		drawing=icon.svg; [ -f "icon-$$size.svg" ] && drawing="icon-$$size.svg"; \
		png="$${size}x$${size}.png"; [ "$$size" = 512 ] && png=icon.png; \
		rsvg-convert -w "$$size" -h "$$size" "$$drawing" -o "$$png" || exit 1; \
	done

# The faces letters are set in: Noto Serif from Debian's fonts-noto-core, cut by fonttools to the scripts a
# letter is written in (Latin, Greek, Cyrillic with its supplement, punctuation, currency and letterlike signs
# such as ₽ and №) and without hinting, which print does not use. A third of the size: the faces are parsed
# and embedded by every letter, so this is a third of its start.
FONT_UNICODES := U+0000-024F,U+02B0-036F,U+0370-03FF,U+0400-052F,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-215F,U+2190-21FF,U+2212,U+25CC,U+FB00-FB06

fonts:
	$(call install_missing,fonts-noto-core fonttools)
	for face in Regular Bold Italic; do \
		pyftsubset "/usr/share/fonts/truetype/noto/NotoSerif-$$face.ttf" --output-file="templates/fonts/NotoSerif-$$face.ttf" \
			--unicodes='$(FONT_UNICODES)' --layout-features='*' --no-hinting --name-IDs='*' --name-languages='*' \
			--notdef-outline || exit 1; \
	done

# One table of speed and size (BENCHMARKS.md): our letters beside typst, LibreOffice and Chromium on the same
# text, the scale a consumer group reaches, and the release app's start, memory and size.
bench: bundle bench-peers
	COMPLAINT_BENCH_PEERS="$(PEERS_DIR)" COMPLAINT_BENCH_APP="$(CARGO_TARGET_DIR)/release/complaint-desk" \
	COMPLAINT_BENCH_PACKAGE="$$(ls -t $(CURDIR)/target/deb/*.deb | head -1)" cargo bench -p complaint-cli --bench desk

# What a customer could use instead, for the benchmark: LibreOffice and Chromium from Debian, typst from PyPI
# (in its own Python environment) and, when it builds, typst-cli from crates.io; kept outside the repository.
PEERS_DIR ?= $(HOME)/.cache/complaint-desk/peers

# Each peer on its own: one that cannot be installed (Ubuntu's chromium is a snap) gets a row saying so in the
# table, and the benchmark goes on.
bench-peers:
	-$(call install_missing,libreoffice-writer-nogui)
	-$(call install_missing,chromium)
	-$(call install_missing,python3-venv)
	-@[ -x "$(PEERS_DIR)/python/bin/python3" ] || python3 -m venv "$(PEERS_DIR)/python"
	-@"$(PEERS_DIR)/python/bin/python3" -c 'import typst' 2>/dev/null || \
		"$(PEERS_DIR)/python/bin/pip" install --quiet typst
	@[ -x "$(PEERS_DIR)/bin/typst" ] || env -u CARGO_TARGET_DIR cargo install typst-cli --locked --root "$(PEERS_DIR)" || \
		echo "typst-cli did not build from crates.io; the benchmark goes on without it."

# Fuzzing: each libFuzzer target in fuzz/ runs FUZZ_SECONDS (make fuzz FUZZ_SECONDS=600), one after the other;
# FUZZ_TARGETS=markup_typeset runs only that one.
# cargo-fuzz wants nightly flags; RUSTC_BOOTSTRAP lets the stable compiler take them. The build has its own
# target folder (sanitizer flags) and the growing corpus lives outside the repository; the seeds in
# fuzz/seeds/ and the example cases are read, never written. Crashes, and inputs slower than 10 s, land in
# fuzz/artifacts/ (ignored by git).
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := case_loader markup_typeset attachment
FUZZ_TARGET_DIR ?= $(HOME)/.cache/complaint-desk/fuzz-target
FUZZ_CORPUS ?= $(HOME)/.cache/complaint-desk/fuzz-corpus

fuzz:
	@command -v cargo-fuzz >/dev/null || [ -x "$$HOME/.cargo/bin/cargo-fuzz" ] || cargo install cargo-fuzz --locked
	@for target in $(FUZZ_TARGETS); do \
		extra=; [ "$$target" = case_loader ] && extra=tests/fixtures/cases; \
		[ "$$target" = attachment ] && extra=tests/fixtures/evidence; \
		mkdir -p "$(FUZZ_CORPUS)/$$target" && \
		echo "Fuzzing $$target for $(FUZZ_SECONDS) s" && \
		RUSTC_BOOTSTRAP=1 cargo fuzz run --fuzz-dir fuzz --target-dir "$(FUZZ_TARGET_DIR)" "$$target" \
			"$(FUZZ_CORPUS)/$$target" "fuzz/seeds/$$target" $$extra \
			-- -max_total_time=$(FUZZ_SECONDS) -timeout=10 || exit 1; \
	done

lint:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	npm --prefix ui run format:check
	npm --prefix ui run check

deps: system-deps ui-deps tools

# tauri-driver bridges WebDriver to the app for the end-to-end run.
tools:
	@command -v tauri-driver >/dev/null || [ -x "$$HOME/.cargo/bin/tauri-driver" ] || cargo install tauri-driver --locked

# Installs the Debian packages of the list given that are not installed yet.
define install_missing
	@missing=$$(for p in $(1); do \
		dpkg-query -W -f='$${Status}\n' "$$p" 2>/dev/null | grep -q '^install ok installed' || echo "$$p"; \
	done); \
	if [ -n "$$missing" ]; then \
		echo "Installing system packages:" $$missing; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
endef

system-deps:
	$(call install_missing,$(APT_PACKAGES) $(shell command -v npm >/dev/null || echo nodejs npm))
	@command -v cargo >/dev/null || { echo "Rust is missing: install it with rustup, then run make again."; exit 1; }

ui-deps:
	@if [ ! -f ui/node_modules/.package-lock.json ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then \
		npm --prefix ui ci --no-audit --no-fund; \
	fi

ui:
	npm --prefix ui run build

# The pictures in docs/: the real app under a virtual display, with the example cases loaded.
# The pictures are taken on 2 December 2026, with the Russian claim handed in the day before (its answer is due
# after the New Year holidays), the Bulgarian one on 24 November (due after Christmas) and the Ukrainian one on
# 20 November.
screenshots: export SOURCE_DATE_EPOCH = 1796169600
screenshots: deps ui
	cargo build -p complaint-cli -p complaint-desk
	data=$$(mktemp -d) && for example in tests/fixtures/cases/*/; do \
		"$(CARGO_TARGET_DIR)/debug/complaint" --data-dir "$$data" new --from "$$example" >/dev/null; done && \
	for sent in debt-notice:2026-12-01 billing-dispute:2026-11-24 lost-payment:2026-11-20; do \
		"$(CARGO_TARGET_DIR)/debug/complaint" --data-dir "$$data" sent "$$(ls "$$data/cases" | grep "$${sent%:*}")" \
			--date "$${sent#*:}" >/dev/null; done && \
	E2E_DATA=$$data E2E_SHOTS=docs tests/e2e/run.sh screenshots.mjs

clean:
	rm -rf ui/dist target/deb
	cargo clean
