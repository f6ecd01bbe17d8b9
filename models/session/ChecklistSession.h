#pragma once

#include "checklist/TemplateDiff.h"
#include "checklist/TemplateFile.h"
#include "session/ChecklistState.h"
#include "store/EventStore.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QThread>
#include <QTimer>

class QThread;

// A proposed import, shown to the user before anything is written.
struct ImportPlan
{
    TemplateFile file;
    TemplateDiff diff;
    bool sameTemplate = false; // the store already uses exactly this template
};

// One open checklist: the template document, its state derived from the audit trail, and
// the operator making changes. Every change is appended to the store first and only then
// shown, so what the user sees as ticked is committed.
class ChecklistSession : public QObject
{
    Q_OBJECT

public:
    static QString defaultTemplatePath() { return QStringLiteral(":/golive/go-live-checklist.md"); }

    struct OpenOptions
    {
        bool allowReadOnly = false;       // open a store that cannot be written for reading instead of failing
        bool importDefault = true;        // give a store without a checklist the embedded default template
        bool deferIntegrityCheck = false; // leave the page check to startVerify() on a worker thread
    };

    // Opens (creating if needed) the store at path.
    static std::unique_ptr<ChecklistSession> open(const QString &path, const Actor &actor, QString *error,
                                                  const OpenOptions &options);
    static std::unique_ptr<ChecklistSession> open(const QString &path, const Actor &actor, QString *error)
    {
        return open(path, actor, error, OpenOptions());
    }
    ~ChecklistSession() override;

    const ChecklistDocument *document() const { return m_document.get(); }
    const ChecklistState &state() const { return m_state; }
    const EventStore &store() const { return *m_store; }
    bool isReadOnly() const { return m_store->isReadOnly(); }
    const Actor &actor() const { return m_actor; }
    void setActor(const Actor &actor) { m_actor = actor; }

    bool setDone(const QString &id, bool done, QString *error);
    bool setNote(const QString &id, const QString &note, QString *error);
    bool setField(const QString &id, const QString &key, const QString &value, QString *error);

    // Undoes this session's last change by appending its inverse; history keeps both.
    bool canUndo() const { return !m_undoable.isEmpty(); }
    QString undoDescription() const;
    bool undo(QString *error);

    ImportPlan planImport(const TemplateFile &file) const;
    // Refuses (unless force) when items that carry state would leave the checklist.
    bool applyImport(const ImportPlan &plan, bool force, QString *error);

    QVector<AuditEvent> history(const QString &id) const;

    // Writes a service's confirmed change of state (DOWN, back UP) to the audit trail, so the
    // launch record holds the outages beside the ticks. The item is "service:<name>".
    bool recordServiceChange(const QString &service, const QString &from, const QString &to, const QString &reason,
                             QString *error);
    // T0, the go-live moment: the value of the checklist's "Time of launch recorded" field
    // (the first date-time blank whose label mentions the launch). Invalid when not filled in.
    QDateTime goLiveTime() const;
    // Reads events other programs appended since we last looked (a CI job ticking an item).
    bool refresh(QString *error = nullptr);
    void startWatching(int intervalMs);
    // Checks the whole hash chain on a worker thread; verified() reports the result.
    void startVerify();

    // The value of an item's slot in stored form ("true"/"false" for done).
    QString slotValue(const QString &id, const QString &slot) const;

signals:
    void itemsChanged(const QStringList &ids);
    // Views reset between these two: until the first, the old document is still there.
    void documentAboutToBeReplaced();
    void documentReplaced();
    void undoChanged();
    void verified(const VerifyResult &result);
    void storeFailed(const QString &message);

private:
    ChecklistSession(std::unique_ptr<EventStore> store, const Actor &actor);
    bool change(const QString &id, const QString &slot, const QString &value, qint64 reverts, QString *error);
    bool loadDocument(const QString &sha, QString *error);
    static EventDraft draftFor(const QString &id, const QString &slot, const QString &value, qint64 reverts);

    std::unique_ptr<EventStore> m_store;
    std::shared_ptr<ChecklistDocument> m_document;
    QString m_documentSha;
    ChecklistState m_state;
    Actor m_actor;
    QVector<AuditEvent> m_undoable;
    QSet<qint64> m_ownSeqs; // what this session appended: its own later changes never block an undo
    QTimer m_watch;
    QThread *m_verifier = nullptr;
};

Q_DECLARE_METATYPE(VerifyResult)
