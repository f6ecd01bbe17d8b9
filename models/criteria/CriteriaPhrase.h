#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

// One text of an evaluated criterion in two forms: as stored (the source text, numbers in the C
// locale: criterion.measured events and the signed summary hold it, whatever the desk's language)
// and as shown (translated, numbers as the desk writes them). Source texts are marked with
// QT_TRANSLATE_NOOP("CriteriaEvaluation", …) so that lupdate finds them.
class CriteriaPhrase
{
public:
    CriteriaPhrase() = default;
    explicit CriteriaPhrase(const char *text)
        : m_stored(QString::fromUtf8(text)), m_shown(QCoreApplication::translate("CriteriaEvaluation", text))
    {}
    static CriteriaPhrase of(const QString &stored, const QString &shown)
    {
        CriteriaPhrase p;
        p.m_stored = stored;
        p.m_shown = shown;
        return p;
    }
    // Words that are the same in both forms (a collector's name, an error from elsewhere).
    static CriteriaPhrase verbatim(const QString &text)
    {
        CriteriaPhrase p;
        p.m_stored = p.m_shown = text;
        return p;
    }

    CriteriaPhrase &arg(const QString &text)
    {
        m_stored = m_stored.arg(text);
        m_shown = m_shown.arg(text);
        return *this;
    }
    CriteriaPhrase &arg(const CriteriaPhrase &other)
    {
        m_stored = m_stored.arg(other.m_stored);
        m_shown = m_shown.arg(other.m_shown);
        return *this;
    }
    CriteriaPhrase &arg(qint64 n)
    {
        m_stored = m_stored.arg(n);
        m_shown = m_shown.arg(QLocale().toString(n));
        return *this;
    }
    CriteriaPhrase &arg(double v, int decimals)
    {
        m_stored = m_stored.arg(QString::number(v, 'f', decimals));
        m_shown = m_shown.arg(QLocale().toString(v, 'f', decimals));
        return *this;
    }
    CriteriaPhrase &operator+=(const CriteriaPhrase &more)
    {
        m_stored += more.m_stored;
        m_shown += more.m_shown;
        return *this;
    }

    const QString &stored() const { return m_stored; }
    const QString &shown() const { return m_shown; }

private:
    QString m_stored;
    QString m_shown;
};
