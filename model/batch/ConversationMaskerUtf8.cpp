// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// ConversationMasker::maskInto: the batch builder's UTF-8 path. It masks
// straight from the raw bytes and writes the canonical task JSON, giving
// byte for byte what mask() and the Qt encoder give (tst_batch
// fastPathEncodesLikeTheQtPath, fuzz_batch_records).
#include "model/batch/ConversationMasker.h"

#include "model/batch/CanonicalJsonWriter.h"
#include "model/batch/RawConversationParser.h"
#include "model/batch/Utf8Scan.h"
#include "redact/detect/Detector.h"
#include "redact/text/Utf8.h"

#include <QHash>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <optional>
#include <unordered_map>

namespace veil::model {

namespace {

using namespace utf8scan;

struct ByteCut {
    std::size_t start = 0;
    std::size_t end = 0;
    std::string_view category;
    std::string_view rule;
    double confidence = 0;
};

/// mergeCuts() on byte offsets: the same sort on the same sequence, so the
/// same cut wins a tie.
void mergeByteCuts(std::vector<ByteCut>& cuts, std::vector<ByteCut>& merged)
{
    std::sort(cuts.begin(), cuts.end(), [](const ByteCut& a, const ByteCut& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    merged.clear();
    for (const ByteCut& cut : cuts) {
        if (!merged.empty() && cut.start < merged.back().end) {
            ByteCut& last = merged.back();
            last.end = std::max(last.end, cut.end);
            if (cut.rule == "upstream" && last.rule != "upstream") {
                last.category = cut.category;
                last.rule = cut.rule;
                last.confidence = cut.confidence;
            }
            continue;
        }
        merged.push_back(cut);
    }
}

/// A value masked somewhere in the conversation, to be masked wherever else
/// it appears (maskRepeats()). ASCII values against ASCII messages are
/// matched here byte by byte (Unicode case folding of ASCII is ASCII
/// lower-casing); anything else goes through QString as maskRepeats() does.
struct RepeatValue {
    std::string_view text;
    std::string_view category;
    bool ascii = false;
    std::string lower;  ///< ASCII values only
    std::size_t anchor = std::string_view::npos;  ///< rareAnchor(lower), ASCII values only
    std::optional<QString> qt;

    const QString& qtext()
    {
        if (!qt) {
            qt = toQString(text);
        }
        return *qt;
    }
};

/// One message of the conversation being masked, with what the QString
/// fallback needs made only when it is needed.
struct MessageText {
    std::string_view text;
    bool ascii = false;
    /// No character that Unicode case folding maps into ASCII (U+0130,
    /// U+017F, U+212A): an ASCII value then matches exactly where it matches
    /// byte for byte, ignoring ASCII case.
    bool asciiFoldsOnlyFromAscii = false;
    std::string lower;  ///< ASCII-lower-cased copy, made for the repeat search
    std::optional<QString> qt;
    std::vector<qsizetype> utf16ToCodePoint;
    std::vector<std::size_t> codePointToByte;

    void prepareQt()
    {
        if (qt) {
            return;
        }
        qt = toQString(text);
        // The same UTF-16 → code point map as maskRepeats().
        const QString& string = *qt;
        utf16ToCodePoint.assign(static_cast<std::size_t>(string.size()) + 1, 0);
        qsizetype codePoint = 0;
        for (qsizetype i = 0; i < string.size(); ++i) {
            utf16ToCodePoint[static_cast<std::size_t>(i)] = codePoint;
            if (!(string.at(i).isLowSurrogate() && i > 0 && string.at(i - 1).isHighSurrogate())) {
                ++codePoint;
            }
        }
        utf16ToCodePoint[static_cast<std::size_t>(string.size())] = codePoint;
        codePointToByte.clear();
        for (std::size_t i = 0; i < text.size(); ++i) {
            if ((static_cast<unsigned char>(text[i]) & 0xC0U) != 0x80U) {
                codePointToByte.push_back(i);
            }
        }
        codePointToByte.push_back(text.size());
    }
};

bool equalIgnoringCase(RepeatValue& a, RepeatValue& b)
{
    if (a.ascii && b.ascii) {
        return a.text.size() == b.text.size()
            && std::equal(a.text.begin(), a.text.end(), b.text.begin(),
                          [](char x, char y) { return lowerAscii(x) == lowerAscii(y); });
    }
    return a.qtext().compare(b.qtext(), Qt::CaseInsensitive) == 0;
}

void findRepeats(MessageText& message, RepeatValue& value, std::vector<ByteCut>& cuts)
{
    static constexpr std::string_view kRepeat = "repeat";
    if (value.ascii && message.asciiFoldsOnlyFromAscii) {
        // An ASCII value matches only ASCII characters here, so the byte
        // search finds exactly QString::indexOf's matches; only the
        // neighbours of a match may be other characters.
        const std::string_view text = message.text;
        const std::size_t size = value.lower.size();
        forEachOccurrence(std::string_view(message.lower.data(), text.size()), value.lower, value.anchor,
                          [&](std::size_t at) {
                              const std::size_t end = at + size;
                              const bool wordStart = at == 0 || !isWordUnitAt(text, at, true);
                              const bool wordEnd = end >= text.size() || !isWordUnitAt(text, end, false);
                              if (wordStart && wordEnd) {
                                  cuts.push_back({ at, end, value.category, kRepeat, 0.9 });
                              }
                          });
        return;
    }
    if (message.ascii && !value.ascii && !hasCharacterFoldingToAscii(value.text)) {
        return;  // a non-ASCII character of the value matches nothing in ASCII text
    }
    message.prepareQt();
    const QString& text = *message.qt;
    const QString& needle = value.qtext();
    for (qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(needle, at + 1, Qt::CaseInsensitive)) {
        const qsizetype end = at + needle.size();
        const bool wordStart = at == 0 || !text.at(at - 1).isLetterOrNumber();
        const bool wordEnd = end >= text.size() || !text.at(end).isLetterOrNumber();
        if (wordStart && wordEnd) {
            const auto toByte = [&message](qsizetype utf16) {
                return message.codePointToByte[static_cast<std::size_t>(
                    message.utf16ToCodePoint[static_cast<std::size_t>(utf16)])];
            };
            cuts.push_back({ toByte(at), toByte(end), value.category, kRepeat, 0.9 });
        }
    }
}

/// A span as written: where its value was, and its placeholder.
struct EmittedSpan {
    std::size_t valueStart = 0;
    std::size_t valueEnd = 0;
    int spanId = 0;
    int number = 0;
    std::string_view category;
    std::string_view rule;
    double confidence = 0;
    qint64 start = 0;  ///< code points of the masked text
    qint64 end = 0;
};

/// One span object of the masked conversation, keys in QJsonObject's
/// (sorted) order, written with few appends: the builder writes one per
/// masked value.
void appendSpanJson(CanonicalJsonWriter& json, std::string& out, const EmittedSpan& span)
{
    json.beginObject();
    {
        JsonPieces pieces(out);
        pieces.add("\"category\":\"");
        pieces.add(span.category);  // a known category name: nothing to escape
        pieces.add("\",\"confidence\":");
    }
    json.number(span.confidence);
    {
        JsonPieces pieces(out);
        pieces.add(",\"end\":");
        pieces.add(span.end);
        pieces.add(",\"label\":\"");
        pieces.add(span.category);
        pieces.add(' ');
        pieces.add(static_cast<qint64>(span.number));
        pieces.add('"');
    }
    json.key("rule");  // the writer adds the comma (its last value was the confidence)
    json.string(span.rule);
    {
        JsonPieces pieces(out);
        pieces.add(",\"span\":");
        pieces.add(static_cast<qint64>(span.spanId));
        pieces.add(",\"start\":");
        pieces.add(span.start);
    }
    json.endObject();
}

/// Working storage of maskInto, kept between conversations.
struct Utf8Scratch {
    std::vector<MessageText> messages;
    std::vector<std::vector<ByteCut>> cuts;
    std::vector<ByteCut> merged;
    std::vector<RepeatValue> values;  ///< the first valueCount are this conversation's
    std::size_t valueCount = 0;
    std::vector<EmittedSpan> emitted;
    /// category + '\n' + normalised value → number: the first labelCount
    /// slots, searched in order; an index once a conversation has many.
    std::vector<std::pair<std::string, int>> labels;
    std::size_t labelCount = 0;
    std::unordered_map<std::string_view, int> labelIndex;  // → slot, past kLinearLabels
    std::vector<std::pair<std::string_view, int>> lastNumber;  // category → numbers used
    std::string key;
};

/// Up to this many distinct values per conversation are found by a linear
/// search (no hashing, no allocation); beyond, through an index.
constexpr std::size_t kLinearLabels = 32;

/// The stable number of scratch.key ("CATEGORY\nvalue"): the one it has, or
/// the category's next.
int labelNumber(Utf8Scratch& scratch, std::string_view category)
{
    const auto used = scratch.labels.begin() + static_cast<std::ptrdiff_t>(scratch.labelCount);
    if (scratch.labelCount <= kLinearLabels) {
        const auto found = std::find_if(scratch.labels.begin(), used,
                                        [&scratch](const auto& label) { return label.first == scratch.key; });
        if (found != used) {
            return found->second;
        }
    } else if (const auto found = scratch.labelIndex.find(scratch.key); found != scratch.labelIndex.end()) {
        return scratch.labels[static_cast<std::size_t>(found->second)].second;
    }
    auto last = std::find_if(scratch.lastNumber.begin(), scratch.lastNumber.end(),
                             [category](const auto& entry) { return entry.first == category; });
    if (last == scratch.lastNumber.end()) {
        scratch.lastNumber.emplace_back(category, 0);
        last = scratch.lastNumber.end() - 1;
    }
    const int number = ++last->second;
    const auto* const before = scratch.labels.data();
    if (scratch.labelCount == scratch.labels.size()) {
        scratch.labels.emplace_back();
    }
    // Slots are reused across conversations, so their strings keep their
    // capacity. The index holds views into the slots: it is rebuilt when it
    // starts and whenever the slots move, else extended by the new slot.
    auto& slot = scratch.labels[scratch.labelCount++];
    slot.first.assign(scratch.key);
    slot.second = number;
    if (scratch.labelCount == kLinearLabels + 1
        || (scratch.labelCount > kLinearLabels && before != scratch.labels.data())) {
        scratch.labelIndex.clear();
        for (std::size_t i = 0; i < scratch.labelCount; ++i) {
            scratch.labelIndex.emplace(scratch.labels[i].first, static_cast<int>(i));
        }
    } else if (scratch.labelCount > kLinearLabels) {
        scratch.labelIndex.emplace(slot.first, static_cast<int>(scratch.labelCount - 1));
    }
    return number;
}

}  // namespace

Status ConversationMasker::maskInto(const RawConversationView& raw, EncodedTask& out) const
{
    // The id is shown to reviewers and written to audit logs unmasked.
    if (m_find && !m_find(raw.id).empty()) {
        return fail(QStringLiteral("the id \"…\" looks like it contains personal data; use an opaque id"));
    }
    thread_local Utf8Scratch scratch;
    const std::size_t count = raw.messages.size();
    scratch.messages.resize(count);
    if (scratch.cuts.size() < count) {
        scratch.cuts.resize(count);
    }
    scratch.valueCount = 0;
    scratch.labelCount = 0;
    scratch.labelIndex.clear();
    scratch.lastNumber.clear();

    // Pass 1: what the finder and upstream found in each message.
    static constexpr std::string_view kUpstream = "upstream";
    for (std::size_t m = 0; m < count; ++m) {
        MessageText& message = scratch.messages[m];
        message.text = raw.messages[m].text;
        message.ascii = isAscii(message.text);
        message.qt.reset();
        std::vector<ByteCut>& cuts = scratch.cuts[m];
        cuts.clear();
        if (m_find) {
            for (const redact::DetectedSpan& span : m_find(message.text)) {
                cuts.push_back({ span.begin, span.end, redact::categoryName(span.category), span.rule,
                                 static_cast<double>(span.confidence) });
            }
        }
        for (const RawConversationView::UpstreamSpan& span : raw.spans) {
            if (span.message == static_cast<int>(m)) {
                const bool ascii = message.ascii;
                cuts.push_back(
                    { ascii ? static_cast<std::size_t>(span.start)
                            : byteOfCodePoint(message.text, span.start),
                      ascii ? static_cast<std::size_t>(span.end) : byteOfCodePoint(message.text, span.end),
                      span.category, kUpstream, 1.0 });
            }
        }
    }

    // Pass 2 (maskRepeats): a value masked once is masked wherever else it appears.
    for (std::size_t m = 0; m < count; ++m) {
        const std::string_view text = scratch.messages[m].text;
        for (const ByteCut& cut : scratch.cuts[m]) {
            const std::size_t end = std::min(cut.end, text.size());
            if (cut.start >= end) {
                continue;
            }
            const std::string_view value = text.substr(cut.start, end - cut.start);
            if (codePoints(value) < 3) {
                continue;
            }
            RepeatValue candidate;
            candidate.text = value;
            candidate.category = cut.category;
            candidate.ascii = isAscii(value);
            const auto known = scratch.values.begin() + static_cast<std::ptrdiff_t>(scratch.valueCount);
            if (std::none_of(scratch.values.begin(), known,
                             [&candidate](RepeatValue& v) { return equalIgnoringCase(v, candidate); })) {
                // Reuse the slots of earlier conversations: no allocation once warm.
                if (scratch.valueCount == scratch.values.size()) {
                    scratch.values.emplace_back();
                }
                RepeatValue& slot = scratch.values[scratch.valueCount++];
                slot.text = value;
                slot.category = cut.category;
                slot.ascii = candidate.ascii;
                slot.qt = std::move(candidate.qt);
                slot.lower.clear();
                if (slot.ascii) {
                    slot.lower.resize(value.size());
                    std::transform(value.begin(), value.end(), slot.lower.begin(), lowerAscii);
                    slot.anchor = rareAnchor(slot.lower);
                }
            }
        }
    }
    if (scratch.valueCount > 0) {
        for (std::size_t m = 0; m < count; ++m) {
            MessageText& message = scratch.messages[m];
            message.asciiFoldsOnlyFromAscii = message.ascii || !hasCharacterFoldingToAscii(message.text);
            if (message.asciiFoldsOnlyFromAscii) {
                lowerAsciiInto(message.text, message.lower);
            }
            for (std::size_t v = 0; v < scratch.valueCount; ++v) {
                findRepeats(message, scratch.values[v], scratch.cuts[m]);
            }
        }
    }

    out.id.assign(raw.id);
    out.maskedJson.clear();
    out.originals.clear();
    CanonicalJsonWriter json(out.maskedJson);
    json.beginObject();
    json.key("id");
    json.string(raw.id);
    json.key("images");
    json.beginArray();
    json.endArray();
    json.key("messages");
    json.beginArray();
    int nextSpanId = 0;
    char label[64];
    for (std::size_t m = 0; m < count; ++m) {
        const std::string_view text = scratch.messages[m].text;
        const bool ascii = scratch.messages[m].ascii;
        mergeByteCuts(scratch.cuts[m], scratch.merged);
        scratch.emitted.clear();
        std::size_t at = 0;
        qint64 maskedCodePoints = 0;
        for (const ByteCut& cut : scratch.merged) {
            const std::size_t end = std::min(cut.end, text.size());
            if (cut.start >= end) {
                continue;
            }
            const std::string_view before = text.substr(at, cut.start - at);
            maskedCodePoints += ascii ? static_cast<qint64>(before.size()) : codePoints(before);
            const std::string_view value = text.substr(cut.start, end - cut.start);
            scratch.key.assign(cut.category);
            scratch.key += '\n';
            appendNormalised(value, scratch.key);
            const int number = labelNumber(scratch, cut.category);
            EmittedSpan span;
            span.valueStart = cut.start;
            span.valueEnd = end;
            span.spanId = nextSpanId++;
            span.number = number;
            span.category = cut.category;
            span.rule = cut.rule;
            span.confidence = cut.confidence;
            span.start = maskedCodePoints;
            // "[" category " " number "]"
            const auto digits = std::to_chars(label, label + sizeof label, span.number).ptr - label;
            span.end = span.start + codePoints(cut.category) + 3 + digits;
            maskedCodePoints = span.end;
            scratch.emitted.push_back(span);
            out.originals.push_back({ span.spanId, value });
            at = end;
        }

        const RawConversationView::Message& message = raw.messages[m];
        json.beginObject();
        json.key("role");
        json.string(message.role);
        json.key("spans");
        json.beginArray();
        for (const EmittedSpan& span : scratch.emitted) {
            appendSpanJson(json, out.maskedJson, span);
        }
        json.endArray();
        json.key("text");
        json.beginString();
        at = 0;
        for (const EmittedSpan& span : scratch.emitted) {
            json.stringPiece(text.substr(at, span.valueStart - at));
            JsonPieces placeholder(out.maskedJson);  // needs no escaping
            placeholder.add('[');
            placeholder.add(span.category);
            placeholder.add(' ');
            placeholder.add(static_cast<qint64>(span.number));
            placeholder.add(']');
            at = span.valueEnd;
        }
        json.stringPiece(text.substr(at));
        json.endString();
        if (!message.time.empty()) {
            json.key("time");
            json.string(message.time);
        }
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return Done {};
}

}  // namespace veil::model
