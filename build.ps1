# Bootstrap for the build project under PowerShell, the counterpart of build.sh, on every OS (PowerShell 7:
# `pwsh build.ps1 [targets...] [--parameters...]`; Windows PowerShell 5.1 through build.cmd). It finds a .NET SDK
# matching global.json (installing one into .nuke/temp/dotnet when none is found), compiles build/_build.csproj only
# when the content stamp of its inputs changed, and then runs the compiled build with the arguments exactly as given
# and exits with its exit code. Messages go to stderr; a bootstrap failure exits 2.
#
# build.cmd sets CK_BOOTSTRAP_PRINT_DOTNET=1: then this script prints the full path of dotnet.exe as its only line on
# stdout instead of running the build, and build.cmd runs the build itself, so cmd's command line reaches it untouched.
#
# The stamp is build.sh's, in the same file (.nuke/temp/build.stamp), so the two bootstraps never recompile for each
# other: SHA-256 over "<sha256 of file>  <relative/path>" lines, sorted by path, for every file of build/, src/ (only
# in ContainerKit's own repository, where src/ContainerKit.Targets exists), the props files and global.json, with
# bin/ and obj/ and the definition folders build/Environments/ and build/Clusters/ left out. A cheap timestamp check runs first; the
# contents are hashed only when something is newer than the stamp.
#
# Windows PowerShell 5.1 syntax only (no ternaries, no ?? , no $IsWindows): build.cmd runs it with powershell.exe.

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
Set-StrictMode -Version 2.0

$OnWindows = [IO.Path]::DirectorySeparatorChar -eq '\'
$PrintDotnet = $env:CK_BOOTSTRAP_PRINT_DOTNET -eq '1'
$Me = 'build.ps1'
if ($PrintDotnet) { $Me = 'build.cmd' }
$Root = $PSScriptRoot
$Temp = [IO.Path]::Combine($Root, '.nuke', 'temp')
$BuildDll = [IO.Path]::Combine($Temp, 'build-bin', '_build.dll')
$Stamp = [IO.Path]::Combine($Temp, 'build.stamp')
# The dotnet found last time; Windows keeps its own file (a WSL checkout may share the folder with build.sh).
$DotnetCache = [IO.Path]::Combine($Temp, 'dotnet-path')
$DotnetName = 'dotnet'
if ($OnWindows) {
    $DotnetCache = [IO.Path]::Combine($Temp, 'dotnet-path.windows')
    $DotnetName = 'dotnet.exe'
}
$InputNames = @('build', 'Directory.Build.props', 'Directory.Packages.props', 'global.json')
# src/ only in ContainerKit's own repository (a scaffolded one may keep Python there).
if ([IO.Directory]::Exists([IO.Path]::Combine($Root, 'src', 'ContainerKit.Targets'))) { $InputNames += 'src' }
$Skipped = @('bin', 'obj')
# Definition folders: the host compiles their *.cs files at run time, so they are not build inputs.
$Definitions = @('build/Environments', 'build/Clusters')

$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'
$env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = '1'

function Write-Message([string]$Text) {
    [Console]::Error.WriteLine("${Me}: $Text")
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

# The file a symbolic link points to (as readlink -f does; /usr/bin/dotnet is one on Linux); PowerShell 5.1's
# .NET Framework has no ResolveLinkTarget, and Windows installs have no links.
function Resolve-Link([string]$Path) {
    $info = New-Object IO.FileInfo $Path
    if ($null -ne $info.PSObject.Methods['ResolveLinkTarget']) {
        $target = $info.ResolveLinkTarget($true)
        if ($null -ne $target) { return $target.FullName }
    }
    return $Path
}

# True when the dotnet next to $Dotnet has an SDK of the same major.minor as $Required with a
# feature/patch number at least as high (rollForward latestFeature), prereleases excluded.
function Test-Sdk([string]$Dotnet, [string]$Required) {
    if ([string]::IsNullOrEmpty($Dotnet) -or -not [IO.File]::Exists($Dotnet)) { return $false }
    $sdkFolder = Join-Path (Split-Path -Parent (Resolve-Link $Dotnet)) 'sdk'
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
    Write-Message "no .NET SDK $Required found; trying the official install script into .nuke/temp/dotnet"
    $target = Join-Path $Temp 'dotnet'
    [void][IO.Directory]::CreateDirectory($Temp)
    try {
        [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
        if ($OnWindows) {
            $installer = Join-Path $Temp 'dotnet-install.ps1'
            Invoke-WebRequest -UseBasicParsing -TimeoutSec 60 -Uri 'https://dot.net/v1/dotnet-install.ps1' -OutFile $installer
            # The installer talks on several streams; keep stdout clean for build.cmd.
            & $installer -JsonFile (Join-Path $Root 'global.json') -InstallDir $target -NoPath *>&1 |
                ForEach-Object { [Console]::Error.WriteLine([string]$_) }
        }
        else {
            $installer = Join-Path $Temp 'dotnet-install.sh'
            Invoke-WebRequest -UseBasicParsing -TimeoutSec 60 -Uri 'https://dot.net/v1/dotnet-install.sh' -OutFile $installer
            & bash $installer --jsonfile (Join-Path $Root 'global.json') --install-dir $target --no-path 2>&1 |
                ForEach-Object { [Console]::Error.WriteLine([string]$_) }
        }
    }
    catch {
        Write-Message "installing failed: $($_.Exception.Message)"
    }
    $dotnet = Join-Path $target $DotnetName
    if (Test-Sdk $dotnet $Required) { return $dotnet }
    $band = ($Required.Split('.')[0..1]) -join '.'
    $how = "'apt-get install dotnet-sdk-$band'"
    if ($OnWindows) { $how = "'winget install Microsoft.DotNet.SDK.$($Required.Split('.')[0])'" }
    Stop-Bootstrap ("the .NET SDK $Required (or a later $band.x feature band) is required and could not be installed (offline?).`n" +
        "Install it from https://dot.net (or $how), put $DotnetName on PATH (or set DOTNET_ROOT), and run $Me again.")
}

function Find-Dotnet {
    $required = Get-RequiredSdk
    $candidates = @()
    $onPath = Get-Command $DotnetName -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    if ($null -ne $onPath) { $candidates += $onPath.Source }
    if ($env:DOTNET_ROOT) { $candidates += (Join-Path $env:DOTNET_ROOT $DotnetName) }
    $userHome = $env:HOME
    if ($OnWindows) { $userHome = $env:USERPROFILE }
    if ($userHome) { $candidates += [IO.Path]::Combine($userHome, '.dotnet', $DotnetName) }
    $candidates += [IO.Path]::Combine($Temp, 'dotnet', $DotnetName)
    foreach ($candidate in $candidates) {
        if (Test-Sdk $candidate $required) { return $candidate }
    }
    return Install-Dotnet $required
}

# --- the content stamp --------------------------------------------------------------------------

# A path relative to the root with / separators, as build.sh's find prints it.
function Get-RelativePath([IO.FileSystemInfo]$Item) {
    return $Item.FullName.Substring($Root.Length).TrimStart('\', '/').Replace('\', '/')
}

# Every input file and folder (bin/ and obj/ subtrees and the definition folders left out) as FileSystemInfo
# objects. Like find, it lists symbolic links but does not follow them into folders.
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
                $isLink = ($child.Attributes -band [IO.FileAttributes]::ReparsePoint) -ne 0
                if (-not $isLink -and $Skipped -notcontains $child.Name -and $Definitions -notcontains (Get-RelativePath $child)) {
                    $pending.Enqueue($child)
                }
            }
            else { $child }
        }
    }
}

function ConvertTo-Hex([byte[]]$Bytes) {
    return ([BitConverter]::ToString($Bytes) -replace '-', '').ToLowerInvariant()
}

# find -type f: regular files only, links to files left out.
function Get-InputsHash {
    $sha = [Security.Cryptography.SHA256]::Create()
    try {
        [string[]]$files = @(Get-InputItems |
            Where-Object { $_ -is [IO.FileInfo] -and ($_.Attributes -band [IO.FileAttributes]::ReparsePoint) -eq 0 } |
            ForEach-Object { Get-RelativePath $_ })
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

# Publishes the build project ReadyToRun for this machine's runtime into build-bin (its PublishDir, as build.sh does);
# returns the exit code, the output goes to build.log.
function Invoke-Compile([string]$Dotnet) {
    $start = New-Object Diagnostics.ProcessStartInfo $Dotnet
    $start.Arguments = 'publish "' + [IO.Path]::Combine($Root, 'build', '_build.csproj') + '" --use-current-runtime -p:ContainerKitHostPublish=true --nologo -v quiet'
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

# Runs the compiled build with this script's arguments and exits with its exit code. Each argument is passed as
# one argument: PowerShell 7.3+'s Standard passing keeps empty ones and embedded quotes, and each is given as a
# double-quoted expression because PowerShell on Linux and macOS would otherwise expand wildcards and ~ in it
# (native globbing, which splatting cannot turn off: PowerShell/PowerShell#24178). Windows PowerShell 5.1 run
# directly drops empty arguments (its legacy passing); build.cmd does not go through this.
function Invoke-Build([string]$Dotnet, [object[]]$Arguments) {
    if ($PrintDotnet) {
        [Console]::Out.WriteLine($Dotnet)
        exit 0
    }
    $PSNativeCommandArgumentPassing = 'Standard'
    $quoted = @(for ($i = 0; $i -lt $Arguments.Count; $i++) { '"$($Arguments[' + $i + '])"' })
    $invoke = [ScriptBlock]::Create('param($Dotnet, $BuildDll, $Arguments) & $Dotnet $BuildDll ' + ($quoted -join ' '))
    & $invoke $Dotnet $BuildDll $Arguments
    exit $LASTEXITCODE
}

# --- main ---------------------------------------------------------------------------------------

$BuildArguments = @($args)
if ([IO.File]::Exists($DotnetCache)) {
    $cached = [IO.File]::ReadAllText($DotnetCache).Trim()
    if ($cached -and [IO.File]::Exists($cached) -and (Test-InputsUnchanged)) { Invoke-Build $cached $BuildArguments }
}

$dotnet = Find-Dotnet
[void][IO.Directory]::CreateDirectory($Temp)
[IO.File]::WriteAllText($DotnetCache, "$dotnet`n")
if (-not (Test-InputsUnchanged)) {
    Write-Message 'compiling the build project (build/ or src/ changed)'
    $hash = Get-InputsHash
    if ((Invoke-Compile $dotnet) -ne 0) {
        [Console]::Error.WriteLine([IO.File]::ReadAllText((Join-Path $Temp 'build.log')))
        Stop-Bootstrap 'the build project does not compile (see the errors above)'
    }
    [IO.File]::WriteAllText($Stamp, "$hash`n")
}
Invoke-Build $dotnet $BuildArguments
