#include "models/checklist/TemplateFile.h"
#include "models/checklist/ChecklistLimits.h"
#include "models/record/SqliteFile.h"

#include <QCoreApplication>
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

Result<TemplateFile> TemplateFile::load(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("TemplateFile", "%1: no such file.").arg(path));
    }
    if (info.isDir()) {
        return Error::make(
            Error::Code::Invalid,
            QCoreApplication::translate("TemplateFile", "%1 is a folder, not a Markdown checklist.").arg(path));
    }
    if (info.size() > kMaxBytes) {
        return Error::make(
            Error::Code::Invalid,
            QCoreApplication::translate("TemplateFile",
                                        "%1 is %2 MB; a checklist template may be at most 10 MB. Nothing was imported.")
                .arg(path)
                .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1));
    }
    if (Error database =
            SqliteFile::refuseDatabase(path, QCoreApplication::translate("TemplateFile", "Markdown checklist"));
        database.isError())
        return database;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(
            Error::Code::Io,
            QCoreApplication::translate("TemplateFile", "%1 cannot be read: %2").arg(path, file.errorString()));
    }
    const QByteArray bytes = file.read(kMaxBytes + 1);
    return fromMarkdown(path, bytes);
}

Result<TemplateFile> TemplateFile::fromMarkdown(const QString &name, const QByteArray &bytes)
{
    if (bytes.size() > kMaxBytes) {
        return Error::make(
            Error::Code::Invalid,
            QCoreApplication::translate("TemplateFile",
                                        "%1 is larger than 10 MB; a checklist template may be at most 10 MB. "
                                        "Nothing was imported.")
                .arg(name));
    }
    if (bytes.trimmed().isEmpty()) {
        return Error::make(Error::Code::Invalid,
                           QCoreApplication::translate(
                               "TemplateFile", "%1 is empty: there is no checklist to import. Nothing was imported.")
                               .arg(name));
    }
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        return Error::make(Error::Code::Invalid,
                           QCoreApplication::translate(
                               "TemplateFile", "%1 is not a text file (binary data on line %2). Nothing was imported.")
                               .arg(name)
                               .arg(lineOf(bytes, nul)));
    }
    if (const int bad = firstInvalidUtf8Line(bytes); bad > 0) {
        return Error::make(
            Error::Code::Invalid,
            QCoreApplication::translate("TemplateFile",
                                        "%1 is not valid UTF-8 text (line %2). Save it as UTF-8 and import it again. "
                                        "Nothing was imported.")
                .arg(name)
                .arg(bad));
    }
    if (Error tooLarge = ChecklistLimits::check(name, bytes); tooLarge.isError())
        return tooLarge;
    TemplateFile t;
    t.name = QFileInfo(name).fileName();
    t.markdown = QString::fromUtf8(bytes);
    // The hash of the text the store keeps (a byte order mark is not part of it), so that
    // verify can hash the stored text again.
    t.sha256 = QString::fromLatin1(QCryptographicHash::hash(t.markdown.toUtf8(), QCryptographicHash::Sha256).toHex());
    t.document = MarkdownChecklistReader::read(t.markdown, &t.stats);
    if (t.stats.taskMarkers == 0) {
        return Error::make(Error::Code::Invalid,
                           QCoreApplication::translate(
                               "TemplateFile",
                               "%1 holds no task items (lines such as \"- [ ] Backup verified\"), so it is not "
                               "a checklist. Nothing was imported.")
                               .arg(name));
    }
    return t;
}
