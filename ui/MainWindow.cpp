#include "ui/MainWindow.h"

#include "models/checklist/ChecklistExport.h"
#include "models/incidents/IncidentDesk.h"
#include "models/itemmodels/ChecklistTreeModel.h"
#include "models/monitoring/MonitoringService.h"
#include "models/overview/OverviewSource.h"
#include "models/record/DiskSpace.h"
#include "models/reports/ReportDesk.h"
#include "models/session/ChecklistDesk.h"
#include "models/session/LaunchRecord.h"
#include "models/session/MaintenanceDesk.h"
#include "models/session/OperatorProfile.h"
#include "models/signoff/RecordVerdict.h"
#include "models/signoff/SignOffDesk.h"
#include "models/team/TeamDesk.h"
#include "models/timeline/Clock.h"
#include "models/timeline/LaunchTimeline.h"
#include "models/timeline/PhaseLayout.h"
#include "ui/AuditStatusLabel.h"
#include "ui/DockPlacement.h"
#include "ui/KeychainDialog.h"
#include "ui/Language.h"
#include "ui/OperatorDialog.h"
#include "ui/checklist/ChecklistPanel.h"
#include "ui/checklist/ItemDetailsPane.h"
#include "ui/criteria/CriteriaDock.h"
#include "ui/criteria/CriteriaPanel.h"
#include "ui/incidents/IncidentsDock.h"
#include "ui/reports/ReportsDock.h"
#include "ui/reports/T7ReportActions.h"
#include "ui/services/ServiceAlerts.h"
#include "ui/services/ServiceDetailDialog.h"
#include "ui/services/ServiceTilesPanel.h"
#include "ui/signoff/SignOffPanel.h"
#include "ui/team/CollisionsDialog.h"
#include "ui/team/ConnectDialog.h"
#include "ui/team/TeamRolesDialog.h"
#include "ui/team/TeamStatusLabel.h"
#include "ui/timeline/NowPanel.h"
#include "ui/timeline/TimelineDocks.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

MainWindow::MainWindow(LaunchRecord *session, QWidget *parent)
    : QMainWindow(parent),
      m_session(session),
      m_checklistDesk(new ChecklistDesk(*session, this)),
      m_checklist(new ChecklistPanel(m_checklistDesk, this)),
      m_details(new ItemDetailsPane(m_checklistDesk, this)),
      m_audit(new AuditStatusLabel(this)),
      m_operator(new QLabel(this)),
      m_overview(new OverviewSource(session, &Clock::system(), this))
{
    // The application's name once, at the end: Qt adds it on X11 and Windows unless it is there.
    const QString name = QGuiApplication::applicationDisplayName();
    if (session->isShared())
        setWindowTitle(tr("%1 — team record %2").arg(session->document()->title(), session->store().path())
                       + QStringLiteral(" — ") + name);
    else
        setWindowTitle(session->document()->title() + QStringLiteral(" — ") + name);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_checklist);
    split->addWidget(m_details);
    // The checklist gets the width; the details of one item need less.
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({650, 350});
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(createPhaseBar());
    column->addWidget(split, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_operator);
    if (session->isShared()) {
        m_team = new TeamStatusLabel(session, this);
        statusBar()->addPermanentWidget(m_team);
        connect(session, &LaunchRecord::collisionsFound, this, &MainWindow::showCollisions);
    }
    statusBar()->addPermanentWidget(m_audit);
    if (session->isReadOnly())
        statusBar()->addPermanentWidget(new QLabel(tr("<b>Read-only store</b>"), this));
    createMenus();
    updateOperatorLabel();

    connect(m_checklist, &ChecklistPanel::currentItemChanged, m_details, &ItemDetailsPane::showItem);
    connect(m_checklist, &ChecklistPanel::inputRequested, m_details, &ItemDetailsPane::focusFirstInput);
    connect(m_details, &ItemDetailsPane::backToTree, m_checklist, &ChecklistPanel::focusTree);
    connect(m_checklist, &ChecklistPanel::changeFailed, this, &MainWindow::showError);
    connect(m_details, &ItemDetailsPane::changeFailed, this, &MainWindow::showError);
    connect(m_checklistDesk, &ChecklistDesk::undoChanged, this, &MainWindow::updateUndo);
    connect(session, &LaunchRecord::storeFailed, this,
            [this](const QString &m) { statusBar()->showMessage(m, 10000); });
    // The status bar, the sign-off dock and the report give the verdict `golive verify` gives.
    session->setVerdict([](const EventStore &store, const std::function<bool()> &cancelled) {
        return RecordVerdict::of(store, cancelled);
    });
    connect(session, &LaunchRecord::verified, m_audit, &AuditStatusLabel::showResult);
    connect(session, &LaunchRecord::headChanged, m_audit, &AuditStatusLabel::setHeadSeq);
    m_audit->setHeadSeq(session->headSeq());
    // Once per break: the record is checked again after every change, the other desks' too.
    connect(session, &LaunchRecord::verified, this, [this, warned = false](const VerifyResult &r) mutable {
        if (r.intact)
            warned = false;
        if (!r.intact && !r.cancelled && !std::exchange(warned, true))
            QMessageBox::warning(this, tr("Audit trail broken"),
                                 tr("The launch record %1 failed its check: it was changed outside Go-Live "
                                    "Control.\n\n%2\n\nNothing more will be written to it from this window. "
                                    "Restore it from a backup, or find out who changed it.")
                                     .arg(m_session->store().path(), r.reason));
    });
    connect(session, &LaunchRecord::writeFailed, this,
            [this](const QString &, const QString &m) { statusBar()->showMessage(m, 15000); });
    // Where and how large it was left (maximised too), else most of the screen.
    if (!restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(qBound(1024, available.width() * 9 / 10, 1800), qBound(700, available.height() * 9 / 10, 1100));
    }
    m_checklist->focusTree();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Connect to &team record…"), this, &MainWindow::connectToTeamRecord);
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import checklist template…"), this, &MainWindow::importChecklist);
    import->setShortcut(QKeySequence::Open);
    import->setEnabled(!m_session->isReadOnly());
    file->addAction(tr("Export as &Markdown…"), this, [this] { exportChecklist(false); });
    file->addAction(tr("Export as &JSON…"), this, [this] { exportChecklist(true); });
    file->addSeparator();
    m_t7Report = new T7ReportActions(m_session, this);
    file->addAction(m_t7Report->previewAction());
    file->addAction(m_t7Report->savePdfAction());
    connect(m_t7Report, &T7ReportActions::saved, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Saved the T+7 report as %1").arg(path), 10000);
    });
    file->addSeparator();
    file->addAction(tr("&Verify audit trail"), this, [this] {
        m_audit->showChecking();
        m_session->startVerify();
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"), this, [this] {
        if (const Status s = m_checklistDesk->undo(); !s)
            showError(s.message());
    });
    m_undo->setShortcut(QKeySequence::Undo);
    QAction *find = edit->addAction(tr("&Find…"), m_checklist, &ChecklistPanel::focusSearch);
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    edit->addAction(tr("&Operator…"), this, [this] { askForOperator(true); });
    updateUndo();

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    createLayoutMenu();
    createWallAction();
    createPaneActions();
    Language::addMenu(m_viewMenu);
    m_viewMenu->addSeparator();

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("Store a &secret in the keychain…"), this, [this] {
        auto *dialog = new KeychainDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    tools->addAction(tr("&Team roles…"), this, [this] {
        // Its own desk, gone with the dialog: the roles are read from the record when it opens.
        auto *desk = new TeamDesk(m_session);
        auto *dialog = new TeamRolesDialog(desk, this);
        desk->setParent(dialog);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Go-Live Control"), this, [this] {
        QMessageBox::about(this, tr("About Go-Live Control"),
                           tr("<b>Go-Live Control %1</b><p>The launch checklist with a tamper-evident audit "
                              "trail.</p><p>Store: %2</p>")
                               .arg(QApplication::applicationVersion(), m_session->store().path().toHtmlEscaped()));
    });
}

void MainWindow::connectToTeamRecord()
{
    auto *dialog = new ConnectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectDialog::connectRequested, this, &MainWindow::teamRecordChosen);
    dialog->open();
}

void MainWindow::showCollisions(const QVector<AuditEvent> &offlineEvents)
{
    if (!m_collisionsDialog) {
        m_collisionsDialog = new CollisionsDialog(m_checklistDesk, this);
        m_collisionsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_collisionsDialog, &QObject::destroyed, this, [this] { m_collisionsDialog = nullptr; });
    }
    m_collisionsDialog->addCollisions(offlineEvents);
    if (m_collisionsDialog->count() == 0)
        return;
    m_collisionsDialog->show();
    m_collisionsDialog->raise();
}

bool MainWindow::askForOperator(bool force)
{
    Actor actor = OperatorProfile::load();
    if (!actor.name.isEmpty() && !force) {
        m_session->setActor(actor);
        updateOperatorLabel();
        return true;
    }
    if (actor.name.isEmpty())
        actor = m_session->actor(); // named by --as, or nobody yet: the dialog proposes the account's name
    OperatorDialog dialog(actor, this);
    if (dialog.exec() != QDialog::Accepted)
        return !m_session->actor().name.isEmpty();
    OperatorProfile::save(dialog.actor());
    m_session->setActor(dialog.actor());
    updateOperatorLabel();
    return true;
}

void MainWindow::updateOperatorLabel()
{
    const Actor &a = m_session->actor();
    if (a.name.isEmpty())
        m_operator->setText(tr("Operator: nobody named yet — nothing is recorded until you give your name "
                               "(Edit → Operator…)"));
    else
        m_operator->setText(a.role.isEmpty() ? tr("Operator: %1").arg(a.name)
                                             : tr("Operator: %1 (%2)").arg(a.name, a.role));
    // The sign-off dialogs offer the named operator, never a placeholder.
    if (m_signOff)
        m_signOff->setDefaultName(a.name);
}

void MainWindow::updateUndo()
{
    if (!m_undo)
        return;
    m_undo->setEnabled(m_checklistDesk->canUndo());
    m_undo->setText(m_checklistDesk->canUndo() ? tr("&Undo %1").arg(m_checklistDesk->undoDescription()) : tr("&Undo"));
}

void MainWindow::showError(const QString &message)
{
    if (message.isEmpty())
        return;
    statusBar()->showMessage(message, 10000);
    QMessageBox::warning(this, tr("Not saved"), message);
}

void MainWindow::importChecklist()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import checklist template"), QString(),
                                                      tr("Markdown (*.md *.markdown);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto loaded = TemplateFile::load(path);
    if (!loaded) {
        showError(loaded.error().message);
        return;
    }
    const TemplateFile &file = loaded.value();
    const ImportPlan plan = m_checklistDesk->planImport(file);
    if (plan.sameTemplate) {
        QMessageBox::information(this, tr("Import"), tr("%1 is the checklist already in use.").arg(file.name));
        return;
    }
    QStringList lines;
    for (const auto &p : plan.diff.renamed) {
        if (p.sameText)
            lines.append(tr("moved: %1%2").arg(p.newTitle, p.hadState ? tr(" (state carried over)") : QString()));
        else
            lines.append(tr("reworded: %1 → %2 (%3 % alike)%4")
                             .arg(p.oldTitle, p.newTitle)
                             .arg(qRound(p.similarity * 100))
                             .arg(p.hadState ? tr(" — ticks, notes and values carried over") : QString()));
    }
    for (const auto &c : plan.diff.removed)
        lines.append(tr("removed: %1%2").arg(c.oldTitle, c.hadState ? tr(" (ticked or filled in)") : QString()));
    for (const auto &c : plan.diff.added)
        lines.append(tr("added: %1").arg(c.newTitle));
    QMessageBox box(QMessageBox::Question, tr("Import %1").arg(file.name),
                    tr("%n task(s). %1.\n\nItems that did not change keep their ticks and values.", nullptr,
                       file.document->taskCount())
                        .arg(plan.diff.summary()),
                    QMessageBox::Ok | QMessageBox::Cancel, this);
    // The pairing is shown for confirmation: a reworded item takes its state along only if the
    // user agrees that it is the same item.
    QStringList info;
    const int reworded = int(plan.diff.changed.size());
    if (reworded > 0)
        info.append(tr("%n item(s) were reworded; Go-Live Control paired each with its old text (see Details). "
                       "Their ticks, notes and values are carried over.",
                       nullptr, reworded));
    if (!plan.diff.losingState().isEmpty())
        info.append(tr("%n item(s) with ticks, notes or values are no longer in the new template. "
                       "Their history stays in the audit trail.",
                       nullptr, int(plan.diff.losingState().size())));
    // Every signature covers the template: a new one invalidates them, and the box says whose.
    if (const QStringList roles =
            m_signOffDesk ? m_signOffDesk->signaturesInvalidatedByTemplate(file.sha256) : QStringList();
        !roles.isEmpty())
        info.prepend(tr("Importing it marks %n signature(s) invalidated (%1), in the record and on the report; "
                        "they must sign again.",
                        nullptr, int(roles.size()))
                         .arg(QLocale().createSeparatedList(roles)));
    box.setInformativeText(info.join(QStringLiteral("\n\n")));
    box.setDetailedText(lines.join(QLatin1Char('\n')));
    if (box.exec() != QMessageBox::Ok)
        return;
    if (const Status s = m_checklistDesk->applyImport(plan, true); !s)
        showError(s.message());
}

void MainWindow::exportChecklist(bool json)
{
    const QString path =
        QFileDialog::getSaveFileName(this, json ? tr("Export as JSON") : tr("Export as Markdown"),
                                     json ? QStringLiteral("checklist.json") : QStringLiteral("checklist.md"),
                                     json ? tr("JSON (*.json)") : tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    const ItemStateView view = m_session->view();
    const QByteArray bytes =
        json ? exportJson(*m_session->document(), view) : exportMarkdown(*m_session->document(), view).toUtf8();
    // All or nothing (QSaveFile): a failed write leaves any existing file as it was; a full disk
    // is named.
    if (Status saved = DiskSpace::saveWhole(path, bytes, tr("export")); !saved) {
        showError(saved.message());
        return;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(path), 5000);
}

void MainWindow::attachMonitoring(MonitoringService *monitoring)
{
    m_monitoring = monitoring;
    m_overview->follow(monitoring);
    if (m_incidents)
        m_incidents->desk()->follow(monitoring);
    m_tiles = new ServiceTilesPanel(monitoring, this);
    auto *dock = new QDockWidget(tr("Services"), this);
    dock->setObjectName(QStringLiteral("servicesDock"));
    dock->setWidget(m_tiles);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable
                      | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::TopDockWidgetArea, dock);
    // The tiles' own height, not a share of the window: the checklist needs the room. Asked once
    // the window is laid out, when the dock area has its final size.
    QTimer::singleShot(0, this, [this, dock] { resizeDocks({dock}, {m_tiles->sizeHint().height()}, Qt::Vertical); });
    m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addAction(tr("Service &catalogue…"), this, [this, monitoring] { chooseCatalogue(monitoring); });
    m_viewMenu->addAction(tr("&Built-in service catalogue"), this,
                          [this, monitoring] { useCatalogue(monitoring, ServiceCatalogue::defaultCataloguePath()); });
    connect(m_tiles, &ServiceTilesPanel::tileActivated, this, [this, monitoring](const QString &service) {
        auto *dialog = new ServiceDetailDialog(monitoring, service, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // A maintenance window is a fact of the launch record; the history follows the record.
        connect(dialog, &ServiceDetailDialog::maintenanceRequested, this,
                [this, monitoring, service](const QDateTime &from, const QDateTime &to, const QString &note) {
                    if (const Status s = MaintenanceDesk(*m_session).add(service, from, to, note); !s)
                        showError(s.message());
                    monitoring->requestDetail(service, 7);
                });
        dialog->show();
    });
    auto *alerts = new ServiceAlerts(monitoring, this);
    connect(alerts, &ServiceAlerts::alerted, this, [this](const QString &m) { statusBar()->showMessage(m, 15000); });
    connect(monitoring, &MonitoringService::historyFailed, this,
            [this](const QString &m) { statusBar()->showMessage(tr("Service history: %1").arg(m), 15000); });
    arrangeSoon();
}

void MainWindow::chooseCatalogue(MonitoringService *monitoring)
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Service catalogue"), QString(), tr("JSON (*.json);;All files (*)"));
    if (!path.isEmpty())
        useCatalogue(monitoring, path);
}

void MainWindow::useCatalogue(MonitoringService *monitoring, const QString &path)
{
    const auto loaded = ServiceCatalogue::load(path);
    if (!loaded) {
        showError(loaded.error().message); // the services being watched stay as they are
        return;
    }
    const QVector<ServiceDefinition> &services = loaded.value();
    QStringList problems;
    for (const ServiceDefinition &s : std::as_const(services)) {
        if (!s.isConfigured())
            problems.append(QStringLiteral("%1: %2").arg(s.name, s.configError));
    }
    QSettings().setValue(QStringLiteral("services/catalogue"), path);
    monitoring->replaceServices(services);
    statusBar()->showMessage(tr("Watching %n service(s) from %1", nullptr, int(services.size())).arg(path), 10000);
    if (!problems.isEmpty())
        QMessageBox::information(this, tr("Service catalogue"),
                                 tr("These services are shown as UNKNOWN until their configuration is fixed:\n\n%1")
                                     .arg(problems.join(QLatin1Char('\n'))));
}

void MainWindow::attachIncidents()
{
    if (m_incidents)
        return;
    m_incidents = IncidentsDock::addTo(this, m_session);
    if (m_monitoring)
        m_incidents->desk()->follow(m_monitoring);
    m_overview->follow(m_incidents->desk());
    m_incidents->addMenu(menuBar(), m_viewMenu);
    connect(m_incidents, &IncidentsDock::changeFailed, this, &MainWindow::showError);
    connect(m_incidents->desk(), &IncidentDesk::incidentsChanged, this, &MainWindow::contentsChanged);
    arrangeSoon();
}

void MainWindow::attachTimeline(LaunchTimeline *timeline)
{
    m_t0Clock = TimelineDocks::addClockBar(this, timeline);
    TimelineDocks::addLaunchMenu(this, timeline, [this] { return m_signOffDesk; });
    m_now = TimelineDocks::addNowDock(this, timeline, m_viewMenu);
    connect(m_now, &NowPanel::itemActivated, m_checklist, &ChecklistPanel::selectItem);
    m_checklist->model()->setTimeline(timeline);
    m_details->setTimeline(timeline);
    m_timeline = timeline;
    m_overview->setClock(&timeline->clock());
    startLayout(PhaseLayout::fitting(timeline->t0(), timeline->clock().now()));
    // Moving T0 moves the phase as much as the clock does.
    connect(timeline, &LaunchTimeline::statusesChanged, this, &MainWindow::checkPhase);
    m_phaseTimer.start();
}

void MainWindow::attachReports(ReportDesk *desk)
{
    m_reports = ReportsDock::add(this, desk, m_viewMenu);
    m_reportDesk = desk;
    m_overview->follow(desk);
    connect(desk, &ReportDesk::reportsChanged, this, &MainWindow::contentsChanged);
    arrangeSoon();
}

void MainWindow::attachSignOff(SignOffDesk *desk)
{
    m_signOff = new SignOffPanel(desk, this);
    QDockWidget *dock = DockPlacement::add(this, m_signOff, tr("Sign-off"), QStringLiteral("signOffDock"),
                                           Qt::BottomDockWidgetArea, m_viewMenu);
    // A tab beside the hourly reports and the success criteria: the lines need the window's width.
    if (auto *reports = findChild<QDockWidget *>(QStringLiteral("reportsDock")))
        tabifyDockWidget(reports, dock);
    m_signOff->setDefaultName(m_session->actor().name);
    // A value that would invalidate a signature is asked about first, in the details and Day 7.
    m_signOffDesk = desk;
    m_details->setSignOff(desk);
    if (m_criteria)
        m_criteria->setSignOff(desk);
    connect(desk, &SignOffDesk::changeFailed, this, &MainWindow::showError);
    arrangeSoon();
}

void MainWindow::attachCriteria(CriteriaDesk *desk)
{
    if (m_criteria)
        return;
    m_criteria = CriteriaDock::add(this, desk, m_viewMenu);
    m_criteria->setSignOff(m_signOffDesk);
    connect(m_criteria, &CriteriaPanel::changeFailed, this, &MainWindow::showError);
    arrangeSoon();
}
