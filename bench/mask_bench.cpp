// SecretMask on what a probe masks every round: a body of up to 1 MiB (withSecretsMasked masks the
// whole body before any condition or quote reads it) and a short reason. Prints the number of forms
// per secret and the median time (21 runs) of building the mask and of applying it, beside the
// baseline of the four forms masked before (as is, two percent-encodings, JSON-escaped).
//   build-bench/bench/mask_bench [SECRETS] [BODY_KIB]
#include "models/secrets/SecretMask.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

double medianMs(const std::function<void()> &work)
{
    std::vector<double> ms;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

// The four forms of each value masked before SecretMask, longest first.
QString baselineMask(const QStringList &values, const QString &text)
{
    QStringList forms;
    for (const QString &s : values)
        forms << s << QString::fromLatin1(QUrl::toPercentEncoding(s))
              << QString::fromLatin1(QUrl::toPercentEncoding(s, "!$&'()*+,;=:@/"))
              << QString::fromUtf8(QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact)).mid(2).chopped(2);
    forms.removeDuplicates();
    std::sort(forms.begin(), forms.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QString out = text;
    for (const QString &form : forms)
        out.replace(form, SecretMask::placeholder(), Qt::CaseInsensitive);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int secrets = args.size() > 1 ? args.at(1).toInt() : 3;
    const int kib = args.size() > 2 ? args.at(2).toInt() : 1024;
    QStringList values;
    for (int i = 0; i < secrets; ++i)
        values << QStringLiteral("n8n_api_%1_7f3c9a1b2d4e\"x y").arg(i);
    QString body;
    while (body.size() < kib * 1024)
        body += QStringLiteral(R"({"id":"%1","status":"success","workflowId":"V4ZY8huyC6HhvWxB"},)").arg(body.size());
    const QString reason = QStringLiteral("HTTP 503 in 12 ms: refused ") + values.constFirst();

    const SecretMask mask(values);
    int shown = 0;
    printf("secrets %d, body %d KiB, forms %lld (baseline %d)\n", secrets, kib, qlonglong(mask.forms().size()),
           4 * secrets);
    printf("build the mask          %8.3f ms\n", medianMs([&] { shown += int(SecretMask(values).isEmpty()); }));
    printf("mask the body           %8.3f ms (baseline %8.3f ms)\n",
           medianMs([&] { shown += int(mask.apply(body).size()); }),
           medianMs([&] { shown += int(baselineMask(values, body).size()); }));
    printf("build + mask a reason   %8.3f ms (baseline %8.3f ms)\n",
           medianMs([&] { shown += int(SecretMask(values).apply(reason).size()); }),
           medianMs([&] { shown += int(baselineMask(values, reason).size()); }));
    return shown == 0 ? 1 : 0;
}
