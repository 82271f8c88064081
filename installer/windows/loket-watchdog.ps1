# Keeps Loket on the screen of a Windows Pro counter PC (Windows Pro has no Shell Launcher): starts
# it, and starts it again two seconds after it ends or crashes. Run at the kiosk account's logon by
# a scheduled task (docs\INSTALL.md, "Windows"):
#   powershell -NoProfile -WindowStyle Hidden -ExecutionPolicy Bypass -File "C:\Program Files\Loket\app\loket-watchdog.ps1"
# Written on Linux and NOT run on Windows yet.
$ErrorActionPreference = 'Stop'
$loket = Join-Path (Split-Path -Parent (Split-Path -Parent $PSCommandPath)) 'Loket.exe'
$log = Join-Path $env:ProgramData 'Loket\watchdog.log'
while ($true) {
    $started = Get-Date
    $process = Start-Process -FilePath $loket -PassThru -Wait
    Add-Content -Path $log -Value ("{0:s} Loket ended with exit code {1} after {2:N0} s; starting it again" -f `
        (Get-Date), $process.ExitCode, ((Get-Date) - $started).TotalSeconds)
    Start-Sleep -Seconds 2
}
