#!/usr/bin/env bash
# Installs, when missing, the Debian packages the tests use: a headless browser and its driver,
# the independent checkers of signed PDFs (pdfsig, certutil, openssl, qpdf), and SoftHSM2, a
# real PKCS#11 token.
set -euo pipefail

declare -A package_of=(
  [chromium]=chromium
  [chromedriver]=chromium-driver
  [pdfsig]=poppler-utils
  [certutil]=libnss3-tools
  [qpdf]=qpdf
  [openssl]=openssl
  [softhsm2-util]=softhsm2
)
missing=()
for tool in "${!package_of[@]}"; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("${package_of[$tool]}")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing test tools: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
