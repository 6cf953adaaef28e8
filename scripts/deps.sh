#!/usr/bin/env bash
# Installs the Debian packages Roundtable needs (see ../shared/STACK.md).
# As root it runs apt-get; otherwise it prints the exact command and fails,
# so a newcomer knows what to ask an administrator for.
set -euo pipefail

# Build, server libraries, databases, tests, browser tests and load tests.
# NOTE: only the versioned Boost 1.81 packages: the unversioned libboost-dev
# (1.74) conflicts with them.
packages=(
  g++ cmake ninja-build pkg-config ccache make
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
  libsoci-dev libsqlite3-dev libpq-dev sqlite3 postgresql
  libsodium-dev libpwquality-dev cracklib-runtime libicu-dev libstemmer-dev libeigen3-dev libcsv-dev libical-dev libdtl-dev libexiv2-dev libimage-exiftool-perl
  libspdlog-dev libcli11-dev libgtest-dev libbenchmark-dev libmimalloc-dev
  chromium fonts-dejavu-core fonts-sil-abyssinica wrk nodejs
  python3-icalendar
  libcurl4-openssl-dev libkainjow-mustache-dev python3-aiosmtpd
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done

# npm may come with nodejs (NodeSource) or as its own Debian package.
if ! command -v npm >/dev/null 2>&1; then
  missing+=(npm)
fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "Roundtable needs these Debian packages, which are not installed:" >&2
  echo "  ${missing[*]}" >&2
  echo "Ask an administrator to run, or run as root:" >&2
  echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi

echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
