#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "app/language.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

/// One entry of a .ts file.
struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; ///< the translation's type attribute: "", "unfinished", "obsolete", "vanished"
    QStringList translations; ///< one, or the numerus forms
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message"_s)
            messages << message;
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name"_s) {
            context = xml.readElementText();
        } else if (name == u"message"_s) {
            message = Message {context, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes"_s, {}, {}};
        } else if (name == u"source"_s) {
            message.source = xml.readElementText();
        } else if (name == u"comment"_s) {
            message.comment = xml.readElementText();
        } else if (name == u"translation"_s) {
            message.type = xml.attributes().value(u"type"_s).toString();
            if (!message.numerus)
                message.translations << xml.readElementText();
        } else if (name == u"numerusform"_s) {
            message.translations << xml.readElementText();
        }
    }
    return messages;
}

QString key(const Message &m)
{
    return m.context + u'\x1f' + m.source + u'\x1f' + m.comment;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression placeholder(u"%(n|L?\\d+)"_s);
    QSet<QString> found;
    for (const QRegularExpressionMatch &m : placeholder.globalMatch(text))
        found << m.captured();
    return found;
}

const QString SourceDir = QStringLiteral(FULCRUM_SOURCE_DIR);

} // namespace

/// The shipped translations are complete and current, and load.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyEntryIsFinished_data();
    void everyEntryIsFinished();
    void lupdateFindsNothingNew_data();
    void lupdateFindsNothingNew();
    void noUnwrappedTextInTheSources();
    void languagesLoadAndFollowTheLocale();
};

void TestTranslations::everyEntryIsFinished_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("numerusForms");
    QTest::newRow("ru") << u"fulcrum_ru.ts"_s << 3;
    QTest::newRow("zh_CN") << u"fulcrum_zh_CN.ts"_s << 1;
}

void TestTranslations::everyEntryIsFinished()
{
    QFETCH(QString, file);
    QFETCH(int, numerusForms);
    const QList<Message> messages = readTs(SourceDir + u"/translations/"_s + file);
    QVERIFY(messages.size() > 500);
    for (const Message &m : messages) {
        const QString where = m.context + u": "_s + m.source;
        QVERIFY2(m.type.isEmpty(), qPrintable(m.type + u" entry in "_s + file + u": "_s + where));
        QCOMPARE(m.translations.size(), m.numerus ? numerusForms : 1);
        for (const QString &translation : m.translations) {
            QVERIFY2(!translation.trimmed().isEmpty(), qPrintable(u"empty translation: "_s + where));
            QVERIFY2(placeholders(translation) == placeholders(m.source),
                     qPrintable(u"placeholders differ: "_s + where + u" → "_s + translation));
        }
    }
}

void TestTranslations::lupdateFindsNothingNew_data()
{
    everyEntryIsFinished_data();
}

void TestTranslations::lupdateFindsNothingNew()
{
    // lupdate over the sources, as scripts/update-translations runs it, into a copy: the copy
    // must hold exactly the messages of the shipped file (nothing new, nothing dropped).
    QFETCH(QString, file);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString shipped = SourceDir + u"/translations/"_s + file;
    const QString copy = dir.filePath(file);
    QVERIFY(QFile::copy(shipped, copy));
    QProcess lupdate;
    lupdate.setWorkingDirectory(SourceDir);
    lupdate.start(QStringLiteral(FULCRUM_LUPDATE),
                  {u"-silent"_s, u"-I"_s, u"."_s, u"-locations"_s, u"none"_s, u"-no-obsolete"_s, u"app"_s,
                   u"widgets"_s, u"models"_s, u"-ts"_s, copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    const QByteArray warnings = lupdate.readAllStandardError();
    QVERIFY2(!warnings.contains("lacks Q_OBJECT") && !warnings.contains("Cannot invoke tr()"), warnings.constData());

    QSet<QString> before;
    for (const Message &m : readTs(shipped))
        before << key(m);
    QStringList added;
    QSet<QString> after;
    for (const Message &m : readTs(copy)) {
        after << key(m);
        if (!before.contains(key(m)))
            added << m.context + u": "_s + m.source;
    }
    QVERIFY2(added.isEmpty(), qPrintable(u"not in "_s + file + u" (run scripts/update-translations): "_s
                                         + added.mid(0, 10).join(u" | "_s)));
    QCOMPARE(after.size(), before.size());
}

void TestTranslations::noUnwrappedTextInTheSources()
{
    // lupdate cannot see text that is not wrapped in tr(): look for string literals handed
    // straight to the setters that show text to people.
    static const QRegularExpression unwrapped(
        u"(setText|setToolTip|setWindowTitle|setTitle|setPlaceholderText|setStatusTip|setWhatsThis|showMessage|"
        "setSuffix|setPrefix|setLabel|setName|addItem|addTab|addMenu|setHeaderLabels|QMessageBox::\\w+\\(this,)\\s*\\(\\s*(u\"|\"|QStringLiteral)"_s);
    QStringList found;
    for (const QString &folder : {u"app"_s, u"widgets"_s}) {
        const QDir dir(SourceDir + u'/' + folder);
        for (const QString &name : dir.entryList({u"*.cpp"_s})) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            int line = 0;
            while (!file.atEnd()) {
                const QString text = QString::fromUtf8(file.readLine());
                ++line;
                const QRegularExpressionMatch m = unwrapped.match(text);
                if (!m.hasMatch())
                    continue;
                // A literal without words ("", "%1 (%2)", " · ") is not text to translate.
                const qsizetype start = text.indexOf(u'"', m.capturedStart(2)) + 1;
                QString literal = text.mid(start, text.indexOf(u'"', start) - start);
                literal.remove(QRegularExpression(u"%\\d+"_s));
                if (literal.contains(QRegularExpression(u"[A-Za-z]{2,}"_s)))
                    found << folder + u'/' + name + u':' + QString::number(line) + u": "_s + text.trimmed();
            }
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u"\n"_s)));
}

void TestTranslations::languagesLoadAndFollowTheLocale()
{
    QCOMPARE(Language::forLocale(QLocale(u"ru_RU"_s)), u"ru"_s);
    QCOMPARE(Language::forLocale(QLocale(u"zh_CN"_s)), u"zh_CN"_s);
    QCOMPARE(Language::forLocale(QLocale(u"zh_SG"_s)), u"zh_CN"_s);
    QCOMPARE(Language::forLocale(QLocale(u"zh_TW"_s)), u"en"_s);
    QCOMPARE(Language::forLocale(QLocale(u"de_DE"_s)), u"en"_s);
    QCOMPARE(Language::numberLocale(u"ru"_s, QLocale::c()).decimalPoint(), u","_s);
    QCOMPARE(Language::numberLocale(u"en"_s, QLocale(u"en_GB"_s)), QLocale(u"en_GB"_s));
    QCOMPARE(Language::numberLocale(u"en"_s, QLocale(u"ru_RU"_s)), QLocale(u"en_US"_s));

    QVERIFY(!Language::apply(u"fr"_s));
    QCOMPARE(Language::current(), u"en"_s);
    QVERIFY(Language::apply(u"ru"_s));
    const QString file = QCoreApplication::translate("fulcrum::MainWindow", "&File");
    QVERIFY2(file.contains(QRegularExpression(u"\\p{Cyrillic}"_s)), qPrintable(file));
    QCOMPARE(QLocale().decimalPoint(), u","_s);
    QVERIFY(Language::apply(u"zh_CN"_s));
    QVERIFY(QCoreApplication::translate("fulcrum::MainWindow", "&File").contains(QRegularExpression(u"\\p{Han}"_s)));
    QVERIFY(Language::apply(u"en"_s));
    QCOMPARE(QCoreApplication::translate("fulcrum::MainWindow", "&File"), u"&File"_s);
}

} // namespace fulcrum

QTEST_GUILESS_MAIN(fulcrum::TestTranslations)
#include "tst_translations.moc"
