// A checklist template into the record: the embedded default at first start, or a new template
// planned, shown and imported with the state it carries over.
#include "models/session/ChecklistDesk.h"

#include "models/checklist/ParsedChecklist.h"
#include "models/session/LaunchRecord.h"

#include <QCoreApplication>
#include <QFile>

Status ChecklistDesk::importDefault()
{
    QFile resource(LaunchRecord::defaultTemplatePath());
    if (!resource.open(QIODevice::ReadOnly))
        return Status::failure(
            Error::Code::NotFound,
            QCoreApplication::translate("ChecklistDesk", "The embedded default checklist is missing from this build."));
    auto file = TemplateFile::fromMarkdown(QStringLiteral("go-live-checklist.md"), resource.readAll());
    if (!file)
        return file.error();
    const Actor program = LaunchRecord::importer();
    return applyImport(planImport(file.value()), false, &program);
}

ImportPlan ChecklistDesk::planImport(const TemplateFile &file) const
{
    const ChecklistState &state = m_record.state();
    ImportPlan plan;
    plan.file = file;
    plan.sameTemplate = file.sha256 == state.templateSha();
    plan.diff = TemplateDiff::compute(m_record.document(), *file.document,
                                      [&state](const QString &id) { return state.hasState(id); });
    return plan;
}

Status ChecklistDesk::applyImport(const ImportPlan &plan, bool force)
{
    return applyImport(plan, force, nullptr);
}

Status ChecklistDesk::applyImport(const ImportPlan &plan, bool force, const Actor *actor)
{
    const ChecklistState &state = m_record.state();
    if (plan.sameTemplate)
        return {};
    const auto losing = plan.diff.losingState();
    if (!losing.isEmpty() && !force) {
        QStringList names;
        for (const auto &c : losing)
            names.append(QStringLiteral("  %1 \"%2\"").arg(c.oldId, c.oldTitle));
        return Status::failure(
            Error::Code::Refused,
            QCoreApplication::translate("ChecklistDesk",
                                        "%1 would leave the checklist %n item(s) that are ticked, noted or "
                                        "filled in:\n%3\nTheir history stays in the audit trail. Import with "
                                        "--force to go ahead.",
                                        nullptr, int(losing.size()))
                .arg(plan.file.name)
                .arg(names.join(QLatin1Char('\n'))));
    }
    // The tree is stored beside the text, so that later commands read it instead of the Markdown.
    StoredTemplate stored{plan.file.sha256, plan.file.name, plan.file.markdown};
    stored.parsedFormat = ParsedChecklist::kFormat;
    stored.parsed = ParsedChecklist::encode(*plan.file.document, plan.file.sha256);
    QVector<EventDraft> drafts;
    drafts.append(EventDraft::of(
        EventKind::TemplateImported,
        ChecklistState::importPayload(plan.file.sha256, plan.file.name,
                                      {stored.parsedFormat, StoredTemplate::parsedDigestOf(stored.parsed)})));
    // What the template itself ticked or filled in applies only to items the store has
    // never seen, so a re-import never undoes what the team did since.
    for (const ChecklistNode *n : plan.file.document->nodesInOrder()) {
        if (state.item(n->id()))
            continue;
        if (n->isTickable() && n->templateDone())
            drafts.append(ChecklistChanges::ticked(n->id(), true));
        for (const ChecklistField &f : n->fields()) {
            if (f.templateValue.isEmpty() || !f.validate(f.templateValue).isEmpty())
                continue;
            if (!LaunchTiming::isLaunchTimeField(f))
                drafts.append(ChecklistChanges::fieldSet(n->id(), f.key, f.normalize(f.templateValue)));
            else if (!m_record.timing().recorded().isValid())
                drafts.append(LaunchTiming::recorded(LaunchTiming::fromStored(f.normalize(f.templateValue))));
        }
    }
    // Reworded and moved items take their state with them, as events of their own that name
    // where it came from; the old ids' history stays in the trail.
    for (const TemplateDiff::Pair &pair : plan.diff.carriedState()) {
        const ItemState *old = state.item(pair.oldId);
        const ChecklistNode *target = plan.file.document->find(pair.newId);
        if (!old || !target || state.hasState(pair.newId))
            continue;
        QVector<EventDraft> carried;
        if (old->done && target->isTickable())
            carried.append(ChecklistChanges::ticked(pair.newId, true));
        if (!old->note.isEmpty())
            carried.append(ChecklistChanges::noteSet(pair.newId, old->note));
        for (auto it = old->fields.constBegin(); it != old->fields.constEnd(); ++it) {
            // A reworded line may number its blanks differently: carry only what still fits.
            const ChecklistField *field = target->field(it.key());
            if (!it.value().isEmpty() && field && field->validate(it.value()).isEmpty())
                carried.append(ChecklistChanges::fieldSet(pair.newId, it.key(), it.value()));
        }
        for (EventDraft &d : carried) {
            d.payload.insert(QStringLiteral("carriedFrom"), pair.oldId);
            drafts.append(d);
        }
    }
    // What was undoable refers to the old checklist's items.
    m_undoable.clear();
    emit undoChanged();
    return m_record.append(drafts, stored, actor, {});
}
