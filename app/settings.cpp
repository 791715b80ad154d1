#include "app/settings.h"

#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace fulcrum::Settings {

namespace {

const QString GeometryKey = u"Window/Geometry"_s;
const QString StateKey = u"Window/State"_s;
const QString SplitterKey = u"Window/Splitter"_s;
const QString RecentKey = u"Files/Recent"_s;
const QString LastDirectoryKey = u"Files/LastDirectory"_s;
const QString AppearanceKey = u"View/Appearance"_s;
const QString LanguageKey = u"View/Language"_s;
const QString ReportPageSizeKey = u"Report/PageSize"_s;

} // namespace

QByteArray windowGeometry()
{
    return QSettings().value(GeometryKey).toByteArray();
}

void setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(GeometryKey, geometry);
}

QByteArray windowState()
{
    return QSettings().value(StateKey).toByteArray();
}

void setWindowState(const QByteArray &state)
{
    QSettings().setValue(StateKey, state);
}

QByteArray splitterState()
{
    return QSettings().value(SplitterKey).toByteArray();
}

void setSplitterState(const QByteArray &state)
{
    QSettings().setValue(SplitterKey, state);
}

QStringList recentFiles()
{
    return QSettings().value(RecentKey).toStringList();
}

void addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(RecentKey, files);
}

void removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    QSettings().setValue(RecentKey, files);
}

QString lastDirectory()
{
    return QSettings().value(LastDirectoryKey).toString();
}

void setLastDirectory(const QString &directory)
{
    QSettings().setValue(LastDirectoryKey, directory);
}

QString reportPageSize()
{
    const QString fallback = QLocale().measurementSystem() == QLocale::ImperialUSSystem ? u"Letter"_s : u"A4"_s;
    const QString size = QSettings().value(ReportPageSizeKey, fallback).toString();
    return size == u"Letter"_s ? size : u"A4"_s;
}

void setReportPageSize(const QString &pageSize)
{
    QSettings().setValue(ReportPageSizeKey, pageSize);
}

QString language()
{
    return QSettings().value(LanguageKey).toString();
}

void setLanguage(const QString &code)
{
    QSettings().setValue(LanguageKey, code);
}

QString appearance()
{
    return QSettings().value(AppearanceKey, u"system"_s).toString();
}

void setAppearance(const QString &appearance)
{
    QSettings().setValue(AppearanceKey, appearance);
}

} // namespace fulcrum::Settings
