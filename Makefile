# The README's two commands: `make run` and `make test`. Both build .venv on a
# machine that has only Python 3.11, and reinstall when pyproject.toml changes.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DIST_STAMP := $(VENV)/.installed-dist

# Debian packages whose tools the tests run (command:package), installed when missing.
TEST_TOOLS := desktop-file-validate:desktop-file-utils update-mime-database:shared-mime-info
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
# What `make dist-test` needs to show the bundle's window on an X server: Xvfb, and the
# X libraries Qt's xcb plugin loads from the system (the README's list).
DIST_TEST_TOOLS := xvfb-run:xvfb $(foreach lib,libxcb-icccm.so.4:libxcb-icccm4 \
  libxcb-keysyms.so.1:libxcb-keysyms1 libxcb-cursor.so.0:libxcb-cursor0 \
  libxcb-image.so.0:libxcb-image0 libxcb-render-util.so.0:libxcb-render-util0 \
  libxcb-shape.so.0:libxcb-shape0 libxkbcommon-x11.so.0:libxkbcommon-x11-0,lib/$(lib))

.PHONY: run test test-tools stress bench screenshots dist dist-test install-desktop clean \
  translations qm

# The app's catalogues: .ts sources in the repo, compiled to the .qm the app loads.
I18N := casefile/resources/i18n
QM := $(patsubst %.ts,%.qm,$(wildcard $(I18N)/*.ts))

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(I18N)/%.qm: $(I18N)/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh each catalogue's .ts from the strings its modules mark (self.tr,
# QCoreApplication.translate, QT_TRANSLATE_NOOP; which modules go to which catalogue is
# CATALOGUES in casefile/ui/support/translation.py), then compile them; qtbase_*.ts (Qt's
# own strings, for a language Qt has none of) are kept by hand.
translations: $(STAMP)
	$(BIN)/python -m casefile.ui.support.translation | while read -r name sources; do \
	  $(BIN)/pyside6-lupdate -silent -locations none -no-obsolete $$sources \
	    -ts $(foreach lang,az ru uk,$(I18N)/$${name}_$(lang).ts) || exit 1; \
	done
	$(MAKE) qm

# Every .ts compiled (a target of its own so that catalogues new since make started count).
qm: $(QM)

run: $(STAMP) $(QM)
	@demo="$$($(BIN)/python -m casefile.paths demo)"; \
	  [ -f "$$demo" ] || $(BIN)/casefile demo "$$demo"; \
	  $(BIN)/casefile open "$$demo"

test: $(STAMP) test-tools $(QM)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# Install the Debian packages of TOOLS (command:package, or lib/LIBRARY:package) missing.
define install_missing
	@missing=""; for pair in $(1); do name="$${pair%%:*}"; \
	  case "$$name" in \
	    lib/*) /sbin/ldconfig -p | grep -q "$${name#lib/} " || missing="$$missing $${pair#*:}";; \
	    *) command -v "$$name" >/dev/null || missing="$$missing $${pair#*:}";; \
	  esac; done; \
	  if [ -n "$$missing" ]; then \
	    echo "installing:$$missing"; \
	    $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	  fi
endef

test-tools:
	$(call install_missing,$(TEST_TOOLS))

stress: $(STAMP)
	CASEFILE_STRESS=full QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m stress

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m casefile.ui.screenshots docs/screenshots --page docs/screenshots.md

$(DIST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	touch $(DIST_STAMP)

# The one-folder bundle dist/casefile/ (executable dist/casefile/casefile) for the system
# it is built on (PyInstaller does not cross-compile; docs/packaging.md), then its size
# and SHA-256. PYTHONHASHSEED is fixed so that the frozen modules come out the same.
dist: $(DIST_STAMP) $(QM)
	rm -rf dist/casefile dist/casefile.SHA256SUMS build/pyinstaller
	PYTHONHASHSEED=0 $(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
	  --distpath dist --workpath build/pyinstaller packaging/casefile.spec
	$(BIN)/python packaging/bundle_digest.py dist/casefile

# The bundle's smoke test, with a bare environment (builds the bundle if there is none).
dist-test:
	$(call install_missing,$(DIST_TEST_TOOLS))
	@[ -x dist/casefile/casefile ] || $(MAKE) dist
	packaging/dist-test.sh dist/casefile/casefile

# The desktop entry, the *.casefile type and the icons, for this user (XDG data folder):
# the menu and the file manager then start dist/casefile/casefile if it is built, else
# this checkout's .venv/bin/casefile (`make run` builds it).
install-desktop:
	@exe=dist/casefile/casefile; [ -x "$$exe" ] || exe=$(BIN)/casefile; \
	  $(PYTHON) packaging/install_desktop.py --exec "$$exe"

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
