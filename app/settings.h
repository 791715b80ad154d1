#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace fulcrum {

/// The only code that touches QSettings: window state, recent files, appearance. Never
/// scenario data.
namespace Settings {

QByteArray windowGeometry();
void setWindowGeometry(const QByteArray &geometry);
QByteArray windowState();
void setWindowState(const QByteArray &state);
QByteArray splitterState();
void setSplitterState(const QByteArray &state);

QStringList recentFiles();
/// Puts path first in the recent files (at most MaxRecentFiles).
void addRecentFile(const QString &path);
void removeRecentFile(const QString &path);
inline constexpr int MaxRecentFiles = 8;

QString lastDirectory();
void setLastDirectory(const QString &directory);

/// The report's paper: "A4" or "Letter"; by default Letter where the locale measures in
/// US units, else A4.
QString reportPageSize();
void setReportPageSize(const QString &pageSize);

/// The language chosen under View ▸ Language ("en", "ru", "zh_CN"); "" until one is
/// chosen, when the system locale decides.
QString language();
void setLanguage(const QString &code);

/// "system", "light" or "dark".
QString appearance();
void setAppearance(const QString &appearance);

} // namespace Settings

} // namespace fulcrum
