#include "models/secrets/SecretMask.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <algorithm>

namespace {

constexpr int kShortestForm = 4;
constexpr int kShortestBase64Part = 8;

// The ways a URL, a form or an echoing server writes a value: QUrl keeps the sub-delimiters, ':'
// and '@' in a path or query, decodes what needs no encoding (%41 shows as A) and encodes the rest.
void addUrlForms(const QString &value, QStringList *forms)
{
    const QString percent = QString::fromLatin1(QUrl::toPercentEncoding(value));
    *forms << percent << QString(percent).replace(QStringLiteral("%20"), QStringLiteral("+"))
           << QString::fromLatin1(QUrl::toPercentEncoding(value, "!$&'()*+,;=:@/"))
           << QUrl::fromPercentEncoding(value.toUtf8());
    // As a component set on its own, and inside a whole address QUrl parsed (then "%41" next to a
    // character it must encode is itself encoded), each written out in every way QUrl writes one.
    const QString origin = QStringLiteral("http://h/");
    QList<QPair<QUrl, QString>> written; // the URL, what comes before the value when it is written
    for (const QUrl::ParsingMode mode : {QUrl::TolerantMode, QUrl::DecodedMode}) {
        QUrl path(origin);
        path.setPath(QLatin1Char('/') + value, mode);
        QUrl query(origin);
        query.setQuery(QStringLiteral("k=") + value, mode);
        written << qMakePair(path, origin) << qMakePair(query, origin + QStringLiteral("?k="));
    }
    written << qMakePair(QUrl(origin + value), origin)
            << qMakePair(QUrl(origin + QStringLiteral("?k=") + value), origin + QStringLiteral("?k="));
    for (const auto &[url, before] : std::as_const(written)) {
        for (const QUrl::FormattingOptions shown :
             {QUrl::FormattingOptions(QUrl::PrettyDecoded), QUrl::FormattingOptions(QUrl::FullyEncoded),
              QUrl::FormattingOptions(QUrl::EncodeSpaces)}) {
            const QString text = url.toString(shown);
            if (text.startsWith(before))
                *forms << text.mid(before.size());
        }
        *forms << url.path(QUrl::FullyDecoded).mid(1) << url.query(QUrl::FullyDecoded).mid(2);
    }
}

// The letters of value's base64 that stand for value's bytes alone when `offset` other bytes come
// before it in the same base64 text; at offset 0 also the complete encoding, padded and not.
void addBase64Forms(const QByteArray &value, QStringList *forms)
{
    for (const auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        *forms << QString::fromLatin1(value.toBase64(options))
               << QString::fromLatin1(value.toBase64(options | QByteArray::OmitTrailingEquals));
        for (int offset = 0; offset < 3; ++offset) {
            const QByteArray encoded = QByteArray(QByteArray(offset, 0) + value).toBase64(options);
            const int first = (offset * 8 + 5) / 6;             // the first letter of value's bits only
            const int end = int(offset + value.size()) * 8 / 6; // past the last one
            const QString part = QString::fromLatin1(encoded.mid(first, end - first));
            if (part.size() >= kShortestBase64Part)
                *forms << part;
        }
    }
}

// Inside a JSON string: as Qt writes it, and as PHP does by default (\/ and \uXXXX for non-ASCII).
void addJsonForms(const QString &value, QStringList *forms)
{
    const QString qt =
        QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(2).chopped(2);
    QString ascii;
    for (const QChar c : qt)
        ascii += c.unicode() > 0x7e ? QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')) : QString(c);
    for (const QString &json : {qt, ascii})
        *forms << json << QString(json).replace(QLatin1Char('/'), QStringLiteral("\\/"));
}

void addHtmlForms(const QString &value, QStringList *forms)
{
    const QString html = value.toHtmlEscaped();
    *forms << html;
    for (const QString &quote : {QStringLiteral("&#39;"), QStringLiteral("&#x27;"), QStringLiteral("&apos;")})
        *forms << QString(html).replace(QLatin1Char('\''), quote);
    *forms << QString(html).replace(QStringLiteral("&quot;"), QStringLiteral("&#34;"));
}

} // namespace

SecretMask::SecretMask(const QStringList &values)
{
    for (const QString &value : values)
        m_forms += formsOf(value);
    m_forms.removeDuplicates();
    // Longest first, so a secret that contains another is masked whole.
    std::stable_sort(m_forms.begin(), m_forms.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString SecretMask::placeholder()
{
    return QStringLiteral("••••");
}

QStringList SecretMask::formsOf(const QString &value)
{
    if (value.isEmpty())
        return {};
    QStringList forms;
    addUrlForms(value, &forms);
    addBase64Forms(value.toUtf8(), &forms);
    addJsonForms(value, &forms);
    addHtmlForms(value, &forms);
    forms.erase(std::remove_if(forms.begin(), forms.end(),
                               [&value](const QString &f) { return f.size() < kShortestForm || f == value; }),
                forms.end());
    forms.prepend(value);
    forms.removeDuplicates();
    return forms;
}

QString SecretMask::apply(const QString &text) const
{
    if (m_forms.isEmpty() || text.isEmpty())
        return text;
    QString out = text;
    for (const QString &form : m_forms)
        out.replace(form, placeholder(), Qt::CaseInsensitive);
    return out;
}
