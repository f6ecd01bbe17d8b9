#include "models/monitoring/MonitoringService.h"
#include "models/session/LaunchRecord.h"
#include "models/session/MonitoringLink.h"
#include "tests/CatalogueTestSupport.h"
#include "tests/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/services/ServiceDetailDialog.h"
#include "ui/services/ServiceTile.h"
#include "ui/services/ServiceTilesPanel.h"

#include <QChartView>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

QVector<ServiceDefinition> catalogue(quint16 openPort, quint16 closedPort)
{
    const QByteArray json = QStringLiteral(R"({"services": [
        {"name": "Gateway", "group": "Platform", "kind": "tcp", "target": "127.0.0.1:%1", "interval": "1s", "retries": 0},
        {"name": "Queue", "group": "Platform", "kind": "tcp", "target": "127.0.0.1:%2", "interval": "1s", "retries": 1},
        {"name": "Vault", "kind": "http", "url": "${GOLIVE_TEST_UNSET_URL}/health"}
    ]})")
                                .arg(openPort)
                                .arg(closedPort)
                                .toUtf8();
    QVector<ServiceDefinition> services;
    QString error;
    catalogueOr(
        ServiceCatalogue::fromJson(json, QStringLiteral("test.json"), [](const QString &) { return QString(); }),
        &services, &error);
    return services;
}

void maybeGrab(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("GOLIVE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(100);
    w->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

} // namespace

class TestServiceTiles : public QObject
{
    Q_OBJECT

private slots:
    void tileShowsStateInWordsNotColourAlone()
    {
        const auto services = catalogue(1, 2);
        ServiceTile tile(services.first());
        QVERIFY(tile.stateText().contains(QStringLiteral("UNKNOWN")));
        tile.showResult({QStringLiteral("Gateway"), QDateTime::currentDateTimeUtc(), ServiceState::Down, 12,
                         QStringLiteral("connection refused")});
        QCOMPARE(tile.stateText(), QStringLiteral("✖ DOWN"));
        QCOMPARE(tile.reasonText(), QStringLiteral("connection refused"));
        QVERIFY(tile.metricsText().startsWith(QStringLiteral("12 ms")));
        TileSummary summary;
        summary.service = QStringLiteral("Gateway");
        summary.lastDay.upMs = 99 * 60000;
        summary.lastDay.downMs = 60000;
        tile.showSummary(summary);
        QVERIFY2(tile.metricsText().contains(QStringLiteral("99.00 % (24 h)")), qPrintable(tile.metricsText()));
        ServiceTile unconfigured(services.at(2));
        QVERIFY(unconfigured.reasonText().contains(QStringLiteral("not configured: set GOLIVE_TEST_UNSET_URL")));
    }

    void liveTilesAlertsAndDetail()
    {
        QTemporaryDir dir;
        QTcpServer open;
        QVERIFY(open.listen(QHostAddress::LocalHost));
        QTcpServer closing;
        QVERIFY(closing.listen(QHostAddress::LocalHost));
        const quint16 closedPort = closing.serverPort();
        closing.close();

        QString error;
        auto session =
            TestSupport::openOr(dir.filePath(QStringLiteral("launch.sqlite")),
                                Actor::person(QStringLiteral("Dana"), QStringLiteral("Platform Lead")), &error);
        QVERIFY2(session, qPrintable(error));
        MonitoringService monitoring;
        QSignalSpy changes(&monitoring, &MonitoringService::stateChanged);
        monitoring.start(catalogue(open.serverPort(), closedPort),
                         dir.filePath(QStringLiteral("launch.history.sqlite")));
        // The record is written by the core's link, not by the window.
        MonitoringLink link(session.get(), &monitoring);
        MainWindow window(session.get());
        window.attachMonitoring(&monitoring);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        ServiceTile *gateway = window.tilesPanel()->tile(QStringLiteral("Gateway"));
        ServiceTile *queue = window.tilesPanel()->tile(QStringLiteral("Queue"));
        QVERIFY(gateway && queue);
        QTRY_COMPARE_WITH_TIMEOUT(gateway->stateText(), QStringLiteral("✔ UP"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(queue->stateText(), QStringLiteral("✖ DOWN"), 10000);
        QCOMPARE(queue->reasonText(), QStringLiteral("connection refused"));
        QCOMPARE(window.tilesPanel()->tile(QStringLiteral("Vault"))->state(), ServiceState::Unknown);

        // The confirmed DOWN went into the audit trail, with the reason.
        QTRY_VERIFY_WITH_TIMEOUT(!session->history(QStringLiteral("Queue")).value().isEmpty(), 5000);
        const AuditEvent event = session->history(QStringLiteral("Queue")).value().constLast();
        QCOMPARE(event.actor.kind, Actor::Kind::System);
        QCOMPARE(event.kind, EventKind::ServiceStateConfirmed);
        QCOMPARE(event.payloadText("state"), QStringLiteral("DOWN"));
        QCOMPARE(event.payloadText("reason"), QStringLiteral("connection refused"));
        // PENDING came first: a single failure is not yet an outage.
        bool sawPending = false;
        for (const auto &args : changes)
            sawPending = sawPending
                || (args.at(0).toString() == QStringLiteral("Queue")
                    && args.at(2).value<ServiceState>() == ServiceState::Pending);
        QVERIFY(sawPending);

        // Uptime and sparkline arrive from the history thread.
        QSignalSpy summaries(&monitoring, &MonitoringService::summaryReady);
        QTest::qWait(1500); // let the recorder flush a batch
        monitoring.requestSummaries();
        QTRY_VERIFY_WITH_TIMEOUT(summaries.count() >= 3, 5000);
        QTRY_VERIFY(gateway->metricsText().contains(QStringLiteral("100 % (24 h)")));
        maybeGrab(&window, "service-tiles");

        ServiceDetailDialog detail(&monitoring, QStringLiteral("Queue"), &window);
        detail.show();
        QTRY_VERIFY_WITH_TIMEOUT(detail.changesTable()->rowCount() >= 1, 5000);
        QVERIFY(detail.changesTable()->item(0, 1)->text().contains(QStringLiteral("DOWN")));
        QVERIFY(!detail.chartView()->chart()->series().isEmpty());
        maybeGrab(&detail, "service-detail");
        detail.close();

        // Another catalogue replaces the tiles while running; states come back from the probes.
        QVector<ServiceDefinition> only = catalogue(open.serverPort(), closedPort).mid(0, 1);
        only.first().name = QStringLiteral("Edge");
        monitoring.replaceServices(only);
        QCOMPARE(window.tilesPanel()->tiles().size(), 1);
        QVERIFY(!window.tilesPanel()->tile(QStringLiteral("Queue")));
        QTRY_COMPARE_WITH_TIMEOUT(window.tilesPanel()->tile(QStringLiteral("Edge"))->stateText(),
                                  QStringLiteral("✔ UP"), 10000);
    }
};

QTEST_MAIN(TestServiceTiles)
#include "tst_servicetiles.moc"
