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
    bool isBroken() const { return m_broken; }

private:
    bool m_broken = false;
};
