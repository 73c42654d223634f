# Windows half of the bootstrap, called by build.cmd (Windows PowerShell 5.1 or PowerShell 7).
# It finds a .NET SDK matching global.json (installing one into .nuke\temp\dotnet when none is
# found), compiles build\_build.csproj only when the content stamp of its inputs changed, and then
# prints the full path of dotnet.exe as its only line on stdout; build.cmd runs the compiled build
# with that dotnet so the command line reaches it untouched. Messages go to stderr; on failure
# nothing is printed on stdout and the exit code is 2.
#
# The stamp is the same as build.sh's: SHA-256 over "<sha256 of file>  <relative/path>" lines,
# sorted by path, for every file of build/, src/, the props files and global.json, with bin/ and
# obj/ and the definition folders build/Environments/ and build/Clusters/ left out. A cheap timestamp check runs first; the contents are hashed only when something
# is newer than the stamp.

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
Set-StrictMode -Version 2.0

$Root = $PSScriptRoot
$Temp = Join-Path $Root '.nuke\temp'
$BuildDll = Join-Path $Temp 'build-bin\_build.dll'
$Stamp = Join-Path $Temp 'build.stamp'
$DotnetCache = Join-Path $Temp 'dotnet-path.windows'
$InputNames = @('build', 'src', 'Directory.Build.props', 'Directory.Packages.props', 'global.json')
$Skipped = @('bin', 'obj')
# Definition folders: the host compiles their *.cs files at run time, so they are not build inputs.
$Definitions = @('build\Environments', 'build\Clusters')

function Write-Message([string]$Text) {
    [Console]::Error.WriteLine("build.cmd: $Text")
}

function Stop-Bootstrap([string]$Text) {
    Write-Message $Text
    exit 2
}

# --- finding dotnet -----------------------------------------------------------------------------

function Get-RequiredSdk {
    try { $version = [string](Get-Content -Raw -Path (Join-Path $Root 'global.json') | ConvertFrom-Json).sdk.version }
    catch { $version = '' }
    if ($version -notmatch '^\d+\.\d+\.\d+$') { Stop-Bootstrap 'cannot read the SDK version from global.json' }
    return $version
}

# True when the dotnet next to $Dotnet has an SDK of the same major.minor as $Required with a
# feature/patch number at least as high (rollForward latestFeature), prereleases excluded.
function Test-Sdk([string]$Dotnet, [string]$Required) {
    if ([string]::IsNullOrEmpty($Dotnet) -or -not [IO.File]::Exists($Dotnet)) { return $false }
    $sdkFolder = Join-Path (Split-Path -Parent $Dotnet) 'sdk'
    if (-not [IO.Directory]::Exists($sdkFolder)) { return $false }
    $parts = $Required.Split('.')
    $band = $parts[0] + '.' + $parts[1] + '.'
    foreach ($sdk in [IO.Directory]::GetDirectories($sdkFolder)) {
        $version = Split-Path -Leaf $sdk
        if (-not $version.StartsWith($band) -or $version.Contains('-')) { continue }
        $patch = 0
        if ([int]::TryParse($version.Substring($band.Length), [ref]$patch) -and $patch -ge [int]$parts[2]) { return $true }
    }
    return $false
}

function Install-Dotnet([string]$Required) {
    Write-Message "no .NET SDK $Required found; trying the official install script into .nuke\temp\dotnet"
    $installer = Join-Path $Temp 'dotnet-install.ps1'
    $target = Join-Path $Temp 'dotnet'
    try {
        [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
        Invoke-WebRequest -UseBasicParsing -TimeoutSec 60 -Uri 'https://dot.net/v1/dotnet-install.ps1' -OutFile $installer
        # The installer talks on several streams; keep stdout clean for build.cmd.
        & $installer -JsonFile (Join-Path $Root 'global.json') -InstallDir $target -NoPath *>&1 |
            ForEach-Object { [Console]::Error.WriteLine([string]$_) }
    }
    catch {
        Write-Message "installing failed: $($_.Exception.Message)"
    }
    $dotnet = Join-Path $target 'dotnet.exe'
    if (Test-Sdk $dotnet $Required) { return $dotnet }
    $band = ($Required.Split('.')[0..1]) -join '.'
    Stop-Bootstrap ("the .NET SDK $Required (or a later $band.x feature band) is required and could not be installed (offline?).`n" +
        "Install it from https://dot.net (or 'winget install Microsoft.DotNet.SDK.$($Required.Split('.')[0])'), " +
        "put dotnet on PATH (or set DOTNET_ROOT), and run build.cmd again.")
}

function Find-Dotnet {
    $required = Get-RequiredSdk
    $candidates = @()
    $onPath = Get-Command 'dotnet.exe' -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    if ($null -ne $onPath) { $candidates += $onPath.Source }
    if ($env:DOTNET_ROOT) { $candidates += (Join-Path $env:DOTNET_ROOT 'dotnet.exe') }
    if ($env:USERPROFILE) { $candidates += (Join-Path $env:USERPROFILE '.dotnet\dotnet.exe') }
    $candidates += (Join-Path $Temp 'dotnet\dotnet.exe')
    foreach ($candidate in $candidates) {
        if (Test-Sdk $candidate $required) { return $candidate }
    }
    return Install-Dotnet $required
}

# --- the content stamp --------------------------------------------------------------------------

# Every input file and folder (bin\ and obj\ subtrees left out) as FileSystemInfo objects.
function Get-InputItems {
    $pending = New-Object 'System.Collections.Generic.Queue[System.IO.DirectoryInfo]'
    foreach ($name in $InputNames) {
        $path = Join-Path $Root $name
        if ([IO.Directory]::Exists($path)) { $pending.Enqueue((New-Object IO.DirectoryInfo $path)) }
        elseif ([IO.File]::Exists($path)) { New-Object IO.FileInfo $path }
    }
    while ($pending.Count -gt 0) {
        $folder = $pending.Dequeue()
        $folder
        foreach ($child in $folder.GetFileSystemInfos()) {
            if ($child -is [IO.DirectoryInfo]) {
                $relative = $child.FullName.Substring($Root.Length).TrimStart('\', '/').Replace('/', '\')
                if ($Skipped -notcontains $child.Name -and $Definitions -notcontains $relative) { $pending.Enqueue($child) }
            }
            else { $child }
        }
    }
}

function ConvertTo-Hex([byte[]]$Bytes) {
    return ([BitConverter]::ToString($Bytes) -replace '-', '').ToLowerInvariant()
}

function Get-InputsHash {
    $sha = [Security.Cryptography.SHA256]::Create()
    try {
        [string[]]$files = @(Get-InputItems | Where-Object { $_ -is [IO.FileInfo] } |
            ForEach-Object { $_.FullName.Substring($Root.Length).TrimStart('\', '/').Replace('\', '/') })
        [Array]::Sort($files, [StringComparer]::Ordinal)
        $listing = New-Object Text.StringBuilder
        foreach ($file in $files) {
            $digest = ConvertTo-Hex ($sha.ComputeHash([IO.File]::ReadAllBytes((Join-Path $Root $file))))
            [void]$listing.Append($digest).Append('  ').Append($file).Append("`n")
        }
        return ConvertTo-Hex ($sha.ComputeHash([Text.Encoding]::UTF8.GetBytes($listing.ToString())))
    }
    finally { $sha.Dispose() }
}

function Test-InputsUnchanged {
    if (-not [IO.File]::Exists($Stamp) -or -not [IO.File]::Exists($BuildDll)) { return $false }
    $stampTime = [IO.File]::GetLastWriteTimeUtc($Stamp)
    $newer = Get-InputItems | Where-Object { $_.LastWriteTimeUtc -gt $stampTime } | Select-Object -First 1
    if ($null -eq $newer) { return $true }
    # Something was touched: compare contents, and refresh the stamp's time when they are the same.
    if ((Get-InputsHash) -eq ([IO.File]::ReadAllText($Stamp).Trim())) {
        [IO.File]::SetLastWriteTimeUtc($Stamp, [DateTime]::UtcNow)
        return $true
    }
    return $false
}

# Runs dotnet build on the build project; returns its exit code, the output goes to build.log.
function Invoke-Compile([string]$Dotnet) {
    $start = New-Object Diagnostics.ProcessStartInfo $Dotnet
    $start.Arguments = 'build "' + (Join-Path $Root 'build\_build.csproj') + '" --nologo -v quiet'
    $start.UseShellExecute = $false
    $start.RedirectStandardOutput = $true
    $start.RedirectStandardError = $true
    $process = [Diagnostics.Process]::Start($start)
    $errors = $process.StandardError.ReadToEndAsync()
    $output = $process.StandardOutput.ReadToEnd()
    $process.WaitForExit()
    [IO.File]::WriteAllText((Join-Path $Temp 'build.log'), $output + $errors.Result)
    return $process.ExitCode
}

# --- main ---------------------------------------------------------------------------------------

if ([IO.File]::Exists($DotnetCache)) {
    $cached = [IO.File]::ReadAllText($DotnetCache).Trim()
    if ($cached -and [IO.File]::Exists($cached) -and (Test-InputsUnchanged)) {
        [Console]::Out.WriteLine($cached)
        exit 0
    }
}

$dotnet = Find-Dotnet
[void][IO.Directory]::CreateDirectory($Temp)
[IO.File]::WriteAllText($DotnetCache, $dotnet)
if (-not (Test-InputsUnchanged)) {
    Write-Message 'compiling the build project (build\ or src\ changed)'
    $hash = Get-InputsHash
    if ((Invoke-Compile $dotnet) -ne 0) {
        [Console]::Error.WriteLine([IO.File]::ReadAllText((Join-Path $Temp 'build.log')))
        Stop-Bootstrap 'the build project does not compile (see the errors above)'
    }
    [IO.File]::WriteAllText($Stamp, "$hash`n")
}
[Console]::Out.WriteLine($dotnet)
exit 0
