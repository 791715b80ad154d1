#include "app/commandline.h"

#include <algorithm>
#include <vector>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include "app/catalogstore.h"
#include "app/defaultcatalog.h"
#include "app/resultsexport.h"
#include "app/resultssummary.h"
#include "widgets/diagnostictext.h"
#include "models/catalogio.h"
#include "models/evaluate.h"
#include "models/jsonreader.h"
#include "models/litellmimport.h"
#include "models/resultsio.h"
#include "models/scenarioio.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

/// The file's bytes, or an "unreadable" diagnostic.
std::optional<QByteArray> readFile(const QString &path, Diagnostics &errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors.push_back({"", "unreadable", {{"detail", file.errorString().toStdString()}}});
        return std::nullopt;
    }
    return file.readAll();
}

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

void printErrors(QTextStream &err, const QString &file, const Diagnostics &errors)
{
    for (const Diagnostic &d : errors)
        err << u"fulcrum: "_s << file << u": "_s << diagnosticLine(d) << '\n';
}

bool looksLikeLiteLlm(const Json &json)
{
    if (!json.is_object() || json.contains("format"))
        return false;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it->is_object() && it->contains("litellm_provider"))
            return true;
    }
    return false;
}

/// A Fulcrum catalog, or a LiteLLM price file merged into the built-in catalog.
std::optional<Catalog> loadCatalog(const QString &path, const QString &asOf, QTextStream &err)
{
    Diagnostics errors;
    const auto bytes = readFile(path, errors);
    std::optional<Json> json;
    if (bytes)
        json = parseJsonText(view(*bytes), errors);
    if (json && looksLikeLiteLlm(*json)) {
        const std::string date = (asOf.isEmpty() ? CatalogStore::dateOf(path) : asOf).toStdString();
        const std::string source = "LiteLLM price file " + QFileInfo(path).fileName().toStdString();
        LiteLlmImport import = importLiteLlm(*json, date, source);
        if (import.errors.empty())
            return mergeImportedPrices(defaultCatalog(), import.models, date, source);
        errors = import.errors;
    } else if (json) {
        CatalogLoad load = catalogFromJson(*json);
        if (load.catalog)
            return load.catalog;
        errors = load.errors;
    }
    printErrors(err, path, errors);
    return std::nullopt;
}

struct Options
{
    QStringList positional;
    QString catalog;
    QString output;
    QString asOf;
    QString resultsOut;      ///< export: --results
    QString alternativesOut; ///< export: --alternatives
    QString projectionOut;   ///< export: --projection
    int top = -1;
    bool compact = false;
};

/// Splits arguments into positional ones and known options; nullopt (after a message)
/// on an unknown option or a missing value.
std::optional<Options> parseOptions(const QStringList &args, const QStringList &allowed, QTextStream &err)
{
    Options o;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (!a.startsWith(u'-') || a == u"-"_s) {
            o.positional << a;
            continue;
        }
        if (!allowed.contains(a)) {
            err << tr("fulcrum: unknown option %1 (see fulcrum --help)").arg(a) << '\n';
            return std::nullopt;
        }
        if (a == u"--compact"_s) {
            o.compact = true;
            continue;
        }
        if (i + 1 >= args.size()) {
            err << tr("fulcrum: %1 needs a value").arg(a) << '\n';
            return std::nullopt;
        }
        const QString value = args[++i];
        if (a == u"--catalog"_s) {
            o.catalog = value;
        } else if (a == u"-o"_s || a == u"--output"_s) {
            o.output = value;
        } else if (a == u"--as-of"_s) {
            o.asOf = value;
        } else if (a == u"--results"_s) {
            o.resultsOut = value;
        } else if (a == u"--alternatives"_s) {
            o.alternativesOut = value;
        } else if (a == u"--projection"_s) {
            o.projectionOut = value;
        } else if (a == u"--top"_s) {
            bool ok = false;
            o.top = value.toInt(&ok);
            if (!ok || o.top < 0) {
                err << tr("fulcrum: --top needs a whole number ≥ 0, got %1").arg(value) << '\n';
                return std::nullopt;
            }
        }
    }
    return o;
}

/// The scenario file of a compute or summary, evaluated with the built-in catalog or
/// --catalog. Nothing (after a message) when the catalog does not load.
struct Evaluated
{
    std::optional<Scenario> scenario;
    Results results; ///< its errors say why when the scenario did not load or is invalid
};

std::optional<Evaluated> evaluateFile(const QString &path, const Options &options, QTextStream &err)
{
    Catalog catalog = defaultCatalog();
    if (!options.catalog.isEmpty()) {
        auto loaded = loadCatalog(options.catalog, {}, err);
        if (!loaded)
            return std::nullopt;
        catalog = std::move(*loaded);
    }
    Evaluated evaluated;
    Diagnostics errors;
    if (const auto bytes = readFile(path, errors)) {
        ScenarioLoad load = scenarioFromText(view(*bytes));
        evaluated.scenario = std::move(load.scenario);
        errors = std::move(load.errors);
    }
    if (evaluated.scenario)
        evaluated.results = evaluate(*evaluated.scenario, catalog);
    else
        evaluated.results.errors = errors;
    return evaluated;
}

int compute(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const auto options = parseOptions(args, {u"--catalog"_s, u"--top"_s, u"--compact"_s}, err);
    if (!options)
        return ExitUsage;
    if (options->positional.size() != 1) {
        err << tr("fulcrum: compute needs exactly one scenario file (see fulcrum --help)") << '\n';
        return ExitUsage;
    }
    const QString path = options->positional.first();
    const auto evaluated = evaluateFile(path, *options, err);
    if (!evaluated)
        return ExitInvalidInput;
    const Results &results = evaluated->results;
    out << QString::fromStdString(resultsToJson(results, options->top).dump(options->compact ? -1 : 2)) << '\n';
    if (!results.valid()) {
        printErrors(err, path, results.errors);
        return ExitInvalidInput;
    }
    return ExitOk;
}

int exportFiles(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const auto options = parseOptions(
        args, {u"--catalog"_s, u"--results"_s, u"--alternatives"_s, u"--projection"_s}, err);
    if (!options)
        return ExitUsage;
    if (options->positional.size() != 1) {
        err << tr("fulcrum: export needs exactly one scenario file (see fulcrum --help)") << '\n';
        return ExitUsage;
    }
    struct Output
    {
        QString path;
        QByteArray (*bytes)(const Results &);
    };
    std::vector<Output> outputs;
    for (const Output &o : {Output {options->resultsOut, &resultsJsonBytes},
                            Output {options->alternativesOut, &alternativesCsvBytes},
                            Output {options->projectionOut, &projectionCsvBytes}}) {
        if (!o.path.isEmpty())
            outputs.push_back(o);
    }
    if (outputs.empty()) {
        err << tr("fulcrum: export needs at least one of --results, --alternatives, --projection") << '\n';
        return ExitUsage;
    }
    const auto toStdout = std::count_if(outputs.begin(), outputs.end(), [](const Output &o) { return o.path == u"-"_s; });
    if (toStdout > 1) {
        err << tr("fulcrum: only one export can go to standard output (-)") << '\n';
        return ExitUsage;
    }
    const QString path = options->positional.first();
    const auto evaluated = evaluateFile(path, *options, err);
    if (!evaluated)
        return ExitInvalidInput;
    const Results &results = evaluated->results;
    if (!results.valid()) {
        // Nothing is written: an export of no figures would only replace a good file.
        printErrors(err, path, results.errors);
        return ExitInvalidInput;
    }
    for (const Output &o : outputs) {
        const QByteArray bytes = o.bytes(results);
        if (o.path == u"-"_s) {
            out << QString::fromUtf8(bytes);
            continue;
        }
        QString error;
        if (!writeFileAtomically(o.path, bytes, &error)) {
            err << u"fulcrum: "_s << error << '\n';
            return ExitInvalidInput;
        }
    }
    return ExitOk;
}

int summary(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const auto options = parseOptions(args, {u"--catalog"_s}, err);
    if (!options)
        return ExitUsage;
    if (options->positional.size() != 1) {
        err << tr("fulcrum: summary needs exactly one scenario file (see fulcrum --help)") << '\n';
        return ExitUsage;
    }
    const QString path = options->positional.first();
    const auto evaluated = evaluateFile(path, *options, err);
    if (!evaluated)
        return ExitInvalidInput;
    const Results &results = evaluated->results;
    if (!results.valid()) {
        printErrors(err, path, results.errors);
        return ExitInvalidInput;
    }
    out << resultsSummary(*evaluated->scenario, results);
    for (const Diagnostic &d : results.warnings)
        out << tr("note: %1").arg(diagnosticLine(d)) << '\n';
    return ExitOk;
}

int importLiteLlmFile(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const auto options = parseOptions(args, {u"-o"_s, u"--output"_s, u"--as-of"_s}, err);
    if (!options)
        return ExitUsage;
    if (options->positional.size() != 1) {
        err << tr("fulcrum: import-litellm needs exactly one LiteLLM price file") << '\n';
        return ExitUsage;
    }
    const QString path = options->positional.first();
    Diagnostics errors;
    const auto bytes = readFile(path, errors);
    const std::string asOf = (options->asOf.isEmpty() ? CatalogStore::dateOf(path) : options->asOf).toStdString();
    const std::string source = "LiteLLM price file " + QFileInfo(path).fileName().toStdString();
    LiteLlmImport import;
    if (bytes) {
        import = importLiteLlmText(view(*bytes), asOf, source);
        errors = import.errors;
    }
    if (!errors.empty()) {
        printErrors(err, path, errors);
        return ExitInvalidInput;
    }
    const Catalog catalog = mergeImportedPrices(defaultCatalog(), import.models, asOf, source);
    const QByteArray text = QByteArray::fromStdString(catalogToJson(catalog).dump(2) + "\n");
    if (options->output.isEmpty()) {
        out << QString::fromUtf8(text);
    } else {
        QFile file(options->output);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
            err << tr("fulcrum: cannot write %1: %2").arg(options->output, file.errorString()) << '\n';
            return ExitInvalidInput;
        }
    }
    err << tr("fulcrum: imported %1 chat models (skipped %2 entries that are not chat models and %3 without prices)")
               .arg(import.models.size())
               .arg(import.skippedNotChat)
               .arg(import.skippedWithoutPrices)
        << '\n';
    return ExitOk;
}

} // namespace

QString usageText()
{
    return tr("Usage:\n"
              "  fulcrum [FILE]                          open the workbench on FILE (the bundled example without FILE)\n"
              "  fulcrum compute FILE [--catalog C] [--top N] [--compact]\n"
              "                                          print every figure of the scenario as JSON\n"
              "  fulcrum summary FILE [--catalog C]      print the headline figures in a few sentences\n"
              "  fulcrum export FILE [--catalog C] [--results OUT.json]\n"
              "                 [--alternatives OUT.csv] [--projection OUT.csv]\n"
              "                                          write the results as compute prints them, the ranked\n"
              "                                          alternatives and the monthly projection (- is stdout)\n"
              "  fulcrum import-litellm FILE [-o OUT] [--as-of YYYY-MM-DD]\n"
              "                                          turn a LiteLLM price file into a Fulcrum catalog\n"
              "  fulcrum --version | --help\n"
              "\n"
              "--catalog takes a Fulcrum catalog or a LiteLLM price file (its prices replace the built-in ones).\n"
              "Exit codes: 0 success, 1 invalid or unreadable input (the field is named on stderr), 2 bad usage.\n");
}

CommandLineOutcome runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLineOutcome outcome;
    if (arguments.isEmpty())
        return outcome;
    const QString &first = arguments.first();
    const QStringList rest = arguments.mid(1);
    outcome.handled = true;
    if (first == u"--help"_s || first == u"-h"_s) {
        out << usageText();
    } else if (first == u"--version"_s || first == u"-v"_s) {
        out << u"fulcrum "_s << QStringLiteral(FULCRUM_VERSION) << u" (catalog "_s
            << QString::fromStdString(defaultCatalog().asOf()) << u")\n"_s;
    } else if (first == u"compute"_s) {
        outcome.exitCode = compute(rest, out, err);
    } else if (first == u"export"_s) {
        outcome.exitCode = exportFiles(rest, out, err);
    } else if (first == u"summary"_s) {
        outcome.exitCode = summary(rest, out, err);
    } else if (first == u"import-litellm"_s) {
        outcome.exitCode = importLiteLlmFile(rest, out, err);
    } else if (first.startsWith(u'-') || arguments.size() > 1) {
        err << tr("fulcrum: unknown command or option %1").arg(first) << '\n' << usageText();
        outcome.exitCode = ExitUsage;
    } else {
        outcome.handled = false;
        outcome.fileToOpen = first;
    }
    return outcome;
}

} // namespace fulcrum
