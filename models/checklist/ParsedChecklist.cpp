#include "models/checklist/ParsedChecklist.h"

#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <optional>

namespace {

using Kind = ChecklistNode::Kind;
using Type = ChecklistField::Type;

const QLatin1String kMagic("golive.parsed-checklist");
// The numbers of format 1 (never the enums' own values: those may be reordered).
constexpr Kind kKinds[] = {Kind::Document, Kind::Phase, Kind::Section, Kind::Group,
                           Kind::Task,     Kind::Step,  Kind::Entry};
constexpr Type kTypes[] = {Type::Text, Type::Count,  Type::Number, Type::Percent,  Type::DateTime,
                           Type::Date, Type::Choice, Type::Time,   Type::Signature};
enum Flag : int {
    TemplateDone = 1,
    Numbered = 2,
    Bold = 4
};
constexpr int kMaxDepth = 1000; // deeper than any checklist; the stack stays small
constexpr int kIdBytes = 5;     // an id is 10 hex digits (assignStableIds)
constexpr int kIndexEntry = kIdBytes + 4;

template<typename T, size_t N>
int numberOf(const T (&table)[N], T value)
{
    for (size_t i = 0; i < N; ++i) {
        if (table[i] == value)
            return int(i);
    }
    return -1;
}

QString defaultKey(qsizetype index)
{
    // Shared copies of the usual keys: a checklist has tens of thousands of them.
    static const QStringList keys = [] {
        QStringList out;
        for (int i = 0; i < 16; ++i)
            out.append(QStringLiteral("f%1").arg(i));
        return out;
    }();
    return index < keys.size() ? keys.at(index) : QStringLiteral("f%1").arg(index);
}

QByteArray idBytes(const QString &id)
{
    if (id.size() != 2 * kIdBytes)
        return {};
    const QByteArray bytes = QByteArray::fromHex(id.toLatin1());
    return bytes.size() == kIdBytes && QString::fromLatin1(bytes.toHex()) == id ? bytes : QByteArray();
}

void writeStrings(QCborStreamWriter &w, const QStringList &strings)
{
    w.startArray(quint64(strings.size()));
    for (const QString &s : strings)
        w.append(s);
    w.endArray();
}

// A field leaves out the items at its end that are what a reader assumes without them.
void writeField(QCborStreamWriter &w, const ChecklistField &f, qsizetype index, const QString &title)
{
    const bool ownKey = f.key != defaultKey(index);
    const qsizetype length = !f.choices.isEmpty() ? 6
        : !f.templateValue.isEmpty()              ? 5
        : !f.unit.isEmpty()                       ? 4
        : ownKey                                  ? 3
                                                  : 2;
    w.startArray(quint64(length));
    w.append(numberOf(kTypes, f.type));
    // Most labels are the words the title starts with: their length says it.
    if (!f.label.isEmpty() && title.startsWith(f.label))
        w.append(quint64(f.label.size()));
    else
        w.append(f.label);
    if (length > 2 && ownKey)
        w.append(f.key);
    else if (length > 2)
        w.appendNull();
    if (length > 3)
        w.append(f.unit);
    if (length > 4)
        w.append(f.templateValue);
    if (length > 5)
        writeStrings(w, f.choices);
    w.endArray();
}

// Where each node with a usual id starts in the tree's bytes: the index a command looks an item up in.
struct IndexEntry
{
    QByteArray id;
    quint32 offset = 0;
};

// The template's text, which titles, paragraphs and commands are mostly read from: a text found there
// (near where the reader was) is written as where it is, offset * 2^16 + length, not again.
struct Source
{
    static constexpr qsizetype kNear = 4096; // how far ahead a text is looked for
    QByteArray utf8;
    qsizetype from = 0; // where the last title was found

    void write(QCborStreamWriter &w, const QString &text, qsizetype near, bool advance)
    {
        const QByteArray bytes = text.toUtf8();
        const qsizetype window = qMin(kNear + bytes.size(), utf8.size() - near);
        const qsizetype at = bytes.isEmpty() || bytes.size() > 0xffff || window <= 0
            ? -1
            : QByteArray::fromRawData(utf8.constData() + near, window).indexOf(bytes);
        if (at < 0) {
            w.append(text);
            return;
        }
        w.append(quint64(near + at) << 16 | quint64(bytes.size()));
        if (advance)
            from = near + at + bytes.size();
    }
};

void writeTexts(QCborStreamWriter &w, const QStringList &texts, Source *source, qsizetype near)
{
    w.startArray(quint64(texts.size()));
    for (const QString &t : texts)
        source->write(w, t, near, false);
    w.endArray();
}

void writeNode(QCborStreamWriter &w, const ChecklistNode *node, const QByteArray &tree, std::vector<IndexEntry> *index,
               Source *source)
{
    const int flags =
        (node->templateDone() ? TemplateDone : 0) | (node->isNumbered() ? Numbered : 0) | (node->isBold() ? Bold : 0);
    const QByteArray bytes = idBytes(node->id());
    if (!bytes.isEmpty())
        index->push_back(IndexEntry{bytes, quint32(tree.size())}); // the writer appends at once
    w.startArray(5);
    w.append(numberOf(kKinds, node->kind()) | flags << 3);
    if (!bytes.isEmpty())
        w.appendByteString(bytes.constData(), bytes.size());
    else
        w.append(node->id());
    const qsizetype near = source->from;
    source->write(w, node->title(), near, true);
    const qsizetype extras = !node->commands().isEmpty() ? 3
        : !node->paragraphs().isEmpty()                  ? 2
        : !node->fields().isEmpty()                      ? 1
                                                         : 0;
    w.startArray(quint64(extras));
    if (extras > 0) {
        w.startArray(quint64(node->fields().size()));
        for (qsizetype i = 0; i < node->fields().size(); ++i)
            writeField(w, node->fields().at(i), i, node->title());
        w.endArray();
    }
    if (extras > 1)
        writeTexts(w, node->paragraphs(), source, near);
    if (extras > 2)
        writeTexts(w, node->commands(), source, near);
    w.endArray();
    w.startArray(quint64(node->childCount()));
    for (int i = 0; i < node->childCount(); ++i)
        writeNode(w, node->child(i), tree, index, source);
    w.endArray();
    w.endArray();
}

QByteArray indexBytes(std::vector<IndexEntry> entries)
{
    std::sort(entries.begin(), entries.end(), [](const IndexEntry &a, const IndexEntry &b) { return a.id < b.id; });
    QByteArray out;
    out.reserve(qsizetype(entries.size()) * kIndexEntry);
    for (const IndexEntry &e : entries) {
        out += e.id;
        for (int shift = 24; shift >= 0; shift -= 8)
            out += char((e.offset >> shift) & 0xff);
    }
    return out;
}

// Where the bytes of the byte string at offset start, and how many there are (CBOR major type 2
// with a definite length); false when it is not one.
bool byteStringAt(const QByteArray &data, qint64 offset, qint64 *start, qint64 *length)
{
    if (offset < 0 || offset >= data.size() || (uchar(data.at(offset)) >> 5) != 2)
        return false;
    const int info = uchar(data.at(offset)) & 0x1f;
    const int extra = info < 24 ? 0 : info == 24 ? 1 : info == 25 ? 2 : info == 26 ? 4 : info == 27 ? 8 : -1;
    if (extra < 0 || offset + 1 + extra > data.size())
        return false;
    quint64 n = info < 24 ? quint64(info) : 0;
    for (int i = 0; i < extra; ++i)
        n = n << 8 | uchar(data.at(offset + 1 + i));
    *start = offset + 1 + extra;
    *length = qint64(n);
    return n <= quint64(data.size() - *start);
}

// Reads CBOR of format 1. Any surprise stops it (ok is false) and the caller reads the Markdown instead.
class Reader
{
public:
    explicit Reader(const QByteArray &data, const QByteArray &markdown = {})
        : m_r(data), m_size(data.size()), m_markdown(markdown)
    {}

    // The form's header; then where its index and its tree are in data.
    bool form(const QByteArray &data, const QString &templateSha, qint64 *index, qint64 *indexLength, qint64 *tree,
              qint64 *treeLength)
    {
        if (enterArray() != 5 || text() != kMagic || integer() != ParsedChecklist::kFormat || text() != templateSha)
            return false;
        m_ok = m_ok && byteStringAt(data, m_r.currentOffset(), index, indexLength) && *indexLength % kIndexEntry == 0
            && m_r.next();
        m_ok = m_ok && byteStringAt(data, m_r.currentOffset(), tree, treeLength) && m_r.next();
        leaveArray();
        return m_ok && m_r.lastError() == QCborError::NoError && m_r.currentOffset() == m_size;
    }

    // The whole tree (the reader is on the tree's bytes).
    std::unique_ptr<ChecklistNode> tree()
    {
        std::unique_ptr<ChecklistNode> root = node(0);
        if (!m_ok || !root || root->kind() != Kind::Document || m_r.lastError() != QCborError::NoError
            || m_r.currentOffset() != m_size)
            return nullptr;
        return root;
    }

    // The node that starts here, alone, when it has this id.
    std::unique_ptr<ChecklistNode> nodeAlone(const QByteArray &wantedId, const QString &id)
    {
        if (enterArray() != 5)
            return nullptr;
        const qint64 kindAndFlags = integer();
        if (!stringBytes() || QByteArray(m_buffer.constData(), m_buffer.size()) != wantedId)
            return nullptr;
        return ownItems(kindAndFlags, id);
    }

private:
    // The length of the array entered, or -1 (and stopped).
    qint64 enterArray()
    {
        if (!m_ok || !m_r.isArray() || !m_r.isLengthKnown() || m_r.length() > quint64(1) << 40) {
            m_ok = false;
            return -1;
        }
        const auto length = qint64(m_r.length());
        m_ok = m_r.enterContainer();
        return m_ok ? length : -1;
    }

    void leaveArray() { m_ok = m_ok && !m_r.hasNext() && m_r.leaveContainer(); }

    qint64 integer()
    {
        if (!m_ok || !m_r.isUnsignedInteger() || m_r.toUnsignedInteger() > 0xffffff) {
            m_ok = false;
            return -1;
        }
        const auto v = qint64(m_r.toUnsignedInteger());
        m_r.next();
        return v;
    }

    // The bytes of a text or byte string, in m_buffer (one copy, no conversion on the way).
    bool stringBytes()
    {
        m_buffer.clear();
        if (!m_ok || !(m_r.isString() || m_r.isByteArray())) {
            m_ok = false;
            return false;
        }
        for (;;) {
            const qsizetype at = m_buffer.size();
            const qsizetype size = m_r.currentStringChunkSize();
            if (size < 0 || size > m_size) { // more than there is: a lie, not a reason to allocate
                m_ok = false;
                return false;
            }
            m_buffer.resize(at + size);
            const auto chunk = m_r.readStringChunk(m_buffer.data() + at, m_buffer.size() - at);
            if (chunk.status == QCborStreamReader::EndOfString)
                return true;
            if (chunk.status != QCborStreamReader::Ok || chunk.data != m_buffer.size() - at) {
                m_ok = false;
                return false;
            }
        }
    }

    // A short text that recurs (a unit, a choice) is kept once and shared.
    QString word()
    {
        const QString s = text();
        if (s.size() > 16)
            return s;
        const auto known = m_words.constFind(s);
        return known != m_words.constEnd() ? *known : *m_words.insert(s, s);
    }

    // A text written as itself or as where it is in the template's text.
    QString sourced()
    {
        if (!m_ok || !m_r.isUnsignedInteger())
            return text();
        const quint64 place = m_r.toUnsignedInteger();
        const auto offset = qint64(place >> 16);
        const auto length = qint64(place & 0xffff);
        m_r.next();
        if (offset > m_markdown.size() - length) {
            m_ok = false;
            return {};
        }
        return QString::fromUtf8(m_markdown.constData() + offset, length);
    }

    QString text()
    {
        const bool isText = m_ok && m_r.isString() && m_r.type() == QCborStreamReader::TextString;
        if (!isText || !stringBytes()) {
            m_ok = false;
            return {};
        }
        return QString::fromUtf8(m_buffer.constData(), m_buffer.size());
    }

    QString id()
    {
        if (m_ok && m_r.type() == QCborStreamReader::TextString)
            return text();
        if (!stringBytes() || m_buffer.size() != kIdBytes) {
            m_ok = false;
            return {};
        }
        static const char digits[] = "0123456789abcdef";
        QString out(2 * kIdBytes, Qt::Uninitialized);
        for (int i = 0; i < kIdBytes; ++i) {
            const auto b = uchar(m_buffer.at(i));
            out[2 * i] = QLatin1Char(digits[b >> 4]);
            out[2 * i + 1] = QLatin1Char(digits[b & 0xf]);
        }
        return out;
    }

    QStringList strings(bool words = false)
    {
        QStringList out;
        const qint64 n = enterArray();
        for (qint64 i = 0; i < n && m_ok; ++i)
            out.append(words ? word() : text());
        leaveArray();
        return out;
    }

    QStringList texts()
    {
        QStringList out;
        const qint64 n = enterArray();
        for (qint64 i = 0; i < n && m_ok; ++i)
            out.append(sourced());
        leaveArray();
        return out;
    }

    ChecklistField field(qsizetype index, const QString &title)
    {
        ChecklistField f;
        const qint64 n = enterArray();
        if (n < 2 || n > 6) {
            m_ok = false;
            return f;
        }
        const qint64 type = integer();
        m_ok = m_ok && type < qint64(std::size(kTypes));
        f.type = m_ok ? kTypes[type] : Type::Text;
        if (m_ok && m_r.isUnsignedInteger()) {
            const qint64 prefix = integer();
            m_ok = m_ok && prefix <= title.size();
            f.label = title.left(prefix);
        } else {
            f.label = text();
        }
        f.key = defaultKey(index);
        if (n > 2 && m_ok && !m_r.isNull())
            f.key = text();
        else if (n > 2 && m_ok)
            m_r.next();
        if (n > 3)
            f.unit = word();
        if (n > 4)
            f.templateValue = text();
        if (n > 5)
            f.choices = strings(true);
        leaveArray();
        return f;
    }

    // A node's own items: kind and flags, id, title, fields, paragraphs, commands (not its children).
    std::unique_ptr<ChecklistNode> ownItems(qint64 kindAndFlags, const QString &id)
    {
        QString title = sourced();
        const qint64 kind = kindAndFlags & 7;
        if (!m_ok || kind >= qint64(std::size(kKinds)))
            return nullptr;
        auto n = std::make_unique<ChecklistNode>(kKinds[kind], std::move(title));
        n->setId(id);
        const qint64 flags = kindAndFlags >> 3;
        n->setTemplateDone((flags & TemplateDone) != 0);
        n->setNumbered((flags & Numbered) != 0);
        n->setBold((flags & Bold) != 0);
        const qint64 extras = enterArray();
        if (extras > 3) {
            m_ok = false;
            return nullptr;
        }
        if (extras > 0) {
            QVector<ChecklistField> fields;
            const qint64 count = enterArray();
            for (qint64 i = 0; i < count && m_ok; ++i)
                fields.append(field(i, n->title()));
            leaveArray();
            n->setFields(fields);
        }
        for (const QString &p : extras > 1 ? texts() : QStringList())
            n->addParagraph(p);
        for (const QString &c : extras > 2 ? texts() : QStringList())
            n->addCommand(c);
        leaveArray();
        if (!m_ok)
            return nullptr;
        return n;
    }

    std::unique_ptr<ChecklistNode> node(int depth)
    {
        if (depth > kMaxDepth || enterArray() != 5) {
            m_ok = false;
            return nullptr;
        }
        const qint64 kindAndFlags = integer();
        std::unique_ptr<ChecklistNode> n = ownItems(kindAndFlags, id());
        const qint64 children = n ? enterArray() : -1;
        if (n)
            n->reserveChildren(int(qBound(qint64(0), children, qMin(m_size, qint64(1) << 16)))); // each takes a byte
        for (qint64 i = 0; i < children && m_ok; ++i) {
            if (std::unique_ptr<ChecklistNode> child = node(depth + 1))
                n->appendChild(std::move(child));
        }
        leaveArray();
        leaveArray();
        if (!m_ok)
            return nullptr;
        return n;
    }

    QCborStreamReader m_r;
    qint64 m_size;         // nothing may follow what is read
    QByteArray m_markdown; // the template's text (UTF-8) that texts may be read from
    QVarLengthArray<char, 512> m_buffer;
    QHash<QString, QString> m_words;
    bool m_ok = true;
};

// The tree and the index, where a well-made form of this template has them.
struct Parts
{
    QByteArray index;
    QByteArray tree;
};

std::optional<Parts> partsOf(const QByteArray &parsed, const QString &templateSha)
{
    qint64 index = 0, indexLength = 0, tree = 0, treeLength = 0;
    if (!Reader(parsed).form(parsed, templateSha, &index, &indexLength, &tree, &treeLength))
        return std::nullopt;
    // Views into parsed, which outlives them.
    return Parts{QByteArray::fromRawData(parsed.constData() + index, indexLength),
                 QByteArray::fromRawData(parsed.constData() + tree, treeLength)};
}

} // namespace

QByteArray ParsedChecklist::encode(const ChecklistDocument &document, const QString &templateSha)
{
    QByteArray tree;
    std::vector<IndexEntry> index;
    Source source{document.markdown().toUtf8()};
    {
        QCborStreamWriter w(&tree);
        writeNode(w, document.root(), tree, &index, &source);
    }
    QByteArray out;
    QCborStreamWriter w(&out);
    w.startArray(5);
    w.append(kMagic);
    w.append(kFormat);
    w.append(templateSha);
    const QByteArray entries = indexBytes(std::move(index));
    w.appendByteString(entries.constData(), entries.size());
    w.appendByteString(tree.constData(), tree.size());
    w.endArray();
    return out;
}

std::unique_ptr<ChecklistNode> ParsedChecklist::findNode(const QByteArray &parsed, const QString &templateSha,
                                                         const QByteArray &markdown, const QString &id)
{
    const QByteArray wanted = idBytes(id);
    const auto parts = wanted.isEmpty() ? std::nullopt : partsOf(parsed, templateSha);
    if (!parts)
        return nullptr;
    // A binary search of the sorted index for the id's bytes, then that node read alone.
    const char *entries = parts->index.constData();
    qsizetype low = 0;
    qsizetype high = parts->index.size() / kIndexEntry;
    while (low < high) {
        const qsizetype mid = (low + high) / 2;
        const int order = std::memcmp(entries + mid * kIndexEntry, wanted.constData(), kIdBytes);
        if (order == 0) {
            quint32 offset = 0;
            for (int i = 0; i < 4; ++i)
                offset = offset << 8 | uchar(entries[mid * kIndexEntry + kIdBytes + i]);
            if (offset >= quint32(parts->tree.size()))
                return nullptr;
            const QByteArray node =
                QByteArray::fromRawData(parts->tree.constData() + offset, parts->tree.size() - qsizetype(offset));
            return Reader(node, markdown).nodeAlone(wanted, id);
        }
        if (order < 0)
            low = mid + 1;
        else
            high = mid;
    }
    return nullptr;
}

std::unique_ptr<ChecklistDocument> ParsedChecklist::decode(const QByteArray &parsed, const QString &templateSha,
                                                           const QByteArray &markdown)
{
    const auto parts = partsOf(parsed, templateSha);
    std::unique_ptr<ChecklistNode> root = parts ? Reader(parts->tree, markdown).tree() : nullptr;
    if (!root)
        return nullptr;
    return std::make_unique<ChecklistDocument>(std::move(root), [markdown] { return QString::fromUtf8(markdown); });
}
