#include "models/checklist/MarkdownPieces.h"

#include <QGuiApplication>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>

namespace markdownlayout {

bool isBold(const CharFormat &f)
{
    return f.fontWeight() >= QFont::Bold;
}

bool isMono(const CharFormat &f)
{
    return f.fontFixedPitch() || f.hasProperty(QTextFormat::FontFixedPitch);
}

void setMonoFont(CharFormat *f)
{
    static const QFont mono = [] {
        QFont font;
        font.setFamilies({QStringLiteral("monospace")});
        font.setPointSize(9);
        return font;
    }();
    f->setFont(mono);
}

std::vector<HtmlRun> readHtml(const QString &html)
{
    std::vector<HtmlRun> runs;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        // Qt's HTML reader needs fonts: without a GUI application the HTML is taken as it is.
        runs.push_back(HtmlRun{false, html, CharFormat()});
        return runs;
    }
    const QTextDocumentFragment fragment = QTextDocumentFragment::fromHtml(html);
    if (fragment.isEmpty())
        return runs;
    QTextDocument document;
    QTextCursor(&document).insertFragment(fragment);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block != document.begin())
            runs.push_back(HtmlRun{true, QString(), CharFormat()});
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            CharFormat f = it.fragment().charFormat();
            f.clearProperty(QTextFormat::ObjectIndex);
            runs.push_back(HtmlRun{false, it.fragment().text(), f});
        }
    }
    return runs;
}

bool isBlockBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar::ParagraphSeparator || c.unicode() == 0xFDD0
        || c.unicode() == 0xFDD1; // QTextBeginningOfFrame, QTextEndOfFrame
}

qsizetype indexOfOpeningTag(const QString &s, qsizetype from)
{
    for (qsizetype i = from; i + 1 < s.size(); ++i) {
        const char16_t c = s.at(i + 1).unicode();
        if (s.at(i) == QLatin1Char('<') && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            return i;
    }
    return -1;
}

qsizetype indexOfClosingTag(const QString &s, qsizetype from)
{
    for (qsizetype i = from; i + 1 < s.size(); ++i) {
        if ((s.at(i) == QLatin1Char('/') && s.at(i + 1) == QLatin1Char('>'))
            || (s.at(i) == QLatin1Char('<') && s.at(i + 1) == QLatin1Char('/')))
            return i;
    }
    return -1;
}

} // namespace markdownlayout
