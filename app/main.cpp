#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include "app/commandline.h"
#include "app/defaultcatalog.h"
#include "widgets/diagnostictext.h"
#include "app/resultssummary.h"
#include "models/evaluate.h"
#include "models/scenarioio.h"

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"Fulcrum"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FULCRUM_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    const fulcrum::CommandLineOutcome outcome = fulcrum::runCommandLine(app.arguments().mid(1), out, err);
    if (outcome.handled)
        return outcome.exitCode;

    // The workbench window is not built yet: show the scenario's headline figures instead.
    const QString path = outcome.fileToOpen.isEmpty() ? u":/examples/customer-service.fulcrum.json"_s
                                                      : outcome.fileToOpen;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << u"fulcrum: "_s << path << u": "_s << file.errorString() << '\n';
        return fulcrum::ExitInvalidInput;
    }
    const QByteArray bytes = file.readAll();
    const fulcrum::ScenarioLoad load = fulcrum::scenarioFromText(std::string_view(bytes.constData(), bytes.size()));
    fulcrum::Results results;
    if (load.scenario)
        results = fulcrum::evaluate(*load.scenario, fulcrum::defaultCatalog());
    else
        results.errors = load.errors;
    if (!results.valid()) {
        for (const fulcrum::Diagnostic &d : results.errors)
            err << u"fulcrum: "_s << path << u": "_s << fulcrum::diagnosticLine(d) << '\n';
        return fulcrum::ExitInvalidInput;
    }
    out << fulcrum::resultsSummary(*load.scenario, results);
    for (const fulcrum::Diagnostic &d : results.warnings)
        out << u"note: "_s << fulcrum::diagnosticLine(d) << '\n';
    return fulcrum::ExitOk;
}
