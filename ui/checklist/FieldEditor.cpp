#include "ui/checklist/FieldEditor.h"

#include "models/session/ChecklistDesk.h"
#include "models/session/LaunchRecord.h"
#include "ui/signoff/InvalidationWarning.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

FieldEditor::FieldEditor(ChecklistDesk *desk, const QString &itemId, const ChecklistField &field, QWidget *parent)
    : QWidget(parent),
      m_desk(desk),
      m_session(&desk->record()),
      m_itemId(itemId),
      m_field(field),
      m_error(new QLabel(this))
{
    using Type = ChecklistField::Type;
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    if (field.type == Type::Choice) {
        m_combo = new QComboBox(this);
        m_combo->addItem(tr("(not set)"), QString());
        for (const QString &choice : field.choices)
            m_combo->addItem(choice, choice);
        row->addWidget(m_combo, 1);
        connect(m_combo, &QComboBox::activated, this, [this] { commit(); });
    } else {
        m_lineEdit = new QLineEdit(this);
        switch (field.type) {
        case Type::Count: m_lineEdit->setPlaceholderText(tr("whole number")); break;
        case Type::Percent: m_lineEdit->setPlaceholderText(tr("0–100")); break;
        case Type::Number: m_lineEdit->setPlaceholderText(tr("number")); break;
        case Type::Date: m_lineEdit->setPlaceholderText(tr("YYYY-MM-DD")); break;
        case Type::DateTime: m_lineEdit->setPlaceholderText(tr("YYYY-MM-DDTHH:MM:SSZ")); break;
        case Type::Time: m_lineEdit->setPlaceholderText(tr("HH:MM")); break;
        case Type::Signature: m_lineEdit->setPlaceholderText(tr("name of the signer")); break;
        default: break;
        }
        row->addWidget(m_lineEdit, 1);
        connect(m_lineEdit, &QLineEdit::editingFinished, this, [this] {
            if (m_lineEdit->isModified())
                commit();
        });
        if (field.type == Type::DateTime || field.type == Type::Date || field.type == Type::Time) {
            auto *now = new QToolButton(this);
            now->setText(field.type == Type::Date ? tr("Today") : tr("Now"));
            row->addWidget(now);
            connect(now, &QToolButton::clicked, this, [this] {
                const QDateTime t = QDateTime::currentDateTimeUtc();
                switch (m_field.type) {
                case ChecklistField::Type::Date:
                    m_lineEdit->setText(t.toLocalTime().date().toString(Qt::ISODate));
                    break;
                case ChecklistField::Type::Time:
                    m_lineEdit->setText(t.toLocalTime().time().toString(QStringLiteral("HH:mm")));
                    break;
                default: m_lineEdit->setText(t.toString(Qt::ISODate)); break;
                }
                commit();
            });
        }
    }
    if (!field.unit.isEmpty())
        row->addWidget(new QLabel(field.unit, this));

    m_error->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_error);
    setEnabled(!m_session->isReadOnly());
    showStoredValue();
}

QWidget *FieldEditor::input() const
{
    return m_combo ? static_cast<QWidget *>(m_combo) : m_lineEdit;
}

QString FieldEditor::editorText() const
{
    return m_combo ? m_combo->currentData().toString() : m_lineEdit->text();
}

QString FieldEditor::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void FieldEditor::showStoredValue()
{
    QString value = m_session->fieldValue(m_itemId, m_field.key);
    if (value.isEmpty())
        value = m_field.templateValue;
    if (m_combo) {
        m_combo->setCurrentIndex(qMax(0, m_combo->findData(value)));
    } else if (!m_lineEdit->hasFocus() || !m_lineEdit->isModified()) {
        m_lineEdit->setText(m_field.shown(value)); // "2,5" on a German desk; stored as "2.5"
        m_lineEdit->setModified(false);
    }
}

bool FieldEditor::commit()
{
    // A new value in a blank a standing signature covers invalidates it: say whose, first.
    const QString typed = editorText();
    if (!InvalidationWarning::confirm(this, m_signOff, m_itemId, m_field.key, typed)) {
        showStoredValue();
        return false;
    }
    if (const Status s = m_desk->setField(m_itemId, m_field.key, typed); !s) {
        m_error->setText(s.message());
        m_error->show();
        return false;
    }
    // Accepted: the value shows as stored once the record has committed it (itemsChanged);
    // until then the box keeps what was typed.
    m_error->hide();
    if (m_lineEdit)
        m_lineEdit->setModified(false);
    return true;
}
