#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace fulcrum {

/// The languages Fulcrum ships and switches between at run time (issue 5). A language is
/// named by its code: "en", "ru" or "zh_CN".
namespace Language {

/// The shipped languages, English first.
QStringList codes();

/// The language's name in itself ("Русский"), as the View ▸ Language menu shows it.
QString nativeName(const QString &code);

/// The shipped language closest to a locale: Russian for ru_*, Chinese (Simplified) for
/// zh_* unless written in traditional script, English otherwise.
QString forLocale(const QLocale &locale);

/// The locale whose numbers, money and dates go with the language: the system locale when it
/// is of that language (en_GB keeps its own dates), else the language's main country.
QLocale numberLocale(const QString &code, const QLocale &system = QLocale::system());

/// Installs the language's translations (Fulcrum's and Qt's own dialogs) on the running
/// application and makes its number locale the default. Widgets receive a LanguageChange
/// event. Returns false, leaving the current language, when code is not a shipped language.
bool apply(const QString &code);

/// The language last applied ("en" before any).
QString current();

} // namespace Language

} // namespace fulcrum
