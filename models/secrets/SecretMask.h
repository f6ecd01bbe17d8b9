#pragma once

#include <QString>
#include <QStringList>

// Secret values hidden by value in any text the program shows, logs, stores or records. A value
// is found in every form it takes on its way out and back: as it is; percent-encoded (as a whole,
// as QUrl writes it in a path or query, as a form writes it, upper or lower hex) or percent-decoded;
// base64, standard and url-safe, with or without padding and at any offset inside a longer base64
// text ("Basic " + base64(user:password)); escaped in a JSON string (also \/ and \uXXXX, as PHP
// writes it) or in HTML. The one place that knows these forms: every mask() in the program is this.
class SecretMask
{
public:
    SecretMask() = default;
    explicit SecretMask(const QStringList &values);

    bool isEmpty() const { return m_forms.isEmpty(); }
    // text with every form of every value as ••••, without regard to case (QUrl lower-cases a host,
    // an echo may upper-case hex; masking too much is harmless).
    QString apply(const QString &text) const;
    const QStringList &forms() const { return m_forms; } // longest first

    static QString placeholder(); // ••••
    // The forms of one value. Forms that only some text holds by chance (under 4 characters, or a
    // base64 part under 8) are left out unless they are the value itself.
    static QStringList formsOf(const QString &value);

private:
    QStringList m_forms;
};
