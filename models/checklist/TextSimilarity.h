#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

// A title prepared for comparison: lower case, letters and digits only, blanks and filled-in
// values removed. Comparing two of them is a merge of sorted lists, cheap enough for
// thousands of pairs.
class SimilarityKey
{
public:
    SimilarityKey() = default;
    explicit SimilarityKey(const QString &title);

    const QString &text() const { return m_text; }
    const QStringList &tokens() const { return m_tokens; } // sorted, with repeats

    // From 0 (nothing in common) to 1 (the same words): the better of the Dice coefficients
    // of character pairs (survives spelling changes) and of words (survives reordering).
    double similarity(const SimilarityKey &other) const;

private:
    QString m_text;
    QVector<quint32> m_bigrams; // sorted, with repeats
    QStringList m_tokens;
};
