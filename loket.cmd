@echo off
rem Starts Loket on Windows. Builds what is missing on first use, then runs the kiosk window,
rem or a command when one is given:  loket.cmd --help
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%kiosk-app\target\kiosk-app.jar"
set "JAVA_EXE=java"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
"%JAVA_EXE%" -version >nul 2>&1
if errorlevel 1 (
  echo Loket needs Java 17 or newer: install a JDK and set JAVA_HOME. 1>&2
  exit /b 2
)
if not exist "%JAR%" (
  echo Loket: building the application on first start; this takes a minute... 1>&2
  call "%HERE%mvnw.cmd" -q -B -DskipTests -pl kiosk-app -am package
  if errorlevel 1 exit /b 1
)
rem Heap: 1 GB at most, what a 4 GB counter PC can give beside Windows (see the note in ./loket);
rem out of memory the program stops at once. LOKET_JAVA_OPTS come after, so they win.
"%JAVA_EXE%" -Xmx1g -XX:+ExitOnOutOfMemoryError %LOKET_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
