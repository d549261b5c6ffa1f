#!/usr/bin/env bash
# Publishes the NativeAOT executable to artifacts/bin/update-station.
set -euo pipefail
cd "$(dirname "$0")"
dotnet publish src/UpdateStation/UpdateStation.csproj -c Release -o artifacts/bin --nologo -v quiet "$@"
echo "built artifacts/bin/update-station"
