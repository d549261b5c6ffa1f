#!/usr/bin/env bash
# Publishes the NativeAOT executables, artifacts/bin/update-station and artifacts/libexec/update-station-helper, and
# compiles the translations (po/LANG.po) to artifacts/share/locale/LANG/LC_MESSAGES/update-station.mo, where the
# executable looks for them (../share/locale).
set -euo pipefail
cd "$(dirname "$0")"

command -v dotnet >/dev/null || {
  echo "build.sh: dotnet is missing: install the .NET 10 SDK (Debian 12: Microsoft's packages-microsoft-prod.deb, then apt-get install dotnet-sdk-10.0, or the dotnet-install script), and put dotnet on PATH" >&2
  exit 1; }

# NativeAOT links with the system's C toolchain: a C compiler (clang or gcc) and zlib's headers.
missing=()
command -v clang >/dev/null || command -v gcc >/dev/null || missing+=(gcc)
[ -e /usr/include/zlib.h ] || missing+=(zlib1g-dev)
command -v msgfmt >/dev/null || missing+=(gettext)   # compiles the translations
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "build.sh needs these Debian packages: ${missing[*]} (run as root, or install them)" >&2
    exit 1
  fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

dotnet publish src/UpdateStation/UpdateStation.csproj -c Release -o artifacts/bin --nologo -v quiet "$@"
dotnet publish src/UpdateStation.Helper/UpdateStation.Helper.csproj -c Release -o artifacts/libexec --nologo -v quiet "$@"
for po in po/*.po; do
  lang=$(basename "$po" .po)
  mkdir -p "artifacts/share/locale/$lang/LC_MESSAGES"
  msgfmt --check -o "artifacts/share/locale/$lang/LC_MESSAGES/update-station.mo" "$po"
done
echo "built artifacts/bin/update-station and artifacts/libexec/update-station-helper"
