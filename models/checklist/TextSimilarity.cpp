#include "models/checklist/TextSimilarity.h"

#include "models/checklist/ChecklistField.h"

#include <algorithm>

namespace {

template<typename T>
double dice(const QVector<T> &a, const QVector<T> &b)
{
    if (a.isEmpty() && b.isEmpty())
        return 1.0;
    qsizetype common = 0;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    return 2.0 * double(common) / double(a.size() + b.size());
}

} // namespace

SimilarityKey::SimilarityKey(const QString &title)
{
    const QString canonical = canonicalFieldText(title).toLower();
    QString text;
    text.reserve(canonical.size());
    for (const QChar c : canonical)
        text += c.isLetterOrNumber() ? c : QLatin1Char(' ');
    m_text = text.simplified();
    m_tokens = m_text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    std::sort(m_tokens.begin(), m_tokens.end());
    for (qsizetype i = 0; i + 1 < m_text.size(); ++i)
        m_bigrams.append(quint32(m_text.at(i).unicode()) << 16 | m_text.at(i + 1).unicode());
    std::sort(m_bigrams.begin(), m_bigrams.end());
}

double SimilarityKey::similarity(const SimilarityKey &other) const
{
    if (m_text == other.m_text)
        return 1.0;
    if (m_text.isEmpty() || other.m_text.isEmpty())
        return 0.0;
    return std::max(dice(m_bigrams, other.m_bigrams), dice(m_tokens, other.m_tokens));
}
