#pragma once

#include <QLabel>

struct VerifyResult;

// The status bar's word on the audit trail: checking, intact, or broken at which event.
class AuditStatusLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit AuditStatusLabel(QWidget *parent = nullptr);
    void showChecking();
    void showResult(const VerifyResult &result);
    // The record's head: the count follows the trail between checks.
    void setHeadSeq(qint64 head);
    bool isBroken() const { return m_broken; }

private:
    void render();
    static QString eventCount(qint64 n);

    bool m_broken = false;
    bool m_checked = false;
    qint64 m_verifiedCount = 0;
    qint64 m_head = 0;
    QString m_reason;
    qint64 m_firstBad = 0;
};
