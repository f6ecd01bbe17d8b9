#pragma once

#include <QString>

// Why a store operation failed, with a message that names the file and says what was kept.
struct StoreError
{
    enum class Code {
        None,
        NotFound,
        CannotCreate,
        ReadOnly,
        NotAStore,
        Corrupt,
        NewerSchema,
        Busy,
        DiskFull,
        Io,
    };

    Code code = Code::None;
    QString message;

    bool isError() const { return code != Code::None; }
    void set(Code c, const QString &m)
    {
        code = c;
        message = m;
    }
};
