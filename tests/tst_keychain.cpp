#include "CatalogueTestSupport.h"
// The OS keychain as a secret source: ${keychain:NAME} in a catalogue. No Secret Service runs in CI
// (nor here: the session bus is taken away), so what is tested is what a person sees then — a
// clear "no OS keychain answered" naming the reference — and that a keychain value is a secret
// like an environment one (through an injected lookup).
#include "monitoring/Keychain.h"
#include "monitoring/ServiceCatalogue.h"

#include <QTest>

class TestKeychain : public QObject
{
    Q_OBJECT

    // JSON written with single quotes, for readability.
    static QByteArray j(const char *text) { return QByteArray(text).replace('\'', '"'); }

    static ServiceDefinition one(const QByteArray &entry, const ServiceCatalogue::EnvLookup &env = {})
    {
        QVector<ServiceDefinition> services;
        QString error;
        if (!catalogueOr(
                ServiceCatalogue::fromJson("{\"services\": [" + entry + "]}", QStringLiteral("test.json"), env),
                &services, &error)
            || services.size() != 1)
            qFatal("catalogue: %s", qPrintable(error));
        return services.first();
    }

private slots:
    void initTestCase()
    {
        // No session bus: no keychain service can answer, as on a CI runner or a bare server.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
    }

    void noKeychainServiceIsSaidInWords()
    {
        const auto s = one(j("{'name': 'n8n API', 'url': 'http://localhost:5678/api/v1/workflows', 'headers': "
                             "{'X-N8N-API-KEY': '${keychain:N8N_API_KEY}'}}"));
        QVERIFY(!s.isConfigured());
        QVERIFY2(
            s.configError.startsWith(QLatin1String("not configured: keychain:N8N_API_KEY: no OS keychain answered")),
            qPrintable(s.configError));
        QVERIFY2(s.configError.contains(QLatin1String("or set N8N_API_KEY in the environment")),
                 qPrintable(s.configError));
    }

    void readAndWriteSayWhyWithoutAService()
    {
        const Result<QString> read = Keychain::read(QStringLiteral("N8N_API_KEY"), 5000);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, Error::Code::Unreachable);
        const Status written = Keychain::write(QStringLiteral("N8N_API_KEY"), QStringLiteral("s3cret"), 5000);
        QCOMPARE(written.code(), Error::Code::Unreachable);
        QVERIFY2(written.message().contains(QLatin1String("keychain:N8N_API_KEY")), qPrintable(written.message()));
    }

    void keychainValuesAreSecrets()
    {
        const auto lookup = [](const QString &name) {
            return name == QLatin1String("keychain:TOKEN") ? QStringLiteral("tok-from-keychain") : QString();
        };
        const auto s = one(j("{'name': 'api', 'url': 'https://api.example.com/hook/${keychain:TOKEN}'}"), lookup);
        QVERIFY2(s.isConfigured(), qPrintable(s.configError));
        QCOMPARE(s.url.path(), QStringLiteral("/hook/tok-from-keychain"));
        QVERIFY(s.secretValues.contains(QStringLiteral("tok-from-keychain")));
        QVERIFY(!s.displayTarget().contains(QLatin1String("tok-from-keychain")));

        const auto unset = one(j("{'name': 'api', 'url': 'https://api.example.com/hook/${keychain:OTHER}'}"), lookup);
        QCOMPARE(unset.configError, QStringLiteral("not configured: set keychain:OTHER"));
        const auto bad = one(j("{'name': 'api', 'url': 'https://api.example.com/${keychain:}'}"), lookup);
        QVERIFY(!bad.isConfigured());
        QVERIFY2(bad.configError.contains(QLatin1String("must be followed by a variable name")),
                 qPrintable(bad.configError));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
