@echo off
rem cbec: runs the cbec command from the jars in ..\lib (the layout of the cbec distribution archive).
rem Needs Java 17 or newer: %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else java on the PATH.
rem Extra JVM options go in CBEC_JAVA_OPTS, e.g. set CBEC_JAVA_OPTS=-Xmx1g
rem
rem   cbec validate [--format text^|json] FILE^|DIR...
rem   cbec COMMAND --help     (validate, sign, verify, wrap, unwrap, submit, receipts, tax, mock, completion)
setlocal
set "CBEC_HOME=%~dp0.."
if not exist "%CBEC_HOME%\lib\" (
    echo cbec: %CBEC_HOME%\lib not found 1>&2
    exit /b 2
)
if defined JAVA_HOME (
    set "JAVA=%JAVA_HOME%\bin\java.exe"
) else (
    set "JAVA=java.exe"
)
if defined JAVA_HOME if not exist "%JAVA%" (
    echo cbec: JAVA_HOME is set to %JAVA_HOME% but %JAVA% does not exist 1>&2
    exit /b 2
)
if not defined JAVA_HOME (
    where java.exe >nul 2>nul || (
        echo cbec: java not found; put Java 17 or newer on the PATH or set JAVA_HOME 1>&2
        exit /b 2
    )
)
rem A Windows console cannot be told apart from a pipe here: no progress bar.
"%JAVA%" %CBEC_JAVA_OPTS% -Dcbec.stderr.terminal=false -cp "%CBEC_HOME%\lib\*" org.cbec.cli.CbecCommand %*
exit /b %ERRORLEVEL%
