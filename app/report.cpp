#include "app/report.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include "app/reportcontent.h"
#include "app/reportlayout.h"
#include "widgets/chartview.h"
#include "widgets/displayformat.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

/// The translation context of this file's text (lupdate reads `ReportText::tr`).
struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

Report::Report(const Scenario &scenario, const Results &results, const Catalog &catalog,
               ReportOptions options)
    : m_scenario { scenario }
    , m_results { results }
    , m_catalog { catalog }
    , m_options { std::move(options) }
{
}

int Report::write(QIODevice *device) const
{
    QPdfWriter writer(device);
    writer.setResolution(96); // widget sizes map 1:1 onto the page (QT-ON-DEBIAN.md)
    writer.setPageLayout(
        QPageLayout(QPageSize(m_options.pageSize), QPageLayout::Portrait, QMarginsF()));
    const QString title = m_scenario.title.empty() ? ReportText::tr("Untitled scenario") : qs(m_scenario.title);
    writer.setTitle(title);
    writer.setCreator(u"Fulcrum "_s + QStringLiteral(FULCRUM_VERSION));

    ReportLayout layout(&writer);
    layout.setRunningHeader(title,
                            ReportText::tr("Fulcrum business case · %1")
                                .arg(DisplayFormat::date(m_options.date)));
    layout.setFooter(ReportText::tr("Prices as of %1 · Fulcrum %2")
                         .arg(DisplayFormat::date(m_results.catalogAsOf), QStringLiteral(FULCRUM_VERSION)));
    layout.setPageNumberFormat(ReportText::tr("Page %1 of %2"));
    const auto charts = addReportContent(layout, m_scenario, m_results, m_catalog, m_options);

    QPainter painter(&writer);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const int pages = layout.paint(&painter);
    painter.end();
    return pages;
}

QString Report::writeFile(const QString &path) const
{
    if (!m_results.valid())
        return ReportText::tr("the scenario has errors; fix them before writing a report");
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return ReportText::tr("the report needs a QApplication (it draws the workbench's charts)");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    write(&file);
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace fulcrum
