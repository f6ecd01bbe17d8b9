#pragma once
// A temporary folder for the files of one test class, with a fresh store path for each test.

#include <QString>
#include <QTemporaryDir>

#include <utility>

namespace TestSupport {

class TempStore
{
public:
    // pattern names the files, "%1" the count: "store-%1.sqlite" gives store-1.sqlite, store-2.sqlite, ...
    explicit TempStore(QString pattern) : m_pattern(std::move(pattern)) {}

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // A path no test of this class has used yet.
    QString freshPath() { return m_dir.filePath(m_pattern.arg(++m_files)); }

private:
    QTemporaryDir m_dir;
    QString m_pattern;
    int m_files = 0;
};

} // namespace TestSupport
