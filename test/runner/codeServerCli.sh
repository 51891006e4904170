#!/bin/sh
# Stands in for the `code` executable that @vscode/test-electron launches: runs the extension tests
# in code-server + headless Chromium instead of desktop VS Code (which cannot be downloaded offline).
if [ "$1" = "--version" ]; then
  printf '1.139.1\n0000000000000000000000000000000000000000\nx64\n'
  exit 0
fi
here=$(dirname "$0")
exec "${TUTORIAL_READER_RUNNER_NODE:-node}" "$here/../../out/test/runner/runInCodeServer.js" "$@"
