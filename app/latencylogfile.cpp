#include "app/latencylogfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "app/catalogstore.h"

namespace fulcrum {

LatencyLogLoad loadLatencyLogFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, {{"", "unreadable", {{"detail", file.errorString().toStdString()}}}}};
    const QByteArray bytes = file.readAll();
    const QFileInfo info(path);
    LatencyLogLoad load = importLatencyLog(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                                           info.fileName().toStdString());
    if (load.log)
        load.log->path = info.canonicalFilePath().toStdString();
    if (!load.log || !load.log->runDate.empty())
        return load;
    if (load.log->format == LatencyLogFormat::Llmperf) {
        const std::string summaryName = llmperfSummaryName(info.fileName().toStdString());
        QFile summary(info.dir().filePath(QString::fromStdString(summaryName)));
        if (!summaryName.empty() && summary.open(QIODevice::ReadOnly)) {
            const QByteArray text = summary.readAll();
            load.log->runDate = llmperfSummaryDate(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
        }
    }
    if (load.log->runDate.empty())
        load.log->runDate = CatalogStore::dateOf(path).toStdString();
    return load;
}

} // namespace fulcrum
