#!/usr/bin/env bash
# Cold vs cached load of a *.env.csx definition; prints medians and their ratio.
set -euo pipefail
cd "$(dirname "$0")/scripting"
dotnet run -c Release -- "${1:-15}"
