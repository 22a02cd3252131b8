#!/usr/bin/env bash
# Installs headless Chromium (Debian's 'chromium' package) for PDF reports, if it is missing.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
    echo "install-chromium: $(chromium --version 2>/dev/null | head -n 1) is installed" >&2
    exit 0
fi
if [ "$(id -u)" != 0 ]; then
    echo "install-chromium: run as root, or: sudo apt-get install chromium fonts-dejavu-core" >&2
    exit 1
fi
echo "install-chromium: installing Debian's chromium package" >&2
apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
echo "install-chromium: $(chromium --version 2>/dev/null | head -n 1)" >&2
