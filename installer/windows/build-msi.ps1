# Builds installer\target\Loket-<version>.msi on a Windows PC: the same runtime (common\jlink.args)
# and the same application settings (common\jpackage.args) as the Linux package, plus what is
# Windows' own (msi.args). Needs: a JDK 17 with jmods (e.g. Temurin 17, JAVA_HOME set) and WiX
# Toolset 3 (candle.exe, light.exe on the PATH), and kiosk-app built on Windows (its lib\ then
# holds JavaFX's Windows jars):
#   .\mvnw.cmd -pl installer -am package -Pmsi        or        .\installer\windows\build-msi.ps1 -Version 0.1.0
# Written on Linux and NOT run on Windows yet: see docs\INSTALL.md, "Windows".
param([Parameter(Mandatory = $true)] [string] $Version)
$ErrorActionPreference = 'Stop'

$windows = $PSScriptRoot
$installer = Split-Path -Parent $windows
$repo = Split-Path -Parent $installer
# jpackage and MSI want digits only: the package is numbered like the release it leads to.
$Version = $Version -replace '-SNAPSHOT$', ''

$javaHome = $env:JAVA_HOME
if (-not $javaHome -or -not (Test-Path "$javaHome\bin\jpackage.exe") -or -not (Test-Path "$javaHome\jmods\java.base.jmod")) {
    throw "Set JAVA_HOME to a full JDK 17 with jmods (jpackage.exe and jmods\java.base.jmod)."
}
foreach ($tool in 'candle.exe', 'light.exe') {
    if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) {
        throw "WiX Toolset 3 is missing ($tool not on the PATH): jpackage of JDK 17 makes .msi files with it."
    }
}
$app = "$repo\kiosk-app\target"
if (-not (Test-Path "$app\kiosk-app.jar")) {
    throw "No $app\kiosk-app.jar: build kiosk-app first (.\mvnw.cmd -pl installer -am package -Pmsi)."
}

$work = "$installer\target\msi-build"
if (Test-Path $work) { Remove-Item -Recurse -Force $work }
New-Item -ItemType Directory -Force "$work\input" | Out-Null
Copy-Item "$app\kiosk-app.jar" "$work\input\"
Copy-Item -Recurse "$app\lib" "$work\input\lib"
Copy-Item "$windows\loket.properties" "$work\input\loket.properties.example"
Copy-Item "$repo\config\defaults\loket.properties" "$work\input\loket.properties.defaults"
Copy-Item "$repo\NOTICE" "$work\input\NOTICE.txt"
Copy-Item "$app\THIRD-PARTY.txt" "$work\input\THIRD-PARTY.txt"
Copy-Item "$windows\loket-watchdog.ps1" "$work\input\"

# JavaFX's native libraries beside its jars, as on Linux: JavaFX loads them from there instead of
# unpacking them into each user's profile.
Push-Location "$work\input\lib"
try {
    foreach ($jar in Get-ChildItem 'javafx-*-win.jar') {
        $dlls = & "$javaHome\bin\jar.exe" tf $jar.FullName | Where-Object { $_ -like '*.dll' }
        if ($dlls) { & "$javaHome\bin\jar.exe" xf $jar.FullName @dlls }
    }
} finally {
    Pop-Location
}

& "$javaHome\bin\jlink.exe" "@$installer\common\jlink.args" --module-path "$javaHome\jmods" --output "$work\runtime"
if ($LASTEXITCODE -ne 0) { throw "jlink failed" }
Push-Location $installer
try {
    & "$javaHome\bin\jpackage.exe" "@common\jpackage.args" "@windows\msi.args" --app-version $Version `
        --input "$work\input" --runtime-image "$work\runtime" --dest "$installer\target"
    if ($LASTEXITCODE -ne 0) { throw "jpackage failed" }
} finally {
    Pop-Location
}
Get-ChildItem "$installer\target\*.msi"
