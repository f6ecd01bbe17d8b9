#include "TestPaths.h"
#include "models/checklist/MarkdownChecklistReader.h"
#include "models/checklist/TemplateDiff.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using Placement = TemplateDiff::Pair::Placement;

namespace {

std::unique_ptr<ChecklistDocument> read(const QString &markdown)
{
    return MarkdownChecklistReader::read(markdown);
}

QString seed()
{
    QFile f(QStringLiteral(GOLIVE_TEST_DATA_DIR "/go-live-checklist.md"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing seed");
    return QString::fromUtf8(f.readAll());
}

QString idOf(const ChecklistDocument &doc, const QString &title)
{
    const auto found = doc.match(title);
    if (found.size() != 1)
        qFatal("%d items titled %s", int(found.size()), qPrintable(title));
    return found.first()->id();
}

// State on the old items with these titles.
std::function<bool(const QString &)> stateOn(const ChecklistDocument &doc, const QStringList &titles)
{
    QSet<QString> ids;
    for (const QString &t : titles)
        ids.insert(idOf(doc, t));
    return [ids](const QString &id) { return ids.contains(id); };
}

QStringList newTitles(const QVector<TemplateDiff::Change> &changes)
{
    QStringList out;
    for (const auto &c : changes)
        out.append(c.newTitle.isEmpty() ? c.oldTitle : c.newTitle);
    return out;
}

const TemplateDiff::Pair *pairFor(const TemplateDiff &diff, const QString &oldTitle)
{
    for (const auto &p : diff.renamed) {
        if (p.oldTitle == oldTitle)
            return &p;
    }
    return nullptr;
}

const QString kBase = QStringLiteral("# Launch\n\n"
                                     "## Preparation\n\n"
                                     "### Team Readiness\n\n"
                                     "- [ ] Operations team trained on the runbooks\n"
                                     "  - Runbook for restarts reviewed\n"
                                     "- [ ] Support team trained\n"
                                     "- [ ] On-call schedule established\n\n"
                                     "### Infrastructure\n\n"
                                     "- [ ] Back up database alpha\n"
                                     "- [ ] Back up database beta\n"
                                     "- [ ] Check DNS records\n\n"
                                     "## Cut-over\n\n"
                                     "- [ ] Switch traffic to the new cluster\n"
                                     "- [ ] Announce the launch\n");

QString edited(QString md, const QString &from, const QString &to)
{
    if (!md.contains(from))
        qFatal("no %s in the template", qPrintable(from));
    md.replace(from, to);
    return md;
}

} // namespace

class TestTemplateDiff : public QObject
{
    Q_OBJECT

private slots:
    void sameTemplateIsNoChange()
    {
        const auto a = read(kBase);
        const auto b = read(kBase);
        const TemplateDiff diff = TemplateDiff::compute(a.get(), *b, {});
        QVERIFY(diff.isEmpty());
        QCOMPARE(diff.summary(), QStringLiteral("0 added, 0 removed, 0 changed"));
    }

    void rewordedTaskKeepsItsPartner()
    {
        const auto before = read(kBase);
        const auto after =
            read(edited(kBase, QStringLiteral("Support team trained"), QStringLiteral("Support team fully trained")));
        const TemplateDiff diff =
            TemplateDiff::compute(before.get(), *after, stateOn(*before, {QStringLiteral("Support team trained")}));
        QVERIFY(diff.added.isEmpty());
        QVERIFY(diff.removed.isEmpty());
        QCOMPARE(diff.renamed.size(), 1);
        const TemplateDiff::Pair &p = diff.renamed.first();
        QCOMPARE(p.oldId, idOf(*before, QStringLiteral("Support team trained")));
        QCOMPARE(p.newId, idOf(*after, QStringLiteral("Support team fully trained")));
        QCOMPARE(p.newTitle, QStringLiteral("Support team fully trained"));
        QVERIFY(!p.sameText);
        QVERIFY2(p.similarity >= TemplateDiff::kMinSimilarity && p.similarity < 1.0,
                 qPrintable(QString::number(p.similarity)));
        QCOMPARE(p.placement, Placement::SameParent);
        QVERIFY(p.hadState);
        // A rewording is a change to confirm, whose state follows it rather than being lost.
        QCOMPARE(newTitles(diff.changed), QStringList{QStringLiteral("Support team fully trained")});
        QVERIFY(diff.losingState().isEmpty());
        QCOMPARE(diff.carriedState().size(), 1);
        QCOMPARE(diff.summary(), QStringLiteral("0 added, 0 removed, 1 changed"));
    }

    void rewordedHeadingMovesItsChildrenUnchanged()
    {
        const auto before = read(kBase);
        const auto after = read(
            edited(kBase, QStringLiteral("### Team Readiness"), QStringLiteral("### Team Readiness and Training")));
        const TemplateDiff diff = TemplateDiff::compute(
            before.get(), *after,
            stateOn(*before,
                    {QStringLiteral("Support team trained"), QStringLiteral("Runbook for restarts reviewed")}));
        QVERIFY(diff.added.isEmpty());
        QVERIFY(diff.removed.isEmpty());
        // The heading, its three tasks and the step under the first task.
        QCOMPARE(diff.renamed.size(), 5);
        QCOMPARE(newTitles(diff.changed), QStringList{QStringLiteral("Team Readiness and Training")});
        const TemplateDiff::Pair *heading = pairFor(diff, QStringLiteral("Team Readiness"));
        QVERIFY(heading);
        QVERIFY(!heading->sameText);
        QCOMPARE(heading->placement, Placement::SameParent);
        for (const QString &title :
             {QStringLiteral("Operations team trained on the runbooks"), QStringLiteral("Support team trained"),
              QStringLiteral("On-call schedule established"), QStringLiteral("Runbook for restarts reviewed")}) {
            const TemplateDiff::Pair *p = pairFor(diff, title);
            QVERIFY2(p, qPrintable(title));
            QCOMPARE(p->newTitle, title);
            QCOMPARE(p->newId, idOf(*after, title));
            QVERIFY(p->oldId != p->newId);
            QVERIFY(p->sameText);
            QCOMPARE(p->similarity, 1.0);
            QCOMPARE(p->placement, Placement::PairedParent);
        }
        QVERIFY(diff.losingState().isEmpty());
        QCOMPARE(diff.carriedState().size(), 2);
        QCOMPARE(diff.movedCount(), 4);
        QCOMPARE(diff.summary(), QStringLiteral("0 added, 0 removed, 1 changed, 4 moved"));
    }

    void headingReplacedOutrightStillKeepsItsChildren()
    {
        // Too different to be the same heading; its children are still found by their text.
        const auto before = read(kBase);
        const auto after = read(edited(kBase, QStringLiteral("### Team Readiness"), QStringLiteral("### People")));
        const TemplateDiff diff = TemplateDiff::compute(before.get(), *after, {});
        QCOMPARE(newTitles(diff.added), QStringList{QStringLiteral("People")});
        QCOMPARE(newTitles(diff.removed), QStringList{QStringLiteral("Team Readiness")});
        QCOMPARE(diff.renamed.size(), 4);
        for (const auto &p : diff.renamed) {
            QVERIFY(p.sameText);
            QVERIFY(p.placement != Placement::SameParent);
        }
        QVERIFY(diff.changed.isEmpty());
    }

    void taskMovedToAnotherSection()
    {
        const auto before = read(kBase);
        QString md = edited(kBase, QStringLiteral("- [ ] Check DNS records\n"), QString());
        md = edited(md, QStringLiteral("- [ ] Announce the launch\n"),
                    QStringLiteral("- [ ] Announce the launch\n- [ ] Check DNS records\n"));
        const auto after = read(md);
        const TemplateDiff diff =
            TemplateDiff::compute(before.get(), *after, stateOn(*before, {QStringLiteral("Check DNS records")}));
        QVERIFY(diff.added.isEmpty());
        QVERIFY(diff.removed.isEmpty());
        QVERIFY(diff.changed.isEmpty());
        QCOMPARE(diff.renamed.size(), 1);
        const TemplateDiff::Pair &p = diff.renamed.first();
        QCOMPARE(p.oldTitle, QStringLiteral("Check DNS records"));
        QVERIFY(p.sameText);
        QCOMPARE(p.placement, Placement::OtherParent);
        QVERIFY(p.hadState);
        QVERIFY(diff.losingState().isEmpty());
    }

    void similarTasksAreNotCrossPaired()
    {
        // Both reworded and their order swapped: each keeps its own partner, not the one at its row.
        const auto before = read(kBase);
        const auto after =
            read(edited(kBase, QStringLiteral("- [ ] Back up database alpha\n- [ ] Back up database beta\n"),
                        QStringLiteral("- [ ] Back up database beta every night\n"
                                       "- [ ] Back up database alpha every night\n")));
        const TemplateDiff diff = TemplateDiff::compute(before.get(), *after, {});
        QVERIFY(diff.added.isEmpty());
        QVERIFY(diff.removed.isEmpty());
        QCOMPARE(diff.renamed.size(), 2);
        QCOMPARE(pairFor(diff, QStringLiteral("Back up database alpha"))->newTitle,
                 QStringLiteral("Back up database alpha every night"));
        QCOMPARE(pairFor(diff, QStringLiteral("Back up database beta"))->newTitle,
                 QStringLiteral("Back up database beta every night"));
    }

    void oneOfTwoSimilarTasksRemoved()
    {
        // alpha goes, beta stays as it was, gamma is new in another phase: alpha's tick passes
        // neither to beta nor, alike as it is, to gamma.
        const auto before = read(kBase);
        QString md = edited(kBase, QStringLiteral("- [ ] Back up database alpha\n"), QString());
        md = edited(md, QStringLiteral("- [ ] Announce the launch\n"),
                    QStringLiteral("- [ ] Announce the launch\n- [ ] Back up database gamma\n"));
        const auto after = read(md);
        const TemplateDiff diff =
            TemplateDiff::compute(before.get(), *after, stateOn(*before, {QStringLiteral("Back up database alpha")}));
        QVERIFY(diff.renamed.isEmpty());
        QCOMPARE(newTitles(diff.added), QStringList{QStringLiteral("Back up database gamma")});
        QCOMPARE(newTitles(diff.removed), QStringList{QStringLiteral("Back up database alpha")});
        QCOMPARE(diff.losingState().size(), 1);
        QCOMPARE(diff.losingState().first().oldId, idOf(*before, QStringLiteral("Back up database alpha")));
    }

    void removedItemWithStateIsLost()
    {
        const auto before = read(kBase);
        const auto after = read(edited(kBase, QStringLiteral("- [ ] Check DNS records\n"), QString()));
        const TemplateDiff diff = TemplateDiff::compute(
            before.get(), *after,
            stateOn(*before, {QStringLiteral("Check DNS records"), QStringLiteral("Announce the launch")}));
        QVERIFY(diff.renamed.isEmpty());
        QCOMPARE(diff.removed.size(), 1);
        QVERIFY(diff.removed.first().hadState);
        QCOMPARE(newTitles(diff.losingState()), QStringList{QStringLiteral("Check DNS records")});
    }

    void unrelatedTextInTheSamePlaceIsNoRewording()
    {
        const auto before = read(kBase);
        const auto after =
            read(edited(kBase, QStringLiteral("Check DNS records"), QStringLiteral("Rotate the TLS certificates")));
        const TemplateDiff diff =
            TemplateDiff::compute(before.get(), *after, stateOn(*before, {QStringLiteral("Check DNS records")}));
        QVERIFY(diff.renamed.isEmpty());
        QCOMPARE(newTitles(diff.added), QStringList{QStringLiteral("Rotate the TLS certificates")});
        QCOMPARE(diff.losingState().size(), 1);
    }

    void addedItems()
    {
        const auto before = read(kBase);
        QString md = edited(kBase, QStringLiteral("- [ ] Announce the launch\n"),
                            QStringLiteral("- [ ] Announce the launch\n- [ ] Watch the error rate\n"));
        md += QStringLiteral("\n## Aftercare\n\n- [ ] Hold the retrospective\n");
        const auto after = read(md);
        const TemplateDiff diff = TemplateDiff::compute(before.get(), *after, {});
        QCOMPARE(newTitles(diff.added),
                 (QStringList{QStringLiteral("Watch the error rate"), QStringLiteral("Aftercare"),
                              QStringLiteral("Hold the retrospective")}));
        QVERIFY(diff.removed.isEmpty());
        QVERIFY(diff.renamed.isEmpty());
        QCOMPARE(diff.summary(), QStringLiteral("3 added, 0 removed, 0 changed"));
    }

    void noOldTemplateAddsEverything()
    {
        const auto after = read(kBase);
        const TemplateDiff diff = TemplateDiff::compute(nullptr, *after, {});
        QCOMPARE(diff.added.size(), after->nodesInOrder().size());
        QVERIFY(diff.renamed.isEmpty());
    }

    void filledBlanksAreTheSameText()
    {
        // A rewording elsewhere on the line is a change; a different value in a blank is none.
        const QString md = QStringLiteral("# L\n\n## A\n\n- [ ] Total tickets processed: _____\n");
        const auto before = read(md);
        const auto after = read(edited(md, QStringLiteral("## A"), QStringLiteral("## A (T+1h)")));
        const TemplateDiff diff = TemplateDiff::compute(before.get(), *after, {});
        const TemplateDiff::Pair *p = pairFor(diff, QStringLiteral("Total tickets processed: _____"));
        QVERIFY(p);
        QVERIFY(p->sameText);
    }

    void seedPhaseReworded()
    {
        const QString md = seed();
        const auto before = read(md);
        const auto after = read(edited(md, QStringLiteral("## Phase 1: One Week Before Go-Live"),
                                       QStringLiteral("## Phase 1: One week before go-live (T-7)")));
        const TemplateDiff diff = TemplateDiff::compute(before.get(), *after, {});
        const ChecklistNode *phase = before->find(idOf(*before, QStringLiteral("Phase 1: One Week Before Go-Live")));
        int descendants = -1;
        phase->forEach([&](const ChecklistNode *) { ++descendants; });
        QVERIFY(descendants > 30);
        QVERIFY(diff.added.isEmpty());
        QVERIFY(diff.removed.isEmpty());
        QCOMPARE(diff.renamed.size(), descendants + 1);
        QCOMPARE(diff.changed.size(), 1);
        QCOMPARE(diff.movedCount(), descendants);
    }

    void seedEditAsTheSessionTestsMakeIt()
    {
        // The edit tst_checklistsession imports: a step reworded, its neighbour removed, a task added.
        const QString md = seed();
        const auto before = read(md);
        QString e = edited(md, QStringLiteral("  - No critical bugs or failures\n  - Test results documented\n"),
                           QStringLiteral("  - No critical or major bugs\n"));
        e = edited(e, QStringLiteral("### Team Readiness\n"),
                   QStringLiteral("### Team Readiness\n\n- [ ] **Security review signed off**\n"));
        const auto after = read(e);
        const TemplateDiff diff = TemplateDiff::compute(before.get(), *after, {});
        QCOMPARE(diff.summary(), QStringLiteral("1 added, 1 removed, 1 changed"));
        QCOMPARE(diff.changed.first().oldTitle, QStringLiteral("No critical bugs or failures"));
        QCOMPARE(diff.removed.first().oldTitle, QStringLiteral("Test results documented"));
    }

    void thousandItemsAlwaysAlike()
    {
        // 20 sections of 50 tasks; every heading and every tenth task reworded.
        QString before = QStringLiteral("# Big\n\n");
        QString after = before;
        for (int s = 0; s < 20; ++s) {
            before += QStringLiteral("## Section %1 of the rollout\n\n").arg(s);
            after += QStringLiteral("## Section %1 of the roll-out plan\n\n").arg(s);
            for (int t = 0; t < 50; ++t) {
                const QString task = QStringLiteral("Verify service %1 in region %2 responds").arg(t).arg(s);
                before += QStringLiteral("- [ ] %1\n").arg(task);
                after += QStringLiteral("- [ ] %1\n").arg(t % 10 == 0 ? task + QStringLiteral(" quickly") : task);
            }
            before += QLatin1Char('\n');
            after += QLatin1Char('\n');
        }
        const auto a = read(before);
        const auto b = read(after);
        QElapsedTimer timer;
        timer.start();
        const TemplateDiff diff = TemplateDiff::compute(a.get(), *b, [](const QString &) { return true; });
        const qint64 ms = timer.elapsed();
        // Reported, not asserted: a loaded machine or a sanitizer makes any time limit flaky.
        qInfo("1,020 pairs among 1,021 items in %lld ms", ms);
        QVERIFY(diff.added.isEmpty());
        QVERIFY(diff.removed.isEmpty());
        QCOMPARE(diff.renamed.size(), 1020);
        QCOMPARE(diff.changed.size(), 20 + 100);
        QVERIFY(diff.losingState().isEmpty());
        for (const auto &p : diff.renamed) {
            QVERIFY2(p.newTitle.startsWith(p.oldTitle.left(p.oldTitle.size() - 8)),
                     qPrintable(p.oldTitle + QStringLiteral(" / ") + p.newTitle));
            QVERIFY(p.placement != Placement::OtherParent);
        }
        const TemplateDiff again = TemplateDiff::compute(a.get(), *b, {});
        QCOMPARE(again.renamed.size(), diff.renamed.size());
        for (int i = 0; i < diff.renamed.size(); ++i) {
            QCOMPARE(again.renamed.at(i).oldId, diff.renamed.at(i).oldId);
            QCOMPARE(again.renamed.at(i).newId, diff.renamed.at(i).newId);
        }
    }
    // A hostile pair of templates (issue #18): 20,000 siblings all reworded, and 20,000 items of
    // the same text. Each new item may be weighed against a bounded number of old ones only; all
    // its old siblings or all old items of its text made this n * n (hours). 60 s guards a hang.
    void largeListsAreDiffedWithoutComparingEveryPair_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<int>("renamed");
        QString verified, checked, same, sameMoved;
        for (int i = 0; i < 20000; ++i) {
            verified += QStringLiteral("- [ ] Task %1: verify component %1 after restart\n").arg(i);
            checked += QStringLiteral("- [ ] Task %1: verify component %1 after the restart\n").arg(i);
            same += QStringLiteral("- [ ] Backup verified\n");
        }
        QTest::newRow("20,000 siblings reworded") << QStringLiteral("# A\n\n## Steps\n\n") + verified
                                                  << QStringLiteral("# A\n\n## Steps\n\n") + checked << 20000;
        QTest::newRow("20,000 items of one text moved")
            << QStringLiteral("# A\n\n## One\n\n") + same << QStringLiteral("# A\n\n## Two\n\n") + same << -1;
    }

    void largeListsAreDiffedWithoutComparingEveryPair()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(int, renamed);
        const QDeadlineTimer hangGuard(60000);
        const auto a = read(before);
        const auto b = read(after);
        const TemplateDiff diff = TemplateDiff::compute(a.get(), *b, {});
        if (renamed >= 0)
            QCOMPARE(diff.renamed.size(), renamed);
        // As many items before as after: each new one without a partner leaves an old one without.
        QCOMPARE(diff.added.size(), diff.removed.size());
        QVERIFY2(!hangGuard.hasExpired(), "the diff took more than 60 s");
    }
};

QTEST_GUILESS_MAIN(TestTemplateDiff)
#include "tst_templatediff.moc"
