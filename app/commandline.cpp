#include "app/commandline.h"

#include <algorithm>
#include <vector>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include "app/catalogstore.h"
#include "app/defaultcatalog.h"
#include "app/latencylogfile.h"
#include "app/language.h"
#include "app/report.h"
#include "app/resultsexport.h"
#include "app/resultssummary.h"
#include "widgets/diagnostictext.h"
#include "models/calibration.h"
#include "models/catalogio.h"
#include "models/evaluate.h"
#include "models/jsonreader.h"
#include "models/litellmimport.h"
#include "models/resultsio.h"
#include "models/scenarioio.h"
#include "models/uncertainty.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

/// The translation context of this file's text (lupdate reads `CommandLineText::tr`).
struct CommandLineText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineText)
};

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
    QString pageSize;
    QString resultsOut;      ///< export: --results
    QString alternativesOut; ///< export: --alternatives
    QString projectionOut;   ///< export: --projection
    int top = -1;
    std::optional<std::size_t> samples;  ///< compute, report: --samples (Monte Carlo)
    std::optional<std::uint64_t> seed;   ///< compute, report: --seed
    bool compact = false;
    bool json = false;
    double holdout = 0;
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
            err << CommandLineText::tr("fulcrum: unknown option %1 (see fulcrum --help)").arg(a) << '\n';
            return std::nullopt;
        }
        if (a == u"--compact"_s) {
            o.compact = true;
            continue;
        }
        if (a == u"--json"_s) {
            o.json = true;
            continue;
        }
        if (i + 1 >= args.size()) {
            err << CommandLineText::tr("fulcrum: %1 needs a value").arg(a) << '\n';
            return std::nullopt;
        }
        const QString value = args[++i];
        if (a == u"--catalog"_s) {
            o.catalog = value;
        } else if (a == u"-o"_s || a == u"--output"_s) {
            o.output = value;
        } else if (a == u"--as-of"_s) {
            o.asOf = value;
        } else if (a == u"--page-size"_s) {
            o.pageSize = value;
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
                err << CommandLineText::tr("fulcrum: --top needs a whole number ≥ 0, got %1").arg(value) << '\n';
                return std::nullopt;
            }
        } else if (a == u"--samples"_s) {
            bool ok = false;
            const qulonglong samples = value.toULongLong(&ok);
            if (!ok || samples < 1 || samples > MaxUncertaintySamples) {
                err << CommandLineText::tr("fulcrum: --samples needs a whole number from 1 to 1000000, got %1").arg(value) << '\n';
                return std::nullopt;
            }
            o.samples = static_cast<std::size_t>(samples);
        } else if (a == u"--seed"_s) {
            bool ok = false;
            const qulonglong seed = value.toULongLong(&ok);
            if (!ok) {
                err << CommandLineText::tr("fulcrum: --seed needs a whole number from 0 to 18446744073709551615, got %1").arg(value)
                    << '\n';
                return std::nullopt;
            }
            o.seed = static_cast<std::uint64_t>(seed);
        } else if (a == u"--holdout"_s) {
            bool ok = false;
            o.holdout = value.toDouble(&ok);
            if (!ok || !(o.holdout > 0 && o.holdout < 1)) {
                err << CommandLineText::tr("fulcrum: --holdout needs a fraction above 0 and below 1, got %1").arg(value) << '\n';
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
    Catalog catalog; ///< the one the figures were computed with
    std::optional<Scenario> scenario;
    Results results; ///< its errors say why when the scenario did not load or is invalid
};

std::optional<Evaluated> evaluateFile(const QString &path, const Options &options, QTextStream &err)
{
    Evaluated evaluated;
    evaluated.catalog = defaultCatalog();
    if (!options.catalog.isEmpty()) {
        auto loaded = loadCatalog(options.catalog, {}, err);
        if (!loaded)
            return std::nullopt;
        evaluated.catalog = std::move(*loaded);
    }
    Diagnostics errors;
    if (const auto bytes = readFile(path, errors)) {
        ScenarioLoad load = scenarioFromText(view(*bytes));
        evaluated.scenario = std::move(load.scenario);
        errors = std::move(load.errors);
    }
    if (evaluated.scenario)
        evaluated.results = evaluate(*evaluated.scenario, evaluated.catalog);
    else
        evaluated.results.errors = errors;
    return evaluated;
}

int compute(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const auto options = parseOptions(
        args, {u"--catalog"_s, u"--top"_s, u"--compact"_s, u"--samples"_s, u"--seed"_s}, err);
    if (!options)
        return ExitUsage;
    if (options->positional.size() != 1) {
        err << CommandLineText::tr("fulcrum: compute needs exactly one scenario file (see fulcrum --help)") << '\n';
        return ExitUsage;
    }
    const QString path = options->positional.first();
    const auto evaluated = evaluateFile(path, *options, err);
    if (!evaluated)
        return ExitInvalidInput;
    const Results &results = evaluated->results;
    Json json = resultsToJson(results, options->top);
    // The Monte Carlo only when asked for: compute's output is otherwise unchanged.
    if ((options->samples || options->seed) && results.valid() && evaluated->scenario) {
        UncertaintyOptions uncertainty;
        uncertainty.samples = options->samples.value_or(DefaultUncertaintySamples);
        uncertainty.seed = options->seed.value_or(DefaultUncertaintySeed);
        if (const auto computed = computeUncertainty(*evaluated->scenario, evaluated->catalog, uncertainty))
            json["uncertainty"] = uncertaintyToJson(*computed);
    }
    out << QString::fromStdString(jsonText(json, options->compact ? -1 : 2)) << '\n';
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
        err << CommandLineText::tr("fulcrum: export needs exactly one scenario file (see fulcrum --help)") << '\n';
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
        err << CommandLineText::tr("fulcrum: export needs at least one of --results, --alternatives, --projection") << '\n';
        return ExitUsage;
    }
    const auto toStdout = std::count_if(outputs.begin(), outputs.end(), [](const Output &o) { return o.path == u"-"_s; });
    if (toStdout > 1) {
        err << CommandLineText::tr("fulcrum: only one export can go to standard output (-)") << '\n';
        return ExitUsage;
    }
    // Two exports into one file: the second would silently replace the first.
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        for (std::size_t j = i + 1; j < outputs.size(); ++j) {
            if (outputs[i].path != u"-"_s
                && QFileInfo(outputs[i].path).absoluteFilePath() == QFileInfo(outputs[j].path).absoluteFilePath()) {
                err << CommandLineText::tr("fulcrum: two exports would go to the same file %1").arg(outputs[i].path) << '\n';
                return ExitUsage;
            }
        }
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
        err << CommandLineText::tr("fulcrum: summary needs exactly one scenario file (see fulcrum --help)") << '\n';
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
        out << CommandLineText::tr("note: %1").arg(diagnosticLine(d)) << '\n';
    return ExitOk;
}

int report(const QStringList &args, QTextStream &err)
{
    const auto options = parseOptions(
        args, {u"--catalog"_s, u"-o"_s, u"--output"_s, u"--page-size"_s, u"--samples"_s, u"--seed"_s}, err);
    if (!options)
        return ExitUsage;
    if (options->positional.size() != 1 || options->output.isEmpty()) {
        err << CommandLineText::tr("fulcrum: report needs one scenario file and -o OUT.pdf (see fulcrum --help)") << '\n';
        return ExitUsage;
    }
    ReportOptions reportOptions;
    const QString size = options->pageSize.toLower();
    if (size == u"letter"_s) {
        reportOptions.pageSize = QPageSize::Letter;
    } else if (!size.isEmpty() && size != u"a4"_s) {
        err << CommandLineText::tr("fulcrum: --page-size takes A4 or Letter, got %1").arg(options->pageSize) << '\n';
        return ExitUsage;
    }
    const QString path = options->positional.first();
    const auto evaluated = evaluateFile(path, *options, err);
    if (!evaluated)
        return ExitInvalidInput;
    if (!evaluated->results.valid()) {
        printErrors(err, path, evaluated->results.errors);
        return ExitInvalidInput;
    }
    reportOptions.scenarioFile = QFileInfo(path).fileName();
    // The uncertainty section's Monte Carlo, as compute's (and the window's defaults).
    reportOptions.samples = options->samples.value_or(DefaultUncertaintySamples);
    reportOptions.seed = options->seed.value_or(DefaultUncertaintySeed);
    // The command line writes English unless --lang says otherwise (DESIGN.md); numbers and
    // dates follow the language rather than the system locale, so that a German locale does
    // not mix "90,0 %" into English text.
    QLocale::setDefault(Language::numberLocale(Language::current(), QLocale::c()));
    const Report pdf(*evaluated->scenario, evaluated->results, evaluated->catalog, reportOptions);
    if (const QString error = pdf.writeFile(options->output); !error.isEmpty()) {
        err << CommandLineText::tr("fulcrum: cannot write %1: %2").arg(options->output, error) << '\n';
        return ExitInvalidInput;
    }
    return ExitOk;
}

int importLiteLlmFile(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const auto options = parseOptions(args, {u"-o"_s, u"--output"_s, u"--as-of"_s}, err);
    if (!options)
        return ExitUsage;
    if (options->positional.size() != 1) {
        err << CommandLineText::tr("fulcrum: import-litellm needs exactly one LiteLLM price file") << '\n';
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
    const QByteArray text = QByteArray::fromStdString(jsonText(catalogToJson(catalog), 2) + "\n");
    if (options->output.isEmpty()) {
        out << QString::fromUtf8(text);
    } else {
        QFile file(options->output);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
            err << CommandLineText::tr("fulcrum: cannot write %1: %2").arg(options->output, file.errorString()) << '\n';
            return ExitInvalidInput;
        }
    }
    err << CommandLineText::tr("fulcrum: imported %1 chat models (skipped %2 entries that are not chat models and %3 without prices)")
               .arg(import.models.size())
               .arg(import.skippedNotChat)
               .arg(import.skippedWithoutPrices)
        << '\n';
    return ExitOk;
}

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

/// One model's fit as a row of the human-readable table ("-" where unknown).
QStringList fitRow(const LatencyFit &fit)
{
    const QString none = u"-"_s;
    const bool fitted = fit.n > 0;
    const bool usable = fit.usable();
    return {QString::fromStdString(fit.model),
            QString::number(fit.n),
            QString::number(fit.errorsSkipped),
            fitted ? number(fit.ttftS, 3) : none,
            fitted ? QString::number(fit.ttftSPerInputToken, 'g', 3) : none,
            fit.outputTokensPerS ? number(*fit.outputTokensPerS, 1) : none,
            fit.outputTokensPerSSlowest ? number(*fit.outputTokensPerSSlowest, 1) : none,
            usable ? number(fit.fit.absErrorP50S, 3) : none,
            usable ? number(fit.fit.absErrorP90S, 3) : none,
            usable ? number(fit.fit.mape * 100, 1) + u" %"_s : none};
}

void printTable(QTextStream &out, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QStringList &row : rows) {
        for (int c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths << 0;
            widths[c] = std::max(widths[c], static_cast<int>(row[c].size()));
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (int c = 0; c < row.size(); ++c) {
            // The model's name is left-aligned, the figures right-aligned.
            line += c == 0 ? row[c].leftJustified(widths[c]) : u"  "_s + row[c].rightJustified(widths[c]);
        }
        out << line << '\n';
    }
}

int calibrateLogs(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const auto options = parseOptions(args, {u"--holdout"_s, u"--json"_s}, err);
    if (!options)
        return ExitUsage;
    if (options->positional.isEmpty()) {
        err << CommandLineText::tr("fulcrum: calibrate needs at least one latency log (see fulcrum --help)") << '\n';
        return ExitUsage;
    }
    std::vector<LatencyLog> logs;
    bool failed = false;
    for (const QString &path : options->positional) {
        LatencyLogLoad load = loadLatencyLogFile(path);
        if (!load.log) {
            printErrors(err, path, load.errors);
            failed = true;
            continue;
        }
        // The same file named twice would count its runs twice.
        if (std::any_of(logs.begin(), logs.end(), [&](const LatencyLog &l) { return l.path == load.log->path; })) {
            err << CommandLineText::tr("fulcrum: %1: named more than once; its runs are counted once").arg(path) << '\n';
            continue;
        }
        logs.push_back(std::move(*load.log));
    }
    if (failed)
        return ExitInvalidInput;

    const Calibration calibration = calibrate(logs, {.holdoutFraction = options->holdout});
    const bool anyUsable = std::any_of(calibration.fits.begin(), calibration.fits.end(),
                                       [](const LatencyFit &f) { return f.usable(); });
    if (options->json) {
        out << QString::fromStdString(jsonText(calibrationToJson(calibration, logs), 2)) << '\n';
    } else {
        QList<QStringList> rows = {{u"model"_s, u"n"_s, u"errors_skipped"_s, u"ttft_s"_s, u"ttft_s_per_input_token"_s,
                                    u"output_tokens_per_s"_s, u"output_tokens_per_s_slowest"_s, u"e2e_p50_s"_s,
                                    u"e2e_p90_s"_s, u"mape"_s}};
        for (const LatencyFit &fit : calibration.fits)
            rows << fitRow(fit);
        printTable(out, rows);
        for (const LatencyFit &fit : calibration.fits) {
            if (!fit.holdout)
                continue;
            out << CommandLineText::tr("%1 on %2 held-out runs: mape %3 %, e2e_p50_s %4, e2e_p90_s %5")
                       .arg(QString::fromStdString(fit.model))
                       .arg(fit.holdout->n)
                       .arg(number(fit.holdout->mape * 100, 1), number(fit.holdout->absErrorP50S, 3),
                            number(fit.holdout->absErrorP90S, 3))
                << '\n';
        }
        out << CommandLineText::tr("e2e_p50_s and e2e_p90_s: the median and 90th percentile of |predicted − measured| end-to-end "
                  "latency; mape: the median absolute percentage error.")
            << '\n';
        for (const LatencyLog &log : logs) {
            out << CommandLineText::tr("%1: %2, %3 runs, %4 failed and skipped, run %5")
                       .arg(QString::fromStdString(log.fileName),
                            QString::fromLatin1(latencyLogFormatKey(log.format).data(),
                                                static_cast<qsizetype>(latencyLogFormatKey(log.format).size())))
                       .arg(log.runs.size())
                       .arg(log.failedRuns())
                       .arg(log.runDate.empty() ? CommandLineText::tr("on an unknown date") : QString::fromStdString(log.runDate))
                << '\n';
        }
        for (const Diagnostic &d : calibration.warnings)
            out << CommandLineText::tr("note: %1").arg(diagnosticLine(d)) << '\n';
    }
    if (!anyUsable) {
        err << CommandLineText::tr("fulcrum: no model in the logs has runs to fit") << '\n';
        return ExitInvalidInput;
    }
    return ExitOk;
}

} // namespace

QString usageText()
{
    return CommandLineText::tr("Usage:\n"
              "  fulcrum [FILE]                          open the workbench on FILE (the bundled example without FILE)\n"
              "  fulcrum compute FILE [--catalog C] [--top N] [--compact] [--samples N] [--seed S]\n"
              "                                          print every figure of the scenario as JSON; --samples\n"
              "                                          and --seed add an \"uncertainty\" block: a Monte Carlo\n"
              "                                          over the scenario's ranges (N from 1 to 1000000, default\n"
              "                                          20000; S a 64-bit seed, default 1: same S, same figures)\n"
              "  fulcrum summary FILE [--catalog C]      print the headline figures in a few sentences\n"
              "  fulcrum report FILE -o OUT.pdf [--page-size A4|Letter] [--catalog C] [--samples N] [--seed S]\n"
              "                                          write the PDF business-case report (no display needed);\n"
              "                                          its uncertainty section samples N times with seed S\n"
              "                                          (as compute: default 20000 and 1)\n"
              "  fulcrum export FILE [--catalog C] [--results OUT.json]\n"
              "                 [--alternatives OUT.csv] [--projection OUT.csv]\n"
              "                                          write the results as compute prints them, the ranked\n"
              "                                          alternatives and the monthly projection (- is stdout)\n"
              "  fulcrum import-litellm FILE [-o OUT] [--as-of YYYY-MM-DD]\n"
              "                                          turn a LiteLLM price file into a Fulcrum catalog\n"
              "  fulcrum calibrate LOG... [--holdout F] [--json]\n"
              "                                          fit the latency model to measured runs (llmperf, vLLM or CSV)\n"
              "  fulcrum --version | --help\n"
              "\n"
              "--lang ru|zh_CN|en, with any command, writes its messages and the report in that language\n"
              "(English by default); the JSON and CSV output stay as they are.\n"
              "--catalog takes a Fulcrum catalog or a LiteLLM price file (its prices replace the built-in ones).\n"
              "Exit codes: 0 success, 1 invalid or unreadable input (the field is named on stderr), 2 bad usage.\n");
}

namespace {

/// The shipped language a --lang value names ("zh-CN" and "zh" name zh_CN).
std::optional<QString> languageCode(const QString &text)
{
    const QString normal = QString(text).replace(u'-', u'_');
    for (const QString &code : Language::codes())
        if (normal.compare(code, Qt::CaseInsensitive) == 0)
            return code;
    if (normal.compare(u"zh"_s, Qt::CaseInsensitive) == 0)
        return u"zh_CN"_s;
    return std::nullopt;
}

} // namespace

CommandLineOutcome runCommandLine(const QStringList &commandLine, QTextStream &out, QTextStream &err)
{
    CommandLineOutcome outcome;
    // English by default, with numbers to match whatever the system locale (DESIGN.md).
    QLocale::setDefault(Language::numberLocale(Language::current(), QLocale::c()));
    // --lang applies to every command: take it out before the command's own options.
    QStringList arguments;
    for (int i = 0; i < commandLine.size(); ++i) {
        if (commandLine[i] != u"--lang"_s) {
            arguments << commandLine[i];
            continue;
        }
        outcome.handled = true;
        const std::optional<QString> code = i + 1 < commandLine.size() ? languageCode(commandLine[i + 1]) : std::nullopt;
        if (!code) {
            err << CommandLineText::tr("fulcrum: --lang takes ru, zh_CN or en, got %1")
                       .arg(i + 1 < commandLine.size() ? commandLine[i + 1] : QString())
                << '\n';
            outcome.exitCode = ExitUsage;
            return outcome;
        }
        Language::apply(*code);
        QLocale::setDefault(Language::numberLocale(*code, QLocale::c()));
        ++i;
    }
    if (arguments.isEmpty()) {
        if (outcome.handled) {
            err << usageText();
            outcome.exitCode = ExitUsage;
        }
        return outcome;
    }
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
    } else if (first == u"report"_s) {
        outcome.exitCode = report(rest, err);
    } else if (first == u"import-litellm"_s) {
        outcome.exitCode = importLiteLlmFile(rest, out, err);
    } else if (first == u"calibrate"_s) {
        outcome.exitCode = calibrateLogs(rest, out, err);
    } else if (first.startsWith(u'-') || arguments.size() > 1) {
        err << CommandLineText::tr("fulcrum: unknown command or option %1").arg(first) << '\n' << usageText();
        outcome.exitCode = ExitUsage;
    } else {
        outcome.handled = false;
        outcome.fileToOpen = first;
    }
    return outcome;
}

} // namespace fulcrum
