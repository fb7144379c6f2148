#!/usr/bin/env bash
# The Python the tests use as an outside reader of the exports: a venv in
# .venv-ftm with followthemoney (the FollowTheMoney model of Aleph, from
# PyPI), which validates every line of the FtM export. Run by `npm test`
# (pretest); does nothing when the venv already has it, and says why it
# cannot when Debian's python3-venv is missing (.ci/run installs it).
set -euo pipefail
cd "$(dirname "$0")/../.."
VENV=.venv-ftm
VERSION=4.11.2
PYTHON=/usr/bin/python3
if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c "import followthemoney, sys; sys.exit(followthemoney.__version__ != '$VERSION')" 2>/dev/null; then
  exit 0
fi
if ! "$PYTHON" -c "import ensurepip, venv" 2>/dev/null; then
  echo "python setup: no python3-venv (apt-get install python3-venv); the FollowTheMoney validation tests will skip" >&2
  exit 0
fi
rm -rf "$VENV"
"$PYTHON" -m venv "$VENV"
"$VENV/bin/pip" install --quiet --disable-pip-version-check "followthemoney==$VERSION"
echo "python setup: followthemoney $VERSION in $VENV"
