#include "TemplateFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace {

int lineOf(const QByteArray &bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

// The first line whose bytes are not valid UTF-8, or 0.
int firstInvalidUtf8Line(const QByteArray &bytes)
{
    int line = 1;
    for (const QByteArray &l : bytes.split('\n')) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString ignored = decoder(l);
        Q_UNUSED(ignored);
        if (decoder.hasError())
            return line;
        ++line;
    }
    return 0;
}

} // namespace

bool TemplateFile::load(const QString &path, TemplateFile *out, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = QStringLiteral("%1: no such file.").arg(path);
        return false;
    }
    if (info.isDir()) {
        *error = QStringLiteral("%1 is a folder, not a Markdown checklist.").arg(path);
        return false;
    }
    if (info.size() > kMaxBytes) {
        *error = QStringLiteral("%1 is %2 MB; a checklist template may be at most 10 MB. Nothing was imported.")
                     .arg(path)
                     .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1 cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.read(kMaxBytes + 1);
    return fromMarkdown(path, bytes, out, error);
}

bool TemplateFile::fromMarkdown(const QString &name, const QByteArray &bytes, TemplateFile *out, QString *error)
{
    if (bytes.size() > kMaxBytes) {
        *error = QStringLiteral("%1 is larger than 10 MB; a checklist template may be at most 10 MB. "
                                "Nothing was imported.")
                     .arg(name);
        return false;
    }
    if (bytes.trimmed().isEmpty()) {
        *error = QStringLiteral("%1 is empty: there is no checklist to import. Nothing was imported.").arg(name);
        return false;
    }
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        *error = QStringLiteral("%1 is not a text file (binary data on line %2). Nothing was imported.")
                     .arg(name)
                     .arg(lineOf(bytes, nul));
        return false;
    }
    if (const int bad = firstInvalidUtf8Line(bytes); bad > 0) {
        *error = QStringLiteral("%1 is not valid UTF-8 text (line %2). Save it as UTF-8 and import it again. "
                                "Nothing was imported.")
                     .arg(name)
                     .arg(bad);
        return false;
    }
    TemplateFile t;
    t.name = QFileInfo(name).fileName();
    t.markdown = QString::fromUtf8(bytes);
    // The hash of the text the store keeps (a byte order mark is not part of it), so that
    // verify can hash the stored text again.
    t.sha256 = QString::fromLatin1(QCryptographicHash::hash(t.markdown.toUtf8(), QCryptographicHash::Sha256).toHex());
    t.document = MarkdownChecklistReader::read(t.markdown, &t.stats);
    if (t.stats.taskMarkers == 0) {
        *error = QStringLiteral("%1 holds no task items (lines such as \"- [ ] Backup verified\"), so it is not "
                                "a checklist. Nothing was imported.")
                     .arg(name);
        return false;
    }
    *out = std::move(t);
    return true;
}
