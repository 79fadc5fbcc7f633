@echo off
rem huibao launcher for Windows (from the zip): runs huibao.jar beside this file with the JVM flags of
rem the Unix launchers; read the reasons in the development launcher at the top of the source tree.
rem Needs a Java 17 or newer runtime: JAVA_HOME's, else the first java.exe on PATH.
setlocal

rem The program writes UTF-8 whatever the platform; the console shows it as such only on code page 65001.
rem The user's code page is put back at the end.
set "OLDCP="
for /f "tokens=2 delims=:" %%a in ('chcp') do set "OLDCP=%%a"
if defined OLDCP set "OLDCP=%OLDCP: =%"
if defined OLDCP set "OLDCP=%OLDCP:.=%"
chcp 65001 >nul

set "HERE=%~dp0"
set "JAR=%HERE%huibao.jar"
if exist "%JAR%" goto findjava
echo huibao: 找不到 %JAR%，请重新解压 huibao 的 zip (huibao.jar is missing; unpack the zip again) 1>&2
set "RC=2"
goto end

:findjava
set "JAVA="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA for %%J in (java.exe) do set "JAVA=%%~$PATH:J"
if defined JAVA goto checkversion
echo huibao: 找不到 Java：请安装 Java 17 或更高版本，或把 JAVA_HOME 设为其目录 (no Java found: install Java 17 or newer, or set JAVA_HOME) 1>&2
set "RC=2"
goto end

:checkversion
rem The runtime's release file names its version; a runtime without one is taken as it is.
for %%J in ("%JAVA%") do set "JHOME=%%~dpJ.."
if not exist "%JHOME%\release" goto flags
findstr /r /c:"^JAVA_VERSION=.1[7-9]" /c:"^JAVA_VERSION=.[2-9][0-9]" "%JHOME%\release" >nul 2>&1
if not errorlevel 1 goto flags
echo huibao: %JAVA% 版本低于 17：请安装 Java 17 或更高版本，或把 JAVA_HOME 设为其目录 (this Java is older than 17: install Java 17 or newer, or set JAVA_HOME) 1>&2
set "RC=2"
goto end

:flags
set OPTS=-XX:+UseSerialGC -Xms16m -Xmx1g -Xss2m -Dfile.encoding=UTF-8
if /i not "%~1"=="serve" set OPTS=%OPTS% -XX:TieredStopAtLevel=1

rem Class-data sharing: an archive of the classes a check loads, made on the first check or serve in the
rem user's local application data (the program folder may be read-only), named after the jar's size and
rem time so that a new jar gets a new one.
if not defined LOCALAPPDATA goto run
set "CDSDIR=%LOCALAPPDATA%\huibao"
set "KEY="
for %%F in ("%JAR%") do set "KEY=%%~zF_%%~tF"
set "KEY=%KEY:/=-%"
set "KEY=%KEY::=-%"
set "KEY=%KEY: =_%"
set "KEY=%KEY:\=-%"
set "CDS=%CDSDIR%\huibao-%KEY%.jsa"
if exist "%CDS%" goto usecds
if /i not "%~1"=="check" if /i not "%~1"=="serve" goto run
set "EXAMPLE="
for %%E in ("%HERE%examples\*.txt") do if not defined EXAMPLE set "EXAMPLE=%%~fE"
if not defined EXAMPLE goto run
if not exist "%CDSDIR%" mkdir "%CDSDIR%" >nul 2>&1
echo huibao: 首次运行，正在准备启动缓存（约 10 秒，只需一次）… 1>&2
del /q "%CDSDIR%\huibao-*.jsa" >nul 2>&1
pushd "%CDSDIR%"
"%JAVA%" %OPTS% -Xlog:cds=off -Xlog:cds+dynamic=off -XX:ArchiveClassesAtExit="%CDS%.tmp" -jar "%JAR%" check "%EXAMPLE%" --format "json:%CDSDIR%\train.json" >nul 2>&1
popd
del /q "%CDSDIR%\train.json" >nul 2>&1
move /y "%CDS%.tmp" "%CDS%" >nul 2>&1

:usecds
if exist "%CDS%" set OPTS=%OPTS% -XX:SharedArchiveFile="%CDS%" -Xlog:cds=off -Xlog:cds+dynamic=off

:run
rem HUIBAO_JAVA_OPTS comes last so that it overrides the defaults (set HUIBAO_JAVA_OPTS=-Xmx4g)
"%JAVA%" %OPTS% %HUIBAO_JAVA_OPTS% -jar "%JAR%" %*
set "RC=%ERRORLEVEL%"

:end
if defined OLDCP chcp %OLDCP% >nul
endlocal & exit /b %RC%
