#!/usr/bin/env bash
# Bootstrap for the build project: find a dotnet SDK matching global.json, compile build/ only
# when its inputs changed (content stamp), then run the compiled build with the given arguments.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TEMP="$ROOT/.nuke/temp"
BUILD_DLL="$TEMP/build-bin/_build.dll"
STAMP="$TEMP/build.stamp"
DOTNET_CACHE="$TEMP/dotnet-path"
INPUTS=(build src Directory.Build.props Directory.Packages.props global.json)
# Definition folders: the host compiles their *.cs files at run time (Roslyn, cached by content hash),
# so editing them must not recompile the build project; they are left out of the stamp.
DEFINITIONS=(build/Environments build/Clusters)
# Only the inputs that exist; src/ only in ContainerKit's own repository (a scaffolded one may keep Python there).
for i in "${!INPUTS[@]}"; do
  [[ -e "$ROOT/${INPUTS[i]}" && ( "${INPUTS[i]}" != src || -d "$ROOT/src/ContainerKit.Targets" ) ]] || unset 'INPUTS[i]'
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

fail() {
  echo "build.sh: $*" >&2
  exit 2
}

# The SDK version global.json asks for; any SDK of the same major.minor with a patch >= it
# qualifies (rollForward latestFeature/latestPatch).
required_sdk() {
  sed -n 's/.*"version"[[:space:]]*:[[:space:]]*"\([0-9.]*\)".*/\1/p' "$ROOT/global.json" | head -n 1
}

has_sdk() {
  local dotnet="$1" required="$2" dir sdk version
  [[ -x "$dotnet" ]] || return 1
  dir="$(dirname "$(readlink -f "$dotnet")")"
  for sdk in "$dir"/sdk/*; do
    version="${sdk##*/}"
    [[ "$version" == "${required%.*}".* && "$version" != *-* ]] || continue
    (( ${version##*.} >= ${required##*.} )) && return 0
  done
  return 1
}

find_dotnet() {
  local required candidate
  required="$(required_sdk)"
  [[ -n "$required" ]] || fail "cannot read the SDK version from global.json"
  for candidate in "$(command -v dotnet || true)" "${DOTNET_ROOT:-/nonexistent}/dotnet" \
    "$HOME/.dotnet/dotnet" "$TEMP/dotnet/dotnet"; do
    if [[ -n "$candidate" ]] && has_sdk "$candidate" "$required"; then
      echo "$candidate"
      return 0
    fi
  done
  echo "build.sh: no .NET SDK $required found; trying the official install script into .nuke/temp/dotnet" >&2
  mkdir -p "$TEMP"
  if curl -sSfL --connect-timeout 10 --max-time 60 https://dot.net/v1/dotnet-install.sh -o "$TEMP/dotnet-install.sh" 2>/dev/null \
    && bash "$TEMP/dotnet-install.sh" --jsonfile "$ROOT/global.json" --install-dir "$TEMP/dotnet" --no-path >&2 \
    && has_sdk "$TEMP/dotnet/dotnet" "$required"; then
    echo "$TEMP/dotnet/dotnet"
    return 0
  fi
  fail "the .NET SDK $required (or a later $(echo "$required" | cut -d. -f1-2).x feature band) is required and could not be installed (offline?).
Install it, e.g. 'apt-get install dotnet-sdk-$(echo "$required" | cut -d. -f1-2)' or from https://dot.net, put 'dotnet' on PATH (or set DOTNET_ROOT), and run again."
}

# What find leaves out of the inputs: bin/ and obj/ folders and the definition folders.
PRUNE=(-name bin -o -name obj)
for definitions in "${DEFINITIONS[@]}"; do PRUNE+=(-o -path "$definitions"); done

# Content hash of the build inputs: every file's path and bytes, bin/, obj/ and definitions excluded.
inputs_hash() {
  (cd "$ROOT" && find "${INPUTS[@]}" \( "${PRUNE[@]}" \) -prune -o -type f -print0 2>/dev/null \
    | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
}

# Fast check first: nothing (file or folder, so deletions count) newer than the stamp.
inputs_unchanged() {
  [[ -f "$STAMP" && -f "$BUILD_DLL" ]] || return 1
  local newer
  newer="$(cd "$ROOT" && find "${INPUTS[@]}" \( "${PRUNE[@]}" \) -prune -o -newer "$STAMP" -print -quit 2>/dev/null)"
  [[ -z "$newer" ]] && return 0
  # Something was touched: compare contents, and refresh the stamp's time when they are the same.
  [[ "$(inputs_hash)" == "$(cat "$STAMP")" ]] && touch "$STAMP"
}

if [[ -f "$DOTNET_CACHE" ]] && DOTNET="$(cat "$DOTNET_CACHE")" && [[ -x "$DOTNET" ]] && inputs_unchanged; then
  exec "$DOTNET" "$BUILD_DLL" "$@"
fi

DOTNET="$(find_dotnet)"
mkdir -p "$TEMP"
echo "$DOTNET" > "$DOTNET_CACHE"
if ! inputs_unchanged; then
  echo "build.sh: compiling the build project (build/ or src/ changed)" >&2
  hash="$(inputs_hash)"
  # Published ReadyToRun for this machine's runtime (the project's PublishDir is build-bin): see build/_build.csproj.
  if ! "$DOTNET" publish "$ROOT/build/_build.csproj" --use-current-runtime -p:ContainerKitHostPublish=true --nologo -v quiet > "$TEMP/build.log" 2>&1; then
    cat "$TEMP/build.log" >&2
    fail "the build project does not compile (see the errors above)"
  fi
  echo "$hash" > "$STAMP"
fi
exec "$DOTNET" "$BUILD_DLL" "$@"
