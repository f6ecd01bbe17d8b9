#include "models/checklist/TemplateDiff.h"

#include "models/checklist/TextSimilarity.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cstdlib>

QVector<TemplateDiff::Change> TemplateDiff::losingState() const
{
    QVector<Change> out;
    for (const Change &c : removed) {
        if (c.hadState)
            out.append(c);
    }
    return out;
}

QVector<TemplateDiff::Pair> TemplateDiff::carriedState() const
{
    QVector<Pair> out;
    for (const Pair &p : renamed) {
        if (p.hadState)
            out.append(p);
    }
    return out;
}

int TemplateDiff::movedCount() const
{
    return int(std::count_if(renamed.begin(), renamed.end(), [](const Pair &p) { return p.sameText; }));
}

QString TemplateDiff::summary() const
{
    QString s = QCoreApplication::translate("TemplateDiff", "%1 added, %2 removed, %3 changed")
                    .arg(added.size())
                    .arg(removed.size())
                    .arg(changed.size());
    if (const int moved = movedCount())
        s += QCoreApplication::translate("TemplateDiff", ", %1 moved").arg(moved);
    return s;
}

namespace {

using Kind = ChecklistNode::Kind;

// A heading may be reworded into a heading, an item into an item, never one into the other.
bool isHeadingLike(Kind kind)
{
    return kind == Kind::Document || kind == Kind::Phase || kind == Kind::Section || kind == Kind::Group;
}

// A word or a text shared by more items than this says little about which one an item was, and
// weighing them all would cost n * n; so many old siblings around an item are looked at, no more.
constexpr qsizetype kMaxPostings = 64;

struct Candidate
{
    double similarity;
    bool sameParent;
    int rowDistance;
    int fresh;
    int vanished;

    bool operator<(const Candidate &o) const
    {
        if (similarity != o.similarity)
            return similarity > o.similarity;
        if (sameParent != o.sameParent)
            return sameParent;
        if (rowDistance != o.rowDistance)
            return rowDistance < o.rowDistance;
        if (fresh != o.fresh)
            return fresh < o.fresh;
        return vanished < o.vanished;
    }
};

// Pairs vanished old items with fresh new ones, parents before children: a fresh item is
// looked at once its parent is settled, so that under a reworded heading its unchanged
// children meet their old selves as siblings of the same (paired) parent.
class Pairing
{
public:
    Pairing(const ChecklistDocument &before, const ChecklistDocument &after)
    {
        for (const ChecklistNode *n : before.nodesInOrder()) {
            indexRows(n);
            if (const ChecklistNode *same = after.find(n->id())) {
                link(n, same);
            } else {
                m_vanishedIndex.insert(n, int(m_vanished.size()));
                m_vanished.append(n);
            }
        }
        for (const ChecklistNode *n : after.nodesInOrder()) {
            indexRows(n);
            if (!before.find(n->id()))
                m_fresh.append(n);
        }
        for (int v = 0; v < m_vanished.size(); ++v) {
            m_vanishedKeys.append(SimilarityKey(m_vanished.at(v)->title()));
            m_vanishedCanonical.append(canonicalFieldText(m_vanished.at(v)->title()));
            m_byCanonical[m_vanishedCanonical.last()].append(v);
            const QStringList tokens = m_vanishedKeys.last().tokens();
            for (qsizetype t = 0; t < tokens.size(); ++t) {
                if (t == 0 || tokens.at(t) != tokens.at(t - 1))
                    m_byToken[tokens.at(t)].append(v);
            }
        }
        m_pairOfFresh.fill(-1, m_fresh.size());
        m_similarity.fill(0, m_fresh.size());
        m_vanishedPaired.fill(false, m_vanished.size());
    }

    void run()
    {
        QMap<int, QVector<int>> byDepth;
        for (int f = 0; f < m_fresh.size(); ++f)
            byDepth[depth(m_fresh.at(f))].append(f);
        for (const QVector<int> &level : std::as_const(byDepth)) {
            QVector<Candidate> candidates;
            for (int f : level)
                addCandidates(f, &candidates);
            std::sort(candidates.begin(), candidates.end());
            for (const Candidate &c : std::as_const(candidates)) {
                if (m_pairOfFresh.at(c.fresh) >= 0 || m_vanishedPaired.at(c.vanished))
                    continue;
                m_pairOfFresh[c.fresh] = c.vanished;
                m_similarity[c.fresh] = c.similarity;
                m_vanishedPaired[c.vanished] = true;
                link(m_vanished.at(c.vanished), m_fresh.at(c.fresh));
            }
        }
    }

    void fill(TemplateDiff *diff, const std::function<bool(const QString &)> &hasState) const
    {
        auto stateOf = [&](const ChecklistNode *n) { return hasState && hasState(n->id()); };
        for (int f = 0; f < m_fresh.size(); ++f) {
            const ChecklistNode *n = m_fresh.at(f);
            const int v = m_pairOfFresh.at(f);
            if (v < 0) {
                diff->added.append({QString(), n->id(), QString(), n->title(), false});
                continue;
            }
            const ChecklistNode *old = m_vanished.at(v);
            TemplateDiff::Pair p;
            p.oldId = old->id();
            p.newId = n->id();
            p.oldTitle = old->title();
            p.newTitle = n->title();
            p.similarity = m_similarity.at(f);
            p.sameText = m_vanishedCanonical.at(v) == canonicalFieldText(n->title());
            p.hadState = stateOf(old);
            p.placement = placement(old, n);
            diff->renamed.append(p);
            if (!p.sameText)
                diff->changed.append({p.oldId, p.newId, p.oldTitle, p.newTitle, p.hadState});
        }
        for (int v = 0; v < m_vanished.size(); ++v) {
            if (m_vanishedPaired.at(v))
                continue;
            const ChecklistNode *old = m_vanished.at(v);
            diff->removed.append({old->id(), QString(), old->title(), QString(), stateOf(old)});
        }
    }

private:
    void link(const ChecklistNode *old, const ChecklistNode *now)
    {
        m_newOf.insert(old, now);
        m_oldOf.insert(now, old);
    }

    void indexRows(const ChecklistNode *n)
    {
        for (int i = 0; i < n->childCount(); ++i)
            m_row.insert(n->child(i), i);
    }

    static int depth(const ChecklistNode *n)
    {
        int d = 0;
        for (const ChecklistNode *p = n->parent(); p; p = p->parent())
            ++d;
        return d;
    }

    bool underPartnerOf(const ChecklistNode *old, const ChecklistNode *now) const
    {
        return old->parent() && now->parent() && m_newOf.value(old->parent()) == now->parent();
    }

    TemplateDiff::Pair::Placement placement(const ChecklistNode *old, const ChecklistNode *now) const
    {
        using P = TemplateDiff::Pair::Placement;
        if (old->parent() && now->parent() && old->parent()->id() == now->parent()->id())
            return P::SameParent;
        return underPartnerOf(old, now) ? P::PairedParent : P::OtherParent;
    }

    void addCandidates(int f, QVector<Candidate> *out) const
    {
        const ChecklistNode *n = m_fresh.at(f);
        const SimilarityKey key(n->title());
        QVector<int> seen;
        // The old siblings near its row, the items with the same text, and the items sharing a
        // word. Each source is bounded: weighing every new item against all its old siblings, or
        // all old items of its text, made a list of n reworded items cost n * n.
        if (const ChecklistNode *oldParent = n->parent() ? m_oldOf.value(n->parent()) : nullptr) {
            const int row = m_row.value(n);
            const int last = std::min(oldParent->childCount(), row + int(kMaxPostings / 2));
            for (int i = std::max(0, row - int(kMaxPostings / 2)); i < last; ++i) {
                const auto it = m_vanishedIndex.constFind(oldParent->child(i));
                if (it != m_vanishedIndex.constEnd())
                    seen.append(*it);
            }
        }
        if (const QVector<int> same = m_byCanonical.value(canonicalFieldText(n->title())); same.size() <= kMaxPostings)
            seen += same;
        for (const QString &token : key.tokens()) {
            const QVector<int> postings = m_byToken.value(token);
            if (postings.size() <= kMaxPostings)
                seen += postings;
        }
        std::sort(seen.begin(), seen.end());
        seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
        for (int v : std::as_const(seen)) {
            const ChecklistNode *old = m_vanished.at(v);
            if (m_vanishedPaired.at(v) || isHeadingLike(old->kind()) != isHeadingLike(n->kind()))
                continue;
            const double similarity = key.similarity(m_vanishedKeys.at(v));
            const bool sameParent = underPartnerOf(old, n);
            if (similarity < (sameParent ? TemplateDiff::kMinSimilarity : TemplateDiff::kMinSimilarityElsewhere))
                continue;
            out->append({similarity, sameParent, std::abs(m_row.value(old) - m_row.value(n)), f, v});
        }
    }

    QVector<const ChecklistNode *> m_vanished; // old items whose id the new template lacks, in order
    QVector<const ChecklistNode *> m_fresh;    // new items whose id the old template lacks, in order
    QHash<const ChecklistNode *, int> m_vanishedIndex;
    QVector<SimilarityKey> m_vanishedKeys;
    QVector<QString> m_vanishedCanonical;
    QHash<QString, QVector<int>> m_byCanonical;
    QHash<QString, QVector<int>> m_byToken;
    QHash<const ChecklistNode *, int> m_row;
    QHash<const ChecklistNode *, const ChecklistNode *> m_newOf; // old node -> its new self or partner
    QHash<const ChecklistNode *, const ChecklistNode *> m_oldOf; // and back
    QVector<int> m_pairOfFresh;
    QVector<double> m_similarity;
    QVector<bool> m_vanishedPaired;
};

} // namespace

TemplateDiff TemplateDiff::compute(const ChecklistDocument *before, const ChecklistDocument &after,
                                   const std::function<bool(const QString &)> &hasState)
{
    TemplateDiff diff;
    if (!before) {
        for (const ChecklistNode *n : after.nodesInOrder())
            diff.added.append({QString(), n->id(), QString(), n->title(), false});
        return diff;
    }
    Pairing pairing(*before, after);
    pairing.run();
    pairing.fill(&diff, hasState);
    return diff;
}
