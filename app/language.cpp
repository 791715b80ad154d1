#include "app/language.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace fulcrum::Language {

namespace {

struct Installed
{
    QString code = u"en"_s;
    std::unique_ptr<QTranslator> fulcrum;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

std::unique_ptr<QTranslator> load(const QString &file, const QString &directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(file, directory))
        return nullptr;
    return translator;
}

} // namespace

QStringList codes()
{
    return {u"en"_s, u"ru"_s, u"zh_CN"_s};
}

QString nativeName(const QString &code)
{
    if (code == u"ru"_s)
        return u"Русский"_s;
    if (code == u"zh_CN"_s)
        return u"简体中文"_s;
    return u"English"_s;
}

QString forLocale(const QLocale &locale)
{
    if (locale.language() == QLocale::Russian)
        return u"ru"_s;
    if (locale.language() == QLocale::Chinese && locale.script() != QLocale::TraditionalChineseScript)
        return u"zh_CN"_s;
    return u"en"_s;
}

QLocale numberLocale(const QString &code, const QLocale &system)
{
    if (forLocale(system) == code && system.language() != QLocale::C)
        return system;
    if (code == u"ru"_s)
        return QLocale(QLocale::Russian, QLocale::Russia);
    if (code == u"zh_CN"_s)
        return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

bool apply(const QString &code)
{
    if (!codes().contains(code))
        return false;
    Installed &state = installed();
    std::unique_ptr<QTranslator> ours;
    std::unique_ptr<QTranslator> qt;
    if (code != u"en"_s) {
        ours = load(u"fulcrum_"_s + code, u":/i18n"_s);
        if (!ours)
            return false; // not built in: keep the language there is
        qt = load(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    // The default locale first, then tell the widgets: those that exist keep the locale they
    // were made with until a LocaleChange reaches them, and new ones inherit their parent's.
    QLocale::setDefault(numberLocale(code));
    if (QCoreApplication *application = QCoreApplication::instance()) {
        QEvent changed(QEvent::LocaleChange);
        QCoreApplication::sendEvent(application, &changed);
    }
    if (state.fulcrum)
        QCoreApplication::removeTranslator(state.fulcrum.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.fulcrum = std::move(ours);
    state.qt = std::move(qt);
    if (state.qt)
        QCoreApplication::installTranslator(state.qt.get());
    if (state.fulcrum)
        QCoreApplication::installTranslator(state.fulcrum.get());
    // Installing or removing a translator sends the LanguageChange event the window
    // rebuilds its text on.
    state.code = code;
    return true;
}

QString current()
{
    return installed().code;
}

} // namespace fulcrum::Language
