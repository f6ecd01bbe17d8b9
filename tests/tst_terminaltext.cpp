#include "models/core/TerminalText.h"

#include <QTest>

// What the command line prints for people: control characters shown, never obeyed.
class TestTerminalText : public QObject
{
    Q_OBJECT

private slots:
    void escapesControlCharacters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("clear screen") << QStringLiteral("Deploy \x1b[2J\x1b[H done")
                                      << QStringLiteral("Deploy \\x1b[2J\\x1b[H done");
        QTest::newRow("OSC title") << QStringLiteral("a\x1b]0;owned\x07z") << QStringLiteral("a\\x1b]0;owned\\x07z");
        QTest::newRow("carriage return hides the start")
            << QStringLiteral("rm -rf /\rok") << QStringLiteral("rm -rf /\\x0dok");
        QTest::newRow("NUL and DEL") << QString::fromUtf16(u"a\u0000b\u007fc", 5) << QStringLiteral("a\\x00b\\x7fc");
        QTest::newRow("C1 CSI") << QString::fromUtf16(u"x\u009b2Jy") << QStringLiteral("x\\u009b2Jy");
        QTest::newRow("C1 NEL") << QString::fromUtf16(u"\u0085") << QStringLiteral("\\u0085");
        QTest::newRow("tab and line feed are layout") << QStringLiteral("a\tb\nc") << QStringLiteral("a\tb\nc");
        QTest::newRow("words of every script") << QString::fromUtf16(u"Größe ✓ – Übergabe 完了 \u00a0")
                                               << QString::fromUtf16(u"Größe ✓ – Übergabe 完了 \u00a0");
        QTest::newRow("empty") << QString() << QString();
    }

    void escapesControlCharacters()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(escapeControlCharacters(text), shown);
    }
};

QTEST_APPLESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
