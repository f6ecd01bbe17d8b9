#pragma once
// The catalogue tests' shorthand over ServiceCatalogue's Result API: a bool, the services in
// *out and the file's error message in *error.

#include "models/monitoring/ServiceCatalogue.h"

inline bool catalogueOr(const Result<QVector<ServiceDefinition>> &read, QVector<ServiceDefinition> *out, QString *error)
{
    if (error)
        *error = read ? QString() : read.error().message;
    if (out)
        *out = read ? read.value() : QVector<ServiceDefinition>();
    return read.ok();
}
