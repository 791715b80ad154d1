#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace fulcrum {

/// Exit codes of the headless modes.
enum ExitCode { ExitOk = 0, ExitInvalidInput = 1, ExitUsage = 2 };

/// What main() should do after the command line was read.
struct CommandLineOutcome
{
    bool handled = false; ///< a headless mode ran (or usage was wrong): exit with exitCode
    int exitCode = ExitOk;
    QString fileToOpen;   ///< when not handled: the scenario to open ("" = the bundled example)
};

/// Runs `fulcrum compute`, `summary`, `report`, `export`, `import-litellm`, `calibrate`, `--help` and `--version` (arguments
/// without the program name). Results go to out, messages naming the field to err. `--lang CODE`
/// anywhere switches the messages and the report to that language.
CommandLineOutcome runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// The usage text of --help.
QString usageText();

} // namespace fulcrum
