#include "tests/CatalogueTestSupport.h"
// The OS keychain as a secret source: ${keychain:NAME} in a catalogue. No Secret Service runs in CI
// (nor here: the session bus is taken away), so what is tested is what a person sees then — a
// clear "no OS keychain answered" naming the reference — and that a keychain value is a secret
// like an environment one (through an injected lookup). The dialog that stores a key says the same
// in words and forgets the secret when it closes.
#include "models/monitoring/ServiceCatalogue.h"
#include "models/secrets/Keychain.h"
#include "ui/KeychainDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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

    void writerChecksBeforeItStarts()
    {
        KeychainWriter writer;
        for (const QString &name : {QString(), QStringLiteral("n8n key"), QStringLiteral("9KEY"),
                                    QStringLiteral("keychain:KEY"), QStringLiteral("KEY}")}) {
            const Status s = writer.start(name, QStringLiteral("s3cret"));
            QCOMPARE(s.code(), Error::Code::Invalid);
            QVERIFY2(s.message().contains(QLatin1String("${keychain:NAME}")), qPrintable(s.message()));
            QVERIFY(!s.message().contains(QLatin1String("s3cret")));
        }
        QCOMPARE(writer.start(QStringLiteral("N8N_API_KEY"), QString()).code(), Error::Code::Invalid);
        QVERIFY(!writer.isRunning());
        QVERIFY(Keychain::checkName(QStringLiteral("_n8n_Key2")));
    }

    // Stored without waiting: start() returns at once, finished() brings the outcome — here, that no
    // keychain service runs, in words, naming the key and never quoting the secret.
    void writerSaysWhyWithoutAService()
    {
        KeychainWriter writer;
        QVector<Status> outcomes;
        connect(&writer, &KeychainWriter::finished, this, [&outcomes](const Status &s) { outcomes.append(s); });
        const QString secret = QStringLiteral("tok-3f9a71");
        QVERIFY(writer.start(QStringLiteral("N8N_API_KEY"), secret, 8000));
        if (writer.isRunning())
            QCOMPARE(writer.start(QStringLiteral("OTHER"), secret).code(), Error::Code::Busy);
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 1, 15000);
        const Status s = outcomes.first();
        QCOMPARE(s.code(), Error::Code::Unreachable);
        QVERIFY2(s.message().startsWith(QLatin1String("keychain:N8N_API_KEY: no OS keychain answered")),
                 qPrintable(s.message()));
        QVERIFY(!s.message().contains(secret));
        QVERIFY(!writer.isRunning());
        QTest::qWait(100);
        QCOMPARE(outcomes.size(), 1);
    }

    // The dialog (Tools → Store a secret in the keychain…): a password field, Store only for a name
    // ${keychain:NAME} can use and a secret; where no keychain service runs it says so, and the
    // secret is gone once it closes. GOLIVE_SCREENSHOT_DIR=… saves what it showed.
    void dialogSaysThereIsNoKeychainAndForgetsTheSecret()
    {
        KeychainDialog dialog;
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        auto *secret = dialog.findChild<QLineEdit *>(QStringLiteral("secretEdit"));
        auto *store = dialog.findChild<QPushButton *>(QStringLiteral("storeButton"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("statusLabel"));
        QVERIFY(name && secret && store && status);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        QVERIFY(!store->isEnabled());
        name->setText(QStringLiteral("n8n key"));
        const QString typed = QStringLiteral("tok-3f9a71");
        secret->setText(typed);
        QVERIFY(!store->isEnabled()); // not a name the catalogue can refer to
        name->setText(QStringLiteral("N8N_API_KEY"));
        QVERIFY(store->isEnabled());

        QTest::mouseClick(store, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("no OS keychain answered")), 20000);
        QVERIFY2(status->text().startsWith(QLatin1String("Nothing was stored.")), qPrintable(status->text()));
        QVERIFY(!status->text().contains(typed));
        QVERIFY(store->isEnabled()); // one may start a keychain and try again
        QVERIFY(secret->isEnabled());
        if (const QString dir = qEnvironmentVariable("GOLIVE_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/keychain-dialog.png")));

        dialog.reject();
        QVERIFY(secret->text().isEmpty());
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

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
