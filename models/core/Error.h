#pragma once

#include <QString>

#include <optional>
#include <utility>

// The one error convention of the core: a code for programs to decide on and a message for
// people that names the file, line or service and says what was kept. Nothing decides on the
// message's wording; translations may change it freely.
struct Error
{
    enum class Code {
        None,
        NotFound,     // a file, item, field or service that does not exist
        CannotCreate, // a folder or file that cannot be made
        ReadOnly,     // a store opened for reading, or a file that cannot be written
        NotAStore,    // a file of another program, or an empty/old store opened read-only
        Corrupt,      // damaged pages, or stored text that no longer matches its hash
        NewerSchema,  // written by a newer Go-Live Control
        Busy,         // another program held the lock for too long
        DiskFull,
        Io,
        Invalid,   // a value that does not fit its field, a bad argument
        Refused,   // a rule said no (state would be lost, the record failed its check, ...)
        Conflict,  // someone else changed it since
        Cancelled, // stopped on request
        // A service asked over the network (the collectors):
        NotConfigured, // a setting taken from the environment is unset
        Unauthorized,  // HTTP 401: missing or wrong credentials
        Forbidden,     // HTTP 403: credentials without the right
        Timeout,       // no complete answer in time
        Unreachable,   // no connection, or it broke: refused, host not found, reset, TLS
        Malformed,     // an answer that is not what the API documents (not JSON, fields missing)
        Remote,        // the service answered with an error of its own (5xx, a non-zero code, SQL error)
        Incomplete,    // paging that would not end: a cursor that repeats, too many pages
    };

    Code code = Code::None;
    QString message;

    bool isError() const { return code != Code::None; }
    void set(Code c, const QString &m)
    {
        code = c;
        message = m;
    }
    static Error make(Code c, const QString &m) { return Error{c, m}; }
};

// The outcome of an operation that gives nothing back: ok, or an Error.
class Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {} // NOLINT: an Error is a failed Status
    static Status failure(Error::Code code, const QString &message) { return Status(Error{code, message}); }

    bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    Error::Code code() const { return m_error.code; }
    const QString &message() const { return m_error.message; }

private:
    Error m_error;
};

// A value, or the Error that prevented it.
template<class T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {} // NOLINT: implicit, like std::optional
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const Error &error() const { return m_error; }
    Status status() const { return ok() ? Status() : Status(m_error); }

private:
    std::optional<T> m_value;
    Error m_error;
};
