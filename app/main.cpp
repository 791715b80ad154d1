#include <QApplication>
#include <QFile>
#include <QTextStream>
#include <QTimer>

#include "app/catalogstore.h"
#include "app/commandline.h"
#include "app/language.h"
#include "app/mainwindow.h"
#include "app/scenariodocument.h"
#include "app/settings.h"
#include "models/scenarioio.h"

using namespace Qt::StringLiterals;

namespace {

/// The first argument that is not `--lang CODE` (which goes with any command).
QByteArray commandOf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]) == "--lang")
            ++i;
        else
            return argv[i];
    }
    return argc > 1 ? QByteArray(argv[1]) : QByteArray();
}

/// The command-line modes need no display; everything else opens the window.
bool isHeadlessMode(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    const QByteArray first = commandOf(argc, argv);
    return first == "compute" || first == "summary" || first == "export" || first == "import-litellm"
           || first == "calibrate" || first.startsWith('-');
}

bool displayAvailable()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

/// Keeps a headless report's stderr for what the user needs to read: drops the harmless
/// "XDG_RUNTIME_DIR not set" notice that QStandardPaths gives under the offscreen platform.
void quietHarmlessNotices(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set"_s))
        return;
    QTextStream(stderr) << qFormatLogMessage(type, context, message) << '\n';
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(u"Fulcrum"_s);
    QCoreApplication::setApplicationName(u"Fulcrum"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FULCRUM_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    if (commandOf(argc, argv) == "report") {
        // The report draws the workbench's charts (widgets) but needs no display.
        // Offscreen always: the same fonts and sizes with or without a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        qInstallMessageHandler(quietHarmlessNotices);
        QApplication app(argc, argv);
        setIdentity();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return fulcrum::runCommandLine(app.arguments().mid(1), out, err).exitCode;
    }
    if (isHeadlessMode(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return fulcrum::runCommandLine(app.arguments().mid(1), out, err).exitCode;
    }
    if (argc > 2) {
        QCoreApplication app(argc, argv);
        QTextStream err(stderr);
        err << fulcrum::usageText();
        return fulcrum::ExitUsage;
    }
    if (!displayAvailable()) {
        QTextStream(stderr) << QCoreApplication::translate(
            "CommandLineText", "fulcrum: no display to open the workbench on; without one use "
                           "'fulcrum compute FILE' (see 'fulcrum --help')\n");
        return fulcrum::ExitUsage;
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(QIcon(u":/icons/fulcrum.svg"_s));
    QApplication::setDesktopFileName(u"fulcrum"_s);
    // The language chosen under View ▸ Language; until one is, the system's.
    const QString language = fulcrum::Settings::language();
    if (language.isEmpty() || !fulcrum::Language::apply(language))
        fulcrum::Language::apply(fulcrum::Language::forLocale(QLocale::system()));

    fulcrum::MainWindow window(fulcrum::CatalogStore::load());
    const QString file = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const bool hadRecovery = !fulcrum::ScenarioDocument::pendingRecoveries().isEmpty();
    QFile example(u":/examples/customer-service.fulcrum.json"_s);
    example.open(QIODevice::ReadOnly);
    const QByteArray bytes = example.readAll();
    window.showScenario(*fulcrum::scenarioFromText(std::string_view(bytes.constData(), bytes.size())).scenario);
    window.show();
    if (!file.isEmpty())
        window.openFile(file);
    if (hadRecovery)
        QTimer::singleShot(0, &window, &fulcrum::MainWindow::offerRecovery);
    return app.exec();
}
