@echo off
rem Windows bootstrap, the counterpart of build.sh: build.ps1 finds (or installs) a .NET SDK
rem matching global.json and recompiles build\_build.csproj only when the content stamp of build\,
rem src\, the props files and global.json changed. With CK_BOOTSTRAP_PRINT_DOTNET=1 it prints the
rem dotnet to use instead of running the build itself (as `pwsh build.ps1` does); this file runs the
rem compiled build with the arguments exactly as given and passes its exit code on.
setlocal
set "CK_ROOT=%~dp0"
set "CK_DOTNET="
set "DOTNET_CLI_TELEMETRY_OPTOUT=1"
set "DOTNET_NOLOGO=1"
set "DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1"
set "CK_BOOTSTRAP_PRINT_DOTNET=1"

rem Windows PowerShell ships with Windows; PowerShell 7 (pwsh) serves where it is missing.
set "CK_POWERSHELL=powershell"
where powershell >nul 2>nul || set "CK_POWERSHELL=pwsh"

for /f "usebackq delims=" %%D in (`%CK_POWERSHELL% -NoLogo -NoProfile -NonInteractive -ExecutionPolicy Bypass -File "%CK_ROOT%build.ps1"`) do set "CK_DOTNET=%%D"
if not defined CK_DOTNET (
  echo build.cmd: the bootstrap failed ^(see the messages above^) 1>&2
  exit /b 2
)

"%CK_DOTNET%" "%CK_ROOT%.nuke\temp\build-bin\_build.dll" %*
exit /b %ERRORLEVEL%
