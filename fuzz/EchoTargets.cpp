// Echoed secrets: a known secret (from the input) written into a text in random encodings, the way a
// hostile or careless server repeats what it was sent, with the input's other bytes as the text
// around it; then masked by SecretMask. Any of the encodings made here, by hand and not by the masker,
// left in the masked text is a finding.
#include "fuzz/FuzzSupport.h"
#include "fuzz/FuzzTargets.h"
#include "models/secrets/SecretMask.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <cstdio>
#include <cstdlib>

namespace {

// The base64 letters of secret alone inside a longer base64 text, after `before` bytes of it.
QString base64After(int before, const QByteArray &secret, QByteArray::Base64Options options)
{
    const QByteArray all = QByteArray(QByteArray(before, 'u') + secret + QByteArrayLiteral("!!")).toBase64(options);
    const int first = (before * 8 + 5) / 6;
    const int end = int(before + secret.size()) * 8 / 6;
    return QString::fromLatin1(all.mid(first, end - first));
}

QString lowerHex(QString percent)
{
    for (int i = percent.indexOf(QLatin1Char('%')); i >= 0 && i + 2 < percent.size();
         i = percent.indexOf(QLatin1Char('%'), i + 1))
        percent.replace(i + 1, 2, percent.mid(i + 1, 2).toLower());
    return percent;
}

// Every encoding the harness writes, by number.
QStringList encodingsOf(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QString percent = QString::fromLatin1(QUrl::toPercentEncoding(secret));
    QUrl path(QStringLiteral("http://h"));
    path.setPath(QLatin1Char('/') + secret);
    QUrl query(QStringLiteral("http://h"));
    query.setQuery(QStringLiteral("k=") + secret);
    const QString json =
        QString::fromUtf8(QJsonDocument(QJsonArray{secret}).toJson(QJsonDocument::Compact)).mid(2).chopped(2);
    QString php = QString(json).replace(QLatin1Char('/'), QStringLiteral("\\/"));
    for (int i = php.size() - 1; i >= 0; --i) {
        if (php.at(i).unicode() > 0x7e)
            php.replace(i, 1, QStringLiteral("\\u%1").arg(php.at(i).unicode(), 4, 16, QLatin1Char('0')));
    }
    const QString html = secret.toHtmlEscaped();
    QStringList e = {
        secret,
        percent,
        lowerHex(percent),
        QString(percent).replace(QStringLiteral("%20"), QStringLiteral("+")),
        QUrl::fromPercentEncoding(utf8),
        path.toString().mid(9),
        query.toString().section(QStringLiteral("?k="), 1),
        json,
        php,
        html,
        QString(html).replace(QLatin1Char('\''), QStringLiteral("&#39;")),
        QString(html).replace(QLatin1Char('\''), QStringLiteral("&#x27;")),
    };
    for (const auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        e << QString::fromLatin1(utf8.toBase64(options))
          << QString::fromLatin1(utf8.toBase64(options | QByteArray::OmitTrailingEquals));
        for (int before = 0; before < 3; ++before)
            e << base64After(before, utf8, options);
    }
    return e;
}

} // namespace

// Input: one byte for the secret's length (7 to 38 bytes of UTF-8), the secret, then the text: each
// byte below 0x20 writes the secret in encoding (byte mod count), any other byte stands for itself.
int fuzzEchoes(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const size_t length = 7 + data[0] % 32;
    if (size < 1 + length)
        return 0;
    const QString secret = textOf(data + 1, length);
    if (secret.toUtf8().size() < 7 || secret.contains(QChar(0x2022)))
        return 0; // a short secret's base64 parts are too short to mask; a • cannot be told from the mask
    const QStringList encodings = encodingsOf(secret);
    QString text;
    for (size_t i = 1 + length; i < size; ++i) {
        if (data[i] < 0x20)
            text += encodings.at(int(data[i] % encodings.size()));
        else
            text += QChar(char16_t(data[i]));
    }
    const QString masked = SecretMask({secret}).apply(text);
    for (int i = 0; i < encodings.size(); ++i) {
        if (masked.contains(encodings.at(i), Qt::CaseInsensitive)) {
            fprintf(stderr, "encoding %d of the secret (%s) survived: %s\n", i, qPrintable(encodings.at(i)),
                    qPrintable(masked));
            abort();
        }
    }
    return 0;
}
