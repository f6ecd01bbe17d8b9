#pragma once

#include "models/checklist/ChecklistField.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

// A place where a person in a role signs: the name blank (a Signature field) and the date
// beside it, so that a sign-off can be bound to them.
struct SignatureSlot
{
    QString role;         // "Project Manager"; for "Signature: ____" the heading it sits under
    QString nodeId;       // the node of the Signature field
    QString fieldKey;     // "f0"
    QString dateNodeId;   // the node of the date: this one, or the next sibling ("- Date: ____")
    QString dateFieldKey; // empty when no date goes with the signature
};

// One heading, group label or list item of a checklist template.
class ChecklistNode
{
public:
    enum class Kind {
        Document, // the whole template (its # title)
        Phase,    // ## heading
        Section,  // ### heading and deeper
        Group,    // a bold label paragraph ("**Hour 1 (T+1h)**") that gathers the list below it
        Task,     // a list item with a task marker "- [ ]"
        Step,     // any other list item; steps can be ticked too
        Entry,    // a paragraph with blanks to fill ("Project Manager: ____ Date: ____")
    };

    ChecklistNode(Kind kind, QString title) : m_kind(kind), m_title(std::move(title)) {}

    Kind kind() const { return m_kind; }
    void setKind(Kind kind) { m_kind = kind; }
    const QString &id() const { return m_id; }
    void setId(const QString &id) { m_id = id; }
    const QString &title() const { return m_title; }

    bool isTickable() const { return m_kind == Kind::Task || m_kind == Kind::Step; }
    bool templateDone() const { return m_templateDone; }
    void setTemplateDone(bool done) { m_templateDone = done; }
    bool isNumbered() const { return m_numbered; }
    void setNumbered(bool numbered) { m_numbered = numbered; }
    bool isBold() const { return m_bold; }
    void setBold(bool bold) { m_bold = bold; }

    const QVector<ChecklistField> &fields() const { return m_fields; }
    void setFields(const QVector<ChecklistField> &fields) { m_fields = fields; }
    const ChecklistField *field(const QString &key) const;
    // The fields a person names by key ("f0") or label ("Database size", any case), or else by a
    // part of the label; a label equal to text wins over labels that merely contain it.
    QVector<const ChecklistField *> matchFields(const QString &keyOrLabel) const;
    // The Signature fields of this node, in reading order.
    QVector<SignatureSlot> signatureSlots() const;

    // Free text that belongs to this node, in document order.
    const QStringList &paragraphs() const { return m_paragraphs; }
    void addParagraph(const QString &text) { m_paragraphs.append(text); }
    // Commands to copy: inline code of the title and fenced code blocks below the node.
    const QStringList &commands() const { return m_commands; }
    void addCommand(const QString &command) { m_commands.append(command); }

    ChecklistNode *parent() const { return m_parent; }
    int childCount() const { return int(m_children.size()); }
    ChecklistNode *child(int row) const { return m_children.at(size_t(row)).get(); }
    int row() const;
    ChecklistNode *lastChild() const { return m_children.empty() ? nullptr : m_children.back().get(); }
    ChecklistNode *appendChild(std::unique_ptr<ChecklistNode> child);
    void reserveChildren(int count) { m_children.reserve(size_t(count)); }

    // Depth-first, this node first.
    template<typename F>
    void forEach(F &&visit) const
    {
        visit(this);
        for (const auto &c : m_children)
            c->forEach(visit);
    }

    static QString kindName(Kind kind);

private:
    Kind m_kind;
    QString m_id;
    QString m_title;
    bool m_templateDone = false;
    bool m_numbered = false;
    bool m_bold = false;
    QVector<ChecklistField> m_fields;
    QStringList m_paragraphs;
    QStringList m_commands;
    ChecklistNode *m_parent = nullptr;
    std::vector<std::unique_ptr<ChecklistNode>> m_children;
};

// A parsed template: the tree, an index by id, and the Markdown it came from.
class ChecklistDocument
{
public:
    explicit ChecklistDocument(std::unique_ptr<ChecklistNode> root, QString markdown);
    // A document read from its parsed form: the Markdown (which only an export needs) is made
    // the first time it is asked for.
    ChecklistDocument(std::unique_ptr<ChecklistNode> root, std::function<QString()> markdown);

    const ChecklistNode *root() const { return m_root.get(); }
    const ChecklistNode *find(const QString &id) const { return m_byId.value(id); }
    const QString &markdown() const;
    QString title() const { return m_root->title(); }

    // Nodes that match an id exactly, or else whose title contains text (case-insensitive);
    // a title equal to text wins over titles that merely contain it.
    QVector<const ChecklistNode *> match(const QString &idOrText) const;

    int taskCount() const { return m_taskCount; }
    int tickableCount() const { return m_tickableCount; }
    QVector<const ChecklistNode *> nodesInOrder() const;
    // Every signature slot of the checklist, in document order.
    QVector<SignatureSlot> signatureSlots() const;
    // The roles those slots name (the sign-off's leads), once each, in document order.
    QStringList signatureRoles() const;

private:
    std::unique_ptr<ChecklistNode> m_root;
    mutable QString m_markdown;
    mutable std::function<QString()> m_markdownSource; // until markdown() is first asked for
    QHash<QString, const ChecklistNode *> m_byId;
    int m_taskCount = 0;
    int m_tickableCount = 0;
};
