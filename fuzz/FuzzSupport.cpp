#include "fuzz/FuzzSupport.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace {
int g_argc = 1;
char g_name[] = "golive-fuzz";
char *g_argv[] = {g_name, nullptr};
} // namespace

void ensureGuiApplication()
{
    if (QCoreApplication::instance())
        return;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    new QGuiApplication(g_argc, g_argv); // lives as long as the fuzzer
}

void ensureCoreApplication()
{
    if (!QCoreApplication::instance())
        new QCoreApplication(g_argc, g_argv);
}
